#pragma once

#include "Result.h"
#include "store/EnumNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cxsync {

class Journal;

// change: read the mailbox's delta; lifecycle: the subscription needs attention (InboxEntry::detail says
// how).
enum class InboxKind { Change, Lifecycle };
template <> struct EnumNames<InboxKind> {
    static constexpr EnumName<InboxKind> names[] = {{InboxKind::Change, "change"},
                                                    {InboxKind::Lifecycle, "lifecycle"}};
    static QString what()
    {
        return QCoreApplication::translate("cxsync::NotificationInbox", "a notification kind");
    }
};

// Graph's lifecycle notifications, named as Graph's lifecycleEvent and the journal's detail column spell
// them.
enum class LifecycleEvent { ReauthorizationRequired, SubscriptionRemoved, Missed };
template <> struct EnumNames<LifecycleEvent> {
    static constexpr EnumName<LifecycleEvent> names[] = {
        {LifecycleEvent::ReauthorizationRequired, "reauthorizationRequired"},
        {LifecycleEvent::SubscriptionRemoved, "subscriptionRemoved"},
        {LifecycleEvent::Missed, "missed"}};
    static QString what()
    {
        return QCoreApplication::translate("cxsync::NotificationInbox", "a lifecycle event");
    }
};

// What the listener accepted, waiting for the service to act on it. Kept in the journal (table
// `notification_inbox`) so that a crash or restart after answering Graph 202 loses nothing.
struct InboxEntry {
    qint64 id = 0;
    QString mailbox;        // Exchange user id (from the subscription, or from the notification's resource)
    QString subscriptionId;
    InboxKind kind = InboxKind::Change;
    std::optional<LifecycleEvent> event; // which lifecycle event (kind Lifecycle only)
    QDateTime receivedUtc;
    int collapsed = 0;      // how many further notifications this pending entry absorbed
};

// The durable inbox between the notification listener and the scheduler. A change notification only means
// "read this mailbox's delta": while one is pending for a mailbox, further ones (Graph sends duplicates, and
// several per edit) are collapsed into it. Lifecycle events collapse by (subscription, event).
class NotificationInbox final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::NotificationInbox)
public:
    explicit NotificationInbox(Journal *journal) : m_journal(journal) {}

    // Stores the entry, or counts it into the pending one it duplicates. True when it created a new entry.
    Result<bool> add(const InboxEntry &entry);
    // Oldest first.
    Result<QList<InboxEntry>> pending(int limit = 1000) const;
    // Done: the delta read (or lifecycle action) it asked for has completed.
    Status complete(qint64 id, const QDateTime &nowUtc);
    Result<int> pendingCount() const;
    // The mailbox of a subscription we created (journal table `subscriptions`); empty if unknown.
    QString mailboxOfSubscription(const QString &subscriptionId) const;
    // Where a push subscription's notifications have reached (PushReceipt::resumePoint), kept with the
    // subscription (SubscriptionManager::keepResumePoint) once what they notified is in this inbox.
    Status keepResumePoint(const QString &subscriptionId, const QString &resumePoint);

private:
    Journal *m_journal;
};

} // namespace cxsync
