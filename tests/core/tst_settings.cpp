// Settings: the schema's formats, time zones, the validator's role rules, the INI round trip and config
// migration. Everything runs against real INI files in a fresh temporary folder per test.
#include "CoreTestSupport.h"
#include "config/ConfigMigration.h"
#include "config/Settings.h"
#include "config/SettingsSchema.h"
#include "config/SettingsValidator.h"
#include "config/TimeZoneSpec.h"
#include "store/Journal.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>

#include <algorithm>
#include <memory>

using namespace cxsync;
using namespace cxsync::testsupport;

namespace {

// Placeholders in data rows for paths that only exist once init() has made the test's folder.
const QString kExistingFileToken = QStringLiteral("@existing-file@");
const QString kFolderToken = QStringLiteral("@folder@");
const QString kIniDirToken = QStringLiteral("@ini-dir@");

void addParseAccepted(const char *name, const QString &key, const QString &text, const QVariant &expected)
{
    QTest::newRow(name) << key << text << true << expected << QString();
}

void addParseAccepted(const char *name, const QString &key, const QString &text)
{
    addParseAccepted(name, key, text, QVariant(text));
}

void addParseRefused(const char *name, const QString &key, const QString &text, const QString &fragment)
{
    QTest::newRow(name) << key << text << false << QVariant() << fragment;
}

} // namespace

