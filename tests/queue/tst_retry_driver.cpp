// The retry driver with a real retrier (CrmAppointmentRetrier over SageCrmConnector) against the CRM sandbox
// on loopback: the CRM down, failures retried at growing intervals on the injected clock, the CRM back up and
// the queue drained with every appointment created once; a dead server trips the pass instead of being
// hammered; permanent errors park; superseded and already-applied changes are recognised; and a journal that
// fails from its i-th write on during a pass still ends, one pass later, in the same final state.
#include "CrmSandbox.h"
#include "FakeClock.h"
#include "FaultPlan.h"
#include "QueueTestSupport.h"
#include "crm/sagecrm/SageCrmConnector.h"
#include "net/HttpClient.h"
#include "queue/CrmAppointmentRetrier.h"
#include "queue/FailedMessageQueue.h"
#include "queue/RetryDriver.h"
#include "queue/TransactionLog.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace cxsync;
using namespace cxsync::queue;
using namespace cxsync::sandbox;
using namespace cxsync::testsupport;

namespace {

const QString kAnna = QStringLiteral("anna@contoso.com");

SampleData world()
{
    SampleData data;
    SampleUser sync;
    sync.key = QStringLiteral("u0001");
    sync.crmLogon = QStringLiteral("sync");
    sync.crmFirstName = QStringLiteral("Sync");
    sync.crmLastName = QStringLiteral("User");
    sync.crmEmail = QStringLiteral("sync@example.com");
    sync.crmExternalLogon = true;
    data.users = {sync};
    data.syncUserKey = sync.key;
    data.syncUserPassword = QStringLiteral("s3cret");
    return data;
}

RetrySchedule schedule()
{
    RetrySchedule s;
    s.baseMs = 60 * 1000;
    s.capMs = 20 * 60 * 1000;
    s.maxAttempts = 12;
    s.claimLeaseMs = 5 * 60 * 1000;
    return s;
}

} // namespace

