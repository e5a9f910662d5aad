// Additional Exchange servers or tenants (seed chapter 5) in the engine, without a network: their settings
// groups (round trip, validation naming each server's own keys, one server per tenant, unknown sub-keys,
// removal), their secrets kept apart from the primary's (memory and layered stores, secrets files), and what
// Connections builds and routes from them.
#include "Clock.h"
#include "CoreTestSupport.h"
#include "config/LayeredSecretStore.h"
#include "config/MemorySecretStore.h"
#include "config/SecretsFile.h"
#include "config/Settings.h"
#include "config/SettingsSchema.h"
#include "config/SettingsValidator.h"
#include "connect/Connections.h"
#include "exchange/graph/GraphConnector.h"
#include "store/Journal.h"
#include "users/UserLinkStore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cxsync;
using namespace cxsync::testsupport;

namespace {

const QString kPrimaryTenant = QStringLiteral("contoso.onmicrosoft.com");
const QString kEmeaTenant = QStringLiteral("fabrikam.onmicrosoft.com");
const QString kApacTenant = QStringLiteral("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
const QString kEmeaClientId = QStringLiteral("0b9c8d7e-6f5a-4b3c-9d2e-1f0a9b8c7d6e");

// A complete, valid additional Exchange Online server (unprefixed keys, as Settings::serverValues() gives).
SettingsValues serverConfig(const QString &tenant = kEmeaTenant)
{
    SettingsValues v;
    for (const QString &key : SettingsSchema::serverKeys())
        v.insert(key, SettingsSchema::find(key)->defaultValue);
    v[Keys::ExchangeKind] = Choices::KindGraph;
    v[Keys::ExchangeAccount] = u("crm-sync@fabrikam.example");
    v[Keys::GraphTenant] = tenant;
    v[Keys::GraphClientId] = kEmeaClientId;
    v[Keys::GraphCredentialKind] = Choices::CredentialSecret;
    return v;
}

// Waits for a secret store's read (answers may come inside read() or later).
Result<QString> readSecret(SecretStore *store, Secret secret)
{
    if (!store)
        return makeError(ErrorKind::Unavailable, QStringLiteral("no store"));
    return await<QString>([&](auto done) { store->read(secret, done); }, 5000);
}

Status writeSecret(SecretStore *store, Secret secret, const QString &value)
{
    if (!store)
        return makeError(ErrorKind::Unavailable, QStringLiteral("no store"));
    const Result<bool> written = await<bool>(
        [&](auto done) {
            store->write(secret, value, [done](Status s) {
                if (s.ok())
                    done(true);
                else
                    done(s.error());
            });
        },
        5000);
    if (!written.ok())
        return written.error();
    return {};
}

// The value read, or "error:<kind>" (so that one QCOMPARE shows either).
QString shown(const Result<QString> &r)
{
    return r.ok() ? r.value() : QStringLiteral("error:") + errorKindName(r.error().kind);
}

const QString kNotFound = QStringLiteral("error:") + errorKindName(ErrorKind::NotFound);

} // namespace

class TestExchangeServers final : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
    SystemClock m_clock;

    // A profile whose primary Exchange server is the contoso tenant (the validConfig() fixture).
    std::unique_ptr<Settings> primaryProfile()
    {
        auto opened = Settings::open(m_ini);
        if (!opened.ok())
            return nullptr;
        std::unique_ptr<Settings> settings = std::move(opened).value();
        const ValidationIssues issues = settings->save(validConfig());
        if (!issues.isEmpty()) {
            qWarning("validConfig() does not save: %s", qPrintable(describe(issues)));
            return nullptr;
        }
        return settings;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ini = m_dir->filePath(QStringLiteral("profile.ini"));
    }

    // ---- settings

