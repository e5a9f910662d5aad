// Sync Now from the control panel, against the Graph and CRM sandboxes over loopback: the button retries the
// due failed messages and runs one calendar sync with progress and Cancel, the Status pane sums the run up,
// and a run that would delete too much asks first (No keeps everything).
#include "ControlPanelWindow.h"
#include "CrmSandbox.h"
#include "GraphSandbox.h"
#include "HttpSandbox.h"
#include "SandboxEnvironment.h"
#include "SandboxProfileSupport.h"
#include "SyncNowAction.h"
#include "config/LayeredSecretStore.h"
#include "config/SecretsFile.h"
#include "config/Settings.h"
#include "connect/Connections.h"
#include "profile/Profile.h"
#include "store/Journal.h"
#include "users/UserLinkStore.h"
#include "users/UserSync.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cxsync;
using namespace cxsync::sandbox;

class TestPanelSync final : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxEnvironment> m_env;
    QString m_profile;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LayeredSecretStore> m_secrets;
    std::unique_ptr<Profile> m_panelProfile; // the window's: its settings and secrets, above
    std::unique_ptr<ControlPanelWindow> m_window;
    struct Person {
        QString crmId;
        QString mailbox;
    };
    QList<Person> m_people;

    template <typename T> T *widget(const QString &name) { return m_window->findChild<T *>(name); }
    QString status() { return widget<QPlainTextEdit>(QStringLiteral("status"))->toPlainText(); }
    QPushButton *syncButton() { return widget<QPushButton>(QStringLiteral("action/syncNow")); }

    // Links the sandbox's users the way Sync Users With CRM does (the real matcher and applier).
    bool linkUsers()
    {
        SystemClock clock;
        std::unique_ptr<Connections> connections;
        bool opened = false;
        Connections::open(*m_settings, *m_secrets, &clock, [&](Result<std::unique_ptr<Connections>> c) {
            if (c.ok())
                connections = std::move(c).value();
            opened = true;
        });
        for (int i = 0; i < 3000 && !opened; ++i)
            QTest::qWait(10);
        if (!connections)
            return false;
        auto journal = Journal::open(m_settings->journalPath());
        if (!journal.ok())
            return false;
        users::UserSync userSync(connections->crm(), *connections->exchange(), *journal.value(), clock,
                                 users::UserSync::matchOptions(*m_settings, connections->exchangeServerNames()));
        std::optional<Result<users::UserSyncPlan>> plan;
        userSync.preparePlan([&](Result<users::UserSyncPlan> p) { plan.emplace(std::move(p)); });
        for (int i = 0; i < 3000 && !plan; ++i)
            QTest::qWait(10);
        if (!plan || !plan->ok())
            return false;
        QSignalSpy applied(&userSync.applier(), &users::UserSyncApplier::finished);
        userSync.applier().start(plan->value(), users::ApplyOptions{false, 4});
        if (!applied.wait(30000))
            return false;
        const auto links = users::UserLinkStore(*journal.value()).all();
        if (!links.ok())
            return false;
        for (const users::UserLink &l : links.value()) {
            if (l.state == users::LinkState::Linked)
                m_people.append(Person{l.crmUserId, l.exchangeUserId});
        }
        return m_people.size() >= 2;
    }

    QString createComm(const QString &subject, int days, const Person &owner)
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(days);
        const QJsonObject c = m_env->crm()->createCommunication(
            QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                        {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                        {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                        {QStringLiteral("Comm_Subject"), subject},
                        {QStringLiteral("Comm_DateTime"), start.toString(Qt::ISODate)},
                        {QStringLiteral("Comm_ToDateTime"), start.addSecs(3600).toString(Qt::ISODate)},
                        {QStringLiteral("Comm_UserId"), owner.crmId.toInt()}},
            {owner.crmId});
        return c.value(QStringLiteral("Comm_CommunicationId")).toVariant().toString();
    }

    int eventsWithSubjectPrefix(const QString &mailbox, const QString &prefix)
    {
        int n = 0;
        for (const QJsonValue &v : m_env->graph()->events(mailbox))
            n += v.toObject().value(QStringLiteral("subject")).toString().startsWith(prefix) ? 1 : 0;
        return n;
    }

    // Presses Sync Now and waits for its report.
    std::optional<sync::SyncReport> syncNow(int timeoutMs = 60000)
    {
        QSignalSpy finished(m_window.get(), &ControlPanelWindow::syncNowFinished);
        QTest::mouseClick(syncButton(), Qt::LeftButton);
        if (!finished.wait(timeoutMs))
            return std::nullopt;
        return finished.first().first().value<sync::SyncReport>();
    }

