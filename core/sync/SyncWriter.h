#pragma once

// The writes of the calendar sync: one SyncAction applied to the CRM or to a mailbox, with the journal's item
// links kept in step. Used by a sync run (CalendarSync) and by the failed-message retries (SyncActionRetrier),
// so a retried write does exactly what the run would have done.
#include "CalendarPlan.h"
#include "Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>

#include <functional>
#include <memory>

namespace cxsync {
class Connections;
namespace queue {
class TransactionLog;
}
} // namespace cxsync

namespace cxsync::sync {

class SyncWriter final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::sync::SyncWriter)
public:
    using Done = std::function<void(Status)>;

    // `context` receives the queued completions (the writer answers from the event loop) and guards them:
    // nothing is answered once it is gone.
    SyncWriter(Connections &connections, SyncJournal &store, queue::TransactionLog &log, Clock &clock,
               MappingOptions mapping, ConflictPolicy policy, QObject *context);
    Q_DISABLE_COPY_MOVE(SyncWriter)

    // The linked users: attendees who are one of them are the sync's business, the others are kept as found.
    void setUsers(const QList<SyncUser> &users);
    // With Exchange → CRM off, a conflict that keeps Outlook's version leaves the item alone instead of
    // writing it back to the CRM.
    void setExchangeToCrm(bool on) { m_exchangeToCrm = on; }
    QString addressOf(const QString &mailbox) const { return m_byMailbox.value(mailbox).address; }
    // Conflicts found while writing (an Exchange item changed between the plan and the write).
    int conflicts() const { return m_conflicts; }

    void perform(const SyncAction &action, Done done);

    // An outbox entry an interrupted run left (the write sent, or about to be, without its answer). Creates
    // are finished: an Exchange create is sent again (its transactionId finds the item if it got through), a
    // CRM create is linked when the search by Exchange id finds the record. Any other write is only
    // confirmed: when the server shows it applied, the links record it as the write's answer would have;
    // otherwise nothing is written, because its content was planned from versions that may be stale now (a
    // newer CRM edit, a delete on either side) and the next plan sees the change again from current state
    // (the Exchange change is still staged, the CRM watermark was not moved). `done(status, finished)`:
    // finished is false when the entry was left to the plan.
    using Finished = std::function<void(Status, bool)>;
    void finishInterrupted(const SyncAction &action, Finished done);

    // The legacy custom field Comm_ExchangeId carries the link on the CRM record (CRM reports, the search
    // before create, a rebuilt journal): the created item's iCalUId, written once; a CRM edit made meanwhile
    // is not undone. A meeting's attendee responses ("Terry Smith: No response") go in the same write, so they
    // do not arrive one run later as an update of their own. Neither field is part of the CRM fingerprint:
    // the write does not echo back.
    void writeBackExchangeId(const QString &commId, const exchange::ExchangeEvent &created, Done done);

    // Identifies the item a failed write is about, so a later failure of the same item joins its row in
    // the failed-message queue and a later success settles it.
    static QString itemKey(const SyncAction &action);
    // The Exchange item an action is about (its link, or the first member / the created event).
    static QString exchangeItemId(const SyncAction &action);
    static QString directionName(const SyncAction &action);

private:
    // Connector callbacks run only while the writer exists (a retrier may be destroyed mid-request).
    template <typename F> auto guarded(F f)
    {
        return [alive = std::weak_ptr<bool>(m_alive), f = std::move(f)](auto &&...args) mutable {
            if (!alive.expired())
                f(std::forward<decltype(args)>(args)...);
        };
    }
    void answer(Done done, Status status);
    Status saveMemberLinks(const SyncAction &a, const crm::CrmAppointment &stored);
    void linkMemberUsers(const SyncAction &a, const crm::CrmAppointment &stored, Done done);
    void createCrm(const SyncAction &a, Done done);
    void updateExchange(const SyncAction &a, Done done, int attempt);
    void logConflict(const SyncAction &a, const exchange::ExchangeEvent &current, Side kept);
    // `messageTemplate`: %1 the side kept, %2 the policy
    void logConflict(const SyncAction &a, const exchange::ExchangeEvent &current, Side kept,
                     const QString &messageTemplate);
    void removeExchange(const SyncAction &a, Done done, const QString &changeKey, int attempt);
    void keepOutlookEdit(const SyncAction &a, const exchange::ExchangeEvent &current, Done done);

    Connections &m_connections;
    SyncJournal &m_store;
    queue::TransactionLog &m_log;
    Clock &m_clock;
    MappingOptions m_mapping;
    ConflictPolicy m_policy;
    QPointer<QObject> m_context;
    QHash<QString, SyncUser> m_byMailbox;
    QHash<QString, SyncUser> m_byAddress;
    int m_conflicts = 0;
    bool m_exchangeToCrm = true;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace cxsync::sync
