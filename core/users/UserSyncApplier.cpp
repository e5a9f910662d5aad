#include "users/UserSyncApplier.h"

#include "crm/CrmConnector.h"
#include "store/Journal.h"
#include "users/UserLinkStore.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcUserApply, "cxsync.users.apply", QtWarningMsg)

namespace cxsync::users {

UserSyncApplier::UserSyncApplier(crm::CrmConnector &crm, Journal &journal, Clock &clock, QObject *parent)
    : QObject(parent), m_crm(crm), m_journal(journal), m_clock(clock)
{
    qRegisterMetaType<cxsync::users::UserSyncReport>();
}

UserSyncApplier::~UserSyncApplier() = default;

void UserSyncApplier::start(const UserSyncPlan &plan, const ApplyOptions &options)
{
    if (m_running)
        return;
    m_plan = plan;
    m_options = options;
    m_options.concurrency = qMax(1, options.concurrency);
    m_report = {};
    m_queue.clear();
    m_existing.clear();
    m_inFlight = 0;
    m_done = 0;
    m_total = 0;
    m_cancelled = false;
    m_running = true;
    m_startedMs = m_clock.elapsedMs();
    QMetaObject::invokeMethod(this, &UserSyncApplier::journalPhase, Qt::QueuedConnection);
}

void UserSyncApplier::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    m_report.cancelled = true;
    m_report.notStarted = int(m_queue.size());
    m_queue.clear();
    if (m_inFlight == 0)
        QMetaObject::invokeMethod(this, &UserSyncApplier::finish, Qt::QueuedConnection);
}

UserLink UserSyncApplier::rowFor(const UserPlanItem &item, const crm::CrmUser &user) const
{
    const auto existing = m_existing.constFind(user.id);
    UserLink row;
    row.crmUserId = user.id;
    row.crmLogon = user.logon;
    row.crmName = fullName(user);
    row.exchangeServer = item.server(m_plan.exchangeServer);
    if (!item.mailbox && item.action != PlanAction::Create && existing != m_existing.cend() &&
        !existing->exchangeServer.isEmpty())
        row.exchangeServer = existing->exchangeServer; // no mailbox in this item: the row keeps its server
    row.state = item.journalState;
    row.rule = item.rule;
    row.note = item.reason;
    row.lastSyncUtc = m_clock.nowUtc();
    if (item.journalState == LinkState::Linked) {
        if (item.mailbox) {
            row.exchangeUserId = item.mailbox->id;
            row.mailbox = mailboxAddress(*item.mailbox);
        } else { // a created user
            row.exchangeUserId = item.newUser.exchangeUserId;
            row.mailbox = item.newUser.email;
        }
    } else if (item.mailbox) {
        row.mailbox = mailboxAddress(*item.mailbox);
    } else if (!item.related.isEmpty()) {
        row.mailbox = item.related.first();
    } else if (existing != m_existing.cend()) {
        row.mailbox = existing->mailbox; // what it was linked to, for people
    }
    if (item.journalState == LinkState::Excluded && existing != m_existing.cend() &&
        existing->state == LinkState::Excluded)
        row.excludedUtc = existing->excludedUtc;
    return row;
}

void UserSyncApplier::count(const UserPlanItem &item)
{
    switch (item.action) {
    case PlanAction::Link:
        ++m_report.linked;
        break;
    case PlanAction::Create:
        ++m_report.created;
        break;
    case PlanAction::Unchanged:
        ++m_report.unchanged;
        break;
    case PlanAction::Unlink:
        if (item.journalState == LinkState::Excluded)
            ++m_report.skipped; // an excluded user whose stray CRM id was cleared: still just excluded
        else
            ++m_report.unlinked;
        break;
    case PlanAction::Exclude:
        ++m_report.excluded;
        break;
    case PlanAction::Conflict:
        ++m_report.conflicts;
        break;
    case PlanAction::Skip:
        ++m_report.skipped;
        break;
    }
}

void UserSyncApplier::journalPhase()
{
    if (!m_running)
        return;
    UserLinkStore store(m_journal);
    Result<QList<UserLink>> existing = store.all();
    if (!existing.ok()) {
        m_report.fatal = existing.error();
        finish();
        return;
    }
    for (const UserLink &link : existing.value())
        m_existing.insert(link.crmUserId, link);

    QList<UserLink> first; // everything that lets go of a mailbox, or keeps what it has
    QList<UserLink> links; // links the CRM already carries: after the releases
    QList<int> firstItems;
    for (int i = 0; i < m_plan.items.size(); ++i) {
        const UserPlanItem &item = m_plan.items.at(i);
        switch (item.action) {
        case PlanAction::Create:
            if (m_options.createUsers)
                m_queue.push_back(i);
            else
                ++m_report.declined;
            continue;
        case PlanAction::Link:
            if (item.writeCrm) {
                m_queue.push_back(i);
            } else {
                links.append(rowFor(item, *item.crmUser));
                firstItems.append(i);
            }
            continue;
        case PlanAction::Unlink:
            if (item.writeJournal)
                first.append(rowFor(item, *item.crmUser));
            if (item.writeCrm)
                m_queue.push_back(i);
            else
                firstItems.append(i);
            continue;
        case PlanAction::Unchanged:
        case PlanAction::Exclude:
        case PlanAction::Conflict:
        case PlanAction::Skip:
            if (item.crmUser && item.writeJournal)
                first.append(rowFor(item, *item.crmUser));
            firstItems.append(i);
            continue;
        }
    }
    m_total = int(firstItems.size() + m_queue.size());
    const Status written = store.saveAll(first + links, m_clock.nowUtc());
    if (!written.ok()) {
        m_report.fatal = written.error();
        m_report.notStarted = int(m_queue.size());
        m_queue.clear();
        finish();
        return;
    }
    for (int i : std::as_const(firstItems))
        count(m_plan.items.at(i));
    m_done = int(firstItems.size());
    Q_EMIT progress(m_done, m_total, tr("%n users recorded in the journal", nullptr, m_done));
    if (m_cancelled) {
        m_report.notStarted = int(m_queue.size());
        m_queue.clear();
    }
    pump();
}

