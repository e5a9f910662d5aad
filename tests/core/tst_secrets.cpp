// Secrets against the real Secret Service: this suite runs under tests/with-keyring.sh (a private D-Bus
// session with an unlocked gnome-keyring). Also the layered store, the Save button's ConfigSaver and the
// headless secrets file.
#include "CoreTestSupport.h"
#include "config/ConfigSaver.h"
#include "config/KeychainSecretStore.h"
#include "config/LayeredSecretStore.h"
#include "config/SecretsFile.h"
#include "config/Settings.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>
#include <unistd.h>

#include <memory>

using namespace cxsync;
using namespace cxsync::testsupport;

namespace {

constexpr int kWaitMs = 25000; // beyond the keychain store's own 20 s deadline

QStringList names(const QList<Secret> &secrets)
{
    QStringList out;
    for (Secret s : secrets)
        out.append(secretName(s));
    return out;
}

// "name=value" lines, sorted, for comparing secret sets.
QStringList entries(const SecretsFile::Values &values)
{
    QStringList out;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.append(secretName(it.key()) + QLatin1Char('=') + it.value());
    out.sort();
    return out;
}

// A keychain that can be switched off, as when the Secret Service is locked or its daemon has gone away.
class SwitchableKeychain final : public SecretStore {
public:
    explicit SwitchableKeychain(SecretStore *real) : m_real(real) {}
    bool down = false;

    void read(Secret secret, ReadCallback done) override
    {
        if (down)
            done(unavailable(secret));
        else
            m_real->read(secret, std::move(done));
    }
    void write(Secret secret, const QString &value, DoneCallback done) override
    {
        if (down)
            done(unavailable(secret));
        else
            m_real->write(secret, value, std::move(done));
    }
    void remove(Secret secret, DoneCallback done) override
    {
        if (down)
            done(unavailable(secret));
        else
            m_real->remove(secret, std::move(done));
    }
    QString backendName() const override { return m_real->backendName(); }

protected:
    SecretStore *createForServer(const QString &server) override { return m_real->forServer(server); }

private:
    static Error unavailable(Secret secret)
    {
        return makeError(ErrorKind::Unavailable, u("the keychain is locked"), secretName(secret));
    }
    SecretStore *m_real;
};

} // namespace

// Each waits for the store's answer (spinning the event loop) and checks it.
#define WRITE_OK(store, secret, value)                                                                       \
    do {                                                                                                     \
        Reply<Status> written_;                                                                              \
        (store).write(secret, value, written_.callback());                                                   \
        QTRY_VERIFY_WITH_TIMEOUT(written_.arrived(), kWaitMs);                                               \
        QVERIFY2(written_.get().ok(), qPrintable(messageOf(written_.get())));                                \
    } while (false)

#define REMOVE_OK(store, secret)                                                                             \
    do {                                                                                                     \
        Reply<Status> removed_;                                                                              \
        (store).remove(secret, removed_.callback());                                                         \
        QTRY_VERIFY_WITH_TIMEOUT(removed_.arrived(), kWaitMs);                                               \
        QVERIFY2(removed_.get().ok(), qPrintable(messageOf(removed_.get())));                                \
    } while (false)

#define READ_IS(store, secret, expected)                                                                     \
    do {                                                                                                     \
        Reply<Result<QString>> read_;                                                                        \
        (store).read(secret, read_.callback());                                                              \
        QTRY_VERIFY_WITH_TIMEOUT(read_.arrived(), kWaitMs);                                                  \
        QVERIFY2(read_.get().ok(), qPrintable(messageOf(read_.get())));                                      \
        QCOMPARE(read_.get().value(), expected);                                                             \
    } while (false)

#define READ_FAILS(store, secret, expectedKind)                                                              \
    do {                                                                                                     \
        Reply<Result<QString>> read_;                                                                        \
        (store).read(secret, read_.callback());                                                              \
        QTRY_VERIFY_WITH_TIMEOUT(read_.arrived(), kWaitMs);                                                  \
        QVERIFY2(!read_.get().ok(), qPrintable(read_.get().ok() ? read_.get().value() : QString()));         \
        QCOMPARE(read_.get().error().kind, expectedKind);                                                    \
        QCOMPARE(read_.get().error().field, secretName(secret));                                             \
    } while (false)

