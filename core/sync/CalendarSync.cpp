#include "CalendarSync.h"

#include "RunStaging.h"
#include "StringPool.h"
#include "SyncActionRetrier.h"
#include "WorkPool.h"
#include "config/Settings.h"
#include "config/SettingsSchema.h"
#include "connect/Connections.h"
#include "crm/CrmConnector.h"
#include "exchange/ExchangeConnector.h"
#include "queue/FailedMessageQueue.h"
#include "queue/TransactionLog.h"
#include "store/Journal.h"
#include "users/UserLinkStore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>

#include <optional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace cxsync::sync {

Q_LOGGING_CATEGORY(lcCalendar, "cxsync.sync.calendar")

SyncRunOptions SyncRunOptions::fromSettings(const Settings &settings)
{
    SyncRunOptions o;
    o.crmToExchange = settings.value(Keys::CrmToExchange).toBool();
    o.exchangeToCrm = settings.value(Keys::ExchangeToCrm).toBool();
    o.policy = CalendarMapping::policyFromName(settings.value(Keys::ConflictPolicy).toString());
    o.massDeletePercent = settings.value(Keys::MassDeletePercent).toInt();
    o.mailboxesInFlight = qBound(1, settings.value(Keys::MailboxesInFlight).toInt(), 64);
    o.windowPastDays = settings.value(Keys::WindowPastDays).toInt();
    o.windowFutureDays = settings.value(Keys::WindowFutureDays).toInt();
    o.mapping.copyReminders = settings.value(Keys::CopyReminders).toBool();
    const QTimeZone zone = settings.crmTimeZone().zone();
    o.mapping.crmZone = zone.isValid() ? zone : QTimeZone::utc();
    o.retry = queue::RetrySchedule::fromSettings(settings);
    o.diagnosticMode = settings.diagnosticMode();
    return o;
}

namespace {
using Next = std::function<void()>;

bool isGone(const Error &e)
{
    return e.kind == ErrorKind::NotFound || e.httpStatus == 404 || e.httpStatus == 410;
}

queue::Direction directionOf(const SyncAction &a)
{
    return a.writesExchange() ? queue::Direction::CrmToExchange : queue::Direction::ExchangeToCrm;
}
} // namespace

struct CalendarSync::Impl {
    // what Exchange lets one mailbox have in flight (the HTTP layer holds the rest back)
    static constexpr int kRequestsPerMailbox = 4;
    CalendarSync *q;
    Connections &connections;
    Journal &journal;
    Clock &clock;
    SyncRunOptions options;
    SyncJournal store;
    queue::TransactionLog log;
    queue::FailedMessageQueue failures;
    SyncWriter writer;
    SyncReport report;
    qint64 startedMs = 0;
    bool cancelled = false;
    QList<SyncUser> users;     // the run's
    QList<SyncUser> directory; // every linked user
    QHash<QString, SyncUser> usersByMailbox;
    QHash<QString, SyncUser> usersByAddress;
    QDateTime windowStart, windowEnd;
    // the run's concurrency, one pool per phase (owned by q): mailboxes read, items checked, items written
    WorkPool *readers = nullptr;
    WorkPool *checks = nullptr;
    WorkPool *writers = nullptr;
    // The run's scratch tables (the CRM feed, the staged changes, each group's plan): what the run would
    // otherwise hold for every mailbox at once.
    RunStaging staging;
    crm::CrmWatermark feedWatermark; // where the next run's feed starts
    bool firstRun = false;
    bool feedSkipped = false; // options.readCrmFeed: the CRM side comes from the records read
    QSet<QString> stoppedMailboxes;
    QSet<QString> unprepared; // mailboxes whose connector preparation failed: left out of this run
    QSet<qint64> appliedRows;      // staged changes whose actions are done (or parked as failed messages)
    QSet<qint64> heldRows;         // staged changes whose actions were not executed (a declined stop)
    int actionIndex = 0; // writes started
    int writesDone = 0;
    // The group's writes in lanes: one lane per item (a communication, or an Outlook item not linked yet), its
    // writes in plan order; up to options.mailboxesInFlight lanes at once.
    QList<QList<int>> lanes;
    bool finished = false;
    std::shared_ptr<int> alive = std::make_shared<int>(0); // connector callbacks after the run is gone do nothing

    Impl(CalendarSync *owner, Connections &c, Journal &j, Clock &clk, SyncRunOptions o)
        : q(owner), connections(c), journal(j), clock(clk), options(std::move(o)), store(j), log(j, clk),
          failures(j, clk, options.retry), writer(c, store, log, clk, options.mapping, options.policy, owner), staging(j)
    {
        log.setDiagnosticMode(options.diagnosticMode);
        writer.setExchangeToCrm(options.exchangeToCrm);
    }

    crm::CrmConnector &crm() { return connections.crm(); }
    exchange::ExchangeConnector *exchange() { return connections.exchange(); }

    void fail(const QString &message)
    {
        report.error = message;
        finish();
    }
    template <typename F> auto guarded(F f)
    {
        return [token = std::weak_ptr<int>(alive), f = std::move(f)](auto &&...args) mutable {
            if (!token.expired())
                f(std::forward<decltype(args)>(args)...);
        };
    }

    void finish()
    {
        if (finished)
            return;
        finished = true;
        staging.close(); // before the caller may close the journal (the run object is deleted later)
        report.conflicts += writer.conflicts();
        report.durationMs = clock.elapsedMs() - startedMs;
        q->m_running = false;
        Q_EMIT q->finished(report);
    }
    bool stopIfCancelled()
    {
        if (!cancelled)
            return false;
        report.cancelled = true;
        finish();
        return true;
    }
    static QString subjectOf(const SyncAction &a)
    {
        return a.appointment.subject.isEmpty() ? a.event.subject : a.appointment.subject;
    }
    void logEntry(const SyncAction &a, queue::LogResult result, const QString &message, qint64 durationMs,
                  qint64 failedMessageId = 0)
    {
        queue::LogEntry e;
        e.direction = SyncWriter::directionName(a);
        e.user = usersByMailbox.value(a.mailbox).address;
        e.item = subjectOf(a).isEmpty() ? (a.commId.isEmpty() ? SyncWriter::exchangeItemId(a) : a.commId)
                                        : subjectOf(a);
        e.action = SyncAction::kindName(a.kind);
        e.result = result;
        e.message = message;
        e.durationMs = durationMs;
        e.failedMessageId = failedMessageId;
        // CRM -> Exchange latency for the dashboard: from the record's update stamp to this confirmed write.
        // Not on the first run, whose records may have changed long ago (that is not propagation time).
        if (a.writesExchange() && !firstRun && a.appointment.updatedUtc.isValid())
            e.sourceUtc = a.appointment.updatedUtc;
        if (const auto s = log.append(e); !s.ok())
            qCWarning(lcCalendar) << s.error().message;
    }

