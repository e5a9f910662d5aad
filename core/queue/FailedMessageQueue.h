#pragma once

#include "Clock.h"
#include "Result.h"
#include "queue/QueueTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlQuery>

#include <map>
#include <memory>
#include <optional>
#include <random>

namespace cxsync {

class Journal;
class Settings;

namespace queue {

// When a failed message is tried again. Attempt n (n failures so far) waits min(cap, base * 2^(n-1)), drawn
// from [(1 - jitter) * d, d] so that many items failing together do not return together, while each item's
// intervals still grow. Permanent errors, and transient ones after maxAttempts, park the item.
struct RetrySchedule {
    qint64 baseMs = 60 * 1000;
    qint64 capMs = 60 * 60 * 1000;
    int maxAttempts = 30;
    double jitter = 0.2;
    // A row in state 'retrying' whose claim is older than this is due again (the process died mid-retry).
    qint64 claimLeaseMs = 15 * 60 * 1000;

    static RetrySchedule fromSettings(const Settings &settings);
    // `unit` in [0, 1): 0 gives the full delay, values towards 1 shorten it by up to `jitter`.
    qint64 delayMs(int failures, double unit) const;
};

// Which errors are worth retrying on their own: the network, throttling, an unavailable or overloaded server
// (HTTP 408, 429, 5xx), a cancelled request and our own storage. Everything else (invalid data, not found,
// conflicts, refused credentials or permissions) waits for the admin: retrying a refused login can lock the
// service account.
bool isTransient(const Error &error);

// The durable queue of failed writes, in the journal (tables failed_messages and failed_message_events).
//
// Every change of a row is one transaction together with its history event, so a failing journal leaves the
// previous state intact. record() never loses a failure: if the journal cannot take it, it is kept in memory
// (pendingCount()) and written before anything else on the next record() or flushPending(); the caller gets a
// Storage error and must keep its own copy (the outbox) until a later call succeeds.
//
// A retrier claims a due row with markRetrying(), which returns the row; the row's `attempts` is the claim's
// revision: markResolved()/markFailedAgain() with that revision change the row only if nothing else did
// meanwhile (a newer failure of the same item, or the admin), and otherwise answer ErrorKind::Conflict.
class FailedMessageQueue final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::queue::FailedMessageQueue)
public:
    FailedMessageQueue(Journal &journal, Clock &clock, RetrySchedule schedule = {}, quint64 seed = 0);
    Q_DISABLE_COPY_MOVE(FailedMessageQueue)

    const RetrySchedule &schedule() const { return m_schedule; }
    void setSchedule(const RetrySchedule &schedule) { m_schedule = schedule; }
    Journal &journal() { return m_journal; }

    // A failed write. An open row for the same item (same itemKey) takes the newer snapshot and counts one
    // more attempt instead of a second row being added.
    Result<RecordedFailure> record(const FailureRecord &failure);
    // Many failures in one transaction (a batch that failed together): all are stored, or none (then all
    // are kept in memory as pending).
    Result<QList<RecordedFailure>> recordAll(const QList<FailureRecord> &failures);
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    Status flushPending();

    // Waiting rows whose next attempt has come, and stale claims, oldest next attempt first.
    Result<QList<FailedMessage>> due(const QDateTime &nowUtc, int limit);
    // When the next waiting row falls due (invalid: nothing waits).
    Result<QDateTime> nextDueUtc();

    // Claims a waiting (or stale retrying) row for a retry. Conflict if it is no longer waiting.
    Result<FailedMessage> markRetrying(qint64 id);
    // The change is applied (or was superseded by the current state: `superseded`).
    Status markResolved(qint64 id, int revision, const QString &note, bool superseded = false);
    // The retry failed: waits again with a longer interval, or parks (permanent error, too many attempts).
    Result<RecordedFailure> markFailedAgain(qint64 id, int revision, const Error &error,
                                            std::optional<qint64> retryAfterMs = {});
    // Moves every waiting row of `direction` due before `untilUtc` to `untilUtc` without counting an attempt:
    // the server is down, trying the others now would only hammer it.
    Result<int> deferDue(Direction direction, const QDateTime &untilUtc);

