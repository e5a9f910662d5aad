#include "CalendarPlan.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>

namespace cxsync::sync {

namespace {

QJsonObject linkToJson(const ItemLink &l)
{
    return QJsonObject{{QStringLiteral("mailbox"), l.mailbox},
                       {QStringLiteral("item"), l.exchangeItemId},
                       {QStringLiteral("comm"), l.crmCommId},
                       {QStringLiteral("uid"), l.iCalUId},
                       {QStringLiteral("changeKey"), l.changeKey},
                       {QStringLiteral("exchangeHash"), l.exchangeHash},
                       {QStringLiteral("crmHash"), l.crmHash},
                       {QStringLiteral("organizer"), l.isOrganizer},
                       {QStringLiteral("start"), l.startUtc.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("user"), l.crmUserId},
                       {QStringLiteral("series"), l.seriesMasterId}};
}

ItemLink linkFromJson(const QJsonObject &o)
{
    ItemLink l;
    l.mailbox = o.value(QStringLiteral("mailbox")).toString();
    l.exchangeItemId = o.value(QStringLiteral("item")).toString();
    l.crmCommId = o.value(QStringLiteral("comm")).toString();
    l.iCalUId = o.value(QStringLiteral("uid")).toString();
    l.changeKey = o.value(QStringLiteral("changeKey")).toString();
    l.exchangeHash = o.value(QStringLiteral("exchangeHash")).toString();
    l.crmHash = o.value(QStringLiteral("crmHash")).toString();
    l.isOrganizer = o.value(QStringLiteral("organizer")).toBool(true);
    l.startUtc = QDateTime::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs);
    l.crmUserId = o.value(QStringLiteral("user")).toString();
    l.seriesMasterId = o.value(QStringLiteral("series")).toString();
    return l;
}

bool inWindow(const QDateTime &startUtc, const QDateTime &endUtc, const PlanInput &in)
{
    if (!startUtc.isValid())
        return false;
    const QDateTime end = endUtc.isValid() ? endUtc : startUtc;
    return end > in.windowStartUtc && startUtc < in.windowEndUtc;
}

} // namespace

QString SyncAction::kindName(ActionKind kind)
{
    switch (kind) {
    case ActionKind::ExchangeCreate:
        return QStringLiteral("exchange-create");
    case ActionKind::ExchangeUpdate:
        return QStringLiteral("exchange-update");
    case ActionKind::ExchangeDelete:
        return QStringLiteral("exchange-delete");
    case ActionKind::ExchangeCancel:
        return QStringLiteral("exchange-cancel");
    case ActionKind::CrmCreate:
        return QStringLiteral("crm-create");
    case ActionKind::CrmUpdate:
        return QStringLiteral("crm-update");
    case ActionKind::CrmDelete:
        return QStringLiteral("crm-delete");
    case ActionKind::Link:
        return QStringLiteral("link");
    case ActionKind::Unlink:
        return QStringLiteral("unlink");
    case ActionKind::Adopt:
        return QStringLiteral("adopt");
    }
    return {};
}

QJsonObject SyncAction::toJson() const
{
    QJsonArray memberArray;
    for (const PlanMember &m : members)
        memberArray.append(QJsonObject{{QStringLiteral("mailbox"), m.mailbox},
                                       {QStringLiteral("user"), m.crmUserId},
                                       {QStringLiteral("event"), SyncJournal::eventToJson(m.event)}});
    return QJsonObject{{QStringLiteral("kind"), kindName(kind)},
                       {QStringLiteral("mailbox"), mailbox},
                       {QStringLiteral("user"), crmUserId},
                       {QStringLiteral("comm"), commId},
                       {QStringLiteral("appointment"), SyncJournal::appointmentToJson(appointment)},
                       {QStringLiteral("event"), SyncJournal::eventToJson(event)},
                       {QStringLiteral("transactionId"), transactionId},
                       {QStringLiteral("link"), linkToJson(link)},
                       {QStringLiteral("members"), memberArray},
                       {QStringLiteral("invitations"), invitations},
                       {QStringLiteral("cancellations"), cancellations},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("series"), seriesId}};
}