    // ---- 1. users
    void loadUsers()
    {
        if (const Status s = staging.open(); !s.ok())
            return fail(s.error().message);
        auto rows = users::UserLinkStore(journal).all();
        if (!rows.ok())
            return fail(rows.error().message);
        connections.routeLinks(rows.value()); // several Exchange servers: each mailbox's calls go to its own
        for (const users::UserLink &l : rows.value()) {
            if (l.state != users::LinkState::Linked || l.exchangeUserId.isEmpty())
                continue;
            directory.append(SyncUser{l.crmUserId, l.crmName.isEmpty() ? l.crmLogon : l.crmName, l.exchangeUserId,
                                      l.mailbox.toLower()});
            if (!options.user.isEmpty() && l.crmLogon.compare(options.user, Qt::CaseInsensitive) != 0 &&
                l.mailbox.compare(options.user, Qt::CaseInsensitive) != 0)
                continue;
            SyncUser u{l.crmUserId, l.crmName.isEmpty() ? l.crmLogon : l.crmName, l.exchangeUserId,
                       l.mailbox.toLower()};
            users.append(u);
            usersByMailbox.insert(u.mailbox, u);
            usersByAddress.insert(u.address, u);
        }
        if (!options.user.isEmpty() && users.isEmpty())
            return fail(CalendarSync::tr("No linked user \"%1\" (see cxsync users list).").arg(options.user));
        report.mailboxes = int(users.size());
        writer.setUsers(directory);
        const QDate today = clock.nowUtc().date();
        windowStart = QDateTime(today.addDays(-options.windowPastDays), QTime(0, 0), QTimeZone::utc());
        windowEnd = QDateTime(today.addDays(options.windowFutureDays + 1), QTime(0, 0), QTimeZone::utc());
        if (!exchange())
            return fail(CalendarSync::tr("Calendar synchronization needs Exchange Online (Graph); EWS is not "
                                         "available in this version."));
        prepareMailboxes();
    }

    // ---- 1b. one-time work of the connector on each mailbox's stored ids (Graph: REST ids → immutable ids)
    // before anything names them: the outbox replay, the reads, the writes. Cheap once done (no request).
    void prepareMailboxes()
    {
        if (options.dryRun)
            return replayOutbox(); // nothing is written; the next real run prepares them
        auto *pool = new WorkPool(options.mailboxesInFlight, 1, 0, q);
        for (const SyncUser &user : std::as_const(users)) {
            pool->add(user.mailbox, [this, pool, user](WorkPool::Done done) {
                if (cancelled || !report.error.isEmpty()) {
                    pool->stop();
                    return done();
                }
                exchange()->prepareMailbox(user.mailbox, journal, clock.nowUtc(),
                                           guarded([this, user, done](Status s) {
                                               if (!s.ok()) {
                                                   // not read or written this run: its ids are not settled
                                                   unprepared.insert(user.mailbox);
                                                   report.failed += 1;
                                                   report.failures.append(
                                                       CalendarSync::tr("%1: preparing the mailbox failed: %2")
                                                           .arg(user.address, s.error().message));
                                               }
                                               done();
                                           }));
            });
        }
        pool->start(guarded([this, pool] {
            pool->deleteLater();
            if (stopIfCancelled())
                return;
            if (!unprepared.isEmpty()) {
                QList<SyncUser> ready;
                for (const SyncUser &u : std::as_const(users)) {
                    if (!unprepared.contains(u.mailbox))
                        ready.append(u);
                }
                users = ready;
                if (users.isEmpty())
                    return fail(report.failures.join(QLatin1Char('\n')));
            }
            replayOutbox();
        }));
    }

    // ---- 2. outbox replay: writes an interrupted run sent (or was about to send) without confirmation
    void replayOutbox()
    {
        if (options.dryRun)
            return readMailboxes();
        auto pending = store.pendingWrites();
        if (!pending.ok())
            return fail(pending.error().message);
        // the entries of one item in the order they were written, different items side by side
        auto entries = std::make_shared<QList<QList<OutboxEntry>>>();
        QHash<QString, int> laneIndex;
        for (const OutboxEntry &entry : pending.value()) {
            const QString key = laneOf(SyncAction::fromJson(entry.payload));
            auto it = laneIndex.constFind(key);
            if (it == laneIndex.cend()) {
                it = laneIndex.insert(key, int(entries->size()));
                entries->append(QList<OutboxEntry>());
            }
            (*entries)[*it].append(entry);
        }
        const int total = int(pending.value().size());
        auto *pool = new WorkPool(options.mailboxesInFlight * kRequestsPerMailbox, kRequestsPerMailbox,
                                  options.mailboxesInFlight, q);
        for (int lane = 0; lane < entries->size(); ++lane) {
            const SyncAction first = SyncAction::fromJson(entries->at(lane).constFirst().payload);
            pool->add(mailboxOf(first), [this, entries, lane, total](WorkPool::Done done) {
                replayLane(entries, lane, 0, total, done);
            });
        }
        pool->start(guarded([this, pool] {
            pool->deleteLater();
            if (stopIfCancelled())
                return;
            readMailboxes();
        }));
        replayPool = pool;
    }

    QPointer<WorkPool> replayPool; // deleted once done

    void replayLane(const std::shared_ptr<QList<QList<OutboxEntry>>> &entries, int lane, int position, int total,
                    const WorkPool::Done &done)
    {
        if (cancelled || position >= entries->at(lane).size())
            return done();
        const OutboxEntry entry = entries->at(lane).at(position);
        const SyncAction action = SyncAction::fromJson(entry.payload);
        Q_EMIT q->progress(usersByMailbox.value(action.mailbox).address,
                           CalendarSync::tr("finishing an interrupted write"), report.replayed, total);
        const qint64 started = clock.elapsedMs();
        // a create is finished; any other write is only recorded when it got through, else the plan redoes it
        // from current state (replaying it as planned could undo a newer edit or a delete)
        writer.finishInterrupted(action, guarded([this, entries, lane, position, total, done, entry, action,
                                                  started](Status s, bool finished) {
            if (finished) {
                settle(entry, action, s, started);
                report.replayed += 1;
            } else if (const Status cleared = store.endWrite(entry.rowId); !cleared.ok()) {
                report.notes.append(cleared.error().message);
            }
            replayLane(entries, lane, position + 1, total, done);
        }));
    }

    // ---- 3. Exchange: each mailbox's changes since its cursor, up to options.mailboxesInFlight mailboxes at
    // once (a mailbox's own pages in order). Every page is staged together with the cursor past it, so a
    // run that stops anywhere continues with the next page.
    void readMailboxes()
    {
        if (!options.exchangeToCrm || users.isEmpty())
            return readCrm();
        readers = new WorkPool(options.mailboxesInFlight, 1, 0, q);
        const int total = int(users.size());
        for (int i = 0; i < total; ++i) {
            const SyncUser user = users.at(i);
            readers->add(user.mailbox, [this, user, i, total](WorkPool::Done done) {
                if (cancelled || !report.error.isEmpty()) {
                    readers->stop();
                    return done();
                }
                Q_EMIT q->progress(user.address, CalendarSync::tr("reading Outlook changes"), i + 1, total);
                readMailbox(user, done);
            });
        }
        readers->start(guarded([this] {
            if (!report.error.isEmpty())
                return fail(report.error);
            if (stopIfCancelled())
                return;
            readCrm();
        }));
    }

