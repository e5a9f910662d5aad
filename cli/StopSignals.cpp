#include "StopSignals.h"

#include <atomic>
#include <csignal>

namespace cxsync {

namespace {

std::atomic<int> g_signal{0};   // the signal not yet picked up by the event loop
std::atomic<int> g_received{0}; // signals since install()
std::atomic<bool> g_forceOnSecond{false};

extern "C" void onStopSignal(int signalNumber)
{
    // Only async-signal-safe work here: atomics, signal() and raise().
    if (g_received.fetch_add(1) > 0 && g_forceOnSecond.load()) {
        std::signal(signalNumber, SIG_DFL);
        std::raise(signalNumber);
        return;
    }
    g_signal.store(signalNumber);
}

} // namespace

StopSignals::StopSignals(QObject *parent) : QObject(parent)
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (const int signalNumber = g_signal.exchange(0); signalNumber != 0) {
            if (m_signal == 0)
                m_signal = signalNumber;
            Q_EMIT stopRequested(signalNumber);
        }
    });
}

StopSignals::~StopSignals()
{
    uninstall();
}

void StopSignals::install(bool forceOnSecond)
{
    g_signal.store(0);
    g_received.store(0);
    g_forceOnSecond.store(forceOnSecond);
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);
    m_installed = true;
    m_poll.start();
}

void StopSignals::uninstall()
{
    m_poll.stop();
    if (!m_installed)
        return;
    m_installed = false;
    std::signal(SIGTERM, SIG_DFL);
    std::signal(SIGINT, SIG_DFL);
}

QString StopSignals::signalName(int signalNumber)
{
    switch (signalNumber) {
    case SIGINT:
        return QStringLiteral("SIGINT");
    case SIGTERM:
        return QStringLiteral("SIGTERM");
    default:
        return QStringLiteral("signal %1").arg(signalNumber);
    }
}

} // namespace cxsync
