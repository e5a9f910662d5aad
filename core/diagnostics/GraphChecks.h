#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace cxsync {

struct ExchangeServerConnection;

// The Test Connection checks that only an Exchange Online (Microsoft Graph) server has: an app-only token
// from Microsoft Entra and the permission to read the directory. ConnectionTest runs them for the servers
// whose kind is Graph (ExchangeServerConnection::graph); what every kind shares (reading and writing the test
// mailbox's calendar) goes through the ExchangeConnector seam. An EWS server (issue 15) gets its own checks
// beside these (Autodiscover, NTLM logon, the impersonation right).
class GraphChecks final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::GraphChecks)
public:
    // A token for `server` (a Graph server); on success its application permissions (the "roles" claim).
    static void token(const ExchangeServerConnection &server, std::function<void(Result<QStringList>)> done);
    // GET /users?$top=1 on `server`: the app may read the directory (User.Read.All). A malformed answer is
    // ErrorKind::Invalid without an HTTP status.
    static void readDirectory(const ExchangeServerConnection &server, int timeoutMs,
                              std::function<void(Status)> done);
    // The "roles" claim of an access token (its payload is readable base64url JSON; the signature is the
    // server's business). Empty when absent or unreadable.
    static QStringList tokenRoles(const QString &token);
};

} // namespace cxsync
