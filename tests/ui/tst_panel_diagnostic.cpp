// Diagnostic Mode in the panel (issue 14, seed chapter 3: "Debugging information is displayed in the Control
// Panel's Status field when this checkbox is selected"): with the option on, Test Connection's requests
// appear in Status with their status and duration, redacted; with it off, none.
#include "ControlPanelWindow.h"
#include "DiagnosticStatusFeed.h"
#include "SandboxEnvironment.h"
#include "SandboxProfile.h"
#include "config/LayeredSecretStore.h"
#include "config/SecretsFile.h"
#include "config/Settings.h"
#include "config/SettingsSchema.h"
#include "net/HttpTrace.h"
#include "profile/Profile.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cxsync;
using namespace cxsync::sandbox;

class TestPanelDiagnostic final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxEnvironment> m_env;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LayeredSecretStore> m_secrets;
    QJsonObject m_line;

private Q_SLOTS:
    void statusLineOfATrace_data()
    {
        QTest::addColumn<QString>("trace");
        QTest::addColumn<QString>("line");
        QTest::newRow("an answer: status, duration, redacted URL, label")
            << QStringLiteral("<-- [crm.verifyLogin] 200 GET "
                              "http://127.0.0.1:8080/sdata/crmj/sagecrm2/-/Users?count=1 in "
                              "12 ms\n    Content-Type: application/json\n    {\"$resources\":[]}")
            << QStringLiteral(
                   "HTTP 200 in 12 ms: GET http://127.0.0.1:8080/sdata/crmj/sagecrm2/-/Users?count=1 "
                   "(crm.verifyLogin)");
        QTest::newRow("a request is not an answer")
            << QStringLiteral("--> [graph.token] POST https://x/token (attempt 1)") << QString();
        QTest::newRow("a failure")
            << QStringLiteral("<-- [listener.handshake] POST http://127.0.0.1:9/n failed after 3 ms: "
                              "Connection refused")
            << QStringLiteral("HTTP failed after 3 ms: POST http://127.0.0.1:9/n (listener.handshake): "
                              "Connection refused");
    }
    void statusLineOfATrace()
    {
        QFETCH(QString, trace);
        QFETCH(QString, line);
        QCOMPARE(DiagnosticStatusFeed::statusLine(trace), line);
    }

    void testConnectionShowsItsRequestsOnlyInDiagnosticMode_data()
    {
        QTest::addColumn<bool>("diagnostic");
        QTest::newRow("Diagnostic Mode on: every request with status and duration, redacted") << true;
        QTest::newRow("Diagnostic Mode off: none") << false;
    }
    void testConnectionShowsItsRequestsOnlyInDiagnosticMode()
    {
        QFETCH(bool, diagnostic);
        QTemporaryDir dir;
        SandboxEnvironment env;
        SandboxOptions options;
        options.users = 8;
        options.appointments = 0;
        QString error;
        QVERIFY2(env.start(options, &error), qPrintable(error));
        const QString profile = dir.filePath(QStringLiteral("profile.ini"));
        const QString secretsPath = dir.filePath(QStringLiteral("secrets"));
        QVERIFY(SandboxProfile::write(env.describe(), profile, secretsPath).ok());
        auto opened = Settings::open(profile);
        QVERIFY(opened.ok());
        std::unique_ptr<Settings> settings = std::move(opened).value();
        SettingsValues values = settings->values();
        values.insert(Keys::DiagnosticMode, diagnostic);
        QVERIFY(settings->save(values).isEmpty());
        auto loaded = SecretsFile::load(secretsPath);
        QVERIFY(loaded.ok());
        LayeredSecretStore secrets(nullptr);
        secrets.setOverrides(loaded.value());
        Profile panelProfile(*settings, secrets);
        ControlPanelWindow window(panelProfile, secrets);
        window.show();

        QSignalSpy finished(&window, &ControlPanelWindow::testConnectionFinished);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("action/testConnection")),
                          Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QTest::qWait(50); // the last answers arrive through the event loop
        const QString text = window.findChild<QPlainTextEdit *>(QStringLiteral("status"))->toPlainText();
        static const QRegularExpression answer(
            QStringLiteral("HTTP (\\d{3}) in (\\d+) ms: (GET|POST) (\\S+) \\(([a-z.A-Z]+)\\)"));
        QStringList labels;
        for (auto it = answer.globalMatch(text); it.hasNext();)
            labels.append(it.next().captured(5));
        if (!diagnostic) {
            QVERIFY2(labels.isEmpty(), qPrintable(text));
            QVERIFY(!text.contains(QLatin1String("HTTP failed after")));
            return;
        }
        QVERIFY2(labels.contains(QStringLiteral("crm.verifyLogin")), qPrintable(text));
        QVERIFY2(labels.contains(QStringLiteral("crm.apiLevel")), qPrintable(text));
        QVERIFY2(labels.contains(QStringLiteral("graph.token")) || labels.contains(QStringLiteral("token")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("HTTP failed after")), "the listener handshake nobody answers");
        // Redacted: no password, client secret or credentials, ever.
        const QJsonObject line = env.describe();
        QVERIFY(!text.contains(line.value(QStringLiteral("crmPassword")).toString()));
        QVERIFY(!text.contains(line.value(QStringLiteral("clientSecret")).toString()));
        QVERIFY(!text.contains(QLatin1String("Basic ")));
        QVERIFY(!text.contains(QLatin1String("Bearer ")));
        net::HttpTrace::setEnabled(false);
    }
};

QTEST_MAIN(TestPanelDiagnostic)
#include "tst_panel_diagnostic.moc"
