#pragma once

#include "Clock.h"
#include "queue/FailedMessageQueue.h"
#include "queue/FailedMessageRetrier.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace cxsync::queue {

class TransactionLog;
enum class LogResult;

struct DrainReport {
    int attempted = 0;
    int resolved = 0;
    int superseded = 0;
    int waiting = 0;      // failed again, retried later
    int parked = 0;       // failed again and parked (permanent error or too many attempts)
    int skipped = 0;      // changed by someone else between due() and the claim
    int deferred = 0;     // not tried: their direction's server kept failing in this run
    bool cancelled = false; // cancelPass() or stop() ended the pass early; the rest stays due
    QStringList problems; // journal errors; the rows concerned are retried after their claim lease
};

// Runs due failed messages through the engine's retriers: claims a row, hands its snapshot to the first
// retrier that handles it, records the outcome in the queue and the transaction log. One row at a time, so
// an item's changes are applied in the order they were queued. When `tripAfter` transient failures in a row
// come from one direction (its server is down), the rest of that direction's due rows wait until the last
// failure's next attempt instead of each hitting the same dead server.
//
// `cxsync sync` calls runDue() before syncing; `cxsync serve` calls start() and wake() after recording new
// failures. Rows no retrier handles fail again with ErrorKind::Unavailable (and park after max attempts).
class RetryDriver final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RetryDriver)
public:
    using Done = std::function<void(DrainReport)>;

    RetryDriver(FailedMessageQueue &queue, Clock &clock, QObject *parent = nullptr);
    ~RetryDriver() override;

    void addRetrier(FailedMessageRetrier *retrier) { m_retriers.append(retrier); }
    void setTransactionLog(TransactionLog *log) { m_log = log; }
    void setBatchSize(int rows) { m_batchSize = std::max(1, rows); }
    void setTripAfter(int failures) { m_tripAfter = std::max(1, failures); }
    bool isRunning() const { return m_running; }

    // One pass over the rows due now (in batches until none is due); `done` gets the totals. A call while a
    // pass runs is answered when that pass ends, with its report.
    void runDue(Done done);

    // Service mode: a pass whenever rows fall due (by the injected clock), until stop().
    void start();
    void stop();
    // Ends the pass under way after the message being retried (the others stay due for the next pass).
    void cancelPass();
    // New failures were recorded: reconsider when the next pass is due.
    void wake();

Q_SIGNALS:
    void messageFinished(qint64 id, cxsync::queue::MessageState state, const QString &note);
    void passFinished(int resolved, int superseded, int waiting, int parked);

private:
    void nextBatch();
    void nextMessage();
    void onOutcome(const FailedMessage &message, qint64 startedMs, const RetryOutcome &outcome);
    void finishPass();
    void scheduleNext();
    void cancelTimer();
    void log(const FailedMessage &message, LogResult result, const QString &text, qint64 durationMs);

    FailedMessageQueue &m_queue;
    Clock &m_clock;
    TransactionLog *m_log = nullptr;
    QList<FailedMessageRetrier *> m_retriers;
    int m_batchSize = 200;
    int m_tripAfter = 3;
    bool m_running = false;
    bool m_serving = false;
    bool m_cancelPass = false;
    QList<Done> m_waiters;
    DrainReport m_report;
    QList<FailedMessage> m_batch;
    QHash<int, int> m_consecutiveTransient; // by Direction
    QSet<int> m_tripped;                    // Directions whose server kept failing in this pass
    QSet<qint64> m_seen;                    // rows taken up in this pass
    std::unique_ptr<QObject> m_timer;       // context of the scheduled pass
    quint64 m_timerToken = 0;               // a scheduled pass runs only if no newer one replaced it
    std::shared_ptr<int> m_generation = std::make_shared<int>(0);
};

} // namespace cxsync::queue
