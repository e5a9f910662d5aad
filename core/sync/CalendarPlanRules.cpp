#include "CalendarPlanRules.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace cxsync::sync {

namespace {

QString itemKey(const QString &mailbox, const QString &id)
{
    return mailbox + QLatin1Char('|') + id;
}

SyncAction action(ActionKind kind, const QString &mailbox, const QString &commId, const ItemLink &link,
                  const QString &reason)
{
    SyncAction a;
    a.kind = kind;
    a.mailbox = mailbox;
    a.commId = commId;
    a.link = link;
    a.reason = reason;
    return a;
}

SyncAction unlink(const QString &mailbox, const ItemLink &link, const QString &reason = {})
{
    return action(ActionKind::Unlink, mailbox, QString(), link, reason);
}

QList<SyncUser> othersThan(const QList<SyncUser> &participants, const QString &mailbox)
{
    QList<SyncUser> out;
    for (const SyncUser &u : participants) {
        if (u.mailbox != mailbox)
            out.append(u);
    }
    return out;
}

} // namespace

CalendarPlanRules::CalendarPlanRules(const PlanInput &input)
    : m_in(input), m_directory(input.directory.isEmpty() ? input.users : input.directory),
      m_crmRecords(input.crmRecords)
{
    for (const SyncUser &u : m_in.users) {
        m_index.userByMailbox.insert(u.mailbox, u);
        m_index.userByCrmId.insert(u.crmUserId, u);
    }
    for (const SyncUser &u : m_directory)
        m_index.userByAddress.insert(u.address.toLower(), u);
    QSet<QString> seriesCounted;
    for (const ItemLink &l : m_in.links) {
        indexLink(l);
        if (l.seriesMasterId.isEmpty()) {
            m_plan.itemsByMailbox[l.mailbox] += 1;
            continue;
        }
        const QString seriesKey = itemKey(l.mailbox, l.seriesMasterId);
        m_index.linksBySeries[seriesKey].append(l);
        if (!seriesCounted.contains(seriesKey)) // a series is one item for the safety stop
            m_plan.itemsByMailbox[l.mailbox] += 1;
        seriesCounted.insert(seriesKey);
    }
    for (const crm::CrmAppointment &a : m_in.crmChanges)
        m_index.crmChanged.insert(a.id, a);
    for (int i = 0; i < m_in.exchangeChanges.size(); ++i) {
        const ExchangeChange &c = m_in.exchangeChanges.at(i);
        m_index.changeByItem.insert(itemKey(c.mailbox, c.event.id), i);
    }
    // About one action per change on either side: reserved once instead of regrowing a list of large actions
    // (each regrowth holds the old and the new block at once). Pages reserved but never written cost nothing.
    m_plan.actions.reserve(m_in.exchangeChanges.size() + m_in.crmChanges.size());
}

// ==== pass 1: our own creates whose answer was lost

void CalendarPlanRules::adoptLostCreates()
{
    for (const ExchangeChange &c : m_in.exchangeChanges)
        adoptLostCreate(c);
}

// An unlinked Outlook item carrying our transactionId (CalendarPlanner::transactionIdFor) for a create still
// waiting in the failed-message queue is the item made for that communication in that mailbox, applied
// although its answer was lost. It is linked now as its create would have linked it, so no rule takes it for
// a new Outlook item; made for a communication deleted since, it goes as that delete would have taken it.
void CalendarPlanRules::adoptLostCreate(const ExchangeChange &c)
{
    const QString key = itemKey(c.mailbox, c.event.id);
    const QString commId = CalendarPlanner::commIdOf(c.event.transactionId);
    if (c.removed || commId.isEmpty() || m_index.linkByItem.contains(key))
        return;
    const QList<ItemLink> known = m_index.linksByComm.value(commId);
    const auto twin = std::find_if(known.cbegin(), known.cend(),
                                   [&c](const ItemLink &l) { return l.mailbox == c.mailbox; });
    if (!m_in.openExchangeCreates.contains(itemKey(c.mailbox, commId))) {
        // An item of ours unlinked on purpose (a conflict kept Outlook's version) is not adopted and goes on
        // as an Outlook item. But a second copy of an item still linked in the same mailbox, with the same
        // content, is our create applied twice (a write resent after its answer was lost, by a proxy or the
        // HTTP stack): imported, it would become a second CRM record. It goes; the linked one stays. A copy
        // someone changed (Outlook's Copy keeps our properties) differs and is imported as theirs.
        if (twin != known.cend() && !twin->exchangeHash.isEmpty() &&
            exchangeHash(c.event) == twin->exchangeHash)
            dropOwnDuplicate(c, commId);
        return;
    }
    if (twin != known.cend()) {
        m_plan.notes.append(
            tr("\"%1\": a second item for CRM communication %2 in one mailbox; it is left alone.")
                .arg(c.event.subject, commId));
        return;
    }
    const SyncUser user = userOf(c.mailbox);
    ItemLink link;
    link.mailbox = c.mailbox;
    link.exchangeItemId = c.event.id;
    link.crmCommId = commId;
    link.iCalUId = c.event.iCalUId;
    link.changeKey = c.event.changeKey;
    link.exchangeHash = exchangeHash(c.event);
    link.isOrganizer = true;
    link.startUtc = c.event.startUtc;
    link.crmUserId = user.crmUserId;
    const auto record = m_crmRecords.constFind(commId);
    if (record == m_crmRecords.cend()) {
        if (!m_in.crmToExchange)
            return;
        m_decided.deletedItems.insert(key);
        return append(action(ActionKind::ExchangeDelete, c.mailbox, commId, link,
                             tr("our own create of a communication deleted since")),
                      c);
    }
    const crm::CrmAppointment adopted = *record;
    if (adopted.exchangeId.isEmpty())
        m_crmRecords[commId].exchangeId = c.event.iCalUId;
    link.crmHash = crmHash(adopted);
    link.crmUpdatedUtc = adopted.updatedUtc;
    SyncAction adopt =
        memberAction(ActionKind::Adopt, c, link, adopted, tr("our own create, whose answer was lost"));
    adopt.crmUserId = user.crmUserId;
    m_plan.actions.append(std::move(adopt));
    // from here on it is linked: the rules below treat it like any linked item
    indexLink(link);
    m_plan.itemsByMailbox[c.mailbox] += 1;
}

