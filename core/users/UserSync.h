#pragma once

#include "Clock.h"
#include "Result.h"
#include "users/UserMatcher.h"
#include "users/UserSyncApplier.h"

#include <QObject>

#include <functional>

namespace cxsync {
class Journal;
class Settings;
} // namespace cxsync
namespace cxsync::crm {
class CrmConnector;
}
namespace cxsync::exchange {
class ExchangeConnector;
}

namespace cxsync::users {

// The "Sync Users With CRM" action, for the panel and the CLI alike: read both directories and the journal,
// propose a plan (UserMatcher), and apply the plan the admin accepted (UserSyncApplier). The caller decides
// in between: nothing is written by preparePlan().
class UserSync final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserSync)
public:
    using PlanCallback = std::function<void(Result<UserSyncPlan>)>;

    UserSync(crm::CrmConnector &crm, exchange::ExchangeConnector &exchange, Journal &journal, Clock &clock,
             MatchOptions options, QObject *parent = nullptr);
    ~UserSync() override;

    // Create CRM Users applies on the CRM server only (seed, chapter 3); `exchangeServers` is
    // Connections::exchangeServerNames() (the primary first).
    static MatchOptions matchOptions(const Settings &settings, const QStringList &exchangeServers);

    // Checks that the CRM has the two Exchange fields on Users, reads every mailbox, every CRM user and the
    // journal's links, and gives the plan. Called back once, from the event loop; not after destruction.
    void preparePlan(PlanCallback done);
    UserSyncApplier &applier() { return *m_applier; }
    const MatchOptions &options() const { return m_options; }

private:
    crm::CrmConnector &m_crm;
    exchange::ExchangeConnector &m_exchange;
    Journal &m_journal;
    Clock &m_clock;
    MatchOptions m_options;
    UserSyncApplier *m_applier;
};

} // namespace cxsync::users
