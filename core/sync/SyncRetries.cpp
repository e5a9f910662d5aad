#include "SyncRetries.h"

#include "SyncActionRetrier.h"
#include "connect/Connections.h"
#include "queue/CrmAppointmentRetrier.h"
#include "queue/TransactionLog.h"

namespace cxsync::sync {

SyncRetries::SyncRetries(Connections &connections, Journal &journal, Clock &clock, const SyncRunOptions &options,
                         QObject *parent)
    : QObject(parent),
      m_queue(std::make_unique<queue::FailedMessageQueue>(journal, clock, options.retry)),
      m_log(std::make_unique<queue::TransactionLog>(journal, clock)),
      m_actions(std::make_unique<SyncActionRetrier>(connections, journal, clock, options)),
      m_appointments(std::make_unique<queue::CrmAppointmentRetrier>(connections.crm())),
      m_driver(std::make_unique<queue::RetryDriver>(*m_queue, clock))
{
    m_log->setDiagnosticMode(options.diagnosticMode);
    m_driver->setTransactionLog(m_log.get());
    m_driver->addRetrier(m_actions.get());
    m_driver->addRetrier(m_appointments.get());
}

SyncRetries::~SyncRetries()
{
    // the driver first: it holds the retriers and the queue
    m_driver.reset();
}

QString SyncRetries::describe(const queue::DrainReport &r)
{
    if (r.attempted == 0 && r.deferred == 0 && r.problems.isEmpty())
        return {};
    QString line = tr("Retried %n failed message(s): ", nullptr, r.attempted) +
                   tr("%1 resolved, %2 superseded by newer changes, %3 wait again, %4 parked")
                       .arg(r.resolved)
                       .arg(r.superseded)
                       .arg(r.waiting)
                       .arg(r.parked);
    if (r.deferred)
        line += QLatin1String("; ") + tr("%n more wait because their server keeps failing", nullptr, r.deferred);
    if (r.cancelled)
        line += QLatin1String("; ") + tr("stopped early, the rest stays due");
    for (const QString &p : r.problems)
        line += QLatin1String("; ") + p;
    return line;
}

} // namespace cxsync::sync
