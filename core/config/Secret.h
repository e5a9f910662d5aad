#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace cxsync {

// The secrets the product keeps. They live in the OS keychain (or, headless, come from stdin, the
// environment or a 0600 file) and never in settings, logs, the journal or argv.
enum class Secret {
    CrmPassword,              // CRM User For Synchronization's password
    NtPassword,               // NT Domain\Account password (on-premises Exchange)
    GraphClientSecret,        // app registration client secret
    GraphCertificatePassword, // password of the client certificate file
    SmtpPassword,             // error-mail SMTP login
    ListenerClientState,      // shared secret Graph echoes in every notification
};

const QList<Secret> &allSecrets();
QString secretName(Secret secret);                         // "crm-password"
std::optional<Secret> secretFromName(const QString &name); // also accepts CRM_PASSWORD
QString secretEnvironmentVariable(Secret secret);          // "CXSYNC_SECRET_CRM_PASSWORD"
QString secretLabel(Secret secret);                        // translated, for messages

} // namespace cxsync
