#pragma once

// What a consistency check finds (issue 18): the classes of disagreement between Exchange, the CRM and the
// journal's links, each finding with what a repair would do about it (or why it is left to the admin).
#include "Result.h"
#include "crm/CrmTypes.h"
#include "exchange/ExchangeTypes.h"
#include "sync/SyncJournal.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace cxsync::consistency {

enum class FindingKind {
    Orphan,       // a journal link to an item missing on either side
    Duplicate,    // two CRM records for one meeting, or two items in a mailbox for one communication
    UnlinkedTwin, // the same subject and start on both sides, with no link between them
    FieldDrift,   // linked items whose mapped fields differ
};

// What repair does about a finding; None: nothing (the finding says why).
enum class RepairAction {
    None,
    DropLink,       // forget the dead link (the next sync acts on what is left, by its rules)
    Link,           // link the twins as the engine links another copy of a meeting
    DeleteExchange, // delete our own extra Outlook item (it carries our transactionId)
    DeleteCrm,      // delete the extra CRM record our sync made (it carries the meeting's Exchange id)
    PushToExchange, // write the CRM version onto the Outlook item
    PushToCrm,      // write the Outlook version onto the CRM record
};

struct Finding {
    FindingKind kind = FindingKind::Orphan;
    // "exchange", "crm" or "both": where the missing or extra item is (orphans, duplicates); the side kept
    // (drift)
    QString side;
    QString mailbox; // the mailbox id the finding is about
    QString address; // its address, for people
    QString crmUserId;
    QString commId;
    QString exchangeItemId;
    QString subject;
    QDateTime startUtc;
    QString detail; // one line: what is wrong
    RepairAction repair = RepairAction::None;
    // Twins whose mapped fields differ: once linked, the side the conflict policy keeps is written over the
    // other (PushToCrm or PushToExchange; None when that is not possible without notifying anyone)
    RepairAction then = RepairAction::None;
    QString repairNote; // what repair does, or why it leaves the finding alone

    // What repair works from (as the check read it)
    sync::ItemLink link;                   // orphans, drift
    exchange::ExchangeEvent event;         // exchange duplicates, drift, the twin's first copy
    QList<exchange::ExchangeEvent> copies; // twins: every unlinked copy of the meeting in checked mailboxes
    QStringList copyMailboxes;             // the mailbox of each copy
    crm::CrmAppointment appointment;       // CRM duplicates, twins, drift
};

struct CheckReport {
    QList<Finding> findings;
    int mailboxes = 0;
    int exchangeItems = 0;
    int crmRecords = 0;
    int links = 0;
    QStringList errors; // what could not be read: the check is incomplete where they say
    QString error;      // the check could not run at all (no such user, the journal unreadable)
    ErrorKind errorKind = ErrorKind::Storage; // of `error`: Invalid for a user that is not linked
    bool cancelled = false;
    qint64 durationMs = 0;

    bool clean() const { return findings.isEmpty() && errors.isEmpty() && error.isEmpty() && !cancelled; }
    int count(FindingKind kind) const;
};

class ConsistencyText final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::consistency::ConsistencyText)
public:
    static QString kindName(FindingKind kind);      // stable: orphan | duplicate | twin | drift
    static QString kindLabel(FindingKind kind);     // for people
    static QString actionName(RepairAction action); // stable
    static QJsonObject toJson(const Finding &finding);
    static QJsonObject toJson(const CheckReport &report);
    // "orphan  alice@contoso.example  "Budget review" 2026-12-09 10:00  <detail>  -> <repair note>"
    static QString describe(const Finding &finding);
    // "3 finding(s): 1 orphan, 2 duplicates, ... (4 mailboxes, 120 items, 80 records, 70 links)"
    static QString summary(const CheckReport &report);
};

} // namespace cxsync::consistency
