#include "SyncWriter.h"

#include "connect/Connections.h"
#include "crm/CrmConnector.h"
#include "exchange/ExchangeConnector.h"
#include "queue/TransactionLog.h"

#include <QSet>

namespace cxsync::sync {

namespace {

bool isGone(const Error &e)
{
    return e.kind == ErrorKind::NotFound || e.httpStatus == 404 || e.httpStatus == 410;
}

Error noExchange()
{
    return makeError(ErrorKind::Unavailable,
                     SyncWriter::tr("Calendar synchronization needs Exchange Online (Graph); EWS is not available "
                                    "in this version."));
}

// Who an item invites, by address (lower case): the organizer aside, as Exchange lists the organizer apart and
// exchangeFingerprint() leaves it out too. Responses and names do not matter: they are not who is invited.
QSet<QString> invitedAddresses(const QList<exchange::ExchangeAttendee> &attendees, const QString &organizer)
{
    QSet<QString> out;
    for (const exchange::ExchangeAttendee &a : attendees) {
        if (!a.address.isEmpty() && a.address.compare(organizer, Qt::CaseInsensitive) != 0)
            out.insert(a.address.toLower());
    }
    return out;
}

} // namespace

SyncWriter::SyncWriter(Connections &connections, SyncJournal &store, queue::TransactionLog &log, Clock &clock,
                       MappingOptions mapping, ConflictPolicy policy, QObject *context)
    : m_connections(connections), m_store(store), m_log(log), m_clock(clock), m_mapping(std::move(mapping)),
      m_policy(policy), m_context(context)
{
}

void SyncWriter::setUsers(const QList<SyncUser> &users)
{
    m_byMailbox.clear();
    m_byAddress.clear();
    for (const SyncUser &u : users) {
        m_byMailbox.insert(u.mailbox, u);
        m_byAddress.insert(u.address, u);
    }
}

QString SyncWriter::directionName(const SyncAction &a)
{
    // an adoption finishes a CRM → Exchange create
    return a.writesExchange() || a.kind == ActionKind::Adopt ? QStringLiteral("crm_to_exchange")
                                                             : QStringLiteral("exchange_to_crm");
}

QString SyncWriter::exchangeItemId(const SyncAction &a)
{
    if (!a.link.exchangeItemId.isEmpty())
        return a.link.exchangeItemId;
    if (!a.members.isEmpty())
        return a.members.constFirst().event.id;
    return a.event.id;
}

QString SyncWriter::itemKey(const SyncAction &a)
{
    // CRM → Exchange: one communication in one mailbox. Exchange → CRM: one meeting (by iCalUId, which every
    // copy of it shares), or the communication it is linked to.
    if (a.writesExchange() || a.kind == ActionKind::Adopt) // an adoption settles its create's row
        return QStringLiteral("crm_to_exchange|%1|%2").arg(a.link.mailbox.isEmpty() ? a.mailbox : a.link.mailbox,
                                                           a.commId);
    QString uid = a.link.iCalUId;
    for (const PlanMember &m : a.members) {
        if (uid.isEmpty())
            uid = m.event.iCalUId;
    }
    if (!a.commId.isEmpty())
        return QStringLiteral("exchange_to_crm|comm:") + a.commId;
    if (!uid.isEmpty())
        return QStringLiteral("exchange_to_crm|uid:") + uid;
    return QStringLiteral("exchange_to_crm|%1|%2").arg(a.mailbox, exchangeItemId(a));
}

void SyncWriter::answer(Done done, Status status)
{
    if (!m_context)
        return;
    QMetaObject::invokeMethod(
        m_context.data(), [done = std::move(done), status] { done(status); }, Qt::QueuedConnection);
}

Status SyncWriter::saveMemberLinks(const SyncAction &a, const crm::CrmAppointment &stored)
{
    // An update that wrote some fields: the others are taken as the plan knew them, so an edit the CRM got
    // meanwhile in one of them (which the write left alone) still looks changed to the next run and reaches
    // Outlook, instead of being recorded as synchronised.
    const QString crmHash = CalendarMapping::crmFingerprint(
        a.kind == ActionKind::CrmUpdate ? crm::withFieldsOf(stored, a.appointment, crm::allCrmFields() & ~a.crmFields)
                                        : stored,
        m_mapping);
    for (const PlanMember &m : a.members) {
        ItemLink l;
        l.mailbox = m.mailbox;
        l.exchangeItemId = m.event.id;
        l.crmCommId = stored.id;
        l.iCalUId = m.event.iCalUId;
        l.changeKey = m.event.changeKey;
        l.exchangeHash = CalendarMapping::exchangeFingerprint(m.event, m_mapping);
        l.crmHash = crmHash;
        l.crmUpdatedUtc = stored.updatedUtc;
        l.isOrganizer = m.event.isOrganizer;
        l.startUtc = m.event.startUtc;
        l.crmUserId = m.crmUserId;
        l.seriesMasterId = m.event.seriesMasterId;
        if (const Status s = m_store.saveLink(l, m_clock.nowUtc()); !s.ok())
            return s;
    }
    return Status();
}

// Links the members' CRM users the record lacks, then records the member links with the record as it is after
// that. The fingerprint covers the linked users: taken before, the users' own write would look like a CRM edit
// to the next run, one that wins (by its time) a conflict against an Outlook edit or delete made meanwhile.
void SyncWriter::linkMemberUsers(const SyncAction &a, const crm::CrmAppointment &stored, Done done)
{
    QStringList missing;
    for (const PlanMember &m : a.members) {
        if (!m.crmUserId.isEmpty() && !stored.linkedUserIds.contains(m.crmUserId) && !missing.contains(m.crmUserId))
            missing.append(m.crmUserId);
    }
    if (missing.isEmpty())
        return done(saveMemberLinks(a, stored));
    m_connections.crm().linkUsers(stored.id, missing, guarded([this, a, stored, missing, done](Status s) {
                                      if (!s.ok())
                                          return done(s);
                                      crm::CrmAppointment linked = stored;
                                      linked.linkedUserIds += missing;
                                      done(saveMemberLinks(a, linked));
                                  }));
}

void SyncWriter::perform(const SyncAction &a, Done done)
{
    exchange::ExchangeConnector *exchange = m_connections.exchange();
    if (a.writesExchange() && !exchange)
        return answer(std::move(done), noExchange());
    crm::CrmConnector &crm = m_connections.crm();
    switch (a.kind) {
    case ActionKind::ExchangeCreate:
        exchange->createEvent(
            a.mailbox, a.event, a.transactionId, guarded([this, a, done](Result<exchange::ExchangeEvent> ev) {
                if (!ev.ok())
                    return done(ev.error());
                ItemLink l;
                l.mailbox = a.mailbox;
                l.exchangeItemId = ev.value().id;
                l.crmCommId = a.commId;
                l.iCalUId = ev.value().iCalUId;
                l.changeKey = ev.value().changeKey;
                l.exchangeHash = CalendarMapping::exchangeFingerprint(ev.value(), m_mapping);
                l.crmHash = CalendarMapping::crmFingerprint(a.appointment, m_mapping);
                l.crmUpdatedUtc = a.appointment.updatedUtc;
                l.isOrganizer = true;
                l.startUtc = ev.value().startUtc;
                l.crmUserId = a.crmUserId;
                if (const Status s = m_store.saveLink(l, m_clock.nowUtc()); !s.ok())
                    return done(s);
                writeBackExchangeId(a.commId, ev.value(), done);
            }));
        return;
    case ActionKind::ExchangeUpdate:
        return updateExchange(a, std::move(done), 0);
    case ActionKind::ExchangeDelete:
    case ActionKind::ExchangeCancel:
        return removeExchange(a, std::move(done), a.link.changeKey, 0);
    case ActionKind::CrmCreate:
        return createCrm(a, std::move(done));
    case ActionKind::CrmUpdate:
        crm.updateAppointment(a.appointment, a.crmFields,
                              guarded([this, a, done](Result<crm::CrmAppointment> stored) {
                                  if (!stored.ok())
                                      return done(stored.error());
                                  linkMemberUsers(a, stored.value(), done);
                              }));
        return;
    case ActionKind::CrmDelete:
        crm.deleteAppointment(a.commId, guarded([this, a, done](Status s) {
                                  if (!s.ok() && !isGone(s.error()))
                                      return done(s);
                                  done(m_store.removeLinksOf(a.commId));
                              }));
        return;
    case ActionKind::Link: {
        Status s;
        if (!a.members.isEmpty()) {
            crm::CrmAppointment stored = a.appointment;
            stored.id = a.commId;
            if (!a.appointment.id.isEmpty())
                return linkMemberUsers(a, stored, std::move(done));
            s = saveMemberLinks(a, stored);
        } else {
            ItemLink l = a.link;
            l.crmHash = CalendarMapping::crmFingerprint(a.appointment, m_mapping);
            l.crmUpdatedUtc = a.appointment.updatedUtc;
            s = m_store.saveLink(l, m_clock.nowUtc());
        }
        return answer(std::move(done), s);
    }
    case ActionKind::Unlink:
        return answer(std::move(done), m_store.removeLink(a.link.mailbox, a.link.exchangeItemId));
    case ActionKind::Adopt: {
        // what ExchangeCreate does once Graph answers, with the item as read instead of the lost answer
        if (const Status s = m_store.saveLink(a.link, m_clock.nowUtc()); !s.ok())
            return answer(std::move(done), s);
        if (a.members.isEmpty())
            return answer(std::move(done), Status());
        return writeBackExchangeId(a.commId, a.members.constFirst().event, std::move(done));
    }
    }
}

void SyncWriter::finishInterrupted(const SyncAction &a, Finished done)
{
    exchange::ExchangeConnector *exchange = m_connections.exchange();
    crm::CrmConnector &crm = m_connections.crm();
    auto left = [this, done] { answer([done](Status) { done(Status(), false); }, Status()); };
    auto confirmed = [done](Status s) { done(s, true); };
    switch (a.kind) {
    case ActionKind::ExchangeCreate: // idempotent: the transactionId finds the item made before
    case ActionKind::Link:
    case ActionKind::Adopt:
    case ActionKind::Unlink:
        return perform(a, confirmed);
    case ActionKind::CrmCreate:
        crm.findAppointmentByExchangeId(
            a.appointment.exchangeId,
            guarded([this, a, left, confirmed](Result<std::optional<crm::CrmAppointment>> found) {
                // not made (or not known): the plan creates it from the item as it is now, if it still is
                if (!found.ok() || !found.value() || found.value()->deleted)
                    return left();
                perform(a, confirmed); // found again by the same search: linked
            }));
        return;
    case ActionKind::CrmUpdate:
        crm.getAppointment(a.commId, guarded([this, a, done, left](Result<crm::CrmAppointment> current) {
            // the record shows the version being written: the update got through
            if (!current.ok() || current.value().deleted ||
                CalendarMapping::crmFingerprint(current.value(), m_mapping) !=
                    CalendarMapping::crmFingerprint(a.appointment, m_mapping))
                return left();
            linkMemberUsers(a, current.value(), [done](Status s) { done(s, true); });
        }));
        return;
    case ActionKind::CrmDelete:
        crm.getAppointment(a.commId, guarded([this, a, done, left](Result<crm::CrmAppointment> current) {
            // still there: not deleted yet, and the plan decides again (a CRM edit since may win)
            if (current.ok() ? !current.value().deleted : !isGone(current.error()))
                return left();
            done(m_store.removeLinksOf(a.commId), true);
        }));
        return;
    case ActionKind::ExchangeUpdate:
    case ActionKind::ExchangeDelete:
    case ActionKind::ExchangeCancel:
        if (!exchange)
            return done(noExchange(), true);
        exchange->getEvent(
            a.link.mailbox, a.link.exchangeItemId,
            guarded([this, a, done, left](Result<exchange::ExchangeEvent> current) {
                if (!current.ok()) {
                    // unreadable, or an update of an item deleted in Outlook (the next delta says so)
                    if (!isGone(current.error()) || a.kind == ActionKind::ExchangeUpdate)
                        return left();
                    return done(m_store.removeLink(a.link.mailbox, a.link.exchangeItemId), true);
                }
                const exchange::ExchangeEvent &e = current.value();
                if (a.kind == ActionKind::ExchangeCancel && e.isCancelled)
                    return done(m_store.removeLink(a.link.mailbox, a.link.exchangeItemId), true);
                // the item shows the CRM version being written: the update got through
                const crm::CrmAppointment shown = CalendarMapping::toCrm(e, a.appointment, m_mapping);
                if (a.kind != ActionKind::ExchangeUpdate || CalendarMapping::crmFingerprint(shown, m_mapping) !=
                                                                CalendarMapping::crmFingerprint(a.appointment, m_mapping))
                    return left();
                ItemLink l = a.link;
                l.changeKey = e.changeKey;
                l.exchangeHash = CalendarMapping::exchangeFingerprint(e, m_mapping);
                l.crmHash = CalendarMapping::crmFingerprint(a.appointment, m_mapping);
                l.crmUpdatedUtc = a.appointment.updatedUtc;
                l.startUtc = e.startUtc;
                done(m_store.saveLink(l, m_clock.nowUtc()), true);
            }));
        return;
    }
}

// Search before create: an interrupted run or an earlier retry may have created the record already. Found,
// it is brought up to the content being written now (Outlook may have changed the item since that first
// attempt) before the members are linked to it.
void SyncWriter::createCrm(const SyncAction &a, Done done)
{
    crm::CrmConnector &crm = m_connections.crm();
    auto linked = [this, a, done](const crm::CrmAppointment &stored) { linkMemberUsers(a, stored, done); };
    crm.findAppointmentByExchangeId(
        a.appointment.exchangeId,
        guarded([this, a, done, linked](Result<std::optional<crm::CrmAppointment>> found) {
            if (!found.ok())
                return done(found.error());
            crm::CrmConnector &crm = m_connections.crm();
            if (!found.value()) {
                crm.createAppointment(a.appointment, guarded([linked, done](Result<crm::CrmAppointment> created) {
                                          if (!created.ok())
                                              return done(created.error());
                                          linked(created.value());
                                      }));
                return;
            }
            const crm::CrmAppointment existing = *found.value();
            crm::CrmAppointment wanted = a.appointment;
            wanted.id = existing.id;
            // changed in the CRM after the Outlook change being written: the newer CRM version stays
            QDateTime changedUtc;
            for (const PlanMember &m : a.members) {
                if (m.event.lastModifiedUtc.isValid() &&
                    (!changedUtc.isValid() || m.event.lastModifiedUtc > changedUtc))
                    changedUtc = m.event.lastModifiedUtc;
            }
            const bool crmNewer = changedUtc.isValid() && existing.updatedUtc.isValid() &&
                                  existing.updatedUtc > changedUtc;
            if (existing.deleted || crmNewer ||
                CalendarMapping::crmFingerprint(existing, m_mapping) == CalendarMapping::crmFingerprint(wanted, m_mapping))
                return linked(existing);
            crm.updateAppointment(wanted, crm::differingFields(existing, wanted),
                                  guarded([linked, done](Result<crm::CrmAppointment> stored) {
                                      if (!stored.ok())
                                          return done(stored.error());
                                      linked(stored.value());
                                  }));
        }));
}

void SyncWriter::writeBackExchangeId(const QString &commId, const exchange::ExchangeEvent &created, Done done)
{
    if (commId.isEmpty())
        return answer(std::move(done), Status());
    const QString responses =
        created.attendees.isEmpty() ? QString() : CalendarMapping::responsesText(created, m_byMailbox.values());
    m_connections.crm().getAppointment(
        commId, guarded([this, created, responses, done](Result<crm::CrmAppointment> current) {
            if (!current.ok())
                return done(isGone(current.error()) ? Status() : Status(current.error()));
            crm::CrmAppointment record = current.value();
            const bool idMissing = record.exchangeId.isEmpty() && !created.iCalUId.isEmpty();
            const bool responsesDiffer = !responses.isEmpty() && record.exchangeResponses != responses;
            if (record.deleted || (!idMissing && !responsesDiffer))
                return done(Status());
            // only these two fields: a CRM edit made since the read (or while this write travels) is not undone
            crm::CrmFields fields;
            if (idMissing) {
                record.exchangeId = created.iCalUId;
                fields |= crm::CrmField::ExchangeId;
            }
            if (responsesDiffer) {
                record.exchangeResponses = responses;
                fields |= crm::CrmField::ExchangeResponses;
            }
            m_connections.crm().updateAppointment(record, fields, guarded([done](Result<crm::CrmAppointment> stored) {
                                                      done(stored.ok() ? Status() : Status(stored.error()));
                                                  }));
        }));
}

// Deletes and cancels carry the change key last seen, like updates: an Outlook edit made since is never
// removed unseen. A delete is sent with If-Match; a cancel (no If-Match for actions) reads the item first.
// A changed item goes through the conflict policy; a change the CRM would not show (a response, our own
// write) is no conflict and the write goes ahead on the current version.
void SyncWriter::removeExchange(const SyncAction &a, Done done, const QString &changeKey, int attempt)
{
    exchange::ExchangeConnector *exchange = m_connections.exchange();
    auto finished = [this, a, done](Status s) {
        if (!s.ok() && !isGone(s.error()))
            return done(s);
        done(m_store.removeLink(a.link.mailbox, a.link.exchangeItemId));
    };
    auto changedMeanwhile = [this, a, done, finished, attempt](const exchange::ExchangeEvent &current) {
        const QString currentHash = CalendarMapping::exchangeFingerprint(current, m_mapping);
        if (attempt >= 2)
            return done(makeError(ErrorKind::Conflict,
                                  tr("The Outlook item keeps changing while it is being removed; tried %1 times.")
                                      .arg(attempt + 1)));
        if (a.link.exchangeHash.isEmpty() || currentHash == a.link.exchangeHash)
            return removeExchange(a, done, current.changeKey, attempt + 1);
        const Side kept =
            CalendarMapping::decideConflict(m_policy, a.appointment.updatedUtc, current.lastModifiedUtc);
        logConflict(a, current, kept,
                    a.kind == ActionKind::ExchangeCancel
                        ? tr("Cancelled in the CRM and changed in Outlook since the last sync; the %1 version is "
                             "kept (%2).")
                        : tr("Deleted in the CRM and changed in Outlook since the last sync; the %1 version is "
                             "kept (%2)."));
        m_conflicts += 1;
        if (kept == Side::Crm)
            return removeExchange(a, done, current.changeKey, attempt + 1);
        keepOutlookEdit(a, current, done);
    };
    auto reread = [this, a, done, finished, changedMeanwhile]() {
        m_connections.exchange()->getEvent(
            a.link.mailbox, a.link.exchangeItemId,
            guarded([done, finished, changedMeanwhile](Result<exchange::ExchangeEvent> current) {
                if (!current.ok())
                    return finished(current.error()); // gone meanwhile: nothing left to remove
                changedMeanwhile(current.value());
            }));
    };
    if (a.kind == ActionKind::ExchangeDelete) {
        exchange->deleteEvent(a.link.mailbox, a.link.exchangeItemId, changeKey,
                              guarded([finished, reread](Status s) {
                                  if (!s.ok() && s.error().kind == ErrorKind::Conflict)
                                      return reread();
                                  finished(s);
                              }));
        return;
    }
    exchange->getEvent(
        a.link.mailbox, a.link.exchangeItemId,
        guarded([this, a, changeKey, finished, changedMeanwhile](Result<exchange::ExchangeEvent> current) {
            if (!current.ok())
                return finished(current.error());
            if (!changeKey.isEmpty() && current.value().changeKey != changeKey)
                return changedMeanwhile(current.value());
            m_connections.exchange()->cancelEvent(a.link.mailbox, a.link.exchangeItemId,
                                                  tr("This meeting was cancelled in the CRM."),
                                                  guarded([finished](Status s) { finished(s); }));
        }));
}

// A CRM delete or cancel lost to an Outlook edit (the policy kept Outlook's version): the item stays and the
// CRM gets it back. A cancelled communication is brought back to the item as it is now; a deleted one (Sage
// CRM keeps it soft-deleted) returns as a communication of its own, linked to the item.
void SyncWriter::keepOutlookEdit(const SyncAction &a, const exchange::ExchangeEvent &current, Done done)
{
    const QString crmUserId = a.link.crmUserId.isEmpty() ? a.crmUserId : a.link.crmUserId;
    if (!m_exchangeToCrm) // the item stays as Outlook has it; nothing goes to the CRM
        return done(m_store.removeLink(a.link.mailbox, a.link.exchangeItemId));
    SyncAction back;
    back.mailbox = a.link.mailbox;
    back.crmUserId = crmUserId;
    back.members = {PlanMember{a.link.mailbox, crmUserId, current}};
    crm::CrmAppointment base = a.appointment;
    if (a.kind == ActionKind::ExchangeCancel && !a.appointment.deleted) {
        back.kind = ActionKind::CrmUpdate;
        back.commId = a.commId;
        if (CalendarMapping::isCancelledStatus(base.status))
            base.status = QStringLiteral("Pending");
        back.appointment = CalendarMapping::toCrm(current, base, m_mapping);
        back.crmFields = crm::differingFields(a.appointment, back.appointment);
        back.reason = tr("cancelled in the CRM, changed in Outlook: the Outlook version is kept");
        return perform(back, std::move(done));
    }
    back.kind = ActionKind::CrmCreate;
    base.id.clear();
    base.deleted = false;
    if (CalendarMapping::isCancelledStatus(base.status))
        base.status = QStringLiteral("Pending");
    base.exchangeId = current.iCalUId;
    if (base.ownerUserId.isEmpty())
        base.ownerUserId = crmUserId;
    if (!base.linkedUserIds.contains(crmUserId))
        base.linkedUserIds.prepend(crmUserId);
    back.appointment = CalendarMapping::toCrm(current, base, m_mapping);
    back.reason = tr("deleted in the CRM, changed in Outlook: the Outlook version returns to the CRM");
    perform(back, std::move(done));
}

void SyncWriter::logConflict(const SyncAction &a, const exchange::ExchangeEvent &current, Side kept)
{
    logConflict(a, current, kept,
                tr("Changed in both the CRM and Outlook since the last sync; the %1 version is kept (%2)."));
}

void SyncWriter::logConflict(const SyncAction &a, const exchange::ExchangeEvent &current, Side kept,
                             const QString &messageTemplate)
{
    queue::LogEntry e;
    e.direction = QStringLiteral("crm_to_exchange");
    e.user = addressOf(a.mailbox);
    e.item = a.appointment.subject.isEmpty() ? a.commId : a.appointment.subject;
    e.action = QStringLiteral("conflict");
    e.result = queue::LogResult::Conflict;
    e.message = QString(messageTemplate)
                    .arg(kept == Side::Crm ? tr("CRM") : tr("Outlook"), CalendarMapping::policyName(m_policy));
    e.conflict = QJsonObject{{QStringLiteral("crm"), SyncJournal::appointmentToJson(a.appointment)},
                             {QStringLiteral("exchange"), SyncJournal::eventToJson(current)},
                             {QStringLiteral("kept"), kept == Side::Crm ? QStringLiteral("crm")
                                                                        : QStringLiteral("exchange")},
                             {QStringLiteral("policy"), CalendarMapping::policyName(m_policy)}};
    (void)m_log.append(e);
}

// Reads the item first: a change Exchange made since the last sync is a conflict (decided by the policy),
// attendees the CRM does not know are kept, and nothing is sent when attendees would see no difference
// (Complete in the CRM does not alert anyone).
void SyncWriter::updateExchange(const SyncAction &a, Done done, int attempt)
{
    exchange::ExchangeConnector *exchange = m_connections.exchange();
    exchange->getEvent(a.link.mailbox, a.link.exchangeItemId, guarded([this, a, done, attempt](
                                                                          Result<exchange::ExchangeEvent> cur) {
        if (!cur.ok()) {
            if (isGone(cur.error()) && !m_exchangeToCrm) // that delete is held back with the link (issue 14)
                return done(Status());
            if (isGone(cur.error())) // deleted in Outlook meanwhile: the next delta reports it
                return done(m_store.removeLink(a.link.mailbox, a.link.exchangeItemId));
            return done(cur.error());
        }
        const exchange::ExchangeEvent current = cur.value();
        const QString currentHash = CalendarMapping::exchangeFingerprint(current, m_mapping);
        if (attempt == 0 && currentHash != a.link.exchangeHash && !a.link.exchangeHash.isEmpty() &&
            current.changeKey != a.link.changeKey) {
            const Side kept =
                CalendarMapping::decideConflict(m_policy, a.appointment.updatedUtc, current.lastModifiedUtc);
            logConflict(a, current, kept);
            m_conflicts += 1;
            if (kept == Side::Exchange) {
                SyncAction up;
                up.kind = ActionKind::CrmUpdate;
                up.mailbox = a.mailbox;
                up.crmUserId = a.crmUserId;
                up.commId = a.commId;
                up.appointment = CalendarMapping::toCrm(current, a.appointment, m_mapping);
                up.crmFields = crm::differingFields(a.appointment, up.appointment);
                up.members = {PlanMember{a.mailbox, a.crmUserId, current}};
                return perform(up, done);
            }
        }
        exchange::ExchangeEvent target = a.event;
        target.id = current.id;
        target.changeKey = current.changeKey;
        // attendees outside the synchronized users stay invited; known ones keep their responses
        QList<exchange::ExchangeAttendee> attendees;
        for (const exchange::ExchangeAttendee &t : target.attendees) {
            exchange::ExchangeAttendee kept = t;
            for (const exchange::ExchangeAttendee &c : current.attendees) {
                if (c.address.compare(t.address, Qt::CaseInsensitive) == 0)
                    kept.response = c.response;
            }
            attendees.append(kept);
        }
        for (const exchange::ExchangeAttendee &c : current.attendees) {
            if (!m_byAddress.contains(c.address.toLower()) &&
                c.address.compare(current.organizer.address, Qt::CaseInsensitive) != 0)
                attendees.append(c);
        }
        target.attendees = attendees;
        target.organizer = current.organizer;
        // The list goes out only when it changes who is invited: Exchange sends every attendee an update for
        // a write that carries it (a CRM edit of the subject alone must not re-invite anyone).
        target.writeAttendees = invitedAddresses(target.attendees, current.organizer.address) !=
                                invitedAddresses(current.attendees, current.organizer.address);
        if (!m_mapping.copyReminders) {
            target.reminderOn = current.reminderOn;
            target.reminderMinutes = current.reminderMinutes;
            target.writeReminder = false;
        }
        if (CalendarMapping::exchangeFingerprint(target, m_mapping) == currentHash) {
            ItemLink l = a.link;
            l.changeKey = current.changeKey;
            l.exchangeHash = currentHash;
            l.crmHash = CalendarMapping::crmFingerprint(a.appointment, m_mapping);
            l.crmUpdatedUtc = a.appointment.updatedUtc;
            return done(m_store.saveLink(l, m_clock.nowUtc()));
        }
        m_connections.exchange()->updateEvent(
            a.link.mailbox, target, guarded([this, a, done, attempt](Result<exchange::ExchangeEvent> ev) {
                if (!ev.ok()) {
                    if (ev.error().kind == ErrorKind::Conflict && attempt < 2)
                        return updateExchange(a, done, attempt + 1); // changed between our read and write
                    return done(ev.error());
                }
                ItemLink l = a.link;
                l.changeKey = ev.value().changeKey;
                l.exchangeHash = CalendarMapping::exchangeFingerprint(ev.value(), m_mapping);
                l.crmHash = CalendarMapping::crmFingerprint(a.appointment, m_mapping);
                l.crmUpdatedUtc = a.appointment.updatedUtc;
                l.startUtc = ev.value().startUtc;
                done(m_store.saveLink(l, m_clock.nowUtc()));
            }));
    }));
}

} // namespace cxsync::sync
