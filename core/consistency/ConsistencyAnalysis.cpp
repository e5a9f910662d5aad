#include "ConsistencyAnalysis.h"

#include "sync/CalendarPlan.h"

#include <algorithm>

namespace cxsync::consistency {

using sync::CalendarMapping;
using sync::ItemLink;
using sync::SyncUser;

namespace {

QString itemKey(const QString &mailbox, const QString &id)
{
    return mailbox + QLatin1Char('|') + id;
}

QString twinKey(const QString &subject, const QDateTime &startUtc)
{
    return subject.simplified().toCaseFolded() + QLatin1Char('|') +
           QString::number(startUtc.toSecsSinceEpoch());
}

class Analysis {
    // one translation context with the public class
    Q_DECLARE_TR_FUNCTIONS(cxsync::consistency::ConsistencyAnalysis)
public:
    explicit Analysis(const CheckInput &in) : m_in(in)
    {
        const QList<SyncUser> &directory = in.directory.isEmpty() ? in.users : in.directory;
        for (const SyncUser &u : in.users)
            m_checked.insert(u.mailbox, u);
        for (const SyncUser &u : directory)
            m_byCrmId.insert(u.crmUserId, u);
        for (const ItemLink &l : in.links) {
            m_linkByItem.insert(itemKey(l.mailbox, l.exchangeItemId), l);
            m_linksByComm[l.crmCommId].append(l);
        }
        for (auto it = in.events.cbegin(); it != in.events.cend(); ++it) {
            for (const exchange::ExchangeEvent &e : it.value())
                m_eventByKey.insert(itemKey(it.key(), e.id), &e);
        }
    }

    QList<Finding> run()
    {
        linkedItems();
        crmDuplicates();
        exchangeDuplicates();
        twins();
        safetyShare();
        std::stable_sort(m_out.begin(), m_out.end(), [](const Finding &a, const Finding &b) {
            if (a.kind != b.kind)
                return int(a.kind) < int(b.kind);
            if (a.address != b.address)
                return a.address < b.address;
            return a.startUtc < b.startUtc;
        });
        return m_out;
    }

private:
    Finding about(FindingKind kind, const QString &mailbox) const
    {
        Finding f;
        f.kind = kind;
        f.mailbox = mailbox;
        const SyncUser u = m_checked.value(mailbox);
        f.address = u.address;
        f.crmUserId = u.crmUserId;
        return f;
    }
    bool inWindow(const QDateTime &startUtc, const QDateTime &endUtc) const
    {
        if (!startUtc.isValid())
            return false;
        const QDateTime end = endUtc.isValid() ? endUtc : startUtc;
        return end > m_in.windowStartUtc && startUtc < m_in.windowEndUtc;
    }
    bool hasOrganizerRow(const QString &commId) const
    {
        const QList<ItemLink> rows = m_linksByComm.value(commId);
        return std::any_of(rows.cbegin(), rows.cend(), [](const ItemLink &l) { return l.isOrganizer; });
    }
    QStringList participantMailboxes(const crm::CrmAppointment &a) const
    {
        QStringList out;
        for (const QString &id : QStringList{a.ownerUserId} + a.linkedUserIds) {
            const auto u = m_byCrmId.constFind(id);
            if (u != m_byCrmId.cend() && !out.contains(u->mailbox))
                out.append(u->mailbox);
        }
        return out;
    }
    const crm::CrmAppointment *record(const QString &commId) const
    {
        const auto it = m_in.records.constFind(commId);
        return it == m_in.records.cend() ? nullptr : &*it;
    }
    QString crmHash(const crm::CrmAppointment &a) const
    {
        return CalendarMapping::crmFingerprint(a, m_in.mapping);
    }

