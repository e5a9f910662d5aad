#include "service/SyncService.h"

#include "config/Settings.h"
#include "config/SettingsSchema.h"
#include "connect/Connections.h"
#include "exchange/ExchangeConnector.h"
#include "hooks/NotificationInbox.h"
#include "hooks/NotificationListener.h"
#include "hooks/SubscriptionManager.h"
#include "service/DigestSchedule.h"
#include "service/ServiceState.h"
#include "store/Journal.h"
#include "sync/CalendarSync.h"
#include "sync/SyncRetries.h"
#include "users/UserLinkStore.h"

#include <QUrl>

namespace cxsync {

SyncService::Options SyncService::Options::fromSettings(const Settings &settings, const QString &clientState)
{
    Options o;
    o.pollIntervalSecs = settings.pollIntervalSeconds();
    o.crmPollSecs = qBound(1, settings.value(Keys::CrmPollInterval).toInt(), 3600);
    o.fullRunIntervalSecs = qMax(o.pollIntervalSecs, o.fullRunIntervalSecs);
    o.publicUrl = settings.value(Keys::ListenerPublicUrl).toString();
    while (o.publicUrl.endsWith(QLatin1Char('/')))
        o.publicUrl.chop(1);
    o.push = !o.publicUrl.isEmpty(); // Graph change notifications, EWS push subscriptions
    o.bindAddress = QHostAddress(settings.value(Keys::ListenerBind).toString());
    o.port = quint16(settings.value(Keys::ListenerPort).toInt());
    o.clientState = clientState;
    o.canary = canary::CanaryOptions::fromSettings(settings);
    return o;
}

SyncService::SyncService(const Settings &settings, Connections &connections, Journal &journal, Clock &clock,
                         Options options, QObject *parent)
    : QObject(parent), m_settings(settings), m_connections(connections), m_journal(journal), m_clock(clock),
      m_options(std::move(options))
{
    m_pollTimer.setInterval(qMax(1, m_options.pollIntervalSecs) * 1000);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_state)
            (void)m_state->beat();
        // With push working, Exchange changes arrive as notifications and the CRM feed has its own, shorter
        // timer: the poll is a heartbeat. Without push every poll reads everything.
        if (m_pushHealthy)
            return;
        m_fullPending = true;
        schedule();
    });
    m_crmTimer.setInterval(qMax(1, m_options.crmPollSecs) * 1000);
    connect(&m_crmTimer, &QTimer::timeout, this, [this] {
        if (!m_pushHealthy)
            return;
        m_crmPending = true;
        schedule();
    });
    m_fullTimer.setInterval(qMax(1, m_options.fullRunIntervalSecs) * 1000);
    connect(&m_fullTimer, &QTimer::timeout, this, [this] {
        m_fullPending = true;
        schedule();
    });
    m_renewTimer.setInterval(qMax(1, m_options.renewalCheckSecs) * 1000);
    connect(&m_renewTimer, &QTimer::timeout, this, &SyncService::renew);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_retryPending = true;
        schedule();
    });
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(m_options.debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SyncService::schedule);
}

SyncService::~SyncService() = default;

quint16 SyncService::listenerPort() const
{
    return m_listener ? m_listener->port() : 0;
}

