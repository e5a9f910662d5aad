// The failed-message queue in a real journal: backoff that grows to its cap with jitter on an injected clock,
// parking after too many attempts or at once for permanent errors, Retry-After, one row per item, claims and
// their revision, stale claims after a crash, the admin's actions, filters and paging, 100,000 rows, and a
// journal that fails its i-th write without losing a failure.
#include "FakeClock.h"
#include "QueueTestSupport.h"
#include "queue/FailedMessageQueue.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace cxsync;
using namespace cxsync::queue;
using namespace cxsync::testsupport;

Q_DECLARE_METATYPE(cxsync::ErrorKind)
Q_DECLARE_METATYPE(cxsync::queue::MessageState)

namespace cxsync::queue {
inline char *toString(MessageState state)
{
    return qstrdup(stateName(state).toUtf8().constData());
}
} // namespace cxsync::queue

namespace {

const QString kAnna = QStringLiteral("anna@contoso.com");
const QString kBert = QStringLiteral("bert@contoso.com");

RetrySchedule testSchedule()
{
    RetrySchedule s;
    s.baseMs = 60 * 1000;
    s.capMs = 30 * 60 * 1000;
    s.maxAttempts = 8;
    s.jitter = 0.2;
    s.claimLeaseMs = 10 * 60 * 1000;
    return s;
}

QString sqlText(Journal &journal, const QString &sql)
{
    QSqlQuery q(journal.database());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<%1>").arg(q.lastError().text());
    return q.value(0).toString();
}

} // namespace

