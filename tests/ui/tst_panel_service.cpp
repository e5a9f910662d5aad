// The control panel's Service tab: whether `cxsync serve` is running, judged from its heartbeat in the
// journal (absent, fresh, older than two poll intervals, stopped), its listening URL and last run, and the
// change subscriptions with their expiry and health — refreshed on Refresh and periodically while the tab is
// shown.
#include "ControlPanelWindow.h"
#include "ServicePage.h"
#include "config/LayeredSecretStore.h"
#include "config/Settings.h"
#include "profile/Profile.h"
#include "service/ServiceState.h"
#include "store/Journal.h"
#include "sync/CalendarSync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cxsync;

// The real clock, shifted: a heartbeat written "some time ago".
class ShiftedClock final : public Clock {
public:
    explicit ShiftedClock(qint64 shiftSecs) : m_shiftSecs(shiftSecs) {}
    QDateTime nowUtc() const override { return m_real.nowUtc().addSecs(m_shiftSecs); }
    qint64 elapsedMs() const override { return m_real.elapsedMs(); }
    void schedule(qint64 delayMs, QObject *context, std::function<void()> callback) override
    {
        m_real.schedule(delayMs, context, std::move(callback));
    }

private:
    SystemClock m_real;
    qint64 m_shiftSecs;
};

