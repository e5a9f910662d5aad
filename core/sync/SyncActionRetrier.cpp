#include "SyncActionRetrier.h"

#include "config/SettingsSchema.h"
#include "connect/Connections.h"
#include "crm/CrmConnector.h"
#include "exchange/ExchangeConnector.h"
#include "queue/FailedMessageQueue.h"
#include "users/UserLinkStore.h"

namespace cxsync::sync {

using queue::RetryOutcome;

namespace {

bool isGone(const Error &e)
{
    return e.kind == ErrorKind::NotFound || e.httpStatus == 404 || e.httpStatus == 410;
}

constexpr qint64 kUsersRefreshMs = 60 * 1000;

} // namespace

SyncActionRetrier::SyncActionRetrier(Connections &connections, Journal &journal, Clock &clock,
                                     const SyncRunOptions &options, QObject *parent)
    : QObject(parent), m_connections(connections), m_journal(journal), m_clock(clock), m_options(options),
      m_store(journal), m_log(journal, clock),
      m_writer(connections, m_store, m_log, clock, options.mapping, options.policy, this)
{
    m_log.setDiagnosticMode(options.diagnosticMode);
    m_writer.setExchangeToCrm(options.exchangeToCrm);
}

SyncActionRetrier::~SyncActionRetrier()
{
    *m_alive = false;
}

QString SyncActionRetrier::operationName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::ExchangeCreate:
    case ActionKind::CrmCreate:
        return QStringLiteral("create");
    case ActionKind::ExchangeUpdate:
    case ActionKind::CrmUpdate:
        return QStringLiteral("update");
    case ActionKind::ExchangeDelete:
    case ActionKind::CrmDelete:
        return QStringLiteral("delete");
    case ActionKind::ExchangeCancel:
        return QStringLiteral("cancel");
    case ActionKind::Link:
    case ActionKind::Adopt:
        return QStringLiteral("link");
    case ActionKind::Unlink:
        return QStringLiteral("unlink");
    }
    return {};
}

QJsonObject SyncActionRetrier::snapshot(const SyncAction &action, const QDateTime &failedUtc)
{
    return QJsonObject{{QStringLiteral("kind"), snapshotKind()},
                       {QStringLiteral("failedUtc"), failedUtc.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("action"), action.toJson()}};
}

Result<SyncAction> SyncActionRetrier::actionFromSnapshot(const QJsonObject &snapshot)
{
    const auto invalid = [](const QString &field, const QString &message) {
        return Result<SyncAction>(makeError(ErrorKind::Invalid, message, field));
    };
    if (snapshot.value(QStringLiteral("kind")).toString() != snapshotKind())
        return invalid(QStringLiteral("kind"), tr("the snapshot is not a calendar sync write"));
    const QJsonValue value = snapshot.value(QStringLiteral("action"));
    if (!value.isObject())
        return invalid(QStringLiteral("action"), tr("the snapshot has no action"));
    const QJsonObject json = value.toObject();
    const QString kindText = json.value(QStringLiteral("kind")).toString();
    bool known = false;
    for (ActionKind k : {ActionKind::ExchangeCreate, ActionKind::ExchangeUpdate, ActionKind::ExchangeDelete,
                         ActionKind::ExchangeCancel, ActionKind::CrmCreate, ActionKind::CrmUpdate,
                         ActionKind::CrmDelete, ActionKind::Link, ActionKind::Unlink, ActionKind::Adopt})
        known = known || SyncAction::kindName(k) == kindText;
    if (!known)
        return invalid(QStringLiteral("action.kind"), tr("action.kind '%1' is not a known write").arg(kindText));
    const SyncAction a = SyncAction::fromJson(json);
    const auto need = [&](bool present, const char *field) {
        return present ? std::optional<Result<SyncAction>>()
                       : std::optional<Result<SyncAction>>(
                             invalid(QStringLiteral("action.") + QLatin1String(field),
                                     tr("a %1 needs action.%2").arg(kindText, QLatin1String(field))));
    };
    std::optional<Result<SyncAction>> missing;
    switch (a.kind) {
    case ActionKind::ExchangeCreate:
        missing = need(!a.mailbox.isEmpty(), "mailbox");
        if (!missing)
            missing = need(!a.commId.isEmpty(), "comm");
        if (!missing)
            missing = need(!a.transactionId.isEmpty(), "transactionId");
        if (!missing && (!a.event.startUtc.isValid() || !a.event.endUtc.isValid()))
            missing = need(false, "event");
        break;
    case ActionKind::ExchangeUpdate:
    case ActionKind::ExchangeDelete:
    case ActionKind::ExchangeCancel:
        missing = need(!a.link.mailbox.isEmpty() && !a.link.exchangeItemId.isEmpty(), "link");
        if (!missing && a.kind == ActionKind::ExchangeUpdate)
            missing = need(!a.commId.isEmpty(), "comm");
        break;
    case ActionKind::CrmCreate:
        missing = need(!a.members.isEmpty() && !a.members.constFirst().event.id.isEmpty(), "members");
        if (!missing && (!a.appointment.startUtc.isValid() || !a.appointment.endUtc.isValid()))
            missing = need(false, "appointment");
        break;
    case ActionKind::CrmUpdate:
        missing = need(!a.commId.isEmpty(), "comm");
        if (!missing && (!a.appointment.startUtc.isValid() || !a.appointment.endUtc.isValid()))
            missing = need(false, "appointment");
        break;
    case ActionKind::CrmDelete:
        missing = need(!a.commId.isEmpty(), "comm");
        break;
    case ActionKind::Link:
        missing = need(!a.commId.isEmpty(), "comm");
        break;
    case ActionKind::Unlink:
        missing = need(!a.link.mailbox.isEmpty() && !a.link.exchangeItemId.isEmpty(), "link");
        break;
    case ActionKind::Adopt:
        missing = need(!a.commId.isEmpty(), "comm");
        if (!missing)
            missing = need(!a.link.mailbox.isEmpty() && !a.link.exchangeItemId.isEmpty(), "link");
        break;
    }
    if (missing)
        return *missing;
    return a;
}