// A second, identical copy of our own create in a mailbox where the first is linked: deleted (when this
// profile writes to Exchange), never imported; either way the rules below leave it alone.
void CalendarPlanRules::dropOwnDuplicate(const ExchangeChange &c, const QString &commId)
{
    const QString key = itemKey(c.mailbox, c.event.id);
    m_decided.deletedItems.insert(key);
    // Its invitations made copies in the attendees' mailboxes: they go with it (the delete cancels them), and
    // none of them is a new meeting for the CRM.
    if (!c.event.iCalUId.isEmpty())
        m_decided.duplicateUids.insert(c.event.iCalUId);
    if (!m_in.crmToExchange) {
        m_plan.notes.append(tr("\"%1\": a second copy of our own item for CRM communication %2 in %3; it is "
                               "not imported (this profile does not write to Exchange, so it stays).")
                                .arg(c.event.subject, commId, c.mailbox));
        return;
    }
    ItemLink link;
    link.mailbox = c.mailbox;
    link.exchangeItemId = c.event.id;
    link.crmCommId = commId;
    link.iCalUId = c.event.iCalUId;
    link.changeKey = c.event.changeKey;
    link.exchangeHash = exchangeHash(c.event);
    link.startUtc = c.event.startUtc;
    link.crmUserId = userOf(c.mailbox).crmUserId;
    append(action(ActionKind::ExchangeDelete, c.mailbox, commId, link,
                  tr("a second copy of our own create (its write was applied twice)")),
           c);
}

// ==== pass 2: Exchange → CRM, one change read from a mailbox at a time

void CalendarPlanRules::applyExchangeChanges()
{
    for (const ExchangeChange &c : m_in.exchangeChanges)
        exchangeChange(c);
}

void CalendarPlanRules::exchangeChange(const ExchangeChange &c)
{
    const QString key = itemKey(c.mailbox, c.event.id);
    if (m_decided.deletedItems.contains(key))
        return; // our own create of a deleted communication: its delete carries the change
    const auto link = m_index.linkByItem.constFind(key);
    if (c.removed) {
        if (link == m_index.linkByItem.cend())
            return seriesRemoved(c);
        return deletedInOutlook(c, *link, QString());
    }
    if (c.event.type == QLatin1String("seriesMaster"))
        return settle(c, tr("a series master: its occurrences are synchronized one by one"));
    if (link == m_index.linkByItem.cend())
        return newOutlookItem(c);
    m_decided.freshKeys.insert(key, c.event.changeKey);
    linkedItemChanged(c, *link);
}

// A removed item that is not linked itself may be a series master whose occurrences are linked one by one
// (with the master's id): the series is deleted as one. Anything else was never synchronized, or is our own
// delete coming back.
void CalendarPlanRules::seriesRemoved(const ExchangeChange &c)
{
    const QList<ItemLink> occurrences = m_index.linksBySeries.value(itemKey(c.mailbox, c.event.id));
    if (occurrences.isEmpty())
        return settle(c, tr("removed, never synchronized (or our own delete coming back)"));
    for (const ItemLink &occurrence : occurrences)
        deletedInOutlook(c, occurrence, c.event.id);
}

