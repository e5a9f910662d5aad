#include "ConsistencyRepairer.h"

#include "ConsistencyAnalysis.h"
#include "connect/Connections.h"
#include "crm/CrmConnector.h"
#include "exchange/ExchangeConnector.h"
#include "queue/TransactionLog.h"
#include "store/Journal.h"
#include "sync/CalendarPlan.h"
#include "sync/SyncWriter.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSet>

namespace cxsync::consistency {

Q_LOGGING_CATEGORY(lcRepair, "cxsync.consistency.repair")

using sync::ActionKind;
using sync::CalendarMapping;
using sync::PlanMember;
using sync::SyncAction;

namespace {
bool isGone(const Error &e)
{
    return e.kind == ErrorKind::NotFound || e.httpStatus == 404 || e.httpStatus == 410;
}
} // namespace

struct ConsistencyRepairer::Impl {
    ConsistencyRepairer *q;
    Connections &connections;
    Journal &journal;
    Clock &clock;
    RepairOptions options;
    sync::SyncJournal store;
    queue::TransactionLog log;
    sync::SyncWriter writer;
    QList<Finding> todo;
    QHash<QString, sync::SyncUser> byMailbox;
    RepairReport report;
    int position = 0;
    qint64 startedMs = 0;
    bool cancelled = false;
    bool finished = false;
    std::shared_ptr<int> alive = std::make_shared<int>(0);

    Impl(ConsistencyRepairer *owner, Connections &c, Journal &j, Clock &clk, RepairOptions o)
        : q(owner), connections(c), journal(j), clock(clk), options(std::move(o)), store(j), log(j, clk),
          writer(c, store, log, clk, options.mapping, options.policy, owner)
    {
        log.setDiagnosticMode(options.diagnosticMode);
        writer.setExchangeToCrm(options.exchangeToCrm);
    }

    template <typename F> auto guarded(F f)
    {
        return [token = std::weak_ptr<int>(alive), f = std::move(f)](auto &&...args) mutable {
            if (!token.expired())
                f(std::forward<decltype(args)>(args)...);
        };
    }
    exchange::ExchangeConnector *exchange() { return connections.exchange(); }

    void finish()
    {
        if (finished)
            return;
        finished = true;
        report.cancelled = cancelled && position < todo.size();
        report.durationMs = clock.elapsedMs() - startedMs;
        q->m_running = false;
        Q_EMIT q->finished(report);
    }

    // The run's own description of the repair, for the log, the outbox and the progress lines.
    static QString what(const Finding &f)
    {
        return QStringLiteral("%1 \"%2\"").arg(ConsistencyText::kindLabel(f.kind), f.subject);
    }

    void logEntry(const Finding &f, const QString &direction, queue::LogResult result, const QString &message,
                  qint64 durationMs)
    {
        queue::LogEntry e;
        e.direction = direction;
        e.user = f.address.isEmpty() ? f.mailbox : f.address;
        e.item = f.subject.isEmpty() ? (f.commId.isEmpty() ? f.exchangeItemId : f.commId) : f.subject;
        e.action = QStringLiteral("repair ") + ConsistencyText::actionName(f.repair);
        e.result = result;
        e.message = message;
        e.durationMs = durationMs;
        if (const auto s = log.append(e); !s.ok())
            qCWarning(lcRepair) << s.error().message;
    }

    // ---- the mailboxes the repair writes to are prepared first, as a sync run prepares them
    void prepare()
    {
        QStringList mailboxes;
        for (const Finding &f : std::as_const(todo)) {
            if (!f.mailbox.isEmpty() && !mailboxes.contains(f.mailbox))
                mailboxes.append(f.mailbox);
        }
        prepareNext(mailboxes, 0);
    }
    void prepareNext(const QStringList &mailboxes, int i)
    {
        if (i >= mailboxes.size() || !exchange())
            return next();
        exchange()->prepareMailbox(mailboxes.at(i), journal, clock.nowUtc(),
                                   guarded([this, mailboxes, i](Status s) {
                                       if (!s.ok())
                                           report.failures.append(s.error().message);
                                       prepareNext(mailboxes, i + 1);
                                   }));
    }