class TestRetryDriver : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CrmSandbox> m_crm;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    SystemClock m_httpClock;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<crm::sagecrm::SageCrmConnector> m_connector;
    std::unique_ptr<CrmAppointmentRetrier> m_retrier;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<FailedMessageQueue> m_queue;
    std::unique_ptr<TransactionLog> m_log;
    std::unique_ptr<RetryDriver> m_driver;
    QString m_syncUserId;

    void useCrmPassword(const QString &password)
    {
        m_driver.reset();
        m_retrier.reset();
        m_connector = std::make_unique<crm::sagecrm::SageCrmConnector>(
            *m_http, m_crm->restBaseUrl(), m_crm->syncUser(), password, QTimeZone::utc());
        m_retrier = std::make_unique<CrmAppointmentRetrier>(*m_connector);
        m_driver = std::make_unique<RetryDriver>(*m_queue, *m_clock);
        m_driver->addRetrier(m_retrier.get());
        m_driver->setTransactionLog(m_log.get());
    }

    CrmAppointmentChange createChange(int i) const
    {
        CrmAppointmentChange c;
        c.operation = QStringLiteral("create");
        c.changedUtc = QDateTime(QDate(2026, 1, 5), QTime(8, 30), Qt::UTC);
        c.appointment.subject = QStringLiteral("Meeting %1").arg(i);
        c.appointment.details = QStringLiteral("Agenda, \"items\"\nsecond line");
        c.appointment.startUtc = QDateTime(QDate(2026, 2, 1 + i % 20), QTime(9, 0), Qt::UTC);
        c.appointment.endUtc = c.appointment.startUtc.addSecs(3600);
        c.appointment.ownerUserId = m_syncUserId;
        c.appointment.linkedUserIds = {m_syncUserId};
        c.appointment.exchangeId = QStringLiteral("AAMkAD-%1").arg(i);
        c.appointment.notifyMinutes = 15;
        return c;
    }
    FailureRecord failureOf(const CrmAppointmentChange &change, ErrorKind kind = ErrorKind::Network) const
    {
        FailureRecord f;
        f.direction = Direction::ExchangeToCrm;
        f.mailbox = kAnna;
        f.crmUserId = m_syncUserId;
        f.exchangeItemId = change.appointment.exchangeId;
        f.crmItemId = change.appointment.id;
        f.operation = change.operation;
        f.subject = change.appointment.subject;
        f.snapshot = change.toJson();
        f.error = makeError(kind, QStringLiteral("Connection to the CRM failed: connection refused"));
        return f;
    }
    DrainReport pass()
    {
        std::optional<DrainReport> report;
        m_driver->runDue([&report](DrainReport r) { report = r; });
        if (!QTest::qWaitFor([&] { return report.has_value(); }, 20000))
            qFatal("the retry pass did not finish");
        return *report;
    }
    void crmDown()
    {
        QString error;
        const auto plan = FaultPlan::parse(QByteArrayLiteral(R"({"rules":[{"fault":"reset"}]})"), &error);
        QVERIFY2(plan, qPrintable(error));
        m_crm->http().setFaultPlan(*plan);
    }
    void crmUp() { m_crm->http().setFaultPlan(FaultPlan()); }
    QList<QJsonObject> crmAppointmentsWithExchangeId(const QString &exchangeId,
                                                     bool includeDeleted = false) const
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : m_crm->communications(includeDeleted)) {
            if (v.toObject().value(QStringLiteral("Comm_ExchangeId")).toString() == exchangeId)
                out << v.toObject();
        }
        return out;
    }
    QList<QDateTime> failureTimes(qint64 id)
    {
        QList<QDateTime> times;
        const FailedMessage message = m_queue->get(id).value();
        for (const MessageEvent &e : message.history) {
            if (e.event == MessageEventKind::Failed)
                times << e.timeUtc;
        }
        return times;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_crm = std::make_unique<CrmSandbox>();
        m_crm->load(world());
        QVERIFY(m_crm->start());
        for (const QJsonValue &u : m_crm->users())
            m_syncUserId = u.toObject().value(QStringLiteral("$key")).toString();
        QVERIFY(!m_syncUserId.isEmpty());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_http = std::make_unique<net::HttpClient>(m_nam.get(), &m_httpClock);
        net::RetryPolicy::Options once;
        once.maxAttempts = 1; // the queue does the retrying here
        m_http->setRetryPolicy(net::RetryPolicy(once));
        m_journal = Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite"))).value();
        m_clock = std::make_unique<FakeClock>();
        m_queue = std::make_unique<FailedMessageQueue>(*m_journal, *m_clock, schedule(), 11);
        m_log = std::make_unique<TransactionLog>(*m_journal, *m_clock);
        useCrmPassword(m_crm->syncPassword());
    }
    void cleanup()
    {
        m_driver.reset();
        m_retrier.reset();
        m_connector.reset();
        m_http.reset();
        m_nam.reset();
        m_crm.reset();
        m_log.reset();
        m_queue.reset();
        m_journal.reset();
        m_dir.reset();
    }

    void crmDownThenUpIsDrainedAtGrowingIntervals()
    {
        crmDown();
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << m_queue->record(failureOf(createChange(i))).value().id;
        QSignalSpy passes(m_driver.get(), &RetryDriver::passFinished);
        m_driver->start();
        QTRY_COMPARE_WITH_TIMEOUT(passes.size(), 1, 20000); // nothing due yet
        int resolvedPasses = 0;
        const QDateTime upAt = m_clock->nowUtc().addSecs(25 * 60);
        bool up = false;
        MessageFilter waiting;
        waiting.states = {MessageState::Waiting};
        for (int round = 0; round < 60 && m_queue->count(waiting).value() > 0; ++round) {
            if (!up && m_clock->nowUtc() >= upAt) {
                crmUp();
                up = true;
            }
            const auto next = m_clock->nextDueIn();
            QVERIFY2(next.has_value(), "the driver always has the next pass scheduled while messages wait");
            const int before = int(passes.size());
            m_clock->advance(*next);
            QTRY_COMPARE_WITH_TIMEOUT(int(passes.size()), before + 1, 20000);
            if (passes.last().at(0).toInt() > 0)
                ++resolvedPasses;
        }
        QVERIFY(up);
        QVERIFY(resolvedPasses >= 1);
        m_driver->stop();
        for (int i = 0; i < ids.size(); ++i) {
            const FailedMessage m = m_queue->get(ids[i]).value();
            QCOMPARE(m.state, MessageState::Resolved);
            QVERIFY2(m.note.contains(QStringLiteral("created CRM appointment")), qPrintable(m.note));
            QCOMPARE(crmAppointmentsWithExchangeId(QStringLiteral("AAMkAD-%1").arg(i)).size(), 1);
            const QJsonObject comm =
                crmAppointmentsWithExchangeId(QStringLiteral("AAMkAD-%1").arg(i)).first();
            QCOMPARE(comm.value(QStringLiteral("Comm_Subject")).toString(),
                     QStringLiteral("Meeting %1").arg(i));
            // While the CRM was down the waits between this item's failures grew.
            const QList<QDateTime> failed = failureTimes(ids[i]);
            QVERIFY2(failed.size() >= 4, qPrintable(QString::number(failed.size())));
            QList<qint64> waits;
            for (int k = 1; k < failed.size(); ++k)
                waits << failed[k - 1].msecsTo(failed[k]);
            for (int k = 1; k < waits.size(); ++k)
                QVERIFY2(waits[k] > waits[k - 1],
                         qPrintable(QStringLiteral("item %1 waits %2").arg(i).arg([&] {
                             QStringList w;
                             for (qint64 ms : waits)
                                 w << QString::number(ms / 1000);
                             return w.join(QLatin1Char(','));
                         }())));
            if (i == 0)
                qInfo() << "item 0: failed" << failed.size() << "times; waits (s):" << [&] {
                    QStringList w;
                    for (qint64 ms : waits)
                        w << QString::number(ms / 1000);
                    return w.join(QLatin1Char(','));
                }();
        }
        QCOMPARE(m_crm->communications(false).size(), 5);
        // The transaction log tells the story: failures, then each item resolved once.
        LogFilter resolved;
        resolved.result = LogResult::Resolved;
        QCOMPARE(m_log->count(resolved).value(), qint64(5));
        LogFilter failedEntries;
        failedEntries.result = LogResult::Failed;
        QVERIFY(m_log->count(failedEntries).value() >= 5);
        const LogEntry last = m_log->query(resolved, {}, 1).value().rows.first();
        QCOMPARE(last.direction, QStringLiteral("exchange_to_crm"));
        QCOMPARE(last.user, kAnna);
        QCOMPARE(last.action, QStringLiteral("retry create"));
        QVERIFY(last.failedMessageId > 0);
    }

    void aDeadServerTripsThePassInsteadOfBeingHammered()
    {
        crmDown();
        QList<FailureRecord> batch;
        for (int i = 0; i < 10; ++i)
            batch << failureOf(createChange(i));
        QVERIFY(m_queue->recordAll(batch).ok());
        QCOMPARE(m_queue->retryAll({}).value(), 10); // all due now
        m_driver->setTripAfter(3);
        const DrainReport report = pass();
        QCOMPARE(report.attempted, 3);
        QCOMPARE(report.waiting, 3);
        QCOMPARE(report.deferred, 7);
        QCOMPARE(report.resolved, 0);
        // The seven untried rows wait as long as the last failed one; none of them counted an attempt.
        MessageFilter waiting;
        waiting.states = {MessageState::Waiting};
        const QList<FailedMessage> rows = m_queue->list(waiting, 0, 100).value();
        QCOMPARE(rows.size(), 10);
        QDateTime latest;
        for (const FailedMessage &m : rows)
            latest = std::max(latest, m.nextAttemptUtc);
        int untried = 0;
        for (const FailedMessage &m : rows) {
            QVERIFY(m.nextAttemptUtc > m_clock->nowUtc());
            if (m.attempts == 1) {
                ++untried;
                QVERIFY(m.nextAttemptUtc >= latest.addSecs(-60));
            }
        }
        QCOMPARE(untried, 7);
        QCOMPARE(m_queue->due(m_clock->nowUtc(), 100).value().size(), 0);
        // Once up, one pass drains them all.
        crmUp();
        m_clock->advance(m_clock->nowUtc().msecsTo(latest));
        const DrainReport drained = pass();
        QCOMPARE(drained.resolved, 10);
        QCOMPARE(m_crm->communications(false).size(), 10);
    }

    void aRefusedLoginParksAtOnce()
    {
        useCrmPassword(QStringLiteral("wrong password"));
        const qint64 id = m_queue->record(failureOf(createChange(1))).value().id;
        QVERIFY(m_queue->retryNow(id).ok());
        const DrainReport report = pass();
        QCOMPARE(report.parked, 1);
        const FailedMessage m = m_queue->get(id).value();
        QCOMPARE(m.state, MessageState::Parked);
        QCOMPARE(m.errorKind, ErrorKind::Auth);
        QCOMPARE(m.httpStatus, 401);
        QCOMPARE(m.attempts, 2);
        QVERIFY(!m_queue->nextDueUtc().value().isValid());
        LogFilter parked;
        parked.result = LogResult::Parked;
        QCOMPARE(m_log->count(parked).value(), qint64(1));
        // The admin fixes the password and retries: resolved.
        useCrmPassword(m_crm->syncPassword());
        QVERIFY(m_queue->retryNow(id).ok());
        QCOMPARE(pass().resolved, 1);
        QCOMPARE(crmAppointmentsWithExchangeId(QStringLiteral("AAMkAD-1")).size(), 1);
    }

    void changesAreResolvedAgainstTheCurrentState()
    {
        // A: created by an attempt whose answer was lost.
        CrmAppointmentChange a = createChange(1);
        QJsonObject createdA = m_crm->createCommunication(
            QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                        {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                        {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                        {QStringLiteral("Comm_Subject"), a.appointment.subject},
                        {QStringLiteral("Comm_DateTime"), QStringLiteral("2026-02-02T09:00:00Z")},
                        {QStringLiteral("Comm_ToDateTime"), QStringLiteral("2026-02-02T10:00:00Z")},
                        {QStringLiteral("Comm_ExchangeId"), a.appointment.exchangeId}},
            {m_syncUserId});
        QVERIFY(!createdA.isEmpty());
        // B: edited in the CRM after the Exchange change we failed to write.
        QJsonObject b0 = m_crm->createCommunication(
            QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                        {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                        {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                        {QStringLiteral("Comm_Subject"), QStringLiteral("B as the CRM has it")},
                        {QStringLiteral("Comm_DateTime"), QStringLiteral("2026-02-03T09:00:00Z")},
                        {QStringLiteral("Comm_ToDateTime"), QStringLiteral("2026-02-03T10:00:00Z")}},
            {m_syncUserId});
        CrmAppointmentChange b = createChange(2);
        b.operation = QStringLiteral("update");
        b.appointment.id = b0.value(QStringLiteral("$key")).toString();
        b.appointment.subject = QStringLiteral("B from Exchange (older)");
        b.changedUtc = QDateTime::currentDateTimeUtc().addSecs(-3600);
        // C: deleted in the CRM meanwhile. D: to delete. E: a plain update.
        const auto make = [this](const QString &subject) {
            return m_crm
                ->createCommunication(
                    QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                                {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                                {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                                {QStringLiteral("Comm_Subject"), subject},
                                {QStringLiteral("Comm_DateTime"), QStringLiteral("2026-02-04T09:00:00Z")},
                                {QStringLiteral("Comm_ToDateTime"), QStringLiteral("2026-02-04T10:00:00Z")}},
                    {m_syncUserId})
                .value(QStringLiteral("$key"))
                .toString();
        };
        CrmAppointmentChange c = createChange(3);
        c.operation = QStringLiteral("update");
        c.appointment.id = make(QStringLiteral("C"));
        QVERIFY(m_crm->deleteCommunication(c.appointment.id));
        CrmAppointmentChange d = createChange(4);
        d.operation = QStringLiteral("delete");
        d.appointment.id = make(QStringLiteral("D"));
        CrmAppointmentChange e = createChange(5);
        e.operation = QStringLiteral("update");
        e.appointment.id = make(QStringLiteral("E before"));
        e.appointment.subject = QStringLiteral("E after");
        e.changedUtc = QDateTime::currentDateTimeUtc().addSecs(3600);
        // F: a snapshot that cannot be applied.
        FailureRecord f = failureOf(createChange(6));
        QJsonObject broken = f.snapshot;
        QJsonObject ap = broken.value(QStringLiteral("appointment")).toObject();
        ap.insert(QStringLiteral("startUtc"), QStringLiteral("tomorrow-ish"));
        broken.insert(QStringLiteral("appointment"), ap);
        f.snapshot = broken;

        QHash<QString, qint64> ids;
        ids[QStringLiteral("A")] = m_queue->record(failureOf(a)).value().id;
        ids[QStringLiteral("B")] = m_queue->record(failureOf(b)).value().id;
        ids[QStringLiteral("C")] = m_queue->record(failureOf(c)).value().id;
        ids[QStringLiteral("D")] = m_queue->record(failureOf(d)).value().id;
        ids[QStringLiteral("E")] = m_queue->record(failureOf(e)).value().id;
        ids[QStringLiteral("F")] = m_queue->record(f).value().id;
        QCOMPARE(m_queue->retryAll({}).value(), 6);
        const DrainReport report = pass();
        QCOMPARE(report.attempted, 6);
        QCOMPARE(report.resolved, 3);   // A (already there), D, E
        QCOMPARE(report.superseded, 2); // B, C
        QCOMPARE(report.parked, 1);     // F

        const auto state = [&](const char *key) { return m_queue->get(ids[QLatin1String(key)]).value(); };
        QVERIFY2(state("A").note.contains(QStringLiteral("already in the CRM")), qPrintable(state("A").note));
        QCOMPARE(crmAppointmentsWithExchangeId(a.appointment.exchangeId).size(), 1);
        QVERIFY2(state("B").note.contains(QStringLiteral("newer CRM version is kept")),
                 qPrintable(state("B").note));
        QCOMPARE(state("B").history.last().event, MessageEventKind::Superseded);
        QVERIFY2(state("C").note.contains(QStringLiteral("deleted")), qPrintable(state("C").note));
        QCOMPARE(state("D").state, MessageState::Resolved);
        QCOMPARE(state("E").state, MessageState::Resolved);
        QCOMPARE(state("F").state, MessageState::Parked);
        QCOMPARE(state("F").errorKind, ErrorKind::Invalid);
        QVERIFY2(state("F").errorMessage.contains(QStringLiteral("startUtc")),
                 qPrintable(state("F").errorMessage));
        for (const QJsonValue &v : m_crm->communications(true)) {
            const QJsonObject comm = v.toObject();
            const QString id = comm.value(QStringLiteral("$key")).toString();
            if (id == b.appointment.id)
                QCOMPARE(comm.value(QStringLiteral("Comm_Subject")).toString(),
                         QStringLiteral("B as the CRM has it"));
            if (id == d.appointment.id)
                QCOMPARE(comm.value(QStringLiteral("Comm_Deleted")).toInt(), 1);
            if (id == e.appointment.id)
                QCOMPARE(comm.value(QStringLiteral("Comm_Subject")).toString(), QStringLiteral("E after"));
        }
    }

    void aJournalFailingFromItsIthWriteStillEndsInTheSameState_data()
    {
        QTest::addColumn<int>("failingWrite");
        // A healthy pass over 4 items makes 16 queue writes (claim: row + event; resolve: row + event).
        for (int i = 1; i <= 16; ++i)
            QTest::newRow(qPrintable(QStringLiteral("from write %1 on").arg(i))) << i;
    }
    void aJournalFailingFromItsIthWriteStillEndsInTheSameState()
    {
        QFETCH(int, failingWrite);
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids << m_queue->record(failureOf(createChange(i))).value().id;
        QCOMPARE(m_queue->retryAll({}).value(), 4);
        QSqlQuery q(m_journal->database());
        QStringList setup{QStringLiteral("CREATE TABLE test_writes (n INTEGER NOT NULL)"),
                          QStringLiteral("INSERT INTO test_writes VALUES (0)")};
        for (const QString &table :
             {QStringLiteral("failed_messages"), QStringLiteral("failed_message_events")}) {
            for (const QString &op : {QStringLiteral("INSERT"), QStringLiteral("UPDATE")}) {
                setup << QStringLiteral(
                             "CREATE TRIGGER test_count_%1_%2 AFTER %2 ON %1 BEGIN UPDATE test_writes SET"
                             " n = n + 1; END")
                             .arg(table, op);
                // From the i-th write on, every write of this pass fails (a full disk, a lost lock).
                setup << QStringLiteral(
                             "CREATE TRIGGER test_fail_%1_%2 BEFORE %2 ON %1 BEGIN SELECT RAISE(ABORT,"
                             " 'injected: database or disk is full') WHERE (SELECT n FROM test_writes)"
                             " >= %3; END")
                             .arg(table, op)
                             .arg(failingWrite - 1);
            }
        }
        for (const QString &sql : setup)
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));

        const DrainReport faulty = pass();
        QVERIFY2(!faulty.problems.isEmpty(), "the journal's refusal is reported");
        for (const QString &table :
             {QStringLiteral("failed_messages"), QStringLiteral("failed_message_events")}) {
            for (const QString &op : {QStringLiteral("INSERT"), QStringLiteral("UPDATE")})
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER test_fail_%1_%2").arg(table, op)));
        }
        // The disk has room again. Claims that could not be closed run out; the next pass finishes the job.
        m_clock->advance(schedule().claimLeaseMs);
        const DrainReport healed = pass();
        QVERIFY2(healed.problems.isEmpty(), qPrintable(healed.problems.join(QLatin1Char('\n'))));
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(m_queue->get(ids[i]).value().state, MessageState::Resolved);
            QCOMPARE(crmAppointmentsWithExchangeId(QStringLiteral("AAMkAD-%1").arg(i)).size(), 1);
        }
        QCOMPARE(m_crm->communications(false).size(), 4);
        QCOMPARE(faulty.resolved + healed.resolved, 4);
    }
};

QTEST_GUILESS_MAIN(TestRetryDriver)
#include "tst_retry_driver.moc"