// Deleted in Outlook. An attendee's copy only loses its link. The organizer's item takes its communication
// with it, and (the legacy rule: deleted in one Outlook calendar, removed from every calendar) the other
// organizer copies too, unless the CRM changed the communication since and keeps it.
void CalendarPlanRules::deletedInOutlook(const ExchangeChange &c, const ItemLink &link,
                                         const QString &seriesId)
{
    if (!link.isOrganizer)
        return append(unlink(c.mailbox, link, tr("an attendee's copy was removed")), c);
    if (m_decided.handled.contains(link.crmCommId))
        return settle(c, tr("its communication is already being deleted"));
    m_decided.handled.insert(link.crmCommId);
    if (crmEditKeptOverOutlookDelete(c, link))
        return;
    SyncAction del =
        action(ActionKind::CrmDelete, c.mailbox, link.crmCommId, link,
               seriesId.isEmpty() ? tr("deleted in Outlook") : tr("its series was deleted in Outlook"));
    del.crmUserId = userOf(c.mailbox).crmUserId;
    del.seriesId = seriesId;
    append(std::move(del), c);
    for (const ItemLink &other : m_index.linksByComm.value(link.crmCommId)) {
        if (other.rowId == link.rowId || !other.isOrganizer)
            continue;
        SyncAction ex = action(ActionKind::ExchangeDelete, other.mailbox, link.crmCommId, other,
                               tr("deleted in another Outlook calendar"));
        ex.seriesId = seriesId;
        append(std::move(ex), c);
    }
}

// Deleted in Outlook, but changed in the CRM since the last sync: the delete would lose that edit unseen, so
// it is a conflict. When the delete happened is not known (Exchange does not say), so "last modified wins"
// keeps the edit: the link is dropped and the CRM version made again in that calendar. Gives whether it was
// kept.
bool CalendarPlanRules::crmEditKeptOverOutlookDelete(const ExchangeChange &c, const ItemLink &link)
{
    const auto record = m_crmRecords.constFind(link.crmCommId);
    if (record == m_crmRecords.cend() || !m_in.crmToExchange || link.crmHash.isEmpty() ||
        crmHash(*record) == link.crmHash)
        return false;
    exchange::ExchangeEvent deleted; // no last-modified time: when it was deleted is not known
    deleted.id = link.exchangeItemId;
    deleted.iCalUId = link.iCalUId;
    deleted.subject = record->subject;
    deleted.startUtc = link.startUtc;
    if (conflict(link.crmCommId, c.mailbox, *record, deleted) != Side::Crm)
        return false;
    m_plan.actions.append(unlink(
        c.mailbox, link, tr("deleted in Outlook, but changed in the CRM since: the CRM version is kept")));
    // a transactionId of its own: the deleted item was made with the first one
    SyncAction again = exchangeCreate(link.crmCommId, *record, c.mailbox, userOf(c.mailbox).crmUserId,
                                      othersThan(participantsOf(*record), c.mailbox), link.exchangeItemId);
    again.reason = tr("deleted in Outlook, but changed in the CRM since: made again");
    append(std::move(again), c);
    return true;
}

// A new Outlook item (not linked, not cancelled, within the sync window) waits for pass 3, grouped by meeting
// (iCalUId): the copies in several synchronized mailboxes become one communication.
void CalendarPlanRules::newOutlookItem(const ExchangeChange &c)
{
    const exchange::ExchangeEvent &e = c.event;
    if (e.isCancelled)
        return settle(c, tr("cancelled before it was synchronized"));
    if (m_decided.duplicateUids.contains(e.iCalUId))
        return settle(c, tr("a copy of a meeting that is a second copy of our own create"));
    if (!inWindow(e.startUtc, e.endUtc))
        return settle(c, tr("outside the sync window"));
    if (!m_decided.newByUid.contains(e.iCalUId))
        m_decided.newUids.append(e.iCalUId);
    m_decided.newByUid[e.iCalUId].append(PlanMember{c.mailbox, userOf(c.mailbox).crmUserId, e});
    if (c.inboxRowId)
        m_decided.newRowsByUid[e.iCalUId].append(c.inboxRowId);
}

// A linked item changed in Outlook: what reaches the CRM depends on whose copy it is and on whether its
// communication still exists.
void CalendarPlanRules::linkedItemChanged(const ExchangeChange &c, const ItemLink &link)
{
    if (!link.isOrganizer && hasOrganizerRow(link.crmCommId))
        return attendeeCopyChanged(c, link);
    const auto current = m_crmRecords.constFind(link.crmCommId);
    if (current == m_crmRecords.cend())
        return goneFromCrm(c, link);
    if (exchangeHash(c.event) == link.exchangeHash)
        return unchangedForCrm(c, link, *current);
    changedInOutlook(c, link, *current);
}

