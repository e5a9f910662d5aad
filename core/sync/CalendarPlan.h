#pragma once

// Plan building for one calendar sync run (pure): from the journal's links, the Exchange changes read from
// each mailbox's delta and the CRM's change feed, the writes each side needs. No I/O; the engine
// (CalendarSync) executes the plan through the outbox.
#include "CalendarMapping.h"
#include "SyncJournal.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace cxsync::sync {

// One Exchange change read from a mailbox, in the order it was staged. A reported removal of something linked
// (an item, or the master of linked occurrences) was checked against the server first: an item still there
// only left the window and comes as a change (removed = false, the item as read now); `removed` means it is
// gone.
struct ExchangeChange {
    QString mailbox;
    exchange::ExchangeEvent event; // removed: only the id is meaningful
    bool removed = false;
    qint64 inboxRowId = 0; // the staged change (0 when nothing is staged, e.g. a dry run)
};

// An Exchange item and the mailbox / linked user it belongs to.
struct PlanMember {
    QString mailbox;
    QString crmUserId;
    exchange::ExchangeEvent event;
};

enum class ActionKind {
    ExchangeCreate, // create in `mailbox` (a meeting when event has attendees: invitations are sent)
    ExchangeUpdate, // write appointment onto the linked item `link`
    ExchangeDelete, // delete the linked item `link`
    ExchangeCancel, // organizer cancels `link` (attendees notified)
    CrmCreate,      // create `appointment` (search by exchange id first) and link `members`
    CrmUpdate,      // write `appointment` and link `members`
    CrmDelete,      // soft delete `commId`
    Link,           // journal only: link `members` to `commId` (and link their users in the CRM)
    Unlink,         // journal only: forget `link`
    // An item this product created in `mailbox` for `commId` whose answer never arrived (a reset, an
    // unreadable body), recognised by its transactionId in a later read: link `members` to it and finish what
    // the create would have done (the CRM's Exchange id), instead of taking it for a new Outlook item.
    Adopt,
};

struct SyncAction {
    ActionKind kind = ActionKind::Link;
    QString mailbox; // the mailbox the action is about (safety stop, progress)
    QString crmUserId;
    QString commId;
    crm::CrmAppointment appointment;
    // CrmUpdate: the fields of `appointment` the write changes (and sends); the rest stay as the CRM has them
    crm::CrmFields crmFields = crm::allCrmFields();
    exchange::ExchangeEvent event; // ExchangeCreate: what to create
    QString transactionId;
    ItemLink link; // the existing link (updates, deletes)
    QList<PlanMember> members;
    int invitations = 0;   // attendees invited by a create / update
    int cancellations = 0; // attendees notified by a cancel
    QString reason;        // for the log and --dry-run
    QString seriesId;      // deletes of one removed series (its master's id): one user action
    QList<qint64> inboxRows; // the staged Exchange changes this action applies (cleared once it is done)

    bool isDelete() const
    {
        return kind == ActionKind::ExchangeDelete || kind == ActionKind::ExchangeCancel ||
               kind == ActionKind::CrmDelete;
    }
    bool writesExchange() const
    {
        return kind == ActionKind::ExchangeCreate || kind == ActionKind::ExchangeUpdate ||
               kind == ActionKind::ExchangeDelete || kind == ActionKind::ExchangeCancel;
    }
    bool writesCrm() const
    {
        return kind == ActionKind::CrmCreate || kind == ActionKind::CrmUpdate || kind == ActionKind::CrmDelete;
    }
    QJsonObject toJson() const;
    static SyncAction fromJson(const QJsonObject &json);
    static QString kindName(ActionKind kind);
};

struct ConflictRecord {
    QString commId;
    QString mailbox;
    crm::CrmAppointment crm;
    exchange::ExchangeEvent exchange;
    Side kept = Side::Crm;
};

struct PlanInput {
    QList<SyncUser> users; // the run's users: the mailboxes read and written
    // Every linked user, to recognise organizers and attendees and name them in responses (a run for one user
    // still makes the organizer the owner of a meeting it first sees as an attendee). Empty: `users`.
    QList<SyncUser> directory;
    QList<ItemLink> links;
    QList<ExchangeChange> exchangeChanges;
    QList<crm::CrmAppointment> crmChanges;         // from the feed, in feed order
    QHash<QString, crm::CrmAppointment> crmRecords; // current records of linked (or adopted) communications
    // Outlook → CRM creates still waiting in the failed-message queue, by the Exchange id (iCalUId) they give
    // the communication: a CRM record carrying that id without a link is our own half-written create (the
    // communication was stored, its user links or its answer were lost) and is completed, never mirrored.
    QHash<QString, QList<PlanMember>> openCrmCreates;
    // CRM → Exchange creates still waiting in the failed-message queue ("mailbox|commId"): an unlinked item
    // carrying our transactionId for one of them is that create, applied although its answer was lost.
    QSet<QString> openExchangeCreates;
    bool firstRun = false; // the CRM was never read: its items pre-exist, no invitations for them
    bool crmToExchange = true;
    bool exchangeToCrm = true;
    QDateTime windowStartUtc;
    QDateTime windowEndUtc;
    ConflictPolicy policy = ConflictPolicy::LastModifiedWins;
    MappingOptions mapping;
};

struct CalendarPlan {
    QList<SyncAction> actions;
    QList<ConflictRecord> conflicts;
    QStringList notes;                  // skipped items and why
    QHash<QString, int> itemsByMailbox; // linked items per mailbox, a series once (safety stop)
    // Staged Exchange changes the plan decided without a write, and why (echo, outside the window, ...).
    // Every staged change the plan saw is either here or in an action's inboxRows; the others stay staged.
    QHash<qint64, QString> settled;

    // Deletes in `mailbox`; the deletes of one removed series count once (the user deleted one thing).
    int deletesIn(const QString &mailbox) const;
};

class CalendarPlanner final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::sync::CalendarPlanner)
public:
    static CalendarPlan build(const PlanInput &input);
    // Whether `deletes` of `items` exceeds `percent` (the safety stop; tiny mailboxes count as 5 items so
    // that deleting one of two appointments is not a "mass" delete).
    static bool exceedsDeleteShare(int deletes, int items, int percent);
    // Stable Graph transactionId for creating a CRM communication's item in a mailbox. `salt` tells apart a
    // second item for the same communication and mailbox (one made again after a conflict); empty for the
    // first. Every key names its communication, so a created item is recognised by it (commIdOf).
    static QString transactionIdFor(const QString &commId, const QString &mailbox, const QString &salt = {});
    // The communication a transactionId made by transactionIdFor names; empty for any other key.
    static QString commIdOf(const QString &transactionId);
};

} // namespace cxsync::sync
