#pragma once

#include "Result.h"
#include "notify/ErrorMailer.h"

#include <QObject>

#include <memory>

namespace cxsync {

class Clock;
class SecretStore;
class Settings;
namespace queue {
class FailedMessageQueue;
}
namespace notify {
class ErrorNotifier;
}

// The service's error e-mail (what `cxsync serve` ran itself before): the digest of new failed messages is
// checked when the schedule starts, every minute on the clock and after each retry pass (check(), from
// SyncService); ErrorNotifier decides whether one goes (at most one per Digest Interval, only with something
// new). Without an address to notify (notify/errorEmail) there is no schedule; SMTP settings that cannot be
// used are said once (unavailable) and the schedule stays off.
class DigestSchedule final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DigestSchedule)
public:
    static constexpr qint64 kCheckEveryMs = 60 * 1000;

    // All four outlive the schedule (the service's).
    DigestSchedule(const Settings &settings, SecretStore &secrets, Clock &clock, queue::FailedMessageQueue &queue,
                   QObject *parent = nullptr);
    ~DigestSchedule() override;

    // Whether the settings ask for the error e-mail (an address to notify).
    static bool wanted(const Settings &settings);

    // Reads the SMTP settings and password; when they can be used, a check now and every minute after.
    void start();
    // No check after this (a digest already handed to the server still reports its outcome).
    void stop();
    // A check now (after a retry pass). Nothing before start() has read usable SMTP settings, or after stop().
    void check();
    bool isRunning() const { return m_notifier && !m_stopped; }

Q_SIGNALS:
    // The SMTP settings or password cannot be used: no digest until the service starts again.
    void unavailable(const cxsync::Error &error);
    void sent(qint64 failures);
    // Not sent; the next check after the interval tries again.
    void notSent(const cxsync::Error &error);

private:
    void arm();

    const Settings &m_settings;
    SecretStore &m_secrets;
    Clock &m_clock;
    queue::FailedMessageQueue &m_queue;
    notify::SmtpConfig m_smtp;
    std::unique_ptr<notify::ErrorMailer> m_mailer;
    std::unique_ptr<notify::ErrorNotifier> m_notifier;
    std::unique_ptr<QObject> m_tick; // the pending minute's context: destroying it cancels the tick
    bool m_started = false;
    bool m_stopped = false;
};

} // namespace cxsync