// An attendee's copy of a meeting whose organizer's item is linked: Exchange keeps it in step with the
// organizer's item, so only a cancellation by the organizer matters (the copy loses its link).
void CalendarPlanRules::attendeeCopyChanged(const ExchangeChange &c, const ItemLink &link)
{
    if (!c.event.isCancelled)
        return settle(c, tr("an attendee's copy: Exchange keeps it in step with the organizer's item"));
    append(unlink(c.mailbox, link, tr("the meeting was cancelled by its organizer")), c);
}

// A linked item whose CRM communication is gone (deleted in the CRM). The organizer's item is deleted too, as
// the CRM rules would do with the feed's delete (only dropping the link left the item behind whenever the
// delete was not in this run's feed, and the orphan came back as a new communication), unless Outlook's edit
// is kept over the delete. With CRM → Exchange off the change is held (staged) until it is on again. Another
// copy only loses its link.
void CalendarPlanRules::goneFromCrm(const ExchangeChange &c, const ItemLink &link)
{
    const exchange::ExchangeEvent &e = c.event;
    if (!link.isOrganizer) {
        m_plan.notes.append(
            tr("%1: CRM communication %2 is gone; the link is dropped.").arg(e.subject, link.crmCommId));
        return append(unlink(c.mailbox, link, tr("its CRM communication is gone")), c);
    }
    if (!m_in.crmToExchange || outlookEditKeptOverCrmDelete(c, link))
        return;
    m_plan.notes.append(
        tr("%1: CRM communication %2 is gone; the item is deleted.").arg(e.subject, link.crmCommId));
    SyncAction del =
        action(ActionKind::ExchangeDelete, c.mailbox, link.crmCommId, link, tr("deleted in the CRM"));
    // the version just read was weighed: the delete is guarded against later edits only
    del.link.changeKey = e.changeKey;
    del.link.exchangeHash = exchangeHash(e);
    m_decided.deletedItems.insert(itemKey(c.mailbox, e.id));
    append(std::move(del), c);
}

// Deleted in the CRM, changed in Outlook since the last sync: the conflict policy decides. When Outlook's
// version is kept it returns to the CRM as a communication of its own, and the rest of the deleted
// communication goes as its delete would have taken it. Gives whether it was kept.
bool CalendarPlanRules::outlookEditKeptOverCrmDelete(const ExchangeChange &c, const ItemLink &link)
{
    const exchange::ExchangeEvent &e = c.event;
    if (link.exchangeHash.isEmpty() || exchangeHash(e) == link.exchangeHash)
        return false;
    crm::CrmAppointment gone = m_index.crmChanged.value(link.crmCommId);
    gone.id = link.crmCommId;
    if (conflict(link.crmCommId, c.mailbox, gone, e) != Side::Exchange)
        return false;
    m_decided.handled.insert(link.crmCommId);
    const SyncUser user = userOf(c.mailbox);
    crm::CrmAppointment base = gone;
    base.id.clear();
    base.deleted = false;
    if (CalendarMapping::isCancelledStatus(base.status))
        base.status = QStringLiteral("Pending");
    if (base.ownerUserId.isEmpty())
        base.ownerUserId = user.crmUserId;
    if (!base.linkedUserIds.contains(base.ownerUserId))
        base.linkedUserIds.prepend(base.ownerUserId);
    base.exchangeId = e.iCalUId;
    SyncAction back;
    back.kind = ActionKind::CrmCreate;
    back.mailbox = c.mailbox;
    back.crmUserId = user.crmUserId;
    back.appointment = CalendarMapping::toCrm(e, base, m_in.mapping);
    back.members = {PlanMember{c.mailbox, user.crmUserId, e}};
    back.reason = tr("deleted in the CRM, changed in Outlook: the Outlook version is kept");
    m_decided.deletedItems.insert(
        itemKey(c.mailbox, e.id)); // the CRM rules (and the loop below) leave it alone
    append(std::move(back), c);
    restOfDeletedCommunication(link, gone);
    return true;
}

// The other copies of a communication deleted in the CRM whose Outlook version was kept: organizer copies are
// deleted, attendee copies lose their link.
void CalendarPlanRules::restOfDeletedCommunication(const ItemLink &kept, const crm::CrmAppointment &gone)
{
    for (const ItemLink &other : m_index.linksByComm.value(kept.crmCommId)) {
        const QString otherKey = itemKey(other.mailbox, other.exchangeItemId);
        if (m_decided.deletedItems.contains(otherKey)) // the kept item is in it already
            continue;
        SyncAction rest = other.isOrganizer ? action(ActionKind::ExchangeDelete, other.mailbox,
                                                     kept.crmCommId, other, tr("deleted in the CRM"))
                                            : action(ActionKind::Unlink, other.mailbox, kept.crmCommId, other,
                                                     tr("its CRM communication was deleted"));
        rest.appointment = gone;
        m_decided.deletedItems.insert(otherKey);
        m_plan.actions.append(std::move(rest));
    }
}

