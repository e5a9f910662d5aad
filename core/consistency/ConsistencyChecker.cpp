#include "ConsistencyChecker.h"

#include "config/Settings.h"
#include "config/SettingsSchema.h"
#include "connect/Connections.h"
#include "crm/CrmConnector.h"
#include "exchange/ExchangeConnector.h"
#include "store/Journal.h"
#include "sync/WorkPool.h"
#include "users/UserLinkStore.h"

#include <QTimeZone>

namespace cxsync::consistency {

CheckOptions CheckOptions::fromSettings(const Settings &settings)
{
    CheckOptions o;
    o.crmToExchange = settings.value(Keys::CrmToExchange).toBool();
    o.exchangeToCrm = settings.value(Keys::ExchangeToCrm).toBool();
    o.policy = sync::CalendarMapping::policyFromName(settings.value(Keys::ConflictPolicy).toString());
    o.massDeletePercent = settings.value(Keys::MassDeletePercent).toInt();
    o.mailboxesInFlight = qBound(1, settings.value(Keys::MailboxesInFlight).toInt(), 64);
    o.windowPastDays = settings.value(Keys::WindowPastDays).toInt();
    o.windowFutureDays = settings.value(Keys::WindowFutureDays).toInt();
    o.mapping.copyReminders = settings.value(Keys::CopyReminders).toBool();
    const QTimeZone zone = settings.crmTimeZone().zone();
    o.mapping.crmZone = zone.isValid() ? zone : QTimeZone::utc();
    return o;
}

namespace {
bool isGone(const Error &e)
{
    return e.kind == ErrorKind::NotFound || e.httpStatus == 404 || e.httpStatus == 410;
}
QString itemKey(const QString &mailbox, const QString &id)
{
    return mailbox + QLatin1Char('|') + id;
}
} // namespace

struct ConsistencyChecker::Impl {
    ConsistencyChecker *q;
    Connections &connections;
    Journal &journal;
    Clock &clock;
    CheckOptions options;
    CheckInput in;
    CheckReport report;
    qint64 startedMs = 0;
    bool cancelled = false;
    bool finished = false;
    QPointer<sync::WorkPool> pool;
    int step = 0;
    int steps = 0;
    std::shared_ptr<int> alive = std::make_shared<int>(0);

    Impl(ConsistencyChecker *owner, Connections &c, Journal &j, Clock &clk, CheckOptions o)
        : q(owner), connections(c), journal(j), clock(clk), options(std::move(o))
    {
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
        report.cancelled = cancelled;
        report.durationMs = clock.elapsedMs() - startedMs;
        q->m_running = false;
        Q_EMIT q->finished(report);
    }
    void fail(const QString &message)
    {
        report.error = message;
        finish();
    }
    bool stopIfCancelled()
    {
        if (!cancelled)
            return false;
        finish();
        return true;
    }
    void advance(const QString &message)
    {
        ++step;
        Q_EMIT q->progress(message, step, steps);
    }
    bool inWindow(const QDateTime &startUtc, const QDateTime &endUtc) const
    {
        if (!startUtc.isValid())
            return false;
        const QDateTime end = endUtc.isValid() ? endUtc : startUtc;
        return end > in.windowStartUtc && startUtc < in.windowEndUtc;
    }

    // ---- 1. the linked users, the window, the links
    void loadUsers()
    {
        auto rows = users::UserLinkStore(journal).all();
        if (!rows.ok())
            return fail(rows.error().message);
        connections.routeLinks(rows.value());
        for (const users::UserLink &l : rows.value()) {
            if (l.state != users::LinkState::Linked || l.exchangeUserId.isEmpty())
                continue;
            const sync::SyncUser u{l.crmUserId, l.crmName.isEmpty() ? l.crmLogon : l.crmName,
                                   l.exchangeUserId, l.mailbox.toLower()};
            in.directory.append(u);
            if (!options.user.isEmpty() && l.crmLogon.compare(options.user, Qt::CaseInsensitive) != 0 &&
                l.mailbox.compare(options.user, Qt::CaseInsensitive) != 0)
                continue;
            in.users.append(u);
        }
        if (!options.user.isEmpty() && in.users.isEmpty()) {
            report.errorKind = ErrorKind::Invalid;
            return fail(
                ConsistencyChecker::tr("No linked user \"%1\" (see cxsync users list).").arg(options.user));
        }
        if (!exchange())
            return fail(ConsistencyChecker::tr("The Exchange side is not available with these settings."));
        auto links = sync::SyncJournal(journal).links();
        if (!links.ok())
            return fail(links.error().message);
        in.links = links.value();
        const QDate today = clock.nowUtc().date();
        in.windowStartUtc = QDateTime(today.addDays(-options.windowPastDays), QTime(0, 0), QTimeZone::utc());
        in.windowEndUtc =
            QDateTime(today.addDays(options.windowFutureDays + 1), QTime(0, 0), QTimeZone::utc());
        in.mapping = options.mapping;
        in.policy = options.policy;
        in.crmToExchange = options.crmToExchange;
        in.exchangeToCrm = options.exchangeToCrm;
        in.massDeletePercent = options.massDeletePercent;
        report.mailboxes = int(in.users.size());
        steps = int(in.users.size()) + 2;
        readMailboxes();
    }

