#pragma once

// Retries the calendar sync's failed writes (snapshot kind "sync.action") from the failed-message queue,
// against the current state of both sides rather than blindly:
//   CRM → Exchange create: the CRM record was deleted meanwhile → superseded; the item is linked already (an
//       earlier attempt or a later run got through) → only the Comm_ExchangeId write-back is finished;
//       otherwise created with the same Graph transactionId, so a lost answer never makes a second item.
//   CRM → Exchange update: the CRM record is gone, or changed again since (the newer change follows through
//       the sync), or the item is no longer linked → superseded; otherwise written (the item is read first,
//       conflicts decided by the policy).
//   CRM → Exchange delete/cancel: already gone → resolved; otherwise deleted/cancelled.
//   Exchange → CRM create: the Outlook item is gone → superseded; otherwise the CRM is searched by the
//       Exchange id first (found: brought up to date and linked), then created.
//   Exchange → CRM update: the CRM record is gone, or changed in the CRM after the Outlook change → the newer
//       CRM version is kept (superseded); otherwise written.
//   Exchange → CRM delete: already gone → resolved; otherwise soft-deleted.
#include "CalendarSync.h"
#include "SyncWriter.h"
#include "queue/FailedMessageRetrier.h"
#include "queue/TransactionLog.h"

#include <QObject>

#include <memory>

namespace cxsync::sync {

class SyncActionRetrier final : public QObject, public queue::FailedMessageRetrier {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncActionRetrier)
public:
    SyncActionRetrier(Connections &connections, Journal &journal, Clock &clock, const SyncRunOptions &options,
                      QObject *parent = nullptr);
    ~SyncActionRetrier() override;

    bool handles(const queue::FailedMessage &message) const override;
    void retry(const queue::FailedMessage &message, Done done) override;

    static QString snapshotKind() { return QStringLiteral("sync.action"); }
    // {"kind": "sync.action", "failedUtc": ..., "action": SyncAction::toJson()}
    static QJsonObject snapshot(const SyncAction &action, const QDateTime &failedUtc);
    // The stored action, checked: its kind and the fields that kind needs (the error names the field).
    static Result<SyncAction> actionFromSnapshot(const QJsonObject &snapshot);
    // create | update | delete | cancel | link | unlink, as the queue lists it.
    static QString operationName(ActionKind kind);

private:
    void retryPrepared(const queue::FailedMessage &message, Done done);
    void applyNow(const SyncAction &action, Done done, const QString &resolvedNote);
    void removeHalfWritten(const SyncAction &action, Done done, const QString &what);
    void reply(Done done, queue::RetryOutcome outcome);
    Status loadUsers();

    Connections &m_connections;
    Journal &m_journal;
    Clock &m_clock;
    SyncRunOptions m_options;
    SyncJournal m_store;
    queue::TransactionLog m_log;
    SyncWriter m_writer;
    qint64 m_usersLoadedMs = -1;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace cxsync::sync
