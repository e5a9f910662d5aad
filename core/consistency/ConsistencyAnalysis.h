#pragma once

// The consistency check's decisions (pure: no I/O): from what was read on both sides and the journal's links,
// the findings and what a repair does about each, by the engine's own rules (CalendarMapping for the fields
// and the conflict policy, CalendarPlanner's transaction ids for what we created, its safety share for
// deletes).
#include "ConsistencyTypes.h"
#include "sync/CalendarMapping.h"

#include <QHash>
#include <QSet>

namespace cxsync::consistency {

struct CheckInput {
    QList<sync::SyncUser> users;     // the checked users (all linked users, or the one asked for)
    QList<sync::SyncUser> directory; // every linked user (attendees, participants); empty: `users`
    QList<sync::ItemLink> links;     // every link in the journal
    // The items read in the sync window, by mailbox id; a checked mailbox missing here could not be read
    // (nothing is concluded about its links or items).
    QHash<QString, QList<exchange::ExchangeEvent>> events;
    QSet<QString> missingItems;                  // "mailbox|item id": linked items the server says are gone
    QHash<QString, crm::CrmAppointment> records; // CRM appointments read, soft-deleted ones included
    QSet<QString> missingComms; // linked communications the CRM does not have as appointments
    bool crmRead = true;        // false: the CRM could not be read (nothing is concluded about CRM records)
    QDateTime windowStartUtc;
    QDateTime windowEndUtc;
    sync::MappingOptions mapping;
    sync::ConflictPolicy policy = sync::ConflictPolicy::LastModifiedWins;
    bool crmToExchange = true;
    bool exchangeToCrm = true;
    int massDeletePercent = 20;
};

class ConsistencyAnalysis final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::consistency::ConsistencyAnalysis)
public:
    static QList<Finding> analyse(const CheckInput &input);
    // Whether `commId`'s Outlook item was created by this product (its transactionId names the
    // communication).
    static bool isOurs(const exchange::ExchangeEvent &event, const QString &commId);
    // Attendees other than the organizer: a write to the item would notify them.
    static int attendeesNotified(const exchange::ExchangeEvent &event);
};

} // namespace cxsync::consistency