    // ---- 2. every item of each checked mailbox in the window, page by page (no cursor is kept)
    void readMailboxes()
    {
        pool = new sync::WorkPool(options.mailboxesInFlight, 1, 0, q);
        for (const sync::SyncUser &user : std::as_const(in.users)) {
            pool->add(user.mailbox, [this, user](sync::WorkPool::Done done) {
                if (cancelled)
                    return done();
                auto items = std::make_shared<QList<exchange::ExchangeEvent>>();
                readPage(user, QString(), items, done);
            });
        }
        pool->start(guarded([this] {
            pool->deleteLater();
            if (stopIfCancelled())
                return;
            readCrm();
        }));
    }

    void readPage(const sync::SyncUser &user, const QString &cursor,
                  const std::shared_ptr<QList<exchange::ExchangeEvent>> &items,
                  const sync::WorkPool::Done &done)
    {
        exchange()->readChanges(
            user.mailbox, cursor, in.windowStartUtc, in.windowEndUtc,
            guarded([this, user, items, done](Result<exchange::ChangePage> result) {
                if (!result.ok() || result.value().cursorExpired) {
                    report.errors.append(
                        ConsistencyChecker::tr("%1: reading the calendar failed: %2")
                            .arg(user.address, result.ok() ? ConsistencyChecker::tr("the server "
                                                                                    "refused a full read")
                                                           : result.error().message));
                    advance(ConsistencyChecker::tr("%1: not read").arg(user.address));
                    return done();
                }
                const exchange::ChangePage &page = result.value();
                for (const exchange::ExchangeEvent &e : page.changed)
                    items->append(e);
                if (!page.last && !cancelled)
                    return readPage(user, page.cursor, items, done);
                fillSkeletal(user, items, 0, done);
            }));
    }

    // Occurrences the change source gives without their content are read one by one (Exchange's own order).
    void fillSkeletal(const sync::SyncUser &user,
                      const std::shared_ptr<QList<exchange::ExchangeEvent>> &items, int from,
                      const sync::WorkPool::Done &done)
    {
        for (int i = from; i < items->size(); ++i) {
            if (!items->at(i).skeletal || cancelled)
                continue;
            const QString id = items->at(i).id;
            exchange()->getEvent(user.mailbox, id,
                                 guarded([this, user, items, i, done](Result<exchange::ExchangeEvent> e) {
                                     if (e.ok())
                                         (*items)[i] = e.value();
                                     (*items)[i].skeletal = !e.ok(); // unreadable: left out below
                                     fillSkeletal(user, items, i + 1, done);
                                 }));
            return;
        }
        QList<exchange::ExchangeEvent> kept;
        for (const exchange::ExchangeEvent &e : std::as_const(*items)) {
            if (!e.skeletal && !e.removed && inWindow(e.startUtc, e.endUtc))
                kept.append(e);
        }
        report.exchangeItems += int(kept.size());
        in.events.insert(user.mailbox, kept);
        advance(ConsistencyChecker::tr("%1: %n Outlook item(s) read", nullptr, int(kept.size()))
                    .arg(user.address));
        done();
    }