bool SyncActionRetrier::handles(const queue::FailedMessage &message) const
{
    return message.snapshot.value(QStringLiteral("kind")).toString() == snapshotKind();
}

void SyncActionRetrier::reply(Done done, RetryOutcome outcome)
{
    std::weak_ptr<bool> alive = m_alive;
    QMetaObject::invokeMethod(
        this,
        [alive, done = std::move(done), outcome] {
            if (!alive.expired())
                done(outcome);
        },
        Qt::QueuedConnection);
}

Status SyncActionRetrier::loadUsers()
{
    const qint64 now = m_clock.elapsedMs();
    if (m_usersLoadedMs >= 0 && now - m_usersLoadedMs < kUsersRefreshMs)
        return Status();
    auto rows = users::UserLinkStore(m_journal).all();
    if (!rows.ok())
        return rows.error();
    m_connections.routeLinks(rows.value()); // several Exchange servers: each mailbox's calls go to its own
    QList<SyncUser> linked;
    for (const users::UserLink &l : rows.value()) {
        if (l.state == users::LinkState::Linked && !l.exchangeUserId.isEmpty())
            linked.append(SyncUser{l.crmUserId, l.crmName.isEmpty() ? l.crmLogon : l.crmName, l.exchangeUserId,
                                   l.mailbox.toLower()});
    }
    m_writer.setUsers(linked);
    m_usersLoadedMs = now;
    return Status();
}

void SyncActionRetrier::applyNow(const SyncAction &action, Done done, const QString &resolvedNote)
{
    std::weak_ptr<bool> alive = m_alive;
    m_writer.perform(action, [alive, done, resolvedNote](Status s) {
        if (alive.expired())
            return;
        done(s.ok() ? RetryOutcome::resolved(resolvedNote) : RetryOutcome::failed(s.error()));
    });
}

// The message's mailbox is prepared first (ExchangeConnector::prepareMailbox: e.g. Graph's stored REST ids
// become immutable ids, once), and the message read again when that could have rewritten its snapshot.
void SyncActionRetrier::retry(const queue::FailedMessage &message, Done done)
{
    exchange::ExchangeConnector *exchange = m_connections.exchange();
    if (!exchange || message.mailbox.isEmpty())
        return retryPrepared(message, std::move(done));
    std::weak_ptr<bool> alive = m_alive;
    exchange->prepareMailbox(message.mailbox, m_journal, m_clock.nowUtc(),
                             [this, alive, message, done = std::move(done)](Status prepared) mutable {
                                 if (alive.expired())
                                     return;
                                 if (!prepared.ok())
                                     return reply(std::move(done), RetryOutcome::failed(prepared.error()));
                                 auto fresh = queue::FailedMessageQueue(m_journal, m_clock).get(message.id);
                                 if (!fresh.ok())
                                     return reply(std::move(done), RetryOutcome::failed(fresh.error()));
                                 retryPrepared(fresh.value(), std::move(done));
                             });
}

