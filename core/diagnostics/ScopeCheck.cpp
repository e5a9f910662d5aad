#include "diagnostics/ScopeCheck.h"

namespace cxsync {

QString ScopeCheck::graphCommands(const QString &appId, const QString &mailbox)
{
    // Two ways Exchange Online limits an app's Graph access to mailboxes. RBAC for Applications replaces
    // application access policies; with it the tenant-wide Calendars.ReadWrite consent must go, or it still
    // grants every mailbox.
    return tr("Restrict the application to the synchronized mailboxes (Exchange Online PowerShell), either with "
              "an application access policy:\n"
              "  New-ApplicationAccessPolicy -AppId %1 -PolicyScopeGroupId <mail-enabled security group of the "
              "synchronized mailboxes> -AccessRight RestrictAccess -Description \"CRM Exchange Sync\"\n"
              "  Test-ApplicationAccessPolicy -Identity %2 -AppId %1   (must say AccessCheckResult Denied)\n"
              "or with RBAC for Applications:\n"
              "  New-ServicePrincipal -AppId %1 -ObjectId <enterprise application object id> -DisplayName "
              "\"CRM Exchange Sync\"\n"
              "  New-ManagementScope -Name \"CRM Exchange Sync mailboxes\" -RecipientRestrictionFilter "
              "\"MemberOfGroup -eq '<distinguished name of the group>'\"\n"
              "  New-ManagementRoleAssignment -App %1 -Role \"Application Calendars.ReadWrite\" "
              "-CustomResourceScope \"CRM Exchange Sync mailboxes\"\n"
              "  Test-ServicePrincipalAuthorization -Identity %1 -Resource %2\n"
              "  and remove the tenant-wide Calendars.ReadWrite admin consent from the app registration in "
              "Microsoft Entra. Changes can take up to an hour to apply.")
        .arg(appId.isEmpty() ? QStringLiteral("<application (client) id>") : appId, mailbox);
}

QString ScopeCheck::ewsCommands(const QString &account, const QString &mailbox)
{
    return tr("Limit impersonation to the synchronized mailboxes (Exchange Management Shell):\n"
              "  New-ManagementScope -Name \"CRM Exchange Sync mailboxes\" -RecipientRestrictionFilter "
              "\"MemberOfGroup -eq '<distinguished name of the group of synchronized mailboxes>'\"\n"
              "  Get-ManagementRoleAssignment -Role ApplicationImpersonation -RoleAssignee %1 | "
              "Remove-ManagementRoleAssignment\n"
              "  New-ManagementRoleAssignment -Name \"CRM Exchange Sync impersonation\" -Role "
              "ApplicationImpersonation -User %1 -CustomRecipientWriteScope \"CRM Exchange Sync mailboxes\"\n"
              "Then %2 must answer ErrorImpersonateUserDenied.")
        .arg(account.isEmpty() ? QStringLiteral("<service account>") : account, mailbox);
}

ScopeCheck::Judgement ScopeCheck::judge(const Server &server, const Result<exchange::CalendarProbe> &read)
{
    Judgement j;
    if (read.ok()) {
        j.verdict = Verdict::Readable;
        j.line = server.graph
                     ? tr("the application can read %1, which is outside its scope: no application access "
                          "policy or RBAC for Applications scope restricts it.")
                           .arg(server.mailbox)
                     : tr("the service account can act as %1, which is outside its scope: its impersonation "
                          "right is not limited by a management scope.")
                           .arg(server.mailbox);
        j.hint = ConnectionHint{QStringLiteral("scope-not-restricted"),
                                server.graph ? tr("The application may read every mailbox in the organisation.")
                                             : tr("The service account may impersonate every mailbox."),
                                server.graph ? graphCommands(server.appId, server.mailbox)
                                             : ewsCommands(server.account, server.mailbox)};
        return j;
    }
    const Error &e = read.error();
    const bool denied = server.graph
                            ? (e.httpStatus == 403 && e.serverCode == QLatin1String("ErrorAccessDenied"))
                            : (e.serverCode == QLatin1String("ErrorImpersonateUserDenied") ||
                               e.serverCode == QLatin1String("ErrorAccessDenied"));
    if (denied) {
        j.verdict = Verdict::Denied;
        j.line = server.graph ? tr("access to %1 is denied (403 ErrorAccessDenied), as it should be: the "
                                   "application is limited to its mailboxes.")
                                    .arg(server.mailbox)
                              : tr("acting as %1 is refused (%2), as it should be: impersonation is limited "
                                   "to a management scope.")
                                    .arg(server.mailbox, e.serverCode);
        return j;
    }
    j.verdict = Verdict::Unknown;
    const bool noMailbox = e.kind == ErrorKind::NotFound || e.httpStatus == 404 ||
                           e.serverCode == QLatin1String("ErrorNonExistentMailbox") ||
                           e.serverCode == QLatin1String("MailboxNotEnabledForRESTAPI");
    if (noMailbox) {
        j.line = tr("the scope could not be checked: %1 is not a mailbox the server knows (%2).")
                     .arg(server.mailbox, e.message);
        j.hint = ConnectionHint{QStringLiteral("scope-mailbox-unknown"),
                                tr("The out-of-scope mailbox %1 does not exist or has no mailbox.").arg(server.mailbox),
                                tr("Name an existing mailbox the application must not reach in "
                                   "Out-of-Scope Mailbox (Least-Privilege Check).")};
    } else {
        j.line = tr("the scope could not be checked: reading %1 failed in an unexpected way: %2")
                     .arg(server.mailbox, e.message);
        j.hint = ConnectionHint{QStringLiteral("scope-unverified"),
                                tr("The answer for %1 was neither a refusal nor the calendar.").arg(server.mailbox),
                                tr("Run Test Connection again; if it repeats, look at the server's answer above "
                                   "(Diagnostic Mode shows the full exchange).")};
    }
    return j;
}

} // namespace cxsync