// Nothing the CRM shows changed: our own write coming back, or a change that does not reach the CRM. New
// attendee responses (on the organizer's item) are written; an echo only records the item's new change key.
void CalendarPlanRules::unchangedForCrm(const ExchangeChange &c, const ItemLink &link,
                                        const crm::CrmAppointment &current)
{
    const QString responses = responsesOf(c.event);
    if (!responses.isEmpty() && responses != current.exchangeResponses) {
        crm::CrmAppointment answered = current;
        answered.exchangeResponses = responses;
        append(crmUpdate(c, link, current, answered, tr("attendee responses")), c);
        m_decided.handled.insert(link.crmCommId);
    } else if (c.event.changeKey != link.changeKey) {
        append(memberAction(ActionKind::Link, c, link, current, tr("echo of our own write")), c);
    } else {
        settle(c, tr("nothing the CRM shows has changed"));
    }
}

// Changed (or cancelled) in Outlook: written to the CRM. Changed in the CRM too since the last sync: a
// conflict, and when the policy keeps the CRM version the CRM rules write it over Outlook's.
void CalendarPlanRules::changedInOutlook(const ExchangeChange &c, const ItemLink &link,
                                         const crm::CrmAppointment &current)
{
    const exchange::ExchangeEvent &e = c.event;
    const auto fed = m_index.crmChanged.constFind(link.crmCommId);
    if (fed != m_index.crmChanged.cend() && crmHash(*fed) != link.crmHash) {
        // both are logged; the CRM rules write the CRM version over this one (with the fresh change key)
        if (conflict(link.crmCommId, c.mailbox, *fed, e) == Side::Crm)
            return settle(c, tr("conflict: the CRM version is kept"));
    }
    m_decided.handled.insert(link.crmCommId);
    crm::CrmAppointment written = CalendarMapping::toCrm(e, current, m_in.mapping);
    if (const QString responses = responsesOf(e); !responses.isEmpty())
        written.exchangeResponses = responses;
    append(crmUpdate(c, link, current, written,
                     e.isCancelled ? tr("cancelled in Outlook") : tr("changed in Outlook")),
           c);
}

// ==== pass 3: new Outlook items, one meeting at a time

void CalendarPlanRules::createNewOutlookItems()
{
    for (const QString &uid : std::as_const(m_decided.newUids)) {
        const QList<PlanMember> members = m_decided.newByUid.value(uid);
        const QList<ItemLink> known = m_index.linksByUid.value(uid);
        if (known.isEmpty())
            createdInOutlook(uid, members);
        else
            anotherAttendeeCopy(uid, members, known.constFirst());
    }
}

// Another mailbox's copy of a meeting that is linked already joins the same communication.
void CalendarPlanRules::anotherAttendeeCopy(const QString &uid, const QList<PlanMember> &members,
                                            const ItemLink &known)
{
    SyncAction link = action(ActionKind::Link, members.constFirst().mailbox, known.crmCommId, ItemLink(),
                             tr("another attendee's copy of a synchronized meeting"));
    link.members = members;
    link.appointment = m_crmRecords.value(link.commId);
    link.inboxRows = m_decided.newRowsByUid.value(uid);
    m_plan.actions.append(std::move(link));
}

// A new Outlook meeting becomes one CRM appointment, read from the organizer's copy when a synchronized
// mailbox has it. Its owner is the organizer's CRM user (else the user whose calendar has it); every linked
// attendee and every mailbox holding a copy is linked to it.
void CalendarPlanRules::createdInOutlook(const QString &uid, const QList<PlanMember> &members)
{
    PlanMember source = members.constFirst();
    for (const PlanMember &m : members) {
        if (m.event.isOrganizer)
            source = m;
    }
    const exchange::ExchangeEvent &e = source.event;
    crm::CrmAppointment base;
    const SyncUser organizer = m_index.userByAddress.value(e.organizer.address.toLower());
    base.ownerUserId = !organizer.crmUserId.isEmpty() ? organizer.crmUserId : source.crmUserId;
    base.linkedUserIds.append(base.ownerUserId);
    QSet<QString> linked{base.ownerUserId}; // a meeting may have thousands of attendees: no linear search
    auto addUser = [&](const QString &crmUserId) {
        if (!crmUserId.isEmpty() && !linked.contains(crmUserId)) {
            linked.insert(crmUserId);
            base.linkedUserIds.append(crmUserId);
        }
    };
    for (const exchange::ExchangeAttendee &a : e.attendees)
        addUser(m_index.userByAddress.value(a.address.toLower()).crmUserId);
    for (const PlanMember &m : members)
        addUser(m.crmUserId);
    base.exchangeId = uid;
    SyncAction create =
        action(ActionKind::CrmCreate, source.mailbox, QString(), ItemLink(), tr("created in Outlook"));
    create.crmUserId = source.crmUserId;
    create.appointment = CalendarMapping::toCrm(e, base, m_in.mapping);
    if (e.isOrganizer)
        create.appointment.exchangeResponses = CalendarMapping::responsesText(e, m_directory);
    create.members = members;
    create.inboxRows = m_decided.newRowsByUid.value(uid);
    m_plan.actions.append(std::move(create));
}