SyncAction SyncAction::fromJson(const QJsonObject &o)
{
    SyncAction a;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    for (ActionKind k : {ActionKind::ExchangeCreate, ActionKind::ExchangeUpdate, ActionKind::ExchangeDelete,
                         ActionKind::ExchangeCancel, ActionKind::CrmCreate, ActionKind::CrmUpdate,
                         ActionKind::CrmDelete, ActionKind::Link, ActionKind::Unlink, ActionKind::Adopt}) {
        if (kindName(k) == kind)
            a.kind = k;
    }
    a.mailbox = o.value(QStringLiteral("mailbox")).toString();
    a.crmUserId = o.value(QStringLiteral("user")).toString();
    a.commId = o.value(QStringLiteral("comm")).toString();
    a.appointment = SyncJournal::appointmentFromJson(o.value(QStringLiteral("appointment")).toObject());
    a.event = SyncJournal::eventFromJson(o.value(QStringLiteral("event")).toObject());
    a.transactionId = o.value(QStringLiteral("transactionId")).toString();
    a.link = linkFromJson(o.value(QStringLiteral("link")).toObject());
    for (const QJsonValue &v : o.value(QStringLiteral("members")).toArray()) {
        const QJsonObject m = v.toObject();
        a.members.append(PlanMember{m.value(QStringLiteral("mailbox")).toString(),
                                    m.value(QStringLiteral("user")).toString(),
                                    SyncJournal::eventFromJson(m.value(QStringLiteral("event")).toObject())});
    }
    a.invitations = o.value(QStringLiteral("invitations")).toInt();
    a.cancellations = o.value(QStringLiteral("cancellations")).toInt();
    a.reason = o.value(QStringLiteral("reason")).toString();
    a.seriesId = o.value(QStringLiteral("series")).toString();
    return a;
}

int CalendarPlan::deletesIn(const QString &mailbox) const
{
    int n = 0;
    QSet<QString> series;
    for (const SyncAction &a : actions) {
        if (!a.isDelete() || a.mailbox != mailbox)
            continue;
        if (a.seriesId.isEmpty() || !series.contains(a.seriesId))
            ++n;
        if (!a.seriesId.isEmpty())
            series.insert(a.seriesId);
    }
    return n;
}

bool CalendarPlanner::exceedsDeleteShare(int deletes, int items, int percent)
{
    if (deletes <= 0)
        return false;
    return qint64(deletes) * 100 > qint64(percent) * qMax(items, 5);
}

QString CalendarPlanner::transactionIdFor(const QString &commId, const QString &mailbox, const QString &salt)
{
    QString key = commId + QLatin1Char('|') + mailbox.toLower();
    if (!salt.isEmpty())
        key += QLatin1Char('|') + salt;
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("cxsync-%1-%2").arg(commId, QString::fromLatin1(digest.toHex().left(16)));
}

QString CalendarPlanner::commIdOf(const QString &transactionId)
{
    static const QRegularExpression ours(QStringLiteral("^cxsync-(.+)-[0-9a-f]{16}$"));
    const QRegularExpressionMatch m = ours.match(transactionId);
    return m.hasMatch() ? m.captured(1) : QString();
}