    // ---- links of the checked mailboxes: orphans, then drift between the two linked items
    void linkedItems()
    {
        for (const ItemLink &l : m_in.links) {
            if (!m_checked.contains(l.mailbox))
                continue;
            const QString key = itemKey(l.mailbox, l.exchangeItemId);
            const crm::CrmAppointment *r = record(l.crmCommId);
            const bool itemGone = m_in.missingItems.contains(key);
            const bool commGone =
                m_in.crmRead && (m_in.missingComms.contains(l.crmCommId) || (r && r->deleted));
            const exchange::ExchangeEvent *e = m_eventByKey.value(key);
            if (itemGone || commGone) {
                Finding f = about(FindingKind::Orphan, l.mailbox);
                f.side = itemGone && commGone ? QStringLiteral("both")
                         : itemGone           ? QStringLiteral("exchange")
                                              : QStringLiteral("crm");
                f.commId = l.crmCommId;
                f.exchangeItemId = l.exchangeItemId;
                f.subject = r ? r->subject : (e ? e->subject : QString());
                f.startUtc = l.startUtc;
                f.link = l;
                f.detail =
                    itemGone && commGone
                        ? tr("the link joins an Outlook item and CRM communication %1 that are both gone")
                              .arg(l.crmCommId)
                    : itemGone
                        ? tr("linked to CRM communication %1, but the Outlook item is gone").arg(l.crmCommId)
                        : tr("the Outlook item is linked to CRM communication %1, which is gone")
                              .arg(l.crmCommId);
                f.repair = RepairAction::DropLink;
                f.repairNote = tr("drop the link; the next sync acts on what is left by its rules");
                m_out.append(f);
                continue;
            }
            if (e && r && m_in.crmRead)
                drift(l, *e, *r);
        }
    }

    void drift(const ItemLink &l, const exchange::ExchangeEvent &e, const crm::CrmAppointment &r)
    {
        // an attendee's copy follows the organizer's item (Exchange keeps it in step); a series master's
        // occurrences are linked one by one
        if ((!l.isOrganizer && hasOrganizerRow(l.crmCommId)) || e.type == QLatin1String("seriesMaster"))
            return;
        const crm::CrmAppointment mapped = CalendarMapping::toCrm(e, r, m_in.mapping);
        if (crmHash(mapped) == crmHash(r))
            return;
        const crm::CrmFields differ =
            crm::differingFields(r, mapped) &
            ~(crm::CrmFields(crm::CrmField::ExchangeId) | crm::CrmField::ExchangeResponses);
        Finding f = about(FindingKind::FieldDrift, l.mailbox);
        f.commId = l.crmCommId;
        f.exchangeItemId = l.exchangeItemId;
        f.subject = r.subject.isEmpty() ? e.subject : r.subject;
        f.startUtc = e.startUtc;
        f.link = l;
        f.event = e;
        f.appointment = r;
        f.detail = tr("the Outlook item and CRM communication %1 differ in: %2")
                       .arg(l.crmCommId, crm::crmFieldNames(differ).join(QLatin1String(", ")));
        const bool outlookChanged = CalendarMapping::exchangeFingerprint(e, m_in.mapping) != l.exchangeHash;
        const bool crmChanged = crmHash(r) != l.crmHash;
        sync::Side kept;
        QString why;
        if (!l.isOrganizer) {
            kept = sync::Side::Exchange;
            why = tr("a meeting organized outside the synchronized mailboxes: Outlook's version is kept");
        } else if (outlookChanged && !crmChanged) {
            kept = sync::Side::Exchange;
            why = tr("changed in Outlook since the last sync");
        } else if (crmChanged && !outlookChanged) {
            kept = sync::Side::Crm;
            why = tr("changed in the CRM since the last sync");
        } else {
            kept = CalendarMapping::decideConflict(m_in.policy, r.updatedUtc, e.lastModifiedUtc);
            why = tr("the conflict policy (%1) keeps the %2 version")
                      .arg(CalendarMapping::policyName(m_in.policy),
                           kept == sync::Side::Crm ? tr("CRM") : tr("Outlook"));
        }
        if (kept == sync::Side::Exchange) {
            f.side = QStringLiteral("exchange");
            if (!m_in.exchangeToCrm) {
                f.repairNote = tr("left alone: Exchange -> CRM is switched off (%1)").arg(why);
            } else {
                f.repair = RepairAction::PushToCrm;
                f.repairNote = tr("write the Outlook version to the CRM (%1)").arg(why);
            }
        } else {
            f.side = QStringLiteral("crm");
            const int notified = ConsistencyAnalysis::attendeesNotified(e);
            if (!m_in.crmToExchange) {
                f.repairNote = tr("left alone: CRM -> Exchange is switched off (%1)").arg(why);
            } else if (notified > 0) {
                f.repairNote = tr("left for the admin: writing the CRM version to Outlook would notify %n "
                                  "attendee(s) (%1)",
                                  nullptr, notified)
                                   .arg(why);
            } else {
                f.repair = RepairAction::PushToExchange;
                f.repairNote = tr("write the CRM version to Outlook (%1)").arg(why);
            }
        }
        m_out.append(f);
    }