    void next()
    {
        if (position >= todo.size() || cancelled)
            return finish();
        const Finding f = todo.at(position);
        Q_EMIT q->progress(what(f) + QStringLiteral(": ") + f.repairNote, position + 1, int(todo.size()));
        auto done = [this, f, started = clock.elapsedMs()](const QString &direction, Status s, bool skipped,
                                                           const QString &why) {
            const qint64 ms = clock.elapsedMs() - started;
            if (!s.ok()) {
                report.failed += 1;
                report.failures.append(QStringLiteral("%1: %2").arg(what(f), s.error().message));
                logEntry(f, direction, queue::LogResult::Failed, s.error().message, ms);
            } else if (skipped) {
                report.skipped += 1;
                report.lines.append(ConsistencyRepairer::tr("%1: left alone: %2").arg(what(f), why));
                logEntry(f, direction, queue::LogResult::Skipped, why, ms);
            } else {
                report.done += 1;
                report.lines.append(ConsistencyRepairer::tr("%1: %2").arg(what(f), f.repairNote));
                logEntry(f, direction, queue::LogResult::Ok, f.repairNote, ms);
            }
            ++position;
            QMetaObject::invokeMethod(q, guarded([this] { next(); }), Qt::QueuedConnection);
        };
        repair(f, done);
    }

    using Done = std::function<void(const QString &direction, Status, bool skipped, const QString &why)>;

    void repair(const Finding &f, const Done &done)
    {
        switch (f.repair) {
        case RepairAction::None:
            return done(QString(), Status(), true, f.repairNote);
        case RepairAction::DropLink: {
            SyncAction a;
            a.kind = ActionKind::Unlink;
            a.mailbox = f.link.mailbox;
            a.commId = f.link.crmCommId;
            a.link = f.link;
            a.reason = f.repairNote;
            // journal only, as the engine's Unlink
            return writer.perform(a, [done](Status s) { done(QString(), s, false, QString()); });
        }
        case RepairAction::Link:
            return relink(f, done);
        case RepairAction::DeleteExchange:
            return deleteExchange(f, done);
        case RepairAction::DeleteCrm:
            return deleteCrm(f, done);
        case RepairAction::PushToExchange:
            return pushToExchange(f, done);
        case RepairAction::PushToCrm:
            return pushToCrm(f, done);
        }
    }

    // A write through the outbox, as the sync run makes it: recorded before it is sent, cleared once
    // answered.
    void throughOutbox(const SyncAction &a,
                       const std::function<void(const SyncAction &, std::function<void(Status)>)> &write,
                       const std::function<void(Status)> &answered)
    {
        sync::OutboxEntry entry;
        entry.direction = sync::SyncWriter::directionName(a);
        entry.operation = SyncAction::kindName(a.kind);
        entry.mailbox = a.mailbox;
        entry.targetId = a.commId.isEmpty() ? a.link.exchangeItemId : a.commId;
        entry.idempotencyKey =
            QStringLiteral("repair:%1:%2|%3|%4:%5")
                .arg(SyncAction::kindName(a.kind), a.link.mailbox.isEmpty() ? a.mailbox : a.link.mailbox,
                     sync::SyncWriter::exchangeItemId(a), a.commId,
                     QString::number(clock.nowUtc().toMSecsSinceEpoch()));
        entry.payload = a.toJson();
        auto begun = store.beginWrite(entry, clock.nowUtc());
        if (!begun.ok())
            return answered(begun.error());
        const qint64 row = begun.value().rowId;
        write(a, [this, row, answered](Status s) {
            if (const Status cleared = store.endWrite(row); !cleared.ok())
                qCWarning(lcRepair) << cleared.error().message;
            answered(s);
        });
    }

    void relink(const Finding &f, const Done &done)
    {
        SyncAction a;
        a.kind = ActionKind::Link;
        a.mailbox = f.copyMailboxes.value(0, f.mailbox);
        a.crmUserId = byMailbox.value(a.mailbox).crmUserId;
        a.commId = f.commId;
        a.appointment = f.appointment;
        a.reason = f.repairNote;
        for (int i = 0; i < f.copies.size(); ++i) {
            const QString mailbox = f.copyMailboxes.at(i);
            a.members.append(PlanMember{mailbox, byMailbox.value(mailbox).crmUserId, f.copies.at(i)});
        }
        const exchange::ExchangeEvent source = f.event;
        const QString direction = sync::SyncWriter::directionName(a);
        throughOutbox(
            a,
            [this, source](const SyncAction &action, std::function<void(Status)> answered) {
                writer.perform(action, [this, action, source, answered](Status s) {
                    if (!s.ok())
                        return answered(s);
                    // the record carries the meeting's Exchange id, as after a create (only that field, and
                    // the responses on the organizer's copy)
                    writer.writeBackExchangeId(action.commId, source, answered);
                });
            },
            [this, f, done, direction](Status s) {
                if (!s.ok() || f.then == RepairAction::None)
                    return done(direction, s, false, QString());
                // linked now: the fields that differ go the way the conflict policy decided, from the new
                // link
                auto saved = store.link(f.copyMailboxes.value(0, f.mailbox), f.event.id);
                if (!saved.ok() || !saved.value())
                    return done(
                        direction,
                        saved.ok() ? Status(makeError(ErrorKind::Storage,
                                                      ConsistencyRepairer::tr("The new link was not found.")))
                                   : Status(saved.error()),
                        false, QString());
                Finding drift = f;
                drift.repair = f.then;
                drift.link = *saved.value();
                const auto pushed = [done](const QString &dir, Status status, bool skipped,
                                           const QString &why) { done(dir, status, skipped, why); };
                if (f.then == RepairAction::PushToCrm)
                    return pushToCrm(drift, pushed);
                pushToExchange(drift, pushed);
            });
    }