CalendarPlan CalendarPlanner::build(const PlanInput &in)
{
    CalendarPlan plan;
    QHash<QString, SyncUser> byMailbox, byAddress, byCrmId;
    for (const SyncUser &u : in.users) {
        byMailbox.insert(u.mailbox, u);
        byCrmId.insert(u.crmUserId, u);
    }
    const QList<SyncUser> &directory = in.directory.isEmpty() ? in.users : in.directory;
    for (const SyncUser &u : directory)
        byAddress.insert(u.address.toLower(), u);
    QHash<QString, ItemLink> byKey;
    QHash<QString, QList<ItemLink>> byComm, byUid, bySeries;
    QSet<QString> seriesCounted;
    for (const ItemLink &l : in.links) {
        byKey.insert(l.mailbox + QLatin1Char('|') + l.exchangeItemId, l);
        byComm[l.crmCommId].append(l);
        if (!l.iCalUId.isEmpty())
            byUid[l.iCalUId].append(l);
        if (l.seriesMasterId.isEmpty()) {
            plan.itemsByMailbox[l.mailbox] += 1;
        } else {
            const QString seriesKey = l.mailbox + QLatin1Char('|') + l.seriesMasterId;
            bySeries[seriesKey].append(l);
            if (!seriesCounted.contains(seriesKey)) // a series is one item for the safety stop
                plan.itemsByMailbox[l.mailbox] += 1;
            seriesCounted.insert(seriesKey);
        }
    }
    auto hasOrganizerRow = [&](const QString &commId) {
        for (const ItemLink &l : byComm.value(commId)) {
            if (l.isOrganizer)
                return true;
        }
        return false;
    };
    QHash<QString, crm::CrmAppointment> crmChanged; // comm id → newest feed version
    for (const crm::CrmAppointment &a : in.crmChanges)
        crmChanged.insert(a.id, a);
    QSet<QString> handled;          // communications decided by the Exchange pass
    QSet<QString> deletedItems;     // mailbox|item the Exchange pass already deletes
    QHash<QString, QString> freshKeys; // mailbox|item → changeKey seen in this run's delta

    auto participantsOf = [&](const crm::CrmAppointment &a) {
        QList<SyncUser> out;
        QStringList ids{a.ownerUserId};
        ids += a.linkedUserIds;
        for (const QString &id : ids) {
            const auto it = byCrmId.constFind(id);
            if (it != byCrmId.cend() && !std::any_of(out.cbegin(), out.cend(), [&](const SyncUser &u) {
                    return u.crmUserId == id;
                }))
                out.append(*it);
        }
        return out;
    };

    // The records as this plan leaves them: an adoption below writes the Exchange id, which later writes of
    // the same record must not undo.
    QHash<QString, crm::CrmAppointment> crmRecords = in.crmRecords;

    // ---- our own creates whose answer was lost: an unlinked item carrying our transactionId
    // (CalendarPlanner::transactionIdFor) is the item created for that communication in that mailbox. It is
    // linked now as its create would have linked it, so neither pass takes it for a new Outlook item.
    for (const ExchangeChange &c : in.exchangeChanges) {
        const QString key = c.mailbox + QLatin1Char('|') + c.event.id;
        const QString commId = commIdOf(c.event.transactionId);
        if (c.removed || commId.isEmpty() || byKey.contains(key) ||
            !in.openExchangeCreates.contains(c.mailbox + QLatin1Char('|') + commId))
            continue; // an item of ours unlinked on purpose (a conflict kept Outlook's version) is not adopted
        const QList<ItemLink> known = byComm.value(commId);
        if (std::any_of(known.cbegin(), known.cend(), [&c](const ItemLink &l) { return l.mailbox == c.mailbox; })) {
            plan.notes.append(tr("\"%1\": a second item for CRM communication %2 in one mailbox; it is left alone.")
                                  .arg(c.event.subject, commId));
            continue;
        }
        const SyncUser user = byMailbox.value(c.mailbox);
        ItemLink link;
        link.mailbox = c.mailbox;
        link.exchangeItemId = c.event.id;
        link.crmCommId = commId;
        link.iCalUId = c.event.iCalUId;
        link.changeKey = c.event.changeKey;
        link.exchangeHash = CalendarMapping::exchangeFingerprint(c.event, in.mapping);
        link.isOrganizer = true;
        link.startUtc = c.event.startUtc;
        link.crmUserId = user.crmUserId;
        const auto record = crmRecords.constFind(commId);
        if (record == crmRecords.cend()) {
            if (!in.crmToExchange)
                continue;
            // made for a communication deleted since: the item goes as the delete would have taken it
            SyncAction del;
            del.kind = ActionKind::ExchangeDelete;
            del.mailbox = c.mailbox;
            del.commId = commId;
            del.link = link;
            del.reason = tr("our own create of a communication deleted since");
            deletedItems.insert(key);
            if (c.inboxRowId)
                del.inboxRows.append(c.inboxRowId);
            plan.actions.append(del);
            continue;
        }
        const crm::CrmAppointment adopted = *record;
        if (adopted.exchangeId.isEmpty())
            crmRecords[commId].exchangeId = c.event.iCalUId;
        link.crmHash = CalendarMapping::crmFingerprint(adopted, in.mapping);
        link.crmUpdatedUtc = adopted.updatedUtc;
        SyncAction adopt;
        adopt.kind = ActionKind::Adopt;
        adopt.mailbox = c.mailbox;
        adopt.crmUserId = user.crmUserId;
        adopt.commId = commId;
        adopt.appointment = adopted;
        adopt.link = link;
        adopt.members = {PlanMember{c.mailbox, user.crmUserId, c.event}};
        adopt.reason = tr("our own create, whose answer was lost");
        plan.actions.append(adopt);
        // from here on it is linked: the passes below treat it like any linked item
        byKey.insert(key, link);
        byComm[commId].append(link);
        if (!link.iCalUId.isEmpty())
            byUid[link.iCalUId].append(link);
        plan.itemsByMailbox[c.mailbox] += 1;
    }

    // ---- Exchange → CRM
    QList<QString> newUids;
    QHash<QString, QList<PlanMember>> newByUid;
    QHash<QString, QList<qint64>> newRowsByUid;
    // Every staged change ends in an action (its row cleared once the action is done) or in `settled` with
    // the reason nothing is written; a change read from delta is never dropped silently.
    auto settle = [&](const ExchangeChange &c, const QString &why) {
        if (c.inboxRowId)
            plan.settled.insert(c.inboxRowId, why);
    };
    auto append = [&](SyncAction a, const ExchangeChange &c) {
        if (c.inboxRowId)
            a.inboxRows.append(c.inboxRowId);
        plan.actions.append(a);
    };
    // Deleting a linked organizer item: the communication is deleted, and (the legacy rule: deleted in one
    // Outlook calendar, removed from every calendar) the other organizer copies too.
    auto deleteLinked = [&](const ExchangeChange &c, const ItemLink &link, const QString &seriesId) {
        const SyncUser user = byMailbox.value(c.mailbox);
        if (!link.isOrganizer) {
            SyncAction unlink;
            unlink.kind = ActionKind::Unlink;
            unlink.mailbox = c.mailbox;
            unlink.link = link;
            unlink.reason = tr("an attendee's copy was removed");
            return append(unlink, c);
        }
        if (handled.contains(link.crmCommId))
            return settle(c, tr("its communication is already being deleted"));
        handled.insert(link.crmCommId);
        // changed in the CRM since the last sync: the Outlook delete would lose that edit unseen, so it is a
        // conflict. When the delete happened is not known (Exchange does not say), so "last modified wins"
        // keeps the edit.
        const auto record = crmRecords.constFind(link.crmCommId);
        if (record != crmRecords.cend() && in.crmToExchange && !link.crmHash.isEmpty() &&
            CalendarMapping::crmFingerprint(*record, in.mapping) != link.crmHash) {
            exchange::ExchangeEvent deleted;
            deleted.id = link.exchangeItemId;
            deleted.iCalUId = link.iCalUId;
            deleted.subject = record->subject;
            deleted.startUtc = link.startUtc;
            ConflictRecord conflict{link.crmCommId, c.mailbox, *record, deleted,
                                    CalendarMapping::decideConflict(in.policy, record->updatedUtc, QDateTime())};
            plan.conflicts.append(conflict);
            if (conflict.kept == Side::Crm) {
                SyncAction forget;
                forget.kind = ActionKind::Unlink;
                forget.mailbox = c.mailbox;
                forget.link = link;
                forget.reason = tr("deleted in Outlook, but changed in the CRM since: the CRM version is kept");
                plan.actions.append(forget);
                QList<SyncUser> attendees;
                for (const SyncUser &u : participantsOf(*record)) {
                    if (u.mailbox != c.mailbox)
                        attendees.append(u);
                }
                SyncAction again;
                again.kind = ActionKind::ExchangeCreate;
                again.mailbox = c.mailbox;
                again.crmUserId = user.crmUserId;
                again.commId = link.crmCommId;
                again.appointment = *record;
                again.event = CalendarMapping::toExchange(*record, attendees, in.mapping);
                // a key of its own: the deleted item was made with the first one
                again.transactionId = transactionIdFor(link.crmCommId, c.mailbox, link.exchangeItemId);
                again.invitations = int(attendees.size());
                again.reason = tr("deleted in Outlook, but changed in the CRM since: made again");
                return append(again, c);
            }
        }
        SyncAction del;
        del.kind = ActionKind::CrmDelete;
        del.mailbox = c.mailbox;
        del.crmUserId = user.crmUserId;
        del.commId = link.crmCommId;
        del.link = link;
        del.seriesId = seriesId;
        del.reason = seriesId.isEmpty() ? tr("deleted in Outlook") : tr("its series was deleted in Outlook");
        append(del, c);
        for (const ItemLink &other : byComm.value(link.crmCommId)) {
            if (other.rowId == link.rowId || !other.isOrganizer)
                continue;
            SyncAction ex;
            ex.kind = ActionKind::ExchangeDelete;
            ex.mailbox = other.mailbox;
            ex.commId = link.crmCommId;
            ex.link = other;
            ex.seriesId = seriesId;
            ex.reason = tr("deleted in another Outlook calendar");
            append(ex, c);
        }
    };
    if (in.exchangeToCrm) {
        for (const ExchangeChange &c : in.exchangeChanges) {
            const QString key = c.mailbox + QLatin1Char('|') + c.event.id;
            if (deletedItems.contains(key))
                continue; // our own create of a deleted communication: its delete carries the change
            const auto linkIt = byKey.constFind(key);
            const SyncUser user = byMailbox.value(c.mailbox);
            if (c.removed) {
                if (linkIt != byKey.cend()) {
                    deleteLinked(c, *linkIt, QString());
                    continue;
                }
                // a removed series master: its occurrences are linked one by one, with the master's id
                const QList<ItemLink> occurrences = bySeries.value(key);
                if (occurrences.isEmpty()) {
                    settle(c, tr("removed, never synchronized (or our own delete coming back)"));
                    continue;
                }
                for (const ItemLink &occurrence : occurrences)
                    deleteLinked(c, occurrence, c.event.id);
                continue;
            }
            const exchange::ExchangeEvent &e = c.event;
            if (e.type == QLatin1String("seriesMaster")) {
                settle(c, tr("a series master: its occurrences are synchronized one by one"));
                continue;
            }
            if (linkIt == byKey.cend()) {
                if (e.isCancelled) {
                    settle(c, tr("cancelled before it was synchronized"));
                    continue;
                }
                if (!inWindow(e.startUtc, e.endUtc, in)) {
                    settle(c, tr("outside the sync window"));
                    continue;
                }
                if (!newByUid.contains(e.iCalUId))
                    newUids.append(e.iCalUId);
                newByUid[e.iCalUId].append(PlanMember{c.mailbox, user.crmUserId, e});
                if (c.inboxRowId)
                    newRowsByUid[e.iCalUId].append(c.inboxRowId);
                continue;
            }
            const ItemLink &link = *linkIt;
            freshKeys.insert(key, e.changeKey);
            if (!link.isOrganizer && hasOrganizerRow(link.crmCommId)) {
                if (e.isCancelled) {
                    SyncAction unlink;
                    unlink.kind = ActionKind::Unlink;
                    unlink.mailbox = c.mailbox;
                    unlink.link = link;
                    unlink.reason = tr("the meeting was cancelled by its organizer");
                    append(unlink, c);
                } else {
                    settle(c, tr("an attendee's copy: Exchange keeps it in step with the organizer's item"));
                }
                continue;
            }
            const auto current = crmRecords.constFind(link.crmCommId);
            if (current == crmRecords.cend() && link.isOrganizer && in.crmToExchange &&
                !link.exchangeHash.isEmpty() &&
                CalendarMapping::exchangeFingerprint(e, in.mapping) != link.exchangeHash) {
                // deleted in the CRM, changed in Outlook since the last sync: the conflict policy decides
                const auto fed = crmChanged.constFind(link.crmCommId);
                crm::CrmAppointment gone = fed != crmChanged.cend() ? *fed : crm::CrmAppointment();
                gone.id = link.crmCommId;
                ConflictRecord conflict{link.crmCommId, c.mailbox, gone, e,
                                        CalendarMapping::decideConflict(in.policy, gone.updatedUtc,
                                                                        e.lastModifiedUtc)};
                plan.conflicts.append(conflict);
                if (conflict.kept == Side::Exchange) {
                    // the Outlook version returns to the CRM as a communication of its own
                    handled.insert(link.crmCommId);
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
                    back.appointment = CalendarMapping::toCrm(e, base, in.mapping);
                    back.members = {PlanMember{c.mailbox, user.crmUserId, e}};
                    back.reason = tr("deleted in the CRM, changed in Outlook: the Outlook version is kept");
                    deletedItems.insert(key); // the CRM pass leaves it alone
                    append(back, c);
                    // the rest of the deleted communication goes as its delete would have taken it
                    for (const ItemLink &other : byComm.value(link.crmCommId)) {
                        const QString otherKey = other.mailbox + QLatin1Char('|') + other.exchangeItemId;
                        if (otherKey == key || deletedItems.contains(otherKey))
                            continue;
                        SyncAction rest;
                        rest.kind = other.isOrganizer ? ActionKind::ExchangeDelete : ActionKind::Unlink;
                        rest.mailbox = other.mailbox;
                        rest.commId = link.crmCommId;
                        rest.link = other;
                        rest.appointment = gone;
                        rest.reason = other.isOrganizer ? tr("deleted in the CRM")
                                                        : tr("its CRM communication was deleted");
                        deletedItems.insert(otherKey);
                        plan.actions.append(rest);
                    }
                    continue;
                }
            }
            if (current == crmRecords.cend() && link.isOrganizer && in.crmToExchange) {
                // Deleted in the CRM: the organizer's item goes too, as the CRM pass would do with the feed's
                // delete. Only dropping the link left the item behind whenever the delete was not in this
                // run's feed (a run killed between this unlink and the delete re-reads the feed, finds no
                // link and deletes nothing); the orphaned item then came back as a new communication.
                plan.notes.append(tr("%1: CRM communication %2 is gone; the item is deleted.")
                                      .arg(e.subject, link.crmCommId));
                SyncAction del;
                del.kind = ActionKind::ExchangeDelete;
                del.mailbox = c.mailbox;
                del.commId = link.crmCommId;
                del.link = link;
                // the version just read was weighed: the delete is guarded against later edits only
                del.link.changeKey = e.changeKey;
                del.link.exchangeHash = CalendarMapping::exchangeFingerprint(e, in.mapping);
                del.reason = tr("deleted in the CRM");
                deletedItems.insert(key);
                append(del, c);
                continue;
            }
            if (current == crmRecords.cend() && link.isOrganizer)
                continue; // deleted in the CRM while CRM→Exchange is off: held (staged) until it is on again
            if (current == crmRecords.cend()) {
                plan.notes.append(tr("%1: CRM communication %2 is gone; the link is dropped.")
                                      .arg(e.subject, link.crmCommId));
                SyncAction unlink;
                unlink.kind = ActionKind::Unlink;
                unlink.mailbox = c.mailbox;
                unlink.link = link;
                unlink.reason = tr("its CRM communication is gone");
                append(unlink, c);
                continue;
            }
            const QString exHash = CalendarMapping::exchangeFingerprint(e, in.mapping);
            const QString responses = e.isOrganizer ? CalendarMapping::responsesText(e, directory) : QString();
            if (exHash == link.exchangeHash) {
                // our own write coming back, or a change that does not reach the CRM (e.g. a response)
                if (!responses.isEmpty() && responses != current->exchangeResponses) {
                    SyncAction up;
                    up.kind = ActionKind::CrmUpdate;
                    up.mailbox = c.mailbox;
                    up.crmUserId = user.crmUserId;
                    up.commId = link.crmCommId;
                    up.appointment = *current;
                    up.appointment.exchangeResponses = responses;
                    up.link = link;
                    up.members = {PlanMember{c.mailbox, user.crmUserId, e}};
                    up.reason = tr("attendee responses");
                    append(up, c);
                    handled.insert(link.crmCommId);
                } else if (e.changeKey != link.changeKey) {
                    SyncAction keep;
                    keep.kind = ActionKind::Link;
                    keep.mailbox = c.mailbox;
                    keep.commId = link.crmCommId;
                    keep.link = link;
                    keep.appointment = *current;
                    keep.members = {PlanMember{c.mailbox, user.crmUserId, e}};
                    keep.reason = tr("echo of our own write");
                    append(keep, c);
                } else {
                    settle(c, tr("nothing the CRM shows has changed"));
                }
                continue;
            }
            const auto crmIt = crmChanged.constFind(link.crmCommId);
            if (crmIt != crmChanged.cend() &&
                CalendarMapping::crmFingerprint(*crmIt, in.mapping) != link.crmHash) {
                ConflictRecord conflict{link.crmCommId, c.mailbox, *crmIt, e,
                                        CalendarMapping::decideConflict(in.policy, crmIt->updatedUtc,
                                                                        e.lastModifiedUtc)};
                plan.conflicts.append(conflict);
                if (conflict.kept == Side::Crm) {
                    // the CRM pass writes the CRM version over this one (fresh change key); both are logged
                    settle(c, tr("conflict: the CRM version is kept"));
                    continue;
                }
            }
            handled.insert(link.crmCommId);
            SyncAction up;
            up.kind = ActionKind::CrmUpdate;
            up.mailbox = c.mailbox;
            up.crmUserId = user.crmUserId;
            up.commId = link.crmCommId;
            up.appointment = CalendarMapping::toCrm(e, *current, in.mapping);
            if (!responses.isEmpty())
                up.appointment.exchangeResponses = responses;
            up.link = link;
            up.members = {PlanMember{c.mailbox, user.crmUserId, e}};
            up.reason = e.isCancelled ? tr("cancelled in Outlook") : tr("changed in Outlook");
            append(up, c);
        }
        for (const QString &uid : newUids) {
            const QList<PlanMember> members = newByUid.value(uid);
            const QList<ItemLink> known = byUid.value(uid);
            if (!known.isEmpty()) {
                // another mailbox's copy of a meeting already linked: the same communication
                SyncAction link;
                link.kind = ActionKind::Link;
                link.commId = known.first().crmCommId;
                link.mailbox = members.first().mailbox;
                link.members = members;
                link.appointment = crmRecords.value(link.commId);
                link.reason = tr("another attendee's copy of a synchronized meeting");
                link.inboxRows = newRowsByUid.value(uid);
                plan.actions.append(link);
                continue;
            }
            PlanMember source = members.first();
            for (const PlanMember &m : members) {
                if (m.event.isOrganizer)
                    source = m;
            }
            const exchange::ExchangeEvent &e = source.event;
            crm::CrmAppointment base;
            const SyncUser organizer = byAddress.value(e.organizer.address.toLower());
            base.ownerUserId = !organizer.crmUserId.isEmpty() ? organizer.crmUserId : source.crmUserId;
            base.linkedUserIds.append(base.ownerUserId);
            auto addUser = [&](const QString &crmUserId) {
                if (!crmUserId.isEmpty() && !base.linkedUserIds.contains(crmUserId))
                    base.linkedUserIds.append(crmUserId);
            };
            for (const exchange::ExchangeAttendee &a : e.attendees)
                addUser(byAddress.value(a.address.toLower()).crmUserId);
            for (const PlanMember &m : members)
                addUser(m.crmUserId);
            base.exchangeId = uid;
            crm::CrmAppointment created = CalendarMapping::toCrm(e, base, in.mapping);
            if (e.isOrganizer)
                created.exchangeResponses = CalendarMapping::responsesText(e, directory);
            SyncAction create;
            create.kind = ActionKind::CrmCreate;
            create.mailbox = source.mailbox;
            create.crmUserId = source.crmUserId;
            create.appointment = created;
            create.members = members;
            create.reason = tr("created in Outlook");
            create.inboxRows = newRowsByUid.value(uid);
            plan.actions.append(create);
        }
    }

    // A CRM record that carries an Exchange id (Comm_ExchangeId) but no link came from Exchange: it is never
    // mirrored back as a new item. Gives whether it is a new appointment after all (a copy made in the CRM of
    // another communication's meeting carries that meeting's id).
    QSet<QString> newUidSet(newUids.cbegin(), newUids.cend());
    auto knownToExchange = [&](const crm::CrmAppointment &a) {
        if (newUidSet.contains(a.exchangeId))
            return false; // its Outlook item is new in this run: the Exchange pass links it (search before create)
        const auto open = in.openCrmCreates.constFind(a.exchangeId);
        if (open != in.openCrmCreates.cend() && !open->isEmpty()) {
            // our own create, half written (stored, but its user links or its answer were lost): completed
            SyncAction complete;
            complete.kind = ActionKind::Link;
            complete.commId = a.id;
            complete.mailbox = open->constFirst().mailbox;
            complete.crmUserId = open->constFirst().crmUserId;
            complete.members = *open;
            complete.appointment = a;
            complete.reason = tr("completes the CRM create of an Outlook item, whose answer was lost");
            plan.actions.append(complete);
            return false;
        }
        if (byUid.contains(a.exchangeId)) {
            // a second record for a meeting that is linked already: most likely a create of ours repeated
            // while the first was still under way at the server. Copying it would double the meeting.
            plan.notes.append(tr("\"%1\": CRM communication %2 carries the Exchange id of communication %3's "
                                 "meeting; it is not created in Outlook (delete it in the CRM if it is a "
                                 "duplicate).")
                                  .arg(a.subject, a.id, byUid.value(a.exchangeId).constFirst().crmCommId));
            return false;
        }
        plan.notes.append(tr("\"%1\": CRM communication %2 came from Exchange (Exchange id %3) but no "
                             "synchronized Outlook item has it; it is not created in Outlook again.")
                              .arg(a.subject, a.id, a.exchangeId));
        return false;
    };

    // ---- CRM → Exchange
    if (in.crmToExchange) {
        for (auto it = crmChanged.cbegin(); it != crmChanged.cend(); ++it) {
            const crm::CrmAppointment &a = it.value();
            if (handled.contains(a.id))
                continue;
            const QList<ItemLink> rows = byComm.value(a.id);
            QList<ItemLink> organizerRows;
            for (const ItemLink &l : rows) {
                if (l.isOrganizer)
                    organizerRows.append(l);
            }
            const QList<SyncUser> participants = participantsOf(a);
            const bool cancelled = CalendarMapping::isCancelledStatus(a.status);
            if (a.deleted || cancelled) {
                for (const ItemLink &l : organizerRows) {
                    const QString itemKey = l.mailbox + QLatin1Char('|') + l.exchangeItemId;
                    if (deletedItems.contains(itemKey))
                        continue;
                    SyncAction del;
                    del.mailbox = l.mailbox;
                    del.commId = a.id;
                    del.link = l;
                    // a change key seen in this run's delta only changed what the CRM does not show (the
                    // Exchange pass weighs real edits), so the delete is guarded from that version on
                    if (const QString fresh = freshKeys.value(itemKey); !fresh.isEmpty())
                        del.link.changeKey = fresh;
                    del.appointment = a;
                    if (cancelled && organizerRows.size() == 1 && participants.size() > 1) {
                        del.kind = ActionKind::ExchangeCancel;
                        del.cancellations = int(participants.size()) - 1;
                        del.reason = tr("cancelled in the CRM");
                    } else {
                        del.kind = ActionKind::ExchangeDelete;
                        del.reason = a.deleted ? tr("deleted in the CRM") : tr("cancelled in the CRM");
                    }
                    plan.actions.append(del);
                }
                for (const ItemLink &l : rows) {
                    if (!l.isOrganizer) {
                        SyncAction unlink;
                        unlink.kind = ActionKind::Unlink;
                        unlink.mailbox = l.mailbox;
                        unlink.link = l;
                        plan.actions.append(unlink);
                    }
                }
                continue;
            }
            if (rows.isEmpty()) {
                if (participants.isEmpty())
                    continue; // nobody linked takes part
                if (!inWindow(a.startUtc, a.endUtc, in))
                    continue;
                if (!a.exchangeId.isEmpty() && !knownToExchange(a))
                    continue;
                if (in.firstRun) {
                    // pre-existing items: each participant gets the appointment in their own calendar,
                    // nobody receives an invitation
                    for (const SyncUser &u : participants) {
                        SyncAction create;
                        create.kind = ActionKind::ExchangeCreate;
                        create.mailbox = u.mailbox;
                        create.crmUserId = u.crmUserId;
                        create.commId = a.id;
                        create.appointment = a;
                        create.event = CalendarMapping::toExchange(a, {}, in.mapping);
                        create.transactionId = transactionIdFor(a.id, u.mailbox);
                        create.reason = tr("existing CRM appointment (first synchronization)");
                        plan.actions.append(create);
                    }
                    continue;
                }
                const SyncUser organizer = participants.first();
                SyncAction create;
                create.kind = ActionKind::ExchangeCreate;
                create.mailbox = organizer.mailbox;
                create.crmUserId = organizer.crmUserId;
                create.commId = a.id;
                create.appointment = a;
                create.event = CalendarMapping::toExchange(a, participants.mid(1), in.mapping);
                create.transactionId = transactionIdFor(a.id, organizer.mailbox);
                create.invitations = int(participants.size()) - 1;
                create.reason = tr("created in the CRM");
                plan.actions.append(create);
                continue;
            }
            const QString crmHash = CalendarMapping::crmFingerprint(a, in.mapping);
            if (organizerRows.isEmpty()) {
                // said only for a real CRM edit, not for our own write of it coming back
                const bool edited = std::any_of(rows.cbegin(), rows.cend(),
                                                [&crmHash](const ItemLink &l) { return l.crmHash != crmHash; });
                if (edited)
                    plan.notes.append(tr("\"%1\": organized outside the synchronized mailboxes; CRM changes are "
                                         "not written to Exchange.")
                                          .arg(a.subject));
                continue;
            }
            for (ItemLink l : organizerRows) {
                if (crmHash == l.crmHash)
                    continue; // our own write coming back
                const QString fresh = freshKeys.value(l.mailbox + QLatin1Char('|') + l.exchangeItemId);
                if (!fresh.isEmpty())
                    l.changeKey = fresh;
                QList<SyncUser> attendees;
                if (organizerRows.size() == 1) {
                    for (const SyncUser &u : participants) {
                        if (u.mailbox != l.mailbox)
                            attendees.append(u);
                    }
                }
                SyncAction up;
                up.mailbox = l.mailbox;
                up.crmUserId = l.crmUserId;
                up.commId = a.id;
                up.appointment = a;
                up.link = l;
                up.event = CalendarMapping::toExchange(a, attendees, in.mapping);
                if (CalendarMapping::exchangeFingerprint(up.event, in.mapping) == l.exchangeHash) {
                    // e.g. Complete: nothing attendees see changes, so nothing is sent (no alert)
                    up.kind = ActionKind::Link;
                    up.reason = tr("CRM-only change");
                } else {
                    up.kind = ActionKind::ExchangeUpdate;
                    up.invitations = int(attendees.size());
                    up.reason = tr("changed in the CRM");
                }
                plan.actions.append(up);
            }
        }
    }
    return plan;
}

} // namespace cxsync::sync