    // ---- two live CRM records carrying one meeting's Exchange id
    void crmDuplicates()
    {
        if (!m_in.crmRead)
            return;
        QHash<QString, QList<const crm::CrmAppointment *>> byUid;
        QStringList uids;
        for (const crm::CrmAppointment &a : m_in.records) {
            if (a.deleted || a.exchangeId.isEmpty() || !crm::isAppointmentType(a.type))
                continue;
            if (!byUid.contains(a.exchangeId))
                uids.append(a.exchangeId);
            byUid[a.exchangeId].append(&a);
        }
        for (const QString &uid : std::as_const(uids)) {
            QList<const crm::CrmAppointment *> group = byUid.value(uid);
            if (group.size() < 2)
                continue;
            std::sort(group.begin(), group.end(),
                      [](const crm::CrmAppointment *a, const crm::CrmAppointment *b) {
                          return a->id.toLongLong() < b->id.toLongLong();
                      });
            QList<const crm::CrmAppointment *> linked;
            QString mailbox; // where the meeting is linked in a checked mailbox (the organizer's first)
            bool relevant = false;
            for (const crm::CrmAppointment *a : std::as_const(group)) {
                const QList<ItemLink> rows = m_linksByComm.value(a->id);
                if (!rows.isEmpty())
                    linked.append(a);
                for (const ItemLink &l : rows) {
                    if (m_checked.contains(l.mailbox) && (mailbox.isEmpty() || l.isOrganizer))
                        mailbox = l.mailbox;
                }
                for (const QString &m : participantMailboxes(*a)) {
                    relevant = relevant || m_checked.contains(m);
                    if (mailbox.isEmpty() && m_checked.contains(m))
                        mailbox = m;
                }
            }
            if (!relevant && mailbox.isEmpty())
                continue;
            for (const crm::CrmAppointment *a : std::as_const(group)) {
                const bool isLinked = linked.contains(a);
                if (isLinked && linked.size() == 1)
                    continue; // the one that keeps the meeting
                if (isLinked && a == linked.constFirst())
                    continue;
                Finding f = about(FindingKind::Duplicate, mailbox);
                f.side = QStringLiteral("crm");
                f.commId = a->id;
                f.subject = a->subject;
                f.startUtc = a->startUtc;
                f.appointment = *a;
                m_crmDuplicates.insert(a->id);
                if (linked.size() == 1) {
                    f.detail =
                        tr("CRM communication %1 is a second record of the meeting (Exchange id %2) that "
                           "communication %3 is linked to")
                            .arg(a->id, uid, linked.constFirst()->id);
                    f.repair = RepairAction::DeleteCrm;
                    f.repairNote =
                        tr("delete it: the sync made it (it carries the meeting's Exchange id) and "
                           "communication %1 keeps the meeting")
                            .arg(linked.constFirst()->id);
                } else if (linked.isEmpty()) {
                    f.detail = tr("%n CRM communications carry the Exchange id %1 and none is linked",
                                  nullptr, int(group.size()))
                                   .arg(uid);
                    f.repairNote =
                        tr("left for the admin: none of them is linked, so which one keeps the meeting "
                           "is not known");
                } else {
                    f.detail = tr("%n CRM communications carry the Exchange id %1 and are linked", nullptr,
                                  int(linked.size()))
                                   .arg(uid);
                    f.repairNote = tr("left for the admin: several of them are linked");
                }
                m_out.append(f);
            }
        }
    }

