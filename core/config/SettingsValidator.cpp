#include "config/SettingsValidator.h"

#include "config/SecretsFile.h"
#include "hooks/ListenerTls.h"
#include "store/Journal.h"

#include <QFileInfo>
#include <QUrl>

namespace cxsync {

QString secretField(Secret secret)
{
    return QStringLiteral("secret/") + secretName(secret);
}

ValidationIssues SettingsValidator::validateExchange(const SettingsValues &values, const QString &server)
{
    ValidationIssues issues;
    // `values` has unprefixed keys; the issues name the server's own keys.
    auto field = [&server](const QString &key) {
        return server.isEmpty() ? key : SettingsSchema::serverKey(server, key);
    };
    auto add = [&](const QString &key, const QString &message) { issues.append({field(key), message}); };
    auto text = [&values](const QString &key) { return values.value(key).toString().trimmed(); };
    auto require = [&](const QString &key, const QString &why) {
        if (text(key).isEmpty())
            add(key, tr("%1 is required %2.").arg(SettingsSchema::label(field(key)), why));
    };
    // The least-privilege check reads this mailbox expecting a refusal: the account's own mailbox cannot be it.
    if (!text(Keys::OutOfScopeMailbox).isEmpty() &&
        text(Keys::OutOfScopeMailbox).compare(text(Keys::ExchangeAccount), Qt::CaseInsensitive) == 0)
        add(Keys::OutOfScopeMailbox, tr("%1 must be a mailbox the application should not reach, not the Exchange "
                                        "Account.")
                                         .arg(SettingsSchema::label(field(Keys::OutOfScopeMailbox))));
    if (text(Keys::ExchangeKind) == Choices::KindGraph) {
        require(Keys::GraphTenant, tr("for Exchange Online"));
        require(Keys::GraphClientId, tr("for Exchange Online"));
        if (text(Keys::GraphCredentialKind) == Choices::CredentialCertificate)
            require(Keys::GraphCertificateFile, tr("when the client credential is a certificate"));
        if (text(Keys::ExchangeAccount).contains(QLatin1Char('@')) == false &&
            !text(Keys::ExchangeAccount).isEmpty())
            add(Keys::ExchangeAccount, tr("Exchange Account must be the mailbox's e-mail address (user "
                                          "principal name) for Exchange Online."));
    } else {
        if (text(Keys::ExchangeServer).isEmpty() && text(Keys::EwsUrl).isEmpty())
            add(Keys::ExchangeServer,
                tr("Primary Exchange Server (or an EWS URL) is required for on-premises Exchange."));
        require(Keys::NtAccount, tr("for on-premises Exchange"));
    }
    return issues;
}

ValidationIssues SettingsValidator::validateServer(const QString &server, const SettingsValues &values)
{
    ValidationIssues issues;
    if (const auto problem = SettingsSchema::checkServerName(server)) {
        issues.append({Keys::ExchangeServersGroup, *problem});
        return issues;
    }
    for (const QString &key : SettingsSchema::serverKeys()) {
        const QString full = SettingsSchema::serverKey(server, key);
        const SettingDef *def = SettingsSchema::find(key);
        if (const auto problem = SettingsSchema::check(*def, values.value(key, def->defaultValue)))
            issues.append({full, tr("%1: %2").arg(SettingsSchema::label(full), *problem)});
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!SettingsSchema::serverKeys().contains(it.key()))
            issues.append({SettingsSchema::serverKey(server, it.key()),
                           tr("unknown setting '%1' for an Exchange server.").arg(it.key())});
    }
    if (!issues.isEmpty())
        return issues;
    if (values.value(Keys::ExchangeAccount).toString().trimmed().isEmpty())
        issues.append({SettingsSchema::serverKey(server, Keys::ExchangeAccount),
                       tr("%1 is required.")
                           .arg(SettingsSchema::label(SettingsSchema::serverKey(server, Keys::ExchangeAccount)))});
    issues += validateExchange(values, server);
    return issues;
}

std::optional<QString> SettingsValidator::checkJournalPath(const QString &path)
{
    const QString label = SettingsSchema::label(Keys::JournalPath);
    const QFileInfo info(path);
    if (!info.isSymLink() && info.isDir())
        return tr("%1 '%2' is a folder: give a file name, such as %2/journal.sqlite.").arg(label, path);
    const QFileInfo folder(info.absolutePath());
    if (!info.exists() && !info.isSymLink() && !folder.isDir())
        return tr("%1 '%2': the folder '%3' does not exist; create it first (for the service: owned by its "
                  "account, mode 0700).")
            .arg(label, path, folder.filePath());
    // A folder this user may not look into (the service account's, seen by an admin's own account) cannot be
    // checked from here; the service checks the journal itself when it opens it.
    if (!folder.isExecutable())
        return std::nullopt;
    if (const Status s = Journal::check(path); !s.ok())
        return tr("%1: %2").arg(label, s.error().message);
    return std::nullopt;
}

QString SettingsValidator::serverIdentity(const SettingsValues &values)
{
    if (values.value(Keys::ExchangeKind).toString() == Choices::KindGraph)
        return QStringLiteral("graph:") + values.value(Keys::GraphTenant).toString().trimmed();
    const QString server = values.value(Keys::ExchangeServer).toString().trimmed();
    return server.isEmpty() ? QUrl(values.value(Keys::EwsUrl).toString()).host() : server;
}

