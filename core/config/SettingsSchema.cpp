#include "config/SettingsSchema.h"

#include "config/TimeZoneSpec.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace cxsync {

namespace {

// The longest value each format allows: the limits of what it names (RFC 5321 paths, DNS names, PATH_MAX),
// or, for formats without one, far beyond any real value.
int maxLengthFor(ValueFormat format)
{
    using F = ValueFormat;
    switch (format) {
    case F::Plain:
        return 1024;
    case F::Choice:
    case F::InstallName:
    case F::TimeZone:
    case F::IpAddress:
        return 64;
    case F::Host:
    case F::Tenant:
        return 253; // a DNS name
    case F::LogonId:
        return 255;
    case F::Mailbox:
    case F::Email:
        return 254; // an SMTP path
    case F::Url:
        return 2048;
    case F::AbsolutePath:
    case F::ExistingFile:
        return 4095; // PATH_MAX less its terminating NUL
    case F::NtAccount:
        return 256;
    case F::Guid:
        return 36;
    case F::Sha256:
        return 128;
    }
    return 1024;
}

SettingDef text(const QString &key, ValueFormat format, const char *label, const QString &def = {})
{
    SettingDef d;
    d.key = key;
    d.type = ValueType::String;
    d.format = format;
    d.defaultValue = def;
    d.maxLength = maxLengthFor(format);
    d.label = label;
    return d;
}

SettingDef choice(const QString &key, const QStringList &choices, const char *label)
{
    SettingDef d = text(key, ValueFormat::Choice, label, choices.first());
    d.choices = choices;
    return d;
}

SettingDef flag(const QString &key, bool def, const char *label)
{
    SettingDef d;
    d.key = key;
    d.type = ValueType::Bool;
    d.defaultValue = def;
    d.label = label;
    return d;
}

SettingDef number(const QString &key, int def, int min, int max, const char *label)
{
    SettingDef d;
    d.key = key;
    d.type = ValueType::Int;
    d.defaultValue = def;
    d.minimum = min;
    d.maximum = max;
    d.label = label;
    return d;
}

QList<SettingDef> buildTable()
{
    using F = ValueFormat;
    // Order: the legacy control panel's panels, then what the modern product adds.
    return {
        choice(Keys::Role, {Choices::RoleCrm, Choices::RoleExchange},
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Which Server Are You On")),
        text(Keys::CrmServer, F::Host, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "CRM Server")),
        text(Keys::CrmPath, F::InstallName, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "CRM Path")),
        text(Keys::CrmUser, F::LogonId,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "CRM User For Synchronization")),
        text(Keys::CrmRestUrl, F::Url, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "CRM REST URL")),
        choice(Keys::ExchangeKind, {Choices::KindGraph, Choices::KindEws},
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Exchange Kind")),
        text(Keys::ExchangeServer, F::Host,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Primary Exchange Server")),
        text(Keys::ExchangeAccount, F::Mailbox,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Exchange Account")),
        text(Keys::TimeZone, F::TimeZone,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "CRM Server Time Zone")),
        text(Keys::ErrorEmail, F::Email,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Email Address To Notify When An Error Occurs")),
        text(Keys::JournalPath, F::AbsolutePath,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Failed Messages Store Path")),
        text(Keys::NtAccount, F::NtAccount,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "NT Domain\\Account For Exchange Access")),
        flag(Keys::CopyReminders, true, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Copy Reminders")),
        flag(Keys::DiagnosticMode, false, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Diagnostic Mode")),
        // The legacy "logging level": how much the CLI and the service log (LogSetup). Diagnostic Mode's HTTP
        // trace is on top of it.
        [] {
            SettingDef d =
                choice(Keys::LogLevel,
                       {Choices::LogErrors, Choices::LogWarnings, Choices::LogInfo, Choices::LogDebug},
                       QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Logging Level"));
            d.defaultValue = Choices::LogInfo;
            return d;
        }(),
        flag(Keys::CrmToExchange, true, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "CRM→Exchange")),
        flag(Keys::ExchangeToCrm, true, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Exchange→CRM")),
        flag(Keys::CreateCrmUsers, false, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Create CRM Users")),
        text(Keys::GraphTenant, F::Tenant,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Tenant (Directory) ID")),
        text(Keys::GraphClientId, F::Guid,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Application (Client) ID")),
        choice(Keys::GraphCredentialKind, {Choices::CredentialSecret, Choices::CredentialCertificate},
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Client Credential")),
        text(Keys::GraphCertificateFile, F::ExistingFile,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Certificate File")),
        text(Keys::GraphAuthorityUrl, F::Url,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Sign-in Authority URL"),
             QStringLiteral("https://login.microsoftonline.com")),
        text(Keys::GraphBaseUrl, F::Url, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Microsoft Graph URL"),
             QStringLiteral("https://graph.microsoft.com")),
        text(Keys::EwsUrl, F::Url, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "EWS URL")),
        flag(Keys::EwsImpersonation, true, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Use Impersonation")),
        number(Keys::PollInterval, 60, 5, 86400,
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Poll Interval (Seconds)")),
        number(Keys::WindowPastDays, 30, 0, 1825,
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Sync Window: Past Days")),
        number(Keys::WindowFutureDays, 180, 1, 1825,
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Sync Window: Future Days")),
        // Calendar sync: who wins when both sides changed an appointment since the last run; the share of a
        // mailbox's synchronized items one run may delete before it stops and asks.
        choice(Keys::ConflictPolicy,
               {Choices::ConflictLastModifiedWins, Choices::ConflictExchangeWins, Choices::ConflictCrmWins},
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Conflicts: Which Side Wins")),
        number(Keys::MassDeletePercent, 20, 1, 100,
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Safety Stop: Deletes Above (% of a Mailbox)")),
        // How many mailboxes a run reads and writes at once (each mailbox's own requests stay at most 4 in
        // flight, as Exchange Online allows; one item's writes stay in order).
        // The service reads the CRM change feed (one small query) this often while push notifications
        // cover the mailboxes, so a CRM edit reaches Outlook within seconds.
        number(Keys::CrmPollInterval, 2, 1, 3600,
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "CRM Poll Interval (seconds)")),
        number(Keys::MailboxesInFlight, 16, 1, 64,
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Mailboxes Synchronized at Once")),
        text(Keys::SmtpHost, F::Host, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "SMTP Server")),
        number(Keys::SmtpPort, 587, 1, 65535, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "SMTP Port")),
        choice(Keys::SmtpTlsMode, {QStringLiteral("starttls"), QStringLiteral("tls"), QStringLiteral("none")},
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "SMTP Encryption")),
        text(Keys::SmtpSender, F::Email, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "SMTP Sender Address")),
        text(Keys::SmtpUser, F::LogonId, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "SMTP User")),
        text(Keys::ListenerBind, F::IpAddress,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Listener Bind Address"),
             QStringLiteral("127.0.0.1")),
        number(Keys::ListenerPort, 8765, 1, 65535,
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Listener Port")),
        text(Keys::ListenerPublicUrl, F::Url,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Listener Public URL")),
        // The listener's own TLS (PEM, unencrypted key); both or neither. Without them it speaks plain HTTP
        // behind a TLS-terminating proxy.
        text(Keys::ListenerCertificateFile, F::ExistingFile,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Listener TLS Certificate (PEM)")),
        text(Keys::ListenerKeyFile, F::ExistingFile,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Listener TLS Private Key (PEM)")),
        text(Keys::DataDir, F::AbsolutePath, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Data Directory")),
        text(Keys::TlsExtraCaFile, F::ExistingFile,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Extra Trusted CA Certificates (PEM)")),
        text(Keys::TlsPinnedSha256, F::Sha256,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Pinned Server Certificate (SHA-256)")),
        // Failed messages: the first retry after base, doubling up to cap (both jittered); parked after max
        // attempts (the default covers about a day of outage).
        number(Keys::RetryBaseSeconds, 60, 1, 3600,
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Failed Messages: First Retry After (Seconds)")),
        number(Keys::RetryCapSeconds, 3600, 10, 86400,
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Failed Messages: Longest Retry Interval (Seconds)")),
        number(Keys::RetryMaxAttempts, 30, 1, 1000,
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Failed Messages: Attempts Before Parking")),
        number(Keys::DigestIntervalMinutes, 60, 1, 10080,
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Error E-mail: At Most One Every (Minutes)")),
        number(Keys::LogRetentionDays, 90, 1, 3650,
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Transaction Log: Keep (Days)")),
        text(Keys::CanaryCrmUser, F::LogonId, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Canary CRM User")),
        text(Keys::CanaryMailbox, F::Email, QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Canary Mailbox")),
        number(Keys::CanaryIntervalMinutes, 15, 1, 1440,
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Canary: Every (Minutes)")),
        number(Keys::CanaryLateSeconds, 300, 5, 86400,
               QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Canary: Late After (Seconds)")),
        text(Keys::OutOfScopeMailbox, F::Email,
             QT_TRANSLATE_NOOP("cxsync::SettingsSchema", "Out-of-Scope Mailbox (Least-Privilege Check)")),
    };
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

const QRegularExpression &re(const char *pattern)
{
    // Patterns are few and fixed; keep compiled copies keyed by their text.
    thread_local QHash<const char *, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(QString::fromLatin1(pattern)));
    return it.value();
}

bool matches(const char *pattern, const QString &value)
{
    return re(pattern).match(value).hasMatch();
}

const char *kGuid = "^[0-9A-Fa-f]{8}-(?:[0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}$";
const char *kDomain = "^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$";
const char *kHost = "^(?:\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)(?::(\\d{1,5}))?$";
const char *kEmail = "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                     "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$";

QString tooLong(qsizetype length, int limit)
{
    return SettingsSchema::tr("the value is %1 characters long; at most %2 are allowed.")
        .arg(length)
        .arg(limit);
}

// An e-mail address's local part: at most 64 characters (RFC 5321).
std::optional<QString> checkLocalPart(const QString &v)
{
    const qsizetype at = v.lastIndexOf(QLatin1Char('@'));
    if (at > 64)
        return SettingsSchema::tr("the part before @ is %1 characters long; at most 64 are allowed.").arg(at);
    return std::nullopt;
}

std::optional<QString> checkFormat(const SettingDef &def, const QString &v)
{
    using F = ValueFormat;
    if (v.isEmpty())
        return std::nullopt;
    // Length first: a refusal must not repeat a 100,000-character value (nor run patterns over it). A host
    // may carry ":port" beyond its name's limit.
    const int limit = def.maxLength > 0 ? def.maxLength : maxLengthFor(def.format);
    // Formats whose pattern fixes the length say better what is wrong with a value a little too long (a GUID
    // in braces); they are cut off here only far beyond it.
    const bool fixedByPattern =
        def.format == F::InstallName || def.format == F::Guid || def.format == F::Sha256;
    const int cutOff = fixedByPattern ? 256 : limit + (def.format == F::Host ? 6 : 0);
    if (v.size() > cutOff)
        return tooLong(v.size(), limit);
    if (v.contains(QChar(QChar::ReplacementCharacter)))
        return SettingsSchema::tr(
            "the value is not valid UTF-8 text (it contains U+FFFD, which stands for bytes "
            "that were not UTF-8); type it again.");
    for (const QChar c : v) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return SettingsSchema::tr(
                       "the value contains control characters (U+%1), such as a line break or a tab.")
                .arg(QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')).toUpper());
    }
    switch (def.format) {
    case F::Plain:
        break;
    case F::Choice:
        if (!def.choices.contains(v))
            return SettingsSchema::tr("'%1' is not one of: %2.")
                .arg(v, def.choices.join(QStringLiteral(", ")));
        break;
    case F::Host: {
        static const QRegularExpression port(QStringLiteral(":\\d{1,5}$"));
        const auto withPort = port.match(v);
        const QString name = withPort.hasMatch() ? v.left(withPort.capturedStart()) : v;
        if (name.size() > limit)
            return tooLong(name.size(), limit);
        const auto m = re(kHost).match(v);
        if (!m.hasMatch())
            return SettingsSchema::tr(
                       "'%1' is not a host name (letters, digits, dots and hyphens, optionally :port).")
                .arg(v);
        if (m.hasCaptured(1)) {
            const int port = m.captured(1).toInt();
            if (port < 1 || port > 65535)
                return SettingsSchema::tr("port %1 is out of range (1 to 65535).").arg(m.captured(1));
        }
        break;
    }
    case F::InstallName:
        if (!matches("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$", v))
            return SettingsSchema::
                tr("'%1' is not an install name: type the name only, such as CRM, without slashes or spaces.")
                    .arg(v);
        break;
    case F::LogonId:
        if (v.trimmed() != v || matches("[\\x00-\\x1f\\x7f]", v) || v.size() > 255)
            return SettingsSchema::tr("the logon id has leading or trailing spaces or control characters.");
        break;
    case F::Mailbox:
        if (matches("\\s", v) || (v.contains(QLatin1Char('@')) && !matches(kEmail, v)))
            return SettingsSchema::tr("'%1' is neither a mailbox alias nor an e-mail address.").arg(v);
        if (v.contains(QLatin1Char('@')))
            return checkLocalPart(v);
        break;
    case F::Email:
        if (!matches(kEmail, v))
            return SettingsSchema::tr("'%1' is not an e-mail address (name@example.com).").arg(v);
        return checkLocalPart(v);
    case F::Url: {
        const QUrl url(v, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
            return SettingsSchema::tr("'%1' is not an http(s) URL with a host.").arg(v);
        if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
            return SettingsSchema::tr(
                       "'%1' must use https; plain http is accepted only for 127.0.0.1 and localhost.")
                .arg(v);
        break;
    }
    case F::TimeZone: {
        const auto zone = TimeZoneSpec::parse(v);
        if (!zone.ok())
            return zone.error().message;
        break;
    }
    case F::AbsolutePath:
        if (!QDir::isAbsolutePath(v))
            return SettingsSchema::tr("'%1' is not an absolute path.").arg(v);
        break;
    case F::ExistingFile: {
        if (!QDir::isAbsolutePath(v))
            return SettingsSchema::tr("'%1' is not an absolute path.").arg(v);
        const QFileInfo info(v);
        if (!info.exists())
            return SettingsSchema::tr("file '%1' does not exist.").arg(v);
        if (!info.isFile() || !info.isReadable())
            return SettingsSchema::tr("'%1' is not a readable file.").arg(v);
        break;
    }
    case F::NtAccount:
        if (!matches("^[^\\\\/@\\s]+\\\\[^\\\\/@\\s]+$", v) && !matches("^[^\\\\/@\\s]+@[^\\\\/@\\s]+$", v))
            return SettingsSchema::tr("'%1' is not of the form DOMAIN\\account or account@domain.").arg(v);
        break;
    case F::Guid:
        if (!matches(kGuid, v))
            return SettingsSchema::tr("'%1' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).").arg(v);
        break;
    case F::Tenant:
        if (!matches(kGuid, v) && !matches(kDomain, v))
            return SettingsSchema::tr(
                       "'%1' is neither a tenant GUID nor a domain such as contoso.onmicrosoft.com.")
                .arg(v);
        break;
    case F::Sha256: {
        QString hex = v;
        hex.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
        if (!matches("^[0-9A-Fa-f]{64}$", hex))
            return SettingsSchema::tr("'%1' is not a SHA-256 fingerprint (64 hexadecimal digits, colons allowed).")
                .arg(v);
        break;
    }
    case F::IpAddress:
        if (QHostAddress(v).isNull())
            return SettingsSchema::tr("'%1' is not an IP address (such as 127.0.0.1, 0.0.0.0 or ::).").arg(v);
        break;
    }
    return std::nullopt;
}

} // namespace

const QList<SettingDef> &SettingsSchema::all()
{
    static const QList<SettingDef> table = buildTable();
    return table;
}

const SettingDef *SettingsSchema::find(const QString &key)
{
    for (const SettingDef &def : all()) {
        if (def.key == key)
            return &def;
    }
    if (const auto parts = splitServerKey(key))
        return find(parts->key);
    return nullptr;
}

QString SettingsSchema::label(const QString &key)
{
    const SettingDef *def = find(key);
    if (!def)
        return key;
    if (const auto parts = splitServerKey(key))
        return tr("%1 (Exchange server %2)").arg(tr(def->label), parts->server);
    return tr(def->label);
}

const QStringList &SettingsSchema::serverKeys()
{
    static const QStringList keys{Keys::ExchangeKind,     Keys::ExchangeServer,       Keys::ExchangeAccount,
                                  Keys::NtAccount,        Keys::EwsUrl,               Keys::GraphTenant,
                                  Keys::GraphClientId,    Keys::GraphCredentialKind, Keys::GraphCertificateFile,
                                  Keys::GraphAuthorityUrl, Keys::GraphBaseUrl,        Keys::EwsImpersonation,
                                  Keys::OutOfScopeMailbox};
    return keys;
}

QString SettingsSchema::serverKey(const QString &server, const QString &key)
{
    return Keys::ExchangeServersGroup + QLatin1Char('/') + server + QLatin1Char('/') + key;
}

std::optional<SettingsSchema::ServerKeyParts> SettingsSchema::splitServerKey(const QString &fullKey)
{
    const QString prefix = Keys::ExchangeServersGroup + QLatin1Char('/');
    if (!fullKey.startsWith(prefix))
        return std::nullopt;
    const qsizetype slash = fullKey.indexOf(QLatin1Char('/'), prefix.size());
    if (slash < 0)
        return std::nullopt;
    ServerKeyParts parts{fullKey.mid(prefix.size(), slash - prefix.size()), fullKey.mid(slash + 1)};
    if (checkServerName(parts.server) || !serverKeys().contains(parts.key))
        return std::nullopt;
    return parts;
}

std::optional<QString> SettingsSchema::checkServerName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (!pattern.match(name).hasMatch())
        return tr("'%1' is not a server name: use 1 to 32 letters, digits, '-' or '_'.").arg(name);
    return std::nullopt;
}

Result<QVariant> SettingsSchema::parse(const QString &key, const QString &text)
{
    const SettingDef *def = find(key);
    if (!def)
        return makeError(ErrorKind::Invalid, tr("unknown setting '%1'.").arg(key), key);
    QVariant value;
    switch (def->type) {
    case ValueType::String:
        value = text;
        break;
    case ValueType::Bool: {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("on") ||
            t == QLatin1String("1"))
            value = true;
        else if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("off") ||
                 t == QLatin1String("0"))
            value = false;
        else
            return makeError(ErrorKind::Invalid, tr("%1: '%2' is not true or false.").arg(label(key), text),
                             key);
        break;
    }
    case ValueType::Int: {
        bool ok = false;
        const int n = text.trimmed().toInt(&ok);
        if (!ok)
            return makeError(ErrorKind::Invalid, tr("%1: '%2' is not a whole number.").arg(label(key), text),
                             key);
        value = n;
        break;
    }
    }
    if (const auto problem = check(*def, value))
        return makeError(ErrorKind::Invalid, tr("%1: %2").arg(label(key), *problem), key);
    return value;
}

std::optional<QString> SettingsSchema::check(const SettingDef &def, const QVariant &value)
{
    switch (def.type) {
    case ValueType::Bool:
        if (value.typeId() != QMetaType::Bool)
            return tr("expected true or false.");
        return std::nullopt;
    case ValueType::Int: {
        if (value.typeId() != QMetaType::Int)
            return tr("expected a whole number.");
        const int n = value.toInt();
        if (n < def.minimum || n > def.maximum)
            return tr("%1 is out of range (%2 to %3).").arg(n).arg(def.minimum).arg(def.maximum);
        return std::nullopt;
    }
    case ValueType::String:
        if (value.typeId() != QMetaType::QString)
            return tr("expected text.");
        return checkFormat(def, value.toString());
    }
    return std::nullopt;
}

QString SettingsSchema::toText(const SettingDef &def, const QVariant &value)
{
    if (def.type == ValueType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

} // namespace cxsync