class TestPanelService final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_journalPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LayeredSecretStore> m_secrets;
    std::unique_ptr<Profile> m_profile; // the window's: its settings and secrets, above
    std::unique_ptr<ControlPanelWindow> m_window;

    template <typename T> T *widget(const QString &name) { return m_window->findChild<T *>(name); }
    ServicePage *page() { return m_window->findChild<ServicePage *>(QStringLiteral("servicePage")); }
    QString liveness()
    {
        return widget<QLabel>(QStringLiteral("serviceState"))->property("liveness").toString();
    }
    QString stateText() { return widget<QLabel>(QStringLiteral("serviceState"))->text(); }
    void pressRefresh()
    {
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("serviceRefresh")), Qt::LeftButton);
    }

    std::unique_ptr<Journal> journal()
    {
        auto opened = Journal::open(m_journalPath);
        return opened.ok() ? std::move(opened).value() : nullptr;
    }

    // A subscription row as SubscriptionManager stores it; times relative to now.
    bool addSubscription(Journal &j, const QString &mailbox, qint64 createdAgoSecs, qint64 expiresInSecs,
                         const QString &state = QStringLiteral("active"), const QString &error = {})
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QSqlQuery q(j.database());
        q.prepare(QStringLiteral("INSERT INTO subscriptions (id, mailbox, resource, change_type, "
                                 "notification_url, expiration_utc, "
                                 "created_utc, renewed_utc, state, last_error) VALUES (?, ?, ?, "
                                 "'created,updated,deleted', ?, ?, ?, NULL, ?, ?)"));
        q.addBindValue(QStringLiteral("sub-") + mailbox);
        q.addBindValue(mailbox);
        q.addBindValue(QStringLiteral("/users/%1/events").arg(mailbox));
        q.addBindValue(QStringLiteral("https://sync.contoso.com/cxsync/notifications"));
        q.addBindValue(now.addSecs(expiresInSecs).toString(Qt::ISODate));
        q.addBindValue(now.addSecs(-createdAgoSecs).toString(Qt::ISODate));
        q.addBindValue(state);
        q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
        return q.exec();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString ini = m_dir->filePath(QStringLiteral("cxsync.ini"));
        m_journalPath = m_dir->filePath(QStringLiteral("journal.sqlite"));
        {
            QSettings s(ini, QSettings::IniFormat);
            s.setValue(QStringLiteral("store/journalPath"), m_journalPath);
            s.setValue(QStringLiteral("sync/pollIntervalSeconds"), 60);
        }
        auto opened = Settings::open(ini);
        QVERIFY(opened.ok());
        m_settings = std::move(opened).value();
        m_secrets = std::make_unique<LayeredSecretStore>(nullptr);
        m_profile = std::make_unique<Profile>(*m_settings, *m_secrets);
        m_window = std::make_unique<ControlPanelWindow>(*m_profile, *m_secrets);
        m_window->show();
        QVERIFY(page());
    }

    void cleanup()
    {
        m_window.reset();
        m_profile.reset();
        m_secrets.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void noHeartbeatIsNotRunning()
    {
        // No journal at all, or one the other pages created.
        pressRefresh();
        QCOMPARE(liveness(), QStringLiteral("neverStarted"));
        QVERIFY2(stateText().startsWith(QStringLiteral("Not running: the service has never run")),
                 qPrintable(stateText()));
        // A journal without a heartbeat: the same.
        QVERIFY(journal());
        pressRefresh();
        QCOMPARE(liveness(), QStringLiteral("neverStarted"));
        QVERIFY(widget<QLabel>(QStringLiteral("serviceSummary"))
                    ->text()
                    .startsWith(QStringLiteral("No change subscriptions")));
    }

    void freshHeartbeatIsRunningWithItsUrl()
    {
        auto j = journal();
        QVERIFY(j);
        SystemClock clock;
        ServiceState state(*j, clock);
        QVERIFY(state
                    .started(QStringLiteral("http://127.0.0.1:8765/cxsync/notifications"),
                             QStringLiteral("https://sync.contoso.com/cxsync/notifications"), 60)
                    .ok());
        sync::SyncReport report;
        report.done.crmUpdates = 2;
        QVERIFY(state.runFinished(QStringLiteral("all users"), report).ok());
        pressRefresh();
        QCOMPARE(liveness(), QStringLiteral("running"));
        QVERIFY2(stateText().startsWith(QStringLiteral("Running on ")), qPrintable(stateText()));
        QVERIFY(stateText().contains(QStringLiteral("(process %1)").arg(QCoreApplication::applicationPid())));
        const QString url = widget<QLabel>(QStringLiteral("serviceListenUrl"))->text();
        QVERIFY2(url.contains(QStringLiteral("http://127.0.0.1:8765/cxsync/notifications")), qPrintable(url));
        QVERIFY(url.contains(QStringLiteral("https://sync.contoso.com/cxsync/notifications")));
        QVERIFY(widget<QLabel>(QStringLiteral("serviceLastRun"))
                    ->text()
                    .contains(QStringLiteral("all users: 2 change(s) written")));

        // A clean stop.
        QVERIFY(state.stopped().ok());
        pressRefresh();
        QCOMPARE(liveness(), QStringLiteral("stopped"));
        QVERIFY(stateText().startsWith(QStringLiteral("Not running: stopped")));
    }

    void staleHeartbeatIsNotRunning()
    {
        auto j = journal();
        QVERIFY(j);
        // Poll interval 60 s: a heartbeat 121 s old is more than two intervals.
        ShiftedClock past(-121);
        QVERIFY(ServiceState(*j, past)
                    .started(QStringLiteral("http://127.0.0.1:8765/hooks"), QString(), 60)
                    .ok());
        pressRefresh();
        QCOMPARE(liveness(), QStringLiteral("notResponding"));
        QVERIFY2(stateText().startsWith(QStringLiteral("Not running: the last heartbeat")),
                 qPrintable(stateText()));
        QVERIFY(stateText().contains(QStringLiteral("did not stop cleanly")));
        // 100 s old: within two intervals, running.
        ShiftedClock recent(-100);
        QVERIFY(ServiceState(*j, recent)
                    .started(QStringLiteral("http://127.0.0.1:8765/hooks"), QString(), 60)
                    .ok());
        pressRefresh();
        QCOMPARE(liveness(), QStringLiteral("running"));
    }

    void refreshesWhileShown()
    {
        auto *tabs = widget<QTabWidget>(QStringLiteral("tabs"));
        tabs->setCurrentWidget(page());
        page()->setRefreshInterval(100);
        pressRefresh();
        QCOMPARE(liveness(), QStringLiteral("neverStarted"));
        auto j = journal();
        QVERIFY(j);
        SystemClock clock;
        QVERIFY(ServiceState(*j, clock).started({}, {}, 60).ok());
        QTRY_COMPARE_WITH_TIMEOUT(liveness(), QStringLiteral("running"), 5000); // no click
        QVERIFY(widget<QLabel>(QStringLiteral("serviceListenUrl"))
                    ->text()
                    .startsWith(QStringLiteral("Not listening")));
    }

    void subscriptionsAreClassedByHealth()
    {
        auto j = journal();
        QVERIFY(j);
        const qint64 week = 10020 * 60;
        QVERIFY(addSubscription(*j, QStringLiteral("anna"), 3600, week - 3600));   // fresh
        QVERIFY(addSubscription(*j, QStringLiteral("bert"), week - 86400, 86400)); // a day of 7 left
        QVERIFY(addSubscription(*j, QStringLiteral("cleo"), 3600, week - 3600, QStringLiteral("active"),
                                QStringLiteral("Graph answered 503 while renewing"))); // error recorded
        QVERIFY(addSubscription(*j, QStringLiteral("dora"), week + 60, -60));          // expired
        QVERIFY(addSubscription(*j, QStringLiteral("emil"), 7200, 1800));              // 30 min left
        QVERIFY(
            addSubscription(*j, QStringLiteral("fritz"), 3600, week, QStringLiteral("removed"))); // not shown
        pressRefresh();
        auto *model = qobject_cast<QStandardItemModel *>(
            widget<QTableView>(QStringLiteral("serviceSubscriptions"))->model());
        QHash<QString, QString> health, details;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString mailbox = model->index(row, ServicePage::MailboxColumn).data().toString();
            health.insert(
                mailbox,
                model->index(row, ServicePage::HealthColumn).data(ServicePage::HealthRole).toString());
            details.insert(mailbox, model->index(row, ServicePage::DetailsColumn).data().toString());
            QVERIFY(!model->index(row, ServicePage::ExpiresColumn).data().toString().isEmpty());
        }
        QCOMPARE(health.size(), 5);
        QCOMPARE(health.value(QStringLiteral("anna")), QStringLiteral("healthy"));
        QCOMPARE(health.value(QStringLiteral("bert")), QStringLiteral("expiring"));
        QCOMPARE(health.value(QStringLiteral("cleo")), QStringLiteral("failed"));
        QCOMPARE(details.value(QStringLiteral("cleo")), QStringLiteral("Graph answered 503 while renewing"));
        QCOMPARE(health.value(QStringLiteral("dora")), QStringLiteral("failed"));
        QVERIFY(details.value(QStringLiteral("dora")).startsWith(QStringLiteral("expired")));
        QCOMPARE(health.value(QStringLiteral("emil")), QStringLiteral("expiring"));
        QCOMPARE(widget<QLabel>(QStringLiteral("serviceSummary"))->text(),
                 QStringLiteral("5 subscription(s): 1 healthy, 2 expiring, 2 failed."));
    }

    // systemctl's answers, as systemd 252 words them (src/systemctl: exit 4 = no permission, 5 = no such unit),
    // read as the admin needs them: what happened and the command that works.
    void systemctlAnswersAreNamed_data()
    {
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errors");
        QTest::addColumn<int>("expected");
        QTest::newRow("done") << 0 << QString() << int(ServiceControlError::None);
        QTest::newRow("polkit denies")
            << 4 << QStringLiteral("Failed to start cxsync.service: Access denied\nSee system logs and "
                                   "'systemctl status cxsync.service' for details.")
            << int(ServiceControlError::NoRight);
        QTest::newRow("needs a password")
            << 4 << QStringLiteral("Failed to start cxsync.service: Interactive authentication required.")
            << int(ServiceControlError::NoRight);
        QTest::newRow("no unit") << 5 << QStringLiteral("Failed to start cxsync.service: Unit cxsync.service not found.")
                                 << int(ServiceControlError::NotInstalled);
        QTest::newRow("no unit to stop")
            << 5 << QStringLiteral("Failed to stop cxsync.service: Unit cxsync.service not loaded.")
            << int(ServiceControlError::NotInstalled);
        QTest::newRow("no systemd")
            << 1 << QStringLiteral("System has not been booted with systemd as init system (PID 1). Can't operate.\n"
                                   "Failed to connect to bus: Host is down")
            << int(ServiceControlError::NoServiceManager);
        QTest::newRow("service fails")
            << 1 << QStringLiteral("Job for cxsync.service failed because the control process exited with error "
                                   "code.\nSee \"systemctl status cxsync.service\" and \"journalctl -xeu "
                                   "cxsync.service\" for details.")
            << int(ServiceControlError::Failed);
    }
    void systemctlAnswersAreNamed()
    {
        QFETCH(int, exitCode);
        QFETCH(QString, errors);
        QFETCH(int, expected);
        const ServiceControlOutcome outcome =
            ServiceControl::classifySystemctl(ServiceAction::Start, exitCode, errors);
        QCOMPARE(int(outcome.error), expected);
        QVERIFY(!outcome.message.isEmpty());
        if (outcome.error == ServiceControlError::NoRight)
            QVERIFY2(outcome.message.contains(QStringLiteral("sudo systemctl start cxsync.service")),
                     qPrintable(outcome.message));
        if (exitCode != 0)
            QCOMPARE(outcome.details, errors.trimmed());
    }

    // Start through the real systemctl of this machine: where systemd is not the init system (containers, CI)
    // systemctl says so and the panel tells the admin; where it is, the unit is not installed by the tests.
    void startAsksTheRealServiceManager()
    {
        auto *p = page();
        QVERIFY(p);
        QSignalSpy finished(p, &ServicePage::controlFinished);
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("serviceStart")), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        auto *result = widget<QLabel>(QStringLiteral("serviceControlResult"));
        const bool systemdRuns = QFileInfo(QStringLiteral("/run/systemd/system")).isDir();
        QCOMPARE(result->property("error").toString(),
                 systemdRuns ? QStringLiteral("notInstalled") : QStringLiteral("noServiceManager"));
        QVERIFY(result->text().contains(systemdRuns ? QStringLiteral("not installed") : QStringLiteral("systemd")));
        QVERIFY(widget<QPushButton>(QStringLiteral("serviceStart"))->isEnabled());
        QVERIFY(!widget<QPushButton>(QStringLiteral("serviceCancelControl"))->isEnabled());
        // The log lines come from the real journalctl: none on a machine without a journal, said as such.
        QSignalSpy refreshed(p, &ServicePage::serviceManagerRefreshed);
        QVERIFY(refreshed.wait(10000));
        const QString log = widget<QPlainTextEdit>(QStringLiteral("serviceLogLines"))->toPlainText();
        if (!QDir(QStringLiteral("/var/log/journal")).exists() && !QDir(QStringLiteral("/run/log/journal")).exists())
            QVERIFY2(log.contains(QStringLiteral("no system journal")), qPrintable(log));
        else
            QVERIFY2(!log.isEmpty(), qPrintable(log));
    }

    void aMissingServiceManagerIsNamed()
    {
        auto *p = page();
        p->control().setPrograms(QStringLiteral("/nonexistent/systemctl"), QStringLiteral("/nonexistent/journalctl"));
        QSignalSpy finished(p, &ServicePage::controlFinished);
        QSignalSpy refreshed(p, &ServicePage::serviceManagerRefreshed);
        p->restartService();
        QVERIFY(finished.wait(10000));
        auto *result = widget<QLabel>(QStringLiteral("serviceControlResult"));
        QCOMPARE(result->property("error").toString(), QStringLiteral("noServiceManager"));
        QVERIFY2(result->text().contains(QStringLiteral("/nonexistent/systemctl")), qPrintable(result->text()));
        QVERIFY(refreshed.wait(10000));
        QVERIFY(widget<QLabel>(QStringLiteral("serviceManagerState"))->text().contains(QStringLiteral("systemctl")));
        QVERIFY(widget<QPlainTextEdit>(QStringLiteral("serviceLogLines"))
                    ->toPlainText()
                    .contains(QStringLiteral("/nonexistent/journalctl")));
    }

    void stopIsConfirmedFirst()
    {
        auto *p = page();
        QStringList asked;
        p->setConfirm([&asked](const QString &question) {
            asked << question;
            return false;
        });
        QSignalSpy finished(p, &ServicePage::controlFinished);
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("serviceStop")), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains(QStringLiteral("Stop the service?")));
        QVERIFY(!p->control().busy());
        QVERIFY(!finished.wait(300));
    }

    // A service manager that does not answer (a unit whose start hangs): Cancel stops waiting, the buttons
    // come back, and the admin is told that systemd may still complete the job.
    void aHangingStartCanBeCancelled()
    {
        const QString slow = m_dir->filePath(QStringLiteral("slow-systemctl"));
        QFile script(slow);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexec sleep 60\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        auto *p = page();
        p->control().setPrograms(slow, QStringLiteral("journalctl"));
        QSignalSpy finished(p, &ServicePage::controlFinished);
        p->startService();
        QVERIFY(p->control().busy());
        QVERIFY(!widget<QPushButton>(QStringLiteral("serviceStart"))->isEnabled());
        QVERIFY(!finished.wait(300));
        QTest::mouseClick(widget<QPushButton>(QStringLiteral("serviceCancelControl")), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QCOMPARE(widget<QLabel>(QStringLiteral("serviceControlResult"))->property("error").toString(),
                 QStringLiteral("cancelled"));
        QVERIFY(widget<QPushButton>(QStringLiteral("serviceStart"))->isEnabled());
    }
};

QTEST_MAIN(TestPanelService)
#include "tst_panel_service.moc"