private Q_SLOTS:
    void init()
    {
        m_people.clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_env = std::make_unique<SandboxEnvironment>();
        SandboxProfilePaths paths;
        const QString error = startWithProfile(*m_env, 8, m_dir->path(), &paths);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_profile = paths.profile;
        const QString secrets = paths.secrets;
        auto loaded = SecretsFile::load(secrets);
        QVERIFY(loaded.ok());
        m_secrets = std::make_unique<LayeredSecretStore>(nullptr);
        m_secrets->setOverrides(loaded.value());
        auto opened = Settings::open(m_profile);
        QVERIFY(opened.ok());
        m_settings = std::move(opened).value();
        QVERIFY(linkUsers());
        m_panelProfile = std::make_unique<Profile>(*m_settings, *m_secrets);
        m_window = std::make_unique<ControlPanelWindow>(*m_panelProfile, *m_secrets);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_panelProfile.reset();
        m_secrets.reset();
        m_settings.reset();
        m_env.reset();
        m_dir.reset();
    }

    void syncNowRunsBothWaysAndSumsUp()
    {
        const Person &a = m_people.at(0);
        createComm(QStringLiteral("Panel: from the CRM"), 2, a);
        auto *button = syncButton();
        QVERIFY(button && button->isVisible() && button->isEnabled());
        QSignalSpy finished(m_window.get(), &ControlPanelWindow::syncNowFinished);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(button->text(), QStringLiteral("Cancel Sync"));
        QVERIFY(widget<QProgressBar>(QStringLiteral("action/syncProgress"))->isVisible());
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<sync::SyncReport>();
        QVERIFY2(report.ok(), qPrintable(report.error + report.failures.join(QLatin1Char('\n'))));
        QCOMPARE(report.done.exchangeCreates, 1);
        QCOMPARE(button->text(), QStringLiteral("Sync Now"));
        QVERIFY(!widget<QProgressBar>(QStringLiteral("action/syncProgress"))->isVisible());
        QCOMPARE(eventsWithSubjectPrefix(a.mailbox, QStringLiteral("Panel: from the CRM")), 1);
        QVERIFY2(status().contains(QStringLiteral("Sync Now: Exchange 1 created")), qPrintable(status()));
        // a second press writes nothing more
        const auto again = syncNow();
        QVERIFY(again && again->ok());
        QCOMPARE(again->done.exchangeCreates + again->done.crmCreates, 0);
        QCOMPARE(eventsWithSubjectPrefix(a.mailbox, QStringLiteral("Panel: from the CRM")), 1);
    }

    void cancelStopsAfterTheWriteUnderWayAndTheNextRunFinishes()
    {
        const Person &a = m_people.at(0);
        QVERIFY(syncNow().has_value()); // the first run reads both sides from the start
        for (int i = 0; i < 12; ++i)
            createComm(QStringLiteral("Panel: batch %1").arg(i), 2 + i, a);
        m_env->graph()->http().setLatency(150);
        QSignalSpy finished(m_window.get(), &ControlPanelWindow::syncNowFinished);
        QTest::mouseClick(syncButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(eventsWithSubjectPrefix(a.mailbox, QStringLiteral("Panel: batch")) >= 1, 30000);
        QTest::mouseClick(syncButton(), Qt::LeftButton); // Cancel Sync
        QVERIFY(status().contains(QStringLiteral("stopping after the write under way")));
        QVERIFY(finished.wait(60000));
        const auto stopped = finished.first().first().value<sync::SyncReport>();
        QVERIFY(stopped.cancelled);
        const int written = eventsWithSubjectPrefix(a.mailbox, QStringLiteral("Panel: batch"));
        QVERIFY2(written >= 1 && written < 12, qPrintable(QString::number(written)));
        QVERIFY(syncButton()->isEnabled());
        m_env->graph()->http().setLatency(0);
        const auto rest = syncNow();
        QVERIFY(rest && rest->ok());
        QCOMPARE(eventsWithSubjectPrefix(a.mailbox, QStringLiteral("Panel: batch")), 12);
    }

    // Deleting most of a mailbox's items in the CRM: the panel asks; No keeps them all in Outlook.
    void massDeleteAsksAndNoKeepsEverything()
    {
        const Person &a = m_people.at(0);
        QStringList ids;
        for (int i = 0; i < 10; ++i)
            ids << createComm(QStringLiteral("Panel: keep %1").arg(i), 2 + i, a);
        const auto first = syncNow();
        QVERIFY(first && first->ok());
        QCOMPARE(eventsWithSubjectPrefix(a.mailbox, QStringLiteral("Panel: keep")), 10);
        for (int i = 0; i < 8; ++i)
            QVERIFY(m_env->crm()->deleteCommunication(ids.at(i)));
        QSignalSpy finished(m_window.get(), &ControlPanelWindow::syncNowFinished);
        QTest::mouseClick(syncButton(), Qt::LeftButton);
        QMessageBox *question = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((question = m_window->findChild<QMessageBox *>(
                                      QStringLiteral("syncNow/massDeleteQuestion"))) != nullptr,
                                 30000);
        QVERIFY(question->text().contains(QStringLiteral("8 of the")));
        QTest::mouseClick(question->button(QMessageBox::No), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const auto report = finished.first().first().value<sync::SyncReport>();
        QCOMPARE(report.stops.size(), 1);
        QCOMPARE(eventsWithSubjectPrefix(a.mailbox, QStringLiteral("Panel: keep")), 10);
        QVERIFY(status().contains(QStringLiteral("deletes not applied")));
    }
};

QTEST_MAIN(TestPanelSync)
#include "tst_panel_sync.moc"