// ==== pass 4: CRM → Exchange, each CRM change the Exchange → CRM rules left

void CalendarPlanRules::applyCrmChanges()
{
    for (auto it = m_index.crmChanged.cbegin(); it != m_index.crmChanged.cend(); ++it) {
        if (!m_decided.handled.contains(it->id))
            crmChange(*it);
    }
}

void CalendarPlanRules::crmChange(const crm::CrmAppointment &a)
{
    const QList<ItemLink> rows = m_index.linksByComm.value(a.id);
    if (a.deleted || CalendarMapping::isCancelledStatus(a.status))
        return deletedOrCancelledInCrm(a, rows);
    if (rows.isEmpty())
        return createdInCrm(a);
    QList<ItemLink> organizerRows;
    std::copy_if(rows.cbegin(), rows.cend(), std::back_inserter(organizerRows),
                 [](const ItemLink &l) { return l.isOrganizer; });
    if (organizerRows.isEmpty())
        return organizedElsewhere(a, rows);
    changedInCrm(a, organizerRows);
}

// Deleted or cancelled in the CRM: every organizer item is deleted (a meeting with a single organizer item
// and other participants is cancelled, which notifies the attendees); attendee copies lose their link.
void CalendarPlanRules::deletedOrCancelledInCrm(const crm::CrmAppointment &a, const QList<ItemLink> &rows)
{
    const bool cancelled = CalendarMapping::isCancelledStatus(a.status);
    const int organizerItems =
        int(std::count_if(rows.cbegin(), rows.cend(), [](const ItemLink &l) { return l.isOrganizer; }));
    const int participants = int(participantsOf(a).size());
    for (const ItemLink &l : rows) {
        if (!l.isOrganizer || m_decided.deletedItems.contains(itemKey(l.mailbox, l.exchangeItemId)))
            continue;
        SyncAction del = action(ActionKind::ExchangeDelete, l.mailbox, a.id, withFreshKey(l),
                                a.deleted ? tr("deleted in the CRM") : tr("cancelled in the CRM"));
        del.appointment = a;
        if (cancelled && organizerItems == 1 && participants > 1) {
            del.kind = ActionKind::ExchangeCancel;
            del.cancellations = participants - 1;
            del.reason = tr("cancelled in the CRM");
        }
        m_plan.actions.append(std::move(del));
    }
    for (const ItemLink &l : rows) {
        if (!l.isOrganizer)
            m_plan.actions.append(unlink(l.mailbox, l));
    }
}

// A new CRM appointment within the sync window that a linked user takes part in is made in Outlook: in the
// first participant's calendar, inviting the others. On the first synchronization the CRM's appointments
// pre-exist: each participant gets the appointment in their own calendar, and nobody an invitation.
void CalendarPlanRules::createdInCrm(const crm::CrmAppointment &a)
{
    const QList<SyncUser> participants = participantsOf(a);
    if (participants.isEmpty() || !inWindow(a.startUtc, a.endUtc))
        return; // nobody linked takes part, or outside the window
    if (!a.exchangeId.isEmpty())
        return cameFromExchange(a);
    if (m_in.firstRun) {
        for (const SyncUser &u : participants) {
            SyncAction create = exchangeCreate(a.id, a, u.mailbox, u.crmUserId, {});
            create.reason = tr("existing CRM appointment (first synchronization)");
            m_plan.actions.append(std::move(create));
        }
        return;
    }
    const SyncUser &organizer = participants.constFirst();
    SyncAction create = exchangeCreate(a.id, a, organizer.mailbox, organizer.crmUserId, participants.mid(1));
    create.reason = tr("created in the CRM");
    m_plan.actions.append(std::move(create));
}