class TestFailedQueue : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<FailedMessageQueue> m_queue;

    void openQueue(RetrySchedule schedule = testSchedule())
    {
        m_queue = std::make_unique<FailedMessageQueue>(*m_journal, *m_clock, schedule, 42);
    }
    // Claims the row and fails it again with `kind`, as the retry driver does.
    RecordedFailure failAgain(qint64 id, ErrorKind kind = ErrorKind::Network)
    {
        auto claimed = m_queue->markRetrying(id);
        if (!claimed.ok())
            qFatal("claim failed: %s", qPrintable(claimed.error().message));
        auto again =
            m_queue->markFailedAgain(id, claimed.value().attempts, makeError(kind, QStringLiteral("down")));
        if (!again.ok())
            qFatal("markFailedAgain failed: %s", qPrintable(again.error().message));
        return again.value();
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ErrorKind>(); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
        m_journal = std::move(opened).value();
        m_clock = std::make_unique<FakeClock>();
        openQueue();
    }
    void cleanup()
    {
        m_queue.reset();
        m_journal.reset();
        m_dir.reset();
    }

    void theJournalHasTheQueueColumnsAfterMigration()
    {
        QVERIFY(m_journal->schemaVersion() >= 3);
        for (const char *column :
             {"operation", "subject", "item_key", "note", "state_changed_utc", "claimed_utc"}) {
            QSqlQuery q(m_journal->database());
            QVERIFY(q.exec(
                QStringLiteral("SELECT count(*) FROM pragma_table_info('failed_messages') WHERE name = '%1'")
                    .arg(QLatin1String(column))));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toInt() == 1, column);
        }
    }

    void aTransientFailureWaitsWithGrowingIntervalsUpToTheCapThenParks()
    {
        const RetrySchedule s = testSchedule();
        auto recorded = m_queue->record(networkFailure(kAnna, QStringLiteral("AAMk-1")));
        QVERIFY2(recorded.ok(), qPrintable(messageOf(recorded)));
        QCOMPARE(recorded.value().state, MessageState::Waiting);
        QCOMPARE(recorded.value().attempts, 1);

        QList<qint64> intervals;
        RecordedFailure last = recorded.value();
        while (last.state == MessageState::Waiting) {
            const qint64 wait = m_clock->nowUtc().msecsTo(last.nextAttemptUtc);
            intervals << wait;
            // Not due a moment before its time, due at its time.
            m_clock->advance(wait - 1);
            QCOMPARE(m_queue->due(m_clock->nowUtc(), 10).value().size(), 0);
            m_clock->advance(1);
            const auto due = m_queue->due(m_clock->nowUtc(), 10);
            QVERIFY(due.ok());
            QCOMPARE(due.value().size(), 1);
            last = failAgain(last.id);
        }
        qInfo() << "intervals (s):" << [&] {
            QStringList out;
            for (qint64 ms : intervals)
                out << QString::number(ms / 1000.0, 'f', 1);
            return out.join(QStringLiteral(", "));
        }();
        // 8 attempts: 7 waits, then parked.
        QCOMPARE(intervals.size(), s.maxAttempts - 1);
        QCOMPARE(last.state, MessageState::Parked);
        QCOMPARE(last.attempts, s.maxAttempts);
        for (int i = 0; i < intervals.size(); ++i) {
            const qint64 full = std::min<qint64>(s.capMs, s.baseMs << i);
            QVERIFY2(intervals[i] <= full && intervals[i] >= qint64(full * (1 - s.jitter)) - 1,
                     qPrintable(QStringLiteral("interval %1 = %2 ms, expected within 80..100 % of %3")
                                    .arg(i)
                                    .arg(intervals[i])
                                    .arg(full)));
            if (i > 0 && (s.baseMs << i) <= s.capMs)
                QVERIFY2(intervals[i] > intervals[i - 1], "intervals grow until the cap");
        }
        QVERIFY(intervals.last() >= s.capMs * (1 - s.jitter) - 1);

        const auto parked = m_queue->get(last.id);
        QVERIFY(parked.ok());
        QVERIFY2(parked.value().note.contains(QStringLiteral("8")), qPrintable(parked.value().note));
        QVERIFY(!parked.value().nextAttemptUtc.isValid());
        QVERIFY(!m_queue->nextDueUtc().value().isValid());
        m_clock->advance(s.capMs * 10);
        QCOMPARE(m_queue->due(m_clock->nowUtc(), 10).value().size(), 0);
        // History: failed, then (retrying, failed) per retry.
        QCOMPARE(parked.value().history.size(), 1 + 2 * (s.maxAttempts - 1));
        QCOMPARE(parked.value().history.first().event, MessageEventKind::Failed);
        QCOMPARE(parked.value().history.last().event, MessageEventKind::Failed);
        QCOMPARE(parked.value().history.last().attempt, s.maxAttempts);
    }

    void jitterSpreadsItemsThatFailedTogether()
    {
        QList<FailureRecord> batch;
        for (int i = 0; i < 50; ++i)
            batch << networkFailure(kAnna, QStringLiteral("AAMk-%1").arg(i));
        auto recorded = m_queue->recordAll(batch);
        QVERIFY(recorded.ok());
        QSet<qint64> distinct;
        for (const RecordedFailure &r : recorded.value())
            distinct << m_clock->nowUtc().msecsTo(r.nextAttemptUtc);
        QVERIFY2(distinct.size() > 40, "50 items failing together come back at (nearly) 50 different times");
    }

    void classification_data()
    {
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<MessageState>("state");
        QTest::newRow("network (server down) → waits") << ErrorKind::Network << 0 << MessageState::Waiting;
        QTest::newRow("throttled (429) → waits") << ErrorKind::Throttled << 429 << MessageState::Waiting;
        QTest::newRow("unavailable (keychain, 503) → waits")
            << ErrorKind::Unavailable << 503 << MessageState::Waiting;
        QTest::newRow("cancelled (shutdown mid-write) → waits")
            << ErrorKind::Cancelled << 0 << MessageState::Waiting;
        QTest::newRow("journal storage error → waits") << ErrorKind::Storage << 0 << MessageState::Waiting;
        QTest::newRow("a 502 classed invalid by a connector → waits")
            << ErrorKind::Invalid << 502 << MessageState::Waiting;
        QTest::newRow("invalid data (400) → parked at once")
            << ErrorKind::Invalid << 400 << MessageState::Parked;
        QTest::newRow("refused login (401) → parked, retrying could lock the account")
            << ErrorKind::Auth << 401 << MessageState::Parked;
        QTest::newRow("permission (403) → parked") << ErrorKind::Permission << 403 << MessageState::Parked;
        QTest::newRow("not found (404) → parked") << ErrorKind::NotFound << 404 << MessageState::Parked;
        QTest::newRow("conflict (412) → parked") << ErrorKind::Conflict << 412 << MessageState::Parked;
    }
    void classification()
    {
        QFETCH(ErrorKind, kind);
        QFETCH(int, httpStatus);
        QFETCH(MessageState, state);
        FailureRecord f = failure(Direction::CrmToExchange, kAnna, QStringLiteral("1234"),
                                  QStringLiteral("update"), kind, QStringLiteral("server said no"));
        f.error.httpStatus = httpStatus;
        f.error.serverCode = QStringLiteral("ErrorX");
        auto recorded = m_queue->record(f);
        QVERIFY(recorded.ok());
        QCOMPARE(recorded.value().state, state);
        const FailedMessage m = m_queue->get(recorded.value().id).value();
        QCOMPARE(m.state, state);
        QCOMPARE(m.errorKind, kind);
        QCOMPARE(m.httpStatus, httpStatus);
        QCOMPARE(m.errorCode, QStringLiteral("ErrorX"));
        QCOMPARE(m.nextAttemptUtc.isValid(), state == MessageState::Waiting);
        if (state == MessageState::Parked)
            QVERIFY2(m.note.contains(errorKindName(kind)), qPrintable(m.note));
    }

    void retryAfterFromTheServerIsHonoured()
    {
        FailureRecord f = failure(Direction::CrmToExchange, kAnna, QStringLiteral("77"),
                                  QStringLiteral("create"), ErrorKind::Throttled, QStringLiteral("429"));
        f.retryAfterMs = 5 * 60 * 1000; // longer than the first backoff (≤ 60 s)
        const RecordedFailure r = m_queue->record(f).value();
        QCOMPARE(m_clock->nowUtc().msecsTo(r.nextAttemptUtc), qint64(5 * 60 * 1000));
    }

    void aNewerFailureOfTheSameItemReplacesTheQueuedChange()
    {
        const RecordedFailure first =
            m_queue->record(networkFailure(kAnna, QStringLiteral("AAMk-9"))).value();
        m_clock->advance(5000);
        FailureRecord update = networkFailure(kAnna, QStringLiteral("AAMk-9"), QStringLiteral("update"));
        update.subject = QStringLiteral("Board meeting (moved)");
        update.snapshot.insert(QStringLiteral("subject"), update.subject);
        const RecordedFailure second = m_queue->record(update).value();
        QCOMPARE(second.id, first.id);
        QVERIFY(second.merged);
        QCOMPARE(second.attempts, 2);
        // The same item in another mailbox, or the other direction, is another row.
        QVERIFY(m_queue->record(networkFailure(kBert, QStringLiteral("AAMk-9"))).value().id != first.id);
        QCOMPARE(m_queue->count({}).value(), qint64(2));
        const FailedMessage m = m_queue->get(first.id).value();
        QCOMPARE(m.operation, QStringLiteral("update"));
        QCOMPARE(m.subject, QStringLiteral("Board meeting (moved)"));
        QCOMPARE(m.snapshot.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Board meeting (moved)"));
        QCOMPARE(m.firstFailureUtc, FakeClock().nowUtc());
        QCOMPARE(m.lastFailureUtc, FakeClock().nowUtc().addMSecs(5000));
        QCOMPARE(m.history.size(), 2);
        QCOMPARE(m.history.at(1).event, MessageEventKind::Replaced);
        // Once resolved, a new failure of the item starts a new row.
        m_clock->advance(10 * 60 * 1000);
        auto claimed = m_queue->markRetrying(first.id);
        QVERIFY(claimed.ok());
        QVERIFY(m_queue->markResolved(first.id, claimed.value().attempts, QStringLiteral("applied")).ok());
        QVERIFY(m_queue->record(networkFailure(kAnna, QStringLiteral("AAMk-9"))).value().id != first.id);
    }

    void aClaimIsOnlyResolvedIfNothingChangedMeanwhile()
    {
        const RecordedFailure r = m_queue->record(networkFailure(kAnna, QStringLiteral("AAMk-5"))).value();
        m_clock->advance(10 * 60 * 1000);
        const FailedMessage claimed = m_queue->markRetrying(r.id).value();
        QCOMPARE(claimed.state, MessageState::Retrying);
        QVERIFY2(!m_queue->markRetrying(r.id).ok(), "a claimed row cannot be claimed twice");
        // While the retrier works, the engine records a newer change of the same item.
        const RecordedFailure newer =
            m_queue->record(networkFailure(kAnna, QStringLiteral("AAMk-5"), QStringLiteral("update")))
                .value();
        QCOMPARE(newer.id, r.id);
        QCOMPARE(newer.state, MessageState::Waiting);
        const Status resolved =
            m_queue->markResolved(r.id, claimed.attempts, QStringLiteral("applied the create"));
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error().kind, ErrorKind::Conflict);
        const FailedMessage now = m_queue->get(r.id).value();
        QCOMPARE(now.state, MessageState::Waiting);
        QCOMPARE(now.operation, QStringLiteral("update"));
        QVERIFY(!m_queue->markFailedAgain(r.id, claimed.attempts, makeError(ErrorKind::Network, {})).ok());
    }

    void aClaimAbandonedByACrashFallsDueAfterTheLease()
    {
        const RecordedFailure r = m_queue->record(networkFailure(kAnna, QStringLiteral("AAMk-6"))).value();
        m_clock->advance(10 * 60 * 1000);
        QVERIFY(m_queue->markRetrying(r.id).ok());
        // The process dies here. A new one opens the same journal.
        m_queue.reset();
        openQueue();
        QCOMPARE(m_queue->due(m_clock->nowUtc(), 10).value().size(), 0);
        QCOMPARE(m_queue->nextDueUtc().value(), m_clock->nowUtc().addMSecs(testSchedule().claimLeaseMs));
        m_clock->advance(testSchedule().claimLeaseMs);
        const auto due = m_queue->due(m_clock->nowUtc(), 10).value();
        QCOMPARE(due.size(), 1);
        const FailedMessage again = m_queue->markRetrying(r.id).value();
        QVERIFY(m_queue->markResolved(r.id, again.attempts, QStringLiteral("applied")).ok());
        QCOMPARE(m_queue->get(r.id).value().state, MessageState::Resolved);
    }

    void theAdminRetriesDiscardsAndRetriesAll()
    {
        const qint64 waiting = m_queue->record(networkFailure(kAnna, QStringLiteral("w"))).value().id;
        const qint64 parked =
            m_queue
                ->record(failure(Direction::ExchangeToCrm, kAnna, QStringLiteral("p"),
                                 QStringLiteral("create"), ErrorKind::Invalid, QStringLiteral("400")))
                .value()
                .id;
        const qint64 other =
            m_queue
                ->record(failure(Direction::ExchangeToCrm, kBert, QStringLiteral("q"),
                                 QStringLiteral("create"), ErrorKind::Auth, QStringLiteral("401")))
                .value()
                .id;
        // Retry now: a parked row waits again, due at once.
        QVERIFY(m_queue->retryNow(parked).ok());
        FailedMessage m = m_queue->get(parked).value();
        QCOMPARE(m.state, MessageState::Waiting);
        QCOMPARE(m.nextAttemptUtc, m_clock->nowUtc());
        QCOMPARE(m.history.last().event, MessageEventKind::Requeued);
        QCOMPARE(m_queue->due(m_clock->nowUtc(), 10).value().size(), 1);
        // Discard, then bring it back.
        QVERIFY(m_queue->discard(waiting, QStringLiteral("not needed")).ok());
        QCOMPARE(m_queue->get(waiting).value().state, MessageState::Discarded);
        QCOMPARE(m_queue->get(waiting).value().note, QStringLiteral("not needed"));
        QVERIFY(!m_queue->discard(waiting, {}).ok());
        QVERIFY(m_queue->retryNow(waiting).ok());
        QCOMPARE(m_queue->get(waiting).value().state, MessageState::Waiting);
        // Retry all matching: only Bert's parked row.
        MessageFilter bertsParked;
        bertsParked.user = kBert;
        bertsParked.states = {MessageState::Parked};
        QCOMPARE(m_queue->retryAll(bertsParked).value(), 1);
        QCOMPARE(m_queue->get(other).value().state, MessageState::Waiting);
        QCOMPARE(m_queue->retryAll(bertsParked).value(), 0);
        // Resolved rows stay resolved.
        const FailedMessage claimed = m_queue->markRetrying(other).value();
        QVERIFY(m_queue->markResolved(other, claimed.attempts, QStringLiteral("ok")).ok());
        const Status again = m_queue->retryNow(other);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Invalid);
        QCOMPARE(m_queue->retryNow(999999).error().kind, ErrorKind::NotFound);
        // A discarded row whose item has a newer open row cannot come back next to it.
        QVERIFY(m_queue->discard(waiting, {}).ok());
        QVERIFY(m_queue->record(networkFailure(kAnna, QStringLiteral("w"), QStringLiteral("update"))).ok());
        const Status blocked = m_queue->retryNow(waiting);
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.error().kind, ErrorKind::Conflict);
        MessageFilter discarded;
        discarded.states = {MessageState::Discarded};
        QCOMPARE(m_queue->retryAll(discarded).value(), 0);
    }

    void filtersAndBothPagingFormsAgree()
    {
        QList<FailureRecord> batch;
        for (int i = 0; i < 57; ++i) {
            FailureRecord f = i % 3 == 0
                                  ? failure(Direction::CrmToExchange, kBert, QString::number(1000 + i),
                                            QStringLiteral("update"), ErrorKind::Auth, QStringLiteral("401"))
                                  : networkFailure(kAnna, QStringLiteral("AAMk-%1").arg(i));
            batch << f;
        }
        // Several failures share a millisecond: paging must not skip or repeat rows with equal stamps.
        for (int i = 0; i < batch.size(); i += 7) {
            QVERIFY(m_queue->recordAll(batch.mid(i, 7)).ok());
            m_clock->advance(1000);
        }
        QCOMPARE(m_queue->count({}).value(), qint64(57));
        MessageFilter bert;
        bert.user = QStringLiteral("BERT@contoso.com");
        QCOMPARE(m_queue->count(bert).value(), qint64(19));
        MessageFilter crmToExchange;
        crmToExchange.direction = Direction::CrmToExchange;
        QCOMPARE(m_queue->count(crmToExchange).value(), qint64(19));
        MessageFilter auth;
        auth.errorKind = ErrorKind::Auth;
        QCOMPARE(m_queue->count(auth).value(), qint64(19));
        MessageFilter parked;
        parked.states = {MessageState::Parked};
        QCOMPARE(m_queue->count(parked).value(), qint64(19));
        MessageFilter recent;
        recent.fromUtc = FakeClock().nowUtc().addMSecs(5000);
        QCOMPARE(m_queue->count(recent).value(), qint64(57 - 35));
        QCOMPARE(m_queue->countByKind({}).value().value(QStringLiteral("network")), qint64(38));

        QList<qint64> keyset;
        PageCursor cursor;
        int pages = 0;
        do {
            const MessagePage page = m_queue->list({}, cursor, 10).value();
            for (const FailedMessage &m : page.rows)
                keyset << m.id;
            cursor = page.next;
            ++pages;
        } while (!cursor.isNull());
        QCOMPARE(pages, 6);
        QCOMPARE(keyset.size(), 57);
        QCOMPARE(QSet<qint64>(keyset.begin(), keyset.end()).size(), 57);
        QList<qint64> offset;
        for (int start = 0; start < 57; start += 10) {
            const QList<FailedMessage> page = m_queue->list({}, start, 10).value();
            for (const FailedMessage &m : page)
                offset << m.id;
        }
        QCOMPARE(offset, keyset);
        // Newest failure first.
        QList<FailedMessage> all = m_queue->list({}, 0, 100).value();
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1].lastFailureUtc > all[i].lastFailureUtc ||
                    (all[i - 1].lastFailureUtc == all[i].lastFailureUtc && all[i - 1].id > all[i].id));
    }

    void theUserFilterMatchesEitherColumnOnceInEveryForm()
    {
        // The user filter is the CRM user id (exactly) or the mailbox (ignoring case). Pages and counts read
        // it as two disjoint legs (mailbox; CRM user id with another mailbox): a row matching both must come
        // once, a row without a mailbox must still match by its CRM user id.
        QList<FailureRecord> batch;
        for (int i = 0; i < 60; ++i) {
            FailureRecord f = i % 4 == 0
                                  ? failure(Direction::CrmToExchange, kBert, QString::number(i),
                                            QStringLiteral("update"), ErrorKind::Auth, QStringLiteral("401"))
                                  : networkFailure(kAnna, QStringLiteral("AAMk-%1").arg(i));
            switch (i % 5) {
            case 0: // the mailbox in another case
                f.mailbox = QStringLiteral("Anna@Contoso.COM");
                break;
            case 1: // a CRM user id that is the mailbox itself: matches both ways
                f.crmUserId = f.mailbox;
                break;
            case 2: // no mailbox: only the CRM user id can match
                f.mailbox.clear();
                f.crmUserId = QStringLiteral("crm-anna");
                break;
            case 3: // another case of the CRM user id, which must not match it
                f.crmUserId = QStringLiteral("CRM-ANNA");
                break;
            default:
                break;
            }
            batch << f;
        }
        for (int i = 0; i < batch.size(); i += 7) {
            QVERIFY(m_queue->recordAll(batch.mid(i, 7)).ok());
            m_clock->advance(1000);
        }
        // Park a few, so the state filter splits the legs' rows.
        for (const FailedMessage &m : m_queue->list({}, 0, 1000).value()) {
            if (m.id % 3 == 0 && m.state == MessageState::Waiting)
                QVERIFY(m_queue->markParked(m.id, QStringLiteral("test")).ok());
        }
        const QList<FailedMessage> everything = m_queue->list({}, 0, 1000).value();
        QCOMPARE(everything.size(), 60);

        QList<MessageFilter> filters;
        for (const QString &user :
             {QStringLiteral("anna@contoso.com"), QStringLiteral("ANNA@CONTOSO.COM"),
              QStringLiteral("crm-anna"), QStringLiteral("CRM-ANNA"), QStringLiteral("bert@contoso.com"),
              QStringLiteral("crm-bert"), QStringLiteral(" Bert@Contoso.com "),
              QStringLiteral("nobody@contoso.com")}) {
            MessageFilter f;
            f.user = user;
            filters << f;
            f.states = {MessageState::Parked};
            filters << f;
            f.states = {MessageState::Waiting, MessageState::Retrying};
            f.errorKind = ErrorKind::Network;
            filters << f;
            MessageFilter g;
            g.user = user;
            g.direction = Direction::CrmToExchange;
            g.fromUtc = FakeClock().nowUtc().addMSecs(2000);
            filters << g;
        }
        for (const MessageFilter &f : filters) {
            const QString user = f.user.trimmed();
            QList<qint64> expected;
            QMap<QString, qint64> byKind, byState;
            for (const FailedMessage &m : everything) { // newest first
                const bool userMatches =
                    m.crmUserId == user || m.mailbox.compare(user, Qt::CaseInsensitive) == 0;
                if (!userMatches || (f.direction && m.direction != *f.direction) ||
                    (f.errorKind && m.errorKind != *f.errorKind) ||
                    (!f.states.isEmpty() && !f.states.contains(m.state)) ||
                    (f.fromUtc.isValid() && m.lastFailureUtc < f.fromUtc))
                    continue;
                expected << m.id;
                ++byKind[errorKindName(m.errorKind)];
                ++byState[stateName(m.state)];
            }
            const QString what = QStringLiteral("user '%1', %2 states, kind %3, direction %4")
                                     .arg(f.user)
                                     .arg(f.states.size())
                                     .arg(f.errorKind.has_value())
                                     .arg(f.direction.has_value());
            QCOMPARE(m_queue->count(f).value(), qint64(expected.size()));
            QCOMPARE(m_queue->countByKind(f).value(), byKind);
            QCOMPARE(m_queue->countByState(f).value(), byState);
            for (int pageSize : {1, 4, 100}) {
                QList<qint64> keyset;
                PageCursor cursor;
                do {
                    const auto page = m_queue->list(f, cursor, pageSize);
                    QVERIFY2(page.ok(), qPrintable(messageOf(page)));
                    for (const FailedMessage &m : page.value().rows)
                        keyset << m.id;
                    cursor = page.value().next;
                } while (!cursor.isNull());
                QVERIFY2(keyset == expected, qPrintable(what));
                QList<qint64> offset;
                for (int start = 0; start < expected.size() + pageSize; start += pageSize) {
                    const auto page = m_queue->list(f, start, pageSize);
                    QVERIFY2(page.ok(), qPrintable(messageOf(page)));
                    for (const FailedMessage &m : page.value())
                        offset << m.id;
                }
                QVERIFY2(offset == expected, qPrintable(what));
            }
        }
    }

    void theUserFilterWalksItsIndexesNewestFirst()
    {
        QVERIFY(seedFailedMessages(*m_journal, 0, 1999).isEmpty());
        const PageCursor deep{QDateTime(QDate(2026, 1, 5), QTime(8, 50), QTimeZone::utc()), 1};
        MessageFilter user;
        user.user = QStringLiteral("DORA@contoso.com");
        MessageFilter userParked = user;
        userParked.states = {MessageState::Parked};
        userParked.errorKind = ErrorKind::Invalid;
        for (const MessageFilter &f : {user, userParked}) {
            for (const PageCursor &after : {PageCursor{}, deep}) {
                const auto plan = m_queue->listPlan(f, after, 200);
                QVERIFY2(plan.ok(), qPrintable(messageOf(plan)));
                const QString text = plan.value().join(QStringLiteral("\n"));
                // One leg on each index of migration 7, not SQLite's OR over two indexes (which reads every
                // matching row and sorts them all)...
                QVERIFY2(
                    text.contains(QStringLiteral("USING INDEX failed_messages_mailbox_recent (mailbox=?")) &&
                        text.contains(
                            QStringLiteral("USING INDEX failed_messages_user_recent (crm_user_id=?")) &&
                        !text.contains(QStringLiteral("MULTI-INDEX OR")),
                    qPrintable(text));
                // ...each leg walking its index in list order: only the legs' first rows (at most a page
                // each) are sorted when the two are merged, never a leg's rows inside it.
                for (const QString &step : plan.value())
                    QVERIFY2(!(step.contains(QStringLiteral("CO-ROUTINE")) &&
                               step.contains(QStringLiteral("TEMP B-TREE"))),
                             qPrintable(text));
            }
        }
        // Without a user filter the page is one statement on failed_messages_recent, nothing sorted.
        const auto plain = m_queue->listPlan({}, deep, 200);
        QVERIFY2(plain.ok(), qPrintable(messageOf(plain)));
        const QString text = plain.value().join(QStringLiteral("\n"));
        QVERIFY2(text.contains(QStringLiteral("failed_messages_recent")) &&
                     !text.contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(text));
    }

    void aVersion6JournalWithRowsUpgradesTo7()
    {
        m_queue.reset();
        m_journal.reset();
        const QString path = m_dir->filePath(QStringLiteral("v6.sqlite"));
        {
            auto opened = Journal::open(path, Journal::migrations().mid(0, 6));
            QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
            QCOMPARE(opened.value()->schemaVersion(), 6);
            QVERIFY(seedFailedMessages(*opened.value(), 0, 999).isEmpty());
        }
        auto opened = Journal::open(path);
        QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
        m_journal = std::move(opened).value();
        QCOMPARE(m_journal->schemaVersion(), Journal::migrations().last().version);
        QCOMPARE(sqlText(*m_journal, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        openQueue();
        // The seed: mailboxes in runs of ten (anna, bert, carl, dora), every tenth row parked.
        MessageFilter dora;
        dora.user = QStringLiteral("Dora@Contoso.com");
        QCOMPARE(m_queue->count(dora).value(), qint64(250));
        MessageFilter doraById;
        doraById.user = QStringLiteral("crm-dora");
        doraById.states = {MessageState::Parked};
        QCOMPARE(m_queue->count(doraById).value(), qint64(25));
        const MessagePage page = m_queue->list(dora, PageCursor{}, 20).value();
        QCOMPARE(page.rows.size(), 20);
        for (const FailedMessage &m : page.rows)
            QCOMPARE(m.mailbox, QStringLiteral("dora@contoso.com"));
        QCOMPARE(page.rows.first().id, qint64(31)); // i = 30 is the newest of dora's rows
        const auto plan = m_queue->listPlan(dora, page.next, 20);
        QVERIFY2(plan.ok(), qPrintable(messageOf(plan)));
        QVERIFY2(
            plan.value().join(QLatin1Char('\n')).contains(QStringLiteral("failed_messages_mailbox_recent")),
            qPrintable(plan.value().join(QLatin1Char('\n'))));
    }

    void theJournalFailingItsIthWriteLosesNoFailure_data()
    {
        QTest::addColumn<int>("failingWrite");
        // The reference run below makes 14 writes (each record: one row write and one history event).
        for (int i = 1; i <= 14; ++i)
            QTest::newRow(qPrintable(QStringLiteral("write %1 fails").arg(i))) << i;
    }
    void theJournalFailingItsIthWriteLosesNoFailure()
    {
        QFETCH(int, failingWrite);
        RetrySchedule exact = testSchedule();
        exact.jitter = 0; // both runs must compute the same next attempts
        // The engine's failures, in order: five items, two of them failing twice (merged), one batch of two.
        const auto script = [](FailedMessageQueue &queue, FakeClock &clock, QList<Status> *results) {
            const auto step = [&](const QList<FailureRecord> &records) {
                auto r = queue.recordAll(records);
                results->append(r.ok() ? Status() : Status(r.error()));
                clock.advance(1500);
            };
            step({networkFailure(kAnna, QStringLiteral("A"))});
            step({failure(Direction::CrmToExchange, kBert, QStringLiteral("100"), QStringLiteral("update"),
                          ErrorKind::Auth, QStringLiteral("401"))});
            step({networkFailure(kAnna, QStringLiteral("B"))});
            step({networkFailure(kAnna, QStringLiteral("A"), QStringLiteral("update"))});
            step({networkFailure(kBert, QStringLiteral("C")), networkFailure(kBert, QStringLiteral("D"))});
            step({networkFailure(kAnna, QStringLiteral("B"), QStringLiteral("delete"))});
        };
        const auto finalState = [](Journal &journal) {
            QSqlQuery q(journal.database());
            q.exec(QStringLiteral(
                "SELECT item_key, operation, attempts, state, first_failure_utc, last_failure_utc,"
                " next_attempt_utc, snapshot, (SELECT count(*) FROM failed_message_events e WHERE"
                " e.message_id = m.id) FROM failed_messages m ORDER BY item_key"));
            QStringList rows;
            while (q.next()) {
                QStringList fields;
                for (int i = 0; i < 9; ++i)
                    fields << q.value(i).toString();
                rows << fields.join(QLatin1Char('|'));
            }
            return rows;
        };
        const auto countWrites = [](Journal &journal) {
            QSqlQuery q(journal.database());
            for (const char *sql :
                 {"CREATE TABLE test_writes (n INTEGER NOT NULL)", "INSERT INTO test_writes VALUES (0)",
                  "CREATE TRIGGER test_count_msg_insert AFTER INSERT ON failed_messages BEGIN"
                  " UPDATE test_writes SET n = n + 1; END",
                  "CREATE TRIGGER test_count_msg_update AFTER UPDATE ON failed_messages BEGIN"
                  " UPDATE test_writes SET n = n + 1; END",
                  "CREATE TRIGGER test_count_event_insert AFTER INSERT ON failed_message_events BEGIN"
                  " UPDATE test_writes SET n = n + 1; END"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        };

        // Reference: a healthy journal.
        QStringList expected;
        {
            QTemporaryDir dir;
            auto journal = Journal::open(dir.filePath(QStringLiteral("reference.sqlite"))).value();
            countWrites(*journal);
            FakeClock clock;
            FailedMessageQueue queue(*journal, clock, exact, 7);
            QList<Status> results;
            script(queue, clock, &results);
            for (const Status &s : results)
                QVERIFY(s.ok());
            QCOMPARE(sqlText(*journal, QStringLiteral("SELECT n FROM test_writes")), QStringLiteral("14"));
            expected = finalState(*journal);
            QCOMPARE(expected.size(), 5);
        }

        // The same with the i-th write refused by the database (a trigger aborts it, as a full disk or a lock
        // timeout would); the whole transaction rolls back and the failure waits in memory.
        FakeClock clock;
        FailedMessageQueue queue(*m_journal, clock, exact, 7);
        countWrites(*m_journal);
        QSqlQuery q(m_journal->database());
        for (const char *table : {"failed_messages", "failed_message_events"}) {
            for (const char *op : {"INSERT", "UPDATE"}) {
                if (QByteArray(table) == "failed_message_events" && QByteArray(op) == "UPDATE")
                    continue;
                QVERIFY2(
                    q.exec(QStringLiteral("CREATE TRIGGER test_fail_%1_%2 BEFORE %2 ON %1 BEGIN SELECT"
                                          " RAISE(ABORT, 'injected: disk I/O error') WHERE (SELECT n FROM"
                                          " test_writes) = %3; END")
                               .arg(QLatin1String(table), QLatin1String(op))
                               .arg(failingWrite - 1)),
                    qPrintable(q.lastError().text()));
            }
        }
        QList<Status> results;
        // Runs the script step by step so the fault can be lifted right after it fired (a transient fault).
        const auto lift = [&] {
            QSqlQuery drop(m_journal->database());
            for (const char *name : {"test_fail_failed_messages_INSERT", "test_fail_failed_messages_UPDATE",
                                     "test_fail_failed_message_events_INSERT"})
                drop.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QLatin1String(name)));
        };
        int failedSteps = 0;
        {
            // Same steps as `script`, checking after each.
            QList<QList<FailureRecord>> steps{
                {networkFailure(kAnna, QStringLiteral("A"))},
                {failure(Direction::CrmToExchange, kBert, QStringLiteral("100"), QStringLiteral("update"),
                         ErrorKind::Auth, QStringLiteral("401"))},
                {networkFailure(kAnna, QStringLiteral("B"))},
                {networkFailure(kAnna, QStringLiteral("A"), QStringLiteral("update"))},
                {networkFailure(kBert, QStringLiteral("C")), networkFailure(kBert, QStringLiteral("D"))},
                {networkFailure(kAnna, QStringLiteral("B"), QStringLiteral("delete"))}};
            for (const auto &records : steps) {
                auto r = queue.recordAll(records);
                if (!r.ok()) {
                    ++failedSteps;
                    QCOMPARE(r.error().kind, ErrorKind::Storage);
                    QVERIFY2(r.error().message.contains(QStringLiteral("kept in memory")),
                             qPrintable(r.error().message));
                    QVERIFY(queue.pendingCount() >= records.size());
                    lift();
                }
                clock.advance(1500);
            }
        }
        QCOMPARE(failedSteps, 1);
        // Whatever was still pending goes in with the next flush (the driver flushes before each pass).
        QVERIFY(queue.flushPending().ok());
        QCOMPARE(queue.pendingCount(), 0);
        QCOMPARE(finalState(*m_journal), expected);
    }

    // Issue 8: a list is what a table or `queue list` shows; the change snapshot (kilobytes per row) stays
    // in the journal until one message is opened.
    void listRowsCarryNoSnapshotOnlyItsSize()
    {
        QList<qint64> ids;
        QHash<qint64, QJsonObject> snapshots;
        for (int i = 0; i < 30; ++i) {
            FailureRecord f =
                networkFailure(QStringLiteral("anna@contoso.com"), QStringLiteral("AAMk-%1").arg(i));
            f.snapshot.insert(QStringLiteral("body"), QString(2000 + 100 * i, QLatin1Char('x')));
            f.snapshot.insert(QStringLiteral("umlaut"), QString::fromUtf8("Zürich"));
            const RecordedFailure r = m_queue->record(f).value();
            ids << r.id;
            snapshots.insert(r.id, f.snapshot);
            m_clock->advance(1000);
        }
        const auto bytes = [&snapshots](qint64 id) {
            return qint64(QJsonDocument(snapshots.value(id)).toJson(QJsonDocument::Compact).size());
        };
        const auto checkListRow = [&](const FailedMessage &m) {
            QVERIFY2(m.snapshot.isEmpty(),
                     qPrintable(QStringLiteral("list row %1 carries its snapshot").arg(m.id)));
            QVERIFY(!m.hasDetails);
            QVERIFY(m.history.isEmpty());
            QVERIFY(m.exchangeItemId.isEmpty() && m.itemKey.isEmpty());
            QCOMPARE(m.snapshotBytes, bytes(m.id));
            // What the table shows is there.
            QCOMPARE(m.mailbox, QStringLiteral("anna@contoso.com"));
            QCOMPARE(m.operation, QStringLiteral("create"));
            QCOMPARE(m.errorKind, ErrorKind::Network);
            QVERIFY(m.lastFailureUtc.isValid() && m.nextAttemptUtc.isValid());
        };
        PageCursor cursor;
        int keysetRows = 0;
        do {
            const MessagePage page = m_queue->list({}, cursor, 7).value();
            for (const FailedMessage &m : page.rows) {
                checkListRow(m);
                ++keysetRows;
            }
            cursor = page.next;
        } while (!cursor.isNull());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(keysetRows, 30);
        const QList<FailedMessage> offset = m_queue->list({}, 5, 10).value();
        QCOMPARE(offset.size(), 10);
        for (const FailedMessage &m : offset)
            checkListRow(m);
        if (QTest::currentTestFailed())
            return;

        // The details: get() and getMany() (exports) load the change and the history.
        const FailedMessage one = m_queue->get(ids.at(3)).value();
        QVERIFY(one.hasDetails);
        QCOMPARE(one.snapshot, snapshots.value(ids.at(3)));
        QCOMPARE(one.snapshotBytes, bytes(ids.at(3)));
        QCOMPARE(one.exchangeItemId, QStringLiteral("AAMk-3"));
        QCOMPARE(one.history.size(), 1);
        const QList<qint64> wanted{ids.at(9), ids.at(2), 999999, ids.at(17)};
        const QList<FailedMessage> many = m_queue->getMany(wanted).value();
        QCOMPARE(many.size(), 3); // the missing id is left out, the order kept
        QCOMPARE(many.at(0).id, ids.at(9));
        QCOMPARE(many.at(1).id, ids.at(2));
        QCOMPARE(many.at(2).id, ids.at(17));
        for (const FailedMessage &m : many) {
            QCOMPARE(m.snapshot, snapshots.value(m.id));
            QCOMPARE(m.history.size(), 1);
        }
        QVERIFY(m_queue->getMany({ids.at(0)}, false).value().first().history.isEmpty());
    }

    // The names the journal has always stored for error kinds and history events, read back as the enums;
    // people may type a kind in any case.
    void rowsWithEveryStoredNameReadBack()
    {
        const QStringList kindNames{QStringLiteral("invalid"),     QStringLiteral("storage"),
                                    QStringLiteral("unavailable"), QStringLiteral("permission"),
                                    QStringLiteral("not-found"),   QStringLiteral("auth"),
                                    QStringLiteral("network"),     QStringLiteral("throttled"),
                                    QStringLiteral("conflict"),    QStringLiteral("cancelled")};
        const QList<ErrorKind> kinds{ErrorKind::Invalid,    ErrorKind::Storage,   ErrorKind::Unavailable,
                                     ErrorKind::Permission, ErrorKind::NotFound,  ErrorKind::Auth,
                                     ErrorKind::Network,    ErrorKind::Throttled, ErrorKind::Conflict,
                                     ErrorKind::Cancelled};
        const QStringList eventNames{QStringLiteral("failed"),   QStringLiteral("retrying"),
                                     QStringLiteral("resolved"), QStringLiteral("superseded"),
                                     QStringLiteral("parked"),   QStringLiteral("discarded"),
                                     QStringLiteral("requeued"), QStringLiteral("replaced")};
        const QList<MessageEventKind> events{MessageEventKind::Failed,   MessageEventKind::Retrying,
                                             MessageEventKind::Resolved, MessageEventKind::Superseded,
                                             MessageEventKind::Parked,   MessageEventKind::Discarded,
                                             MessageEventKind::Requeued, MessageEventKind::Replaced};
        QCOMPARE(enumValues<ErrorKind>(), kinds);
        QCOMPARE(enumValues<MessageEventKind>(), events);
        QCOMPARE(errorKindFromName(QStringLiteral(" Not-Found ")),
                 std::optional<ErrorKind>(ErrorKind::NotFound));
        QCOMPARE(errorKindFromName(QStringLiteral("notfound")), std::optional<ErrorKind>());

        const qint64 id =
            m_queue->record(networkFailure(kAnna, QStringLiteral("E1"), QStringLiteral("update"))).value().id;
        QSqlQuery q(m_journal->database());
        QVERIFY(q.prepare(
            QStringLiteral("INSERT INTO failed_message_events (message_id, time_utc, event, attempt,"
                           " error_kind) VALUES (?, '2026-11-30T08:00:00.000Z', ?, 1, ?)")));
        for (int i = 0; i < eventNames.size(); ++i) {
            q.addBindValue(id);
            q.addBindValue(eventNames.at(i));
            q.addBindValue(i == 0 ? QVariant(QMetaType(QMetaType::QString)) : QVariant(kindNames.at(i)));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        const QList<MessageEvent> history = m_queue->get(id).value().history;
        QCOMPARE(history.size(), 1 + eventNames.size());
        for (int i = 0; i < eventNames.size(); ++i) {
            QCOMPARE(history.at(i + 1).event, events.at(i));
            QCOMPARE(history.at(i + 1).errorKind,
                     i == 0 ? std::optional<ErrorKind>() : std::optional<ErrorKind>(kinds.at(i)));
        }
        for (int i = 0; i < kindNames.size(); ++i) {
            QVERIFY(q.exec(QStringLiteral("UPDATE failed_messages SET error_kind = '%1' WHERE id = %2")
                               .arg(kindNames.at(i))
                               .arg(id)));
            QCOMPARE(m_queue->get(id).value().errorKind, kinds.at(i));
            QCOMPARE(m_queue->list({}, PageCursor{}, 10).value().rows.first().errorKind, kinds.at(i));
        }
    }

    // A name this version does not know (a newer version's, or a damaged row) is refused naming the
    // message and the name, wherever the row is read.
    void anUnknownNameInARowIsNamed()
    {
        const qint64 id =
            m_queue->record(networkFailure(kAnna, QStringLiteral("E1"), QStringLiteral("update"))).value().id;
        QSqlQuery q(m_journal->database());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE failed_messages SET error_kind = 'melted' WHERE id = %1").arg(id)));
        const QString kind =
            QStringLiteral("The journal could not read failed message %1: 'melted' is not an"
                           " error kind (invalid, storage, unavailable, permission, not-found,"
                           " auth, network, throttled, conflict, cancelled)")
                .arg(id);
        for (const Error &e :
             {m_queue->get(id).error(), m_queue->list({}, PageCursor{}, 10).error(),
              m_queue->list({}, 0, 10).error(), m_queue->due(m_clock->nowUtc().addDays(1), 10).error()}) {
            QCOMPARE(e.kind, ErrorKind::Storage);
            QCOMPARE(e.message, kind);
        }
        QCOMPARE(m_queue->count({}).value(), qint64(1));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE failed_messages SET error_kind = 'network' WHERE id = %1").arg(id)));
        QVERIFY(m_queue->get(id).ok());

        QVERIFY(q.exec(QStringLiteral("UPDATE failed_message_events SET error_kind = 'melted'")));
        QCOMPARE(m_queue->get(id).error().message, kind);
        QVERIFY(q.exec(QStringLiteral("UPDATE failed_message_events SET error_kind = 'network'")));
        // The schema's CHECK keeps unknown events out; a damaged file (or a newer schema) may still hold one.
        QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY2(q.exec(QStringLiteral("UPDATE failed_message_events SET event = 'exploded'")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF")));
        const Error event = m_queue->get(id).error();
        QCOMPARE(event.kind, ErrorKind::Storage);
        QCOMPARE(event.message,
                 QStringLiteral("The journal could not read failed message %1: 'exploded' is not a"
                                " failed message event (failed, retrying, resolved, superseded,"
                                " parked, discarded, requeued, replaced)")
                     .arg(id));
        QVERIFY(m_queue->list({}, PageCursor{}, 10).ok()); // lists carry no history
    }

    void aListShowsTheOperationOfRowsWrittenBeforeItsColumn()
    {
        // Migration 1 rows kept the operation in the snapshot only; the list reads it there (in SQLite).
        const qint64 id = m_queue
                              ->record(networkFailure(QStringLiteral("bert@contoso.com"),
                                                      QStringLiteral("E1"), QStringLiteral("delete")))
                              .value()
                              .id;
        QSqlQuery q(m_journal->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE failed_messages SET operation = '' WHERE id = %1").arg(id)));
        QCOMPARE(m_queue->list({}, PageCursor{}, 10).value().rows.first().operation,
                 QStringLiteral("delete"));
        QCOMPARE(m_queue->get(id).value().operation, QStringLiteral("delete"));
        // A snapshot that is not JSON does not break the list.
        QVERIFY(
            q.exec(QStringLiteral("UPDATE failed_messages SET snapshot = 'not json' WHERE id = %1").arg(id)));
        const auto rows = m_queue->list({}, 0, 10);
        QVERIFY2(rows.ok(), qPrintable(messageOf(rows)));
        QCOMPARE(rows.value().first().operation, QString());
    }

    void a100000RowQueueStaysQuickToPage()
    {
        // 80,000 older rows as a long outage leaves them, seeded in one statement (recording them one by one
        // through the API takes about 150 µs each, mostly Qt SQL's binding); then 20,000 through recordAll().
        QElapsedTimer timer;
        timer.start();
        {
            const QString error = seedFailedMessages(*m_journal, 20000, 99999);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const qint64 seedMs = timer.restart();
        QList<FailureRecord> chunk;
        const QStringList mailboxes{kAnna, kBert, QStringLiteral("carl@contoso.com"),
                                    QStringLiteral("dora@contoso.com")};
        for (int i = 0; i < 20000; ++i) {
            const QString &mailbox = mailboxes[(i / 10) % 4];
            FailureRecord f = i % 10 == 0 ? failure(Direction::CrmToExchange, mailbox, QString::number(i),
                                                    QStringLiteral("update"), ErrorKind::Invalid,
                                                    QStringLiteral("400 Bad Request"))
                                          : networkFailure(mailbox, QStringLiteral("AAMk-%1").arg(i));
            chunk << f;
            if (chunk.size() == 5000) {
                QVERIFY(m_queue->recordAll(chunk).ok());
                chunk.clear();
                m_clock->advance(1000);
            }
        }
        const qint64 insertMs = timer.restart();
        QCOMPARE(m_queue->count({}).value(), qint64(100000));
        const qint64 countMs = timer.restart();

        const MessagePage first = m_queue->list({}, PageCursor{}, 200).value();
        const qint64 firstMs = timer.restart();
        QCOMPARE(first.rows.size(), 200);
        // Scroll like the panel's table: page after page, to row 50,000.
        PageCursor cursor = first.next;
        for (int page = 1; page < 250; ++page)
            cursor = m_queue->list({}, cursor, 200).value().next;
        const qint64 scrollMs = timer.restart();
        const MessagePage deep = m_queue->list({}, cursor, 200).value();
        const qint64 deepKeysetMs = timer.restart();
        const QList<FailedMessage> deepOffset = m_queue->list({}, 50000, 200).value();
        const qint64 deepOffsetMs = timer.restart();
        QCOMPARE(deep.rows.first().id, deepOffset.first().id);
        QCOMPARE(deep.rows.last().id, deepOffset.last().id);
        MessageFilter parkedForDora;
        parkedForDora.user = QStringLiteral("dora@contoso.com");
        parkedForDora.states = {MessageState::Parked};
        const MessagePage filtered = m_queue->list(parkedForDora, PageCursor{}, 200).value();
        const qint64 filteredMs = timer.restart();
        QCOMPARE(filtered.rows.size(), 200);
        for (const FailedMessage &m : filtered.rows)
            QVERIFY(m.mailbox == QStringLiteral("dora@contoso.com") && m.state == MessageState::Parked);
        const auto due = m_queue->due(m_clock->nowUtc().addDays(1), 500).value();
        const qint64 dueMs = timer.restart();
        QCOMPARE(due.size(), 500);
        qInfo().noquote()
            << QStringLiteral(
                   "100,000 rows (80,000 seeded in %10 ms): recordAll() of 20,000 %1 ms (4 "
                   "transactions), count %2 ms, first page %3 ms, "
                   "249 more pages %4 ms (%5 ms each), keyset page at 50,000 %6 ms, offset page at "
                   "50,000 %7 ms, filtered page %8 ms, due() %9 ms")
                   .arg(insertMs)
                   .arg(countMs)
                   .arg(firstMs)
                   .arg(scrollMs)
                   .arg(scrollMs / 249.0, 0, 'f', 2)
                   .arg(deepKeysetMs)
                   .arg(deepOffsetMs)
                   .arg(filteredMs)
                   .arg(dueMs)
                   .arg(seedMs);
        // The list query walks an index in order instead of sorting 100,000 rows (what keeps pages quick).
        QSqlQuery plan(m_journal->database());
        QVERIFY(plan.exec(
            QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM failed_messages WHERE"
                           " (last_failure_utc, id) < ('2027-01-01', 1) ORDER BY last_failure_utc DESC,"
                           " id DESC LIMIT 200")));
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        const QString planText = steps.join(QStringLiteral("; "));
        QVERIFY2(planText.contains(QStringLiteral("failed_messages_recent")) &&
                     !planText.contains(QStringLiteral("TEMP B-TREE")),
                 qPrintable(planText));
    }
};

QTEST_GUILESS_MAIN(TestFailedQueue)
#include "tst_failed_queue.moc"