    void readMailbox(const SyncUser &user, const WorkPool::Done &done)
    {
        auto stored = store.changeCursor(user.mailbox);
        if (!stored.ok()) {
            report.error = stored.error().message;
            return done();
        }
        // a cursor of another window (a new day, a changed Sync Window) would report the wrong range: the
        // round starts again for the current window
        const QString cursor = stored.value().covers(windowStart, windowEnd) ? stored.value().cursor : QString();
        readPage(user, cursor, false, done);
    }

    void readPage(const SyncUser &user, const QString &cursor, bool restarted, const WorkPool::Done &done)
    {
        exchange()->readChanges(
            user.mailbox, cursor, windowStart, windowEnd,
            guarded([this, user, restarted, done](Result<exchange::ChangePage> result) {
                if (!result.ok()) {
                    // the mailbox is skipped this run; the others go on
                    report.failed += 1;
                    report.failures.append(CalendarSync::tr("%1: reading the calendar failed: %2")
                                               .arg(user.address, result.error().message));
                    return done();
                }
                const exchange::ChangePage &page = result.value();
                if (page.cursorExpired) {
                    report.notes.append(CalendarSync::tr("%1: the change cursor expired; the whole window is read "
                                                         "again.")
                                            .arg(user.address));
                    if (!options.dryRun) {
                        if (const Status s = store.clearChangeCursor(user.mailbox); !s.ok()) {
                            report.error = s.error().message;
                            return done();
                        }
                    }
                    if (restarted) // expired twice in a row: left for the next run
                        return done();
                    return readPage(user, QString(), true, done);
                }
                for (const Error &e : page.invalid)
                    report.notes.append(e.message);
                if (options.dryRun) {
                    // the run's scratch tables only: nothing is staged in the journal
                    if (const Status s = staging.addPage(user.mailbox, page.changed, page.removed); !s.ok()) {
                        report.error = s.error().message;
                        return done();
                    }
                } else {
                    // durable, with the cursor past this page, before anything else happens
                    const Status s = store.stage(user.mailbox, page.changed, page.removed, clock.nowUtc(),
                                                 ChangeCursor{page.cursor, windowStart, windowEnd});
                    if (!s.ok()) {
                        report.error = s.error().message;
                        return done();
                    }
                }
                if (page.last || cancelled)
                    return done();
                readPage(user, page.cursor, restarted, done);
            }));
    }

    // ---- 4. CRM change feed: read once per run, and kept in the run's scratch tables, not in memory: each group
    // reads back the communications it plans
    void readCrm()
    {
        if (stopIfCancelled())
            return;
        auto stored = store.watermark();
        if (!stored.ok())
            return fail(stored.error().message);
        const crm::CrmWatermark watermark = stored.value();
        const auto read = store.crmFeedRead();
        if (!read.ok())
            return fail(read.error().message);
        firstRun = !read.value();
        if (!options.readCrmFeed && !firstRun) {
            feedSkipped = true;
            feedWatermark = watermark;
            return stageInbox();
        }
        Q_EMIT q->progress(QString(), CalendarSync::tr("reading CRM changes"), 0, 0);
        // page by page into the scratch tables: the run never holds the whole feed
        auto page = [this, alive = std::weak_ptr<int>(alive)](QList<crm::CrmAppointment> appointments) -> Status {
            if (alive.expired())
                return makeError(ErrorKind::Cancelled, CalendarSync::tr("The sync run is gone."));
            appointments.removeIf([this](const crm::CrmAppointment &a) { // in place: held once
                const Status s = CalendarMapping::validate(a);
                if (!s.ok())
                    report.notes.append(s.error().message);
                return !s.ok();
            });
            const Status staged = staging.addFeed(appointments);
            appointments = QList<crm::CrmAppointment>();
            releaseFreeMemory(); // each page's memory goes back before the next page is read
            return staged;
        };
        crm().changesPaged(watermark, page, guarded([this](Result<crm::CrmWatermark> read) {
            if (!read.ok())
                return fail(CalendarSync::tr("Reading CRM changes failed: %1").arg(read.error().message));
            feedWatermark = read.value();
            releaseFreeMemory(); // the feed is in the scratch tables now
            stageInbox();
        }));
    }

    // ---- 5. the staged Exchange changes of the run's mailboxes, copied to the scratch tables with what the
    // grouping needs (a dry run's pages are there already)
    void stageInbox()
    {
        if (!options.dryRun) {
            QSet<QString> mailboxes;
            for (const SyncUser &u : std::as_const(users))
                mailboxes.insert(u.mailbox);
            if (const Status s = staging.addInbox(mailboxes); !s.ok())
                return fail(s.error().message);
        }
        fillSkeletal(0);
    }

    // ---- 5b. skeletal occurrences read in full, a page of them at a time, before the changes are grouped: their
    // meeting (iCalUId) is what puts the copies of one occurrence in several mailboxes into one group
    void fillSkeletal(qint64 afterSeq)
    {
        if (stopIfCancelled())
            return;
        auto page = staging.skeletalRows(afterSeq, options.groupItems > 0 ? options.groupItems : 1);
        if (!page.ok())
            return fail(page.error().message);
        if (page.value().isEmpty())
            return planNextGroup();
        const qint64 last = page.value().constLast().seq;
        if (checks)
            checks->deleteLater();
        checks = new WorkPool(options.mailboxesInFlight * kRequestsPerMailbox, kRequestsPerMailbox,
                              options.mailboxesInFlight, q);
        for (const RunStaging::RowRef &row : std::as_const(page.value())) {
            checks->add(row.mailbox, [this, row](WorkPool::Done done) {
                if (cancelled || failedHard) {
                    checks->stop();
                    return done();
                }
                exchange()->getEvent(row.mailbox, row.item,
                                     guarded([this, row, done](Result<exchange::ExchangeEvent> e) {
                                         Status s;
                                         if (e.ok()) {
                                             const Status valid = CalendarMapping::validate(e.value());
                                             if (valid.ok()) {
                                                 s = staging.fillRow(row.seq, e.value());
                                             } else {
                                                 report.notes.append(valid.error().message);
                                                 s = staging.dropRow(row.seq);
                                             }
                                         } else if (isGone(e.error())) {
                                             s = staging.removeRow(row.seq);
                                         } else {
                                             report.failed += 1;
                                             report.failures.append(e.error().message);
                                             s = staging.dropRow(row.seq);
                                         }
                                         if (!s.ok()) {
                                             report.error = s.error().message;
                                             failedHard = true;
                                         }
                                         done();
                                     }));
            });
        }
        checks->start(guarded([this, last] {
            if (failedHard)
                return fail(report.error);
            fillSkeletal(last);
        }));
    }

