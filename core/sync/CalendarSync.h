#pragma once

// One calendar synchronization run over every linked mailbox (issue 6): replays the outbox, reads each
// mailbox's calendarView delta (staging every page in the journal before the cursor moves on) and the CRM's
// change feed, builds the plan (CalendarPlanner), stops and asks before a mass delete, and executes each
// write through the write-ahead outbox. Asynchronous: start() returns at once; progress() while it runs,
// finished() once.
#include "CalendarPlan.h"
#include "Clock.h"
#include "queue/FailedMessageQueue.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace cxsync {
class Connections;
class Journal;
class Settings;
} // namespace cxsync

namespace cxsync::sync {

struct SyncRunOptions {
    bool dryRun = false;
    QString user; // only this CRM logon or mailbox address (empty: every linked user)
    // false: the CRM change feed is not read (a run for one mailbox after its notification: the CRM poll reads
    // the feed); the CRM side of the mailbox's changed items comes from their records, so a conflict is still
    // seen. Ignored until the feed has been read once.
    bool readCrmFeed = true;
    bool crmToExchange = true;
    bool exchangeToCrm = true;
    ConflictPolicy policy = ConflictPolicy::LastModifiedWins;
    int massDeletePercent = 20;
    int mailboxesInFlight = 16; // mailboxes read, and items written, at once
    // Staged changes and CRM changes planned and written together (a group: the next mailboxes with everything
    // their changes touch): what a run holds in memory is bounded by it, not by the organisation.
    int groupItems = 1000;
    int windowPastDays = 30;
    int windowFutureDays = 180;
    MappingOptions mapping;
    queue::RetrySchedule retry; // for the writes that fail
    bool diagnosticMode = false;

    static SyncRunOptions fromSettings(const Settings &settings);
};

// A run stopped before deleting more than the allowed share of a mailbox's items.
struct SafetyStop {
    QString mailbox; // address
    int deletes = 0;
    int items = 0;
    int percent = 0;
};

struct SyncCounts {
    int exchangeCreates = 0, exchangeUpdates = 0, exchangeDeletes = 0;
    int crmCreates = 0, crmUpdates = 0, crmDeletes = 0;
    int invitations = 0, cancellations = 0;
    int linked = 0;
};

struct SyncReport {
    bool dryRun = false;
    bool cancelled = false;
    QString error; // the run itself failed (journal, a mailbox unreadable); empty otherwise
    int mailboxes = 0;
    SyncCounts planned;
    SyncCounts done;
    int failed = 0;
    int replayed = 0; // outbox entries replayed from an interrupted run
    int conflicts = 0;
    QList<SafetyStop> stops; // declined
    QStringList failures;    // one line per failed write
    QList<qint64> queued;    // the failed-message rows that hold them
    QStringList notes;
    qint64 durationMs = 0;

    bool ok() const { return error.isEmpty() && failed == 0 && !cancelled; }
    // Nothing to say: nothing planned or written, no failure, conflict, stop or note.
    bool quiet() const
    {
        const auto none = [](const SyncCounts &c) {
            return c.exchangeCreates + c.exchangeUpdates + c.exchangeDeletes + c.crmCreates + c.crmUpdates +
                       c.crmDeletes + c.linked ==
                   0;
        };
        return ok() && none(planned) && none(done) && replayed == 0 && conflicts == 0 && stops.isEmpty() &&
               notes.isEmpty();
    }
};

class CalendarSync final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarSync)
public:
    // Called when a mailbox would lose too much; answer(true) deletes, answer(false) keeps everything for
    // the next run. Without a decider the answer is no.
    using Decider = std::function<void(const SafetyStop &, std::function<void(bool)> answer)>;

    CalendarSync(Connections &connections, Journal &journal, Clock &clock, SyncRunOptions options,
                 QObject *parent = nullptr);
    ~CalendarSync() override;

    void setDecider(Decider decider) { m_decider = std::move(decider); }
    // One line for the admin: what was written on each side, what failed, how long it took.
    static QString describe(const SyncReport &report);
    // One progress line for a write once its outcome is known: the side, what happened, the item and why
    // ("CRM: created \"Budget review\" (created in Outlook)"), or what failed and the error.
    static QString describeWrite(const SyncAction &action, const Status &outcome);
    void start();
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const QString &mailbox, const QString &message, int done, int total);
    // A write is about to be sent (kind name and item), for views that show what is under way; its outcome
    // follows as a progress() line.
    void writeStarted(const QString &mailbox, const QString &kind, const QString &subject);
    void finished(const cxsync::sync::SyncReport &report);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    Decider m_decider;
    bool m_running = false;
};

} // namespace cxsync::sync

Q_DECLARE_METATYPE(cxsync::sync::SyncReport)