// A CRM appointment that carries an Exchange id (Comm_ExchangeId) but no link came from Exchange: it is never
// mirrored back as a new item. Its Outlook item may be new in this run (pass 3 links it, searching before it
// creates); it may be our own CRM create, half written (stored, but its user links or its answer were lost),
// which is completed; otherwise a note says why it is not created in Outlook.
void CalendarPlanRules::cameFromExchange(const crm::CrmAppointment &a)
{
    if (m_decided.newByUid.contains(a.exchangeId))
        return;
    const auto open = m_in.openCrmCreates.constFind(a.exchangeId);
    if (open != m_in.openCrmCreates.cend() && !open->isEmpty()) {
        // the members as this run read them (the failed create's copy is older); the organizer's item deleted
        // or cancelled since: the meeting is gone from Outlook, and so goes the record the lost create stored
        QList<PlanMember> members;
        bool organizerGone = false;
        for (const PlanMember &m : *open) {
            PlanMember now = m;
            const auto changed = m_index.changeByItem.constFind(itemKey(m.mailbox, m.event.id));
            if (changed != m_index.changeByItem.cend()) {
                const ExchangeChange &c = m_in.exchangeChanges.at(*changed);
                if (c.removed || c.event.isCancelled) {
                    organizerGone = organizerGone || m.event.isOrganizer;
                    continue;
                }
                now.event = c.event;
            }
            members.append(now);
        }
        if (organizerGone || members.isEmpty()) {
            SyncAction remove = action(ActionKind::CrmDelete, open->constFirst().mailbox, a.id, ItemLink(),
                                       tr("the Outlook item it was created for is gone; the record a lost create "
                                          "stored is removed"));
            remove.crmUserId = open->constFirst().crmUserId;
            remove.appointment = a;
            remove.members = *open; // names the failed create it settles
            m_plan.actions.append(std::move(remove));
            return;
        }
        SyncAction complete =
            action(ActionKind::Link, members.constFirst().mailbox, a.id, ItemLink(),
                   tr("completes the CRM create of an Outlook item, whose answer was lost"));
        complete.crmUserId = members.constFirst().crmUserId;
        complete.members = members;
        complete.appointment = a;
        m_plan.actions.append(std::move(complete));
        return;
    }
    if (const auto linked = m_index.linksByUid.constFind(a.exchangeId); linked != m_index.linksByUid.cend()) {
        // a second record for a meeting that is linked already: most likely a create of ours repeated while
        // the first was still under way at the server. Copying it would double the meeting.
        m_plan.notes.append(tr("\"%1\": CRM communication %2 carries the Exchange id of communication %3's "
                               "meeting; it is not created in Outlook (delete it in the CRM if it is a "
                               "duplicate).")
                                .arg(a.subject, a.id, linked->constFirst().crmCommId));
        return;
    }
    m_plan.notes.append(tr("\"%1\": CRM communication %2 came from Exchange (Exchange id %3) but no "
                           "synchronized Outlook item has it; it is not created in Outlook again.")
                            .arg(a.subject, a.id, a.exchangeId));
}

// A meeting organized outside the synchronized mailboxes: CRM changes are not written to Exchange. Said only
// for a real CRM edit, not for our own write of it coming back.
void CalendarPlanRules::organizedElsewhere(const crm::CrmAppointment &a, const QList<ItemLink> &rows)
{
    const QString hash = crmHash(a);
    if (std::any_of(rows.cbegin(), rows.cend(), [&hash](const ItemLink &l) { return l.crmHash != hash; }))
        m_plan.notes.append(tr("\"%1\": organized outside the synchronized mailboxes; CRM changes are "
                               "not written to Exchange.")
                                .arg(a.subject));
}

// Changed in the CRM: written onto each organizer item (a single one also carries the attendee list, and the
// attendees get an update). A CRM-only change (e.g. Complete) changes nothing attendees see: nothing is sent,
// only the link records it.
void CalendarPlanRules::changedInCrm(const crm::CrmAppointment &a, const QList<ItemLink> &organizerRows)
{
    const QString hash = crmHash(a);
    const QList<SyncUser> participants = participantsOf(a);
    for (const ItemLink &row : organizerRows) {
        if (hash == row.crmHash)
            continue; // our own write coming back
        const QList<SyncUser> attendees =
            organizerRows.size() == 1 ? othersThan(participants, row.mailbox) : QList<SyncUser>();
        SyncAction up = action(ActionKind::ExchangeUpdate, row.mailbox, a.id, withFreshKey(row),
                               tr("changed in the CRM"));
        up.crmUserId = row.crmUserId;
        up.appointment = a;
        up.event = CalendarMapping::toExchange(a, attendees, m_in.mapping);
        up.invitations = int(attendees.size());
        if (exchangeHash(up.event) == row.exchangeHash) {
            up.kind = ActionKind::Link;
            up.invitations = 0;
            up.reason = tr("CRM-only change");
        }
        m_plan.actions.append(std::move(up));
    }
}

// ==== shared by the rules

QList<SyncUser> CalendarPlanRules::participantsOf(const crm::CrmAppointment &a) const
{
    QList<SyncUser> out;
    QSet<QString> seen; // a meeting may have thousands of participants: no linear search
    QStringList ids{a.ownerUserId};
    ids += a.linkedUserIds;
    for (const QString &id : std::as_const(ids)) {
        const auto it = m_index.userByCrmId.constFind(id);
        if (it != m_index.userByCrmId.cend() && !seen.contains(id)) {
            seen.insert(id);
            out.append(*it);
        }
    }
    return out;
}

bool CalendarPlanRules::hasOrganizerRow(const QString &commId) const
{
    const QList<ItemLink> rows = m_index.linksByComm.value(commId);
    return std::any_of(rows.cbegin(), rows.cend(), [](const ItemLink &l) { return l.isOrganizer; });
}

