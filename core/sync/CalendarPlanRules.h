#pragma once

// The rules CalendarPlanner::build applies, one function each. Internal to the planner: only CalendarPlan.cpp
// uses this class.
#include "CalendarPlan.h"

namespace cxsync::sync {

// Decides one run's writes. Pure: the same input gives the same plan, nothing is read or written.
//
// The passes run in this order, and a later one sees what the earlier ones decided (the Exchange → CRM
// rules take a communication first; the CRM → Exchange rules leave it alone then):
//   1. our own lost creates: an Outlook item this product created for a CRM appointment, whose answer never
//      arrived, is linked as its create would have linked it (or deleted, its appointment being gone);
//   2. Exchange → CRM, each change read from a mailbox in turn: Outlook deletes, changes of attendee copies,
//      changes of items whose CRM appointment is gone, Outlook changes that the CRM does not show, Outlook
//      changes (or a conflict with a CRM change); new Outlook items are collected by meeting;
//   3. new Outlook items: another attendee's copy of a synchronized meeting joins it, any other becomes one
//      CRM appointment per meeting;
//   4. CRM → Exchange, each CRM change not decided above: CRM deletes and cancellations, new CRM appointments
//      (never those that came from Exchange), CRM changes of meetings organized elsewhere (a note), CRM
//      changes of linked items.
// A staged Exchange change ends in an action (inboxRows) or in CalendarPlan::settled with the reason nothing
// is written; one a one-way setting holds back stays staged.
class CalendarPlanRules final {
    // the planner's messages: one translation context
    Q_DECLARE_TR_FUNCTIONS(cxsync::sync::CalendarPlanner)
public:
    // Indexes the users, links and CRM changes every rule reads.
    explicit CalendarPlanRules(const PlanInput &input);

    void adoptLostCreates();      // pass 1
    void applyExchangeChanges();  // pass 2 (Exchange → CRM on)
    void createNewOutlookItems(); // pass 3 (Exchange → CRM on)
    void applyCrmChanges();       // pass 4 (CRM → Exchange on)
    // The plan decided, moved out (the rules are done with it): never held twice.
    CalendarPlan takePlan() { return std::move(m_plan); }

private:
    // ---- pass 1
    void adoptLostCreate(const ExchangeChange &c);
    void dropOwnDuplicate(const ExchangeChange &c, const QString &commId);
    // ---- pass 2
    void exchangeChange(const ExchangeChange &c);
    void seriesRemoved(const ExchangeChange &c);
    void deletedInOutlook(const ExchangeChange &c, const ItemLink &link, const QString &seriesId);
    bool crmEditKeptOverOutlookDelete(const ExchangeChange &c, const ItemLink &link);
    void newOutlookItem(const ExchangeChange &c);
    void linkedItemChanged(const ExchangeChange &c, const ItemLink &link);
    void attendeeCopyChanged(const ExchangeChange &c, const ItemLink &link);
    void goneFromCrm(const ExchangeChange &c, const ItemLink &link);
    bool outlookEditKeptOverCrmDelete(const ExchangeChange &c, const ItemLink &link);
    void restOfDeletedCommunication(const ItemLink &kept, const crm::CrmAppointment &gone);
    void unchangedForCrm(const ExchangeChange &c, const ItemLink &link, const crm::CrmAppointment &current);
    void changedInOutlook(const ExchangeChange &c, const ItemLink &link, const crm::CrmAppointment &current);
    // ---- pass 3
    void anotherAttendeeCopy(const QString &uid, const QList<PlanMember> &members, const ItemLink &known);
    void createdInOutlook(const QString &uid, const QList<PlanMember> &members);
    // ---- pass 4
    void crmChange(const crm::CrmAppointment &a);
    void deletedOrCancelledInCrm(const crm::CrmAppointment &a, const QList<ItemLink> &rows);
    void createdInCrm(const crm::CrmAppointment &a);
    void cameFromExchange(const crm::CrmAppointment &a);
    void organizedElsewhere(const crm::CrmAppointment &a, const QList<ItemLink> &rows);
    void changedInCrm(const crm::CrmAppointment &a, const QList<ItemLink> &organizerRows);

    // ---- shared by the rules
    SyncUser userOf(const QString &mailbox) const { return m_index.userByMailbox.value(mailbox); }
    QList<SyncUser> participantsOf(const crm::CrmAppointment &a) const;
    bool hasOrganizerRow(const QString &commId) const;
    bool inWindow(const QDateTime &startUtc, const QDateTime &endUtc) const;
    QString exchangeHash(const exchange::ExchangeEvent &e) const;
    QString crmHash(const crm::CrmAppointment &a) const;
    QString responsesOf(const exchange::ExchangeEvent &e) const;
    ItemLink withFreshKey(ItemLink link) const;
    Side conflict(const QString &commId, const QString &mailbox, const crm::CrmAppointment &crm,
                  const exchange::ExchangeEvent &exchange);
    SyncAction memberAction(ActionKind kind, const ExchangeChange &c, const ItemLink &link,
                            const crm::CrmAppointment &appointment, const QString &reason) const;
    SyncAction crmUpdate(const ExchangeChange &c, const ItemLink &link, const crm::CrmAppointment &current,
                         const crm::CrmAppointment &appointment, const QString &reason) const;
    SyncAction exchangeCreate(const QString &commId, const crm::CrmAppointment &a, const QString &mailbox,
                              const QString &crmUserId, const QList<SyncUser> &attendees,
                              const QString &salt = {}) const;
    void indexLink(const ItemLink &link);
    void append(SyncAction action, const ExchangeChange &c);
    void settle(const ExchangeChange &c, const QString &why);

    // What every rule reads, built once from the input. Pass 1 adds the links it adopts.
    struct Index {
        QHash<QString, SyncUser> userByMailbox, userByCrmId, userByAddress;     // addresses in lower case
        QHash<QString, ItemLink> linkByItem;                                    // "mailbox|item id"
        QHash<QString, QList<ItemLink>> linksByComm, linksByUid, linksBySeries; // series: "mailbox|master id"
        QHash<QString, crm::CrmAppointment> crmChanged; // comm id → newest feed version
        QHash<QString, int> changeByItem;               // "mailbox|item" → this run's last change of it
    };
    // What the rules decided so far, for the rules after them.
    struct Decided {
        QSet<QString> handled;             // communications decided by the Exchange → CRM rules
        QSet<QString> deletedItems;        // "mailbox|item" an earlier rule already deletes
        QSet<QString> duplicateUids;       // meetings that are a second copy of our own create (dropOwnDuplicate)
        QHash<QString, QString> freshKeys; // "mailbox|item" → change key seen in this run's delta
        QList<QString> newUids;            // new Outlook meetings, in the order first seen
        QHash<QString, QList<PlanMember>> newByUid;
        QHash<QString, QList<qint64>> newRowsByUid;
    };

    const PlanInput &m_in;
    const QList<SyncUser> &m_directory; // every linked user (PlanInput::directory, or the run's users)
    // The records as this plan leaves them: an adoption writes the Exchange id, which later writes of the
    // same record must not undo.
    QHash<QString, crm::CrmAppointment> m_crmRecords;
    Index m_index;
    Decided m_decided;
    CalendarPlan m_plan;
};

} // namespace cxsync::sync
