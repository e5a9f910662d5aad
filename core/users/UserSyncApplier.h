#pragma once

#include "Clock.h"
#include "Result.h"
#include "users/UserSyncTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>

#include <deque>
#include <optional>

namespace cxsync {
class Journal;
}
namespace cxsync::crm {
class CrmConnector;
}

namespace cxsync::users {

struct ApplyOptions {
    bool createUsers = true; // false: Create items are declined (counted, nothing written)
    int concurrency = 4;     // CRM writes in flight at once
};

struct UserSyncReport {
    int linked = 0;
    int created = 0;
    int unlinked = 0;
    int excluded = 0;
    int unchanged = 0;
    int conflicts = 0;
    int skipped = 0;
    int declined = 0;   // creations the admin did not confirm
    int failed = 0;     // items whose write failed (each in failures)
    int notStarted = 0; // items left when the run was cancelled
    bool cancelled = false;
    std::optional<Error> fatal;              // the journal could not be written at all: nothing was applied
    QList<QPair<QString, QString>> failures; // (who, what went wrong)
    qint64 elapsedMs = 0;

    bool ok() const { return !fatal && failed == 0 && !cancelled; }
};

// Writes a plan. The journal part of every item that needs no CRM write (unchanged, skipped, conflicts,
// exclusions, the journal side of unlinks, links the CRM already has) goes first, in one transaction. Then
// the CRM writes, at most `concurrency` at a time, each followed by its journal row:
//   Link:   PUT the CRM user's two Exchange fields, then journal linked;
//   Create: POST the user as a resource carrying its link, then journal linked;
//   Unlink: (journal already unlinked) PUT empty Exchange fields.
// This order means an interruption at any point leaves states the next user sync reads correctly (a CRM
// link without a journal row is found again by its stored id; never a journal link without the CRM one).
// A failed write is reported per user (failures, and last_error on the user's journal row) and the run goes
// on. cancel() starts nothing new, lets the writes in flight finish and reports what was not started.
class UserSyncApplier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserSyncApplier)
public:
    UserSyncApplier(crm::CrmConnector &crm, Journal &journal, Clock &clock, QObject *parent = nullptr);
    ~UserSyncApplier() override;

    // Starts applying; finished() follows (never from inside this call).
    void start(const UserSyncPlan &plan, const ApplyOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total, const QString &message);
    void itemFailed(const QString &who, const QString &message);
    void finished(const cxsync::users::UserSyncReport &report);

private:
    struct Operation {
        int item = -1;
    };
    void journalPhase();
    void pump();
    void run(int index);
    void operationDone(int index, const Status &status, const QString &what);
    void finish();
    UserLink rowFor(const UserPlanItem &item, const crm::CrmUser &user) const;
    void count(const UserPlanItem &item);

    crm::CrmConnector &m_crm;
    Journal &m_journal;
    Clock &m_clock;
    UserSyncPlan m_plan;
    ApplyOptions m_options;
    QHash<QString, UserLink> m_existing;
    std::deque<int> m_queue;
    int m_inFlight = 0;
    int m_done = 0;
    int m_total = 0;
    qint64 m_startedMs = 0;
    bool m_running = false;
    bool m_cancelled = false;
    UserSyncReport m_report;
};

} // namespace cxsync::users

Q_DECLARE_METATYPE(cxsync::users::UserSyncReport)
