#pragma once

// The failed-message retries of the calendar sync, assembled once for every caller: the queue, the
// transaction log, the retriers that know the sync's writes (SyncActionRetrier, and CrmAppointmentRetrier for
// Exchange→CRM appointment snapshots) and the driver. `cxsync sync` and the panel's Sync now run one pass
// before each sync; `cxsync serve` lets the driver run whenever rows fall due.
#include "CalendarSync.h"
#include "queue/RetryDriver.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace cxsync {
class Connections;
class Journal;
namespace queue {
class CrmAppointmentRetrier;
class TransactionLog;
} // namespace queue
} // namespace cxsync

namespace cxsync::sync {

class SyncActionRetrier;

class SyncRetries final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncRetries)
public:
    SyncRetries(Connections &connections, Journal &journal, Clock &clock, const SyncRunOptions &options,
                QObject *parent = nullptr);
    ~SyncRetries() override;

    queue::FailedMessageQueue &queue() { return *m_queue; }
    queue::RetryDriver &driver() { return *m_driver; }

    // One pass over the due rows; `done` gets the totals.
    void runDue(queue::RetryDriver::Done done) { m_driver->runDue(std::move(done)); }
    void cancel() { m_driver->cancelPass(); }

    // One line for the admin ("Retried 3 failed message(s): 2 resolved, ..."); empty when nothing was due.
    static QString describe(const queue::DrainReport &report);

private:
    std::unique_ptr<queue::FailedMessageQueue> m_queue;
    std::unique_ptr<queue::TransactionLog> m_log;
    std::unique_ptr<SyncActionRetrier> m_actions;
    std::unique_ptr<queue::CrmAppointmentRetrier> m_appointments;
    std::unique_ptr<queue::RetryDriver> m_driver;
};

} // namespace cxsync::sync
