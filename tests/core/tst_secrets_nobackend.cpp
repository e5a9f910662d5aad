// Secrets on a machine without a reachable Secret Service (a headless server, a broken D-Bus session):
// the keychain fails fast with ErrorKind::Unavailable, and the panel's session fallback keeps values for
// this run. main() points D-Bus at a socket that does not exist before anything can connect.
#include "CoreTestSupport.h"
#include "config/ConfigSaver.h"
#include "config/KeychainSecretStore.h"
#include "config/LayeredSecretStore.h"
#include "config/Settings.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace cxsync;
using namespace cxsync::testsupport;

namespace {

const QByteArray kNoBus = QByteArrayLiteral("unix:path=/nonexistent/cxsync-no-bus");

// The keychain store gives up after 20 s by itself; an answer must come long before that, from the
// failed connection and not from the deadline.
constexpr int kFailFastMs = 10000;

} // namespace

class TestSecretsNoBackend final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    QElapsedTimer m_clock;

    // Row "unreachable": the real keychain store with no D-Bus behind it. Row "none": no keychain at all.
    SecretStore *keychainFor(const QString &row)
    {
        return row == u("unreachable") ? m_keychain.get() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock.start();
        QCOMPARE(qgetenv("DBUS_SESSION_BUS_ADDRESS"), kNoBus);
        QVERIFY(!qEnvironmentVariableIsSet("DISPLAY"));
    }

    void cleanupTestCase()
    {
        // The whole suite: no hangs on a missing Secret Service.
        QVERIFY2(m_clock.elapsed() < 30000, qPrintable(QString::number(m_clock.elapsed()) + u(" ms")));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_keychain =
            std::make_unique<KeychainSecretStore>(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }

    void cleanup()
    {
        m_keychain.reset();
        m_dir.reset();
    }

    // ---- KeychainSecretStore ------------------------------------------------------------------------

    void keychainWriteFailsUnavailable()
    {
        Reply<Status> reply;
        m_keychain->write(Secret::CrmPassword, u("T0pSecret"), reply.callback());
        QTRY_VERIFY_WITH_TIMEOUT(reply.arrived(), kFailFastMs);
        QVERIFY(!reply.get().ok());
        QCOMPARE(reply.get().error().kind, ErrorKind::Unavailable);
        QCOMPARE(reply.get().error().field, u("crm-password"));
        QVERIFY(!reply.get().error().message.isEmpty());
        QVERIFY(!reply.get().error().message.contains(u("T0pSecret")));
        QCOMPARE(reply.calls(), 1);
    }

    void keychainReadFailsUnavailableNotNotFound()
    {
        // "No password stored" would send the admin looking in the wrong place.
        Reply<Result<QString>> reply;
        m_keychain->read(Secret::NtPassword, reply.callback());
        QTRY_VERIFY_WITH_TIMEOUT(reply.arrived(), kFailFastMs);
        QVERIFY(!reply.get().ok());
        QCOMPARE(reply.get().error().kind, ErrorKind::Unavailable);
        QCOMPARE(reply.get().error().field, u("nt-password"));
    }

    void keychainRemoveFailsUnavailable()
    {
        // A removal that could not reach the keychain must not be reported as done.
        Reply<Status> reply;
        m_keychain->remove(Secret::SmtpPassword, reply.callback());
        QTRY_VERIFY_WITH_TIMEOUT(reply.arrived(), kFailFastMs);
        QVERIFY(!reply.get().ok());
        QCOMPARE(reply.get().error().kind, ErrorKind::Unavailable);
    }

    // ---- LayeredSecretStore -----------------------------------------------------------------------

    void layeredSessionFallbackKeepsValue_data()
    {
        QTest::addColumn<QString>("keychain");
        QTest::newRow("Secret Service unreachable: the value is kept for the session") << u("unreachable");
        QTest::newRow("no keychain configured: the value is kept for the session") << u("none");
    }

    void layeredSessionFallbackKeepsValue()
    {
        QFETCH(QString, keychain);
        LayeredSecretStore layered(keychainFor(keychain));
        layered.setSessionFallback(true);
        QSignalSpy unavailable(&layered, &LayeredSecretStore::keychainUnavailable);
        QVERIFY(!layered.hasSessionOnlySecrets());

        Reply<Status> written;
        layered.write(Secret::CrmPassword, u("kept for now"), written.callback());
        QTRY_VERIFY_WITH_TIMEOUT(written.arrived(), kFailFastMs);
        QVERIFY2(written.get().ok(), qPrintable(messageOf(written.get())));
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(!unavailable.first().first().toString().isEmpty());
        QVERIFY(layered.hasSessionOnlySecrets());
        QVERIFY2(layered.backendName().contains(u("session")), qPrintable(layered.backendName()));

        Reply<Result<QString>> read;
        layered.read(Secret::CrmPassword, read.callback());
        QTRY_VERIFY_WITH_TIMEOUT(read.arrived(), kFailFastMs);
        QVERIFY2(read.get().ok(), qPrintable(messageOf(read.get())));
        QCOMPARE(read.get().value(), u("kept for now"));

        // Removing it leaves nothing behind for the session.
        Reply<Status> removed;
        layered.remove(Secret::CrmPassword, removed.callback());
        QTRY_VERIFY_WITH_TIMEOUT(removed.arrived(), kFailFastMs);
        QVERIFY(!layered.hasSessionOnlySecrets());
        Reply<Result<QString>> gone;
        layered.read(Secret::CrmPassword, gone.callback());
        QTRY_VERIFY_WITH_TIMEOUT(gone.arrived(), kFailFastMs);
        QVERIFY(!gone.get().ok());
    }

    void layeredWithoutFallbackFailsUnavailable_data()
    {
        QTest::addColumn<QString>("keychain");
        QTest::newRow("Secret Service unreachable: the write fails") << u("unreachable");
        QTest::newRow("no keychain configured: the write fails") << u("none");
    }

    void layeredWithoutFallbackFailsUnavailable()
    {
        QFETCH(QString, keychain);
        LayeredSecretStore layered(keychainFor(keychain));
        layered.setSessionFallback(false);
        QSignalSpy unavailable(&layered, &LayeredSecretStore::keychainUnavailable);

        Reply<Status> written;
        layered.write(Secret::CrmPassword, u("nowhere to go"), written.callback());
        QTRY_VERIFY_WITH_TIMEOUT(written.arrived(), kFailFastMs);
        QVERIFY(!written.get().ok());
        QCOMPARE(written.get().error().kind, ErrorKind::Unavailable);
        QCOMPARE(written.get().error().field, u("crm-password"));
        QCOMPARE(unavailable.count(), 0);
        QVERIFY(!layered.hasSessionOnlySecrets());

        Reply<Result<QString>> read;
        layered.read(Secret::CrmPassword, read.callback());
        QTRY_VERIFY_WITH_TIMEOUT(read.arrived(), kFailFastMs);
        QVERIFY(!read.get().ok());
    }

    void overridesWorkWithoutKeychain()
    {
        // Headless runs hand secrets in through the environment or a secrets file.
        LayeredSecretStore layered(m_keychain.get());
        layered.setOverrides({{Secret::CrmPassword, u("from CXSYNC_SECRET_CRM_PASSWORD")}});
        Reply<Result<QString>> read;
        layered.read(Secret::CrmPassword, read.callback());
        QTRY_VERIFY_WITH_TIMEOUT(read.arrived(), kFailFastMs);
        QVERIFY2(read.get().ok(), qPrintable(messageOf(read.get())));
        QCOMPARE(read.get().value(), u("from CXSYNC_SECRET_CRM_PASSWORD"));
    }

    // ---- ConfigSaver ------------------------------------------------------------------------------

    void configSaverSavesSettingsAndReportsUnstoredSecret_data()
    {
        QTest::addColumn<bool>("fallback");
        QTest::newRow("CLI (no fallback): settings saved, the password reported as not stored") << false;
        QTest::newRow("panel (session fallback): settings saved, the password kept for the session") << true;
    }

    void configSaverSavesSettingsAndReportsUnstoredSecret()
    {
        QFETCH(bool, fallback);
        const QString ini = m_dir->filePath(u("cxsync.ini"));
        OPEN_SETTINGS(settings, ini);
        LayeredSecretStore layered(m_keychain.get());
        layered.setSessionFallback(fallback);

        SecretInputs inputs;
        inputs.values.insert(Secret::CrmPassword, u("crm password"));
        Reply<SaveOutcome> reply;
        ConfigSaver::save(*settings, layered, validConfig(), inputs, reply.callback());
        QTRY_VERIFY_WITH_TIMEOUT(reply.arrived(), kFailFastMs);

        const SaveOutcome &outcome = reply.get();
        QVERIFY(outcome.saved());
        if (fallback) {
            QCOMPARE(outcome.secretsWritten, QList<Secret>{Secret::CrmPassword});
            QVERIFY(outcome.secretErrors.isEmpty());
            QVERIFY(layered.hasSessionOnlySecrets());
        } else {
            QVERIFY(outcome.secretsWritten.isEmpty());
            QCOMPARE(outcome.secretErrors.size(), 1);
            QCOMPARE(outcome.secretErrors.first().kind, ErrorKind::Unavailable);
            QCOMPARE(outcome.secretErrors.first().field, u("crm-password"));
        }
        settings.reset();
        OPEN_SETTINGS(reopened, ini);
        QCOMPARE(reopened->values(), validConfig());
    }
};

int main(int argc, char *argv[])
{
    // Before QCoreApplication (and so before any D-Bus connection): no session bus, no X display that could
    // lead to an autolaunched one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", kNoBus);
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QCoreApplication app(argc, argv);
    TestSecretsNoBackend test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets_nobackend.moc"
