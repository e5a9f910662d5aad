#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cxsync {

// A named cause and a concrete fix for a failed check (the seed's chapter 6 is the model): what the admin
// reads instead of a stack trace. `id` is stable (for --json, tests and the admin guide's table).
struct ConnectionHint {
    QString id;
    QString cause;
    QString fix;
    bool isEmpty() const { return id.isEmpty(); }
};

// The hint table. Every function is pure: it looks at a typed Error (kind, HTTP status, the server's code and
// words) and the context, and picks the hint; unknown failures get a generic one that still quotes the
// server.
class ConnectionHints final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::ConnectionHints)
public:
    ConnectionHints() = delete;

    // Every hint id the table can give (documented in docs/admin-guide.md).
    static QStringList ids();

    static ConnectionHint settingsInvalid(const QString &field, const QString &problem);
    static ConnectionHint secretMissing(const QString &problem);
    static ConnectionHint nameNotResolved(const QString &host, const QString &problem);
    static ConnectionHint unreachable(const QString &where, const QString &problem);
    static ConnectionHint certificateUntrusted(const QString &host, const QString &problems);
    static ConnectionHint clockSkew(const QString &server, qint64 skewSecs);
    static ConnectionHint crmFieldsMissing(const QStringList &fields);
    // The CRM's metadata could not show whether these exist (a warning).
    static ConnectionHint crmFieldsUnknown(const QStringList &fields);
    // Nothing listens on the listener's bind address and port here (a warning: the service is not started).
    static ConnectionHint serviceNotRunning(const QString &local);
    // `localListener`: where the service listens on this machine, when it does (empty: not known to).
    static ConnectionHint listenerUnreachable(const QString &url, const QString &problem,
                                              const QString &localListener = {});
    static ConnectionHint listenerWrongAnswer(const QString &url, const QString &problem);
    static ConnectionHint consentMissing(const QStringList &permissions, const QStringList &granted);

    // CRM logon / API access (401, 403 with the CRM's reason).
    static ConnectionHint forCrm(const Error &error, const QString &logon);
    // Token endpoint (AADSTS codes).
    static ConnectionHint forToken(const Error &error, const QString &tenant, const QString &clientId);
    // Graph calls on the directory (users) or a mailbox; `needed` = the permissions the call needs.
    static ConnectionHint forGraph(const Error &error, const QString &mailbox, const QStringList &needed,
                                   const QStringList &granted);
    // Transport problems and whatever is left.
    static ConnectionHint forTransport(const Error &error, const QString &where);
};

} // namespace cxsync