ValidationIssues SettingsValidator::validate(const SettingsValues &values, const SecretInputs &secrets)
{
    ValidationIssues issues;
    auto add = [&issues](const QString &field, const QString &message) { issues.append({field, message}); };
    auto text = [&values](const QString &key) { return values.value(key).toString().trimmed(); };
    auto require = [&](const QString &key, const QString &why) {
        if (text(key).isEmpty())
            add(key, why.isEmpty() ? tr("%1 is required.").arg(SettingsSchema::label(key))
                                   : tr("%1 is required %2.").arg(SettingsSchema::label(key), why));
    };

    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const SettingDef *def = SettingsSchema::find(it.key());
        if (!def) {
            add(it.key(), tr("unknown setting '%1'.").arg(it.key()));
            continue;
        }
        if (const auto problem = SettingsSchema::check(*def, it.value()))
            add(it.key(), tr("%1: %2").arg(SettingsSchema::label(it.key()), *problem));
    }
    for (const SettingDef &def : SettingsSchema::all()) {
        if (!values.contains(def.key))
            add(def.key, tr("%1 is missing.").arg(SettingsSchema::label(def.key)));
    }
    if (!issues.isEmpty())
        return issues; // cross-field rules assume well-formed values

    const QString role = text(Keys::Role);
    const bool onExchangeServer = role == Choices::RoleExchange;

    // Required Information (both roles, as in the legacy control panel).
    require(Keys::CrmServer, {});
    require(Keys::CrmPath, {});
    require(Keys::CrmUser, {});
    require(Keys::ExchangeAccount, {});
    require(Keys::ErrorEmail, {});
    if (onExchangeServer)
        require(Keys::JournalPath, tr("on the Exchange server"));
    if (values.value(Keys::CreateCrmUsers).toBool() && onExchangeServer)
        add(Keys::CreateCrmUsers, tr("Create CRM Users can only be selected on the CRM server."));

    issues += validateExchange(values, {});

    if (const QString journal = text(Keys::JournalPath); !journal.isEmpty()) {
        if (const auto problem = checkJournalPath(journal))
            add(Keys::JournalPath, *problem);
    }

    // The listener's TLS: both files or neither, and the key must be the certificate's.
    if (!text(Keys::ListenerCertificateFile).isEmpty() || !text(Keys::ListenerKeyFile).isEmpty()) {
        if (const auto tls = ListenerTls::load(text(Keys::ListenerCertificateFile), text(Keys::ListenerKeyFile));
            !tls.ok())
            add(tls.error().field, tls.error().message);
    }

    if (!text(Keys::SmtpHost).isEmpty() && text(Keys::SmtpSender).isEmpty())
        add(Keys::SmtpSender, tr("SMTP Sender Address is required when an SMTP server is set."));
    if (!text(Keys::SmtpUser).isEmpty() && text(Keys::SmtpHost).isEmpty())
        add(Keys::SmtpHost, tr("SMTP Server is required when an SMTP user is set."));
    // The canary needs both halves of its pair; late must come before the next round (which ends this one).
    if (text(Keys::CanaryCrmUser).isEmpty() != text(Keys::CanaryMailbox).isEmpty()) {
        const QString missing = text(Keys::CanaryCrmUser).isEmpty() ? Keys::CanaryCrmUser : Keys::CanaryMailbox;
        add(missing, tr("%1 and %2 go together: set both (a linked pair) or neither.")
                         .arg(SettingsSchema::label(Keys::CanaryCrmUser), SettingsSchema::label(Keys::CanaryMailbox)));
    }
    if (!text(Keys::CanaryMailbox).isEmpty() &&
        values.value(Keys::CanaryLateSeconds).toInt() >= values.value(Keys::CanaryIntervalMinutes).toInt() * 60)
        add(Keys::CanaryLateSeconds, tr("%1 must be shorter than %2: a canary not seen by the next round is lost.")
                                         .arg(SettingsSchema::label(Keys::CanaryLateSeconds),
                                              SettingsSchema::label(Keys::CanaryIntervalMinutes)));
    if (values.value(Keys::RetryCapSeconds).toInt() < values.value(Keys::RetryBaseSeconds).toInt())
        add(Keys::RetryCapSeconds, tr("%1 must not be shorter than %2.")
                                       .arg(SettingsSchema::label(Keys::RetryCapSeconds),
                                            SettingsSchema::label(Keys::RetryBaseSeconds)));

    // Passwords typed on this Save.
    const QString nt = secrets.values.value(Secret::NtPassword);
    if (secrets.ntPasswordConfirmation.has_value() && *secrets.ntPasswordConfirmation != nt)
        add(kNtPasswordConfirmField, tr("NT Account Password and Re-enter Password do not match."));
    for (auto it = secrets.values.cbegin(); it != secrets.values.cend(); ++it) {
        if (it.value().contains(QLatin1Char('\n')) || it.value().contains(QLatin1Char('\r')))
            add(secretField(it.key()), tr("the %1 must not contain line breaks.").arg(secretLabel(it.key())));
        else if (const auto problem = SecretsFile::checkValue(it.value()))
            add(secretField(it.key()), tr("the %1: %2").arg(secretLabel(it.key()), *problem));
    }
    return issues;
}

} // namespace cxsync
