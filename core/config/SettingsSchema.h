#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

namespace cxsync {

// Every setting the product knows, in one table: key, type, format, default, label. Secrets are not here:
// they live in the keychain (see Secret.h). The labels are the legacy control panel's words.
enum class ValueType { String, Bool, Int };

enum class ValueFormat {
    Plain,        // any text
    Choice,       // one of SettingDef::choices
    Host,         // host name or IP, optional :port
    InstallName,  // the CRM install name (a single path segment)
    LogonId,      // a CRM logon id
    Mailbox,      // mailbox name or SMTP address
    Email,        // SMTP address
    Url,          // http(s) URL; plain http only to loopback hosts
    TimeZone,     // IANA or Windows zone id, or a fixed offset from UTC in hours
    AbsolutePath, // absolute path (the file need not exist yet)
    ExistingFile, // absolute path to a readable file
    NtAccount,    // DOMAIN\account or account@domain
    Guid,         // 8-4-4-4-12 hex
    Tenant,       // directory (tenant) GUID or a verified domain name
    IpAddress,    // bind address
    Sha256,       // 64 hex digits (colons and spaces allowed), e.g. a certificate fingerprint
};

struct SettingDef {
    QString key;
    ValueType type = ValueType::String;
    ValueFormat format = ValueFormat::Plain;
    QVariant defaultValue;
    QStringList choices;
    int minimum = 0;
    int maximum = 0;
    int maxLength = 0;      // text: the most characters a value may have (a host: its name, without :port)
    const char *label = ""; // untranslated; translate with SettingsSchema::label()
};

struct ValidationIssue {
    QString field; // a setting key, or "secret/<name>" for a secret input
    QString message;
};
using ValidationIssues = QList<ValidationIssue>;

using SettingsValues = QMap<QString, QVariant>;

namespace Keys {
inline const QString Role = QStringLiteral("server/role");
inline const QString CrmServer = QStringLiteral("crm/server");
inline const QString CrmPath = QStringLiteral("crm/path");
inline const QString CrmUser = QStringLiteral("crm/user");
inline const QString CrmRestUrl = QStringLiteral("crm/restUrl");
inline const QString ExchangeKind = QStringLiteral("exchange/kind");
inline const QString ExchangeServer = QStringLiteral("exchange/primaryServer");
inline const QString ExchangeAccount = QStringLiteral("exchange/account");
inline const QString TimeZone = QStringLiteral("sync/timeZone");
inline const QString ErrorEmail = QStringLiteral("notify/errorEmail");
inline const QString JournalPath = QStringLiteral("store/journalPath");
inline const QString NtAccount = QStringLiteral("nt/account");
inline const QString CopyReminders = QStringLiteral("options/copyReminders");
inline const QString DiagnosticMode = QStringLiteral("options/diagnosticMode");
inline const QString LogLevel = QStringLiteral("log/level");
inline const QString CrmToExchange = QStringLiteral("options/crmToExchange");
inline const QString ExchangeToCrm = QStringLiteral("options/exchangeToCrm");
inline const QString CreateCrmUsers = QStringLiteral("options/createCrmUsers");
inline const QString GraphTenant = QStringLiteral("graph/tenantId");
inline const QString GraphClientId = QStringLiteral("graph/clientId");
inline const QString GraphCredentialKind = QStringLiteral("graph/credentialKind");
inline const QString GraphCertificateFile = QStringLiteral("graph/certificateFile");
inline const QString GraphAuthorityUrl = QStringLiteral("graph/authorityUrl");
inline const QString GraphBaseUrl = QStringLiteral("graph/baseUrl");
inline const QString EwsUrl = QStringLiteral("ews/url");
// On: the NT account acts as each mailbox (ApplicationImpersonation role); off: its own (delegate) rights.
inline const QString EwsImpersonation = QStringLiteral("ews/impersonation");
inline const QString PollInterval = QStringLiteral("sync/pollIntervalSeconds");
inline const QString CrmPollInterval = QStringLiteral("sync/crmPollSeconds");
inline const QString WindowPastDays = QStringLiteral("sync/windowPastDays");
inline const QString WindowFutureDays = QStringLiteral("sync/windowFutureDays");
inline const QString ConflictPolicy = QStringLiteral("sync/conflictPolicy");
inline const QString MassDeletePercent = QStringLiteral("sync/massDeletePercent");
inline const QString MailboxesInFlight = QStringLiteral("sync/mailboxesInFlight");
inline const QString SmtpHost = QStringLiteral("smtp/host");
inline const QString SmtpPort = QStringLiteral("smtp/port");
inline const QString SmtpTlsMode = QStringLiteral("smtp/tlsMode");
inline const QString SmtpSender = QStringLiteral("smtp/sender");
inline const QString SmtpUser = QStringLiteral("smtp/user");
inline const QString ListenerBind = QStringLiteral("listener/bindAddress");
inline const QString ListenerPort = QStringLiteral("listener/port");
inline const QString ListenerPublicUrl = QStringLiteral("listener/publicUrl");
inline const QString ListenerCertificateFile = QStringLiteral("listener/certificateFile");
inline const QString ListenerKeyFile = QStringLiteral("listener/keyFile");
inline const QString DataDir = QStringLiteral("paths/dataDir");
inline const QString TlsExtraCaFile = QStringLiteral("tls/extraCaFile");
inline const QString TlsPinnedSha256 = QStringLiteral("tls/pinnedSha256");
inline const QString RetryBaseSeconds = QStringLiteral("queue/retryBaseSeconds");
inline const QString RetryCapSeconds = QStringLiteral("queue/retryCapSeconds");
inline const QString RetryMaxAttempts = QStringLiteral("queue/maxAttempts");
inline const QString DigestIntervalMinutes = QStringLiteral("notify/digestIntervalMinutes");
inline const QString LogRetentionDays = QStringLiteral("log/retentionDays");
// The synthetic canary (core/canary): a linked CRM user and its mailbox the service writes a marked private
// appointment for every interval, alternating sides, to measure how long a change takes to cross. Both or neither.
inline const QString CanaryCrmUser = QStringLiteral("canary/crmUser");
inline const QString CanaryMailbox = QStringLiteral("canary/mailbox");
inline const QString CanaryIntervalMinutes = QStringLiteral("canary/intervalMinutes");
inline const QString CanaryLateSeconds = QStringLiteral("canary/lateSeconds");
// Test Connection's least-privilege step (per Exchange server): a mailbox the application must NOT be able to
// read (outside its application access policy / management scope). Empty: the step is skipped.
inline const QString OutOfScopeMailbox = QStringLiteral("exchange/outOfScopeMailbox");
// Additional Exchange servers or tenants (seed chapter 5): each is a group
// "exchangeServers/<name>/" repeating the keys of SettingsSchema::serverKeys().
inline const QString ExchangeServersGroup = QStringLiteral("exchangeServers");
} // namespace Keys

namespace Choices {
inline const QString RoleCrm = QStringLiteral("crm");
inline const QString RoleExchange = QStringLiteral("exchange");
inline const QString KindGraph = QStringLiteral("graph");
inline const QString KindEws = QStringLiteral("ews");
inline const QString CredentialSecret = QStringLiteral("secret");
inline const QString CredentialCertificate = QStringLiteral("certificate");
inline const QString ConflictLastModifiedWins = QStringLiteral("lastModifiedWins");
inline const QString ConflictExchangeWins = QStringLiteral("exchangeWins");
inline const QString ConflictCrmWins = QStringLiteral("crmWins");
inline const QString LogErrors = QStringLiteral("errors");
inline const QString LogWarnings = QStringLiteral("warnings");
inline const QString LogInfo = QStringLiteral("info");
inline const QString LogDebug = QStringLiteral("debug");
} // namespace Choices

class SettingsSchema final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::SettingsSchema)
public:
    static const QList<SettingDef> &all();
    // Also finds an additional server's key ("exchangeServers/emea/graph/tenantId" gives the definition of
    // "graph/tenantId"); the returned definition's key is then the unprefixed one.
    static const SettingDef *find(const QString &key);
    static QString label(const QString &key);

    // The keys an additional Exchange server repeats: its kind, servers, accounts and Graph app registration.
    static const QStringList &serverKeys();
    // "exchangeServers/<server>/<key>"
    static QString serverKey(const QString &server, const QString &key);
    struct ServerKeyParts {
        QString server;
        QString key;
    };
    // The parts of an additional server's key; nullopt for any other key (also an unknown sub-key).
    static std::optional<ServerKeyParts> splitServerKey(const QString &fullKey);
    // A server name: 1-32 letters, digits, '-' or '_' (it names settings groups and keychain entries).
    static std::optional<QString> checkServerName(const QString &name);

    // Text (from the CLI, an imported file or an INI value) to a typed value, checked against the key's
    // format.
    static Result<QVariant> parse(const QString &key, const QString &text);
    // A typed value checked against its key's type, range and format. Text is checked for its length first
    // (a refusal then does not repeat the value), then for U+FFFD (what text that was not UTF-8 becomes on
    // the way in) and control characters. Empty strings pass here; whether a field is required is decided by
    // SettingsValidator, which knows the role.
    static std::optional<QString> check(const SettingDef &def, const QVariant &value);
    // The value as text, for `config show` and export.
    static QString toText(const SettingDef &def, const QVariant &value);
};

} // namespace cxsync
