// `cxsync serve`'s scheduling and its stops, against the sandboxes (docs/admin-guide.md §9):
//  - with push healthy a poll reads the CRM feed only (no calendarView/delta request), and a CRM change still
//    reaches Exchange within the Poll Interval + 1 s;
//  - once a subscription cannot be recreated, every poll reads every mailbox again, so an Outlook change in the
//    mailbox without a subscription reaches the CRM with no notification;
//  - changes made while the service (and so its listener) is down, with Graph's notifications lost, are read by
//    delta after the restart, once each;
//  - the real `cxsync serve` process stopped with SIGTERM (exit 0, "Stopped.") or killed with SIGKILL while a
//    run is writing, then restarted: every change is on the other side exactly once and the outbox is empty.
#include "Cli.h"
#include "CrmSandbox.h"
#include "FaultPlan.h"
#include "GraphSandbox.h"
#include "GraphSubscriptions.h"
#include "SandboxEnvironment.h"
#include "SandboxProfileSupport.h"
#include "ServeCommand.h"
#include "ServeTestSupport.h"
#include "config/LayeredSecretStore.h"
#include "config/SecretsFile.h"
#include "config/Settings.h"
#include "profile/Profile.h"
#include "store/Journal.h"
#include "users/UserLinkStore.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QRegularExpression>
#include <QTimeZone>

using namespace cxsync;
using namespace cxsync::sandbox;

namespace {

constexpr int kPollSecs = 5; // the smallest Poll Interval the settings allow
constexpr int kCrmPollSecs = 2; // sync/crmPollSeconds by default

struct Person {
    QString crmId;
    QString exchangeId;
    QString mailbox;
};

} // namespace