    // ---- two Outlook items in one mailbox for one communication (linked to it, or carrying our
    // transactionId)
    void exchangeDuplicates()
    {
        for (auto it = m_in.events.cbegin(); it != m_in.events.cend(); ++it) {
            const QString &mailbox = it.key();
            if (!m_checked.contains(mailbox))
                continue;
            QHash<QString, QList<const exchange::ExchangeEvent *>> byComm;
            QStringList comms;
            for (const exchange::ExchangeEvent &e : it.value()) {
                if (e.type == QLatin1String("seriesMaster") || e.isCancelled)
                    continue;
                QString comm = m_linkByItem.value(itemKey(mailbox, e.id)).crmCommId;
                if (comm.isEmpty())
                    comm = sync::CalendarPlanner::commIdOf(e.transactionId);
                if (comm.isEmpty())
                    continue;
                if (!byComm.contains(comm))
                    comms.append(comm);
                byComm[comm].append(&e);
            }
            for (const QString &comm : std::as_const(comms)) {
                const QList<const exchange::ExchangeEvent *> group = byComm.value(comm);
                if (group.size() < 2)
                    continue;
                QList<const exchange::ExchangeEvent *> linked;
                for (const exchange::ExchangeEvent *e : group) {
                    if (m_linkByItem.contains(itemKey(mailbox, e->id)))
                        linked.append(e);
                }
                for (const exchange::ExchangeEvent *e : group) {
                    const bool isLinked = linked.contains(e);
                    if (isLinked && e == linked.constFirst())
                        continue;
                    Finding f = about(FindingKind::Duplicate, mailbox);
                    f.side = QStringLiteral("exchange");
                    f.commId = comm;
                    f.exchangeItemId = e->id;
                    f.subject = e->subject;
                    f.startUtc = e->startUtc;
                    f.event = *e;
                    m_exchangeDuplicates.insert(itemKey(mailbox, e->id));
                    f.detail = tr("%n Outlook items of this mailbox are for CRM communication %1", nullptr,
                                  int(group.size()))
                                   .arg(comm);
                    const int notified = ConsistencyAnalysis::attendeesNotified(*e);
                    if (isLinked) {
                        f.repairNote = tr("left for the admin: several of them are linked");
                    } else if (linked.isEmpty()) {
                        f.repairNote =
                            tr("left for the admin: none of them is linked, so which one to keep is "
                               "not known");
                    } else if (!ConsistencyAnalysis::isOurs(*e, comm)) {
                        f.repairNote = tr("left alone: this item was not created by the sync");
                    } else if (notified > 0) {
                        f.repairNote = tr("left for the admin: deleting it would notify %n attendee(s)",
                                          nullptr, notified);
                    } else {
                        f.repair = RepairAction::DeleteExchange;
                        f.repairNote =
                            tr("delete it: the sync created it (its transaction id names communication "
                               "%1), and the linked item keeps the meeting")
                                .arg(comm);
                    }
                    m_out.append(f);
                }
            }
        }
    }

