#pragma once

#include "Clock.h"
#include "Result.h"
#include "users/UserSyncTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <functional>

namespace cxsync {
class Journal;
}
namespace cxsync::crm {
class CrmConnector;
}

namespace cxsync::users {

// Disabling and enabling a synchronized user (seed chapter 3, "Disabling Synchronized Users"). Disabling
// marks the user excluded in the journal and clears its Exchange user id in the CRM, as the legacy procedure
// did by hand; unlike the legacy product, a later user sync leaves it alone until it is enabled again.
class UserExclusions final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::users::UserExclusions)
public:
    // The user `query` names: a CRM user id, a CRM logon (case-insensitive) or a mailbox / e-mail address.
    // An address that several users share is ErrorKind::Conflict naming them; nothing is
    // ErrorKind::NotFound.
    static Result<crm::CrmUser> resolve(const QString &query, const QList<crm::CrmUser> &crmUsers,
                                        const QList<UserLink> &links);
    static Result<UserLink> resolveInJournal(const QString &query, const QList<UserLink> &links);

    // Journal first (excluded, its mailbox kept for reference), then the CRM's two Exchange fields are
    // cleared. A CRM write that fails is reported; the user is excluded anyway and the next user sync
    // clears the fields. Calls back once, from the event loop, unless `context` is gone by then.
    static void disable(crm::CrmConnector &crm, Journal &journal, Clock &clock, const QString &query,
                        QObject *context, std::function<void(Result<UserLink>)> done);
    // Journal only: the user is no longer excluded; the next user sync links it. ErrorKind::Invalid if the
    // user is not excluded.
    static Result<UserLink> enable(Journal &journal, const QString &query, const QDateTime &nowUtc);
};

} // namespace cxsync::users