    // Only an item we created, still unlinked, still without attendees, and unchanged since the check.
    void deleteExchange(const Finding &f, const Done &done)
    {
        const QString direction = QStringLiteral("crm_to_exchange");
        if (!exchange())
            return done(direction,
                        makeError(ErrorKind::Unavailable, ConsistencyRepairer::tr("No Exchange side.")),
                        false, QString());
        exchange()->getEvent(
            f.mailbox, f.exchangeItemId,
            guarded([this, f, done, direction](Result<exchange::ExchangeEvent> current) {
                if (!current.ok()) {
                    if (isGone(current.error()))
                        return done(direction, Status(), true, ConsistencyRepairer::tr("already gone"));
                    return done(direction, current.error(), false, QString());
                }
                const exchange::ExchangeEvent &e = current.value();
                auto linked = store.link(f.mailbox, f.exchangeItemId);
                if (!linked.ok())
                    return done(direction, linked.error(), false, QString());
                if (linked.value() || !ConsistencyAnalysis::isOurs(e, f.commId) ||
                    ConsistencyAnalysis::attendeesNotified(e) > 0 || e.changeKey != f.event.changeKey)
                    return done(direction, Status(), true,
                                ConsistencyRepairer::tr("the item changed since the check; check again"));
                SyncAction a;
                a.kind = ActionKind::ExchangeDelete;
                a.mailbox = f.mailbox;
                a.crmUserId = f.crmUserId;
                a.commId = f.commId;
                a.link.mailbox = f.mailbox;
                a.link.exchangeItemId = e.id;
                a.link.changeKey = e.changeKey;
                a.link.crmCommId = f.commId;
                a.event = e;
                a.reason = f.repairNote;
                throughOutbox(
                    a,
                    [this](const SyncAction &action, std::function<void(Status)> answered) {
                        // with the change key: an edit made since is never deleted unseen
                        exchange()->deleteEvent(action.link.mailbox, action.link.exchangeItemId,
                                                action.link.changeKey, guarded([answered](Status s) {
                                                    answered(!s.ok() && isGone(s.error()) ? Status() : s);
                                                }));
                    },
                    [done, direction](Status s) { done(direction, s, false, QString()); });
            }));
    }

    // Only a record still unlinked, still carrying the meeting's Exchange id, and unchanged since the check.
    void deleteCrm(const Finding &f, const Done &done)
    {
        const QString direction = QStringLiteral("exchange_to_crm");
        connections.crm().getAppointment(
            f.commId, guarded([this, f, done, direction](Result<crm::CrmAppointment> current) {
                if (!current.ok()) {
                    if (isGone(current.error()))
                        return done(direction, Status(), true, ConsistencyRepairer::tr("already gone"));
                    return done(direction, current.error(), false, QString());
                }
                const crm::CrmAppointment &r = current.value();
                if (r.deleted)
                    return done(direction, Status(), true, ConsistencyRepairer::tr("already deleted"));
                auto links = store.linksOf(f.commId);
                if (!links.ok())
                    return done(direction, links.error(), false, QString());
                if (!links.value().isEmpty() || r.exchangeId != f.appointment.exchangeId ||
                    r.updatedUtc != f.appointment.updatedUtc)
                    return done(direction, Status(), true,
                                ConsistencyRepairer::tr("the record changed since the check; check again"));
                SyncAction a;
                a.kind = ActionKind::CrmDelete;
                a.mailbox = f.mailbox;
                a.crmUserId = f.crmUserId;
                a.commId = f.commId;
                a.appointment = r;
                a.reason = f.repairNote;
                throughOutbox(
                    a,
                    [this](const SyncAction &action, std::function<void(Status)> answered) {
                        writer.perform(action, answered);
                    },
                    [done, direction](Status s) { done(direction, s, false, QString()); });
            }));
    }