void UserSyncApplier::pump()
{
    while (!m_cancelled && !m_queue.empty() && m_inFlight < m_options.concurrency) {
        const int index = m_queue.front();
        m_queue.pop_front();
        ++m_inFlight;
        run(index);
    }
    if (m_inFlight == 0 && (m_queue.empty() || m_cancelled))
        finish();
}

void UserSyncApplier::run(int index)
{
    const UserPlanItem &item = m_plan.items.at(index);
    QPointer<UserSyncApplier> self(this);
    switch (item.action) {
    case PlanAction::Create:
        m_crm.createUser(item.newUser, [self, index](Result<crm::CrmUser> created) {
            if (!self)
                return;
            const UserPlanItem &item = self->m_plan.items.at(index);
            if (!created.ok())
                return self->operationDone(
                    index, created.error(),
                    tr("creating %1 for %2").arg(item.newUser.logon, item.newUser.email));
            UserLinkStore store(self->m_journal);
            const Status saved = store.save(self->rowFor(item, created.value()), self->m_clock.nowUtc());
            if (!saved.ok()) {
                Error error = saved.error();
                error.message = tr("%1 was created in the CRM and linked there, but the journal was not "
                                   "written (the next user sync finds it by its Exchange user id): %2")
                                    .arg(created.value().logon, error.message);
                return self->operationDone(index, error, {});
            }
            self->operationDone(index, {}, {});
        });
        return;
    case PlanAction::Link: {
        const QString mailboxId = item.mailbox->id;
        m_crm.setUserExchangeLink(
            item.crmUser->id, item.server(m_plan.exchangeServer), mailboxId, [self, index](Result<crm::CrmUser> written) {
                if (!self)
                    return;
                const UserPlanItem &item = self->m_plan.items.at(index);
                if (!written.ok())
                    return self->operationDone(
                        index, written.error(),
                        tr("writing the Exchange fields of %1").arg(item.crmUser->logon));
                UserLinkStore store(self->m_journal);
                const Status saved = store.save(self->rowFor(item, *item.crmUser), self->m_clock.nowUtc());
                if (!saved.ok()) {
                    Error error = saved.error();
                    error.message =
                        tr("the CRM links %1 to %2, but the journal was not written (the next user "
                           "sync finds it by its Exchange user id): %3")
                            .arg(item.crmUser->logon, item.mailboxLabel(), error.message);
                    return self->operationDone(index, error, {});
                }
                self->operationDone(index, {}, {});
            });
        return;
    }
    case PlanAction::Unlink:
        m_crm.setUserExchangeLink(
            item.crmUser->id, QString(), QString(), [self, index](Result<crm::CrmUser> r) {
                if (!self)
                    return;
                const UserPlanItem &item = self->m_plan.items.at(index);
                self->operationDone(index, r.ok() ? Status() : Status(r.error()),
                                    tr("clearing the Exchange fields of %1").arg(item.crmUser->logon));
            });
        return;
    case PlanAction::Unchanged:
    case PlanAction::Exclude:
    case PlanAction::Conflict:
    case PlanAction::Skip:
        break;
    }
    operationDone(index, {}, {});
}

void UserSyncApplier::operationDone(int index, const Status &status, const QString &what)
{
    --m_inFlight;
    ++m_done;
    const UserPlanItem &item = m_plan.items.at(index);
    const QString who = item.action == PlanAction::Create ? item.newUser.logon : item.crmLabel();
    if (status.ok()) {
        count(item);
        Q_EMIT progress(m_done, m_total,
                        tr("%1: %2 %3").arg(actionLabel(item.action), who, item.mailboxLabel()).trimmed());
    } else {
        ++m_report.failed;
        const QString message =
            what.isEmpty() ? status.error().message : tr("%1: %2").arg(what, status.error().message);
        m_report.failures.append({who, message});
        qCWarning(lcUserApply).noquote() << who << message;
        if (item.crmUser) {
            UserLinkStore store(m_journal);
            const Status recorded = store.recordError(item.crmUser->id, item.crmUser->logon,
                                                      fullName(*item.crmUser), message, m_clock.nowUtc());
            if (!recorded.ok())
                qCWarning(lcUserApply).noquote() << "cannot record the error:" << recorded.error().message;
        }
        Q_EMIT itemFailed(who, message);
        Q_EMIT progress(m_done, m_total, tr("failed: %1: %2").arg(who, message));
    }
    pump();
}

void UserSyncApplier::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_report.elapsedMs = m_clock.elapsedMs() - m_startedMs;
    Q_EMIT finished(m_report);
}

} // namespace cxsync::users