    // ---- the same subject and start on both sides, neither linked
    void twins()
    {
        if (!m_in.crmRead)
            return;
        struct Copy {
            QString mailbox;
            const exchange::ExchangeEvent *event;
        };
        QHash<QString, QList<Copy>> byKey;
        for (auto it = m_in.events.cbegin(); it != m_in.events.cend(); ++it) {
            if (!m_checked.contains(it.key()))
                continue;
            for (const exchange::ExchangeEvent &e : it.value()) {
                const QString key = itemKey(it.key(), e.id);
                if (m_linkByItem.contains(key) || m_exchangeDuplicates.contains(key) || e.isCancelled ||
                    e.type == QLatin1String("seriesMaster") || !inWindow(e.startUtc, e.endUtc))
                    continue;
                byKey[twinKey(e.subject, e.startUtc)].append(Copy{it.key(), &e});
            }
        }
        QList<Finding> found;
        QHash<QString, int> claims; // "mailbox|item" -> records matching it
        for (const crm::CrmAppointment &a : m_in.records) {
            if (a.deleted || !crm::isAppointmentType(a.type) || m_linksByComm.contains(a.id) ||
                m_crmDuplicates.contains(a.id) || CalendarMapping::isCancelledStatus(a.status) ||
                !inWindow(a.startUtc, a.endUtc))
                continue;
            const QString subject = CalendarMapping::subjectAndBody(a.subject, a.details).first;
            const auto candidates = byKey.constFind(twinKey(subject, a.startUtc));
            if (candidates == byKey.cend())
                continue;
            const QStringList participants = participantMailboxes(a);
            QList<Copy> matches;
            QStringList uids;
            for (const Copy &c : *candidates) {
                if (!participants.contains(c.mailbox) ||
                    (!a.exchangeId.isEmpty() && c.event->iCalUId != a.exchangeId))
                    continue;
                matches.append(c);
                if (!uids.contains(c.event->iCalUId))
                    uids.append(c.event->iCalUId);
            }
            if (matches.isEmpty())
                continue;
            // the organizer's copy first: it is the one the meeting is read from
            std::stable_sort(matches.begin(), matches.end(), [](const Copy &x, const Copy &y) {
                return x.event->isOrganizer && !y.event->isOrganizer;
            });
            Finding f = about(FindingKind::UnlinkedTwin, matches.constFirst().mailbox);
            f.side = QStringLiteral("both");
            f.commId = a.id;
            f.exchangeItemId = matches.constFirst().event->id;
            f.subject = subject;
            f.startUtc = a.startUtc;
            f.appointment = a;
            f.event = *matches.constFirst().event;
            for (const Copy &c : std::as_const(matches)) {
                claims[itemKey(c.mailbox, c.event->id)] += 1;
                if (c.event->iCalUId != f.event.iCalUId)
                    continue;
                f.copies.append(*c.event);
                f.copyMailboxes.append(c.mailbox);
            }
            f.detail =
                tr("CRM communication %1 and %n Outlook item(s) have the same subject and start but no "
                   "link",
                   nullptr, int(f.copies.size()))
                    .arg(a.id);
            if (uids.size() > 1) {
                f.repairNote =
                    tr("left for the admin: %n Outlook meetings match it", nullptr, int(uids.size()));
            } else {
                f.repair = RepairAction::Link;
                f.repairNote = tr("link them, as the sync links another copy of a meeting");
                twinFields(f);
            }
            found.append(f);
        }
        for (Finding &f : found) {
            for (int i = 0; i < f.copies.size(); ++i) {
                if (claims.value(itemKey(f.copyMailboxes.at(i), f.copies.at(i).id)) > 1 &&
                    f.repair == RepairAction::Link) {
                    f.repair = RepairAction::None;
                    f.repairNote =
                        tr("left for the admin: several CRM communications match the same Outlook item");
                }
            }
            m_out.append(f);
        }
    }