    void serverSettingsRoundTrip()
    {
        {
            std::unique_ptr<Settings> settings = primaryProfile();
            QVERIFY(settings);
            SettingsValues emea = serverConfig();
            emea[Keys::GraphAuthorityUrl] = u("http://127.0.0.1:8443");
            emea[Keys::GraphBaseUrl] = u("http://127.0.0.1:8444");
            const ValidationIssues issues = settings->saveServer(QStringLiteral("emea"), emea);
            QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        }
        // What is on disk: the server's own group, prefixed keys; the primary's keys untouched.
        {
            QSettings raw(m_ini, QSettings::IniFormat);
            QCOMPARE(raw.value(QStringLiteral("exchangeServers/emea/graph/tenantId")).toString(),
                     kEmeaTenant);
            QCOMPARE(raw.value(QStringLiteral("exchangeServers/emea/graph/clientId")).toString(),
                     kEmeaClientId);
            QCOMPARE(raw.value(QStringLiteral("exchangeServers/emea/exchange/kind")).toString(), u("graph"));
            QCOMPARE(raw.value(QStringLiteral("exchangeServers/emea/graph/authorityUrl")).toString(),
                     u("http://127.0.0.1:8443"));
            QCOMPARE(raw.value(QStringLiteral("graph/tenantId")).toString(), kPrimaryTenant);
        }
        // Read back by a fresh Settings, as the next run would.
        OPEN_SETTINGS(again, m_ini);
        QCOMPARE(again->additionalServers(), QStringList{u("emea")});
        const SettingsValues emea = again->serverValues(QStringLiteral("emea"));
        QCOMPARE(emea.value(Keys::GraphTenant).toString(), kEmeaTenant);
        QCOMPARE(emea.value(Keys::GraphClientId).toString(), kEmeaClientId);
        QCOMPARE(emea.value(Keys::ExchangeAccount).toString(), u("crm-sync@fabrikam.example"));
        QCOMPARE(emea.value(Keys::GraphCredentialKind).toString(), Choices::CredentialSecret);
        QCOMPARE(emea.value(Keys::GraphAuthorityUrl).toString(), u("http://127.0.0.1:8443"));
        QCOMPARE(emea.value(Keys::GraphBaseUrl).toString(), u("http://127.0.0.1:8444"));
        QCOMPARE(QSet<QString>(emea.keyBegin(), emea.keyEnd()),
                 QSet<QString>(SettingsSchema::serverKeys().cbegin(), SettingsSchema::serverKeys().cend()));
        // The primary's values (no server name) are the top-level ones.
        QCOMPARE(again->serverValues().value(Keys::GraphTenant).toString(), kPrimaryTenant);
        QCOMPARE(again->value(Keys::GraphTenant).toString(), kPrimaryTenant);
        QCOMPARE(again->value(SettingsSchema::serverKey(u("emea"), Keys::GraphTenant)).toString(),
                 kEmeaTenant);
        QVERIFY2(again->validate().isEmpty(), qPrintable(describe(again->validate())));
        QCOMPARE(again->unknownKeys(), QStringList());
        // The field's label names the server (what the panel and `config validate` show).
        QVERIFY2(SettingsSchema::label(u("exchangeServers/emea/graph/tenantId")).contains(u("emea")),
                 qPrintable(SettingsSchema::label(u("exchangeServers/emea/graph/tenantId"))));

        // An edit of one key keeps the others (the section is completed from what is stored).
        const ValidationIssues edit = again->saveServer(
            QStringLiteral("emea"), {{Keys::ExchangeAccount, u("calendar@fabrikam.example")}});
        QVERIFY2(edit.isEmpty(), qPrintable(describe(edit)));
        OPEN_SETTINGS(third, m_ini);
        QCOMPARE(third->serverValues(u("emea")).value(Keys::ExchangeAccount).toString(),
                 u("calendar@fabrikam.example"));
        QCOMPARE(third->serverValues(u("emea")).value(Keys::GraphTenant).toString(), kEmeaTenant);
        QCOMPARE(third->serverValues(u("emea")).value(Keys::GraphAuthorityUrl).toString(),
                 u("http://127.0.0.1:8443"));

        // One key at a time, as `cxsync config set exchangeServers/emea/graph/clientId ...` does.
        const QString otherClient = u("11111111-2222-4333-8444-555555555555");
        QVERIFY(third->set(u("exchangeServers/emea/graph/clientId"), otherClient).ok());
        const Status bad = third->set(u("exchangeServers/emea/graph/tenantId"), u("not a tenant!"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, u("exchangeServers/emea/graph/tenantId"));
        OPEN_SETTINGS(fourth, m_ini);
        QCOMPARE(fourth->serverValues(u("emea")).value(Keys::GraphClientId).toString(), otherClient);
        QCOMPARE(fourth->serverValues(u("emea")).value(Keys::GraphTenant).toString(), kEmeaTenant);
    }

    void validateServerNamesTheServersField_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("key");    // changed in serverConfig(); empty: none
        QTest::addColumn<QVariant>("value"); // invalid QVariant: the key is removed
        QTest::addColumn<QString>("field");  // the one field the issue must name

        QTest::newRow("missing client id → exchangeServers/emea/graph/clientId")
            << u("emea") << Keys::GraphClientId << QVariant(QString())
            << u("exchangeServers/emea/graph/clientId");
        QTest::newRow("client id not a GUID → exchangeServers/emea/graph/clientId")
            << u("emea") << Keys::GraphClientId << QVariant(u("my-app"))
            << u("exchangeServers/emea/graph/clientId");
        QTest::newRow("bad tenant → exchangeServers/emea/graph/tenantId")
            << u("emea") << Keys::GraphTenant << QVariant(u("not a tenant!"))
            << u("exchangeServers/emea/graph/tenantId");
        QTest::newRow("missing tenant → exchangeServers/apac/graph/tenantId")
            << u("apac") << Keys::GraphTenant << QVariant(QString())
            << u("exchangeServers/apac/graph/tenantId");
        QTest::newRow("missing account → exchangeServers/emea/exchange/account")
            << u("emea") << Keys::ExchangeAccount << QVariant(QString())
            << u("exchangeServers/emea/exchange/account");
        QTest::newRow("account not an address (Graph) → exchangeServers/emea/exchange/account")
            << u("emea") << Keys::ExchangeAccount << QVariant(u("crm-sync"))
            << u("exchangeServers/emea/exchange/account");
        QTest::newRow("certificate credential without a file → exchangeServers/emea/graph/certificateFile")
            << u("emea") << Keys::GraphCredentialKind << QVariant(Choices::CredentialCertificate)
            << u("exchangeServers/emea/graph/certificateFile");
        QTest::newRow("unknown kind → exchangeServers/emea/exchange/kind")
            << u("emea") << Keys::ExchangeKind << QVariant(u("imap"))
            << u("exchangeServers/emea/exchange/kind");
        QTest::newRow("plain http to a remote host → exchangeServers/emea/graph/baseUrl")
            << u("emea") << Keys::GraphBaseUrl << QVariant(u("http://graph.example.com"))
            << u("exchangeServers/emea/graph/baseUrl");
        QTest::newRow("a key that is not a server key → exchangeServers/emea/sync/timeZone")
            << u("emea") << Keys::TimeZone << QVariant(u("Europe/London"))
            << u("exchangeServers/emea/sync/timeZone");
        QTest::newRow("server name with a space → exchangeServers")
            << u("em ea") << QString() << QVariant() << Keys::ExchangeServersGroup;
        QTest::newRow("server name with a slash → exchangeServers")
            << u("emea/west") << QString() << QVariant() << Keys::ExchangeServersGroup;
        QTest::newRow("empty server name → exchangeServers")
            << QString() << QString() << QVariant() << Keys::ExchangeServersGroup;
        QTest::newRow("33-character server name → exchangeServers")
            << QString(33, QLatin1Char('a')) << QString() << QVariant() << Keys::ExchangeServersGroup;
    }
    void validateServerNamesTheServersField()
    {
        QFETCH(QString, server);
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QFETCH(QString, field);
        SettingsValues values = serverConfig();
        if (!key.isEmpty())
            values[key] = value;
        const ValidationIssues issues = SettingsValidator::validateServer(server, values);
        QCOMPARE(fieldsOf(issues), QStringList{field});
        for (const ValidationIssue &issue : issues)
            QVERIFY2(!issue.message.trimmed().isEmpty(), qPrintable(issue.field));

        // Settings::saveServer() refuses the same section with the same issue and writes nothing.
        std::unique_ptr<Settings> settings = primaryProfile();
        QVERIFY(settings);
        const QByteArray before = readBytes(m_ini);
        const ValidationIssues refused = settings->saveServer(server, values);
        QCOMPARE(fieldsOf(refused), QStringList{field});
        QCOMPARE(settings->additionalServers(), QStringList());
        QCOMPARE(readBytes(m_ini), before);
    }