Status SyncService::start()
{
    m_inbox = std::make_unique<NotificationInbox>(&m_journal);
    if (m_options.push) {
        if (m_options.clientState.isEmpty())
            return makeError(ErrorKind::Invalid,
                             tr("push needs the listener client state (secret listener-client-state); run "
                                "'cxsync hooks install' once"),
                             QStringLiteral("secret/listener-client-state"));
        NotificationListener::Options listen;
        listen.bindAddress = m_options.bindAddress;
        listen.port = m_options.port;
        listen.path = QUrl(m_options.publicUrl).path();
        listen.clientState = m_options.clientState;
        listen.certificateFile = m_options.certificateFile;
        listen.keyFile = m_options.keyFile;
        listen.push = [this](const QByteArray &body) { return m_connections.exchange()->receivePush(body); };
        m_listener = std::make_unique<NotificationListener>(m_inbox.get(), &m_clock, listen);
        if (const auto started = m_listener->start(); !started.ok())
            return started.error();
        connect(m_listener.get(), &NotificationListener::changeQueued, this,
                [this](const QString &mailbox, bool newEntry) {
                    if (newEntry)
                        Q_EMIT message(tr("Change notification for %1.").arg(mailbox));
                    // A run may be reading this mailbox right now, from before the change: read it again after.
                    if (m_run)
                        m_pending[mailbox.toLower()];
                    if (!m_debounce.isActive())
                        m_debounce.start();
                });
        connect(m_listener.get(), &NotificationListener::lifecycleQueued, this, [this] {
            if (!m_debounce.isActive())
                m_debounce.start();
        });
        SubscriptionManager::Options subscriptions;
        subscriptions.notificationUrl = m_options.publicUrl;
        subscriptions.lifecycleUrl = m_options.publicUrl + QStringLiteral("/lifecycle");
        subscriptions.clientState = m_options.clientState;
        m_connections.useLinks(m_journal); // each mailbox's subscription on its own Exchange server
        m_subscriptions = std::make_unique<SubscriptionManager>(m_connections.exchange(), &m_journal,
                                                                &m_clock, subscriptions);
        Q_EMIT message(tr("Listening for notifications at %1 (port %2).").arg(m_options.publicUrl).arg(m_listener->port()));
        // Subscriptions for every linked mailbox (created, kept or recreated).
        QStringList mailboxes;
        users::UserLinkStore links(m_journal);
        if (const auto all = links.all(); all.ok()) {
            for (const users::UserLink &link : all.value()) {
                if (link.state == users::LinkState::Linked && !link.exchangeUserId.isEmpty())
                    mailboxes.append(link.exchangeUserId);
            }
        }
        m_subscriptions->install(mailboxes, [this](QList<SubscriptionOutcome> outcomes) {
            int failed = 0;
            for (const SubscriptionOutcome &o : outcomes) {
                if (o.action == SubscriptionAction::Failed) {
                    ++failed;
                    Q_EMIT warning(tr("Subscription for %1 failed (polling covers it): %2").arg(o.mailbox, o.error.message));
                } else if (o.resyncNeeded) {
                    m_pending[o.mailbox.toLower()];
                }
            }
            Q_EMIT message(tr("Change subscriptions: %1 active, %2 failed.").arg(outcomes.size() - failed).arg(failed));
            setPushHealthy(failed == 0);
            schedule();
        });
        m_renewTimer.start();
    } else {
        Q_EMIT message(tr("Push is not configured: changes are found by polling every %n second(s).", nullptr,
                          m_options.pollIntervalSecs));
    }
    m_state = std::make_unique<ServiceState>(m_journal, m_clock);
    (void)m_state->started(m_listener ? ServiceState::listenUrl(m_options.bindAddress, m_listener->port(),
                                                                m_options.publicUrl, m_listener->isTls())
                                      : QString(),
                           m_options.push ? m_options.publicUrl : QString(), m_options.pollIntervalSecs);
    // Failed messages that fell due while the service was down go first, then whenever the next one is due.
    m_retries = std::make_unique<sync::SyncRetries>(m_connections, m_journal, m_clock,
                                                    sync::SyncRunOptions::fromSettings(m_settings));
    m_retryPending = true;
    if (m_options.canary.enabled()) {
        m_canary = std::make_unique<canary::Canary>(m_connections, m_journal, m_clock, m_options.canary);
        connect(m_canary.get(), &canary::Canary::message, this, &SyncService::message);
    }
    m_pollTimer.start();
    m_crmTimer.start();
    m_fullPending = true; // catch up on whatever happened while the service was down
    QTimer::singleShot(0, this, &SyncService::schedule);
    return {};
}

void SyncService::stop(std::function<void()> stopped)
{
    m_stopping = true;
    if (m_digest)
        m_digest->stop();
    m_stopped = std::move(stopped);
    if (m_state)
        (void)m_state->stopped();
    m_pollTimer.stop();
    m_crmTimer.stop();
    m_renewTimer.stop();
    m_fullTimer.stop();
    m_debounce.stop();
    m_retryTimer.stop();
    if (m_canary)
        m_canary->stop(); // a round under way is cleaned up at the next start
    m_listener.reset(); // no new notifications; Graph retries what it could not deliver
    if (m_run) {
        m_run->cancel(); // ends after the write under way; the outbox covers the rest
        return;
    }
    if (m_retrying) {
        m_retries->cancel(); // ends after the message under way; the rest stays due
        return;
    }
    QTimer::singleShot(0, this, [this] {
        if (auto done = std::move(m_stopped))
            done();
    });
}

QString SyncService::addressOf(const QString &exchangeUserId) const
{
    users::UserLinkStore links(m_journal);
    const auto all = links.all();
    if (!all.ok())
        return {};
    for (const users::UserLink &link : all.value()) {
        if (link.state == users::LinkState::Linked &&
            link.exchangeUserId.compare(exchangeUserId, Qt::CaseInsensitive) == 0)
            return link.mailbox;
    }
    return {};
}

