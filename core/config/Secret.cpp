#include "config/Secret.h"

#include <QCoreApplication>

namespace cxsync {

const QList<Secret> &allSecrets()
{
    static const QList<Secret> list{Secret::CrmPassword,       Secret::NtPassword,
                                    Secret::GraphClientSecret, Secret::GraphCertificatePassword,
                                    Secret::SmtpPassword,      Secret::ListenerClientState};
    return list;
}

QString secretName(Secret secret)
{
    switch (secret) {
    case Secret::CrmPassword:
        return QStringLiteral("crm-password");
    case Secret::NtPassword:
        return QStringLiteral("nt-password");
    case Secret::GraphClientSecret:
        return QStringLiteral("graph-client-secret");
    case Secret::GraphCertificatePassword:
        return QStringLiteral("graph-certificate-password");
    case Secret::SmtpPassword:
        return QStringLiteral("smtp-password");
    case Secret::ListenerClientState:
        return QStringLiteral("listener-client-state");
    }
    return {};
}

std::optional<Secret> secretFromName(const QString &name)
{
    const QString normal = name.trimmed().toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    for (Secret s : allSecrets()) {
        if (secretName(s) == normal)
            return s;
    }
    return std::nullopt;
}

QString secretEnvironmentVariable(Secret secret)
{
    return QStringLiteral("CXSYNC_SECRET_") +
           secretName(secret).toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString secretLabel(Secret secret)
{
    switch (secret) {
    case Secret::CrmPassword:
        return QCoreApplication::translate("cxsync::Secret", "CRM user password");
    case Secret::NtPassword:
        return QCoreApplication::translate("cxsync::Secret", "NT account password");
    case Secret::GraphClientSecret:
        return QCoreApplication::translate("cxsync::Secret", "Graph client secret");
    case Secret::GraphCertificatePassword:
        return QCoreApplication::translate("cxsync::Secret", "certificate password");
    case Secret::SmtpPassword:
        return QCoreApplication::translate("cxsync::Secret", "SMTP password");
    case Secret::ListenerClientState:
        return QCoreApplication::translate("cxsync::Secret", "listener client state");
    }
    return {};
}

} // namespace cxsync