    void validServerSectionsPass_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("tenant");
        QTest::newRow("domain tenant, lower-case name") << u("emea") << kEmeaTenant;
        QTest::newRow("GUID tenant, digits, '-' and '_' in the name") << u("AP_ac-2") << kApacTenant;
        QTest::newRow("32-character name") << QString(32, QLatin1Char('x')) << kEmeaTenant;
    }
    void validServerSectionsPass()
    {
        QFETCH(QString, server);
        QFETCH(QString, tenant);
        const ValidationIssues issues = SettingsValidator::validateServer(server, serverConfig(tenant));
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        QCOMPARE(SettingsValidator::serverIdentity(serverConfig(tenant)), u("graph:") + tenant);
        std::unique_ptr<Settings> settings = primaryProfile();
        QVERIFY(settings);
        const ValidationIssues saved = settings->saveServer(server, serverConfig(tenant));
        QVERIFY2(saved.isEmpty(), qPrintable(describe(saved)));
        QCOMPARE(settings->additionalServers(), QStringList{server});
        QVERIFY2(settings->validate().isEmpty(), qPrintable(describe(settings->validate())));
    }

    void oneServerPerTenant()
    {
        std::unique_ptr<Settings> settings = primaryProfile();
        QVERIFY(settings);
        // The primary's tenant again, in any letter case.
        for (const QString &tenant : {kPrimaryTenant, kPrimaryTenant.toUpper()}) {
            const ValidationIssues issues = settings->saveServer(u("emea"), serverConfig(tenant));
            QCOMPARE(fieldsOf(issues), QStringList{u("exchangeServers/emea/graph/tenantId")});
            QVERIFY2(issues.first().message.contains(u("primary")), qPrintable(describe(issues)));
            QCOMPARE(settings->additionalServers(), QStringList());
        }
        // Two additional servers for one tenant: the second is refused, naming the first.
        QVERIFY(settings->saveServer(u("emea"), serverConfig(kEmeaTenant)).isEmpty());
        const ValidationIssues twice = settings->saveServer(u("apac"), serverConfig(kEmeaTenant));
        QCOMPARE(fieldsOf(twice), QStringList{u("exchangeServers/apac/graph/tenantId")});
        QVERIFY2(twice.first().message.contains(u("emea")), qPrintable(describe(twice)));
        QCOMPARE(settings->additionalServers(), QStringList{u("emea")});
        // Saving a server again with its own tenant is an edit, not a clash.
        QVERIFY2(settings->saveServer(u("emea"), serverConfig(kEmeaTenant)).isEmpty(),
                 qPrintable(describe(settings->saveServer(u("emea"), serverConfig(kEmeaTenant)))));
        QVERIFY(settings->saveServer(u("apac"), serverConfig(kApacTenant)).isEmpty());
        QCOMPARE(settings->additionalServers(), (QStringList{u("apac"), u("emea")}));
        // Moving apac onto emea's tenant by an edit is refused too, and apac keeps its tenant.
        const ValidationIssues moved = settings->saveServer(u("apac"), {{Keys::GraphTenant, kEmeaTenant}});
        QCOMPARE(fieldsOf(moved), QStringList{u("exchangeServers/apac/graph/tenantId")});
        QCOMPARE(settings->serverValues(u("apac")).value(Keys::GraphTenant).toString(), kApacTenant);
        // A server name differing only in letter case is the same name to an admin (and to the Windows
        // registry): it may not bring emea's tenant in a second time.
        const ValidationIssues cased = settings->saveServer(u("EMEA"), serverConfig(kEmeaTenant));
        QVERIFY2(!cased.isEmpty(), "a second section 'EMEA' for emea's tenant was accepted");
        QCOMPARE(fieldsOf(cased), QStringList{u("exchangeServers/EMEA/graph/tenantId")});
        QCOMPARE(settings->additionalServers(), (QStringList{u("apac"), u("emea")}));
        {
            // The same typed into an INI file by hand: validate() names it (both sections, each clashing
            // with the other), so no run starts with one tenant twice.
            QTemporaryDir other;
            const QString ini = other.filePath(u("cased.ini"));
            QVERIFY(QFile::copy(m_ini, ini));
            QSettings raw(ini, QSettings::IniFormat);
            for (const QString &key : SettingsSchema::serverKeys()) {
                const QString from = SettingsSchema::serverKey(u("emea"), key);
                if (raw.contains(from))
                    raw.setValue(SettingsSchema::serverKey(u("EMEA"), key), raw.value(from));
            }
            raw.sync();
            OPEN_SETTINGS(cloned, ini);
            QCOMPARE(cloned->additionalServers().size(), 3);
            const QStringList fields = fieldsOf(cloned->validate());
            QVERIFY2(fields.contains(u("exchangeServers/EMEA/graph/tenantId")),
                     qPrintable(fields.join(u(", "))));
        }

        // The primary may not move onto an additional server's tenant either.
        SettingsValues primary = settings->values();
        primary[Keys::GraphTenant] = kEmeaTenant;
        const ValidationIssues primaryMoved = settings->save(primary);
        QCOMPARE(fieldsOf(primaryMoved), QStringList{Keys::GraphTenant});
        QCOMPARE(settings->value(Keys::GraphTenant).toString(), kPrimaryTenant);

        // A clash typed into the file by hand is found by validate(), and no run starts with it.
        {
            QSettings raw(m_ini, QSettings::IniFormat);
            raw.setValue(u("exchangeServers/apac/graph/tenantId"), kPrimaryTenant);
        }
        OPEN_SETTINGS(edited, m_ini);
        const ValidationIssues found = edited->validate();
        QVERIFY2(fieldsOf(found).contains(u("exchangeServers/apac/graph/tenantId")),
                 qPrintable(describe(found)));
        const auto made = Connections::create(*edited, ConnectionSecrets{u("c"), u("p"), {}, {}, {}}, &m_clock);
        QVERIFY(!made.ok());
        QCOMPARE(made.error().kind, ErrorKind::Invalid);
        QCOMPARE(made.error().field, u("exchangeServers/apac/graph/tenantId"));
    }

    void unknownSubKeysAreFlagged()
    {
        std::unique_ptr<Settings> settings = primaryProfile();
        QVERIFY(settings);
        QVERIFY(settings->saveServer(u("emea"), serverConfig()).isEmpty());
        {
            QSettings raw(m_ini, QSettings::IniFormat);
            raw.setValue(u("exchangeServers/emea/graph/tenantID"), kApacTenant); // misspelled
            raw.setValue(u("exchangeServers/emea/sync/timeZone"), u("UTC"));     // not a server key
        }
        OPEN_SETTINGS(edited, m_ini);
        QStringList unknown = edited->unknownKeys();
        unknown.sort();
        QCOMPARE(unknown, (QStringList{u("exchangeServers/emea/graph/tenantID"),
                                       u("exchangeServers/emea/sync/timeZone")}));
        const QStringList fields = fieldsOf(edited->validate());
        QVERIFY2(fields.contains(u("exchangeServers/emea/graph/tenantID")), qPrintable(fields.join(u(", "))));
        QVERIFY2(fields.contains(u("exchangeServers/emea/sync/timeZone")), qPrintable(fields.join(u(", "))));
        // The misspelled key is not read as the tenant.
        QCOMPARE(edited->serverValues(u("emea")).value(Keys::GraphTenant).toString(), kEmeaTenant);
        QVERIFY(!SettingsSchema::splitServerKey(u("exchangeServers/emea/graph/tenantID")));
        QVERIFY(!SettingsSchema::find(u("exchangeServers/emea/sync/timeZone")));
        const auto parts = SettingsSchema::splitServerKey(u("exchangeServers/emea/graph/tenantId"));
        QVERIFY(parts);
        QCOMPARE(parts->server, u("emea"));
        QCOMPARE(parts->key, Keys::GraphTenant);
        // `config set` refuses them as unknown.
        QVERIFY(!edited->set(u("exchangeServers/emea/graph/tenantID"), kApacTenant).ok());
        QVERIFY(!edited->set(u("exchangeServers/bad name/graph/tenantId"), kApacTenant).ok());
    }

    void removeServer()
    {
        {
            std::unique_ptr<Settings> settings = primaryProfile();
            QVERIFY(settings);
            QVERIFY(settings->saveServer(u("emea"), serverConfig(kEmeaTenant)).isEmpty());
            QVERIFY(settings->saveServer(u("apac"), serverConfig(kApacTenant)).isEmpty());
            QVERIFY(settings->removeServer(u("emea")).ok());
            QCOMPARE(settings->additionalServers(), QStringList{u("apac")});
            const Status again = settings->removeServer(u("emea"));
            QVERIFY(!again.ok());
            QCOMPARE(again.error().kind, ErrorKind::NotFound);
            QVERIFY(!settings->removeServer(u("nowhere")).ok());
        }
        QSettings raw(m_ini, QSettings::IniFormat);
        for (const QString &key : raw.allKeys())
            QVERIFY2(!key.startsWith(u("exchangeServers/emea")), qPrintable(key));
        QCOMPARE(raw.value(u("exchangeServers/apac/graph/tenantId")).toString(), kApacTenant);
        QCOMPARE(raw.value(u("graph/tenantId")).toString(), kPrimaryTenant);
        OPEN_SETTINGS(reopened, m_ini);
        QCOMPARE(reopened->additionalServers(), QStringList{u("apac")});
        QVERIFY2(reopened->validate().isEmpty(), qPrintable(describe(reopened->validate())));
        // emea's tenant is free again.
        QVERIFY(reopened->saveServer(u("emea2"), serverConfig(kEmeaTenant)).isEmpty());
    }

    // ---- secrets

    void memoryStoreKeepsServersApart()
    {
        MemorySecretStore store;
        QVERIFY(writeSecret(&store, Secret::GraphClientSecret, u("primary-secret")).ok());
        SecretStore *emea = store.forServer(u("emea"));
        QVERIFY(emea);
        QCOMPARE(store.forServer(u("emea")), emea); // one store per server, kept
        QVERIFY(writeSecret(emea, Secret::GraphClientSecret, u("emea-secret")).ok());
        QCOMPARE(shown(readSecret(&store, Secret::GraphClientSecret)), u("primary-secret"));
        QCOMPARE(shown(readSecret(emea, Secret::GraphClientSecret)), u("emea-secret"));
        // Another server has none, and does not fall back to the primary's.
        const Result<QString> apac = readSecret(store.forServer(u("apac")), Secret::GraphClientSecret);
        QVERIFY(!apac.ok());
        QCOMPARE(apac.error().kind, ErrorKind::NotFound);
        // A server's secret is not the primary's either.
        QVERIFY(writeSecret(emea, Secret::GraphCertificatePassword, u("emea-cert")).ok());
        QCOMPARE(shown(readSecret(&store, Secret::GraphCertificatePassword)), kNotFound);
        // Removing one leaves the other.
        QVERIFY(await<bool>([&](auto done) {
                    emea->remove(Secret::GraphClientSecret, [done](Status) { done(true); });
                }).ok());
        QCOMPARE(shown(readSecret(emea, Secret::GraphClientSecret)), kNotFound);
        QCOMPARE(shown(readSecret(&store, Secret::GraphClientSecret)), u("primary-secret"));
    }

    void layeredStoreKeepsServersApart()
    {
        // The keychain behind: a memory store with its own per-server stores.
        MemorySecretStore keychain;
        QVERIFY(writeSecret(&keychain, Secret::GraphClientSecret, u("kc-primary")).ok());
        QVERIFY(writeSecret(keychain.forServer(u("emea")), Secret::GraphClientSecret, u("kc-emea")).ok());
        QVERIFY(writeSecret(keychain.forServer(u("apac")), Secret::GraphClientSecret, u("kc-apac")).ok());

        LayeredSecretStore layered(&keychain);
        layered.setOverrides({{Secret::GraphClientSecret, u("run-primary")}});
        layered.setServerOverrides({{u("emea"), {{Secret::GraphClientSecret, u("run-emea")}}}});
        // Overrides handed in for this run win, each for its own server.
        QCOMPARE(shown(readSecret(&layered, Secret::GraphClientSecret)), u("run-primary"));
        QCOMPARE(shown(readSecret(layered.forServer(u("emea")), Secret::GraphClientSecret)), u("run-emea"));
        // A server without an override reads its own keychain entry, not the primary's override.
        QCOMPARE(shown(readSecret(layered.forServer(u("apac")), Secret::GraphClientSecret)), u("kc-apac"));
        // A server the keychain knows nothing of: not found (never the primary's value).
        const Result<QString> none = readSecret(layered.forServer(u("latam")), Secret::GraphClientSecret);
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, ErrorKind::NotFound);

        // Writes through a server's layered store land in that server's keychain entry only.
        QVERIFY(writeSecret(layered.forServer(u("latam")), Secret::GraphClientSecret, u("new-latam")).ok());
        QCOMPARE(shown(readSecret(keychain.forServer(u("latam")), Secret::GraphClientSecret)),
                 u("new-latam"));
        QCOMPARE(shown(readSecret(&keychain, Secret::GraphClientSecret)), u("kc-primary"));
        QCOMPARE(shown(readSecret(keychain.forServer(u("emea")), Secret::GraphClientSecret)), u("kc-emea"));
    }

    void layeredStoreWithoutKeychainKeepsServerSecretsForTheSession()
    {
        LayeredSecretStore layered(nullptr);
        layered.setSessionFallback(true);
        QSignalSpy unavailable(&layered, &LayeredSecretStore::keychainUnavailable);
        QVERIFY(writeSecret(layered.forServer(u("emea")), Secret::GraphClientSecret, u("session-emea")).ok());
        QCOMPARE(unavailable.size(), 1); // the panel says so, whichever server's secret it was
        QCOMPARE(shown(readSecret(layered.forServer(u("emea")), Secret::GraphClientSecret)),
                 u("session-emea"));
        QCOMPARE(shown(readSecret(&layered, Secret::GraphClientSecret)), kNotFound);
        // Without the fallback (the CLI) the write fails instead of pretending.
        LayeredSecretStore cli(nullptr);
        QVERIFY(!writeSecret(cli.forServer(u("emea")), Secret::GraphClientSecret, u("x")).ok());
    }

    void secretsFileServerLines()
    {
        const QByteArray text = "# headless secrets\n"
                                "crm-password=crm-pw\n"
                                "graph-client-secret=primary=secret\n"
                                "graph-client-secret@emea=emea secret=with=equals\n"
                                "graph-certificate-password@AP_ac-2= spaced \n";
        SecretsFile::ServerValues servers;
        const auto parsed = SecretsFile::parse(text, u("secrets"), &servers);
        QVERIFY2(parsed.ok(), qPrintable(messageOf(parsed)));
        QCOMPARE(parsed.value().size(), 2);
        QCOMPARE(parsed.value().value(Secret::CrmPassword), u("crm-pw"));
        QCOMPARE(parsed.value().value(Secret::GraphClientSecret), u("primary=secret"));
        QCOMPARE(servers.size(), 2);
        QCOMPARE(servers.value(u("emea")).size(), 1);
        QCOMPARE(servers.value(u("emea")).value(Secret::GraphClientSecret), u("emea secret=with=equals"));
        QCOMPARE(servers.value(u("AP_ac-2")).value(Secret::GraphCertificatePassword), u(" spaced "));
        QVERIFY(!servers.value(u("AP_ac-2")).contains(Secret::GraphClientSecret));

        // Where server lines are not expected (a caller that passes no ServerValues), they are refused,
        // naming the line, not silently taken as the primary's.
        const auto refused = SecretsFile::parse(text, u("secrets"), nullptr);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QVERIFY2(refused.error().message.contains(u("line 4")), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u("emea")), qPrintable(refused.error().message));
    }

    void secretsFileRefusesBadServerLines_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("server name with a space") << QByteArray("graph-client-secret@em ea=x");
        QTest::newRow("empty server name") << QByteArray("graph-client-secret@=x");
        QTest::newRow("server name too long")
            << (QByteArray("graph-client-secret@") + QByteArray(33, 'a') + "=x");
        QTest::newRow("unknown secret for a server") << QByteArray("graph-token@emea=x");
        QTest::newRow("two '@'") << QByteArray("graph-client-secret@emea@apac=x");
    }
    void secretsFileRefusesBadServerLines()
    {
        QFETCH(QByteArray, line);
        SecretsFile::ServerValues servers;
        const auto parsed = SecretsFile::parse("crm-password=c\n" + line + "\n", u("secrets"), &servers);
        QVERIFY2(!parsed.ok(), line.constData());
        QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
        QVERIFY2(parsed.error().message.contains(u("line 2")), qPrintable(parsed.error().message));
        QVERIFY(servers.isEmpty());
    }

    void secretsFileLoadsServerLines()
    {
        const QString path = m_dir->filePath(u("secrets"));
        QVERIFY(writeBytes(path, "graph-client-secret@emea=e\ncrm-password=c\n",
                           QFile::ReadOwner | QFile::WriteOwner));
        SecretsFile::ServerValues servers;
        const auto loaded = SecretsFile::load(path, &servers);
        QVERIFY2(loaded.ok(), qPrintable(messageOf(loaded)));
        QCOMPARE(loaded.value().value(Secret::CrmPassword), u("c"));
        QCOMPARE(servers.value(u("emea")).value(Secret::GraphClientSecret), u("e"));
        QVERIFY(!SecretsFile::load(path).ok()); // without ServerValues
    }

    // ---- Connections

    void readSecretsNamesAMissingServerSecret()
    {
        std::unique_ptr<Settings> settings = primaryProfile();
        QVERIFY(settings);
        QVERIFY(settings->saveServer(u("emea"), serverConfig(kEmeaTenant)).isEmpty());
        QCOMPARE(Connections::requiredServerSecrets(*settings, u("emea")),
                 QList<Secret>{Secret::GraphClientSecret});

        MemorySecretStore store;
        QVERIFY(writeSecret(&store, Secret::CrmPassword, u("crm-pw")).ok());
        QVERIFY(writeSecret(&store, Secret::GraphClientSecret, u("primary-secret")).ok());
        const Result<ConnectionSecrets> missing = await<ConnectionSecrets>(
            [&](auto done) { Connections::readSecrets(*settings, store, done); }, 5000);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::Invalid);
        QCOMPARE(missing.error().field, u("secret/graph-client-secret@emea"));
        QVERIFY2(missing.error().message.contains(u("emea")), qPrintable(missing.error().message));
        QVERIFY2(missing.error().message.contains(u("graph-client-secret@emea")),
                 qPrintable(missing.error().message));

        QVERIFY(writeSecret(store.forServer(u("emea")), Secret::GraphClientSecret, u("emea-secret")).ok());
        const Result<ConnectionSecrets> read = await<ConnectionSecrets>(
            [&](auto done) { Connections::readSecrets(*settings, store, done); }, 5000);
        QVERIFY2(read.ok(), qPrintable(messageOf(read)));
        QCOMPARE(read.value().crmPassword, u("crm-pw"));
        QCOMPARE(read.value().graphClientSecret, u("primary-secret"));
        QCOMPARE(read.value().servers.size(), 1);
        QCOMPARE(read.value().servers.value(u("emea")).graphClientSecret, u("emea-secret"));

        // The primary's secret missing is still named without a server.
        MemorySecretStore noPrimary;
        QVERIFY(writeSecret(&noPrimary, Secret::CrmPassword, u("crm-pw")).ok());
        QVERIFY(
            writeSecret(noPrimary.forServer(u("emea")), Secret::GraphClientSecret, u("emea-secret")).ok());
        const Result<ConnectionSecrets> primaryMissing = await<ConnectionSecrets>(
            [&](auto done) { Connections::readSecrets(*settings, noPrimary, done); }, 5000);
        QVERIFY(!primaryMissing.ok());
        QCOMPARE(primaryMissing.error().field, u("secret/graph-client-secret"));
    }

    void connectionsBuildOneConnectorPerServerAndRouteByLink()
    {
        std::unique_ptr<Settings> settings = primaryProfile();
        QVERIFY(settings);
        SettingsValues emea = serverConfig(kEmeaTenant);
        emea[Keys::GraphAuthorityUrl] = u("http://127.0.0.1:8443");
        emea[Keys::GraphBaseUrl] = u("http://127.0.0.1:8444");
        QVERIFY(settings->saveServer(u("emea"), emea).isEmpty());
        QVERIFY(settings->set(Keys::JournalPath, m_dir->filePath(u("journal.sqlite"))).ok());
        ConnectionSecrets secrets{u("crm-pw"), u("primary-secret"), {}, {}, {}};
        secrets.servers.insert(u("emea"), ExchangeSecrets{u("emea-secret"), {}, {}});
        auto made = Connections::create(*settings, secrets, &m_clock);
        QVERIFY2(made.ok(), qPrintable(messageOf(made)));
        Connections &c = *made.value();

        QCOMPARE(c.servers().size(), 2);
        QCOMPARE(c.exchangeServerNames(),
                 (QStringList{u("graph:") + kPrimaryTenant, u("graph:") + kEmeaTenant}));
        QCOMPARE(c.exchangeServerName(), u("graph:") + kPrimaryTenant);
        const ExchangeServerConnection &second = c.servers().at(1);
        QCOMPARE(second.name, u("emea"));
        QCOMPARE(second.account, u("crm-sync@fabrikam.example"));
        QVERIFY(second.graph && second.connector && second.tokens);
        QVERIFY(second.connector != c.servers().first().connector);
        QCOMPARE(second.endpoints.tokenEndpoint.toString(),
                 u("http://127.0.0.1:8443/") + kEmeaTenant + u("/oauth2/v2.0/token"));
        QCOMPARE(second.endpoints.graphVersioned.toString(), u("http://127.0.0.1:8444/v1.0"));
        QVERIFY2(c.servers().first().endpoints.tokenEndpoint.toString().contains(kPrimaryTenant),
                 qPrintable(c.servers().first().endpoints.tokenEndpoint.toString()));
        QCOMPARE(c.serverByIdentity(u("GRAPH:") + kEmeaTenant.toUpper()), &second);
        QVERIFY(!c.serverByIdentity(u("graph:elsewhere.example")));
        QVERIFY(c.exchange()); // the router
        QVERIFY(c.exchange() != c.servers().first().exchangeConnector());

        // Routes follow the journal's user links: linked rows only, by address (any case) or directory id;
        // everything else goes to the primary server.
        auto journal = Journal::open(m_dir->filePath(u("journal.sqlite")));
        QVERIFY2(journal.ok(), qPrintable(messageOf(journal)));
        auto link = [](const QString &crmId, const QString &mailbox, const QString &id, const QString &server,
                       users::LinkState state) {
            users::UserLink l;
            l.crmUserId = crmId;
            l.crmLogon = u("user") + crmId;
            l.exchangeServer = server;
            l.exchangeUserId = state == users::LinkState::Linked ? id : QString();
            l.mailbox = mailbox;
            l.state = state;
            l.rule = users::MatchRule::PrimarySmtp;
            return l;
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(users::UserLinkStore(*journal.value())
                    .saveAll({link(u("1"), u("ann@fabrikam.example"), u("id-ann"), u("graph:") + kEmeaTenant,
                                   users::LinkState::Linked),
                              link(u("2"), u("bob@contoso.example"), u("id-bob"),
                                   u("graph:") + kPrimaryTenant, users::LinkState::Linked),
                              link(u("3"), u("cid@fabrikam.example"), u("id-cid"), u("graph:") + kEmeaTenant,
                                   users::LinkState::Unlinked),
                              link(u("4"), u("dan@elsewhere.example"), u("id-dan"),
                                   u("graph:elsewhere.example"), users::LinkState::Linked)},
                             now)
                    .ok());
        c.useLinks(*journal.value());
        QCOMPARE(c.serverOf(u("ann@fabrikam.example")).name, u("emea"));
        QCOMPARE(c.serverOf(u("Ann@Fabrikam.Example")).name, u("emea"));
        QCOMPARE(c.serverOf(u("id-ann")).name, u("emea"));
        QCOMPARE(c.serverOf(u("id-ann")).exchangeConnector(), second.exchangeConnector());
        QCOMPARE(c.serverOf(u("bob@contoso.example")).name, QString());
        QCOMPARE(c.serverOf(u("cid@fabrikam.example")).name, QString());  // not linked
        QCOMPARE(c.serverOf(u("dan@elsewhere.example")).name, QString()); // a server not configured
        QCOMPARE(c.serverOf(u("nobody@fabrikam.example")).name, QString());
    }

    // A hybrid organisation (seed chapter 5): Exchange Online as the primary, an on-premises server beside it.
    // Each gets its own connector; the on-premises one speaks EWS to https://<server>/EWS/Exchange.asmx with the
    // NT account's password.
    void connectionsBuildAnAdditionalOnPremisesServer()
    {
        std::unique_ptr<Settings> settings = primaryProfile();
        QVERIFY(settings);
        SettingsValues ews = serverConfig();
        ews[Keys::ExchangeKind] = Choices::KindEws;
        ews[Keys::ExchangeServer] = u("mail.fabrikam.example");
        ews[Keys::NtAccount] = u("FABRIKAM\\crm-sync");
        ValidationIssues saved = settings->saveServer(u("onprem"), ews);
        QVERIFY2(saved.isEmpty(), qPrintable(describe(saved)));
        QCOMPARE(Connections::requiredServerSecrets(*settings, u("onprem")),
                 QList<Secret>{Secret::NtPassword});
        ConnectionSecrets secrets{u("c"), u("p"), {}, {}, {}};
        secrets.servers.insert(u("onprem"), ExchangeSecrets{{}, {}, u("nt-password")});
        const auto made = Connections::create(*settings, secrets, &m_clock);
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        Connections &c = *made.value();
        QCOMPARE(c.servers().size(), 2);
        const ExchangeServerConnection &onprem = c.servers().at(1);
        QCOMPARE(onprem.name, u("onprem"));
        QVERIFY(!onprem.graph);
        QVERIFY(onprem.exchangeConnector() != nullptr);
        QVERIFY(onprem.exchangeConnector() != c.servers().at(0).exchangeConnector());
        QCOMPARE(onprem.endpoints.ewsUrl, QUrl(u("https://mail.fabrikam.example/EWS/Exchange.asmx")));
    }
};

QTEST_GUILESS_MAIN(TestExchangeServers)
#include "tst_exchange_servers.moc"
