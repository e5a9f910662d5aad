// The service's heartbeat in the journal (ServiceState) and the health of change subscriptions
// (SubscriptionAssessment): what the panel's Service tab and `cxsync hooks status` show.
#include "FakeClock.h"
#include "hooks/SubscriptionHealth.h"
#include "service/ServiceState.h"
#include "store/Journal.h"
#include "sync/CalendarSync.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace cxsync;
using cxsync::testsupport::FakeClock;

class TestServiceState final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<FakeClock> m_clock;

    ServiceHeartbeat current()
    {
        const auto read = ServiceState::read(*m_journal);
        if (!read.ok() || !read.value())
            return {};
        return *read.value();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite")));
        QVERIFY(opened.ok());
        m_journal = std::move(opened).value();
        m_clock = std::make_unique<FakeClock>();
    }

    void cleanup()
    {
        m_journal.reset();
        m_dir.reset();
    }

    void noHeartbeatMeansNeverStarted()
    {
        const auto read = ServiceState::read(*m_journal);
        QVERIFY(read.ok());
        QVERIFY(!read.value().has_value());
        QCOMPARE(ServiceState::liveness(read.value(), m_clock->nowUtc(), 60), ServiceLiveness::NeverStarted);
    }

    void startRecordsWhoWhereAndWhen()
    {
        ServiceState state(*m_journal, *m_clock);
        QVERIFY(state
                    .started(QStringLiteral("http://127.0.0.1:8765/cxsync/notifications"),
                             QStringLiteral("https://sync.contoso.com/cxsync/notifications"), 60)
                    .ok());
        const ServiceHeartbeat h = current();
        QCOMPARE(h.pid, QCoreApplication::applicationPid());
        QCOMPARE(h.host, QHostInfo::localHostName());
        QCOMPARE(h.startedUtc, m_clock->nowUtc());
        QCOMPARE(h.heartbeatUtc, m_clock->nowUtc());
        QCOMPARE(h.pollIntervalSecs, 60);
        QCOMPARE(h.listenUrl, QStringLiteral("http://127.0.0.1:8765/cxsync/notifications"));
        QCOMPARE(h.publicUrl, QStringLiteral("https://sync.contoso.com/cxsync/notifications"));
        QVERIFY(!h.lastRunUtc.isValid());
        QVERIFY(!h.stoppedUtc.isValid());
        QCOMPARE(ServiceState::liveness(h, m_clock->nowUtc(), 60), ServiceLiveness::Running);
    }

    void heartbeatOlderThanTwoPollIntervalsIsNotRunning()
    {
        ServiceState state(*m_journal, *m_clock);
        QVERIFY(state.started({}, {}, 30).ok());
        m_clock->advance(55 * 1000);
        QVERIFY(state.beat().ok());
        QCOMPARE(current().heartbeatUtc, m_clock->nowUtc());
        // 60 s after the last beat = exactly two intervals: still running; one second more is not.
        m_clock->advance(60 * 1000);
        QCOMPARE(ServiceState::liveness(current(), m_clock->nowUtc(), 600), ServiceLiveness::Running);
        m_clock->advance(1000);
        QCOMPARE(ServiceState::liveness(current(), m_clock->nowUtc(), 600), ServiceLiveness::NotResponding);
        // The service's own interval decides, not the panel's setting (600 above).
        QVERIFY(state.beat().ok());
        QCOMPARE(ServiceState::liveness(current(), m_clock->nowUtc(), 1), ServiceLiveness::Running);
    }

    void runsAreRecordedAndStopIsFinal()
    {
        ServiceState state(*m_journal, *m_clock);
        QVERIFY(state.started({}, {}, 60).ok());
        m_clock->advance(5000);
        sync::SyncReport good;
        good.done.crmCreates = 2;
        good.done.exchangeUpdates = 1;
        good.durationMs = 123;
        QVERIFY(state.runFinished(QStringLiteral("all users"), good).ok());
        ServiceHeartbeat h = current();
        QCOMPARE(h.lastRunUtc, m_clock->nowUtc());
        QVERIFY(h.lastRunOk);
        QVERIFY2(h.lastRunResult.contains(QStringLiteral("all users: 3 change(s) written, 0 failed")),
                 qPrintable(h.lastRunResult));
        QCOMPARE(h.heartbeatUtc, m_clock->nowUtc()); // a finished run is a sign of life

        m_clock->advance(5000);
        sync::SyncReport bad;
        bad.error = QStringLiteral("the CRM is unreachable");
        QVERIFY(state.runFinished(QStringLiteral("anna@contoso.com"), bad).ok());
        h = current();
        QVERIFY(!h.lastRunOk);
        QVERIFY(h.lastRunResult.contains(QStringLiteral("the CRM is unreachable")));

        m_clock->advance(5000);
        QVERIFY(state.stopped().ok());
        const QDateTime stoppedAt = m_clock->nowUtc();
        QCOMPARE(current().stoppedUtc, stoppedAt);
        QCOMPARE(ServiceState::liveness(current(), m_clock->nowUtc(), 60), ServiceLiveness::Stopped);
        // Beats and runs that end after the stop do not bring it back to life.
        m_clock->advance(5000);
        QVERIFY(state.beat().ok());
        QVERIFY(state.runFinished(QStringLiteral("all users"), good).ok());
        QCOMPARE(current().heartbeatUtc, stoppedAt);
        QCOMPARE(ServiceState::liveness(current(), m_clock->nowUtc(), 60), ServiceLiveness::Stopped);

        // A new start replaces the stopped service's row.
        QVERIFY(state.started({}, {}, 60).ok());
        QVERIFY(!current().stoppedUtc.isValid());
        QVERIFY(!current().lastRunUtc.isValid());
        QCOMPARE(ServiceState::liveness(current(), m_clock->nowUtc(), 60), ServiceLiveness::Running);
    }

    void listenUrlNamesSchemeBindPortAndPath()
    {
        QCOMPARE(ServiceState::listenUrl(QHostAddress::LocalHost, 8765,
                                         QStringLiteral("https://sync.contoso.com/cxsync/notifications"),
                                         false),
                 QStringLiteral("http://127.0.0.1:8765/cxsync/notifications"));
        QCOMPARE(ServiceState::listenUrl(QHostAddress(QStringLiteral("0.0.0.0")), 443,
                                         QStringLiteral("https://sync.contoso.com/hooks"), true),
                 QStringLiteral("https://0.0.0.0:443/hooks"));
    }

    void subscriptionHealth_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<qint64>("lifetimeSecs"); // from creation to expiry
        QTest::addColumn<qint64>("elapsedSecs");  // since creation
        QTest::addColumn<QString>("lastError");
        QTest::addColumn<QString>("expected");

        const qint64 week = 10020 * 60;
        QTest::newRow("new 7-day subscription → healthy") << "active" << week << qint64(0) << ""
                                                          << "healthy";
        QTest::newRow("just before two thirds of its lifetime → healthy")
            << "active" << week << week * 2 / 3 - 60 << ""
            << "healthy";
        QTest::newRow("a third of its lifetime left, not renewed → expiring")
            << "active" << week << week * 2 / 3 + 60 << ""
            << "expiring";
        QTest::newRow("3-hour subscription with 59 min left (more than a third) → expiring, under an hour")
            << "active" << qint64(3 * 3600) << qint64(3 * 3600 - 59 * 60) << ""
            << "expiring";
        QTest::newRow("3-hour subscription with 61 min left → healthy")
            << "active" << qint64(3 * 3600) << qint64(3 * 3600 - 61 * 60) << ""
            << "healthy";
        QTest::newRow("expired → failed") << "active" << week << week + 1 << ""
                                          << "failed";
        QTest::newRow("renewal error recorded → failed")
            << "active" << week << qint64(3600) << "Graph answered 503"
            << "failed";
        QTest::newRow("state failed → failed") << "failed" << week << qint64(0) << ""
                                               << "failed";
    }

    void subscriptionHealth()
    {
        QFETCH(QString, state);
        QFETCH(qint64, lifetimeSecs);
        QFETCH(qint64, elapsedSecs);
        QFETCH(QString, lastError);
        QFETCH(QString, expected);
        const QDateTime created = m_clock->nowUtc();
        SubscriptionRecord r;
        r.id = QStringLiteral("sub-1");
        r.mailbox = QStringLiteral("anna");
        r.createdUtc = created;
        r.expirationUtc = created.addSecs(lifetimeSecs);
        r.state = enumFromName<SubscriptionState>(state).value();
        r.lastError = lastError;
        const SubscriptionAssessment a = SubscriptionAssessment::of(r, created.addSecs(elapsedSecs));
        QCOMPARE(SubscriptionAssessment::name(a.health), expected);
        QCOMPARE(a.reason.isEmpty(), expected == QLatin1String("healthy"));
        if (!lastError.isEmpty())
            QCOMPARE(a.reason, lastError);
    }

    void renewalCountsFromTheRenewal()
    {
        // Renewed an hour ago for another 7 days: the lifetime counts from the renewal, so it is healthy.
        const QDateTime now = m_clock->nowUtc();
        SubscriptionRecord r;
        r.state = SubscriptionState::Active;
        r.createdUtc = now.addDays(-6);
        r.renewedUtc = now.addSecs(-3600);
        r.expirationUtc = r.renewedUtc.addSecs(10020 * 60);
        QCOMPARE(SubscriptionAssessment::of(r, now).health, SubscriptionHealth::Healthy);
        r.renewedUtc = QDateTime();
        r.expirationUtc = now.addDays(1); // created 6 days ago, expires tomorrow: past two thirds
        QCOMPARE(SubscriptionAssessment::of(r, now).health, SubscriptionHealth::Expiring);
    }
};

QTEST_GUILESS_MAIN(TestServiceState)
#include "tst_service_state.moc"
