// The control panel as an admin uses it: fill the fields, press Save, and check what reached the INI file
// and the real keychain (this suite runs under tests/with-keyring.sh; tst_panel_nokeychain runs one case
// with no D-Bus at all).
#include "ControlPanelWindow.h"
#include "config/KeychainSecretStore.h"
#include "config/LayeredSecretStore.h"
#include "config/Settings.h"
#include "profile/Profile.h"
#include "store/Journal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cxsync;

class TestPanel final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<LayeredSecretStore> m_secrets;
    std::unique_ptr<Profile> m_profile; // the window's: its settings and secrets, above
    std::unique_ptr<ControlPanelWindow> m_window;

    bool noKeychainMode() const { return qEnvironmentVariableIsSet("CXSYNC_TEST_NO_KEYCHAIN"); }

    void openWindow()
    {
        m_window.reset();
        m_profile.reset();
        m_secrets.reset();
        m_keychain.reset();
        m_settings.reset();
        auto opened = Settings::open(m_ini);
        QVERIFY(opened.ok());
        m_settings = std::move(opened).value();
        m_keychain = std::make_unique<KeychainSecretStore>(m_settings->profileId());
        m_secrets = std::make_unique<LayeredSecretStore>(m_keychain.get());
        m_secrets->setSessionFallback(true);
        m_profile = std::make_unique<Profile>(*m_settings, *m_secrets);
        m_window = std::make_unique<ControlPanelWindow>(*m_profile, *m_secrets);
        m_window->show();
    }

    template <typename T> T *widget(const QString &name)
    {
        T *w = m_window->findChild<T *>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }
    void type(const QString &name, const QString &text)
    {
        auto *line = widget<QLineEdit>(name);
        QVERIFY(line);
        line->clear();
        QTest::keyClicks(line, text);
    }
    void choose(const QString &name, const QString &data)
    {
        auto *combo = widget<QComboBox>(name);
        QVERIFY(combo);
        const int index = combo->findData(data);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }
    void fillValidGraphProfile()
    {
        widget<QRadioButton>(QStringLiteral("server/role:crm"))->setChecked(true);
        type(QStringLiteral("crm/server"), QStringLiteral("crm.contoso.example"));
        type(QStringLiteral("crm/path"), QStringLiteral("CRM"));
        type(QStringLiteral("crm/user"), QStringLiteral("exchangesync"));
        type(QStringLiteral("secret/crm-password"), QStringLiteral("Crm pass 1!"));
        choose(QStringLiteral("exchange/kind"), QStringLiteral("graph"));
        type(QStringLiteral("exchange/account"), QStringLiteral("admin@contoso.example"));
        type(QStringLiteral("notify/errorEmail"), QStringLiteral("alerts@contoso.example"));
        type(QStringLiteral("sync/timeZone"), QStringLiteral("Europe/Dublin"));
        type(QStringLiteral("graph/tenantId"), QStringLiteral("contoso.onmicrosoft.com"));
        type(QStringLiteral("graph/clientId"), QStringLiteral("6731de76-14a6-49ae-97bc-6eba6914391e"));
        type(QStringLiteral("secret/graph-client-secret"), QStringLiteral("client~secret"));
    }
    bool pressSave()
    {
        QSignalSpy spy(m_window.get(), &ControlPanelWindow::saveFinished);
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
        if (spy.isEmpty() && !spy.wait(20000))
            return false;
        return spy.first().first().toBool();
    }
    Result<QString> keychainValue(Secret secret)
    {
        std::optional<Result<QString>> out;
        m_keychain->read(secret, [&out](Result<QString> r) { out = r; });
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 20000))
            return makeError(ErrorKind::Unavailable, QStringLiteral("timeout"));
        return *out;
    }
    QByteArray iniBytes() const
    {
        QFile f(m_ini);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QString errorText(const QString &field)
    {
        auto *label = widget<QLabel>(QStringLiteral("error:") + field);
        return label && label->isVisible() ? label->text() : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ini = m_dir->filePath(QStringLiteral("panel.ini"));
        if (noKeychainMode() &&
            QString::fromLatin1(QTest::currentTestFunction()) != QLatin1String("noKeychainIsSaidPlainly"))
            QSKIP("this run checks the no-keychain case only");
        openWindow();
    }
    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
        m_secrets.reset();
        m_keychain.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void saveWritesSettingsToIniAndPasswordsToKeychain()
    {
        QVERIFY(!m_window->actionsEnabled());
        fillValidGraphProfile();
        widget<QCheckBox>(QStringLiteral("options/copyReminders"))->setChecked(false);
        // the legacy logging level is a field of its own (the service and the CLI apply it)
        auto *level = widget<QComboBox>(Keys::LogLevel);
        QVERIFY(level);
        QCOMPARE(level->currentData().toString(), Choices::LogInfo);
        level->setCurrentIndex(level->findData(Choices::LogWarnings));
        QVERIFY(pressSave());

        QSettings ini(m_ini, QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("crm/server")).toString(), QStringLiteral("crm.contoso.example"));
        QCOMPARE(ini.value(QStringLiteral("graph/tenantId")).toString(),
                 QStringLiteral("contoso.onmicrosoft.com"));
        QCOMPARE(ini.value(QStringLiteral("sync/timeZone")).toString(), QStringLiteral("Europe/Dublin"));
        QCOMPARE(ini.value(QStringLiteral("options/copyReminders")).toString(), QStringLiteral("false"));
        QCOMPARE(ini.value(Keys::LogLevel).toString(), Choices::LogWarnings);
        QVERIFY(!ini.contains(QStringLiteral("options/createCrmUsers"))); // defaults stay unwritten
        QVERIFY(!iniBytes().contains("Crm pass 1!"));
        QVERIFY(!iniBytes().contains("client~secret"));

        auto crm = keychainValue(Secret::CrmPassword);
        QVERIFY2(crm.ok(), qPrintable(crm.ok() ? QString() : crm.error().message));
        QCOMPARE(crm.value(), QStringLiteral("Crm pass 1!"));
        auto client = keychainValue(Secret::GraphClientSecret);
        QVERIFY(client.ok());
        QCOMPARE(client.value(), QStringLiteral("client~secret"));
        QCOMPARE(keychainValue(Secret::NtPassword).error().kind, ErrorKind::NotFound);

        QVERIFY(widget<QLineEdit>(QStringLiteral("secret/crm-password"))->text().isEmpty());
        QVERIFY(m_window->actionsEnabled());
        QVERIFY(widget<QPlainTextEdit>(QStringLiteral("status"))
                    ->toPlainText()
                    .contains(QLatin1String("Settings saved")));
    }

    void saveReloadsTheProfileAndHoldersKeepTheirs()
    {
        // The pages and actions take the journal (and the connections) from the window's profile: after a Save
        // the next one gets what was saved, while one that holds the old journal keeps it.
        fillValidGraphProfile();
        const QString first = m_dir->filePath(QStringLiteral("first.sqlite"));
        const QString second = m_dir->filePath(QStringLiteral("second.sqlite"));
        type(Keys::JournalPath, first);
        QVERIFY(pressSave());
        auto held = m_profile->journal();
        QVERIFY2(held.ok(), qPrintable(held.ok() ? QString() : held.error().message));
        QCOMPARE(held.value()->path(), first);

        type(Keys::JournalPath, second);
        QVERIFY(pressSave());
        auto next = m_profile->journal();
        QVERIFY(next.ok());
        QCOMPARE(next.value()->path(), second);
        QVERIFY(held.value()->database().isOpen());
        QVERIFY(held.value()->schemaVersion() > 0);

        // Nothing saved: nothing reloaded.
        type(Keys::ErrorEmail, QStringLiteral("alerts")); // an e-mail address without @
        QVERIFY(!pressSave());
        auto same = m_profile->journal();
        QVERIFY(same.ok());
        QCOMPARE(same.value().get(), next.value().get());
    }

    void mismatchedPasswordsShowAnErrorAndSaveNothing()
    {
        fillValidGraphProfile();
        choose(QStringLiteral("exchange/kind"), QStringLiteral("ews"));
        type(QStringLiteral("exchange/primaryServer"), QStringLiteral("exch01.contoso.example"));
        type(QStringLiteral("nt/account"), QStringLiteral("CONTOSO\\svc-sync"));
        type(QStringLiteral("secret/nt-password"), QStringLiteral("first"));
        type(QStringLiteral("secret/nt-password-confirm"), QStringLiteral("second"));
        QVERIFY(!pressSave());

        QVERIFY2(
            errorText(QStringLiteral("secret/nt-password-confirm")).contains(QLatin1String("do not match")),
            qPrintable(errorText(QStringLiteral("secret/nt-password-confirm"))));
        QVERIFY(!QFile::exists(m_ini) || !iniBytes().contains("exch01"));
        QCOMPARE(keychainValue(Secret::NtPassword).error().kind, ErrorKind::NotFound);
        QCOMPARE(keychainValue(Secret::CrmPassword).error().kind, ErrorKind::NotFound);
        QVERIFY(!m_window->actionsEnabled());

        // Correcting the re-entered password saves both settings and the NT password.
        type(QStringLiteral("secret/nt-password-confirm"), QStringLiteral("first"));
        QVERIFY(pressSave());
        QVERIFY(errorText(QStringLiteral("secret/nt-password-confirm")).isEmpty());
        QCOMPARE(keychainValue(Secret::NtPassword).value(), QStringLiteral("first"));
        QSettings ini(m_ini, QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("nt/account")).toString(), QStringLiteral("CONTOSO\\svc-sync"));
    }

    void badValueShowsItsErrorBesideTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("e-mail without @") << QStringLiteral("notify/errorEmail") << QStringLiteral("alerts")
                                          << QStringLiteral("not an e-mail address");
        QTest::newRow("offset past +14 h") << QStringLiteral("sync/timeZone") << QStringLiteral("+15")
                                           << QStringLiteral("outside -12 to +14");
        QTest::newRow("CRM path with a folder")
            << QStringLiteral("crm/path") << QStringLiteral("Sage/CRM") << QStringLiteral("install name");
        QTest::newRow("client id not a GUID")
            << QStringLiteral("graph/clientId") << QStringLiteral("my-app") << QStringLiteral("not a GUID");
        QTest::newRow("required CRM server empty")
            << QStringLiteral("crm/server") << QString() << QStringLiteral("CRM Server is required");
    }
    void badValueShowsItsErrorBesideTheField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        fillValidGraphProfile();
        type(field, value);
        QVERIFY(!pressSave());
        QVERIFY2(errorText(field).contains(expected), qPrintable(errorText(field)));
        QVERIFY(!QFile::exists(m_ini) || !iniBytes().contains("crm.contoso.example"));
        QCOMPARE(keychainValue(Secret::CrmPassword).error().kind, ErrorKind::NotFound);
    }

    void roleAndExchangeKindEnableTheirFields()
    {
        fillValidGraphProfile();
        auto *createUsers = widget<QCheckBox>(QStringLiteral("options/createCrmUsers"));
        createUsers->setChecked(true);
        widget<QRadioButton>(QStringLiteral("server/role:exchange"))->setChecked(true);
        QVERIFY(!createUsers->isEnabled());
        QVERIFY(!createUsers->isChecked());
        QVERIFY(!pressSave()); // the Exchange server needs the failed-messages store path
        QVERIFY(errorText(QStringLiteral("store/journalPath"))
                    .contains(QLatin1String("required on the Exchange server")));
        type(QStringLiteral("store/journalPath"), m_dir->filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(pressSave());

        auto *graph = widget<QGroupBox>(QStringLiteral("graphGroup"));
        auto *nt = widget<QGroupBox>(QStringLiteral("ntGroup"));
        QVERIFY(graph->isEnabled());
        QVERIFY(!nt->isEnabled());
        choose(QStringLiteral("exchange/kind"), QStringLiteral("ews"));
        QVERIFY(!graph->isEnabled());
        QVERIFY(nt->isEnabled());
        QVERIFY(widget<QLineEdit>(QStringLiteral("exchange/primaryServer"))->isEnabled());
        choose(QStringLiteral("exchange/kind"), QStringLiteral("graph"));
        choose(QStringLiteral("graph/credentialKind"), QStringLiteral("certificate"));
        QVERIFY(!widget<QLineEdit>(QStringLiteral("secret/graph-client-secret"))->isEnabled());
        QVERIFY(widget<QLineEdit>(QStringLiteral("graph/certificateFile"))->isEnabled());
        QVERIFY(!pressSave());
        QVERIFY(errorText(QStringLiteral("graph/certificateFile")).contains(QLatin1String("required")));
    }

    void reopenedPanelShowsSavedValuesAndStoredPasswords()
    {
        fillValidGraphProfile();
        QVERIFY(pressSave());
        openWindow();
        QCOMPARE(widget<QLineEdit>(QStringLiteral("crm/user"))->text(), QStringLiteral("exchangesync"));
        QCOMPARE(widget<QComboBox>(QStringLiteral("exchange/kind"))->currentData().toString(),
                 QStringLiteral("graph"));
        auto *password = widget<QLineEdit>(QStringLiteral("secret/crm-password"));
        QVERIFY(password->text().isEmpty()); // never read back into a widget
        QTRY_COMPARE_WITH_TIMEOUT(password->placeholderText(), QStringLiteral("stored; leave empty to keep"),
                                  20000);
        QCOMPARE(widget<QLineEdit>(QStringLiteral("secret/smtp-password"))->placeholderText(),
                 QStringLiteral("not stored"));
        // Saving again with empty password fields keeps the stored password.
        QVERIFY(pressSave());
        QCOMPARE(keychainValue(Secret::CrmPassword).value(), QStringLiteral("Crm pass 1!"));
    }

    void screenshotOptionWritesAPicture()
    {
        const QString profile = m_dir->filePath(QStringLiteral("demo.ini"));
        QVERIFY(QFile::copy(QStringLiteral(CXSYNC_SAMPLE_PROFILE), profile));
        QFile::setPermissions(profile, QFile::ReadOwner | QFile::WriteOwner);
        const QString png = m_dir->filePath(QStringLiteral("panel.png"));
        QProcess p;
        p.start(QStringLiteral(CXSYNC_PANEL_PATH),
                {QStringLiteral("--config"), profile, QStringLiteral("--screenshot"), png});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 600);
    }

    void demoOpensThePanelOnTheSandboxes()
    {
        const QString png = m_dir->filePath(QStringLiteral("demo.png"));
        QProcess p;
        p.start(QStringLiteral(CXSYNC_PANEL_PATH),
                {QStringLiteral("--demo"), QStringLiteral("--screenshot"), png});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(!QImage(png).isNull());
    }

    void noKeychainIsSaidPlainly()
    {
        if (!noKeychainMode())
            QSKIP("runs as tst_panel_nokeychain, without D-Bus");
        auto *warning = widget<QLabel>(QStringLiteral("keychainWarning"));
        QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 30000);
        QVERIFY(
            warning->text().contains(QLatin1String("Passwords cannot be stored: no keychain is available")));
        fillValidGraphProfile();
        QVERIFY(pressSave());
        QVERIFY(m_secrets->hasSessionOnlySecrets());
        QVERIFY(warning->text().contains(QLatin1String("session only")));
        QVERIFY(!iniBytes().contains("Crm pass 1!"));
        std::optional<Result<QString>> kept;
        m_secrets->read(Secret::CrmPassword, [&kept](Result<QString> r) { kept = r; });
        QTRY_VERIFY(kept.has_value());
        QVERIFY(kept->ok());
        QCOMPARE(kept->value(), QStringLiteral("Crm pass 1!"));
    }
};

QTEST_MAIN(TestPanel)
#include "tst_panel.moc"