void SyncService::takeInbox()
{
    const auto pending = m_inbox->pending();
    if (!pending.ok()) {
        Q_EMIT failure(pending.error().message);
        return;
    }
    for (const InboxEntry &e : pending.value()) {
        if (m_taken.contains(e.id))
            continue;
        m_taken.insert(e.id);
        if (e.kind == InboxKind::Change) {
            m_pending[e.mailbox.toLower()].append(e.id);
            continue;
        }
        if (!m_subscriptions) {
            (void)m_inbox->complete(e.id, m_clock.nowUtc());
            continue;
        }
        const qint64 id = e.id;
        const QString mailbox = e.mailbox.toLower();
        if (!e.event) { // add() and pending() keep a lifecycle entry's event: cannot happen
            (void)m_inbox->complete(e.id, m_clock.nowUtc());
            continue;
        }
        const LifecycleEvent event = *e.event;
        Q_EMIT message(tr("Lifecycle event %1 for %2.").arg(enumName(event), mailbox));
        // A renewal or recreation that fails leaves the mailbox without a working subscription.
        const bool resubscribes =
            event == LifecycleEvent::ReauthorizationRequired || event == LifecycleEvent::SubscriptionRemoved;
        m_subscriptions->handleLifecycle(
            e.subscriptionId, event, [this, id, mailbox, resubscribes](QList<SubscriptionOutcome> outcomes) {
                bool resync = false;
                for (const SubscriptionOutcome &o : outcomes) {
                    resync = resync || o.resyncNeeded;
                    if (o.action == SubscriptionAction::Failed) {
                        Q_EMIT warning(
                            tr("Lifecycle handling for %1 failed: %2").arg(mailbox, o.error.message));
                        // No notifications come for that mailbox now: every poll reads every mailbox again.
                        if (resubscribes && !o.mailbox.isEmpty())
                            setPushHealthy(false);
                    }
                }
                if (resync)
                    m_pending[mailbox];
                if (const Status s = m_inbox->complete(id, m_clock.nowUtc()); !s.ok())
                    Q_EMIT failure(s.error().message);
                schedule();
            });
    }
}

void SyncService::schedule()
{
    if (m_run || m_retrying || m_stopping)
        return; // the running run's (or retry pass's) end schedules again
    if (m_retryPending && m_retries)
        return runRetries();
    runNext();
}

// One retry pass, never alongside a run: a retried write and a run's write of the same item must not race.
void SyncService::runRetries()
{
    m_retryPending = false;
    m_retrying = true;
    m_retries->runDue([this](const queue::DrainReport &report) {
        m_retrying = false;
        if (const QString line = sync::SyncRetries::describe(report); !line.isEmpty())
            Q_EMIT message(line);
        Q_EMIT retriesFinished(report);
        if (m_stopping) {
            if (auto done = std::move(m_stopped))
                done();
            return;
        }
        armRetryTimer();
        QTimer::singleShot(0, this, &SyncService::schedule);
    });
}

void SyncService::armRetryTimer()
{
    if (!m_retries || m_stopping)
        return;
    const auto next = m_retries->queue().nextDueUtc();
    if (!next.ok()) {
        Q_EMIT failure(next.error().message);
        m_retryTimer.start(60 * 1000); // look again later rather than never
        return;
    }
    if (!next.value().isValid())
        return; // nothing waits; a run's new failure arms the timer again
    // At least a second (rows that could not be claimed must not spin), at most an hour (clock changes).
    const qint64 delay = std::clamp<qint64>(m_clock.nowUtc().msecsTo(next.value()), 1000, 3600 * 1000);
    m_retryTimer.start(int(delay));
}

queue::FailedMessageQueue *SyncService::failedMessages()
{
    return m_retries ? &m_retries->queue() : nullptr;
}

DigestSchedule *SyncService::errorDigest(SecretStore &secrets)
{
    if (m_digest)
        return m_digest.get();
    if (!DigestSchedule::wanted(m_settings) || !failedMessages())
        return nullptr;
    m_digest = std::make_unique<DigestSchedule>(m_settings, secrets, m_clock, *failedMessages());
    connect(this, &SyncService::retriesFinished, m_digest.get(), &DigestSchedule::check);
    return m_digest.get();
}

