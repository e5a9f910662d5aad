#include "diagnostics/ConnectionHints.h"

namespace cxsync {

namespace {

ConnectionHint hint(const char *id, QString cause, QString fix)
{
    return {QLatin1String(id), std::move(cause), std::move(fix)};
}

bool mentions(const Error &error, const char *text)
{
    return error.message.contains(QLatin1String(text), Qt::CaseInsensitive);
}

} // namespace

QStringList ConnectionHints::ids()
{
    return {QStringLiteral("settings-invalid"),    QStringLiteral("secret-missing"),
            QStringLiteral("name-not-resolved"),   QStringLiteral("unreachable"),
            QStringLiteral("timeout"),             QStringLiteral("certificate-untrusted"),
            QStringLiteral("crm-auth"),            QStringLiteral("crm-user-disabled"),
            QStringLiteral("crm-user-resource"),   QStringLiteral("crm-no-external-logon"),
            QStringLiteral("crm-no-api-access"),   QStringLiteral("crm-fields-missing"),
            QStringLiteral("tenant-not-found"),    QStringLiteral("client-id-wrong"),
            QStringLiteral("client-secret-invalid"), QStringLiteral("client-secret-expired"),
            QStringLiteral("certificate-not-registered"), QStringLiteral("certificate-file"),
            QStringLiteral("sign-in-failed"),
            QStringLiteral("consent-missing"),     QStringLiteral("access-policy"),
            QStringLiteral("mailbox-not-found"),   QStringLiteral("mailbox-inactive"),
            QStringLiteral("throttled"),           QStringLiteral("clock-skew"),
            QStringLiteral("listener-unreachable"), QStringLiteral("listener-wrong-answer"),
            QStringLiteral("server-error"),        QStringLiteral("crm-fields-unknown"),
            QStringLiteral("service-not-running"), QStringLiteral("scope-not-restricted"),
            QStringLiteral("scope-mailbox-unknown"), QStringLiteral("scope-unverified")};
}

ConnectionHint ConnectionHints::settingsInvalid(const QString &field, const QString &problem)
{
    return hint("settings-invalid", tr("The settings are incomplete or invalid: %1.").arg(problem),
                field.isEmpty() ? tr("Correct the settings and save them.")
                                : tr("Correct the field '%1' and save.").arg(field));
}

ConnectionHint ConnectionHints::secretMissing(const QString &problem)
{
    return hint("secret-missing", problem,
                tr("Enter the password or secret in the control panel and save, or store it with "
                   "'cxsync secret set NAME' (read from standard input)."));
}

ConnectionHint ConnectionHints::nameNotResolved(const QString &host, const QString &problem)
{
    return hint("name-not-resolved", tr("The name %1 does not resolve: %2.").arg(host, problem),
                tr("Check the spelling of the server name and this machine's DNS settings; an on-premises "
                   "server may only be known by its internal DNS name."));
}

ConnectionHint ConnectionHints::unreachable(const QString &where, const QString &problem)
{
    return hint("unreachable", tr("%1 cannot be reached: %2.").arg(where, problem),
                tr("Check that the server is running and the port is right, and that no firewall or proxy "
                   "blocks connections from this machine."));
}

ConnectionHint ConnectionHints::certificateUntrusted(const QString &host, const QString &problems)
{
    return hint("certificate-untrusted", tr("The TLS certificate of %1 is not trusted: %2.").arg(host, problems),
                tr("Install the issuing CA's certificate in this machine's trust store, or give the server a "
                   "certificate from a trusted CA whose name matches the host name and that has not expired. "
                   "Certificate checks are never switched off."));
}

ConnectionHint ConnectionHints::clockSkew(const QString &server, qint64 skewSecs)
{
    return hint("clock-skew",
                tr("This machine's clock is %1 seconds %2 %3's clock.")
                    .arg(qAbs(skewSecs))
                    .arg(skewSecs > 0 ? tr("behind") : tr("ahead of"), server),
                tr("Synchronize the clock with a time server (Windows: w32tm /resync; Linux: timedatectl "
                   "set-ntp true). Sign-in and change tracking fail when clocks differ by minutes."));
}

ConnectionHint ConnectionHints::crmFieldsMissing(const QStringList &fields)
{
    return hint("crm-fields-missing",
                tr("The CRM lacks the fields the synchronization keeps its links in: %1.")
                    .arg(fields.join(QStringLiteral(", "))),
                tr("Add them in CRM Administration > Customization as text fields (Users: User_ExchangeServer "
                   "and User_ExchangeUserId; Communication: Comm_ExchangeId and Comm_ExchangeResponses), then "
                   "run Test Connection again."));
}

ConnectionHint ConnectionHints::crmFieldsUnknown(const QStringList &fields)
{
    return hint(
        "crm-fields-unknown",
        tr("The CRM's metadata could not show whether it has %1.").arg(fields.join(QStringLiteral(", "))),
        tr("Check in CRM Administration > Customization that they exist as text fields; synchronization "
           "goes on, and if one is missing the first write that needs it fails naming it."));
}

ConnectionHint ConnectionHints::serviceNotRunning(const QString &local)
{
    return hint("service-not-running",
                tr("The CRM Exchange Sync service is not running on this machine (nothing listens on %1).")
                    .arg(local),
                tr("Start it: 'cxsync serve', or its systemd unit or Windows service (the Service tab shows "
                   "whether it runs); then run Test Connection again to check the public URL."));
}

ConnectionHint ConnectionHints::listenerUnreachable(const QString &url, const QString &problem,
                                                    const QString &localListener)
{
    if (!localListener.isEmpty())
        return hint(
            "listener-unreachable",
            tr("The service runs on this machine (it listens on %1), but the public URL %2 does not "
               "reach it: %3.")
                .arg(localListener, url, problem),
            tr("Make sure the public URL (or the reverse proxy in front of it) forwards to %1, and that "
               "no firewall blocks it.")
                .arg(localListener));
    return hint("listener-unreachable",
                tr("Nothing answers the notification handshake at %1: %2.").arg(url, problem),
                tr("Start the CRM Exchange Sync service on this machine, and make sure the public URL (or the "
                   "reverse proxy in front of it) forwards to the listener's bind address and port."));
}

ConnectionHint ConnectionHints::listenerWrongAnswer(const QString &url, const QString &problem)
{
    return hint("listener-wrong-answer",
                tr("Something answers at %1, but not the notification listener: %2.").arg(url, problem),
                tr("Point the reverse proxy at the listener's bind address and port, and the public URL at "
                   "the proxy."));
}

ConnectionHint ConnectionHints::consentMissing(const QStringList &permissions, const QStringList &granted)
{
    const QString have = granted.isEmpty() ? tr("no application permissions at all")
                                           : granted.join(QStringLiteral(", "));
    return hint("consent-missing",
                tr("The app registration lacks admin-consented application permission %1 (its token carries "
                   "%2).")
                    .arg(permissions.join(tr(" or ")), have),
                tr("In the Microsoft Entra admin center open App registrations > the app > API permissions, add "
                   "the Microsoft Graph application permissions Calendars.ReadWrite and User.Read.All, and "
                   "select 'Grant admin consent'."));
}

ConnectionHint ConnectionHints::forCrm(const Error &error, const QString &logon)
{
    if (error.httpStatus == 401 || error.kind == ErrorKind::Auth)
        return hint("crm-auth", tr("The CRM rejected the logon '%1': wrong user name or password.").arg(logon),
                    tr("Check CRM User For Synchronization and enter its password again: it is the user's "
                       "CRM logon, as used in the CRM web client."));
    if (error.httpStatus == 403 || error.kind == ErrorKind::Permission) {
        if (mentions(error, "disabled"))
            return hint("crm-user-disabled", tr("The CRM user '%1' is disabled.").arg(logon),
                        tr("In CRM Administration > Users, open the user and clear Disabled, or choose another "
                           "user for synchronization."));
        if (mentions(error, "resource"))
            return hint("crm-user-resource",
                        tr("The CRM user '%1' is a resource, and resources cannot log on.").arg(logon),
                        tr("Use a full CRM user for synchronization, ideally a dedicated one with "
                           "administrator rights."));
        if (mentions(error, "external logon"))
            return hint("crm-no-external-logon",
                        tr("The CRM user '%1' may not log on through the API: External Logon Allowed is not "
                           "set.")
                            .arg(logon),
                        tr("In CRM Administration > Users, open the user, tick External Logon Allowed and "
                           "save."));
        return hint("crm-no-api-access",
                    tr("The CRM accepted the password of '%1' but refused API access.").arg(logon),
                    tr("In CRM Administration > Users, make sure the user is not disabled, is not a resource "
                       "and has External Logon Allowed ticked."));
    }
    return forTransport(error, tr("The CRM"));
}

ConnectionHint ConnectionHints::forToken(const Error &error, const QString &tenant, const QString &clientId)
{
    const QString code = error.serverCode;
    if (code.isEmpty() && (error.field == QLatin1String("graph/certificateFile") ||
                           error.field == QLatin1String("secret/graph-certificate-password")))
        return hint("certificate-file", tr("The client certificate cannot be used: %1").arg(error.message),
                    error.field == QLatin1String("graph/certificateFile")
                        ? tr("Select the certificate file that holds both the certificate and its private key "
                             "(PEM or PFX); renew an expired certificate and upload its public part to the app "
                             "registration.")
                        : tr("Enter the certificate file's password again (Certificate Password)."));
    if (code == QLatin1String("AADSTS90002") || code == QLatin1String("AADSTS900023"))
        return hint("tenant-not-found", tr("Microsoft Entra does not know the tenant '%1' (%2).").arg(tenant, code),
                    tr("Copy the Directory (tenant) ID from the Microsoft Entra admin center > Overview, or use "
                       "one of the tenant's verified domain names."));
    if (code == QLatin1String("AADSTS700016"))
        return hint("client-id-wrong",
                    tr("The tenant has no application with the client id '%1' (%2).").arg(clientId, code),
                    tr("Copy the Application (client) ID from App registrations > the app > Overview, and check "
                       "that the app is registered in this tenant."));
    if (code == QLatin1String("AADSTS7000215"))
        return hint("client-secret-invalid", tr("Microsoft Entra refused the client secret (%1).").arg(code),
                    tr("Enter the secret's Value, not its Secret ID. If the value is lost, create a new client "
                       "secret under App registrations > the app > Certificates & secrets."));
    if (code == QLatin1String("AADSTS7000222"))
        return hint("client-secret-expired", tr("The client secret has expired (%1).").arg(code),
                    tr("Create a new client secret under App registrations > the app > Certificates & secrets, "
                       "enter its value here, and note when it expires."));
    if (code == QLatin1String("AADSTS700027"))
        return hint("certificate-not-registered",
                    tr("Microsoft Entra could not verify the certificate's signature (%1).").arg(code),
                    tr("Upload the certificate's public part (.cer) under App registrations > the app > "
                       "Certificates & secrets, or select the certificate that is registered there."));
    if (code == QLatin1String("AADSTS700024"))
        return hint("clock-skew",
                    tr("The signed sign-in request is outside its valid time range (%1).").arg(code),
                    tr("Synchronize this machine's clock with a time server (Windows: w32tm /resync; Linux: "
                       "timedatectl set-ntp true)."));
    if (code.startsWith(QLatin1String("AADSTS")))
        return hint("sign-in-failed", tr("Microsoft Entra refused the sign-in: %1").arg(error.message),
                    tr("Look the code up in Microsoft's AADSTS error reference; check tenant, client id and "
                       "credential."));
    return forTransport(error, tr("The Microsoft Entra sign-in endpoint"));
}

ConnectionHint ConnectionHints::forGraph(const Error &error, const QString &mailbox, const QStringList &needed,
                                         const QStringList &granted)
{
    const QString code = error.serverCode;
    if (error.httpStatus == 403 && (mentions(error, "AccessPolicy") || mentions(error, "[RAOP]")))
        return hint("access-policy",
                    tr("An Exchange Online application access policy keeps the app away from the mailbox "
                       "'%1'.")
                        .arg(mailbox),
                    tr("Add the mailbox to the mail-enabled security group the policy is scoped to, or change the "
                       "policy (Exchange Online PowerShell: Get-ApplicationAccessPolicy, "
                       "Test-ApplicationAccessPolicy -Identity <mailbox> -AppId <client id>). Changes take a "
                       "while to apply."));
    if (error.httpStatus == 403 || code == QLatin1String("Authorization_RequestDenied") ||
        code == QLatin1String("ErrorAccessDenied"))
        return consentMissing(needed, granted);
    if (code == QLatin1String("MailboxNotEnabledForRESTAPI"))
        return hint("mailbox-inactive",
                    tr("The mailbox '%1' is inactive, soft-deleted, unlicensed or hosted on-premises.").arg(mailbox),
                    tr("Assign the user an Exchange Online licence, or choose a mailbox in Exchange Online "
                       "(mailboxes on premises are reached over EWS)."));
    if (error.httpStatus == 404 || code == QLatin1String("ErrorInvalidUser") ||
        code == QLatin1String("Request_ResourceNotFound"))
        return hint("mailbox-not-found", tr("Exchange has no mailbox '%1'.").arg(mailbox),
                    tr("Check the address: use the mailbox's primary SMTP address or the user's principal name "
                       "in this tenant."));
    return forTransport(error, tr("Microsoft Graph"));
}

ConnectionHint ConnectionHints::forTransport(const Error &error, const QString &where)
{
    if (error.kind == ErrorKind::Throttled || error.httpStatus == 429)
        return hint("throttled", tr("%1 is throttling requests: %2").arg(where, error.message),
                    tr("Wait a few minutes and test again; if it persists, another program may be using the same "
                       "account or app registration heavily."));
    if (error.serverCode == QLatin1String("tls"))
        return certificateUntrusted(where, error.message);
    if (error.kind == ErrorKind::Network && error.httpStatus == 0) {
        if (mentions(error, "timed out") || mentions(error, "timeout"))
            return hint("timeout", tr("%1 did not answer in time: %2").arg(where, error.message),
                        tr("Check the network path (firewalls that drop packets, proxies) and the server's "
                           "load."));
        return unreachable(where, error.message);
    }
    return hint("server-error", tr("%1 answered: %2").arg(where, error.message),
                tr("Test again; if it persists, turn on Diagnostic Mode and read the trace in the log."));
}

} // namespace cxsync
