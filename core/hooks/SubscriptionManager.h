#pragma once

#include "Clock.h"
#include "Result.h"
#include "exchange/ExchangeTypes.h"
#include "store/EnumNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QStringList>

#include <functional>
#include <memory>

namespace cxsync {

class Journal;
namespace exchange {
class ExchangeConnector;
}
enum class LifecycleEvent;

// A subscription's state in the journal: active (the one the mailbox uses), failed (the server said so),
// removed (deleted, or replaced by a newer one).
enum class SubscriptionState { Active, Failed, Removed };
template <> struct EnumNames<SubscriptionState> {
    static constexpr EnumName<SubscriptionState> names[] = {{SubscriptionState::Active, "active"},
                                                            {SubscriptionState::Failed, "failed"},
                                                            {SubscriptionState::Removed, "removed"}};
    static QString what()
    {
        return QCoreApplication::translate("cxsync::SubscriptionManager", "a subscription state");
    }
};

// What install / renew / remove did for one mailbox; `cxsync hooks` prints the names.
enum class SubscriptionAction { Created, Kept, Renewed, Recreated, Removed, Failed };
template <> struct EnumNames<SubscriptionAction> {
    static constexpr EnumName<SubscriptionAction> names[] = {
        {SubscriptionAction::Created, "created"}, {SubscriptionAction::Kept, "kept"},
        {SubscriptionAction::Renewed, "renewed"}, {SubscriptionAction::Recreated, "recreated"},
        {SubscriptionAction::Removed, "removed"}, {SubscriptionAction::Failed, "failed"}};
    static QString what()
    {
        return QCoreApplication::translate("cxsync::SubscriptionManager", "a subscription action");
    }
};

// One change subscription as the journal keeps it.
struct SubscriptionRecord {
    QString id;
    QString mailbox;
    QString resource;
    QString notificationUrl;
    QDateTime expirationUtc;
    QDateTime createdUtc;
    QDateTime renewedUtc;
    SubscriptionState state = SubscriptionState::Active;
    QString lastError;
    // Where the server's notifications have reached (EWS: the watermark, advanced by every push the listener
    // stored); a recreated subscription resumes there. Empty for Graph.
    QString resumePoint;
};

// What happened to one mailbox during install / renew / remove.
struct SubscriptionOutcome {
    QString mailbox;
    SubscriptionAction action = SubscriptionAction::Failed;
    SubscriptionRecord record;
    Error error;               // when action is Failed
    bool resyncNeeded = false; // changes may have been missed: read the mailbox's delta in full
    // Recreated from the old subscription's resume point, which the server took: it reports what changed
    // meanwhile, so no resync is needed.
    bool resumed = false;
};

// The Exchange side of Install Scripts (issue 7): one change subscription per linked mailbox (created,
// updated, deleted items of its calendar) with our clientState and a lifecycle URL, kept in the journal
// (table `subscriptions`), renewed at about two thirds of its lifetime, recreated when the server no longer
// has it (ErrorKind::NotFound from the connector; the mailbox is then read in full, unless the server resumed
// from the record's resume point, as EWS does from a kept watermark), and deleted on remove.
// The protocol is the ExchangeConnector's (Graph /subscriptions, EWS push subscriptions later); this class
// keeps the bookkeeping. Mailboxes are handled one after another (creating a Graph subscription makes Graph
// call the listener, which must answer within 10 s).
class SubscriptionManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionManager)
public:
    struct Options {
        QString notificationUrl;      // the listener's public URL
        QString lifecycleUrl;         // notificationUrl + "/lifecycle"
        QString clientState;          // at most 128 characters
        int lifetimeMinutes = 10020;  // Outlook events allow 10,080 (just under 7 days)
    };
    using Done = std::function<void(QList<SubscriptionOutcome>)>;

    // `exchange`: the profile's Exchange side (Connections::exchange(), which routes each mailbox to its
    // server); null when there is none (every call then fails, saying so).
    SubscriptionManager(exchange::ExchangeConnector *exchange, Journal *journal, Clock *clock,
                        Options options, QObject *parent = nullptr);
    ~SubscriptionManager() override;

    // Creates what is missing, keeps what is healthy, recreates what the server no longer has.
    void install(const QStringList &mailboxes, Done done);
    // Renews subscriptions past two thirds of their lifetime (or already expired: recreated).
    void renewDue(Done done);
    // Deletes every active subscription (one the server no longer has counts as deleted).
    void removeAll(Done done);
    // A lifecycle notification: reauthorizationRequired → renew (which reauthorizes); subscriptionRemoved →
    // recreate, resync; missed → resync.
    void handleLifecycle(const QString &subscriptionId, LifecycleEvent event, Done done);

    Result<QList<SubscriptionRecord>> records(bool activeOnly = true) const;
    // Keeps where an active subscription's notifications have reached (PushReceipt::resumePoint), once what
    // they notified is stored. The listener calls it for every push it accepted; an unknown or retired id
    // changes nothing.
    static Status keepResumePoint(Journal &journal, const QString &subscriptionId,
                                  const QString &resumePoint);
    // When the next renewal is due (invalid when there is nothing to renew).
    QDateTime nextRenewalUtc() const;
    QDateTime renewalDueUtc(const SubscriptionRecord &record) const;

Q_SIGNALS:
    void progress(int done, int total, const QString &mailbox);

private:
    struct Run;
    void step(std::shared_ptr<Run> run);
    // `resumeFrom`: the resume point of the subscription this one replaces (empty: from now).
    void create(const QString &mailbox, const QString &resumeFrom,
                std::function<void(SubscriptionOutcome)> done);
    void renew(const SubscriptionRecord &record, std::function<void(SubscriptionOutcome)> done);
    void remove(const SubscriptionRecord &record, std::function<void(SubscriptionOutcome)> done);
    Status store(const SubscriptionRecord &record);
    Status markState(const QString &id, SubscriptionState state, const QString &error);
    SubscriptionOutcome failure(const QString &mailbox, const Error &error) const;
    // Recreates `record`'s subscription after the server lost it; the outcome asks for a full read.
    void recreate(const SubscriptionRecord &record, const QString &why, bool resyncAlways,
                  std::function<void(SubscriptionOutcome)> done);
    QDateTime expirationFrom(const QDateTime &now) const;
    // Whether the profile has an Exchange side to subscribe on (else `done` gets the error, later).
    bool haveExchange(const QString &mailbox, const std::function<void(SubscriptionOutcome)> &done);

    exchange::ExchangeConnector *m_exchange;
    Journal *m_journal;
    Clock *m_clock;
    Options m_options;
    std::shared_ptr<int> m_alive;
};

} // namespace cxsync
