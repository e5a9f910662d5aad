// The panel's actions as an admin uses them, against the sandboxes over loopback: Test Connection shows each
// step in the Status pane as it completes, with cause and fix for what failed, shows progress, and can be
// cancelled.
#include "ControlPanelWindow.h"
#include "GraphSandbox.h"
#include "SandboxEnvironment.h"
#include "SandboxProfile.h"
#include "config/LayeredSecretStore.h"
#include "config/SecretsFile.h"
#include "config/Settings.h"
#include "profile/Profile.h"

#include <QCheckBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cxsync;
using namespace cxsync::sandbox;

class TestPanelActions final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxEnvironment> m_env;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LayeredSecretStore> m_secrets;
    std::unique_ptr<Profile> m_profile; // the window's: its settings and secrets, above
    std::unique_ptr<ControlPanelWindow> m_window;

    template <typename T> T *widget(const QString &name) { return m_window->findChild<T *>(name); }
    QString status() { return widget<QPlainTextEdit>(QStringLiteral("status"))->toPlainText(); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_env = std::make_unique<SandboxEnvironment>();
        SandboxOptions options;
        options.users = 8;
        options.appointments = 0;
        QString error;
        QVERIFY2(m_env->start(options, &error), qPrintable(error));
        const QString profile = m_dir->filePath(QStringLiteral("profile.ini"));
        const QString secrets = m_dir->filePath(QStringLiteral("secrets"));
        QVERIFY(SandboxProfile::write(m_env->describe(), profile, secrets).ok());
        auto opened = Settings::open(profile);
        QVERIFY(opened.ok());
        m_settings = std::move(opened).value();
        auto loaded = SecretsFile::load(secrets);
        QVERIFY(loaded.ok());
        m_secrets = std::make_unique<LayeredSecretStore>(nullptr); // secrets handed in, no keychain
        m_secrets->setOverrides(loaded.value());
        m_profile = std::make_unique<Profile>(*m_settings, *m_secrets);
        m_window = std::make_unique<ControlPanelWindow>(*m_profile, *m_secrets);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
        m_secrets.reset();
        m_settings.reset();
        m_env.reset();
    }

    void testConnectionReportsEachStepInStatus()
    {
        auto *button = widget<QPushButton>(QStringLiteral("action/testConnection"));
        QVERIFY(button);
        // Stored, valid settings: the actions are usable at once, no Save needed first.
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        widget<QCheckBox>(QStringLiteral("action/testWriteProbe"))->setChecked(true);
        QSignalSpy finished(m_window.get(), &ControlPanelWindow::testConnectionFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(button->text(), QStringLiteral("Cancel Test"));
        QVERIFY(widget<QProgressBar>(QStringLiteral("action/progress"))->isVisible());
        QVERIFY(finished.wait(30000));
        // The sandbox profile configures push, but no service is running: that step warns how to start it,
        // and the test passes (a demo without a red line).
        QCOMPARE(finished.first().first().toBool(), true);
        const QString text = status();
        QVERIFY2(text.contains(QStringLiteral("Passed: CRM logon")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Passed: Permission to read and write the test mailbox's calendar")));
        QVERIFY(text.contains(QStringLiteral("can be read and written")));
        QVERIFY(text.contains(QStringLiteral("Skipped: TLS handshake and certificates")));
        QVERIFY(text.contains(QStringLiteral("Warning: Notification listener reachable")));
        QVERIFY(text.contains(
            QStringLiteral("Cause: The CRM Exchange Sync service is not running on this machine")));
        QVERIFY(text.contains(QStringLiteral("Fix: Start it: 'cxsync serve'")));
        QVERIFY(text.contains(QStringLiteral("Passed: CRM REST API level")));
        QVERIFY(text.contains(QStringLiteral("Test Connection passed with 1 warning(s)")));
        QVERIFY2(!text.contains(QStringLiteral("FAILED")), qPrintable(text));
        // Steps appear in order.
        QVERIFY(text.indexOf(QStringLiteral("Server names resolve")) < text.indexOf(QStringLiteral("CRM logon")));
        QVERIFY(text.indexOf(QStringLiteral("CRM logon")) < text.indexOf(QStringLiteral("Clocks agree")));
        QCOMPARE(button->text(), QStringLiteral("Test Connection"));
        QVERIFY(!widget<QProgressBar>(QStringLiteral("action/progress"))->isVisible());
    }

    void testConnectionCanBeCancelled()
    {
        m_env->graph()->setLatency(400); // slow enough to press Cancel in the middle
        auto *button = widget<QPushButton>(QStringLiteral("action/testConnection"));
        QSignalSpy finished(m_window.get(), &ControlPanelWindow::testConnectionFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(QStringLiteral("Microsoft Entra token obtained")), 20000);
        QTest::mouseClick(button, Qt::LeftButton); // "Cancel Test"
        QVERIFY(status().contains(QStringLiteral("cancelling after the current step")));
        QVERIFY(finished.wait(20000));
        const QString text = status();
        QVERIFY2(text.contains(QStringLiteral("Skipped: Clocks agree")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Skipped: Notification listener reachable")));
        QVERIFY(button->isEnabled());
    }
};

QTEST_MAIN(TestPanelActions)
#include "tst_panel_actions.moc"