bool CalendarPlanRules::inWindow(const QDateTime &startUtc, const QDateTime &endUtc) const
{
    if (!startUtc.isValid())
        return false;
    const QDateTime end = endUtc.isValid() ? endUtc : startUtc;
    return end > m_in.windowStartUtc && startUtc < m_in.windowEndUtc;
}

QString CalendarPlanRules::exchangeHash(const exchange::ExchangeEvent &e) const
{
    return CalendarMapping::exchangeFingerprint(e, m_in.mapping);
}

QString CalendarPlanRules::crmHash(const crm::CrmAppointment &a) const
{
    return CalendarMapping::crmFingerprint(a, m_in.mapping);
}

// Attendee responses, as the CRM shows them; only the organizer's item has them.
QString CalendarPlanRules::responsesOf(const exchange::ExchangeEvent &e) const
{
    return e.isOrganizer ? CalendarMapping::responsesText(e, m_directory) : QString();
}

// A change key seen in this run's delta only changed what the CRM does not show (the Exchange → CRM rules
// weigh real edits), so a CRM write is guarded from that version on.
ItemLink CalendarPlanRules::withFreshKey(ItemLink link) const
{
    if (const QString fresh = m_decided.freshKeys.value(itemKey(link.mailbox, link.exchangeItemId));
        !fresh.isEmpty())
        link.changeKey = fresh;
    return link;
}

// Records a conflict between the two versions and gives the side the policy keeps.
Side CalendarPlanRules::conflict(const QString &commId, const QString &mailbox,
                                 const crm::CrmAppointment &crm, const exchange::ExchangeEvent &exchange)
{
    const Side kept = CalendarMapping::decideConflict(m_in.policy, crm.updatedUtc, exchange.lastModifiedUtc);
    m_plan.conflicts.append(ConflictRecord{commId, mailbox, crm, exchange, kept});
    return kept;
}

// An action on the communication of the linked item `c` is about, with that item (as read) as its member.
SyncAction CalendarPlanRules::memberAction(ActionKind kind, const ExchangeChange &c, const ItemLink &link,
                                           const crm::CrmAppointment &appointment,
                                           const QString &reason) const
{
    SyncAction a = action(kind, c.mailbox, link.crmCommId, link, reason);
    a.appointment = appointment;
    a.members = {PlanMember{c.mailbox, userOf(c.mailbox).crmUserId, c.event}};
    return a;
}

// A CRM write of the linked item `c` is about, on behalf of its mailbox's user: `current` (the record as read)
// brought to `appointment`, sending only the fields that differ.
SyncAction CalendarPlanRules::crmUpdate(const ExchangeChange &c, const ItemLink &link,
                                        const crm::CrmAppointment &current, const crm::CrmAppointment &appointment,
                                        const QString &reason) const
{
    SyncAction up = memberAction(ActionKind::CrmUpdate, c, link, appointment, reason);
    up.crmFields = crm::differingFields(current, appointment);
    up.crmUserId = up.members.constFirst().crmUserId;
    return up;
}

// The item for communication `commId` in `mailbox`, inviting `attendees`; `salt` tells apart a second item
// for the same communication and mailbox (CalendarPlanner::transactionIdFor).
SyncAction CalendarPlanRules::exchangeCreate(const QString &commId, const crm::CrmAppointment &a,
                                             const QString &mailbox, const QString &crmUserId,
                                             const QList<SyncUser> &attendees, const QString &salt) const
{
    SyncAction create = action(ActionKind::ExchangeCreate, mailbox, commId, ItemLink(), QString());
    create.crmUserId = crmUserId;
    create.appointment = a;
    create.event = CalendarMapping::toExchange(a, attendees, m_in.mapping);
    create.transactionId = CalendarPlanner::transactionIdFor(commId, mailbox, salt);
    create.invitations = int(attendees.size());
    return create;
}

void CalendarPlanRules::indexLink(const ItemLink &link)
{
    m_index.linkByItem.insert(itemKey(link.mailbox, link.exchangeItemId), link);
    m_index.linksByComm[link.crmCommId].append(link);
    if (!link.iCalUId.isEmpty())
        m_index.linksByUid[link.iCalUId].append(link);
}

// Every staged change ends in an action (its row cleared once the action is done) or in `settled` with the
// reason nothing is written; a change read from delta is never dropped silently.
void CalendarPlanRules::append(SyncAction action, const ExchangeChange &c)
{
    if (c.inboxRowId)
        action.inboxRows.append(c.inboxRowId);
    m_plan.actions.append(std::move(action));
}

void CalendarPlanRules::settle(const ExchangeChange &c, const QString &why)
{
    if (c.inboxRowId)
        m_plan.settled.insert(c.inboxRowId, why);
}

} // namespace cxsync::sync
