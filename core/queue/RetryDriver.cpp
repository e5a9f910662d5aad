#include "RetryDriver.h"

#include "queue/TransactionLog.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcRetry, "cxsync.queue.retry", QtInfoMsg)

namespace cxsync::queue {

RetryDriver::RetryDriver(FailedMessageQueue &queue, Clock &clock, QObject *parent)
    : QObject(parent), m_queue(queue), m_clock(clock)
{
}

RetryDriver::~RetryDriver()
{
    ++*m_generation; // answers still on their way are dropped
}

void RetryDriver::runDue(Done done)
{
    if (done)
        m_waiters.append(std::move(done));
    if (m_running)
        return;
    m_running = true;
    m_cancelPass = false;
    m_report = DrainReport();
    m_consecutiveTransient.clear();
    m_tripped.clear();
    m_seen.clear();
    cancelTimer();
    // Pending failures the journal could not take earlier go in first.
    if (Status s = m_queue.flushPending(); !s.ok())
        m_report.problems << s.error().message;
    nextBatch();
}

void RetryDriver::nextBatch()
{
    if (m_cancelPass) {
        m_report.cancelled = true;
        finishPass();
        return;
    }
    auto due = m_queue.due(m_clock.nowUtc(), m_batchSize);
    if (!due.ok()) {
        m_report.problems << due.error().message;
        finishPass();
        return;
    }
    m_batch.clear();
    for (const FailedMessage &m : due.value()) {
        // A row already handled in this pass (its claim or its outcome did not reach the journal) waits for
        // the next pass: this one must end.
        if (!m_seen.contains(m.id))
            m_batch.append(m);
    }
    if (m_batch.isEmpty()) {
        finishPass();
        return;
    }
    nextMessage();
}

void RetryDriver::nextMessage()
{
    while (!m_batch.isEmpty()) {
        if (m_cancelPass) {
            m_report.cancelled = true;
            m_batch.clear();
            finishPass();
            return;
        }
        const FailedMessage candidate = m_batch.takeFirst();
        m_seen.insert(candidate.id);
        if (m_tripped.contains(int(candidate.direction))) {
            continue; // already deferred in the journal
        }
        auto claimed = m_queue.markRetrying(candidate.id);
        if (!claimed.ok()) {
            if (claimed.error().kind == ErrorKind::Conflict) {
                ++m_report.skipped;
                continue;
            }
            // The journal refuses writes: retrying now would apply changes it cannot record.
            m_report.problems << claimed.error().message;
            m_batch.clear();
            finishPass();
            return;
        }
        const FailedMessage message = claimed.value();
        ++m_report.attempted;
        FailedMessageRetrier *retrier = nullptr;
        for (FailedMessageRetrier *r : std::as_const(m_retriers)) {
            if (r->handles(message)) {
                retrier = r;
                break;
            }
        }
        const qint64 started = m_clock.elapsedMs();
        if (!retrier) {
            const RetryOutcome none = RetryOutcome::failed(makeError(
                ErrorKind::Unavailable, tr("no retrier is available for %1 %2 messages in this program")
                                            .arg(directionName(message.direction), message.operation)));
            // Asynchronous like a real retrier, so a long queue never recurses.
            QPointer<RetryDriver> self(this);
            QTimer::singleShot(0, this, [self, message, started, none] {
                if (self)
                    self->onOutcome(message, started, none);
            });
            return;
        }
        QPointer<RetryDriver> self(this);
        const int generation = *m_generation;
        const std::shared_ptr<int> current = m_generation;
        retrier->retry(message, [self, message, started, generation, current](RetryOutcome outcome) {
            if (!self || *current != generation)
                return;
            self->onOutcome(message, started, outcome);
        });
        return;
    }
    // Posted, so a long run of skipped rows never deepens the stack.
    QMetaObject::invokeMethod(this, &RetryDriver::nextBatch, Qt::QueuedConnection);
}

void RetryDriver::onOutcome(const FailedMessage &message, qint64 startedMs, const RetryOutcome &outcome)
{
    const qint64 duration = std::max<qint64>(0, m_clock.elapsedMs() - startedMs);
    switch (outcome.kind) {
    case RetryOutcome::Kind::Resolved:
    case RetryOutcome::Kind::Superseded: {
        const bool superseded = outcome.kind == RetryOutcome::Kind::Superseded;
        m_consecutiveTransient.remove(int(message.direction));
        const Status s = m_queue.markResolved(message.id, message.attempts, outcome.note, superseded);
        if (!s.ok()) {
            // The change is applied but the journal did not take it: the claim runs out and the retrier
            // finds the change already applied next time.
            m_report.problems << s.error().message;
            break;
        }
        superseded ? ++m_report.superseded : ++m_report.resolved;
        log(message, superseded ? LogResult::Superseded : LogResult::Resolved, outcome.note, duration);
        Q_EMIT messageFinished(message.id, MessageState::Resolved, outcome.note);
        break;
    }
    case RetryOutcome::Kind::FailedAgain: {
        auto again =
            m_queue.markFailedAgain(message.id, message.attempts, outcome.error, outcome.retryAfterMs);
        if (!again.ok()) {
            m_report.problems << again.error().message;
            break;
        }
        const RecordedFailure &r = again.value();
        if (r.state == MessageState::Parked) {
            ++m_report.parked;
            log(message, LogResult::Parked, outcome.error.message, duration);
        } else {
            ++m_report.waiting;
            log(message, LogResult::Failed, outcome.error.message, duration);
        }
        Q_EMIT messageFinished(message.id, r.state, outcome.error.message);
        if (isTransient(outcome.error)) {
            int &count = m_consecutiveTransient[int(message.direction)];
            if (++count >= m_tripAfter && r.state == MessageState::Waiting) {
                m_tripped.insert(int(message.direction));
                auto deferred = m_queue.deferDue(message.direction, r.nextAttemptUtc);
                if (deferred.ok()) {
                    m_report.deferred += deferred.value();
                    qCInfo(lcRetry) << directionName(message.direction) << "keeps failing;"
                                    << deferred.value() << "due message(s) wait until" << r.nextAttemptUtc;
                } else {
                    m_report.problems << deferred.error().message;
                }
            }
        } else {
            m_consecutiveTransient.remove(int(message.direction));
        }
        break;
    }
    }
    nextMessage();
}

void RetryDriver::log(const FailedMessage &message, LogResult result, const QString &text, qint64 durationMs)
{
    if (!m_log)
        return;
    LogEntry e;
    e.direction = directionName(message.direction);
    e.user = !message.mailbox.isEmpty() ? message.mailbox : message.crmUserId;
    e.item = !message.subject.isEmpty()
                 ? message.subject
                 : (!message.crmItemId.isEmpty() ? message.crmItemId : message.exchangeItemId);
    e.action = QStringLiteral("retry %1").arg(message.operation).trimmed();
    e.result = result;
    e.durationMs = durationMs;
    e.message = text;
    e.failedMessageId = message.id;
    if (auto appended = m_log->append(e); !appended.ok())
        m_report.problems << appended.error().message;
}

void RetryDriver::finishPass()
{
    m_running = false;
    const DrainReport report = m_report;
    qCInfo(lcRetry).nospace() << "retry pass: " << report.attempted << " tried, " << report.resolved
                              << " resolved, " << report.superseded << " superseded, " << report.waiting
                              << " waiting, " << report.parked << " parked, " << report.deferred
                              << " deferred";
    const QList<Done> waiters = std::exchange(m_waiters, {});
    Q_EMIT passFinished(report.resolved, report.superseded, report.waiting, report.parked);
    for (const Done &done : waiters)
        done(report);
    if (m_serving)
        scheduleNext();
}

void RetryDriver::start()
{
    m_serving = true;
    if (!m_running)
        runDue({});
}

void RetryDriver::stop()
{
    m_serving = false;
    cancelTimer();
    cancelPass();
}

void RetryDriver::cancelPass()
{
    if (m_running)
        m_cancelPass = true;
}

void RetryDriver::wake()
{
    if (m_serving && !m_running)
        scheduleNext();
}

void RetryDriver::cancelTimer()
{
    ++m_timerToken;
    // Not deleted here: this may run inside the scheduled call itself.
    if (m_timer)
        m_timer.release()->deleteLater();
}

void RetryDriver::scheduleNext()
{
    cancelTimer();
    auto next = m_queue.nextDueUtc();
    qint64 delay = 0;
    if (!next.ok()) {
        qCWarning(lcRetry) << "cannot read the queue:" << next.error().message;
        delay = m_queue.schedule().baseMs; // try again later rather than spin
    } else if (!next.value().isValid()) {
        return; // nothing waits; wake() brings us back
    } else {
        delay = m_clock.nowUtc().msecsTo(next.value());
    }
    // Never sooner than a second: rows that could not be claimed must not make a tight loop.
    delay = std::max<qint64>(delay, 1000);
    m_timer = std::make_unique<QObject>();
    QPointer<RetryDriver> self(this);
    const quint64 token = m_timerToken;
    m_clock.schedule(delay, m_timer.get(), [self, token] {
        if (self && self->m_serving && self->m_timerToken == token)
            self->runDue({});
    });
}

} // namespace cxsync::queue