    // The CRM version onto the linked item, through the engine's update (which reads the item first and lets
    // the conflict policy decide when Outlook changed it meanwhile). The attendee list goes unchanged, so the
    // write never carries it (nobody is invited); the check only proposes this for items without attendees.
    void pushToExchange(const Finding &f, const Done &done)
    {
        SyncAction a;
        a.kind = ActionKind::ExchangeUpdate;
        a.mailbox = f.link.mailbox;
        a.crmUserId = f.link.crmUserId.isEmpty() ? f.crmUserId : f.link.crmUserId;
        a.commId = f.commId;
        a.link = f.link;
        a.appointment = f.appointment;
        a.event = CalendarMapping::toExchange(f.appointment, {}, options.mapping);
        a.event.attendees = f.event.attendees;
        a.reason = f.repairNote;
        throughOutbox(
            a,
            [this](const SyncAction &action, std::function<void(Status)> answered) {
                writer.perform(action, answered);
            },
            [done](Status s) { done(QStringLiteral("crm_to_exchange"), s, false, QString()); });
    }

    // The Outlook version onto the linked record: only the fields that differ are sent.
    void pushToCrm(const Finding &f, const Done &done)
    {
        SyncAction a;
        a.kind = ActionKind::CrmUpdate;
        a.mailbox = f.link.mailbox;
        a.crmUserId = f.link.crmUserId.isEmpty() ? f.crmUserId : f.link.crmUserId;
        a.commId = f.commId;
        a.link = f.link;
        a.appointment = CalendarMapping::toCrm(f.event, f.appointment, options.mapping);
        a.crmFields = crm::differingFields(f.appointment, a.appointment);
        a.members = {PlanMember{f.link.mailbox, a.crmUserId, f.event}};
        a.reason = f.repairNote;
        throughOutbox(
            a,
            [this](const SyncAction &action, std::function<void(Status)> answered) {
                writer.perform(action, answered);
            },
            [done](Status s) { done(QStringLiteral("exchange_to_crm"), s, false, QString()); });
    }
};

ConsistencyRepairer::ConsistencyRepairer(Connections &connections, Journal &journal, Clock &clock,
                                         RepairOptions options, QObject *parent)
    : QObject(parent), d(std::make_unique<Impl>(this, connections, journal, clock, std::move(options)))
{
    qRegisterMetaType<cxsync::consistency::RepairReport>();
}

ConsistencyRepairer::~ConsistencyRepairer() = default;

void ConsistencyRepairer::start(const CheckReport &report, const QList<sync::SyncUser> &directory)
{
    if (m_running)
        return;
    m_running = true;
    d->startedMs = d->clock.elapsedMs();
    d->report.dryRun = d->options.dryRun;
    d->writer.setUsers(directory);
    for (const sync::SyncUser &u : directory)
        d->byMailbox.insert(u.mailbox, u);
    for (const Finding &f : report.findings) {
        if (f.repair == RepairAction::None) {
            d->report.skipped += 1;
            continue;
        }
        d->report.planned += 1;
        d->todo.append(f);
    }
    if (d->options.dryRun) {
        for (const Finding &f : std::as_const(d->todo))
            d->report.lines.append(tr("%1: would %2").arg(Impl::what(f), f.repairNote));
        d->todo.clear();
    }
    QMetaObject::invokeMethod(
        this, [this] { d->todo.isEmpty() ? d->finish() : d->prepare(); }, Qt::QueuedConnection);
}

void ConsistencyRepairer::cancel()
{
    d->cancelled = true;
}

QString ConsistencyRepairer::describe(const RepairReport &r)
{
    if (r.dryRun)
        return tr("Dry run: %n repair(s) planned, nothing written; %1 finding(s) left for the admin.",
                  nullptr, r.planned)
            .arg(r.skipped);
    QString line = tr("%n repair(s) done", nullptr, r.done);
    if (r.failed)
        line += QStringLiteral(", ") + tr("%n failed", nullptr, r.failed);
    if (r.skipped)
        line += QStringLiteral(", ") + tr("%n left alone", nullptr, r.skipped);
    if (r.cancelled)
        line += QStringLiteral(", ") + tr("stopped before the end");
    return tr("%1 (%2 ms).").arg(line).arg(r.durationMs);
}

} // namespace cxsync::consistency