class TestServeSchedule : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxEnvironment> m_env;
    QString m_profile;
    QString m_secretsPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LayeredSecretStore> m_secrets;
    std::unique_ptr<Journal> m_journal;
    QList<Person> m_people;
    // calendarView/delta GETs the Graph sandbox answered, by mailbox id (lower case)
    QHash<QString, int> m_deltaReads;
    int m_made = 0;

    int cli(const QStringList &args) { return testsupport::runCli(m_profile, m_secretsPath, args); }

    int totalDeltaReads() const
    {
        int n = 0;
        for (int v : m_deltaReads)
            n += v;
        return n;
    }

    QString nextSubject(const QString &side)
    {
        return QStringLiteral("%1 change [S%2]").arg(side).arg(++m_made, 3, 10, QLatin1Char('0'));
    }

    QDateTime slot(int n) const
    {
        return QDateTime(QDate::currentDate().addDays(2 + n % 20), QTime(8 + n % 9, 0), QTimeZone::utc());
    }

    QJsonObject outlookEvent(const QString &subject, int n) const
    {
        const QDateTime start = slot(n);
        return QJsonObject{
            {QStringLiteral("subject"), subject},
            {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                                                  {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
            {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), start.addSecs(3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                                                {QStringLiteral("timeZone"), QStringLiteral("UTC")}}}};
    }

    // An Outlook appointment (no attendees) in person's mailbox; its id.
    QString createInOutlook(const Person &person, const QString &subject)
    {
        const QJsonObject e = m_env->graph()->createEvent(person.mailbox, outlookEvent(subject, m_made));
        const QString id = e.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            qWarning("createEvent: %s", QJsonDocument(e).toJson().constData());
        return id;
    }

    // A CRM appointment owned by person alone; its communication id.
    QString createInCrm(const Person &person, const QString &subject)
    {
        const QDateTime start = slot(m_made);
        const QJsonObject c = m_env->crm()->createCommunication(
            QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                        {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                        {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                        {QStringLiteral("Comm_Subject"), subject},
                        {QStringLiteral("Comm_DateTime"), start.toString(Qt::ISODate)},
                        {QStringLiteral("Comm_ToDateTime"), start.addSecs(3600).toString(Qt::ISODate)},
                        {QStringLiteral("Comm_UserId"), person.crmId.toInt()}},
            {person.crmId});
        const QJsonValue id = c.value(QStringLiteral("Comm_CommunicationId"));
        return id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    }

    int crmCount(const QString &subject) const
    {
        int n = 0;
        for (const QJsonValue &c : m_env->crm()->communications(false))
            n += c.toObject().value(QStringLiteral("Comm_Subject")).toString() == subject ? 1 : 0;
        return n;
    }

    int outlookCount(const Person &person, const QString &subject) const
    {
        int n = 0;
        for (const QJsonValue &e : m_env->graph()->events(person.mailbox))
            n += e.toObject().value(QStringLiteral("subject")).toString() == subject ? 1 : 0;
        return n;
    }

    int outboxRows() const
    {
        QSqlQuery q(m_journal->database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM outbox")) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // Every change on the other side exactly once, no CRM communication shared by two Exchange items or two
    // Outlook items of one iCalUId in a mailbox; an empty string when all is well.
    struct Made {
        Person person;
        QString subject;
        bool crmSide = false;
    };
    QString duplicatesOrMissing(const QList<Made> &made) const
    {
        QStringList problems;
        for (const Made &m : made) {
            const int inCrm = crmCount(m.subject);
            if (inCrm != 1)
                problems << QStringLiteral("%1: %2 CRM communications").arg(m.subject).arg(inCrm);
            for (const Person &p : m_people) {
                const int inOutlook = outlookCount(p, m.subject);
                const int expected = p.mailbox == m.person.mailbox ? 1 : 0;
                if (inOutlook != expected)
                    problems << QStringLiteral("%1: %2 items in %3").arg(m.subject).arg(inOutlook).arg(p.mailbox);
            }
        }
        QHash<QString, int> perUid;
        for (const QJsonValue &c : m_env->crm()->communications(false)) {
            const QString uid = c.toObject().value(QStringLiteral("Comm_ExchangeId")).toString();
            if (!uid.isEmpty() && ++perUid[uid] == 2)
                problems << QStringLiteral("iCalUId %1 has several CRM communications").arg(uid);
        }
        for (const Person &p : m_people) {
            QHash<QString, int> uids;
            for (const QJsonValue &e : m_env->graph()->events(p.mailbox)) {
                const QString uid = e.toObject().value(QStringLiteral("iCalUId")).toString();
                if (++uids[uid] == 2)
                    problems << QStringLiteral("iCalUId %1 twice in %2").arg(uid, p.mailbox);
            }
        }
        return problems.join(QStringLiteral("; "));
    }
    bool allArrived(const QList<Made> &made) const
    {
        for (const Made &m : made) {
            if (crmCount(m.subject) < 1 || outlookCount(m.person, m.subject) < 1)
                return false;
        }
        return true;
    }

    // The service in this process (ServeCommand, as tst_serve does).
    struct Service {
        QString out, err;
        QTextStream outStream{&out}, errStream{&err};
        std::unique_ptr<Profile> profile; // as `cxsync serve` opens it, one per start
        std::unique_ptr<ServeCommand> command;
        int code = -1;
        QString text()
        {
            outStream.flush();
            errStream.flush();
            return out + err;
        }
        int count(const QString &what)
        {
            return int(text().count(what));
        }
    };
    std::unique_ptr<Service> startService()
    {
        auto s = std::make_unique<Service>();
        s->profile = std::make_unique<Profile>(*m_settings, *m_secrets);
        s->command = std::make_unique<ServeCommand>(*s->profile, s->outStream, s->errStream);
        Service *raw = s.get();
        s->command->run([raw](int code) { raw->code = code; });
        if (!QTest::qWaitFor([raw] { return raw->count(QStringLiteral("Sync of all users")) > 0 || raw->code != -1; },
                             60000))
            qWarning("the service's first run did not finish");
        return s;
    }
    void stopService(Service &s)
    {
        s.command->requestStop();
        QVERIFY(QTest::qWaitFor([&s] { return s.code != -1; }, 30000));
        QCOMPARE(s.code, 0);
    }

    // The real `cxsync serve` process.
    struct Process {
        QProcess p;
        QString out;
    };
    std::unique_ptr<Process> startProcess()
    {
        auto proc = std::make_unique<Process>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CXSYNC_CONFIG"));
        proc->p.setProcessEnvironment(env);
        proc->p.setProcessChannelMode(QProcess::MergedChannels);
        Process *raw = proc.get();
        connect(&proc->p, &QProcess::readyReadStandardOutput, this,
                [raw] { raw->out += QString::fromUtf8(raw->p.readAllStandardOutput()); });
        proc->p.start(QStringLiteral(CXSYNC_CLI_PATH),
                      {QStringLiteral("--config"), m_profile, QStringLiteral("--secrets-file"), m_secretsPath,
                       QStringLiteral("serve")});
        if (!proc->p.waitForStarted(10000))
            qWarning("cxsync serve did not start");
        proc->p.closeWriteChannel();
        return proc;
    }
    bool waitForExit(Process &proc, int ms)
    {
        const bool exited = QTest::qWaitFor([&proc] { return proc.p.state() == QProcess::NotRunning; }, ms);
        proc.out += QString::fromUtf8(proc.p.readAllStandardOutput());
        return exited;
    }

    // Changes on both sides, half before the process starts, half while it runs; the process is stopped
    // (SIGTERM) or killed (SIGKILL) while a run has a write in flight, restarted, and must leave each change
    // on the other side exactly once.
    void stopMidRunAndRestart(bool kill)
    {
        const QString side = kill ? QStringLiteral("killed") : QStringLiteral("terminated");
        QList<Made> made;
        auto makeSome = [&](int perSide) {
            for (int i = 0; i < perSide; ++i) {
                const Person &p = m_people.at((m_made + i) % m_people.size());
                Made crm{p, nextSubject(QStringLiteral("CRM ") + side), true};
                QVERIFY(!createInCrm(p, crm.subject).isEmpty());
                made.append(crm);
                Made outlook{p, nextSubject(QStringLiteral("Outlook ") + side), false};
                QVERIFY(!createInOutlook(p, outlook.subject).isEmpty());
                made.append(outlook);
            }
        };
        // Slow answers, so that runs take a while and a write is in flight when the signal comes.
        m_env->graph()->setLatency(60);
        m_env->crm()->http().setLatency(40);
        makeSome(10);
        QElapsedTimer timer;
        timer.start();
        auto first = startProcess();
        // A few writes done, then more changes (notifications and the next runs), then the signal while a
        // write is in flight.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         int arrived = 0;
                         for (const Made &m : std::as_const(made))
                             arrived += (m.crmSide ? outlookCount(m.person, m.subject) : crmCount(m.subject)) > 0;
                         return arrived >= 3;
                     },
                     30000),
                 qPrintable(first->out));
        // The next CRM create is held by the server for 3 s, so a write is certainly in flight when the signal
        // comes (the runs write many items side by side and finish their writes in a moment).
        QString planError;
        const auto hold = sandbox::FaultPlan::parse(
            R"({"rules": [{"method": "POST", "path": "Communication$", "fault": "stall", "seconds": 3, "times": 1}]})",
            &planError);
        QVERIFY2(hold, qPrintable(planError));
        m_env->crm()->http().setFaultPlan(*hold);
        makeSome(6);
        // the held create has reached the CRM: the process has it in flight (and in its outbox)
        auto held = [this] {
            for (const QJsonValue &rule :
                 m_env->crm()->http().faultPlan().toJson().value(QStringLiteral("rules")).toArray()) {
                if (rule.toObject().value(QStringLiteral("applied")).toInt() > 0)
                    return true;
            }
            return false;
        };
        QVERIFY2(QTest::qWaitFor(held, 30000), qPrintable(first->out));
        QTest::qWait(200);
        const int inFlight = outboxRows();
        const bool complete = allArrived(made);
        if (kill)
            first->p.kill();
        else
            first->p.terminate();
        QVERIFY(waitForExit(*first, 30000));
        const qint64 stoppedAt = timer.elapsed();
        if (kill) {
            QCOMPARE(first->p.exitStatus(), QProcess::CrashExit);
        } else {
            QVERIFY2(first->p.exitStatus() == QProcess::NormalExit && first->p.exitCode() == 0, qPrintable(first->out));
            QVERIFY2(first->out.contains(QStringLiteral("Stopped.")), qPrintable(first->out));
        }
        const int outboxAfterStop = outboxRows();
        QVERIFY2(!complete, "every change had arrived before the stop: it did not hit a run");

        // the held create reaches the CRM after all (its answer is lost with the killed process) before the
        // service is back: the restarted run must find it, not make it again
        QTest::qWait(3200);
        m_env->crm()->http().setFaultPlan(sandbox::FaultPlan());
        auto second = startProcess();
        QVERIFY2(QTest::qWaitFor([&] { return allArrived(made) && outboxRows() == 0; }, 40000),
                 qPrintable(second->out + QStringLiteral("\n") + duplicatesOrMissing(made)));
        const qint64 arrivedAt = timer.elapsed();
        m_env->graph()->setLatency(0);
        m_env->crm()->http().setLatency(0);
        // Quiet: echoes of the restarted run's writes, Graph's notifications and the next poll change nothing.
        QTest::qWait(kPollSecs * 1000 + 1000);
        QString problems = duplicatesOrMissing(made);
        QVERIFY2(problems.isEmpty(), qPrintable(problems + QStringLiteral("\n") + second->out));
        second->p.terminate();
        QVERIFY(waitForExit(*second, 30000));
        QVERIFY2(second->p.exitStatus() == QProcess::NormalExit && second->p.exitCode() == 0, qPrintable(second->out));
        QVERIFY2(second->out.contains(QStringLiteral("Stopped.")), qPrintable(second->out));
        problems = duplicatesOrMissing(made);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(outboxRows(), 0);
        qInfo("%s with %d write(s) in flight after %lld ms (outbox after the stop: %d); %lld changes all on the "
              "other side %lld ms after the start",
              kill ? "SIGKILL" : "SIGTERM", inFlight, stoppedAt, outboxAfterStop, qint64(made.size()), arrivedAt);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = std::make_unique<SandboxEnvironment>();
        SandboxProfilePaths paths;
        const QString error = startWithProfile(*m_env, 6, m_dir.path(), &paths);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_profile = paths.profile;
        m_secretsPath = paths.secrets;
        {
            QSettings ini(m_profile, QSettings::IniFormat);
            ini.setValue(QStringLiteral("sync/pollIntervalSeconds"), kPollSecs);
            // every CRM-feed poll is said in the output (quiet ones only in Diagnostic Mode), so they can be
            // counted
            ini.setValue(QStringLiteral("options/diagnosticMode"), true);
        }
        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("sync"), QStringLiteral("--yes")}), 0);
        auto opened = Settings::open(m_profile);
        QVERIFY(opened.ok());
        m_settings = std::move(opened).value();
        auto secrets = SecretsFile::load(m_secretsPath);
        QVERIFY(secrets.ok());
        m_secrets = std::make_unique<LayeredSecretStore>(nullptr);
        m_secrets->setOverrides(secrets.value());
        auto journal = Journal::open(m_settings->journalPath());
        QVERIFY(journal.ok());
        m_journal = std::move(journal).value();
        users::UserLinkStore links(*m_journal);
        const auto all = links.all();
        QVERIFY(all.ok());
        for (const users::UserLink &link : all.value()) {
            if (link.state == users::LinkState::Linked && !link.exchangeUserId.isEmpty())
                m_people.append({link.crmUserId, link.exchangeUserId, link.mailbox});
        }
        QVERIFY2(m_people.size() >= 3, "too few linked users");
        static const QRegularExpression delta(QStringLiteral("^/v1\\.0/users/([^/]+)/calendarView/delta"));
        connect(&m_env->graph()->http(), &HttpSandbox::served, this,
                [this](const QString &method, const QString &path, int) {
                    if (method != QLatin1String("GET"))
                        return;
                    if (const auto m = delta.match(path); m.hasMatch())
                        ++m_deltaReads[m.captured(1).toLower()];
                });
    }

    void pushHealthyPollReadsOnlyTheCrmFeed()
    {
        auto service = startService();
        QVERIFY2(service->code == -1, qPrintable(service->text()));
        QVERIFY2(QTest::qWaitFor([&] { return service->count(QStringLiteral("Push is working")) > 0; }, 20000),
                 qPrintable(service->text()));
        // The first poll after the start-up run.
        QVERIFY2(QTest::qWaitFor([&] { return service->count(QStringLiteral("Sync of CRM changes")) >= 1; },
                                 (kPollSecs + 3) * 1000),
                 qPrintable(service->text()));
        const int fullRuns = service->count(QStringLiteral("Sync of all users"));
        m_deltaReads.clear();
        QVERIFY2(QTest::qWaitFor([&] { return service->count(QStringLiteral("Sync of CRM changes")) >= 3; },
                                 (2 * kPollSecs + 3) * 1000),
                 qPrintable(service->text()));
        QVERIFY2(totalDeltaReads() == 0, qPrintable(QStringLiteral("%1 mailbox delta reads during CRM-feed-only polls\n%2")
                                                         .arg(totalDeltaReads())
                                                         .arg(service->text())));
        QCOMPARE(service->count(QStringLiteral("Sync of all users")), fullRuns);

        // A CRM change made just after a poll: the next poll (one interval later) carries it to Exchange.
        const int polls = service->count(QStringLiteral("Sync of CRM changes"));
        QVERIFY(QTest::qWaitFor([&] { return service->count(QStringLiteral("Sync of CRM changes")) > polls; },
                                (kPollSecs + 3) * 1000));
        const Person &person = m_people.at(0);
        const QString subject = nextSubject(QStringLiteral("CRM poll"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!createInCrm(person, subject).isEmpty());
        QVERIFY2(QTest::qWaitFor([&] { return outlookCount(person, subject) == 1; }, 20000),
                 qPrintable(service->text()));
        const qint64 latency = timer.elapsed();
        qInfo("CRM -> Exchange by a CRM-feed-only poll: %lld ms (CRM Poll Interval %d s, Poll Interval %d s)",
              latency, kCrmPollSecs, kPollSecs);
        // the CRM feed has its own interval (default 2 s): a CRM edit reaches Outlook within it + 1 s
        QVERIFY2(latency <= kCrmPollSecs * 1000 + 1000, "later than the CRM Poll Interval + 1 s");
        QTest::qWait(1000);
        QCOMPARE(crmCount(subject), 1);
        QCOMPARE(outlookCount(person, subject), 1);
        stopService(*service);
    }

    void failedSubscriptionMakesEveryPollAFullRun()
    {
        auto service = startService();
        QVERIFY2(QTest::qWaitFor([&] { return service->count(QStringLiteral("Push is working")) > 0; }, 20000),
                 qPrintable(service->text()));
        // Graph removes the subscription of one mailbox, and creating a new one fails (504, not retried).
        const Person &victim = m_people.at(1);
        QString subscriptionId;
        for (const QJsonValue &s : m_env->graph()->subscriptions().toJson()) {
            if (s.toObject().value(QStringLiteral("resource")).toString().contains(victim.exchangeId, Qt::CaseInsensitive))
                subscriptionId = s.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!subscriptionId.isEmpty());
        FaultRule refuse;
        refuse.method = QStringLiteral("POST");
        refuse.path = QRegularExpression(QStringLiteral("^/v1\\.0/subscriptions$"));
        refuse.kind = FaultKind::GatewayTimeout;
        m_env->graph()->http().faultPlan().addRule(refuse);
        QVERIFY(m_env->graph()->triggerLifecycle(subscriptionId, QStringLiteral("subscriptionRemoved")));
        QVERIFY2(QTest::qWaitFor([&] { return service->count(QStringLiteral("Lifecycle handling for")) > 0; }, 10000),
                 qPrintable(service->text()));

        // From the next poll on, every poll reads every mailbox.
        const int fullBefore = service->count(QStringLiteral("Sync of all users"));
        const int crmOnlyBefore = service->count(QStringLiteral("Sync of CRM changes"));
        QVERIFY2(QTest::qWaitFor([&] {
                     return service->count(QStringLiteral("Sync of all users")) +
                                service->count(QStringLiteral("Sync of CRM changes")) >
                            fullBefore + crmOnlyBefore;
                 },
                                 (kPollSecs + 5) * 1000),
                 qPrintable(service->text()));
        QVERIFY2(service->count(QStringLiteral("Sync of CRM changes")) == crmOnlyBefore,
                 qPrintable(QStringLiteral("a CRM-feed-only poll although a subscription failed:\n") + service->text()));
        m_deltaReads.clear();
        // An Outlook change in the mailbox without a subscription: no notification, the next full poll finds it.
        const QString subject = nextSubject(QStringLiteral("Outlook unsubscribed"));
        QElapsedTimer timer;
        timer.start();
        const int notifications = service->count(QStringLiteral("Change notification for"));
        QVERIFY(!createInOutlook(victim, subject).isEmpty());
        QVERIFY2(QTest::qWaitFor([&] { return crmCount(subject) == 1; }, (kPollSecs + 5) * 1000),
                 qPrintable(service->text()));
        const qint64 latency = timer.elapsed();
        QCOMPARE(service->count(QStringLiteral("Change notification for")), notifications);
        for (const Person &p : std::as_const(m_people))
            QVERIFY2(m_deltaReads.value(p.exchangeId.toLower()) > 0, qPrintable(p.mailbox + QStringLiteral(" not read")));
        qInfo("Exchange -> CRM without a subscription (full polls): %lld ms", latency);
        QVERIFY2(service->count(QStringLiteral("Sync of CRM changes")) == crmOnlyBefore, qPrintable(service->text()));
        QTest::qWait(500);
        QCOMPARE(crmCount(subject), 1);
        QCOMPARE(outlookCount(victim, subject), 1);
        stopService(*service);
        m_env->graph()->http().faultPlan().clear();

        // Restarted with Graph accepting subscriptions again: the mailbox is subscribed, push is healthy.
        service = startService();
        QVERIFY2(QTest::qWaitFor([&] { return service->count(QStringLiteral("Push is working")) > 0; }, 20000),
                 qPrintable(service->text()));
        QVERIFY(QTest::qWaitFor([&] { return service->count(QStringLiteral("Sync of CRM changes")) >= 1; },
                                (kPollSecs + 3) * 1000));
        stopService(*service);
    }

    void changesWhileTheListenerIsDownArriveByDelta()
    {
        // Made while the service runs: linked items to change later.
        auto service = startService();
        const Person &a = m_people.at(2);
        const Person &b = m_people.at(3 % m_people.size());
        const QString renamed = nextSubject(QStringLiteral("Outlook before"));
        const QString removed = nextSubject(QStringLiteral("Outlook before"));
        const QString renamedId = createInOutlook(a, renamed);
        const QString removedId = createInOutlook(b, removed);
        const QString crmRenamed = nextSubject(QStringLiteral("CRM before"));
        const QString crmRenamedId = createInCrm(b, crmRenamed);
        QVERIFY2(QTest::qWaitFor([&] { return crmCount(renamed) == 1 && crmCount(removed) == 1 && outlookCount(b, crmRenamed) == 1; },
                                 (kPollSecs + 5) * 1000),
                 qPrintable(service->text()));
        stopService(*service);

        // Listener down; Graph gives up on each notification at once, so only delta can find these.
        m_env->graph()->subscriptions().setMaxAttempts(1);
        int failedDeliveries = 0;
        const auto c = connect(&m_env->graph()->subscriptions(), &GraphSubscriptions::delivered, this,
                               [&](const QString &, int status, int notifications) {
                                   if (status / 100 != 2)
                                       failedDeliveries += notifications;
                               });
        QList<Made> made;
        for (int i = 0; i < 4; ++i) {
            const Person &p = m_people.at(i % m_people.size());
            Made outlook{p, nextSubject(QStringLiteral("Outlook while down")), false};
            QVERIFY(!createInOutlook(p, outlook.subject).isEmpty());
            made.append(outlook);
            Made crm{p, nextSubject(QStringLiteral("CRM while down")), true};
            QVERIFY(!createInCrm(p, crm.subject).isEmpty());
            made.append(crm);
        }
        const QString renamedTo = renamed + QStringLiteral(" (renamed while down)");
        QVERIFY(m_env->graph()->updateEvent(a.mailbox, renamedId, QJsonObject{{QStringLiteral("subject"), renamedTo}}));
        QVERIFY(m_env->graph()->deleteEvent(b.mailbox, removedId));
        const QString crmRenamedTo = crmRenamed + QStringLiteral(" (renamed while down)");
        QVERIFY(m_env->crm()->updateCommunication(crmRenamedId, QJsonObject{{QStringLiteral("Comm_Subject"), crmRenamedTo}}));
        QVERIFY(QTest::qWaitFor([&] { return failedDeliveries >= 6; }, 10000));
        disconnect(c);
        m_env->graph()->subscriptions().setMaxAttempts(8);

        QElapsedTimer timer;
        timer.start();
        service = startService();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return allArrived(made) && crmCount(renamedTo) == 1 && crmCount(removed) == 0 &&
                                outlookCount(b, crmRenamedTo) == 1;
                     },
                     20000),
                 qPrintable(service->text() + duplicatesOrMissing(made)));
        qInfo("%lld changes made while the listener was down (%d notifications lost) arrived %lld ms after the "
              "restart",
              qint64(made.size()) + 3, failedDeliveries, timer.elapsed());
        QTest::qWait(1500);
        const QString problems = duplicatesOrMissing(made);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(crmCount(renamed), 0);
        QCOMPARE(crmCount(renamedTo), 1);
        QCOMPARE(outlookCount(a, renamedTo), 1);
        QCOMPARE(outlookCount(b, crmRenamed), 0);
        QCOMPARE(outlookCount(b, crmRenamedTo), 1);
        stopService(*service);
    }

    void sigtermMidRunThenRestartDuplicatesNothing()
    {
        stopMidRunAndRestart(false);
    }

    void sigkillMidRunThenRestartDuplicatesNothing()
    {
        stopMidRunAndRestart(true);
    }
};

QTEST_MAIN(TestServeSchedule)
#include "tst_serve_schedule.moc"