void SyncActionRetrier::retryPrepared(const queue::FailedMessage &message, Done done)
{
    auto parsed = actionFromSnapshot(message.snapshot);
    if (!parsed.ok()) {
        Error e = parsed.error();
        e.message = tr("the stored change cannot be applied: %1").arg(e.message);
        return reply(std::move(done), RetryOutcome::failed(e));
    }
    SyncAction a = parsed.value();
    if (a.writesExchange() && !m_options.crmToExchange)
        return reply(std::move(done),
                     RetryOutcome::failed(makeError(ErrorKind::Invalid,
                                                    tr("CRM to Exchange synchronization is switched off"),
                                                    Keys::CrmToExchange)));
    if ((a.writesCrm() || a.kind == ActionKind::Link) && !m_options.exchangeToCrm)
        return reply(std::move(done),
                     RetryOutcome::failed(makeError(ErrorKind::Invalid,
                                                    tr("Exchange to CRM synchronization is switched off"),
                                                    Keys::ExchangeToCrm)));
    if (a.writesExchange() && !m_connections.exchange())
        return reply(std::move(done),
                     RetryOutcome::failed(makeError(ErrorKind::Unavailable,
                                                    tr("Calendar synchronization needs Exchange Online (Graph)."))));
    if (const Status s = loadUsers(); !s.ok())
        return reply(std::move(done), RetryOutcome::failed(s.error()));

    std::weak_ptr<bool> alive = m_alive;
    crm::CrmConnector &crm = m_connections.crm();
    const QString what = a.appointment.subject.isEmpty() ? a.event.subject : a.appointment.subject;

    switch (a.kind) {
    case ActionKind::ExchangeCreate:
        crm.getAppointment(a.commId, [this, alive, a, done, what](Result<crm::CrmAppointment> current) {
            if (alive.expired())
                return;
            if (!current.ok() && !isGone(current.error()))
                return done(RetryOutcome::failed(current.error()));
            if (!current.ok() || current.value().deleted)
                return done(RetryOutcome::superseded(
                    tr("CRM appointment %1 was deleted meanwhile; nothing is created in %2")
                        .arg(a.commId, m_writer.addressOf(a.mailbox))));
            auto links = m_store.linksOf(a.commId);
            if (!links.ok())
                return done(RetryOutcome::failed(links.error()));
            for (const ItemLink &l : links.value()) {
                if (l.mailbox != a.mailbox)
                    continue;
                // in the mailbox already (an earlier attempt or a later run): finish the write-back only
                exchange::ExchangeEvent linked;
                linked.iCalUId = l.iCalUId;
                return m_writer.writeBackExchangeId(a.commId, linked, [alive, done, a](Status s) {
                    if (alive.expired())
                        return;
                    done(s.ok() ? RetryOutcome::resolved(tr("CRM appointment %1 is in the mailbox already; its "
                                                            "Exchange id is recorded in the CRM")
                                                             .arg(a.commId))
                                : RetryOutcome::failed(s.error()));
                });
            }
            applyNow(a, done, tr("created \"%1\" in %2").arg(what, m_writer.addressOf(a.mailbox)));
        });
        return;
    case ActionKind::ExchangeUpdate:
        crm.getAppointment(a.commId, [this, alive, a, done, what](Result<crm::CrmAppointment> current) mutable {
            if (alive.expired())
                return;
            if (!current.ok() && !isGone(current.error()))
                return done(RetryOutcome::failed(current.error()));
            if (!current.ok() || current.value().deleted)
                return done(RetryOutcome::superseded(
                    tr("CRM appointment %1 was deleted meanwhile; the update is dropped").arg(a.commId)));
            if (current.value().updatedUtc.isValid() && a.appointment.updatedUtc.isValid() &&
                current.value().updatedUtc > a.appointment.updatedUtc)
                return done(RetryOutcome::superseded(
                    tr("CRM appointment %1 was changed again at %2; the newer version follows through the sync")
                        .arg(a.commId, current.value().updatedUtc.toString(Qt::ISODate))));
            auto link = m_store.link(a.link.mailbox, a.link.exchangeItemId);
            if (!link.ok())
                return done(RetryOutcome::failed(link.error()));
            if (!link.value())
                return done(RetryOutcome::superseded(
                    tr("the Outlook item of CRM appointment %1 is no longer linked; the update is dropped")
                        .arg(a.commId)));
            a.link = *link.value(); // the state as synchronized now, not as it was at the failure
            applyNow(a, done, tr("updated \"%1\" in %2").arg(what, m_writer.addressOf(a.link.mailbox)));
        });
        return;
    case ActionKind::ExchangeDelete:
    case ActionKind::ExchangeCancel: {
        auto link = m_store.link(a.link.mailbox, a.link.exchangeItemId);
        if (!link.ok())
            return reply(std::move(done), RetryOutcome::failed(link.error()));
        if (!link.value())
            return reply(std::move(done),
                         RetryOutcome::resolved(tr("the Outlook item is no longer linked (already removed)")));
        return applyNow(a, std::move(done),
                        a.kind == ActionKind::ExchangeCancel
                            ? tr("cancelled \"%1\" in %2").arg(what, m_writer.addressOf(a.link.mailbox))
                            : tr("deleted \"%1\" from %2").arg(what, m_writer.addressOf(a.link.mailbox)));
    }
    case ActionKind::CrmCreate: {
        // the organizer's item says what the meeting is (an attendee's copy may be a cancelled leftover)
        PlanMember first = a.members.constFirst();
        for (const PlanMember &m : std::as_const(a.members)) {
            if (m.event.isOrganizer) {
                first = m;
                break;
            }
        }
        m_connections.exchange()->getEvent(
            first.mailbox, first.event.id,
            [this, alive, a, done, what, first](Result<exchange::ExchangeEvent> current) mutable {
                if (alive.expired())
                    return;
                if (!current.ok() && !isGone(current.error()))
                    return done(RetryOutcome::failed(current.error()));
                if (!current.ok() || current.value().isCancelled) // gone, or cancelled by its organizer
                    return removeHalfWritten(a, done, what);
                if (current.value().changeKey != first.event.changeKey) {
                    // changed in Outlook since the failure: the CRM gets the item as it is now
                    a.appointment = CalendarMapping::toCrm(current.value(), a.appointment, m_options.mapping);
                    for (PlanMember &m : a.members) {
                        if (m.mailbox == first.mailbox && m.event.id == first.event.id)
                            m.event = current.value();
                    }
                }
                applyNow(a, done, tr("created \"%1\" in the CRM").arg(a.appointment.subject));
            });
        return;
    }
    case ActionKind::CrmUpdate:
        crm.getAppointment(a.commId, [this, alive, a, done, what](Result<crm::CrmAppointment> current) {
            if (alive.expired())
                return;
            if (!current.ok() && !isGone(current.error()))
                return done(RetryOutcome::failed(current.error()));
            if (!current.ok() || current.value().deleted)
                return done(RetryOutcome::superseded(
                    tr("CRM appointment %1 was deleted meanwhile; the update is dropped").arg(a.commId)));
            const bool alreadyWritten = CalendarMapping::crmFingerprint(current.value(), m_options.mapping) ==
                                        CalendarMapping::crmFingerprint(a.appointment, m_options.mapping);
            if (!alreadyWritten && current.value().updatedUtc.isValid() && a.appointment.updatedUtc.isValid() &&
                current.value().updatedUtc > a.appointment.updatedUtc)
                return done(RetryOutcome::superseded(
                    tr("CRM appointment %1 was changed in the CRM at %2, after this change; the newer CRM version "
                       "is kept")
                        .arg(a.commId, current.value().updatedUtc.toString(Qt::ISODate))));
            applyNow(a, done, tr("updated CRM appointment %1").arg(a.commId));
        });
        return;
    case ActionKind::CrmDelete:
        return applyNow(a, std::move(done), tr("deleted CRM appointment %1").arg(a.commId));
    case ActionKind::Link:
    case ActionKind::Unlink:
    case ActionKind::Adopt:
        return applyNow(a, std::move(done), tr("journal link of \"%1\" recorded").arg(what));
    }
}