    // Twins are alike in subject and start; once linked, any other mapped field that differs would be drift.
    // Neither side has a last synchronized version, so the conflict policy decides which one is written.
    void twinFields(Finding &f) const
    {
        const crm::CrmAppointment &r = f.appointment;
        const exchange::ExchangeEvent &e = f.event;
        const crm::CrmAppointment mapped = CalendarMapping::toCrm(e, r, m_in.mapping);
        if (crmHash(mapped) == crmHash(r))
            return;
        const QString fields =
            crm::crmFieldNames(crm::differingFields(r, mapped) & ~(crm::CrmFields(crm::CrmField::ExchangeId) |
                                                                   crm::CrmField::ExchangeResponses))
                .join(QLatin1String(", "));
        f.detail += QStringLiteral("; ") + tr("they differ in: %1").arg(fields);
        const sync::Side kept =
            e.isOrganizer ? CalendarMapping::decideConflict(m_in.policy, r.updatedUtc, e.lastModifiedUtc)
                          : sync::Side::Exchange;
        const QString policy = CalendarMapping::policyName(m_in.policy);
        if (kept == sync::Side::Exchange && m_in.exchangeToCrm) {
            f.then = RepairAction::PushToCrm;
            f.repairNote +=
                QStringLiteral("; ") + tr("then write the Outlook version to the CRM (%1)").arg(policy);
        } else if (kept == sync::Side::Crm && m_in.crmToExchange &&
                   ConsistencyAnalysis::attendeesNotified(e) == 0) {
            f.then = RepairAction::PushToExchange;
            f.repairNote +=
                QStringLiteral("; ") + tr("then write the CRM version to Outlook (%1)").arg(policy);
        } else {
            f.repairNote +=
                QStringLiteral("; ") + tr("the fields that differ are left for the admin (%1 keeps the %2 "
                                          "version, which cannot be written without notifying anyone or "
                                          "with this direction off)")
                                           .arg(policy, kept == sync::Side::Crm ? tr("CRM") : tr("Outlook"));
        }
    }

    // ---- deletes are bounded by the mass-delete safety share of each mailbox, as a sync run's are
    void safetyShare()
    {
        QHash<QString, int> deletes;
        for (const Finding &f : std::as_const(m_out)) {
            if (f.repair == RepairAction::DeleteExchange || f.repair == RepairAction::DeleteCrm)
                deletes[f.mailbox] += 1;
        }
        for (Finding &f : m_out) {
            if (f.repair != RepairAction::DeleteExchange && f.repair != RepairAction::DeleteCrm)
                continue;
            const int items = int(m_in.events.value(f.mailbox).size());
            if (sync::CalendarPlanner::exceedsDeleteShare(deletes.value(f.mailbox), items,
                                                          m_in.massDeletePercent)) {
                f.repair = RepairAction::None;
                f.repairNote =
                    tr("left for the admin: %1 deletes of %2 items in this mailbox exceed the mass-delete "
                       "safety share (%3 %)")
                        .arg(deletes.value(f.mailbox))
                        .arg(items)
                        .arg(m_in.massDeletePercent);
            }
        }
    }

    const CheckInput &m_in;
    QHash<QString, SyncUser> m_checked; // by mailbox id
    QHash<QString, SyncUser> m_byCrmId; // every linked user
    QHash<QString, ItemLink> m_linkByItem;
    QHash<QString, QList<ItemLink>> m_linksByComm;
    QHash<QString, const exchange::ExchangeEvent *> m_eventByKey;
    QSet<QString> m_crmDuplicates;
    QSet<QString> m_exchangeDuplicates;
    QList<Finding> m_out;
};

} // namespace

QList<Finding> ConsistencyAnalysis::analyse(const CheckInput &input)
{
    return Analysis(input).run();
}

bool ConsistencyAnalysis::isOurs(const exchange::ExchangeEvent &event, const QString &commId)
{
    return !commId.isEmpty() && sync::CalendarPlanner::commIdOf(event.transactionId) == commId;
}

int ConsistencyAnalysis::attendeesNotified(const exchange::ExchangeEvent &event)
{
    int n = 0;
    for (const exchange::ExchangeAttendee &a : event.attendees) {
        if (!a.address.isEmpty() && a.address.compare(event.organizer.address, Qt::CaseInsensitive) != 0)
            ++n;
    }
    return n;
}

} // namespace cxsync::consistency
