// The health dashboard's figures (core/health): levels and reasons, per-mailbox rows, series and latency
// percentiles, read from a seeded journal; and the same at 100,000 transaction log rows, timed.
#include "CoreTestSupport.h"
#include "HealthSeed.h"
#include "health/HealthReport.h"
#include "queue/TransactionLog.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <random>

using namespace cxsync;
using namespace cxsync::health;
using namespace cxsync::testsupport;

namespace {

const QDateTime kNow(QDate(2026, 12, 7), QTime(12, 0, 30), QTimeZone::utc());

const MailboxHealth *find(const HealthReport &r, const QString &logon)
{
    for (const MailboxHealth &m : r.mailboxes)
        if (m.crmLogon == logon)
            return &m;
    return nullptr;
}

QStringList codes(const QList<Reason> &reasons)
{
    QStringList out;
    for (const Reason &r : reasons)
        out << levelName(r.level) + QLatin1Char(':') + r.code;
    return out;
}

qint64 nearestRank(std::vector<qint64> values, int percent)
{
    std::sort(values.begin(), values.end());
    const qint64 n = qint64(values.size());
    return values.at(size_t((n * percent + 99) / 100 - 1));
}

} // namespace

class TestHealth : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    HealthSeed::SetClock m_clock;

    HealthReport readOk(Period period, const QString &user = {})
    {
        HealthReader reader(*m_journal, m_clock, 60);
        auto r = reader.read(period, user);
        if (!r.ok())
            qFatal("read: %s", qPrintable(r.error().message));
        return r.value();
    }

    // One linked mailbox with nothing wrong: read a minute ago, healthy subscription, service running.
    bool seedGreen()
    {
        return HealthSeed::link(*m_journal, QStringLiteral("anna"), QString(), users::LinkState::Linked,
                                kNow) &&
               HealthSeed::cursor(*m_journal, QStringLiteral("anna"), kNow.addSecs(-60)) &&
               HealthSeed::heartbeat(*m_journal, kNow, true) &&
               HealthSeed::subscription(*m_journal, QStringLiteral("anna"), kNow, QString());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
        m_journal = std::move(opened).value();
        m_clock.now = kNow;
    }

    void cleanup()
    {
        m_journal.reset();
        m_dir.reset();
    }

    void aSeededJournalGivesEachMailboxItsLevelAndReasons()
    {
        QVERIFY(HealthSeed::all(*m_journal, kNow));
        const HealthReport r = readOk(Period::Day);
        QCOMPARE(r.level, Level::Red);
        QCOMPARE(r.service, ServiceLiveness::Running);
        QCOMPARE(r.mailboxes.size(), 4);

        const MailboxHealth *anna = find(r, QStringLiteral("anna"));
        QVERIFY(anna);
        QCOMPARE(anna->level, Level::Amber);
        QCOMPARE(codes(anna->reasons), QStringList{QStringLiteral("amber:failed-open")});
        QCOMPARE(anna->subscription, std::optional<SubscriptionHealth>(SubscriptionHealth::Healthy));
        QCOMPARE(anna->failedOpen, 1);
        QCOMPARE(anna->lastError, QStringLiteral("429 Too Many Requests"));
        QCOMPARE(anna->lastSyncUtc, kNow.addSecs(-120));
        QVERIFY(!anna->canaryState); // no canary round: absent

        const MailboxHealth *bert = find(r, QStringLiteral("bert"));
        QVERIFY(bert);
        QCOMPARE(bert->level, Level::Red);
        QCOMPARE(codes(bert->reasons),
                 (QStringList{QStringLiteral("red:failed-old"), QStringLiteral("red:subscription-failed")}));
        QCOMPARE(bert->subscription, std::optional<SubscriptionHealth>(SubscriptionHealth::Failed));
        QCOMPARE(bert->oldestFailureUtc, kNow.addSecs(-7200));

        const MailboxHealth *carl = find(r, QStringLiteral("carl"));
        QVERIFY(carl);
        QCOMPARE(carl->linkState, users::LinkState::Excluded);
        QCOMPARE(carl->level, Level::Green);

        const MailboxHealth *dora = find(r, QStringLiteral("dora"));
        QVERIFY(dora);
        QCOMPARE(dora->server, QStringLiteral("onprem"));
        QCOMPARE(codes(dora->reasons), (QStringList{QStringLiteral("red:sync-stale"),
                                                    QStringLiteral("amber:subscription-missing")}));
        QVERIFY(!dora->subscription);

        // JSON (and `cxsync status`) name them as the journal and monitoring scripts always have.
        QStringList names;
        for (const QJsonValue &box : r.toJson().value(QStringLiteral("mailboxes")).toArray())
            names << box.toObject().value(QStringLiteral("linkState")).toString() + QLatin1Char('/') +
                         box.toObject().value(QStringLiteral("subscription")).toString() + QLatin1Char('/') +
                         box.toObject()
                             .value(QStringLiteral("canary"))
                             .toObject()
                             .value(QStringLiteral("state"))
                             .toString();
        QCOMPARE(names, (QStringList{QStringLiteral("linked/healthy/"), QStringLiteral("linked/failed/"),
                                     QStringLiteral("excluded/none/"), QStringLiteral("linked/none/")}));

        // The summary: the global failure counts once, then each mailbox's own reasons, worst first.
        QCOMPARE(
            codes(r.reasons),
            (QStringList{QStringLiteral("red:failed-old"), QStringLiteral("red:subscription-failed"),
                         QStringLiteral("red:sync-stale"), QStringLiteral("amber:subscription-missing")}));
        QVERIFY2(r.reasons.at(1).message.contains(QStringLiteral("bert@contoso.com")),
                 qPrintable(r.reasons.at(1).message));
    }

    void theSeriesCountWritesConflictsFailuresAndLatency()
    {
        QVERIFY(HealthSeed::all(*m_journal, kNow));
        const HealthReport r = readOk(Period::Day);
        QCOMPARE(r.fromUtc, QDateTime(QDate(2026, 12, 6), QTime(12, 0), QTimeZone::utc()));
        QCOMPARE(r.hours.size(), 25); // 12:00 yesterday .. 12:00 today
        QCOMPARE(r.writesToExchange, 10);
        QCOMPARE(r.writesToCrm, 4); // the link row is bookkeeping, the 8-day-old row is outside
        QCOMPARE(r.conflicts, 1);
        QCOMPARE(r.failures, 2);
        QCOMPARE(r.failuresByKind.value(QStringLiteral("network")), 1);
        QCOMPARE(r.failuresByKind.value(QStringLiteral("throttled")), 1);
        // 1..10 s: nearest rank p50 = 5th, p99 = 10th
        QCOMPARE(r.toExchange.count, 10);
        QCOMPARE(r.toExchange.p50Ms, 5000);
        QCOMPARE(r.toExchange.p99Ms, 10000);
        QCOMPARE(r.toCrm.count, 3);
        QCOMPARE(r.toCrm.p50Ms, 1500);
        QCOMPARE(r.toCrm.p99Ms, 2500);
        // 10:00 holds the CRM → Exchange writes, 11:00 the rest
        const HourBucket &ten = r.hours.at(22);
        QCOMPARE(ten.hourUtc, QDateTime(QDate(2026, 12, 7), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(ten.writesToExchange, 10);
        QCOMPARE(ten.toExchange.p99Ms, 10000);
        QCOMPARE(ten.failures, 1);
        const HourBucket &eleven = r.hours.at(23);
        QCOMPARE(eleven.writesToCrm, 4);
        QCOMPARE(eleven.conflicts, 1);
        QCOMPARE(eleven.toCrm.p50Ms, 1500);
        QCOMPARE(eleven.failures, 1); // anna's, five minutes ago (11:55)
        QCOMPARE(r.hours.at(24).failures, 0);

        const HealthReport week = readOk(Period::Week);
        QCOMPARE(week.hours.size(), 7 * 24 + 1);
        QCOMPARE(week.writesToCrm, 4);

        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QStringLiteral("level")).toString(), QStringLiteral("red"));
        QCOMPARE(json.value(QStringLiteral("period")).toString(), QStringLiteral("24h"));
        QCOMPARE(json.value(QStringLiteral("latency"))
                     .toObject()
                     .value(QStringLiteral("crmToExchange"))
                     .toObject()
                     .value(QStringLiteral("p99Ms"))
                     .toInt(),
                 10000);
        QCOMPARE(json.value(QStringLiteral("mailboxes")).toArray().size(), 4);
        QCOMPARE(json.value(QStringLiteral("service")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("running"));
    }

    void oneUserNarrowsMailboxesAndSeries()
    {
        QVERIFY(HealthSeed::all(*m_journal, kNow));
        const HealthReport r = readOk(Period::Day, QStringLiteral("BERT@contoso.com"));
        QCOMPARE(r.mailboxes.size(), 1);
        QCOMPARE(r.mailboxes.at(0).crmLogon, QStringLiteral("bert"));
        QCOMPARE(r.writesToExchange, 0);
        QCOMPARE(r.writesToCrm, 4);
        QCOMPARE(r.failures, 1);
        QCOMPARE(r.toCrm.count, 3);
        QCOMPARE(r.level, Level::Red);
        HealthReader reader(*m_journal, m_clock, 60);
        const auto none = reader.read(Period::Day, QStringLiteral("nobody"));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().kind, ErrorKind::NotFound);
    }

    void levels_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("codes");
        QTest::newRow("nothing wrong → green, no reasons") << ""
                                                           << "green"
                                                           << "";
        QTest::newRow("service stopped cleanly → red") << "stop"
                                                       << "red"
                                                       << "red:service-not-running";
        QTest::newRow("no heartbeat for 10 min (poll 60 s) → red") << "silent"
                                                                   << "red"
                                                                   << "red:service-not-running";
        QTest::newRow("service never ran → amber") << "never"
                                                   << "amber"
                                                   << "amber:service-never-started";
        QTest::newRow("mailbox read 40 min ago → amber") << "stale40m"
                                                         << "amber"
                                                         << "amber:sync-stale";
        QTest::newRow("mailbox read 7 h ago → red") << "stale7h"
                                                    << "red"
                                                    << "red:sync-stale";
        QTest::newRow("failure 10 min ago → amber") << "fail10m"
                                                    << "amber"
                                                    << "amber:failed-open";
        QTest::newRow("failure 61 min ago → red") << "fail61m"
                                                  << "red"
                                                  << "red:failed-old";
        QTest::newRow("p99 CRM → Exchange 6 min → amber") << "slow"
                                                          << "amber"
                                                          << "amber:latency-high";
        QTest::newRow("subscription expiring → amber") << "expiring"
                                                       << "amber"
                                                       << "amber:subscription-expiring";
    }

    void levels()
    {
        QFETCH(QString, change);
        QFETCH(QString, level);
        QFETCH(QString, codes);
        QVERIFY(seedGreen());
        Journal &j = *m_journal;
        if (change == QLatin1String("stop")) {
            ServiceState state(j, m_clock);
            QVERIFY(state.stopped().ok());
        } else if (change == QLatin1String("silent")) {
            m_clock.now = kNow.addSecs(600);
            QVERIFY(HealthSeed::cursor(j, QStringLiteral("anna"), m_clock.now.addSecs(-60)));
        } else if (change == QLatin1String("never")) {
            QVERIFY(HealthSeed::exec(j, QStringLiteral("DELETE FROM service_state")));
        } else if (change == QLatin1String("stale40m")) {
            QVERIFY(HealthSeed::cursor(j, QStringLiteral("anna"), kNow.addSecs(-40 * 60)));
        } else if (change == QLatin1String("stale7h")) {
            QVERIFY(HealthSeed::cursor(j, QStringLiteral("anna"), kNow.addSecs(-7 * 3600)));
        } else if (change == QLatin1String("fail10m")) {
            QVERIFY(HealthSeed::failure(j, QStringLiteral("anna"), kNow.addSecs(-600), ErrorKind::Network,
                                        QStringLiteral("reset")));
        } else if (change == QLatin1String("fail61m")) {
            QVERIFY(HealthSeed::failure(j, QStringLiteral("anna"), kNow.addSecs(-61 * 60), ErrorKind::Network,
                                        QStringLiteral("reset")));
        } else if (change == QLatin1String("slow")) {
            for (int i = 0; i < 100; ++i)
                QVERIFY(HealthSeed::logRow(j, kNow.addSecs(-3000 + i), QStringLiteral("crm_to_exchange"),
                                           QStringLiteral("anna@contoso.com"),
                                           QStringLiteral("exchange-create"), QStringLiteral("ok"),
                                           i < 98 ? 2000 : 6 * 60 * 1000));
        } else if (change == QLatin1String("expiring")) {
            QVERIFY(HealthSeed::exec(j, QStringLiteral("UPDATE subscriptions SET expiration_utc = ?"),
                                     {HealthSeed::at(kNow.addSecs(1800))}));
        }
        const HealthReport r = readOk(Period::Day);
        QCOMPARE(levelName(r.level), level);
        QCOMPARE(::codes(r.reasons).join(QLatin1Char(',')), codes);
    }

    void aSpanOfTimeHasOneWording()
    {
        // The dashboard, `cxsync status` and the panel's Service tab all say a span this way (no translator
        // here: the source texts).
        QCOMPARE(durationText(45), QStringLiteral("45 second(s)"));
        QCOMPARE(durationText(119), QStringLiteral("119 second(s)"));
        QCOMPARE(durationText(120), QStringLiteral("2 minute(s)"));
        QCOMPARE(durationText(2 * 3600 - 1), QStringLiteral("119 minute(s)"));
        QCOMPARE(durationText(2 * 3600), QStringLiteral("2 hour(s)"));
        QCOMPARE(durationText(2 * 86400 - 1), QStringLiteral("47 hour(s)"));
        QCOMPARE(durationText(2 * 86400), QStringLiteral("2 day(s)"));
        // A heartbeat stamped by a clock ahead of ours is not "-5 seconds" old.
        QCOMPARE(durationText(-5), QStringLiteral("0 second(s)"));
    }

    void theLastCanaryRoundOfAMailboxIsShown()
    {
        QVERIFY(seedGreen());
        QVERIFY(
            HealthSeed::link(*m_journal, QStringLiteral("bert"), QString(), users::LinkState::Linked, kNow));
        QVERIFY(HealthSeed::cursor(*m_journal, QStringLiteral("bert"), kNow.addSecs(-60)));
        QVERIFY(HealthSeed::subscription(*m_journal, QStringLiteral("bert"), kNow, QString()));
        const QString insert = QStringLiteral(
            "INSERT INTO canary_rounds (started_utc, direction, crm_user_id, mailbox, marker, slot_start_utc,"
            " slot_end_utc, latency_ms, state, cleaned) VALUES (?, 'crm_to_exchange', ?, ?, ?, ?, ?, ?, ?, "
            "1)");
        auto round = [&](const QString &logon, int minutesAgo, const QVariant &latency,
                         const QString &state) {
            const QString start = HealthSeed::at(kNow.addSecs(-60 * minutesAgo));
            return HealthSeed::exec(*m_journal, insert,
                                    {start, QStringLiteral("crm-") + logon, QStringLiteral("id-") + logon,
                                     QStringLiteral("m-%1-%2").arg(logon).arg(minutesAgo), start, start,
                                     latency, state});
        };
        QVERIFY(round(QStringLiteral("anna"), 30, 9000, QStringLiteral("late")));
        QVERIFY(round(QStringLiteral("anna"), 15, 4200, QStringLiteral("arrived")));
        QVERIFY(round(QStringLiteral("bert"), 15, 3000, QStringLiteral("arrived")));
        QVERIFY(round(QStringLiteral("bert"), 5, QVariant(QMetaType(QMetaType::LongLong)),
                      QStringLiteral("lost")));
        const HealthReport r = readOk(Period::Day);
        const MailboxHealth *anna = find(r, QStringLiteral("anna"));
        QCOMPARE(anna->canaryState, std::optional<canary::CanaryState>(canary::CanaryState::Arrived));
        QCOMPARE(anna->canaryLatencyMs, 4200);
        QCOMPARE(anna->level, Level::Green);
        const MailboxHealth *bert = find(r, QStringLiteral("bert"));
        QCOMPARE(bert->canaryState, std::optional<canary::CanaryState>(canary::CanaryState::Lost));
        QCOMPARE(bert->canaryLatencyMs, -1);
        QCOMPARE(codes(r.reasons), QStringList{QStringLiteral("red:canary-lost")});
        QCOMPARE(canaryName(bert->canaryState), QStringLiteral("lost"));

        // A state this version does not know (a damaged row: the schema's CHECK keeps them out) is named.
        QVERIFY(HealthSeed::exec(*m_journal, QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY(round(QStringLiteral("bert"), 1, 100, QStringLiteral("vanished")));
        QVERIFY(HealthSeed::exec(*m_journal, QStringLiteral("PRAGMA ignore_check_constraints = OFF")));
        HealthReader reader(*m_journal, m_clock, 60);
        const auto unknown = reader.read(Period::Day);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, ErrorKind::Storage);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("has an unknown state 'vanished'")),
                 qPrintable(unknown.error().message));
    }

    void aWriteWithItsSourceStampRecordsItsLatency()
    {
        queue::TransactionLog log(*m_journal, m_clock);
        queue::LogEntry e;
        e.direction = QStringLiteral("crm_to_exchange");
        e.user = QStringLiteral("anna@contoso.com");
        e.action = QStringLiteral("exchange-update");
        e.result = queue::LogResult::Ok;
        e.sourceUtc = kNow.addMSecs(-4200);
        QVERIFY(log.append(e).ok());
        e.sourceUtc = kNow.addSecs(30); // the CRM server's clock runs ahead: not a negative latency
        QVERIFY(log.append(e).ok());
        e.sourceUtc = QDateTime();
        QVERIFY(log.append(e).ok());
        auto page = log.query(queue::LogFilter(), queue::LogCursor(), 10);
        QVERIFY(page.ok());
        QCOMPARE(page.value().rows.size(), 3);
        QCOMPARE(page.value().rows.at(2).latencyMs, 4200);
        QCOMPARE(page.value().rows.at(2).sourceUtc, kNow.addMSecs(-4200));
        QCOMPARE(page.value().rows.at(1).latencyMs, 0);
        QCOMPARE(page.value().rows.at(0).latencyMs, -1);
        const HealthReport r = readOk(Period::Day);
        QCOMPARE(r.toExchange.count, 2);
        QCOMPARE(r.toExchange.p99Ms, 4200);
    }

    // 100,000 log rows over eight days (one outside the week), 20,000 handled notifications: the report
    // matches what the seed computed, and reading it stays cheap.
    void aHundredThousandRowsAreCountedRightAndFast()
    {
        QVERIFY(seedGreen());
        std::mt19937 random(4242);
        const int rows = 100000;
        qint64 dayToExchange = 0, dayToCrm = 0, weekToExchange = 0, weekConflicts = 0;
        std::vector<qint64> weekLatency, dayLatency, notifyLatency;
        const QDateTime dayFrom(QDate(2026, 12, 6), QTime(12, 0), QTimeZone::utc());
        const QDateTime weekFrom(QDate(2026, 11, 30), QTime(12, 0), QTimeZone::utc());
        QElapsedTimer seeding;
        seeding.start();
        QSqlDatabase db = m_journal->database();
        QVERIFY(db.transaction());
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO transaction_log (time_utc, direction, user, item, action, result,"
                           " source_utc, latency_ms) VALUES (?,?,?,?,?,?,?,?)"));
        for (int i = 0; i < rows; ++i) {
            const QDateTime when = kNow.addSecs(-qint64(random() % (8 * 86400)));
            const bool toExchange = random() % 2 == 0;
            const int roll = int(random() % 100);
            const QString result = roll < 90   ? QStringLiteral("ok")
                                   : roll < 95 ? QStringLiteral("conflict")
                                               : QStringLiteral("skipped");
            const qint64 latency =
                toExchange && result == QLatin1String("ok") ? qint64(random() % 120000) : -1;
            insert.addBindValue(journalsql::stamp(when));
            insert.addBindValue(toExchange ? QStringLiteral("crm_to_exchange")
                                           : QStringLiteral("exchange_to_crm"));
            insert.addBindValue(QStringLiteral("user%1@contoso.com").arg(i % 50));
            insert.addBindValue(QStringLiteral("Meeting %1").arg(i));
            insert.addBindValue(
                result == QLatin1String("conflict")
                    ? QStringLiteral("conflict")
                    : (toExchange ? QStringLiteral("exchange-update") : QStringLiteral("crm-update")));
            insert.addBindValue(result);
            insert.addBindValue(latency >= 0 ? QVariant(journalsql::stamp(when.addMSecs(-latency)))
                                             : QVariant(QMetaType(QMetaType::QString)));
            insert.addBindValue(latency >= 0 ? QVariant(latency) : QVariant(QMetaType(QMetaType::LongLong)));
            QVERIFY(insert.exec());
            const bool inWeek = when >= weekFrom, inDay = when >= dayFrom;
            if (result == QLatin1String("ok")) {
                if (inDay)
                    (toExchange ? dayToExchange : dayToCrm) += 1;
                if (inWeek && toExchange)
                    weekToExchange += 1;
                if (inWeek && latency >= 0)
                    weekLatency.push_back(latency);
                if (inDay && latency >= 0)
                    dayLatency.push_back(latency);
            } else if (result == QLatin1String("conflict") && inWeek) {
                weekConflicts += 1;
            }
        }
        QSqlQuery notify(db);
        notify.prepare(QStringLiteral("INSERT INTO notification_inbox (mailbox, kind, received_utc, state,"
                                      " processed_utc) VALUES ('id-anna', 'change', ?, 'done', ?)"));
        for (int i = 0; i < 20000; ++i) {
            const QDateTime handled = kNow.addSecs(-qint64(random() % (7 * 86400 - 3600)));
            const qint64 latency = qint64(random() % 30000);
            notify.addBindValue(journalsql::stamp(handled.addMSecs(-latency)));
            notify.addBindValue(journalsql::stamp(handled));
            QVERIFY(notify.exec());
            notifyLatency.push_back(latency);
        }
        QVERIFY(db.commit());
        qInfo("seeded %d log rows and 20,000 notifications in %lld ms", rows, qint64(seeding.elapsed()));

        QElapsedTimer timer;
        timer.start();
        const HealthReport week = readOk(Period::Week);
        const qint64 weekMs = timer.restart();
        const HealthReport day = readOk(Period::Day);
        const qint64 dayMs = timer.elapsed();
        qInfo("health report over 100,000 log rows: 7 days %lld ms, 24 h %lld ms", weekMs, dayMs);

        QCOMPARE(week.writesToExchange, weekToExchange);
        QCOMPARE(week.conflicts, weekConflicts);
        QCOMPARE(week.toExchange.count, qint64(weekLatency.size()));
        QCOMPARE(week.toExchange.p50Ms, nearestRank(weekLatency, 50));
        QCOMPARE(week.toExchange.p99Ms, nearestRank(weekLatency, 99));
        QCOMPARE(week.toCrm.count, qint64(notifyLatency.size()));
        QCOMPARE(week.toCrm.p50Ms, nearestRank(notifyLatency, 50));
        QCOMPARE(week.toCrm.p99Ms, nearestRank(notifyLatency, 99));
        QCOMPARE(day.writesToExchange, dayToExchange);
        QCOMPARE(day.writesToCrm, dayToCrm);
        QCOMPARE(day.toExchange.p99Ms, nearestRank(dayLatency, 99));
        qint64 sum = 0;
        for (const HourBucket &h : week.hours)
            sum += h.writesToExchange;
        QCOMPARE(sum, weekToExchange);
        // Cheap enough for a panel refresh and a monitoring probe, with room for a loaded test machine.
        QVERIFY2(weekMs < 3000, qPrintable(QString::number(weekMs)));
        // The hourly counts and the latencies (statements of the shape HealthReader runs) are read from the
        // covering index, not the table.
        for (const QString &sql :
             {QStringLiteral(
                  "SELECT substr(time_utc, 1, 13), sum(result IN ('ok','resolved') AND +direction ="
                  " 'crm_to_exchange') FROM transaction_log WHERE time_utc >= '2026-12-01' AND"
                  " time_utc < '2026-12-08' GROUP BY 1"),
              QStringLiteral(
                  "SELECT substr(time_utc, 1, 13), latency_ms FROM transaction_log WHERE time_utc >="
                  " '2026-12-01' AND time_utc < '2026-12-08' AND latency_ms IS NOT NULL AND result IN"
                  " ('ok','resolved') AND action NOT IN ('link','unlink','conflict') AND +direction ="
                  " 'crm_to_exchange'")}) {
            QSqlQuery plan(db);
            QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
            QStringList steps;
            while (plan.next())
                steps << plan.value(3).toString();
            QVERIFY2(steps.join(QLatin1Char('\n'))
                         .contains(QStringLiteral("COVERING INDEX transaction_log_health")),
                     qPrintable(steps.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