class TestSettings final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
    QString m_certificate;

    QString resolveTokens(QString text) const
    {
        if (text == kExistingFileToken)
            return m_certificate;
        if (text == kFolderToken)
            return m_dir->path();
        return text.replace(kIniDirToken, QFileInfo(m_ini).absolutePath());
    }

    SettingsValues withChanges(const QVariantMap &changes) const
    {
        SettingsValues values = validConfig();
        for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
            if (!it.value().isValid())
                values.remove(it.key());
            else if (it.value().typeId() == QMetaType::QString)
                values.insert(it.key(), resolveTokens(it.value().toString()));
            else
                values.insert(it.key(), it.value());
        }
        return values;
    }

    // Writes `ini` as the INI file and checks that opening it is refused, naming the config version and each
    // of `fragments`, and that the file is left as it was.
    void checkConfigVersionIsRefused(const QByteArray &ini, const QStringList &fragments)
    {
        QVERIFY(writeBytes(m_ini, ini));
        const auto opened = Settings::open(m_ini);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().kind, ErrorKind::Invalid);
        QCOMPARE(opened.error().field, ConfigMigration::kVersionKey);
        for (const QString &fragment : fragments)
            QVERIFY2(opened.error().message.contains(fragment), qPrintable(opened.error().message));
        QCOMPARE(readBytes(m_ini), ini);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ini = m_dir->filePath(QStringLiteral("cxsync.ini"));
        m_certificate = m_dir->filePath(QStringLiteral("client.pfx"));
        QVERIFY(writeBytes(m_certificate, "not really a certificate"));
    }

    void cleanup() { m_dir.reset(); }

    // ---- SettingsSchema::parse ---------------------------------------------------------------------------

    void parseValue_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QVariant>("expected");
        QTest::addColumn<QString>("fragment"); // part of the refusal message

        // Host
        addParseAccepted("CRM server host name without port is accepted", Keys::CrmServer,
                         u("crm.example.com"));
        addParseAccepted("CRM server host name with port is accepted", Keys::CrmServer,
                         u("crm.example.com:8443"));
        addParseAccepted("CRM server single-label host is accepted", Keys::CrmServer, u("CRMSRV01"));
        addParseAccepted("CRM server IPv4 address with port is accepted", Keys::CrmServer, u("10.0.0.5:80"));
        addParseAccepted("CRM server bracketed IPv6 with port is accepted", Keys::CrmServer, u("[::1]:443"));
        addParseAccepted("host port 1 is accepted", Keys::CrmServer, u("crm.example.com:1"));
        addParseAccepted("host port 65535 is accepted", Keys::CrmServer, u("crm.example.com:65535"));
        addParseRefused("host port 0 is refused", Keys::CrmServer, u("crm.example.com:0"), u("out of range"));
        addParseRefused("host port 65536 is refused", Keys::CrmServer, u("crm.example.com:65536"),
                        u("out of range"));
        addParseRefused("host port with six digits is refused", Keys::CrmServer, u("crm.example.com:123456"),
                        u("not a host name"));
        addParseRefused("host given as a URL is refused", Keys::CrmServer, u("https://crm.example.com"),
                        u("not a host name"));
        addParseRefused("host with a space is refused", Keys::CrmServer, u("crm server"),
                        u("not a host name"));
        addParseRefused("host with a leading hyphen is refused", Keys::SmtpHost, u("-smtp.example.com"),
                        u("not a host name"));
        addParseRefused("host with an empty port is refused", Keys::ExchangeServer, u("exch01:"),
                        u("not a host name"));

        // Install name
        addParseAccepted("install name CRM is accepted", Keys::CrmPath, u("CRM"));
        addParseAccepted("install name with digits, dot, hyphen and underscore is accepted", Keys::CrmPath,
                         u("crm_2024.v7-2"));
        addParseAccepted("empty install name passes parse (the validator decides if it is required)",
                         Keys::CrmPath, QString());
        addParseRefused("install name with a leading slash is refused", Keys::CrmPath, u("/CRM"),
                        u("slashes"));
        addParseRefused("install name with an inner slash is refused", Keys::CrmPath, u("crm/app"),
                        u("slashes"));
        addParseRefused("install name with a backslash is refused", Keys::CrmPath, u("crm\\app"),
                        u("slashes"));
        addParseRefused("install name with a space is refused", Keys::CrmPath, u("CRM Sales"), u("spaces"));
        addParseRefused("install name of 65 characters is refused", Keys::CrmPath,
                        QString(65, QLatin1Char('c')), u("not an install name"));

        // Logon id
        addParseAccepted("CRM logon id with accents is accepted", Keys::CrmUser, u("José Núñez"));
        addParseRefused("CRM logon id with a leading space is refused", Keys::CrmUser, u(" admin"),
                        u("leading or trailing spaces"));
        addParseRefused("CRM logon id with a tab is refused", Keys::CrmUser, u("ad\tmin"),
                        u("control characters"));

        // Mailbox
        addParseAccepted("Exchange account as a mailbox alias is accepted", Keys::ExchangeAccount,
                         u("crmsync"));
        addParseAccepted("Exchange account as an e-mail address is accepted", Keys::ExchangeAccount,
                         u("crm-sync@contoso.com"));
        addParseRefused("Exchange account with a space is refused", Keys::ExchangeAccount, u("crm sync"),
                        u("neither a mailbox alias nor an e-mail address"));
        addParseRefused("Exchange account with an empty domain is refused", Keys::ExchangeAccount,
                        u("crmsync@"), u("neither a mailbox alias nor an e-mail address"));

        // E-mail
        addParseAccepted("error e-mail address is accepted", Keys::ErrorEmail, u("crm-admin@contoso.com"));
        addParseAccepted("error e-mail with plus tag and sub-domain is accepted", Keys::ErrorEmail,
                         u("first.last+crm@mail.example.co.uk"));
        addParseRefused("error e-mail without @ is refused", Keys::ErrorEmail, u("crm-admin"),
                        u("not an e-mail address"));
        addParseRefused("error e-mail with a dotless domain is refused", Keys::ErrorEmail,
                        u("admin@localhost"), u("not an e-mail address"));
        addParseRefused("error e-mail with two @ is refused", Keys::ErrorEmail, u("admin@@contoso.com"),
                        u("not an e-mail address"));
        addParseRefused("error e-mail with a space is refused", Keys::ErrorEmail, u("crm admin@contoso.com"),
                        u("not an e-mail address"));
        addParseRefused("SMTP sender with a display name is refused", Keys::SmtpSender,
                        u("CRM Sync <crm-sync@contoso.com>"), u("not an e-mail address"));

        // URL
        addParseAccepted("https REST URL is accepted", Keys::CrmRestUrl,
                         u("https://crm.example.com/sdata/crmj/sagecrm/-/"));
        addParseAccepted("http to 127.0.0.1 is accepted", Keys::GraphBaseUrl,
                         u("http://127.0.0.1:8080/v1.0"));
        addParseAccepted("http to localhost is accepted", Keys::GraphAuthorityUrl,
                         u("http://localhost:9000"));
        addParseAccepted("http to IPv6 loopback is accepted", Keys::EwsUrl,
                         u("http://[::1]:8080/EWS/Exchange.asmx"));
        addParseAccepted("https EWS URL is accepted", Keys::EwsUrl,
                         u("https://mail.contoso.com/EWS/Exchange.asmx"));
        addParseRefused("http to a remote host is refused", Keys::CrmRestUrl,
                        u("http://crm.example.com/sdata"), u("must use https"));
        addParseRefused("http to a LAN address is refused", Keys::EwsUrl,
                        u("http://10.0.0.5/EWS/Exchange.asmx"), u("must use https"));
        addParseRefused("ftp URL is refused", Keys::CrmRestUrl, u("ftp://crm.example.com/"),
                        u("not an http(s) URL"));
        addParseRefused("URL without a scheme is refused", Keys::ListenerPublicUrl,
                        u("sync.contoso.com/notify"), u("not an http(s) URL"));
        addParseRefused("URL without a host is refused", Keys::ListenerPublicUrl, u("https://"),
                        u("not an http(s) URL"));

        // Time zone (details in timeZoneSpec)
        addParseAccepted("IANA time zone is accepted", Keys::TimeZone, u("Europe/London"));
        addParseAccepted("Windows time zone is accepted", Keys::TimeZone, u("W. Europe Standard Time"));
        addParseAccepted("offset +5:45 is accepted", Keys::TimeZone, u("+5:45"));
        addParseRefused("unknown time zone is refused", Keys::TimeZone, u("Mars/Olympus"),
                        u("not a known time zone"));
        addParseRefused("offset +1.2 is refused", Keys::TimeZone, u("+1.2"), u("quarter hours"));

        // Lengths (issue 19 part 6): each format has a limit; the refusal does not repeat the value.
        const QString at = u("@contoso.com");
        addParseAccepted("an e-mail address of 254 characters is accepted", Keys::ErrorEmail,
                         QString(64, QLatin1Char('a')) + u("@") + QString(185, QLatin1Char('b')) + u(".com"));
        addParseRefused("an e-mail address of 255 characters is refused", Keys::ErrorEmail,
                        QString(64, QLatin1Char('a')) + u("@") + QString(186, QLatin1Char('b')) + u(".com"),
                        u("at most 254"));
        addParseRefused("a 100,000-character e-mail address is refused", Keys::ErrorEmail,
                        QString(100000 - at.size(), QLatin1Char('a')) + at, u("100000 characters"));
        addParseRefused("an e-mail local part of 65 characters is refused", Keys::SmtpSender,
                        QString(65, QLatin1Char('a')) + at, u("at most 64"));
        QString host253 = QString(61, QLatin1Char('h'));
        for (int i = 0; i < 3; ++i)
            host253 += u(".") + QString(63, QLatin1Char('h'));
        addParseAccepted("a host name of 253 characters is accepted", Keys::CrmServer, host253);
        addParseAccepted("a host name of 253 characters with a port is accepted", Keys::SmtpHost,
                         host253 + u(":587"));
        addParseRefused("a host name of 254 characters is refused", Keys::CrmServer, host253 + u("h"),
                        u("at most 253"));
        addParseRefused("an Exchange account of 255 characters is refused", Keys::ExchangeAccount,
                        QString(255, QLatin1Char('m')), u("at most 254"));
        addParseRefused("a URL of 2049 characters is refused", Keys::GraphBaseUrl,
                        u("https://graph.example.com/") + QString(2049 - 26, QLatin1Char('p')),
                        u("at most 2048"));
        addParseRefused("a journal path of 4096 characters is refused", Keys::JournalPath,
                        u("/") + QString(4095, QLatin1Char('j')), u("at most 4095"));
        // Text that was not valid UTF-8 (an INI file, a command line) arrives with U+FFFD in it.
        addParseRefused("a logon id that was not valid UTF-8 is refused", Keys::CrmUser,
                        u("sync") + QChar(0xFFFD) + u("user"), u("not valid UTF-8"));
        addParseRefused("a time zone with a line break is refused", Keys::TimeZone, u("Europe/London\nx"),
                        u("control character"));

        // Paths
        addParseAccepted("absolute journal path is accepted even if the file does not exist",
                         Keys::JournalPath, u("/var/lib/cxsync/does-not-exist-yet.sqlite"));
        addParseRefused("relative journal path is refused", Keys::JournalPath, u("journal.sqlite"),
                        u("not an absolute path"));
        addParseRefused("relative data directory is refused", Keys::DataDir, u("data/cxsync"),
                        u("not an absolute path"));
        addParseAccepted("existing certificate file is accepted", Keys::GraphCertificateFile,
                         QCoreApplication::applicationFilePath());
        addParseRefused("missing certificate file is refused", Keys::GraphCertificateFile,
                        u("/nonexistent/cxsync/client.pfx"), u("does not exist"));
        addParseRefused("relative certificate file is refused", Keys::GraphCertificateFile, u("client.pfx"),
                        u("not an absolute path"));
        addParseRefused("certificate path that is a folder is refused", Keys::GraphCertificateFile,
                        QCoreApplication::applicationDirPath(), u("not a readable file"));

        // NT account
        addParseAccepted("NT account DOMAIN\\user is accepted", Keys::NtAccount, u("CONTOSO\\svc-crm"));
        addParseAccepted("NT account user@domain is accepted", Keys::NtAccount, u("svc-crm@contoso.local"));
        addParseRefused("NT account without a domain is refused", Keys::NtAccount, u("svc-crm"),
                        u("DOMAIN\\account"));
        addParseRefused("NT account with a forward slash is refused", Keys::NtAccount, u("CONTOSO/svc-crm"),
                        u("DOMAIN\\account"));
        addParseRefused("NT account with two backslashes is refused", Keys::NtAccount, u("A\\B\\svc"),
                        u("DOMAIN\\account"));
        addParseRefused("NT account with a space is refused", Keys::NtAccount, u("CONTOSO\\svc crm"),
                        u("DOMAIN\\account"));
        addParseRefused("NT account with an empty domain is refused", Keys::NtAccount, u("\\svc-crm"),
                        u("DOMAIN\\account"));

        // GUID and tenant
        addParseAccepted("client id GUID in lower case is accepted", Keys::GraphClientId, kClientId);
        addParseAccepted("client id GUID in upper case is accepted", Keys::GraphClientId,
                         kClientId.toUpper());
        addParseRefused("client id GUID in braces is refused", Keys::GraphClientId,
                        QLatin1Char('{') + kClientId + QLatin1Char('}'), u("not a GUID"));
        addParseRefused("client id with a non-hex digit is refused", Keys::GraphClientId,
                        u("6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4g"), u("not a GUID"));
        addParseRefused("client id one digit short is refused", Keys::GraphClientId,
                        u("6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4"), u("not a GUID"));
        addParseAccepted("tenant as a GUID is accepted", Keys::GraphTenant, kClientId);
        addParseAccepted("tenant as an onmicrosoft.com domain is accepted", Keys::GraphTenant,
                         u("contoso.onmicrosoft.com"));
        addParseAccepted("tenant as a verified custom domain is accepted", Keys::GraphTenant,
                         u("contoso.co.uk"));
        addParseRefused("tenant as a bare name is refused", Keys::GraphTenant, u("contoso"),
                        u("neither a tenant GUID nor a domain"));
        addParseRefused("tenant with an empty label is refused", Keys::GraphTenant, u("contoso..com"),
                        u("neither a tenant GUID nor a domain"));

        // IP address
        addParseAccepted("bind address 127.0.0.1 is accepted", Keys::ListenerBind, u("127.0.0.1"));
        addParseAccepted("bind address 0.0.0.0 is accepted", Keys::ListenerBind, u("0.0.0.0"));
        addParseAccepted("bind address :: is accepted", Keys::ListenerBind, u("::"));
        addParseRefused("bind address localhost (a name) is refused", Keys::ListenerBind, u("localhost"),
                        u("not an IP address"));
        addParseRefused("bind address 256.1.1.1 is refused", Keys::ListenerBind, u("256.1.1.1"),
                        u("not an IP address"));

        // Choices
        addParseAccepted("role crm is accepted", Keys::Role, u("crm"));
        addParseAccepted("role exchange is accepted", Keys::Role, u("exchange"));
        addParseRefused("role both is refused, listing the choices", Keys::Role, u("both"),
                        u("crm, exchange"));
        addParseAccepted("exchange kind ews is accepted", Keys::ExchangeKind, u("ews"));
        addParseRefused("exchange kind owa is refused", Keys::ExchangeKind, u("owa"), u("graph, ews"));
        addParseAccepted("SMTP encryption starttls is accepted", Keys::SmtpTlsMode, u("starttls"));
        addParseRefused("SMTP encryption ssl is refused", Keys::SmtpTlsMode, u("ssl"),
                        u("starttls, tls, none"));

        // Bools
        addParseAccepted("bool yes is true", Keys::CopyReminders, u("yes"), true);
        addParseAccepted("bool no is false", Keys::CopyReminders, u("no"), false);
        addParseAccepted("bool 1 is true", Keys::DiagnosticMode, u("1"), true);
        addParseAccepted("bool 0 is false", Keys::DiagnosticMode, u("0"), false);
        addParseAccepted("bool TRUE in capitals is true", Keys::CrmToExchange, u("TRUE"), true);
        addParseAccepted("bool off with spaces around is false", Keys::ExchangeToCrm, u(" off "), false);
        addParseAccepted("bool on is true", Keys::CreateCrmUsers, u("on"), true);
        addParseRefused("bool maybe is refused", Keys::CopyReminders, u("maybe"), u("not true or false"));
        addParseRefused("bool 2 is refused", Keys::CopyReminders, u("2"), u("not true or false"));
        addParseRefused("empty bool is refused", Keys::CopyReminders, QString(), u("not true or false"));

        // Ints and their ranges
        addParseRefused("poll interval 4 is refused", Keys::PollInterval, u("4"),
                        u("out of range (5 to 86400)"));
        addParseAccepted("poll interval 5 is accepted", Keys::PollInterval, u("5"), 5);
        addParseAccepted("poll interval 86400 is accepted", Keys::PollInterval, u("86400"), 86400);
        addParseRefused("poll interval 86401 is refused", Keys::PollInterval, u("86401"), u("out of range"));
        addParseAccepted("poll interval with spaces around is accepted", Keys::PollInterval, u(" 60 "), 60);
        addParseRefused("poll interval in words is refused", Keys::PollInterval, u("sixty"),
                        u("not a whole number"));
        addParseRefused("poll interval with a unit is refused", Keys::PollInterval, u("60s"),
                        u("not a whole number"));
        addParseRefused("poll interval with a fraction is refused", Keys::PollInterval, u("60.5"),
                        u("not a whole number"));
        addParseRefused("poll interval beyond int range is refused", Keys::PollInterval, u("99999999999"),
                        u("not a whole number"));
        addParseAccepted("past window of 0 days is accepted", Keys::WindowPastDays, u("0"), 0);
        addParseRefused("past window of -1 days is refused", Keys::WindowPastDays, u("-1"),
                        u("out of range"));
        addParseRefused("future window of 0 days is refused", Keys::WindowFutureDays, u("0"),
                        u("out of range"));
        addParseAccepted("future window of 1825 days is accepted", Keys::WindowFutureDays, u("1825"), 1825);
        addParseRefused("future window of 1826 days is refused", Keys::WindowFutureDays, u("1826"),
                        u("out of range"));
        addParseRefused("SMTP port 0 is refused", Keys::SmtpPort, u("0"), u("out of range (1 to 65535)"));
        addParseAccepted("SMTP port 25 is accepted", Keys::SmtpPort, u("25"), 25);
        addParseRefused("listener port 65536 is refused", Keys::ListenerPort, u("65536"), u("out of range"));
        addParseAccepted("listener port 65535 is accepted", Keys::ListenerPort, u("65535"), 65535);

        // Unknown key
        addParseRefused("misspelled key is refused by name", u("crm/sever"), u("crm.example.com"),
                        u("unknown setting 'crm/sever'"));
    }

    void parseValue()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(QVariant, expected);
        QFETCH(QString, fragment);

        const auto result = SettingsSchema::parse(key, text);
        if (accepted) {
            QVERIFY2(result.ok(), qPrintable(messageOf(result)));
            QCOMPARE(result.value().typeId(), expected.typeId());
            QCOMPARE(result.value(), expected);
        } else {
            QVERIFY2(!result.ok(),
                     qPrintable(result.ok() ? QStringLiteral("accepted as ") + result.value().toString()
                                            : QString()));
            QCOMPARE(result.error().kind, ErrorKind::Invalid);
            QCOMPARE(result.error().field, key);
            // The admin reads the control panel's label and what went wrong.
            const QString message = result.error().message;
            QVERIFY2(message.contains(SettingsSchema::label(key)), qPrintable(message));
            QVERIFY2(message.contains(fragment, Qt::CaseInsensitive), qPrintable(message));
        }
    }

    void everyKeyHasALabelAndAValidDefault()
    {
        QStringList keys;
        for (const SettingDef &def : SettingsSchema::all()) {
            keys.append(def.key);
            QVERIFY2(!SettingsSchema::label(def.key).isEmpty() && SettingsSchema::label(def.key) != def.key,
                     qPrintable(def.key));
            const auto problem = SettingsSchema::check(def, def.defaultValue);
            QVERIFY2(!problem, qPrintable(def.key + QStringLiteral(": ") + problem.value_or(QString())));
            // What `config show` prints must parse back to the same value.
            const auto reparsed =
                SettingsSchema::parse(def.key, SettingsSchema::toText(def, def.defaultValue));
            QVERIFY2(reparsed.ok(), qPrintable(def.key));
            QCOMPARE(reparsed.value(), def.defaultValue);
        }
        QStringList unique = keys;
        unique.removeDuplicates();
        QCOMPARE(unique.size(), keys.size());
    }

    // ---- TimeZoneSpec -----------------------------------------------------------------------------------

    void timeZoneSpec_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<bool>("fixed");
        QTest::addColumn<int>("offsetSeconds");
        QTest::addColumn<QByteArray>("zoneId");   // expected IANA id for named zones
        QTest::addColumn<QString>("description"); // or part of the refusal message

        auto zone = [](const char *name, const char *text, const char *ianaId) {
            QTest::newRow(name) << u(text) << true << false << 0 << QByteArray(ianaId) << u(ianaId);
        };
        auto offset = [](const char *name, const char *text, int seconds, const char *description) {
            QTest::newRow(name) << u(text) << true << true << seconds << QByteArray() << u(description);
        };
        auto refused = [](const char *name, const char *text, const char *fragment) {
            QTest::newRow(name) << u(text) << false << false << 0 << QByteArray() << u(fragment);
        };

        zone("IANA Europe/London is a named zone", "Europe/London", "Europe/London");
        zone("IANA America/New_York is a named zone", "America/New_York", "America/New_York");
        zone("Windows W. Europe Standard Time maps to Europe/Berlin", "W. Europe Standard Time",
             "Europe/Berlin");
        zone("Windows GMT Standard Time maps to Europe/London", "GMT Standard Time", "Europe/London");
        zone("surrounding spaces are ignored", "  Europe/London ", "Europe/London");
        offset("offset +1 is one hour east", "+1", 3600, "fixed offset UTC+01:00");
        offset("offset 0 is UTC", "0", 0, "fixed offset UTC+00:00");
        offset("offset -3.5 is three and a half hours west", "-3.5", -12600, "fixed offset UTC-03:30");
        offset("offset +5:45 is accepted", "+5:45", 20700, "fixed offset UTC+05:45");
        offset("offset 5.75 in quarter hours is accepted", "5.75", 20700, "fixed offset UTC+05:45");
        offset("offset 5,75 with a decimal comma is accepted", "5,75", 20700, "fixed offset UTC+05:45");
        offset("offset +9.50 with two decimals is accepted", "+9.50", 34200, "fixed offset UTC+09:30");
        offset("offset -12 is the western limit", "-12", -43200, "fixed offset UTC-12:00");
        offset("offset +14 is the eastern limit", "+14", 50400, "fixed offset UTC+14:00");
        offset("offset UTC+2 with a prefix is accepted", "UTC+2", 7200, "fixed offset UTC+02:00");
        offset("offset GMT-03:30 with a prefix is accepted", "GMT-03:30", -12600, "fixed offset UTC-03:30");
        refused("offset +14.25 beyond the eastern limit is refused", "+14.25", "outside -12 to +14");
        refused("offset -12.5 beyond the western limit is refused", "-12.5", "outside -12 to +14");
        refused("offset +15 is refused", "+15", "outside -12 to +14");
        refused("offset +1.2 is not a quarter hour", "+1.2", "quarter hours");
        refused("offset +1.10 is not a quarter hour", "+1.10", "quarter hours");
        refused("offset 5:20 is not a quarter hour", "5:20", "quarter hours");
        refused("offset +5:60 is not a quarter hour", "+5:60", "quarter hours");
        refused("Mars/Olympus is not a time zone", "Mars/Olympus", "not a known time zone");
        refused("a city name alone is not a time zone", "London", "not a known time zone");
        refused("offset with three-digit hours is refused", "+100", "not a known time zone");
    }

    void timeZoneSpec()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(bool, fixed);
        QFETCH(int, offsetSeconds);
        QFETCH(QByteArray, zoneId);
        QFETCH(QString, description);

        const auto spec = TimeZoneSpec::parse(text);
        if (!accepted) {
            QVERIFY2(!spec.ok(), qPrintable(text));
            QCOMPARE(spec.error().kind, ErrorKind::Invalid);
            QVERIFY2(spec.error().message.contains(description), qPrintable(spec.error().message));
            QVERIFY2(spec.error().message.contains(text.trimmed()), qPrintable(spec.error().message));
            return;
        }
        QVERIFY2(spec.ok(), qPrintable(messageOf(spec)));
        QVERIFY(spec.value().zone().isValid());
        QCOMPARE(spec.value().isFixedOffset(), fixed);
        QCOMPARE(spec.value().description(), description);
        if (fixed) {
            QCOMPARE(spec.value().offsetSeconds(), offsetSeconds);
            // Conversions use that offset all year round.
            const QTimeZone zone = spec.value().zone();
            QCOMPARE(zone.offsetFromUtc(QDateTime(QDate(2024, 1, 15), QTime(12, 0), Qt::UTC)), offsetSeconds);
            QCOMPARE(zone.offsetFromUtc(QDateTime(QDate(2024, 7, 15), QTime(12, 0), Qt::UTC)), offsetSeconds);
        } else {
            QCOMPARE(spec.value().zone().id(), zoneId);
        }
    }

    void emptyTimeZoneIsThisMachinesZone()
    {
        const auto spec = TimeZoneSpec::parse(QString());
        QVERIFY(spec.ok());
        QVERIFY(!spec.value().isFixedOffset());
        QCOMPARE(spec.value().zone(), QTimeZone::systemTimeZone());
    }

    void namedZoneFollowsDaylightSaving()
    {
        const auto spec = TimeZoneSpec::parse(u("Europe/London"));
        QVERIFY(spec.ok());
        const QTimeZone zone = spec.value().zone();
        QCOMPARE(zone.offsetFromUtc(QDateTime(QDate(2024, 1, 15), QTime(12, 0), Qt::UTC)), 0);
        QCOMPARE(zone.offsetFromUtc(QDateTime(QDate(2024, 7, 15), QTime(12, 0), Qt::UTC)), 3600);
    }

    // ---- SettingsValidator ------------------------------------------------------------------------------

    void validConfigurationHasNoIssues()
    {
        const ValidationIssues issues = SettingsValidator::validate(validConfig());
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
    }

    void validatorRules_data()
    {
        QTest::addColumn<QVariantMap>("changes"); // an invalid QVariant removes the key
        QTest::addColumn<QStringList>("fields");  // exactly the fields the issues name, sorted

        // Its folder must exist (the journal file itself need not).
        const QString exchangeJournal = kIniDirToken + u("/journal.sqlite");
        const QVariantMap ews{{Keys::ExchangeKind, Choices::KindEws},
                              {Keys::ExchangeServer, u("exch01.contoso.local")},
                              {Keys::NtAccount, u("CONTOSO\\svc-crm")}};
        auto plus = [](QVariantMap base, const QVariantMap &more) {
            for (auto it = more.cbegin(); it != more.cend(); ++it)
                base.insert(it.key(), it.value());
            return base;
        };

        QTest::newRow("journal path is not required on the CRM server role")
            << QVariantMap{{Keys::Role, Choices::RoleCrm}, {Keys::JournalPath, QString()}} << QStringList();
        QTest::newRow("journal path is required on the Exchange-server role")
            << QVariantMap{{Keys::Role, Choices::RoleExchange}, {Keys::JournalPath, QString()}}
            << QStringList{Keys::JournalPath};
        QTest::newRow("Exchange-server role with a journal path is accepted")
            << QVariantMap{{Keys::Role, Choices::RoleExchange}, {Keys::JournalPath, exchangeJournal}}
            << QStringList();
        QTest::newRow("journal path that is a folder is refused")
            << QVariantMap{{Keys::JournalPath, kFolderToken}} << QStringList{Keys::JournalPath};
        QTest::newRow("Create CRM Users is refused on the Exchange-server role")
            << QVariantMap{{Keys::Role, Choices::RoleExchange},
                           {Keys::JournalPath, exchangeJournal},
                           {Keys::CreateCrmUsers, true}}
            << QStringList{Keys::CreateCrmUsers};
        QTest::newRow("Create CRM Users is accepted on the CRM server role")
            << QVariantMap{{Keys::Role, Choices::RoleCrm}, {Keys::CreateCrmUsers, true}} << QStringList();

        QTest::newRow("CRM server is required")
            << QVariantMap{{Keys::CrmServer, QString()}} << QStringList{Keys::CrmServer};
        QTest::newRow("CRM path is required")
            << QVariantMap{{Keys::CrmPath, QString()}} << QStringList{Keys::CrmPath};
        QTest::newRow("CRM user is required")
            << QVariantMap{{Keys::CrmUser, QString()}} << QStringList{Keys::CrmUser};
        QTest::newRow("Exchange account is required")
            << QVariantMap{{Keys::ExchangeAccount, QString()}} << QStringList{Keys::ExchangeAccount};
        QTest::newRow("error e-mail is required")
            << QVariantMap{{Keys::ErrorEmail, QString()}} << QStringList{Keys::ErrorEmail};
        QTest::newRow("several missing required fields are all reported")
            << QVariantMap{{Keys::CrmServer, QString()}, {Keys::ErrorEmail, QString()}}
            << QStringList{Keys::CrmServer, Keys::ErrorEmail};

        QTest::newRow("Graph requires a tenant id")
            << QVariantMap{{Keys::GraphTenant, QString()}} << QStringList{Keys::GraphTenant};
        QTest::newRow("Graph requires a client id")
            << QVariantMap{{Keys::GraphClientId, QString()}} << QStringList{Keys::GraphClientId};
        QTest::newRow("Graph without tenant and client id names both")
            << QVariantMap{{Keys::GraphTenant, QString()}, {Keys::GraphClientId, QString()}}
            << QStringList{Keys::GraphClientId, Keys::GraphTenant};
        QTest::newRow("Graph refuses a mailbox alias as the Exchange account")
            << QVariantMap{{Keys::ExchangeAccount, u("crmsync")}} << QStringList{Keys::ExchangeAccount};
        QTest::newRow("Graph does not need an NT account or primary server")
            << QVariantMap{{Keys::NtAccount, QString()}, {Keys::ExchangeServer, QString()}} << QStringList();
        QTest::newRow("certificate credential requires a certificate file")
            << QVariantMap{{Keys::GraphCredentialKind, Choices::CredentialCertificate},
                           {Keys::GraphCertificateFile, QString()}}
            << QStringList{Keys::GraphCertificateFile};
        QTest::newRow("certificate credential with a missing certificate file is refused")
            << QVariantMap{{Keys::GraphCredentialKind, Choices::CredentialCertificate},
                           {Keys::GraphCertificateFile, u("/nonexistent/cxsync/client.pfx")}}
            << QStringList{Keys::GraphCertificateFile};
        QTest::newRow("certificate credential with an existing certificate file is accepted")
            << QVariantMap{{Keys::GraphCredentialKind, Choices::CredentialCertificate},
                           {Keys::GraphCertificateFile, kExistingFileToken}}
            << QStringList();
        QTest::newRow("certificate file that is a folder is refused")
            << QVariantMap{{Keys::GraphCredentialKind, Choices::CredentialCertificate},
                           {Keys::GraphCertificateFile, kFolderToken}}
            << QStringList{Keys::GraphCertificateFile};
        QTest::newRow("secret credential does not need a certificate file")
            << QVariantMap{{Keys::GraphCredentialKind, Choices::CredentialSecret},
                           {Keys::GraphCertificateFile, QString()}}
            << QStringList();

        QTest::newRow("EWS with a primary server and NT account is accepted") << ews << QStringList();
        QTest::newRow("EWS with only an EWS URL and NT account is accepted")
            << plus(ews, {{Keys::ExchangeServer, QString()},
                          {Keys::EwsUrl, u("https://mail.contoso.com/EWS/Exchange.asmx")}})
            << QStringList();
        QTest::newRow("EWS without primary server or EWS URL is refused")
            << plus(ews, {{Keys::ExchangeServer, QString()}, {Keys::EwsUrl, QString()}})
            << QStringList{Keys::ExchangeServer};
        QTest::newRow("EWS requires an NT account")
            << plus(ews, {{Keys::NtAccount, QString()}}) << QStringList{Keys::NtAccount};
        QTest::newRow("EWS accepts a mailbox alias as the Exchange account")
            << plus(ews, {{Keys::ExchangeAccount, u("crmsync")}}) << QStringList();
        QTest::newRow("EWS does not need the Graph tenant or client id")
            << plus(ews, {{Keys::GraphTenant, QString()}, {Keys::GraphClientId, QString()}}) << QStringList();

        QTest::newRow("SMTP server requires a sender address")
            << QVariantMap{{Keys::SmtpHost, u("smtp.contoso.com")}, {Keys::SmtpSender, QString()}}
            << QStringList{Keys::SmtpSender};
        QTest::newRow("SMTP server with a sender address is accepted")
            << QVariantMap{{Keys::SmtpHost, u("smtp.contoso.com:25")},
                           {Keys::SmtpSender, u("crm-sync@contoso.com")}}
            << QStringList();
        QTest::newRow("SMTP user requires an SMTP server")
            << QVariantMap{{Keys::SmtpUser, u("crm-sync")}, {Keys::SmtpHost, QString()}}
            << QStringList{Keys::SmtpHost};

        QTest::newRow("a malformed value is reported against its key")
            << QVariantMap{{Keys::PollInterval, 4}} << QStringList{Keys::PollInterval};
        QTest::newRow("a bool key holding text is reported against its key")
            << QVariantMap{{Keys::CopyReminders, u("maybe")}} << QStringList{Keys::CopyReminders};
        QTest::newRow("an int key holding text is reported against its key")
            << QVariantMap{{Keys::SmtpPort, u("abc")}} << QStringList{Keys::SmtpPort};
        QTest::newRow("two malformed values are both reported")
            << QVariantMap{{Keys::CrmServer, u("crm.example.com:0")}, {Keys::ErrorEmail, u("admin")}}
            << QStringList{Keys::CrmServer, Keys::ErrorEmail};
        QTest::newRow("a missing key is reported as missing")
            << QVariantMap{{Keys::PollInterval, QVariant()}} << QStringList{Keys::PollInterval};
        QTest::newRow("an unknown key is reported by name")
            << QVariantMap{{u("crm/sever"), u("crm.example.com")}} << QStringList{u("crm/sever")};
    }

    void validatorRules()
    {
        QFETCH(QVariantMap, changes);
        QFETCH(QStringList, fields);

        const ValidationIssues issues = SettingsValidator::validate(withChanges(changes));
        QCOMPARE(fieldsOf(issues), fields);
        for (const ValidationIssue &issue : issues) {
            QVERIFY2(!issue.field.isEmpty(), qPrintable(describe(issues)));
            // Every message names the setting in the control panel's words.
            QVERIFY2(issue.message.contains(SettingsSchema::label(issue.field)),
                     qPrintable(describe(issues)));
        }
    }

    void validatorSecretInputs_data()
    {
        QTest::addColumn<QString>("ntPassword");
        QTest::addColumn<bool>("confirmed"); // the panel's Re-enter Password field was shown
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<QString>("crmPassword");
        QTest::addColumn<QStringList>("fields");

        QTest::newRow("re-entered NT password that matches is accepted")
            << u("Pa55 word") << true << u("Pa55 word") << QString() << QStringList();
        QTest::newRow("re-entered NT password that differs names secret/nt-password-confirm")
            << u("Pa55 word") << true << u("Pa55 w0rd") << QString() << QStringList{kNtPasswordConfirmField};
        QTest::newRow("re-entered NT password differing only in case is a mismatch")
            << u("secret") << true << u("Secret") << QString() << QStringList{kNtPasswordConfirmField};
        QTest::newRow("a re-entered password without the password is a mismatch")
            << QString() << true << u("Pa55 word") << QString() << QStringList{kNtPasswordConfirmField};
        QTest::newRow("both NT password fields left empty keep the stored password")
            << QString() << true << QString() << QString() << QStringList();
        QTest::newRow("without a re-enter field (the CLI) nothing is compared")
            << u("Pa55 word") << false << QString() << QString() << QStringList();
        QTest::newRow("a password with a line break is refused naming its secret")
            << QString() << false << QString() << u("line1\nline2") << QStringList{u("secret/crm-password")};
        QTest::newRow("a password with a carriage return is refused naming its secret")
            << QString() << false << QString() << u("hunter2\r") << QStringList{u("secret/crm-password")};
    }

    void validatorSecretInputs()
    {
        QFETCH(QString, ntPassword);
        QFETCH(bool, confirmed);
        QFETCH(QString, confirmation);
        QFETCH(QString, crmPassword);
        QFETCH(QStringList, fields);

        SecretInputs inputs;
        if (!ntPassword.isEmpty())
            inputs.values.insert(Secret::NtPassword, ntPassword);
        if (!crmPassword.isEmpty())
            inputs.values.insert(Secret::CrmPassword, crmPassword);
        if (confirmed)
            inputs.ntPasswordConfirmation = confirmation;
        const ValidationIssues issues = SettingsValidator::validate(validConfig(), inputs);
        QCOMPARE(fieldsOf(issues), fields);
        for (const ValidationIssue &issue : issues) {
            QVERIFY(!issue.message.isEmpty());
            // The typed password never appears in a message.
            if (!ntPassword.isEmpty())
                QVERIFY2(!issue.message.contains(ntPassword), qPrintable(issue.message));
            if (!confirmation.isEmpty())
                QVERIFY2(!issue.message.contains(confirmation), qPrintable(issue.message));
            if (!crmPassword.isEmpty())
                QVERIFY2(!issue.message.contains(crmPassword.trimmed()), qPrintable(issue.message));
        }
    }

    void secretFieldNames()
    {
        QCOMPARE(secretField(Secret::NtPassword), u("secret/nt-password"));
        QCOMPARE(secretField(Secret::CrmPassword), u("secret/crm-password"));
        QCOMPARE(kNtPasswordConfirmField, u("secret/nt-password-confirm"));
    }

    // ---- Settings: INI round trip ----------------------------------------------------------------------

    void saveAndReopenKeepsEveryValue()
    {
        SettingsValues config = validConfig();
        config[Keys::Role] = Choices::RoleExchange;
        config[Keys::JournalPath] = m_dir->filePath(u("journal.sqlite"));
        config[Keys::CrmServer] = u("crm.example.com:8443");
        config[Keys::CrmUser] = u("José Núñez");
        config[Keys::CrmRestUrl] = u("https://crm.example.com/sdata/crmj/sagecrm/-/");
        config[Keys::NtAccount] = u("CONTOSO\\svc-crm");
        config[Keys::CopyReminders] = false;
        config[Keys::DiagnosticMode] = true;
        config[Keys::PollInterval] = 300;
        config[Keys::WindowPastDays] = 0;
        config[Keys::TimeZone] = u("5,75");
        config[Keys::SmtpHost] = u("smtp.contoso.com");
        config[Keys::SmtpPort] = 25;
        config[Keys::SmtpTlsMode] = u("none");
        config[Keys::SmtpSender] = u("crm-sync@contoso.com");
        config[Keys::SmtpUser] = u("crm-sync; \"quoted\" = #not a comment");
        config[Keys::ListenerBind] = u("::");
        config[Keys::ListenerPublicUrl] = u("https://sync.contoso.com/notify?tenant=a,b");
        config[Keys::DataDir] = m_dir->filePath(u("data"));

        {
            OPEN_SETTINGS(settings, m_ini);
            QVERIFY(!settings->isNativeStore());
            QCOMPARE(settings->location(), m_ini);
            const ValidationIssues issues = settings->save(config);
            QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        }
        OPEN_SETTINGS(reopened, m_ini);
        const SettingsValues stored = reopened->values();
        for (auto it = config.cbegin(); it != config.cend(); ++it) {
            QVERIFY2(stored.value(it.key()) == it.value(),
                     qPrintable(it.key() + QStringLiteral(": stored ") + stored.value(it.key()).toString() +
                                QStringLiteral(", saved ") + it.value().toString()));
            QCOMPARE(stored.value(it.key()).typeId(), it.value().typeId());
        }
        QCOMPARE(stored, config);
        QVERIFY2(reopened->validate().isEmpty(), qPrintable(describe(reopened->validate())));
        QVERIFY(reopened->unknownKeys().isEmpty());
        QCOMPARE(reopened->pollIntervalSeconds(), 300);
        QVERIFY(reopened->onExchangeServer());
        QVERIFY(reopened->usesGraph());
        QVERIFY(reopened->diagnosticMode());
        QCOMPARE(reopened->crmTimeZone().offsetSeconds(), 20700);
    }

    void boolsAreStoredAsTrueFalse()
    {
        SettingsValues config = validConfig();
        config[Keys::CopyReminders] = false;
        config[Keys::DiagnosticMode] = true;
        {
            OPEN_SETTINGS(settings, m_ini);
            const ValidationIssues issues = settings->save(config);
            QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        }
        const QByteArray ini = readBytes(m_ini);
        QVERIFY2(ini.contains("\ncopyReminders=false\n"), ini.constData());
        QVERIFY2(ini.contains("\ndiagnosticMode=true\n"), ini.constData());

        // Values typed as yes/1/off are stored in the same words.
        {
            OPEN_SETTINGS(settings, m_ini);
            QVERIFY(settings->set(Keys::CopyReminders, u("yes")).ok());
            QVERIFY(settings->set(Keys::DiagnosticMode, u("0")).ok());
            QVERIFY(settings->set(Keys::CreateCrmUsers, u("ON")).ok());
        }
        QSettings raw(m_ini, QSettings::IniFormat);
        QCOMPARE(raw.value(Keys::CopyReminders), QVariant(u("true")));
        QCOMPARE(raw.value(Keys::DiagnosticMode), QVariant(u("false")));
        QCOMPARE(raw.value(Keys::CreateCrmUsers), QVariant(u("true")));
    }

    void refusedSaveWritesNothing_data()
    {
        QTest::addColumn<QVariantMap>("changes");
        QTest::addColumn<QString>("field");

        QTest::newRow("poll interval 4 is refused and nothing is written")
            << QVariantMap{{Keys::PollInterval, 4}, {Keys::CrmServer, u("new.example.com")}}
            << Keys::PollInterval;
        QTest::newRow("missing tenant is refused and nothing is written")
            << QVariantMap{{Keys::GraphTenant, QString()}, {Keys::CrmServer, u("new.example.com")}}
            << Keys::GraphTenant;
        QTest::newRow("Create CRM Users on the Exchange role is refused and nothing is written")
            << QVariantMap{{Keys::Role, Choices::RoleExchange},
                           {Keys::JournalPath, kIniDirToken + u("/journal.sqlite")},
                           {Keys::CreateCrmUsers, true}}
            << Keys::CreateCrmUsers;
        QTest::newRow("an unknown key in the form is refused and nothing is written")
            << QVariantMap{{u("crm/sever"), u("x")}, {Keys::CrmServer, u("new.example.com")}}
            << u("crm/sever");
    }

    void refusedSaveWritesNothing()
    {
        QFETCH(QVariantMap, changes);
        QFETCH(QString, field);

        const SettingsValues good = validConfig();
        OPEN_SETTINGS(settings, m_ini);
        const ValidationIssues saved = settings->save(good);
        QVERIFY2(saved.isEmpty(), qPrintable(describe(saved)));
        const QByteArray before = readBytes(m_ini);
        QVERIFY(!before.isEmpty());

        const ValidationIssues issues = settings->save(withChanges(changes));
        QVERIFY2(fieldsOf(issues).contains(field), qPrintable(describe(issues)));
        QCOMPARE(readBytes(m_ini), before);
        QCOMPARE(settings->values(), good);
        settings.reset(); // QSettings writes pending changes on destruction: there must be none
        QCOMPARE(readBytes(m_ini), before);
        OPEN_SETTINGS(reopened, m_ini);
        QCOMPARE(reopened->values(), good);
    }

    void refusedFirstSaveCreatesNoFile()
    {
        {
            OPEN_SETTINGS(settings, m_ini);
            const ValidationIssues issues = settings->save(withChanges({{Keys::ErrorEmail, u("admin")}}));
            QCOMPARE(fieldsOf(issues), QStringList{Keys::ErrorEmail});
        }
        QVERIFY(!QFile::exists(m_ini));
    }

    void setRefusesBadValueAndKeepsOld_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("good");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QVariant>("expected");

        QTest::newRow("poll interval 4 after 120 keeps 120")
            << Keys::PollInterval << u("120") << u("4") << QVariant(120);
        QTest::newRow("poll interval abc after 120 keeps 120")
            << Keys::PollInterval << u("120") << u("abc") << QVariant(120);
        QTest::newRow("CRM server with port 0 keeps the old server")
            << Keys::CrmServer << u("crm.example.com") << u("crm.example.com:0")
            << QVariant(u("crm.example.com"));
        QTest::newRow("plain http REST URL keeps the old https one")
            << Keys::CrmRestUrl << u("https://crm.example.com/sdata") << u("http://crm.example.com/sdata")
            << QVariant(u("https://crm.example.com/sdata"));
        QTest::newRow("copy reminders maybe keeps no")
            << Keys::CopyReminders << u("no") << u("maybe") << QVariant(false);
        QTest::newRow("role both keeps exchange")
            << Keys::Role << u("exchange") << u("both") << QVariant(Choices::RoleExchange);
    }

    void setRefusesBadValueAndKeepsOld()
    {
        QFETCH(QString, key);
        QFETCH(QString, good);
        QFETCH(QString, bad);
        QFETCH(QVariant, expected);

        OPEN_SETTINGS(settings, m_ini);
        const Status first = settings->set(key, good);
        QVERIFY2(first.ok(), qPrintable(messageOf(first)));
        const QByteArray before = readBytes(m_ini);

        const Status second = settings->set(key, bad);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, ErrorKind::Invalid);
        QCOMPARE(second.error().field, key);
        QCOMPARE(settings->value(key), expected);
        QCOMPARE(readBytes(m_ini), before);
        settings.reset();
        OPEN_SETTINGS(reopened, m_ini);
        QCOMPARE(reopened->value(key), expected);
    }

    void setRefusesUnknownAndInternalKeys()
    {
        OPEN_SETTINGS(settings, m_ini);
        const QString id = settings->profileId();

        const Status typo = settings->set(u("crm/sever"), u("crm.example.com"));
        QVERIFY(!typo.ok());
        QCOMPARE(typo.error().field, u("crm/sever"));
        QVERIFY2(typo.error().message.contains(u("crm/sever")), qPrintable(typo.error().message));

        // The profile id keys the keychain entries: it cannot be overwritten by hand.
        const Status internal = settings->set(u("meta/profileId"), u("someone-else"));
        QVERIFY(!internal.ok());
        QCOMPARE(internal.error().field, u("meta/profileId"));
        QCOMPARE(settings->profileId(), id);
        QVERIFY(!settings->set(ConfigMigration::kVersionKey, u("7")).ok());
        settings.reset();
        QCOMPARE(QSettings(m_ini, QSettings::IniFormat).value(ConfigMigration::kVersionKey).toInt(),
                 ConfigMigration::kCurrentVersion);
    }

    void unknownKeysReportsTypo()
    {
        QVERIFY(writeBytes(m_ini, "[meta]\nconfigVersion=1\nprofileId=6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b\n"
                                  "[crm]\nserver=crm.example.com\nsever=crm2.example.com\n"));
        OPEN_SETTINGS(settings, m_ini);
        QCOMPARE(settings->unknownKeys(), QStringList{u("crm/sever")});
        QCOMPARE(settings->value(Keys::CrmServer), QVariant(u("crm.example.com")));
        bool reported = false;
        for (const ValidationIssue &issue : settings->validate()) {
            if (issue.field == u("crm/sever")) {
                reported = true;
                QVERIFY2(issue.message.contains(u("crm/sever")), qPrintable(issue.message));
                QVERIFY2(issue.message.contains(m_ini), qPrintable(issue.message));
            }
        }
        QVERIFY2(reported, qPrintable(describe(settings->validate())));
    }

    void handEditedInvalidValueIsReported_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("key");

        QTest::newRow("poll=abc is reported naming the poll interval")
            << QByteArray("[sync]\npollIntervalSeconds=abc\n") << Keys::PollInterval;
        QTest::newRow("poll interval 4 is reported naming the poll interval")
            << QByteArray("[sync]\npollIntervalSeconds=4\n") << Keys::PollInterval;
        QTest::newRow("copy reminders maybe is reported")
            << QByteArray("[options]\ncopyReminders=maybe\n") << Keys::CopyReminders;
        QTest::newRow("role both is reported") << QByteArray("[server]\nrole=both\n") << Keys::Role;
        QTest::newRow("plain http REST URL to a remote host is reported")
            << QByteArray("[crm]\nrestUrl=http://crm.example.com/sdata\n") << Keys::CrmRestUrl;
        QTest::newRow("unknown time zone is reported")
            << QByteArray("[sync]\ntimeZone=Mars/Olympus\n") << Keys::TimeZone;
        QTest::newRow("relative journal path is reported")
            << QByteArray("[store]\njournalPath=journal.sqlite\n") << Keys::JournalPath;
        // QSettings reads "\s" as an escape, so the account is not what was typed; it must not pass silently.
        QTest::newRow("NT account typed with a single backslash is reported")
            << QByteArray("[nt]\naccount=CONTOSO\\svc-crm\n") << Keys::NtAccount;
    }

    void handEditedInvalidValueIsReported()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, key);

        QVERIFY(writeBytes(m_ini, ini));
        OPEN_SETTINGS(settings, m_ini);
        const ValidationIssues issues = settings->validate();
        bool named = false;
        for (const ValidationIssue &issue : issues) {
            if (issue.field == key) {
                named = true;
                QVERIFY2(issue.message.contains(SettingsSchema::label(key)), qPrintable(issue.message));
            }
        }
        QVERIFY2(named, qPrintable(describe(issues)));
    }

    void handEditedValuesWithCommasAreReadWhole_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");

        QTest::newRow("time zone 5,75 typed by hand is read as 5,75")
            << QByteArray("[sync]\ntimeZone=5,75\n") << Keys::TimeZone << u("5,75");
        QTest::newRow("URL with a comma typed by hand is read whole")
            << QByteArray("[listener]\npublicUrl=https://sync.contoso.com/notify?tenant=a,b\n")
            << Keys::ListenerPublicUrl << u("https://sync.contoso.com/notify?tenant=a,b");
    }

    void handEditedValuesWithCommasAreReadWhole()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, key);
        QFETCH(QString, expected);

        QVERIFY(writeBytes(m_ini, ini));
        OPEN_SETTINGS(settings, m_ini);
        QCOMPARE(settings->value(key), QVariant(expected));
        QCOMPARE(settings->values().value(key), QVariant(expected));
    }

    void handEditedDecimalCommaOffsetIsUsed()
    {
        QVERIFY(writeBytes(m_ini, "[sync]\ntimeZone=5,75\n"));
        OPEN_SETTINGS(settings, m_ini);
        QVERIFY(settings->crmTimeZone().isFixedOffset());
        QCOMPARE(settings->crmTimeZone().offsetSeconds(), 20700);
    }

    void invalidStoredValuesFallBackToDefaults()
    {
        QVERIFY(writeBytes(m_ini, "[sync]\npollIntervalSeconds=abc\ntimeZone=Mars/Olympus\n"
                                  "[server]\nrole=both\n[exchange]\nkind=owa\n"
                                  "[options]\ndiagnosticMode=maybe\n[paths]\ndataDir=relative/data\n"
                                  "[store]\njournalPath=journal.sqlite\n"));
        OPEN_SETTINGS(settings, m_ini);
        // The raw text comes back so that the admin sees what is wrong...
        QCOMPARE(settings->value(Keys::PollInterval), QVariant(u("abc")));
        // ...and the engine runs on defaults instead of the bad values.
        QCOMPARE(settings->pollIntervalSeconds(), 60);
        QVERIFY(!settings->onExchangeServer());
        QVERIFY(settings->usesGraph());
        QVERIFY(!settings->diagnosticMode());
        QVERIFY(!settings->crmTimeZone().isFixedOffset());
        QCOMPARE(settings->crmTimeZone().zone(), QTimeZone::systemTimeZone());
        QCOMPARE(settings->dataDirectory(), m_dir->filePath(u("cxsync-data")));
        QCOMPARE(settings->journalPath(), m_dir->filePath(u("cxsync-data/journal.sqlite")));
    }

    // ---- config migration ------------------------------------------------------------------------------

    void unversionedFileIsStampedOnOpen()
    {
        QVERIFY(writeBytes(m_ini, "[crm]\nserver=crm.example.com\n"));
        {
            OPEN_SETTINGS(settings, m_ini);
            QCOMPARE(settings->value(Keys::CrmServer), QVariant(u("crm.example.com")));
        }
        QSettings raw(m_ini, QSettings::IniFormat);
        QCOMPARE(raw.value(ConfigMigration::kVersionKey).toString(), u("1"));
        QCOMPARE(raw.value(Keys::CrmServer).toString(), u("crm.example.com"));
    }

    void migrateReportsThePreviousVersion()
    {
        QVERIFY(writeBytes(m_ini, "[crm]\nserver=crm.example.com\n"));
        QSettings store(m_ini, QSettings::IniFormat);
        const auto first = ConfigMigration::migrate(store);
        QVERIFY(first.ok());
        QCOMPARE(first.value(), 0);
        const auto second = ConfigMigration::migrate(store);
        QVERIFY(second.ok());
        QCOMPARE(second.value(), ConfigMigration::kCurrentVersion);
        QCOMPARE(store.value(Keys::CrmServer).toString(), u("crm.example.com"));
    }

    void newerConfigVersionIsRefused()
    {
        // The newer program's file is left alone.
        checkConfigVersionIsRefused("[meta]\nconfigVersion=99\n[crm]\nserver=crm.example.com\n",
                                    {u("99"), u("newer")});
    }

    void badConfigVersionIsRefused_data()
    {
        QTest::addColumn<QByteArray>("version");

        QTest::newRow("non-numeric version abc is refused") << QByteArray("abc");
        QTest::newRow("fractional version 1.5 is refused") << QByteArray("1.5");
        QTest::newRow("negative version -1 is refused") << QByteArray("-1");
    }

    void badConfigVersionIsRefused()
    {
        QFETCH(QByteArray, version);

        checkConfigVersionIsRefused("[meta]\nconfigVersion=" + version + "\n[crm]\nserver=crm.example.com\n",
                                    {QString::fromLatin1(version)});
    }

    void openRefusesAFolder()
    {
        const auto opened = Settings::open(m_dir->path());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().field, u("--config"));
        QVERIFY2(opened.error().message.contains(m_dir->path()), qPrintable(opened.error().message));
    }

    // ---- profile id and default paths -------------------------------------------------------------------

    void profileIdIsStableAcrossReopen()
    {
        QString id;
        {
            OPEN_SETTINGS(settings, m_ini);
            id = settings->profileId();
            QVERIFY(!QUuid::fromString(id).isNull());
            QCOMPARE(settings->profileId(), id);
        }
        {
            OPEN_SETTINGS(settings, m_ini);
            QCOMPARE(settings->profileId(), id);
            // Saving a whole configuration keeps it.
            QVERIFY(settings->save(validConfig()).isEmpty());
            QCOMPARE(settings->profileId(), id);
            QVERIFY(settings->unknownKeys().isEmpty());
        }
        OPEN_SETTINGS(reopened, m_ini);
        QCOMPARE(reopened->profileId(), id);

        // Another configuration on the same machine gets its own id (and so its own keychain entries).
        OPEN_SETTINGS(other, m_dir->filePath(u("other.ini")));
        QVERIFY(other->profileId() != id);
    }

    // Issue 19 part 2: the journal path is checked when it is set, imported or validated, before anything
    // opens (or changes the mode of) what is there.
    void journalPathIsCheckedBeforeAnythingTouchesIt_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("fragment"); // empty: accepted

        QTest::newRow("a new file in an existing folder is accepted") << u("new") << QString();
        QTest::newRow("an existing journal of ours is accepted") << u("journal") << QString();
        QTest::newRow("a text file (like /etc/passwd) is refused")
            << u("text") << u("not an SQLite database");
        QTest::newRow("an empty file is refused") << u("empty") << u("empty");
        QTest::newRow("a folder is refused") << u("folder") << u("is a folder");
        QTest::newRow("a path whose folder does not exist is refused")
            << u("no-parent") << u("does not exist");
        QTest::newRow("a symbolic link is refused") << u("symlink") << u("symbolic link");
        QTest::newRow("a FIFO is refused") << u("fifo") << u("not a regular file");
    }

    void journalPathIsCheckedBeforeAnythingTouchesIt()
    {
        QFETCH(QString, setup);
        QFETCH(QString, fragment);
        QString path = m_dir->filePath(u("journal.sqlite"));
        if (setup == u("journal")) {
            auto opened = Journal::open(path);
            QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
        } else if (setup == u("text")) {
            QVERIFY(writeBytes(path, "root:x:0:0:root:/root:/bin/bash\n"));
        } else if (setup == u("empty")) {
            QVERIFY(writeBytes(path, QByteArray()));
        } else if (setup == u("folder")) {
            QVERIFY(QDir(m_dir->path()).mkdir(u("journal.sqlite")));
        } else if (setup == u("no-parent")) {
            path = m_dir->filePath(u("not-yet/journal.sqlite"));
        } else if (setup == u("symlink")) {
            const QString real = m_dir->filePath(u("real.sqlite"));
            auto opened = Journal::open(real);
            QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
            QVERIFY(QFile::link(real, path));
        } else if (setup == u("fifo")) {
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        }
        if (setup == u("text") || setup == u("empty"))
            QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
        struct stat before {};
        const bool existed = ::lstat(QFile::encodeName(path).constData(), &before) == 0;

        // config validate, config import and the panel's Save
        const ValidationIssues issues = SettingsValidator::validate(withChanges({{Keys::JournalPath, path}}));
        // config set
        OPEN_SETTINGS(settings, m_ini);
        const Status set = settings->set(Keys::JournalPath, path);
        if (fragment.isEmpty()) {
            QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
            QVERIFY2(set.ok(), qPrintable(messageOf(set)));
            QCOMPARE(settings->journalPath(), path);
            return;
        }
        QCOMPARE(fieldsOf(issues), QStringList{Keys::JournalPath});
        QVERIFY2(issues.first().message.contains(fragment), qPrintable(describe(issues)));
        QVERIFY2(issues.first().message.contains(path), qPrintable(describe(issues)));
        QVERIFY(!set.ok());
        QCOMPARE(set.error().field, Keys::JournalPath);
        QVERIFY2(set.error().message.contains(Keys::JournalPath), qPrintable(set.error().message));
        QVERIFY2(set.error().message.contains(fragment), qPrintable(set.error().message));
        QVERIFY(!settings->isStored(Keys::JournalPath));
        struct stat after {};
        QCOMPARE(::lstat(QFile::encodeName(path).constData(), &after) == 0, existed);
        if (existed) {
            QCOMPARE(QString::number(after.st_mode, 8), QString::number(before.st_mode, 8));
            QCOMPARE(after.st_size, before.st_size);
        }
    }

    // Issue 19 part 6: a refusal for a value that is far too long names the limit, not the value.
    void tooLongValuesAreNotRepeatedInTheRefusal()
    {
        const QString huge = QString(100000, QLatin1Char('a')) + u("@contoso.com");
        const auto parsed = SettingsSchema::parse(Keys::ErrorEmail, huge);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.size() < 300, qPrintable(parsed.error().message.left(400)));
        QVERIFY(parsed.error().message.contains(u("254")));
        SettingsValues values = validConfig();
        values.insert(Keys::ErrorEmail, huge);
        const ValidationIssues issues = SettingsValidator::validate(values);
        QCOMPARE(fieldsOf(issues), QStringList{Keys::ErrorEmail});
        QVERIFY2(issues.first().message.size() < 300, qPrintable(issues.first().message.left(400)));
    }

    void defaultPathsBesideExplicitIni_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("dataDirectory");
        QTest::addColumn<QString>("journalPath");

        QTest::newRow("nothing configured: data folder and journal beside the INI file")
            << QByteArray() << kIniDirToken + u("/cxsync-data")
            << kIniDirToken + u("/cxsync-data/journal.sqlite");
        QTest::newRow("a configured data folder holds the journal")
            << QByteArray("[paths]\ndataDir=/srv/cxsync\n") << u("/srv/cxsync")
            << u("/srv/cxsync/journal.sqlite");
        QTest::newRow("a configured journal path wins over the data folder")
            << QByteArray("[paths]\ndataDir=/srv/cxsync\n[store]\njournalPath=/var/lib/cxsync/j.sqlite\n")
            << u("/srv/cxsync") << u("/var/lib/cxsync/j.sqlite");
        QTest::newRow("trailing slashes and dot segments are cleaned")
            << QByteArray(
                   "[paths]\ndataDir=/srv/./cxsync/\n[store]\njournalPath=/var/lib//cxsync/../j.sqlite\n")
            << u("/srv/cxsync") << u("/var/lib/j.sqlite");
    }

    void defaultPathsBesideExplicitIni()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, dataDirectory);
        QFETCH(QString, journalPath);

        QVERIFY(QDir().mkpath(m_dir->filePath(u("profile"))));
        m_ini = m_dir->filePath(u("profile/cxsync.ini"));
        if (!ini.isEmpty())
            QVERIFY(writeBytes(m_ini, ini));
        OPEN_SETTINGS(settings, m_ini);
        QCOMPARE(settings->dataDirectory(), resolveTokens(dataDirectory));
        QCOMPARE(settings->journalPath(), resolveTokens(journalPath));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
