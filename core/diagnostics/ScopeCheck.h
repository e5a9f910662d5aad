#pragma once

#include "Result.h"
#include "diagnostics/ConnectionHints.h"
#include "exchange/ExchangeTypes.h"

#include <QCoreApplication>
#include <QString>

namespace cxsync {

// Test Connection's least-privilege step (issue 18): the application must NOT reach a mailbox outside the
// ones it synchronizes. The step reads the configured out-of-scope mailbox's calendar through the
// ExchangeConnector seam, as synchronization would, and judges the answer:
//  - refused (Graph 403 ErrorAccessDenied: an application access policy or RBAC for Applications keeps the app
//    out; EWS ErrorImpersonateUserDenied or ErrorAccessDenied: the impersonation management scope) → pass;
//  - readable → warning naming the PowerShell commands that restrict the application, with its ids filled in;
//  - any other answer (no such mailbox, network) → warning saying that the scope could not be proven, and why.
class ScopeCheck final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::ScopeCheck)
public:
    enum class Verdict { Denied, Readable, Unknown };
    struct Judgement {
        Verdict verdict = Verdict::Unknown;
        QString line;        // for the step's detail (translated)
        ConnectionHint hint; // empty when denied
    };
    // What one Exchange server may reach: `graph` its kind, `appId` the Graph application (client) id,
    // `account` the EWS service account (NT Domain\Account), `mailbox` the out-of-scope mailbox.
    struct Server {
        bool graph = false;
        QString appId;
        QString account;
        QString mailbox;
        QString syncedGroupHint; // what to call the group of synchronized mailboxes in the commands
    };
    static Judgement judge(const Server &server, const Result<exchange::CalendarProbe> &read);

    // The Exchange Online PowerShell commands that limit `appId` to a mail-enabled security group.
    static QString graphCommands(const QString &appId, const QString &mailbox);
    // The Exchange Management Shell commands that limit impersonation by `account` to a management scope.
    static QString ewsCommands(const QString &account, const QString &mailbox);
};

} // namespace cxsync