    // ---- 6. groups: the next mailboxes (in the run's order), with everything their changes and their users'
    // feed communications touch (RunStaging: a group is closed), until it holds options.groupItems changes;
    // then the feed communications no mailbox took. Each is planned on its own and its plan kept in the scratch
    // tables: the run holds one group at a time.
    int nextUser = 0;
    int groups = 0; // planned so far
    void planNextGroup()
    {
        if (stopIfCancelled())
            return;
        RunStaging::Group group;
        const int limit = qMax(1, options.groupItems);
        while (nextUser < users.size() && group.size() < limit) {
            const SyncUser &u = users.at(nextUser++);
            if (const Status s = staging.addMailbox(group, u.mailbox, u.crmUserId); !s.ok())
                return fail(s.error().message);
        }
        if (group.size() == 0) {
            auto more = staging.addUnplannedFeed(group, limit);
            if (!more.ok())
                return fail(more.error().message);
            if (!more.value())
                return planned();
        }
        if (const Status s = staging.seal(group, groups); !s.ok())
            return fail(s.error().message);
        // no count: done/total are the writes'
        Q_EMIT q->progress(QString(),
                           CalendarSync::tr("planning: %1 of %n mailbox(es) read, %2 change(s) in this group",
                                            nullptr, int(users.size()))
                               .arg(nextUser)
                               .arg(group.size()),
                           0, 0);
        loadGroup(group);
    }

    // The group being planned: its inputs until its plan is built.
    QList<ItemLink> links;
    QList<ExchangeChange> changes;
    QList<crm::CrmAppointment> crmFeed; // the group's part of the feed, in feed order
    QHash<QString, crm::CrmAppointment> records;
    // The CRM's texts until the plan is built: the feed's users, states and places repeat in many records, and
    // a record read for an Exchange change is often in the feed as well. Each is held once.
    StringPool crmTexts;
    void shareTexts(crm::CrmAppointment &a)
    {
        a.subject = crmTexts(a.subject);
        a.details = crmTexts(a.details);
        a.location = crmTexts(a.location);
        a.status = crmTexts(a.status);
        a.type = crmTexts(a.type);
        a.action = crmTexts(a.action);
        a.ownerUserId = crmTexts(a.ownerUserId);
        for (QString &user : a.linkedUserIds)
            user = crmTexts(user);
        a.exchangeId = crmTexts(a.exchangeId);
        a.exchangeResponses = crmTexts(a.exchangeResponses);
    }

    // ---- 6a. the group's staged changes: fill skeletal occurrences, check removals against the server
    void loadGroup(const RunStaging::Group &group)
    {
        auto staged = staging.changesOf(group);
        if (!staged.ok())
            return fail(staged.error().message);
        auto feed = staging.feedOf(group);
        if (!feed.ok())
            return fail(feed.error().message);
        crmFeed = std::move(feed.value());
        for (crm::CrmAppointment &a : crmFeed)
            shareTexts(a);
        links = group.links.values();
        std::sort(links.begin(), links.end(), [](const ItemLink &a, const ItemLink &b) { return a.rowId < b.rowId; });
        QList<ExchangeChange> inbox = std::move(staged.value());
        QSet<QString> linkedKeys; // mailbox|item of linked items, and mailbox|series master id of linked occurrences
        for (const ItemLink &l : std::as_const(links)) {
            linkedKeys.insert(l.mailbox + QLatin1Char('|') + l.exchangeItemId);
            if (!l.seriesMasterId.isEmpty())
                linkedKeys.insert(l.mailbox + QLatin1Char('|') + l.seriesMasterId);
        }
        // the checks go out side by side (up to 4 per mailbox, as Exchange allows); the changes keep the order
        // they were staged in
        auto checked = std::make_shared<QList<std::optional<ExchangeChange>>>(inbox.size());
        if (checks)
            checks->deleteLater();
        checks = new WorkPool(options.mailboxesInFlight * kRequestsPerMailbox, kRequestsPerMailbox,
                              options.mailboxesInFlight, q);
        for (int i = 0; i < inbox.size(); ++i) {
            ExchangeChange &item = inbox[i];
            // a removal of something linked (an item, or the master of linked occurrences) is checked
            // against the server: still there means it only left the window
            const bool linked = linkedKeys.contains(item.mailbox + QLatin1Char('|') + item.event.id);
            const bool check = item.removed ? linked : item.event.skeletal;
            if (!check) {
                (*checked)[i] = std::move(item);
                continue;
            }
            // the check needs the item's address only: its content is read again from the server
            const QString mailbox = item.mailbox, id = item.event.id;
            const qint64 row = item.inboxRowId;
            item = ExchangeChange();
            checks->add(mailbox, [this, checked, i, mailbox, id, row](WorkPool::Done done) {
                if (cancelled) {
                    checks->stop();
                    return done();
                }
                exchange()->getEvent(
                    mailbox, id, guarded([this, checked, i, mailbox, id, row, done](Result<exchange::ExchangeEvent> e) {
                        if (e.ok()) {
                            // still there: it left the window or changed, it was not deleted
                            if (const Status s = CalendarMapping::validate(e.value()); s.ok())
                                (*checked)[i] = ExchangeChange{mailbox, e.value(), false, row};
                            else
                                report.notes.append(s.error().message);
                        } else if (isGone(e.error())) {
                            exchange::ExchangeEvent gone;
                            gone.id = id;
                            (*checked)[i] = ExchangeChange{mailbox, gone, true, row};
                        } else {
                            report.failed += 1;
                            report.failures.append(e.error().message);
                        }
                        done();
                    }));
            });
        }
        inbox = QList<ExchangeChange>(); // in `checked` now (the checks hold what they need): held once
        checks->start(guarded([this, checked] {
            if (stopIfCancelled())
                return;
            changes.reserve(checked->size());
            for (std::optional<ExchangeChange> &c : *checked) {
                if (c)
                    changes.append(std::move(*c));
            }
            *checked = QList<std::optional<ExchangeChange>>();
            prefetchRecords();
        }));
    }