    // Admin actions.
    Status markParked(qint64 id, const QString &reason);
    Status discard(qint64 id, const QString &reason);
    // Waiting, parked or discarded → waiting, due now. Resolved rows cannot be retried (Invalid).
    Status retryNow(qint64 id);
    // Every waiting or parked row matching `filter` (discarded ones too when the filter names that state).
    Result<int> retryAll(const MessageFilter &filter);

    // Newest failure first. Keyset paging: pass the previous page's `next`; cost does not grow with depth.
    // Rows carry the list columns only (no snapshot, item ids or history; see FailedMessage): get() or
    // getMany() for the whole message.
    Result<MessagePage> list(const MessageFilter &filter, const PageCursor &after, int limit);
    // Offset paging, for callers that jump (an index into the list); prefer the cursor form for scrolling.
    Result<QList<FailedMessage>> list(const MessageFilter &filter, int offset, int limit);
    // SQLite's plan (EXPLAIN QUERY PLAN) for the statement list(filter, after, limit) runs: one line per
    // step, each with its enclosing steps before it ("MERGE (UNION ALL) > LEFT > CO-ROUTINE ... > SEARCH
    // ..."). For tests and diagnostics: which index a page walks, and whether it sorts.
    Result<QStringList> listPlan(const MessageFilter &filter, const PageCursor &after, int limit);
    Result<qint64> count(const MessageFilter &filter);
    Result<QMap<QString, qint64>> countByKind(const MessageFilter &filter);
    Result<QMap<QString, qint64>> countByState(const MessageFilter &filter);
    // One row with its history, oldest event first.
    Result<FailedMessage> get(qint64 id);
    // Whole rows (snapshot, item ids, and the history when `withHistory`) for `ids`, in that order; ids that
    // no longer exist are left out. For exports, one page at a time.
    Result<QList<FailedMessage>> getMany(const QList<qint64> &ids, bool withHistory = true);
    // History of many rows at once (exports), keyed by message id.
    Result<QMap<qint64, QList<MessageEvent>>> histories(const QList<qint64> &ids);
    // The open row holding `itemKey`, if any (the engine checks before writing an item whose earlier change
    // still waits, so changes are applied in order).
    Result<std::optional<FailedMessage>> findOpen(const QString &itemKey);

    // A newer change of the item was applied: its waiting or parked row is resolved as superseded (a row a
    // retrier holds right now is left to it). Gives whether a row was settled.
    Result<bool> settleSuperseded(const QString &itemKey, const QString &note);

    static QString itemKeyFor(const FailureRecord &failure);

private:
    struct Pending {
        FailureRecord failure;
        QDateTime atUtc;
    };
    QSqlQuery &statement(const QString &sql);
    Result<RecordedFailure> writeOne(const FailureRecord &failure, const QDateTime &atUtc);
    Result<QList<RecordedFailure>> writeBatch(const QList<Pending> &batch);
    // The new state after `failures` failures ending with `error`.
    void decide(const Error &error, int failures, std::optional<qint64> retryAfterMs, const QDateTime &atUtc,
                MessageState *state, QDateTime *next, QString *note);
    Status addEvent(qint64 id, MessageEventKind event, int attempt, const Error *error,
                    const QDateTime &atUtc, const QDateTime &next, const QString &note);
    Status setState(qint64 id, std::optional<int> revision, const QList<MessageState> &from, MessageState to,
                    MessageEventKind event, const QString &note, bool clearNext);

    Journal &m_journal;
    Clock &m_clock;
    RetrySchedule m_schedule;
    std::mt19937_64 m_random;
    QList<Pending> m_pending;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<QSqlQuery> m_failedStatement;
};

} // namespace queue
} // namespace cxsync
