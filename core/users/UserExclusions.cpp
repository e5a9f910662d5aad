#include "users/UserExclusions.h"

#include "crm/CrmConnector.h"
#include "store/Journal.h"
#include "users/UserLinkStore.h"

#include <QPointer>

namespace cxsync::users {

namespace {

bool sameText(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

Result<crm::CrmUser> UserExclusions::resolve(const QString &query, const QList<crm::CrmUser> &crmUsers,
                                             const QList<UserLink> &links)
{
    const QString wanted = query.trimmed();
    if (wanted.isEmpty())
        return makeError(ErrorKind::Invalid, tr("name a user: CRM logon, CRM user id or mailbox address"),
                         QStringLiteral("USER"));
    for (const crm::CrmUser &user : crmUsers) {
        if (user.id == wanted)
            return user;
    }
    for (const crm::CrmUser &user : crmUsers) {
        if (sameText(user.logon, wanted))
            return user;
    }
    // An address: the mailbox a user is linked to (journal) first, then CRM e-mail addresses.
    QList<crm::CrmUser> found;
    auto add = [&found](const crm::CrmUser &user) {
        for (const crm::CrmUser &seen : std::as_const(found)) {
            if (seen.id == user.id)
                return;
        }
        found.append(user);
    };
    for (const UserLink &link : links) {
        if (!sameText(link.mailbox, wanted))
            continue;
        for (const crm::CrmUser &user : crmUsers) {
            if (user.id == link.crmUserId)
                add(user);
        }
    }
    if (found.isEmpty()) {
        for (const crm::CrmUser &user : crmUsers) {
            if (!user.deleted && sameText(user.email, wanted))
                add(user);
        }
    }
    if (found.size() == 1)
        return found.first();
    if (found.size() > 1) {
        QStringList names;
        for (const crm::CrmUser &user : std::as_const(found))
            names.append(describe(user));
        return makeError(ErrorKind::Conflict,
                         tr("'%1' names %2 CRM users (%3): give the CRM logon instead")
                             .arg(wanted)
                             .arg(found.size())
                             .arg(names.join(QStringLiteral(", "))),
                         QStringLiteral("USER"));
    }
    return makeError(ErrorKind::NotFound, tr("no CRM user has the logon, id or address '%1'").arg(wanted),
                     QStringLiteral("USER"));
}

Result<UserLink> UserExclusions::resolveInJournal(const QString &query, const QList<UserLink> &links)
{
    const QString wanted = query.trimmed();
    for (const UserLink &link : links) {
        if (link.crmUserId == wanted)
            return link;
    }
    for (const UserLink &link : links) {
        if (sameText(link.crmLogon, wanted))
            return link;
    }
    QList<UserLink> found;
    for (const UserLink &link : links) {
        if (sameText(link.mailbox, wanted))
            found.append(link);
    }
    if (found.size() == 1)
        return found.first();
    if (found.size() > 1)
        return makeError(ErrorKind::Conflict,
                         tr("'%1' names %2 users in the journal: give the CRM logon instead")
                             .arg(wanted)
                             .arg(found.size()),
                         QStringLiteral("USER"));
    return makeError(
        ErrorKind::NotFound,
        tr("no user with the logon, id or mailbox '%1' in the journal; run a user sync first").arg(wanted),
        QStringLiteral("USER"));
}

void UserExclusions::disable(crm::CrmConnector &crm, Journal &journal, Clock &clock, const QString &query,
                             QObject *context, std::function<void(Result<UserLink>)> done)
{
    QPointer<QObject> guard(context);
    crm.listUsers([guard, &crm, &journal, &clock, query, done](Result<QList<crm::CrmUser>> users) {
        if (!guard)
            return;
        if (!users.ok())
            return done(users.error());
        UserLinkStore store(journal);
        Result<QList<UserLink>> links = store.all();
        if (!links.ok())
            return done(links.error());
        Result<crm::CrmUser> found = resolve(query, users.value(), links.value());
        if (!found.ok())
            return done(found.error());
        const crm::CrmUser user = found.value();
        Result<std::optional<UserLink>> existing = store.find(user.id);
        if (!existing.ok())
            return done(existing.error());
        UserLink row;
        if (existing.value())
            row = *existing.value();
        const bool wasExcluded = row.state == LinkState::Excluded;
        row.crmUserId = user.id;
        row.crmLogon = user.logon;
        row.crmName = fullName(user);
        if (row.mailbox.isEmpty())
            row.mailbox = user.email;
        if (!wasExcluded) {
            row.state = LinkState::Excluded;
            row.excludedUtc = clock.nowUtc();
            row.note =
                tr("disabled by the administrator: not synchronized, and not linked again by user sync "
                   "until enabled");
        }
        row.exchangeUserId.clear();
        row.lastError.clear();
        if (Status s = store.save(row, clock.nowUtc()); !s.ok())
            return done(s.error());
        if (user.deleted || (user.exchangeUserId.isEmpty() && user.exchangeServer.isEmpty()))
            return done(row);
        crm.setUserExchangeLink(user.id, QString(), QString(),
                                [guard, &journal, &clock, row, user, done](Result<crm::CrmUser> cleared) {
                                    if (!guard)
                                        return;
                                    if (cleared.ok())
                                        return done(row);
                                    const QString message =
                                        tr("%1 is excluded, but its Exchange user id could not be cleared "
                                           "in the CRM (the next user sync clears it): %2")
                                            .arg(user.logon, cleared.error().message);
                                    // Best effort: the error reaches the caller either way.
                                    const Status recorded = UserLinkStore(journal).recordError(
                                        row.crmUserId, row.crmLogon, row.crmName, message, clock.nowUtc());
                                    Q_UNUSED(recorded)
                                    Error error = cleared.error();
                                    error.message = message;
                                    done(error);
                                });
    });
}

Result<UserLink> UserExclusions::enable(Journal &journal, const QString &query, const QDateTime &nowUtc)
{
    UserLinkStore store(journal);
    Result<QList<UserLink>> links = store.all();
    if (!links.ok())
        return links.error();
    Result<UserLink> found = resolveInJournal(query, links.value());
    if (!found.ok())
        return found.error();
    UserLink row = found.value();
    if (row.state != LinkState::Excluded)
        return makeError(ErrorKind::Invalid,
                         tr("%1 is not disabled (it is %2)").arg(row.crmLogon, stateLabel(row.state)),
                         QStringLiteral("USER"));
    row.state = LinkState::Unlinked;
    row.excludedUtc = {};
    row.note = tr("enabled by the administrator; the next user sync links it");
    row.lastError.clear();
    if (Status s = store.save(row, nowUtc); !s.ok())
        return s.error();
    return row;
}

} // namespace cxsync::users
