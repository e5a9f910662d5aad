#pragma once

#include "Clock.h"
#include "Result.h"
#include "hooks/SubscriptionManager.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

namespace cxsync {

class Settings;
class SecretStore;
class Journal;
class Connections;
class NotificationInbox;
class NotificationListener;
class Profile;

// Install Scripts (issue 7): what `cxsync hooks install` and the panel's Install Scripts button do, on the
// saved settings.
//  - CRM side: the custom fields the engine keeps its links in are checked. Sage CRM's REST API cannot create
//    fields, so the missing ones are listed by name and entity for the admin to add.
//  - Exchange side: one Graph subscription per linked mailbox (SubscriptionManager: created, kept, renewed or
//    recreated), one mailbox after another. The listener's client state is read from the secret store, or
//    created there at the first install (never anywhere else).
//  - Graph validates the listener while creating a subscription. When the service is not running (the
//    listener's port is free), the installer answers the handshake itself until it finishes.
// Lines for the admin come out of message() as they happen (translated; `error` lines are failures), the
// subscriptions one by one out of outcome(), and progress() counts mailboxes. cancel() stops after the
// mailbox under way. finished() is always emitted once, from the event loop; delete the installer with
// deleteLater() or after finished() has returned.
class HooksInstaller final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HooksInstaller)
public:
    struct Report {
        std::optional<Error>
            fatal; // nothing (more) could be done: settings, journal, connections, client state
        bool crmChecked = false;
        QStringList crmMissing; // fields the admin must add
        QList<SubscriptionOutcome> outcomes;
        int mailboxes = 0; // linked mailboxes to subscribe
        int failures = 0;  // CRM check failed or fields missing, plus failed subscriptions
        bool cancelled = false;
        int notStarted = 0; // mailboxes left out by cancel()
        bool clientStateCreated = false;
        bool answeredValidation = false; // the installer's own listener answered Graph (service not running)

        bool ok() const { return !fatal && failures == 0 && !cancelled; }
        int count(SubscriptionAction action) const;
    };

    // The profile's settings, secrets and clock; its journal and connections for the run (held until the
    // installer goes, also over a reload()).
    explicit HooksInstaller(Profile &profile, QObject *parent = nullptr);
    ~HooksInstaller() override;

    // Why these settings cannot have hooks at all (on-premises Exchange), or nothing.
    static std::optional<Error> unsupported(const Settings &settings);
    // One translated sentence for an outcome ("Subscription for X created; expires ...").
    static QString describe(const SubscriptionOutcome &outcome);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void message(const QString &text, bool error);
    void outcome(const cxsync::SubscriptionOutcome &outcome);
    void progress(int done, int total, const QString &mailbox);
    void finished(const cxsync::HooksInstaller::Report &report);

private:
    void checkCrm();
    void withClientState(std::function<void(QString)> next);
    void startListener(const QString &clientState);
    void nextMailbox();
    void fail(const Error &error);
    void finish();

    Profile &m_profile;
    const Settings &m_settings;
    SecretStore &m_secrets;
    Clock &m_clock;
    Report m_report;
    QStringList m_mailboxes;
    int m_next = 0;
    bool m_running = false;
    bool m_cancel = false;
    std::shared_ptr<Journal> m_journal;
    std::shared_ptr<Connections> m_connections;
    std::unique_ptr<NotificationInbox> m_inbox;
    std::unique_ptr<NotificationListener> m_listener;
    std::unique_ptr<SubscriptionManager> m_manager;
};

} // namespace cxsync

Q_DECLARE_METATYPE(cxsync::HooksInstaller::Report)
