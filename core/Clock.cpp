#include "Clock.h"

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
    const qint64 clamped = std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max());
    QTimer::singleShot(static_cast<int>(clamped), context, std::move(callback));
}

} // namespace cxsync
