#include "SandboxProfile.h"

#include "config/SecretsFile.h"
#include "config/Settings.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTcpServer>

namespace cxsync::sandbox {

namespace {

// A free loopback port for the notification listener: bind port 0, read it, release it.
quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QString randomSecret(int length)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    return out;
}

} // namespace

Status SandboxProfile::write(const QJsonObject &sandbox, const QString &profilePath,
                             const QString &secretsPath)
{
    const auto text = [&sandbox](const char *key) { return sandbox.value(QLatin1String(key)).toString(); };
    if (QFile::exists(profilePath) && !QFile::remove(profilePath))
        return makeError(ErrorKind::Storage,
                         QStringLiteral("cannot replace the profile '%1'").arg(profilePath));
    auto opened = Settings::open(profilePath);
    if (!opened.ok())
        return opened.error();
    Settings &settings = *opened.value();

    SettingsValues values = settings.values();
    values.insert(Keys::Role, Choices::RoleCrm);
    values.insert(Keys::CrmServer,
                  text("crmServer").isEmpty() ? QStringLiteral("127.0.0.1") : text("crmServer"));
    values.insert(Keys::CrmPath, text("crmInstall").isEmpty() ? QStringLiteral("crm") : text("crmInstall"));
    values.insert(Keys::CrmUser, text("crmUser").isEmpty() ? QStringLiteral("admin") : text("crmUser"));
    values.insert(Keys::CrmRestUrl, text("crm"));
    values.insert(Keys::ExchangeKind, Choices::KindGraph);
    values.insert(Keys::ExchangeAccount, text("mailbox"));
    values.insert(Keys::GraphTenant, text("tenant"));
    values.insert(Keys::GraphClientId, text("clientId"));
    values.insert(Keys::GraphCredentialKind, Choices::CredentialSecret);
    values.insert(Keys::GraphAuthorityUrl, text("authority"));
    values.insert(Keys::GraphBaseUrl, text("authority"));
    if (!text("ews").isEmpty()) { // the EWS sandbox's service account, for an EWS connection
        values.insert(Keys::EwsUrl, text("ews"));
        values.insert(Keys::NtAccount, text("ewsUser"));
    }
    values.insert(Keys::TimeZone, text("crmTimeZone"));
    values.insert(Keys::ErrorEmail, QStringLiteral("crm.admin@contoso.example"));
    values.insert(Keys::PollInterval, 5);
    values.insert(Keys::CreateCrmUsers, true);
    const quint16 listenerPort = freeLoopbackPort();
    if (listenerPort == 0)
        return makeError(ErrorKind::Unavailable,
                         QStringLiteral("no free loopback port for the notification listener"));
    values.insert(Keys::ListenerBind, QStringLiteral("127.0.0.1"));
    values.insert(Keys::ListenerPort, int(listenerPort));
    values.insert(Keys::ListenerPublicUrl,
                  QStringLiteral("http://127.0.0.1:%1/cxsync/notifications").arg(listenerPort));

    const ValidationIssues issues = settings.save(values);
    if (!issues.isEmpty())
        return makeError(ErrorKind::Invalid,
                         QStringLiteral("the sandbox profile is not valid: %1: %2")
                             .arg(issues.first().field, issues.first().message),
                         issues.first().field);
    if (secretsPath.isEmpty())
        return {};
    SecretsFile::Values secrets;
    if (!text("crmPassword").isEmpty())
        secrets.insert(Secret::CrmPassword, text("crmPassword"));
    if (!text("clientSecret").isEmpty())
        secrets.insert(Secret::GraphClientSecret, text("clientSecret"));
    if (!text("ewsPassword").isEmpty())
        secrets.insert(Secret::NtPassword, text("ewsPassword"));
    secrets.insert(Secret::ListenerClientState, randomSecret(32));
    return SecretsFile::save(secretsPath, secrets);
}

} // namespace cxsync::sandbox
