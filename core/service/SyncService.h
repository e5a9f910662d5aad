#pragma once

#include "Clock.h"
#include "Result.h"
#include "canary/Canary.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QHash>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

namespace cxsync {

class Settings;
class SecretStore;
class Journal;
class Connections;
class DigestSchedule;
class NotificationInbox;
class NotificationListener;
class SubscriptionManager;
class ServiceState;
namespace sync {
class CalendarSync;
class SyncRetries;
struct SyncReport;
} // namespace sync
namespace queue {
class FailedMessageQueue;
struct DrainReport;
} // namespace queue

// `cxsync serve`: the notification listener, Graph subscriptions and the sync scheduler in one process.
//  - A change notification (already stored in the journal's inbox by the listener) triggers a sync of that
//    mailbox only; notifications that arrive during a run are collapsed into the next one.
//  - Every Poll Interval the CRM change feed is read. Without push (or while a mailbox has no working
//    subscription) that is a full run (all linked users' delta and the CRM feed). With push working it is a
//    CRM-feed-only run, cheap however many mailboxes there are, so a CRM change reaches Exchange within the Poll
//    Interval plus one short run; the full run is then the safety net every fullRunIntervalSecs: a listener
//    that was down or a lost notification delays a change, never loses it (delta reads catch up).
//  - Subscriptions are renewed at two thirds of their lifetime; lifecycle events are acted on
//    (reauthorize, recreate + resync, resync).
//  - One run at a time; stop() lets the run under way finish its current write and then stops.
class SyncService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncService)
public:
    struct Options {
        int pollIntervalSecs = 60;
        // While push works: how often the CRM change feed alone is read (sync/crmPollSeconds).
        int crmPollSecs = 2;
        bool push = false; // listener + subscriptions (needs the listener public URL)
        QHostAddress bindAddress = QHostAddress::LocalHost;
        quint16 port = 0;
        QString publicUrl;
        QString clientState;
        QString certificateFile;
        QString keyFile;
        int renewalCheckSecs = 60;
        // Gathers the notifications of one edit into one run. Counted from the first notification and not
        // extended by later ones, so a steady stream of notifications cannot hold runs back.
        int debounceMs = 50;
        // With push working: how often every mailbox is read in full (the safety net for lost notifications).
        int fullRunIntervalSecs = 300;
        // The synthetic canary (canary/crmUser, canary/mailbox, ...): off unless both are set.
        canary::CanaryOptions canary;

        static Options fromSettings(const Settings &settings, const QString &clientState);
    };

    SyncService(const Settings &settings, Connections &connections, Journal &journal, Clock &clock, Options options,
                QObject *parent = nullptr);
    ~SyncService() override;

    // Starts the listener (push), installs/renews subscriptions for the linked mailboxes, and runs a full
    // sync. Errors name the setting (listener port in use, ...).
    Status start();
    void stop(std::function<void()> stopped);
    bool isRunningSync() const { return static_cast<bool>(m_run); }
    quint16 listenerPort() const;
    int runs() const { return m_runs; }
    // The failed-message queue the service retries from (after start()); the error digest reads it.
    queue::FailedMessageQueue *failedMessages();
    // The error e-mail (notify/errorEmail), after start(): made on the first call and kept by the service,
    // checked after each retry pass and stopped with the service; `secrets` holds the SMTP password. Null when
    // no address to notify is set. The caller connects its signals, then starts it (DigestSchedule::start).
    DigestSchedule *errorDigest(SecretStore &secrets);
    // The synthetic canary, once the first run has finished (null when it is not configured).
    canary::Canary *canary() { return m_canary.get(); }

    // What a run covered: every mailbox and the CRM feed (at start, after a poll without push, on the full-run
    // timer), the CRM feed only (its short timer while push works), or one notified mailbox.
    enum class RunKind { AllUsers, CrmFeed, Mailbox };
    Q_ENUM(RunKind)

Q_SIGNALS:
    // What the service says as it works, by weight: `message` is information, `warning` a problem the service
    // works around (a subscription lost: polling covers it), `failure` work that did not happen (a run that
    // could not read, the journal refusing a write). The serve command gives each its journal priority.
    void message(const QString &text);
    void warning(const QString &text);
    void failure(const QString &text);
    void runFinished(const QString &scope, const cxsync::sync::SyncReport &report,
                     cxsync::SyncService::RunKind kind);
    void retriesFinished(const cxsync::queue::DrainReport &report);

private:
    void schedule();
    void runRetries();
    void armRetryTimer();
    void runNext();
    void takeInbox();
    void onRunFinished(const QString &scope, const cxsync::sync::SyncReport &report, RunKind kind);
    void renew();
    void setPushHealthy(bool healthy);
    QString addressOf(const QString &exchangeUserId) const;

    const Settings &m_settings;
    Connections &m_connections;
    Journal &m_journal;
    Clock &m_clock;
    Options m_options;
    std::unique_ptr<NotificationInbox> m_inbox;
    std::unique_ptr<NotificationListener> m_listener;
    std::unique_ptr<SubscriptionManager> m_subscriptions;
    std::unique_ptr<ServiceState> m_state; // the heartbeat the panel reads
    std::unique_ptr<canary::Canary> m_canary; // started after the first run (the outbox is replayed by then)
    bool m_canaryStarted = false;
    std::unique_ptr<sync::CalendarSync> m_run;
    QTimer m_pollTimer;
    QTimer m_crmTimer;
    QTimer m_renewTimer;
    QTimer m_debounce;
    QTimer m_retryTimer;
    std::unique_ptr<sync::SyncRetries> m_retries; // failed messages, retried between runs
    std::unique_ptr<DigestSchedule> m_digest;       // over m_retries' queue: declared after it, gone before it
    bool m_retrying = false;
    bool m_retryPending = false;
    QTimer m_fullTimer;        // with push working: the safety-net full run
    bool m_pushHealthy = false; // listener up and every linked mailbox subscribed
    bool m_crmPending = false;  // a CRM-feed-only run is due
    bool m_fullPending = false;
    QHash<QString, QList<qint64>> m_pending; // Exchange user id → inbox rows waiting for its run
    QSet<qint64> m_taken;                     // inbox rows already handed to m_pending or a run
    QList<qint64> m_inRun;                    // inbox rows the current run answers
    bool m_stopping = false;
    std::function<void()> m_stopped;
    int m_runs = 0;
};

} // namespace cxsync
