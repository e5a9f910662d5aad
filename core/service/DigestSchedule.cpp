#include "service/DigestSchedule.h"

#include "Clock.h"
#include "config/SecretStore.h"
#include "config/Settings.h"
#include "config/SettingsSchema.h"
#include "notify/ErrorNotifier.h"
#include "queue/FailedMessageQueue.h"

#include <QPointer>

namespace cxsync {

DigestSchedule::DigestSchedule(const Settings &settings, SecretStore &secrets, Clock &clock,
                               queue::FailedMessageQueue &queue, QObject *parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets), m_clock(clock), m_queue(queue)
{
}

DigestSchedule::~DigestSchedule() = default;

bool DigestSchedule::wanted(const Settings &settings)
{
    return !settings.value(Keys::ErrorEmail).toString().trimmed().isEmpty();
}

void DigestSchedule::start()
{
    if (m_started)
        return;
    m_started = true;
    QPointer<DigestSchedule> self(this);
    notify::SmtpConfig::load(m_settings, m_secrets, [self](Result<notify::SmtpConfig> config) {
        if (!self)
            return;
        if (!config.ok()) {
            Q_EMIT self->unavailable(config.error());
            return;
        }
        if (self->m_stopped)
            return;
        self->m_smtp = config.value();
        self->m_mailer = std::make_unique<notify::ErrorMailer>();
        self->m_notifier = std::make_unique<notify::ErrorNotifier>(self->m_queue, self->m_clock, *self->m_mailer);
        self->m_notifier->configure(self->m_settings);
        self->m_tick = std::make_unique<QObject>();
        self->arm();
        self->check();
    });
}

void DigestSchedule::arm()
{
    // One minute at a time on the clock, the next armed when this one runs; stop() drops the context.
    m_clock.schedule(kCheckEveryMs, m_tick.get(), [this] {
        arm();
        check();
    });
}

void DigestSchedule::stop()
{
    m_stopped = true;
    m_tick.reset();
}

void DigestSchedule::check()
{
    if (!isRunning())
        return;
    QPointer<DigestSchedule> self(this);
    m_notifier->maybeSend(m_smtp, [self](Result<notify::DigestOutcome> outcome) {
        if (!self)
            return;
        if (!outcome.ok()) {
            Q_EMIT self->notSent(outcome.error());
            return;
        }
        if (outcome.value().kind == notify::DigestOutcome::Kind::Sent)
            Q_EMIT self->sent(outcome.value().failures);
    });
}

} // namespace cxsync