    // ---- 6b. the CRM records the group's Exchange changes touch
    void prefetchRecords()
    {
        QHash<QString, QString> commByKey, commByUid;
        for (const ItemLink &l : std::as_const(links)) {
            commByKey.insert(l.mailbox + QLatin1Char('|') + l.exchangeItemId, l.crmCommId);
            if (!l.iCalUId.isEmpty())
                commByUid.insert(l.iCalUId, l.crmCommId);
        }
        QStringList ids;
        QSet<QString> seen;
        QHash<qint64, QString> commOfChange;
        for (const ExchangeChange &c : std::as_const(changes)) {
            QString id = commByKey.value(c.mailbox + QLatin1Char('|') + c.event.id);
            if (id.isEmpty())
                id = commByUid.value(c.event.iCalUId);
            if (id.isEmpty() && !c.removed) // our own create whose answer was lost: adopted by the plan
                id = CalendarPlanner::commIdOf(c.event.transactionId);
            if (!id.isEmpty() && !seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
            if (!id.isEmpty())
                commOfChange.insert(c.inboxRowId, id);
        }
        if (ids.isEmpty())
            return recordsRead();
        Q_EMIT q->progress(QString(), CalendarSync::tr("reading %n CRM record(s)", nullptr, int(ids.size())), 0, 0);
        crm().getAppointments(ids, guarded([this, ids, commOfChange](Result<QHash<QString, crm::CrmAppointment>> read) {
            QSet<QString> unreadable;
            if (!read.ok()) {
                // a record that could not be read is not "gone": its changes stay staged for the next run
                for (const QString &id : ids)
                    unreadable.insert(id);
                report.failed += 1;
                report.failures.append(read.error().message);
            } else {
                for (auto it = read.value().cbegin(); it != read.value().cend(); ++it) {
                    if (it->deleted)
                        continue;
                    crm::CrmAppointment record = *it;
                    shareTexts(record);
                    records.insert(it.key(), std::move(record));
                }
            }
            if (!unreadable.isEmpty()) // filtered in place: the changes are never held twice
                changes.removeIf([&unreadable, &commOfChange](const ExchangeChange &c) {
                    return unreadable.contains(commOfChange.value(c.inboxRowId));
                });
            recordsRead();
        }));
    }

    void recordsRead()
    {
        if (stopIfCancelled())
            return;
        if (feedSkipped)
            crmChangesFromRecords();
        if (const Status s = findOpenCrmCreates(links); !s.ok())
            return fail(s.error().message);
        buildPlan();
    }

    // Without the feed, a record read for this run's changes that differs from what its link last saw was
    // changed in the CRM: it goes to the plan as the feed would have given it (conflicts, CRM → Exchange).
    void crmChangesFromRecords()
    {
        QHash<QString, QString> seenHash; // comm → the CRM fingerprint its (organizer's) link holds
        for (const ItemLink &l : std::as_const(links)) {
            if (records.contains(l.crmCommId) && (l.isOrganizer || !seenHash.contains(l.crmCommId)))
                seenHash.insert(l.crmCommId, l.crmHash);
        }
        for (auto it = records.cbegin(); it != records.cend(); ++it) {
            const auto seen = seenHash.constFind(it.key());
            if (seen == seenHash.cend() || CalendarMapping::crmFingerprint(*it, options.mapping) == *seen)
                continue;
            if (const Status s = CalendarMapping::validate(*it); !s.ok()) {
                report.notes.append(s.error().message);
                continue;
            }
            crmFeed.append(*it);
        }
    }

    // CRM records in the feed that carry an Exchange id but no link may be our own Outlook → CRM creates,
    // half written (the communication stored, its user links or its answer lost); their failed-message rows
    // say which Outlook items they are for, so the plan completes them instead of mirroring them.
    QHash<QString, QList<PlanMember>> openCrmCreates;
    QSet<QString> openExchangeCreates;
    Status findOpenCrmCreates(const QList<ItemLink> &links)
    {
        QSet<QString> linkedItems;
        for (const ItemLink &l : links)
            linkedItems.insert(l.mailbox + QLatin1Char('|') + l.exchangeItemId);
        for (const ExchangeChange &c : std::as_const(changes)) {
            const QString commId = CalendarPlanner::commIdOf(c.event.transactionId);
            if (c.removed || commId.isEmpty() || linkedItems.contains(c.mailbox + QLatin1Char('|') + c.event.id))
                continue;
            // the key SyncWriter::itemKey gives a failed CRM → Exchange create
            const auto open = failures.findOpen(QStringLiteral("crm_to_exchange|%1|%2").arg(c.mailbox, commId));
            if (!open.ok())
                return open.error();
            if (open.value())
                openExchangeCreates.insert(c.mailbox + QLatin1Char('|') + commId);
        }
        QSet<QString> linkedComms;
        for (const ItemLink &l : links)
            linkedComms.insert(l.crmCommId);
        for (const crm::CrmAppointment &a : std::as_const(crmFeed)) {
            if (a.exchangeId.isEmpty() || a.deleted || linkedComms.contains(a.id) ||
                openCrmCreates.contains(a.exchangeId))
                continue;
            const auto open = failures.findOpen(QStringLiteral("exchange_to_crm|uid:") + a.exchangeId);
            if (!open.ok())
                return open.error();
            if (!open.value())
                continue;
            const auto action = SyncActionRetrier::actionFromSnapshot(open.value()->snapshot);
            if (action.ok() && action.value().kind == ActionKind::CrmCreate)
                openCrmCreates.insert(a.exchangeId, action.value().members);
        }
        return Status();
    }

    // The inputs of a plan are gone once it is built: their memory goes back to the system before the next
    // group, instead of staying with the process as free heap for the rest of the run.
    static void releaseFreeMemory()
    {
#ifdef __GLIBC__
        malloc_trim(0);
#endif
    }

    // What the groups' plans add up to, for the safety stop and the progress (the plans themselves are in the
    // scratch tables).
    QHash<QString, int> linkedItems;  // per mailbox, a series once (the journal's links)
    QHash<QString, int> adoptedItems; // per mailbox: lost creates the plans link
    QHash<QString, int> deletes;      // per mailbox, a removed series once
    QSet<QString> seriesDeleted;      // mailbox|series of the deletes counted
    QHash<QPair<QString, QString>, int> writesByMailboxes; // (mailbox, link's mailbox) → actions

    // ---- 6c. the group's plan, kept for the writes
    void buildPlan()
    {
        PlanInput in;
        in.users = users;
        in.directory = directory;
        in.links = std::move(links);
        in.exchangeChanges = changes;
        in.crmChanges = std::move(crmFeed);
        in.crmRecords = std::move(records);
        in.openCrmCreates = std::move(openCrmCreates);
        in.openExchangeCreates = std::move(openExchangeCreates);
        in.firstRun = firstRun;
        in.crmToExchange = options.crmToExchange;
        in.exchangeToCrm = options.exchangeToCrm;
        in.windowStartUtc = windowStart;
        in.windowEndUtc = windowEnd;
        in.policy = options.policy;
        in.mapping = options.mapping;
        CalendarPlan plan = CalendarPlanner::build(in);
        in = PlanInput();
        links = QList<ItemLink>();
        crmFeed = QList<crm::CrmAppointment>();
        records = QHash<QString, crm::CrmAppointment>();
        openCrmCreates.clear();
        openExchangeCreates.clear();
        crmTexts = StringPool(); // it kept every text alive
        // which staged changes the plan saw: the group's completion clears those that are done
        Status kept = staging.markPlanned(changes, plan.settled);
        changes = QList<ExchangeChange>();
        if (!kept.ok())
            return fail(kept.error().message);
        report.notes += plan.notes;
        report.conflicts += int(plan.conflicts.size());
        for (const ConflictRecord &c : plan.conflicts)
            logConflict(c);
        for (const SyncAction &a : plan.actions) {
            count(report.planned, a);
            writesByMailboxes[qMakePair(a.mailbox, a.link.mailbox)] += 1;
            if (a.kind == ActionKind::Adopt)
                adoptedItems[a.mailbox] += 1;
            if (!a.isDelete())
                continue;
            const QString series = a.mailbox + QLatin1Char('|') + a.seriesId;
            if (a.seriesId.isEmpty() || !seriesDeleted.contains(series))
                deletes[a.mailbox] += 1;
            if (!a.seriesId.isEmpty())
                seriesDeleted.insert(series);
        }
        if (!options.dryRun)
            kept = staging.addActions(groups, plan.actions, &laneOf, &mailboxOf);
        plan = CalendarPlan();
        releaseFreeMemory();
        if (!kept.ok())
            return fail(kept.error().message);
        ++groups;
        QMetaObject::invokeMethod(q, guarded([this] { planNextGroup(); }), Qt::QueuedConnection);
    }

    void logConflict(const ConflictRecord &c)
    {
        if (options.dryRun)
            return;
        const QJsonObject both{{QStringLiteral("crm"), SyncJournal::appointmentToJson(c.crm)},
                               {QStringLiteral("exchange"), SyncJournal::eventToJson(c.exchange)},
                               {QStringLiteral("kept"), c.kept == Side::Crm ? QStringLiteral("crm")
                                                                            : QStringLiteral("exchange")},
                               {QStringLiteral("policy"), CalendarMapping::policyName(options.policy)}};
        queue::LogEntry e;
        e.direction = c.kept == Side::Crm ? QStringLiteral("crm_to_exchange") : QStringLiteral("exchange_to_crm");
        e.user = usersByMailbox.value(c.mailbox).address;
        e.item = c.crm.subject.isEmpty() ? c.commId : c.crm.subject;
        e.action = QStringLiteral("conflict");
        e.result = queue::LogResult::Conflict;
        e.message = CalendarSync::tr("Changed in both the CRM and Outlook since the last sync; the %1 "
                                     "version is kept (%2).")
                        .arg(c.kept == Side::Crm ? CalendarSync::tr("CRM") : CalendarSync::tr("Outlook"),
                             CalendarMapping::policyName(options.policy));
        e.conflict = both;
        if (const auto s = log.append(e); !s.ok())
            qCWarning(lcCalendar) << s.error().message;
    }

    // ---- 7. every group planned: mailboxes whose deletes exceed the share ask first
    void planned()
    {
        // the share of each mailbox's linked items (as the journal holds them before the writes) is only
        // weighed when a delete is planned: a pass without one does not count the organisation's links
        if (!deletes.isEmpty()) {
            auto counted = store.linkedItemsByMailbox();
            if (!counted.ok())
                return fail(counted.error().message);
            linkedItems = counted.value();
        }
        QList<SafetyStop> stops;
        for (const SyncUser &u : std::as_const(users)) {
            const int n = deletes.value(u.mailbox);
            const int items = linkedItems.value(u.mailbox) + adoptedItems.value(u.mailbox);
            if (CalendarPlanner::exceedsDeleteShare(n, items, options.massDeletePercent))
                stops.append(SafetyStop{u.address, n, items, options.massDeletePercent});
        }
        askNext(stops, 0);
    }

    void askNext(const QList<SafetyStop> &stops, int i)
    {
        if (i >= stops.size())
            return execute();
        const SafetyStop stop = stops.at(i);
        auto answer = [this, stops, i, stop](bool yes) {
            QMetaObject::invokeMethod(
                q,
                [this, stops, i, stop, yes] {
                    if (!yes) {
                        report.stops.append(stop);
                        stoppedMailboxes.insert(usersByAddress.value(stop.mailbox).mailbox);
                    }
                    askNext(stops, i + 1);
                },
                Qt::QueuedConnection);
        };
        if (!q->m_decider)
            return answer(false);
        q->m_decider(stop, answer);
    }

    static void count(SyncCounts &c, const SyncAction &a)
    {
        switch (a.kind) {
        case ActionKind::ExchangeCreate:
            c.exchangeCreates += 1;
            break;
        case ActionKind::ExchangeUpdate:
            c.exchangeUpdates += 1;
            break;
        case ActionKind::ExchangeDelete:
        case ActionKind::ExchangeCancel:
            c.exchangeDeletes += 1;
            break;
        case ActionKind::CrmCreate:
            c.crmCreates += 1;
            break;
        case ActionKind::CrmUpdate:
            c.crmUpdates += 1;
            break;
        case ActionKind::CrmDelete:
            c.crmDeletes += 1;
            break;
        case ActionKind::Link:
        case ActionKind::Unlink:
        case ActionKind::Adopt:
            c.linked += 1;
            break;
        }
        c.invitations += a.invitations;
        c.cancellations += a.cancellations;
    }

    bool held(const QString &mailbox, const QString &linkMailbox) const
    {
        return stoppedMailboxes.contains(mailbox) || stoppedMailboxes.contains(linkMailbox);
    }

    // ---- 8. execute through the outbox, one group after the other
    int totalWrites = 0; // of every group, a declined mailbox's left out
    int writing = 0;     // the group being written
    void execute()
    {
        if (options.dryRun) {
            report.dryRun = true;
            return finish();
        }
        for (auto it = writesByMailboxes.cbegin(); it != writesByMailboxes.cend(); ++it) {
            if (!held(it.key().first, it.key().second))
                totalWrites += it.value();
        }
        writeNextGroup();
    }

    // The group being written: each action's place in the plan, read in full when its write starts (the
    // writes under way hold their actions, not the whole group).
    QList<RunStaging::ActionRef> groupActions;
    void writeNextGroup()
    {
        if (writing >= groups)
            return complete();
        auto read = staging.actionRefsOf(writing);
        if (!read.ok())
            return fail(read.error().message);
        groupActions = std::move(read.value());
        lanes.clear();
        QHash<QString, int> laneIndex;
        for (int index = 0; index < groupActions.size(); ++index) {
            const RunStaging::ActionRef &a = groupActions.at(index);
            // a declined mailbox keeps every change touching its items for the next run
            if (held(a.mailbox, a.linkMailbox)) {
                for (qint64 row : a.inboxRows)
                    heldRows.insert(row);
                continue;
            }
            const QString &key = a.lane;
            auto it = laneIndex.constFind(key);
            if (it == laneIndex.cend()) {
                it = laneIndex.insert(key, int(lanes.size()));
                lanes.append(QList<int>());
            }
            lanes[*it].append(index);
        }
        // options.mailboxesInFlight mailboxes at once, each with at most kRequestsPerMailbox items under way
        // (what the mailbox may have in flight anyway), so a cancel leaves the rest of a busy mailbox unstarted
        // instead of queued in the HTTP layer
        if (writers)
            writers->deleteLater();
        writers = new WorkPool(options.mailboxesInFlight * kRequestsPerMailbox, kRequestsPerMailbox,
                               options.mailboxesInFlight, q);
        for (int lane = 0; lane < lanes.size(); ++lane) {
            const RunStaging::ActionRef &first = groupActions.at(lanes.at(lane).constFirst());
            writers->add(first.target, [this, lane](WorkPool::Done done) { runLane(lane, 0, done); });
        }
        writers->start(guarded([this] {
            if (options.diagnosticMode)
                qCInfo(lcCalendar).noquote()
                    << QStringLiteral("writes of group %1: %2 items, at most %3 at once, %4 of one mailbox, %5 "
                                      "mailboxes")
                           .arg(writing + 1)
                           .arg(writers->started())
                           .arg(writers->peakRunning())
                           .arg(writers->peakPerKey())
                           .arg(writers->peakKeys());
            if (failedHard)
                return fail(report.error);
            if (stopIfCancelled())
                return;
            if (const Status s = completeGroup(writing); !s.ok())
                return fail(s.error().message);
            ++writing;
            groupActions = QList<RunStaging::ActionRef>();
            releaseFreeMemory(); // what the group's writes allocated goes back before the next group
            QMetaObject::invokeMethod(q, guarded([this] { writeNextGroup(); }), Qt::QueuedConnection);
        }));
    }

    // The writes of one item stay in plan order; different items are written side by side. A cancel starts
    // nothing new and lets the writes under way finish.
    // The mailbox a write goes to (a linked item's, else the action's): the key of its concurrency limit.
    static QString mailboxOf(const SyncAction &a)
    {
        return a.link.mailbox.isEmpty() ? a.mailbox : a.link.mailbox;
    }

    static QString laneOf(const SyncAction &a)
    {
        const QString comm = a.commId.isEmpty() ? a.link.crmCommId : a.commId;
        if (!comm.isEmpty())
            return QStringLiteral("comm:") + comm;
        return QStringLiteral("item:%1|%2").arg(mailboxOf(a), SyncWriter::exchangeItemId(a));
    }

    void runLane(int lane, int position, const WorkPool::Done &done)
    {
        if (cancelled || failedHard) {
            writers->stop();
            return done();
        }
        if (position >= lanes.at(lane).size())
            return done();
        auto action = staging.action(groupActions.at(lanes.at(lane).at(position)).seq);
        if (!action.ok()) {
            report.error = action.error().message;
            failedHard = true;
            return done();
        }
        writeOne(action.value(), [this, lane, position, done] {
            QMetaObject::invokeMethod(q, guarded([this, lane, position, done] { runLane(lane, position + 1, done); }),
                                      Qt::QueuedConnection);
        });
    }

    bool failedHard = false; // the journal failed: nothing more is written, the run fails

    void writeOne(const SyncAction &action, std::function<void()> next)
    {
        ++actionIndex;
        Q_EMIT q->writeStarted(usersByMailbox.value(action.mailbox).address, SyncAction::kindName(action.kind),
                               subjectOf(action));
        const qint64 started = clock.elapsedMs();
        if (action.kind == ActionKind::Unlink || (action.kind == ActionKind::Link && action.members.isEmpty() &&
                                                  action.link.exchangeItemId.isEmpty())) {
            writer.perform(action, [this, action, started, next](Status s) {
                if (s.ok()) {
                    applied(action);
                    settleEarlierFailures(action);
                } else if (recordFailure(action, s.error(), started)) {
                    applied(action);
                }
                reportWrite(action, s);
                next();
            });
            return;
        }
        OutboxEntry entry;
        entry.direction = SyncWriter::directionName(action);
        entry.operation = SyncAction::kindName(action.kind);
        entry.mailbox = action.mailbox;
        entry.targetId = action.commId.isEmpty() ? action.link.exchangeItemId : action.commId;
        entry.idempotencyKey = idempotencyKey(action);
        entry.payload = action.toJson();
        auto begun = store.beginWrite(entry, clock.nowUtc());
        if (!begun.ok()) {
            report.error = begun.error().message;
            failedHard = true;
            return next();
        }
        writer.perform(action, [this, entry = begun.value(), action, started, next](Status s) {
            settle(entry, action, s, started);
            reportWrite(action, s);
            next();
        });
    }

    // Progress after each write: which side, what happened to which item, and why it was written. Said once
    // the outcome is known, so a failed create never reads as "created".
    void reportWrite(const SyncAction &action, const Status &s)
    {
        ++writesDone;
        Q_EMIT q->progress(usersByMailbox.value(action.mailbox).address, CalendarSync::describeWrite(action, s),
                           writesDone, totalWrites);
    }

    QString idempotencyKey(const SyncAction &a) const
    {
        if (a.kind == ActionKind::ExchangeCreate)
            return a.transactionId;
        if (a.kind == ActionKind::CrmCreate)
            return QStringLiteral("crm-create:") + a.appointment.exchangeId;
        return QStringLiteral("%1:%2|%3|%4:%5")
            .arg(SyncAction::kindName(a.kind), a.link.mailbox, a.link.exchangeItemId, a.commId,
                 QString::number(clock.nowUtc().toMSecsSinceEpoch()));
    }

    // The outbox entry is cleared once the write is confirmed or held by the failed-message queue. When the
    // queue could not take the failure (the journal failed), the entry stays: the next run replays it.
    void settle(const OutboxEntry &entry, const SyncAction &action, const Status &s, qint64 started)
    {
        if (s.ok()) {
            count(report.done, action);
            logEntry(action, queue::LogResult::Ok, action.reason, clock.elapsedMs() - started);
            applied(action);
            settleEarlierFailures(action);
        } else if (!recordFailure(action, s.error(), started)) {
            return;
        } else {
            applied(action); // waits in the failed-message queue, which retries it
        }
        if (const Status cleared = store.endWrite(entry.rowId); !cleared.ok())
            report.notes.append(cleared.error().message);
    }

    void applied(const SyncAction &action)
    {
        for (qint64 row : action.inboxRows)
            appliedRows.insert(row);
    }

    // A newer change of an item whose earlier write still waits in the queue went through: the earlier one is
    // moot (replaying it would undo the newer one).
    void settleEarlierFailures(const SyncAction &action)
    {
        QStringList keys{SyncWriter::itemKey(action)};
        QString note = CalendarSync::tr("a newer change of the item was applied by a sync run");
        if (action.kind == ActionKind::Adopt) {
            note = CalendarSync::tr("the item was created after all (its answer was lost); a sync run linked it");
        } else if (action.kind == ActionKind::CrmDelete && !action.members.isEmpty() &&
                   !action.members.constFirst().event.iCalUId.isEmpty()) {
            // the record a lost Outlook → CRM create stored, removed because its Outlook item is gone
            keys.append(QStringLiteral("exchange_to_crm|uid:") + action.members.constFirst().event.iCalUId);
            note = CalendarSync::tr("the Outlook item was deleted before its CRM record was completed; a sync run "
                                    "removed the record");
        } else if (action.kind == ActionKind::Link && !action.members.isEmpty() &&
                   !action.members.constFirst().event.iCalUId.isEmpty()) {
            // a half-written Outlook → CRM create completed by the run: its row is keyed by the meeting
            keys.append(QStringLiteral("exchange_to_crm|uid:") + action.members.constFirst().event.iCalUId);
            note = CalendarSync::tr("the CRM record was stored after all (its answer was lost); a sync run "
                                    "completed it");
        }
        for (const QString &key : keys) {
            const auto settled = failures.settleSuperseded(key, note);
            if (!settled.ok())
                report.notes.append(settled.error().message);
        }
    }

    // Whether the failure is held by the failed-message queue.
    bool recordFailure(const SyncAction &action, const Error &error, qint64 started)
    {
        report.failed += 1;
        report.failures.append(CalendarSync::tr("%1 \"%2\" (%3): %4")
                                   .arg(SyncAction::kindName(action.kind), subjectOf(action),
                                        usersByMailbox.value(action.mailbox).address, error.message));
        queue::FailureRecord f;
        f.direction = directionOf(action);
        f.crmUserId = action.crmUserId;
        f.mailbox = mailboxOf(action);
        f.crmItemId = action.commId;
        f.exchangeItemId = SyncWriter::exchangeItemId(action);
        f.operation = SyncActionRetrier::operationName(action.kind);
        f.subject = subjectOf(action);
        f.snapshot = SyncActionRetrier::snapshot(action, clock.nowUtc());
        f.error = error;
        f.itemKey = SyncWriter::itemKey(action);
        const auto recorded = failures.record(f);
        if (!recorded.ok()) {
            report.notes.append(recorded.error().message);
            logEntry(action, queue::LogResult::Failed, error.message, clock.elapsedMs() - started);
            return false;
        }
        report.queued.append(recorded.value().id);
        logEntry(action,
                 recorded.value().state == queue::MessageState::Parked ? queue::LogResult::Parked
                                                                       : queue::LogResult::Failed,
                 error.message, clock.elapsedMs() - started, recorded.value().id);
        return true;
    }

    // ---- 9. a group is written: its staged changes that are done are cleared (the rest stay staged)
    Status completeGroup(int index)
    {
        // A staged change is cleared only once applied: its actions done (or parked as failed messages), or
        // the plan settled it for a stated reason. Anything else stays staged for the next run.
        auto rows = staging.plannedRowsOf(index);
        if (!rows.ok())
            return rows.error();
        QSet<qint64> rowsInActions;
        for (const RunStaging::ActionRef &a : std::as_const(groupActions)) {
            for (qint64 row : a.inboxRows)
                rowsInActions.insert(row);
        }
        QList<qint64> done;
        for (const RunStaging::PlannedRow &c : std::as_const(rows.value())) {
            if (stoppedMailboxes.contains(c.mailbox) || heldRows.contains(c.inboxRowId))
                continue;
            if (appliedRows.contains(c.inboxRowId) || c.settled) {
                done.append(c.inboxRowId);
                continue;
            }
            // with Exchange → CRM off it waits until it is switched on
            if (!options.exchangeToCrm)
                continue;
            // an action for it that did not complete has its failure reported
            if (!rowsInActions.contains(c.inboxRowId))
                report.notes.append(
                    CalendarSync::tr("%1: the Outlook change to \"%2\" was not applied; it stays staged.")
                        .arg(usersByMailbox.value(c.mailbox).address, c.subject));
        }
        appliedRows.clear(); // a staged change is in one group only
        heldRows.clear();
        return store.unstage(done);
    }

    // ---- 10. the run is applied: every group written, the watermark moves on
    void complete()
    {
        // with a declined stop or a single user the feed is read again next time (hashes skip what is done)
        if (feedSkipped) {
            // the feed was not read: the watermark stays where it is
        } else if (stoppedMailboxes.isEmpty() && options.user.isEmpty() && options.crmToExchange) {
            if (const Status s = store.saveWatermark(feedWatermark, clock.nowUtc()); !s.ok())
                return fail(s.error().message);
        } else if (firstRun && stoppedMailboxes.isEmpty() && options.user.isEmpty()) {
            (void)store.saveWatermark(feedWatermark, clock.nowUtc());
        }
        finish();
    }
};

CalendarSync::CalendarSync(Connections &connections, Journal &journal, Clock &clock, SyncRunOptions options,
                           QObject *parent)
    : QObject(parent), d(std::make_unique<Impl>(this, connections, journal, clock, std::move(options)))
{
    qRegisterMetaType<cxsync::sync::SyncReport>();
}

CalendarSync::~CalendarSync() = default;

void CalendarSync::start()
{
    if (m_running)
        return;
    m_running = true;
    d->startedMs = d->clock.elapsedMs();
    d->report.dryRun = d->options.dryRun;
    QMetaObject::invokeMethod(this, [this] { d->loadUsers(); }, Qt::QueuedConnection);
}

QString CalendarSync::describeWrite(const SyncAction &a, const Status &outcome)
{
    const bool ok = outcome.ok();
    QString what;
    switch (a.kind) {
    case ActionKind::ExchangeCreate:
        what = ok ? tr("Outlook: created") : tr("Outlook: creating failed for");
        break;
    case ActionKind::ExchangeUpdate:
        what = ok ? tr("Outlook: updated") : tr("Outlook: updating failed for");
        break;
    case ActionKind::ExchangeDelete:
        what = ok ? tr("Outlook: deleted") : tr("Outlook: deleting failed for");
        break;
    case ActionKind::ExchangeCancel:
        what = ok ? tr("Outlook: cancelled") : tr("Outlook: cancelling failed for");
        break;
    case ActionKind::CrmCreate:
        what = ok ? tr("CRM: created") : tr("CRM: creating failed for");
        break;
    case ActionKind::CrmUpdate:
        what = ok ? tr("CRM: updated") : tr("CRM: updating failed for");
        break;
    case ActionKind::CrmDelete:
        what = ok ? tr("CRM: deleted") : tr("CRM: deleting failed for");
        break;
    case ActionKind::Link:
    case ActionKind::Adopt:
        what = ok ? tr("linked") : tr("linking failed for");
        break;
    case ActionKind::Unlink:
        what = ok ? tr("unlinked") : tr("unlinking failed for");
        break;
    }
    const QString subject = a.appointment.subject.isEmpty() ? a.event.subject : a.appointment.subject;
    QString line = subject.isEmpty() ? what : QStringLiteral("%1 \"%2\"").arg(what, subject);
    if (ok)
        return a.reason.isEmpty() ? line : tr("%1 (%2)").arg(line, a.reason);
    return tr("%1: %2").arg(line, outcome.error().message);
}

QString CalendarSync::describe(const SyncReport &r)
{
    const SyncCounts &c = r.dryRun ? r.planned : r.done;
    QString line = tr("Exchange %1 created, %2 updated, %3 deleted; CRM %4 created, %5 updated, %6 deleted")
                       .arg(c.exchangeCreates)
                       .arg(c.exchangeUpdates)
                       .arg(c.exchangeDeletes)
                       .arg(c.crmCreates)
                       .arg(c.crmUpdates)
                       .arg(c.crmDeletes);
    if (r.dryRun)
        line = tr("planned (nothing written): %1").arg(line);
    if (c.invitations || c.cancellations)
        line += QLatin1String("; ") + tr("%1 invitation(s), %2 cancellation(s)").arg(c.invitations).arg(c.cancellations);
    if (r.conflicts)
        line += QLatin1String("; ") + tr("%n conflict(s)", nullptr, r.conflicts);
    if (r.failed)
        line += QLatin1String("; ") + tr("%n failed (in the failed-message queue)", nullptr, r.failed);
    if (!r.stops.isEmpty())
        line += QLatin1String("; ") + tr("%n mailbox(es) kept by the safety stop", nullptr, int(r.stops.size()));
    if (r.cancelled)
        line += QLatin1String("; ") + tr("stopped before the end");
    return tr("%1 (%n mailbox(es), %2 ms)", nullptr, r.mailboxes).arg(line).arg(r.durationMs);
}

void CalendarSync::cancel()
{
    d->cancelled = true;
    for (WorkPool *pool : {d->replayPool.data(), d->readers, d->checks, d->writers}) {
        if (pool)
            pool->stop();
    }
}

} // namespace cxsync::sync