// The Outlook item of a failed Outlook → CRM create is gone. An earlier attempt may have stored the
// communication and lost its answer or its user links: that record is ours and has no source any more, so it
// goes too; a record some link of the journal uses is left alone.
void SyncActionRetrier::removeHalfWritten(const SyncAction &a, Done done, const QString &what)
{
    const QString gone = tr("the Outlook item \"%1\" was deleted or cancelled meanwhile; nothing is created in the CRM").arg(what);
    if (a.appointment.exchangeId.isEmpty())
        return done(RetryOutcome::superseded(gone));
    std::weak_ptr<bool> alive = m_alive;
    m_connections.crm().findAppointmentByExchangeId(
        a.appointment.exchangeId,
        [this, alive, done, gone](Result<std::optional<crm::CrmAppointment>> found) {
            if (alive.expired())
                return;
            if (!found.ok())
                return done(RetryOutcome::failed(found.error()));
            if (!found.value())
                return done(RetryOutcome::superseded(gone));
            const QString commId = found.value()->id;
            auto links = m_store.linksOf(commId);
            if (!links.ok())
                return done(RetryOutcome::failed(links.error()));
            if (!links.value().isEmpty())
                return done(RetryOutcome::superseded(gone));
            m_connections.crm().deleteAppointment(commId, [alive, done, gone, commId](Status s) {
                if (alive.expired())
                    return;
                if (!s.ok())
                    return done(RetryOutcome::failed(s.error()));
                done(RetryOutcome::superseded(
                    tr("%1; CRM communication %2, which an earlier attempt had stored, is removed").arg(gone, commId)));
            });
        });
}

} // namespace cxsync::sync
