#include "Clock.h"

#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace cxsync {

SystemClock::SystemClock()
{
    m_timer.start();
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::elapsedMs() const
{
    return m_timer.elapsed();
}

void SystemClock::schedule(qint64 delayMs, QObject *context, std::function<void()> callback)
{
    // QTimer takes an int; nothing in the engine waits 24 days, so clamping is harmless.
    const int ms = static_cast<int>(std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max()));
    if (!context || context->thread() != QThread::currentThread()) {
        QTimer::singleShot(ms, context, std::move(callback));
        return;
    }
    // A timer owned by the context, so that destroying the context (a cancel) also ends the timer. Qt 6.4's
    // QTimer::singleShot keeps its timer until the delay is over even when the context is gone: every HTTP
    // attempt's 30 s timeout stayed registered (about half a kilobyte each, scattered over the heap) for 30 s
    // after its answer, and a run writing a few hundred items a second held ~10 MB of them (issue 20).
    auto *timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, callback = std::move(callback)] {
        timer->setParent(nullptr); // the callback may destroy the context; the timer goes once it returns
        timer->deleteLater();
        callback();
    });
    timer->start(ms);
}

} // namespace cxsync
