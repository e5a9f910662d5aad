#include "hooks/NotificationInbox.h"

#include "hooks/SubscriptionManager.h"
#include "store/Journal.h"
#include "store/JournalSql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cxsync {

namespace {

Error storageError(const QSqlQuery &query, const QString &what)
{
    return makeError(ErrorKind::Storage,
                     NotificationInbox::tr("The journal could not %1 a notification: %2")
                         .arg(what, query.lastError().text()));
}

} // namespace

Result<bool> NotificationInbox::add(const InboxEntry &entry)
{
    if (entry.mailbox.isEmpty())
        return makeError(ErrorKind::Invalid, tr("A notification needs a mailbox."),
                         QStringLiteral("mailbox"));
    if ((entry.kind == InboxKind::Lifecycle) != entry.event.has_value())
        return makeError(ErrorKind::Invalid, tr("A lifecycle notification, and only one, names its event."),
                         QStringLiteral("event"));
    QSqlDatabase db = m_journal->database();
    QSqlQuery insert(db);
    // The partial unique index on pending rows makes this a no-op for a duplicate.
    // Only the pending-duplicate uniqueness conflict is absorbed (ON CONFLICT DO NOTHING); any other
    // constraint failure is an error, never a silently dropped notification.
    insert.prepare(QStringLiteral(
        "INSERT INTO notification_inbox (mailbox, subscription_id, kind, detail, received_utc, state, "
        "collapsed) VALUES (?, ?, ?, ?, ?, 'pending', 0) ON CONFLICT DO NOTHING"));
    // The detail column: the lifecycle event's name, '' for a change (never NULL: the unique index compares
    // it).
    const QString detail = entry.event ? enumName(*entry.event) : QStringLiteral("");
    insert.addBindValue(entry.mailbox);
    insert.addBindValue(entry.subscriptionId);
    insert.addBindValue(enumName(entry.kind));
    insert.addBindValue(detail);
    insert.addBindValue(journalsql::stamp(entry.receivedUtc));
    if (!insert.exec())
        return storageError(insert, tr("store"));
    if (insert.numRowsAffected() == 1)
        return true;
    QSqlQuery count(db);
    count.prepare(QStringLiteral("UPDATE notification_inbox SET collapsed = collapsed + 1 WHERE state = 'pending' "
                                 "AND mailbox = ? AND kind = ? AND detail = ?"));
    count.addBindValue(entry.mailbox);
    count.addBindValue(enumName(entry.kind));
    count.addBindValue(detail);
    if (!count.exec())
        return storageError(count, tr("count"));
    if (count.numRowsAffected() != 1) // neither stored nor a duplicate: do not pretend it was kept
        return makeError(ErrorKind::Storage, tr("The journal neither stored nor matched a notification for %1.")
                                                 .arg(entry.mailbox));
    return false;
}

Result<QList<InboxEntry>> NotificationInbox::pending(int limit) const
{
    QSqlQuery query(m_journal->database());
    query.prepare(QStringLiteral("SELECT id, mailbox, subscription_id, kind, detail, received_utc, collapsed FROM "
                                 "notification_inbox WHERE state = 'pending' ORDER BY id LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return storageError(query, tr("read"));
    QList<InboxEntry> out;
    while (query.next()) {
        InboxEntry e;
        e.id = query.value(0).toLongLong();
        e.mailbox = query.value(1).toString();
        e.subscriptionId = query.value(2).toString();
        const auto kind = enumFromName<InboxKind>(query.value(3).toString());
        if (!kind.ok())
            return makeError(
                ErrorKind::Storage,
                tr("The journal could not read notification %1: %2").arg(e.id).arg(kind.error().message));
        e.kind = kind.value();
        if (e.kind == InboxKind::Lifecycle) {
            const auto event = enumFromName<LifecycleEvent>(query.value(4).toString());
            if (!event.ok())
                return makeError(ErrorKind::Storage, tr("The journal could not read notification %1: %2")
                                                         .arg(e.id)
                                                         .arg(event.error().message));
            e.event = event.value();
        }
        e.receivedUtc = journalsql::fromStamp(query.value(5));
        e.collapsed = query.value(6).toInt();
        out.append(e);
    }
    return out;
}

Status NotificationInbox::complete(qint64 id, const QDateTime &nowUtc)
{
    QSqlQuery query(m_journal->database());
    query.prepare(QStringLiteral(
        "UPDATE notification_inbox SET state = 'done', processed_utc = ? WHERE id = ? AND state = 'pending'"));
    query.addBindValue(journalsql::stamp(nowUtc));
    query.addBindValue(id);
    if (!query.exec())
        return storageError(query, tr("complete"));
    return {};
}

QString NotificationInbox::mailboxOfSubscription(const QString &subscriptionId) const
{
    QSqlQuery query(m_journal->database());
    query.prepare(QStringLiteral("SELECT mailbox FROM subscriptions WHERE id = ?"));
    query.addBindValue(subscriptionId);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

Result<int> NotificationInbox::pendingCount() const
{
    QSqlQuery query(m_journal->database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM notification_inbox WHERE state = 'pending'")) || !query.next())
        return storageError(query, tr("count"));
    return query.value(0).toInt();
}

Status NotificationInbox::keepResumePoint(const QString &subscriptionId, const QString &resumePoint)
{
    return SubscriptionManager::keepResumePoint(*m_journal, subscriptionId, resumePoint);
}

} // namespace cxsync
