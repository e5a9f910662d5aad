#pragma once

// One sync run's scratch tables (issue 20: the memory a run holds is bounded by a group of mailboxes, not by
// the organisation). TEMP tables on the journal's connection: another process, or another run on this
// connection, never sees them, and a run that stops anywhere (kill -9 included) leaves nothing behind. They
// hold what the run would otherwise keep in memory for every mailbox at once:
//   - feed:  the CRM change feed, one row per communication, with the CRM users taking part (feed_users);
//   - rows:  the staged Exchange changes of the run's mailboxes (a copy of sync_inbox, or a dry run's pages),
//            with what the grouping needs to see of them (item, iCalUId, our transactionId's communication);
//   - plan:  each group's actions, from the plan until they are written (the safety stop needs every group's
//            deletes before anything is written).
// A group is closed: every staged change, feed communication and item link that a rule applied to one of its
// members would look at is in the same group (CalendarPlanRules indexes links by item, communication, meeting
// and series master), so planning one group at a time decides each communication once, as one plan would.
#include "CalendarPlan.h"

#include <QSet>
#include <QVariantList>

#include <memory>

namespace cxsync {
class Journal;
}

namespace cxsync::sync {

class RunStaging final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::sync::RunStaging)
    Q_DISABLE_COPY_MOVE(RunStaging)
public:
    explicit RunStaging(Journal &journal);
    ~RunStaging();
    // Drops the scratch tables now (the run has finished): the journal may be closed before the run object
    // goes, and a run object deleted later must not touch it. Idempotent; the destructor calls it too.
    void close();

    // Creates the tables (empty).
    Status open();

    // A page of the CRM feed, in feed order (a communication delivered again keeps its last version).
    Status addFeed(const QList<crm::CrmAppointment> &appointments);
    // The staged Exchange changes (sync_inbox) of `mailboxes`, in the order they were staged.
    Status addInbox(const QSet<QString> &mailboxes);
    // A dry run's page (nothing is staged in the journal): kept here until the run ends.
    Status addPage(const QString &mailbox, const QList<exchange::ExchangeEvent> &changed,
                   const QStringList &removed);

    // One group under construction: what it holds, and what its closure has looked at already.
    struct Group {
        QList<qint64> rows;      // scratch row numbers (RunStaging's, not sync_inbox's)
        QStringList feedComms;   // communications of the feed planned in this group
        QHash<qint64, ItemLink> links; // by item_links row id
        QSet<qint64> seenRows;
        QSet<QString> seenComms, seenUids, seenKeys;
        int size() const { return int(rows.size() + feedComms.size()); }
    };
    // Adds the staged changes of `mailbox`, and the feed's communications that `crmUserId` takes part in, with
    // everything they touch; nothing already in an earlier group.
    Status addMailbox(Group &group, const QString &mailbox, const QString &crmUserId);
    // Adds the first `limit` feed communications no group has yet (with everything they touch); gives
    // whether there was any.
    Result<bool> addUnplannedFeed(Group &group, int limit);
    // Marks the group's rows and communications as taken by group number `index`.
    Status seal(const Group &group, int index);

    // Skeletal occurrences (only id, type, times and series master: their meeting is not known) are read in
    // full before the changes are grouped, so a meeting's copies in several mailboxes find each other.
    struct RowRef {
        qint64 seq = 0;
        QString mailbox;
        QString item;
    };
    Result<QList<RowRef>> skeletalRows(qint64 afterSeq, int limit) const;
    Status fillRow(qint64 seq, const exchange::ExchangeEvent &event); // as read now
    Status removeRow(qint64 seq);                                     // gone from the server
    Status dropRow(qint64 seq); // unreadable now: not planned this run (it stays staged)

    // The group's changes, as staged, in staging order.
    Result<QList<ExchangeChange>> changesOf(const Group &group) const;
    // The group's feed, in feed order.
    Result<QList<crm::CrmAppointment>> feedOf(const Group &group) const;
    // The changes that went to the group's plan (after the checks): the ones its completion looks at; those
    // in `settled` the plan decided without a write.
    Status markPlanned(const QList<ExchangeChange> &changes, const QHash<qint64, QString> &settled);

    // The plan's actions of group `index`, kept until they are written. The writes hold what they need to
    // schedule each action (its lane, its mailbox, its staged changes) and read the action itself when its
    // write starts: a group's actions are never all in memory at once.
    using ActionKey = QString (*)(const SyncAction &);
    Status addActions(int index, const QList<SyncAction> &actions, ActionKey laneOf, ActionKey targetOf);
    struct ActionRef {
        qint64 seq = 0;
        QString lane;   // the writes of one lane go in plan order
        QString target; // the mailbox the write goes to (its concurrency limit)
        QString mailbox;
        QString linkMailbox;
        QList<qint64> inboxRows;
    };
    Result<QList<ActionRef>> actionRefsOf(int index) const;
    Result<SyncAction> action(qint64 seq) const;
    // The staged changes of group `index` that went into its plan: sync_inbox row, mailbox, subject.
    struct PlannedRow {
        qint64 inboxRowId = 0;
        QString mailbox;
        QString subject;
        bool settled = false;
    };
    Result<QList<PlannedRow>> plannedRowsOf(int index) const;

private:
    Status exec(const QString &sql) const;
    Status closure(Group &group, QStringList comms, QStringList uids, QStringList keys);
    Status updateRow(qint64 seq, const QString &sql, const QVariantList &values);
    struct Statements; // the grouping's queries, prepared once
    std::unique_ptr<Statements> m_q;
    QString t(const char *name) const; // a scratch table's name

    Journal &m_journal;
    QString m_prefix;
    bool m_open = false;
    qint64 m_feedSeq = 0;
};

} // namespace cxsync::sync