void SyncService::runNext()
{
    takeInbox();
    sync::SyncRunOptions options = sync::SyncRunOptions::fromSettings(m_settings);
    QString scope;
    RunKind kind = RunKind::AllUsers;
    m_inRun.clear();
    if (m_fullPending) {
        m_fullPending = false;
        scope = tr("all users");
        m_crmPending = false; // a full run reads the CRM feed too
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
            m_inRun += it.value();
        m_pending.clear();
    } else if (m_crmPending) {
        // The CRM change feed only: no mailbox is read (notifications cover them), so the run costs the
        // same with 5 or 5,000 mailboxes. Staged Exchange changes wait for their mailbox's run.
        m_crmPending = false;
        if (!options.crmToExchange) {
            QTimer::singleShot(0, this, &SyncService::schedule);
            return;
        }
        options.exchangeToCrm = false;
        scope = tr("CRM changes");
        kind = RunKind::CrmFeed;
    } else if (!m_pending.isEmpty()) {
        const QString mailbox = m_pending.begin().key();
        m_inRun = m_pending.take(mailbox);
        const QString address = addressOf(mailbox);
        if (address.isEmpty()) {
            // No longer linked: nothing to sync for it.
            for (qint64 id : std::as_const(m_inRun))
                (void)m_inbox->complete(id, m_clock.nowUtc());
            m_inRun.clear();
            QTimer::singleShot(0, this, &SyncService::schedule);
            return;
        }
        options.user = address;
        options.readCrmFeed = false; // the CRM poll reads the feed; this run reads the mailbox only
        scope = address;
        kind = RunKind::Mailbox;
    } else {
        return;
    }
    ++m_runs;
    m_run = std::make_unique<sync::CalendarSync>(m_connections, m_journal, m_clock, options);
    // No decider: a run that would delete more than the allowed share stops and waits for the admin
    // (`cxsync sync --once` asks); the service never answers yes on its own.
    connect(m_run.get(), &sync::CalendarSync::finished, this,
            [this, scope, kind](const sync::SyncReport &report) { onRunFinished(scope, report, kind); });
    m_run->start();
}

void SyncService::onRunFinished(const QString &scope, const sync::SyncReport &report, RunKind kind)
{
    if (report.error.isEmpty()) {
        // The run read the mailbox after these notifications arrived: they are answered. Writes that failed
        // are in the failed-message queue, not lost.
        for (qint64 id : std::as_const(m_inRun)) {
            if (const Status s = m_inbox->complete(id, m_clock.nowUtc()); !s.ok())
                Q_EMIT failure(s.error().message);
            m_taken.remove(id);
        }
    } else {
        // Not read: the rows stay pending and are taken again at the next poll.
        for (qint64 id : std::as_const(m_inRun))
            m_taken.remove(id);
        Q_EMIT failure(tr("Sync of %1 failed: %2").arg(scope, report.error));
    }
    m_inRun.clear();
    if (!report.queued.isEmpty())
        armRetryTimer(); // new failed messages: their first retry is due in a while
    if (m_state)
        (void)m_state->runFinished(scope, report);
    Q_EMIT runFinished(scope, report, kind);
    m_run.release()->deleteLater();
    if (m_canary && !m_stopping) {
        // The first run replayed the outbox an interrupted service left, so whatever an interrupted canary
        // round had under way has landed: its items can be found and removed now, before the first round.
        if (!m_canaryStarted) {
            m_canaryStarted = true;
            m_canary->start();
        } else {
            m_canary->syncRunFinished();
        }
    }
    if (m_stopping) {
        if (auto done = std::move(m_stopped))
            done();
        return;
    }
    QTimer::singleShot(0, this, &SyncService::schedule);
}

void SyncService::setPushHealthy(bool healthy)
{
    if (healthy == m_pushHealthy)
        return;
    m_pushHealthy = healthy;
    if (healthy) {
        m_fullTimer.start();
        Q_EMIT message(tr("Push is working: CRM changes are read every %n second(s), every mailbox in full every "
                          "%1 minute(s).",
                          nullptr, m_options.crmPollSecs)
                           .arg(qMax(1, m_options.fullRunIntervalSecs / 60)));
    } else {
        m_fullTimer.stop(); // every poll is a full run again
    }
}

void SyncService::renew()
{
    if (!m_subscriptions || m_stopping)
        return;
    const QDateTime due = m_subscriptions->nextRenewalUtc();
    if (!due.isValid() || due > m_clock.nowUtc())
        return;
    m_subscriptions->renewDue([this](QList<SubscriptionOutcome> outcomes) {
        for (const SubscriptionOutcome &o : outcomes) {
            if (o.action == SubscriptionAction::Failed) {
                Q_EMIT warning(tr("Renewing the subscription for %1 failed (polling covers it): %2")
                                   .arg(o.mailbox, o.error.message));
                setPushHealthy(false);
            } else if (o.resyncNeeded)
                m_pending[o.mailbox.toLower()];
        }
        schedule();
    });
}

} // namespace cxsync