    // ---- 3. the CRM's appointments (the connector reads them page by page)
    void readCrm()
    {
        connections.crm().changesSince(
            crm::CrmWatermark(), guarded([this](Result<crm::CrmChanges> changes) {
                if (!changes.ok()) {
                    in.crmRead = false;
                    report.errors.append(
                        ConsistencyChecker::tr("Reading the CRM failed: %1").arg(changes.error().message));
                } else {
                    // only what the analysis reads is kept: records inside the window, and linked ones
                    // (orphans, drift) wherever they are
                    QSet<QString> linked;
                    for (const sync::ItemLink &l : std::as_const(in.links))
                        linked.insert(l.crmCommId);
                    for (const crm::CrmAppointment &a : changes.value().appointments) {
                        if (linked.contains(a.id) || (!a.deleted && inWindow(a.startUtc, a.endUtc)))
                            in.records.insert(a.id, a);
                    }
                    report.crmRecords =
                        int(std::count_if(in.records.cbegin(), in.records.cend(),
                                          [](const crm::CrmAppointment &a) { return !a.deleted; }));
                }
                advance(ConsistencyChecker::tr("CRM: %n appointment(s) read", nullptr, report.crmRecords));
                if (stopIfCancelled())
                    return;
                confirmItems();
            }));
    }

    // ---- 4. linked items the window read did not show: gone, or only elsewhere (outside the window)?
    void confirmItems()
    {
        QSet<QString> seen;
        for (auto it = in.events.cbegin(); it != in.events.cend(); ++it) {
            for (const exchange::ExchangeEvent &e : it.value())
                seen.insert(itemKey(it.key(), e.id));
        }
        pool = new sync::WorkPool(options.mailboxesInFlight * 4, 4, options.mailboxesInFlight, q);
        for (const sync::ItemLink &l : std::as_const(in.links)) {
            if (!in.events.contains(l.mailbox))
                continue; // not a checked mailbox, or it could not be read
            ++report.links;
            if (seen.contains(itemKey(l.mailbox, l.exchangeItemId)))
                continue;
            if (l.startUtc.isValid() && !inWindow(l.startUtc, l.startUtc))
                continue; // outside the window: not this check's business
            pool->add(l.mailbox, [this, l](sync::WorkPool::Done done) {
                if (cancelled)
                    return done();
                exchange()->getEvent(l.mailbox, l.exchangeItemId,
                                     guarded([this, l, done](Result<exchange::ExchangeEvent> e) {
                                         if (!e.ok() && isGone(e.error()))
                                             in.missingItems.insert(itemKey(l.mailbox, l.exchangeItemId));
                                         else if (!e.ok())
                                             report.errors.append(e.error().message);
                                         done();
                                     }));
            });
        }
        pool->start(guarded([this] {
            pool->deleteLater();
            if (stopIfCancelled())
                return;
            confirmComms();
        }));
    }

    // ---- 5. linked communications the feed did not give (no longer appointments, or gone for good)
    void confirmComms()
    {
        if (!in.crmRead)
            return analyse();
        QStringList ids;
        for (const sync::ItemLink &l : std::as_const(in.links)) {
            if (in.events.contains(l.mailbox) && !in.records.contains(l.crmCommId) &&
                !ids.contains(l.crmCommId))
                ids.append(l.crmCommId);
        }
        if (ids.isEmpty())
            return analyse();
        connections.crm().getAppointments(
            ids, guarded([this, ids](Result<QHash<QString, crm::CrmAppointment>> read) {
                if (!read.ok()) {
                    report.errors.append(read.error().message);
                } else {
                    for (const QString &id : ids) {
                        const auto found = read.value().constFind(id);
                        if (found == read.value().cend())
                            in.missingComms.insert(id);
                        else
                            in.records.insert(id, *found);
                    }
                }
                if (stopIfCancelled())
                    return;
                analyse();
            }));
    }

    void analyse()
    {
        advance(ConsistencyChecker::tr("comparing"));
        report.findings = ConsistencyAnalysis::analyse(in);
        finish();
    }
};

ConsistencyChecker::ConsistencyChecker(Connections &connections, Journal &journal, Clock &clock,
                                       CheckOptions options, QObject *parent)
    : QObject(parent), d(std::make_unique<Impl>(this, connections, journal, clock, std::move(options)))
{
    qRegisterMetaType<cxsync::consistency::CheckReport>();
}

ConsistencyChecker::~ConsistencyChecker() = default;

const QList<sync::SyncUser> &ConsistencyChecker::users() const
{
    return d->in.users;
}

const QList<sync::SyncUser> &ConsistencyChecker::directory() const
{
    return d->in.directory;
}

void ConsistencyChecker::start()
{
    if (m_running)
        return;
    m_running = true;
    d->startedMs = d->clock.elapsedMs();
    QMetaObject::invokeMethod(
        this, [this] { d->loadUsers(); }, Qt::QueuedConnection);
}

void ConsistencyChecker::cancel()
{
    d->cancelled = true;
    if (d->pool)
        d->pool->stop();
}

} // namespace cxsync::consistency
