#pragma once

#include "Result.h"
#include "users/UserSyncTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace cxsync {
class Journal;
}

namespace cxsync::users {

// The journal's user_links table: one row per CRM user the user sync has seen. Every write is one
// transaction; SQL with bound parameters only.
class UserLinkStore final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::users::UserLinkStore)
public:
    explicit UserLinkStore(Journal &journal);

    Result<QList<UserLink>> all() const; // by logon
    Result<std::optional<UserLink>> find(const QString &crmUserId) const;

    // Inserts or replaces the row of link.crmUserId (updated_utc = now). A Linked row takes its mailbox from
    // any other row still holding the same (server, Exchange user id): that row is set unlinked with a note,
    // in the same transaction (one mailbox ↔ one CRM user).
    Status save(const UserLink &link, const QDateTime &nowUtc);
    // Several rows in one transaction (all or nothing).
    Status saveAll(const QList<UserLink> &links, const QDateTime &nowUtc);
    // Records a failed write on the row (created if absent, as unlinked), keeping its state.
    Status recordError(const QString &crmUserId, const QString &crmLogon, const QString &crmName,
                       const QString &message, const QDateTime &nowUtc);

private:
    Status write(const UserLink &link, const QDateTime &nowUtc);

    Journal &m_journal;
};

} // namespace cxsync::users