class TestSecrets final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_profile;
    QStringList m_profiles; // every profile a test stored secrets for, emptied in cleanup()

    QString track(const QString &profile)
    {
        m_profiles.append(profile);
        return profile;
    }

    // A fresh profile id for this test: nothing is stored for it yet.
    QString profile()
    {
        if (m_profile.isEmpty())
            m_profile = track(QUuid::createUuid().toString(QUuid::WithoutBraces));
        return m_profile;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run this suite through tests/with-keyring.sh");
        // A typical umask, so that a file created without an explicit mode would be group/world readable.
        ::umask(022);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_profile.clear();
    }

    void cleanup()
    {
        m_dir.reset();
        qunsetenv("CXSYNC_SECRET_CRM_PASSWORD");
        // Leave no entries behind, even if someone runs the suite against their own keyring.
        for (const QString &profile : std::as_const(m_profiles)) {
            KeychainSecretStore store(profile);
            for (Secret secret : allSecrets())
                REMOVE_OK(store, secret);
        }
        m_profiles.clear();
    }

    // ---- KeychainSecretStore against gnome-keyring ---------------------------------------------------

    void keychainRoundTrip()
    {
        KeychainSecretStore store(profile());
        READ_FAILS(store, Secret::CrmPassword, ErrorKind::NotFound);

        WRITE_OK(store, Secret::CrmPassword, u("first-password"));
        READ_IS(store, Secret::CrmPassword, u("first-password"));

        WRITE_OK(store, Secret::CrmPassword, u("second-password"));
        READ_IS(store, Secret::CrmPassword, u("second-password"));

        REMOVE_OK(store, Secret::CrmPassword);
        READ_FAILS(store, Secret::CrmPassword, ErrorKind::NotFound);
    }

    void keychainNotFoundNamesTheSecret()
    {
        KeychainSecretStore store(profile());
        Reply<Result<QString>> reply;
        store.read(Secret::SmtpPassword, reply.callback());
        QTRY_VERIFY_WITH_TIMEOUT(reply.arrived(), kWaitMs);
        QVERIFY(!reply.get().ok());
        QCOMPARE(reply.get().error().kind, ErrorKind::NotFound);
        QCOMPARE(reply.get().error().field, u("smtp-password"));
        QVERIFY2(reply.get().error().message.contains(secretLabel(Secret::SmtpPassword)),
                 qPrintable(reply.get().error().message));
        QCOMPARE(reply.calls(), 1);
    }

    void keychainRemovingWhatIsNotThereSucceeds()
    {
        KeychainSecretStore store(profile());
        REMOVE_OK(store, Secret::NtPassword);
    }

    void keychainValuesOutliveTheStoreObject()
    {
        {
            KeychainSecretStore store(profile());
            WRITE_OK(store, Secret::GraphClientSecret, u("kept in the keyring"));
        }
        KeychainSecretStore reopened(profile());
        READ_IS(reopened, Secret::GraphClientSecret, u("kept in the keyring"));
    }

    void keychainProfilesDoNotSeeEachOther()
    {
        const QString otherProfile = track(QUuid::createUuid().toString(QUuid::WithoutBraces));
        KeychainSecretStore first(profile());
        KeychainSecretStore second(otherProfile);

        WRITE_OK(first, Secret::CrmPassword, u("first-profile"));
        READ_FAILS(second, Secret::CrmPassword, ErrorKind::NotFound);
        WRITE_OK(second, Secret::CrmPassword, u("second-profile"));
        READ_IS(first, Secret::CrmPassword, u("first-profile"));
        READ_IS(second, Secret::CrmPassword, u("second-profile"));

        // Secrets within one profile are separate entries too.
        READ_FAILS(first, Secret::NtPassword, ErrorKind::NotFound);

        REMOVE_OK(first, Secret::CrmPassword);
        READ_FAILS(first, Secret::CrmPassword, ErrorKind::NotFound);
        READ_IS(second, Secret::CrmPassword, u("second-profile"));
    }

    void keychainPreservesValueExactly_data()
    {
        QTest::addColumn<QString>("value");

        QTest::newRow("leading, inner and trailing spaces are preserved") << u("  pass word  ");
        QTest::newRow("accented letters are preserved") << u("Pässwörd-Ñandú");
        QTest::newRow("CJK and emoji are preserved") << u("密码🔑パスワード");
        QTest::newRow("quotes, backslashes, equals and hashes are preserved") << u("a\"b'c\\d=e#f;g");
        QTest::newRow("a single space is preserved") << u(" ");
        QTest::newRow("a 4096-character value is preserved") << QString(4096, QLatin1Char('x'));
    }

    void keychainPreservesValueExactly()
    {
        QFETCH(QString, value);
        KeychainSecretStore store(profile());
        WRITE_OK(store, Secret::ListenerClientState, value);
        KeychainSecretStore reopened(profile());
        READ_IS(reopened, Secret::ListenerClientState, value);
    }

    // ---- LayeredSecretStore ---------------------------------------------------------------------------

    void layeredOverridesWinOverKeychain()
    {
        KeychainSecretStore keychain(profile());
        WRITE_OK(keychain, Secret::CrmPassword, u("from-keychain"));
        WRITE_OK(keychain, Secret::NtPassword, u("nt-from-keychain"));

        LayeredSecretStore layered(&keychain);
        layered.setOverrides({{Secret::CrmPassword, u("from-secrets-file")}});
        READ_IS(layered, Secret::CrmPassword, u("from-secrets-file"));
        READ_IS(layered, Secret::NtPassword, u("nt-from-keychain"));
        READ_FAILS(layered, Secret::SmtpPassword, ErrorKind::NotFound);
        // An override is for this run only: the keychain keeps its value.
        READ_IS(keychain, Secret::CrmPassword, u("from-keychain"));
    }

    void layeredWritesToTheKeychainWhenItIsThere()
    {
        KeychainSecretStore keychain(profile());
        LayeredSecretStore layered(&keychain);
        layered.setSessionFallback(true);
        QSignalSpy unavailable(&layered, &LayeredSecretStore::keychainUnavailable);

        WRITE_OK(layered, Secret::CrmPassword, u("stored for good"));
        QCOMPARE(unavailable.count(), 0);
        QVERIFY(!layered.hasSessionOnlySecrets());
        QCOMPARE(layered.backendName(), keychain.backendName());
        KeychainSecretStore other(profile());
        READ_IS(other, Secret::CrmPassword, u("stored for good"));

        REMOVE_OK(layered, Secret::CrmPassword);
        READ_FAILS(other, Secret::CrmPassword, ErrorKind::NotFound);
    }

    void layeredMovesSessionValueToKeychainWhenItComesBack()
    {
        KeychainSecretStore real(profile());
        SwitchableKeychain keychain(&real);
        LayeredSecretStore layered(&keychain);
        layered.setSessionFallback(true);
        QSignalSpy unavailable(&layered, &LayeredSecretStore::keychainUnavailable);

        keychain.down = true;
        WRITE_OK(layered, Secret::NtPassword, u("typed while locked"));
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(layered.hasSessionOnlySecrets());
        QVERIFY2(layered.backendName().contains(u("session")), qPrintable(layered.backendName()));
        READ_IS(layered, Secret::NtPassword, u("typed while locked"));
        READ_FAILS(real, Secret::NtPassword, ErrorKind::NotFound);

        keychain.down = false;
        WRITE_OK(layered, Secret::NtPassword, u("typed while locked"));
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(!layered.hasSessionOnlySecrets());
        QCOMPARE(layered.backendName(), real.backendName());
        READ_IS(real, Secret::NtPassword, u("typed while locked"));
    }

    void layeredRefusesWithoutFallbackWhenKeychainIsDown()
    {
        KeychainSecretStore real(profile());
        SwitchableKeychain keychain(&real);
        keychain.down = true;
        LayeredSecretStore layered(&keychain);
        QSignalSpy unavailable(&layered, &LayeredSecretStore::keychainUnavailable);

        Reply<Status> reply;
        layered.write(Secret::CrmPassword, u("nowhere to go"), reply.callback());
        QTRY_VERIFY_WITH_TIMEOUT(reply.arrived(), kWaitMs);
        QVERIFY(!reply.get().ok());
        QCOMPARE(reply.get().error().kind, ErrorKind::Unavailable);
        QCOMPARE(unavailable.count(), 0);
        QVERIFY(!layered.hasSessionOnlySecrets());
    }

    // ---- ConfigSaver ---------------------------------------------------------------------------------

    void configSaverWritesSettingsAndTypedSecrets()
    {
        const QString ini = m_dir->filePath(u("cxsync.ini"));
        OPEN_SETTINGS(settings, ini);
        const QString profile = track(settings->profileId());
        KeychainSecretStore keychain(profile);
        WRITE_OK(keychain, Secret::NtPassword, u("old nt password"));
        WRITE_OK(keychain, Secret::SmtpPassword, u("old smtp password"));
        LayeredSecretStore layered(&keychain);

        SecretInputs inputs;
        inputs.values.insert(Secret::CrmPassword, u("new crm pässword"));
        inputs.values.insert(Secret::GraphClientSecret, u("graph~secret"));
        inputs.values.insert(Secret::NtPassword, QString()); // left empty on the form: unchanged
        inputs.ntPasswordConfirmation = QString();
        Reply<SaveOutcome> reply;
        ConfigSaver::save(*settings, layered, validConfig(), inputs, reply.callback());
        QTRY_VERIFY_WITH_TIMEOUT(reply.arrived(), kWaitMs);

        const SaveOutcome &outcome = reply.get();
        QVERIFY(outcome.saved());
        QCOMPARE(names(outcome.secretsWritten), (QStringList{u("crm-password"), u("graph-client-secret")}));
        QVERIFY(outcome.secretErrors.isEmpty());
        QCOMPARE(reply.calls(), 1);

        settings.reset();
        OPEN_SETTINGS(reopened, ini);
        QCOMPARE(reopened->values(), validConfig());
        QCOMPARE(reopened->profileId(), profile);

        KeychainSecretStore check(profile);
        READ_IS(check, Secret::CrmPassword, u("new crm pässword"));
        READ_IS(check, Secret::GraphClientSecret, u("graph~secret"));
        READ_IS(check, Secret::NtPassword, u("old nt password"));
        READ_IS(check, Secret::SmtpPassword, u("old smtp password"));
        READ_FAILS(check, Secret::GraphCertificatePassword, ErrorKind::NotFound);
    }

    void configSaverRefusalWritesNeitherSettingsNorSecrets()
    {
        const QString ini = m_dir->filePath(u("cxsync.ini"));
        OPEN_SETTINGS(settings, ini);
        const QString profile = track(settings->profileId());
        const QByteArray before = readBytes(ini);
        KeychainSecretStore keychain(profile);
        LayeredSecretStore layered(&keychain);

        SettingsValues values = validConfig();
        values[Keys::GraphTenant] = QString();
        SecretInputs inputs;
        inputs.values.insert(Secret::CrmPassword, u("would be stored"));
        inputs.values.insert(Secret::NtPassword, u("typed once"));
        inputs.ntPasswordConfirmation = u("typed differently");
        Reply<SaveOutcome> reply;
        ConfigSaver::save(*settings, layered, values, inputs, reply.callback());
        QTRY_VERIFY_WITH_TIMEOUT(reply.arrived(), kWaitMs);

        const SaveOutcome &outcome = reply.get();
        QVERIFY(!outcome.saved());
        QStringList fields;
        for (const ValidationIssue &issue : outcome.issues)
            fields.append(issue.field);
        QVERIFY2(fields.contains(Keys::GraphTenant), qPrintable(fields.join(u(", "))));
        QVERIFY2(fields.contains(kNtPasswordConfirmField), qPrintable(fields.join(u(", "))));
        QVERIFY(outcome.secretsWritten.isEmpty());
        settings.reset();
        QCOMPARE(readBytes(ini), before);
        READ_FAILS(keychain, Secret::CrmPassword, ErrorKind::NotFound);
        READ_FAILS(keychain, Secret::NtPassword, ErrorKind::NotFound);
    }

    // ---- SecretsFile -----------------------------------------------------------------------------------

    void secretsFileRefusesFilesOthersCanRead_data()
    {
        QTest::addColumn<int>("mode");

        QTest::newRow("mode 0644 (world-readable) is refused") << 0644;
        QTest::newRow("mode 0640 (group-readable) is refused") << 0640;
        QTest::newRow("mode 0604 (other-readable) is refused") << 0604;
        QTest::newRow("mode 0620 (group-writable) is refused") << 0620;
        QTest::newRow("mode 0602 (other-writable) is refused") << 0602;
    }

    void secretsFileRefusesFilesOthersCanRead()
    {
        QFETCH(int, mode);
        const QString path = m_dir->filePath(u("secrets"));
        QVERIFY(writeBytes(path, "crm-password=T0pSecret\n", QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode)), 0);

        const auto loaded = SecretsFile::load(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, ErrorKind::Permission);
        QCOMPARE(loaded.error().field, u("--secrets-file"));
        QVERIFY2(loaded.error().message.contains(u("chmod 600")), qPrintable(loaded.error().message));
        QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
        QVERIFY(!loaded.error().message.contains(u("T0pSecret")));
    }

    void secretsFileAcceptsOwnerOnlyFiles_data()
    {
        QTest::addColumn<int>("mode");

        QTest::newRow("mode 0600 is accepted") << 0600;
        QTest::newRow("mode 0400 (read-only) is accepted") << 0400;
    }

    void secretsFileAcceptsOwnerOnlyFiles()
    {
        QFETCH(int, mode);
        const QString path = m_dir->filePath(u("secrets"));
        QVERIFY(writeBytes(path, "# headless run\ncrm-password=T0pSecret\nsmtp-password= mail pw \n",
                           QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), static_cast<mode_t>(mode)), 0);

        const auto loaded = SecretsFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(messageOf(loaded)));
        QCOMPARE(entries(loaded.value()),
                 (QStringList{u("crm-password=T0pSecret"), u("smtp-password= mail pw ")}));
    }

    void secretsFileMissingIsNotFound()
    {
        const QString path = m_dir->filePath(u("no-such-secrets"));
        const auto loaded = SecretsFile::load(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().kind, ErrorKind::NotFound);
        QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
    }

    void secretsFileParse_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QStringList>("expected"); // name=value, sorted
        QTest::addColumn<QString>("fragment");     // part of the error message
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("unsaid"); // must not appear in the error message

        auto good = [](const char *name, const QByteArray &data, const QStringList &expected) {
            QTest::newRow(name) << data << true << expected << QString() << QString() << QString();
        };
        auto bad = [](const char *name, const QByteArray &data, const char *fragment, const char *field,
                      const char *unsaid) {
            QTest::newRow(name) << data << false << QStringList() << u(fragment) << u(field) << u(unsaid);
        };

        good("comments and blank lines are skipped",
             "# exported for the nightly job\n\ncrm-password=abc\n   \n  # indented "
             "comment\nnt-password=def\n",
             {u("crm-password=abc"), u("nt-password=def")});
        good("CRLF line endings are accepted", "crm-password=abc\r\nsmtp-password=x y\r\n",
             {u("crm-password=abc"), u("smtp-password=x y")});
        good("a value keeps its surrounding spaces", "crm-password=  spaced  \n",
             {u("crm-password=  spaced  ")});
        good("a value may contain = and #", "graph-client-secret=a=b#c\n", {u("graph-client-secret=a=b#c")});
        good("an upper-case name with underscores is accepted", "CRM_PASSWORD=abc\n",
             {u("crm-password=abc")});
        good("spaces around the name are ignored", "  nt-password =abc\n", {u("nt-password=abc")});
        good("a UTF-8 value is kept", "graph-certificate-password=pässwörd✓\n",
             {u("graph-certificate-password=pässwörd✓")});
        good("the last line needs no newline", "listener-client-state=xyz", {u("listener-client-state=xyz")});
        good("an empty file holds no secrets", "", {});
        bad("a line without = names its line number", "# c\ncrm-password=abc\nnt-password\n", "line 3", "",
            "");
        bad("a bare password pasted on its own line is refused without echoing it",
            "crm-password=abc\nhunter2\n", "line 2", "", "hunter2");
        bad("a line with an empty name names its line number", "=abc\n", "line 1", "", "");
        bad("an unknown secret name is refused by name and line", "crm-password=a\ncrm-pasword=T0pSecret\n",
            "line 2: unknown secret 'crm-pasword'", "crm-pasword", "T0pSecret");
        // Issue 19 part 5: empty values, repeated names, sizes and encodings.
        good("an empty value counts as not set", "crm-password=\nnt-password=x\n", {u("nt-password=x")});
        good("a value of 1024 bytes is accepted", "crm-password=" + QByteArray(1024, 'v') + "\n",
             {u("crm-password=") + QString(1024, QLatin1Char('v'))});
        bad("a name given twice names both lines",
            "crm-password=first-one\n# note\nCRM_PASSWORD=second-one\n",
            "line 3: crm-password is already given on line 1", "crm-password", "second-one");
        bad("a name given twice names both lines even when one is empty", "nt-password=\nnt-password=x\n",
            "line 2: nt-password is already given on line 1", "nt-password", "");
        bad("a value longer than 1024 bytes is refused by line",
            "# c\nsmtp-password=" + QByteArray(1025, 'v') + "\n",
            "line 2: the value of smtp-password is longer than 1024 bytes", "smtp-password", "vvvvvvvv");
        bad("a value that is not valid UTF-8 is refused by line", "nt-password=ab\xff\xfe\n",
            "line 1: the value of nt-password is not valid UTF-8", "nt-password", "");
    }

    void secretsFileParse()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, accepted);
        QFETCH(QStringList, expected);
        QFETCH(QString, fragment);
        QFETCH(QString, field);
        QFETCH(QString, unsaid);

        const QString origin = u("/etc/cxsync/secrets");
        const auto parsed = SecretsFile::parse(data, origin);
        if (accepted) {
            QVERIFY2(parsed.ok(), qPrintable(messageOf(parsed)));
            QCOMPARE(entries(parsed.value()), expected);
            return;
        }
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
        QVERIFY2(parsed.error().message.contains(origin), qPrintable(parsed.error().message));
        QVERIFY2(parsed.error().message.contains(fragment), qPrintable(parsed.error().message));
        if (!field.isEmpty())
            QCOMPARE(parsed.error().field, field);
        if (!unsaid.isEmpty())
            QVERIFY2(!parsed.error().message.contains(unsaid), qPrintable(parsed.error().message));
    }

    // name@server lines: the server must be one of the profile's, and each name@server is given once.
    void secretsFileServerLines_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("fragment"); // empty: accepted

        QTest::newRow("a secret of a configured server is accepted")
            << QByteArray("graph-client-secret=p\ngraph-client-secret@emea=e\n") << QString();
        QTest::newRow("a server that is not in the profile is named with its line")
            << QByteArray("crm-password=c\ngraph-client-secret@apac=x\n")
            << u("line 2: there is no additional Exchange server 'apac' in this profile");
        QTest::newRow("a name@server given twice names both lines")
            << QByteArray("graph-client-secret@emea=one\ngraph-client-secret@emea=two\n")
            << u("line 2: graph-client-secret@emea is already given on line 1");
    }

    void secretsFileServerLines()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, fragment);
        SecretsFile::ServerValues servers;
        const QStringList known{u("emea")};
        const auto parsed = SecretsFile::parse(data, u("secrets"), &servers, &known);
        if (fragment.isEmpty()) {
            QVERIFY2(parsed.ok(), qPrintable(messageOf(parsed)));
            QCOMPARE(servers.value(u("emea")).value(Secret::GraphClientSecret), u("e"));
            QCOMPARE(parsed.value().value(Secret::GraphClientSecret), u("p"));
            return;
        }
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, ErrorKind::Invalid);
        QVERIFY2(parsed.error().message.contains(fragment), qPrintable(parsed.error().message));
    }

    // Issue 19 part 5: only a regular file of sane size, owned by the running user or root, is read.
    void secretsFileMustBeASmallRegularFileOfOurs_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("a file larger than 1 MiB is refused before it is read")
            << u("large") << u("larger than 1 MiB");
        QTest::newRow("a folder is refused") << u("folder") << u("not a regular file");
        QTest::newRow("a FIFO is refused without waiting for a writer")
            << u("fifo") << u("not a regular file");
        QTest::newRow("a 0600 file owned by another user is refused (when run as root)")
            << u("other-owner") << u("owned by user 65534");
    }

    void secretsFileMustBeASmallRegularFileOfOurs()
    {
        QFETCH(QString, setup);
        QFETCH(QString, fragment);
        const QString path = m_dir->filePath(u("secrets"));
        const QByteArray name = QFile::encodeName(path);
        if (setup == u("large")) {
            QByteArray data = "crm-password=T0pSecret\n";
            while (data.size() <= 1024 * 1024)
                data += "# padding padding padding padding padding padding padding padding padding\n";
            QVERIFY(writeBytes(path, data, QFile::ReadOwner | QFile::WriteOwner));
        } else if (setup == u("folder")) {
            QCOMPARE(::mkdir(name.constData(), 0700), 0);
        } else if (setup == u("fifo")) {
            // With a writer that never writes, opening or reading it without O_NONBLOCK would wait forever.
            QCOMPARE(::mkfifo(name.constData(), 0600), 0);
        } else if (setup == u("other-owner")) {
            if (::geteuid() != 0)
                QSKIP("giving a file to another user needs root (CI runs as root)");
            QVERIFY(writeBytes(path, "crm-password=T0pSecret\n", QFile::ReadOwner | QFile::WriteOwner));
            QCOMPARE(::chown(name.constData(), 65534, 65534), 0);
        }
        const auto loaded = SecretsFile::load(path);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().field, u("--secrets-file"));
        QVERIFY2(loaded.error().message.contains(path), qPrintable(loaded.error().message));
        QVERIFY2(loaded.error().message.contains(fragment), qPrintable(loaded.error().message));
        QVERIFY(!loaded.error().message.contains(u("T0pSecret")));
    }

    void secretsFileSaveIsOwnerOnlyAndLoadsBack()
    {
        const QString path = m_dir->filePath(u("secrets"));
        const SecretsFile::Values values{{Secret::CrmPassword, u(" leading space")},
                                         {Secret::NtPassword, u("x=y#z")},
                                         {Secret::GraphClientSecret, u("pässwörd✓")}};
        const Status saved = SecretsFile::save(path, values);
        QVERIFY2(saved.ok(), qPrintable(messageOf(saved)));

        const QFileInfo info(path);
        QCOMPARE(info.permissions() & kGroupOrOther, QFile::Permissions());
        QVERIFY(info.permissions().testFlag(QFile::ReadOwner));
        QVERIFY(info.permissions().testFlag(QFile::WriteOwner));

        const auto loaded = SecretsFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(messageOf(loaded)));
        QCOMPARE(entries(loaded.value()), entries(values));
    }

    void secretsFileSaveTightensAnExistingFile()
    {
        const QString path = m_dir->filePath(u("secrets"));
        QVERIFY(writeBytes(path, "crm-password=old\n",
                           QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        const Status saved = SecretsFile::save(path, {{Secret::CrmPassword, u("new")}});
        QVERIFY2(saved.ok(), qPrintable(messageOf(saved)));
        QCOMPARE(QFileInfo(path).permissions() & kGroupOrOther, QFile::Permissions());
        const auto loaded = SecretsFile::load(path);
        QVERIFY2(loaded.ok(), qPrintable(messageOf(loaded)));
        QCOMPARE(entries(loaded.value()), QStringList{u("crm-password=new")});
    }

    void secretsFromEnvironment()
    {
        QProcessEnvironment env;
        env.insert(u("CXSYNC_SECRET_CRM_PASSWORD"), u("env crm pw"));
        env.insert(u("CXSYNC_SECRET_GRAPH_CLIENT_SECRET"), u("env graph"));
        env.insert(u("CRM_PASSWORD"), u("not ours"));
        env.insert(u("CXSYNC_SECRET_BOGUS"), u("unknown"));
        env.insert(u("CXSYNC_SECRET_NT_PASSWORD"), QString()); // empty = not set
        QCOMPARE(entries(SecretsFile::fromEnvironment(env)),
                 (QStringList{u("crm-password=env crm pw"), u("graph-client-secret=env graph")}));

        // The real process environment, as the CLI reads it.
        qputenv("CXSYNC_SECRET_CRM_PASSWORD", QByteArrayLiteral("from the shell"));
        const auto values = SecretsFile::fromEnvironment(QProcessEnvironment::systemEnvironment());
        QCOMPARE(values.value(Secret::CrmPassword), u("from the shell"));
        QCOMPARE(secretEnvironmentVariable(Secret::CrmPassword), u("CXSYNC_SECRET_CRM_PASSWORD"));
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
