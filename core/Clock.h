#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace cxsync {

// Time as the engine sees it. Everything that waits (backoff, timeouts, expiry) goes through a Clock so that
// tests can inject a fake one and measure exact delays without sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Monotonic milliseconds since an arbitrary origin: for durations, never for wall-clock time.
    virtual qint64 elapsedMs() const = 0;
    // Runs `callback` once after `delayMs` on `context`'s thread, unless `context` is destroyed first
    // (destroying the context is how a scheduled call is cancelled).
    virtual void schedule(qint64 delayMs, QObject *context, std::function<void()> callback) = 0;
};

// The real clock: QDateTime, QElapsedTimer and single-shot QTimers.
class SystemClock final : public Clock {
public:
    SystemClock();
    QDateTime nowUtc() const override;
    qint64 elapsedMs() const override;
    void schedule(qint64 delayMs, QObject *context, std::function<void()> callback) override;

private:
    QElapsedTimer m_timer;
};

} // namespace cxsync
