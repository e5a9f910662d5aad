#include "hooks/SubscriptionManager.h"

#include "exchange/ExchangeConnector.h"
#include "hooks/NotificationInbox.h"
#include "store/Journal.h"
#include "store/JournalSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace cxsync {

namespace {

using journalsql::fromStamp;
using journalsql::stampOrEmpty;
using journalsql::stampOrNull;

} // namespace

struct SubscriptionManager::Run {
    QList<std::function<void(std::function<void(SubscriptionOutcome)>)>> tasks;
    QList<SubscriptionOutcome> outcomes;
    Done done;
    int total = 0;
};

SubscriptionManager::SubscriptionManager(exchange::ExchangeConnector *exchange, Journal *journal,
                                         Clock *clock, Options options, QObject *parent)
    : QObject(parent), m_exchange(exchange), m_journal(journal), m_clock(clock),
      m_options(std::move(options)), m_alive(std::make_shared<int>(0))
{
}

SubscriptionManager::~SubscriptionManager() = default;

bool SubscriptionManager::haveExchange(const QString &mailbox,
                                       const std::function<void(SubscriptionOutcome)> &done)
{
    if (m_exchange)
        return true;
    const SubscriptionOutcome outcome = failure(
        mailbox, makeError(ErrorKind::Unavailable,
                           tr("mailbox %1 has no Exchange connection (on-premises Exchange through EWS is "
                              "not available yet): it cannot have a change subscription")
                               .arg(mailbox),
                           QStringLiteral("subscription")));
    QMetaObject::invokeMethod(
        this, [done, outcome]() { done(outcome); }, Qt::QueuedConnection);
    return false;
}

QDateTime SubscriptionManager::expirationFrom(const QDateTime &now) const
{
    return now.addSecs(qint64(m_options.lifetimeMinutes) * 60);
}

Result<QList<SubscriptionRecord>> SubscriptionManager::records(bool activeOnly) const
{
    QSqlQuery query(m_journal->database());
    const QString sql =
        QStringLiteral("SELECT id, mailbox, resource, notification_url, expiration_utc, created_utc, "
                       "renewed_utc, state, last_error, resume_point FROM subscriptions %1 "
                       "ORDER BY mailbox")
            .arg(activeOnly ? QStringLiteral("WHERE state = 'active'") : QString());
    if (!query.exec(sql))
        return makeError(ErrorKind::Storage, tr("The journal could not read subscriptions: %1").arg(query.lastError().text()));
    QList<SubscriptionRecord> out;
    while (query.next()) {
        SubscriptionRecord r;
        r.id = query.value(0).toString();
        r.mailbox = query.value(1).toString();
        r.resource = query.value(2).toString();
        r.notificationUrl = query.value(3).toString();
        r.expirationUtc = fromStamp(query.value(4));
        r.createdUtc = fromStamp(query.value(5));
        r.renewedUtc = fromStamp(query.value(6));
        const auto state = enumFromName<SubscriptionState>(query.value(7).toString());
        if (!state.ok())
            return makeError(
                ErrorKind::Storage,
                tr("The journal could not read subscription %1: %2").arg(r.id, state.error().message));
        r.state = state.value();
        r.lastError = query.value(8).toString();
        r.resumePoint = query.value(9).toString();
        out.append(r);
    }
    return out;
}

QDateTime SubscriptionManager::renewalDueUtc(const SubscriptionRecord &record) const
{
    // Two thirds into the lifetime counted from the last creation or renewal.
    const QDateTime from = record.renewedUtc.isValid() ? record.renewedUtc : record.createdUtc;
    if (!from.isValid() || !record.expirationUtc.isValid())
        return m_clock->nowUtc();
    const qint64 lifetime = from.secsTo(record.expirationUtc);
    return from.addSecs(lifetime * 2 / 3);
}

QDateTime SubscriptionManager::nextRenewalUtc() const
{
    const auto all = records();
    QDateTime next;
    if (!all.ok())
        return next;
    for (const SubscriptionRecord &r : all.value()) {
        const QDateTime due = renewalDueUtc(r);
        if (!next.isValid() || due < next)
            next = due;
    }
    return next;
}

Status SubscriptionManager::store(const SubscriptionRecord &r)
{
    QSqlDatabase db = m_journal->database();
    QSqlQuery retire(db);
    // A recreated subscription replaces the mailbox's old row (kept as 'removed' for the record).
    retire.prepare(QStringLiteral("UPDATE subscriptions SET state = 'removed' WHERE mailbox = ? AND id <> ? AND state = 'active'"));
    retire.addBindValue(r.mailbox);
    retire.addBindValue(r.id);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO subscriptions (id, mailbox, resource, change_type, "
                                 "notification_url, expiration_utc, created_utc, renewed_utc, state, last_error, "
                                 "resume_point) VALUES (?, ?, ?, 'created,updated,deleted', ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(r.id);
    query.addBindValue(r.mailbox);
    query.addBindValue(r.resource);
    query.addBindValue(r.notificationUrl);
    query.addBindValue(stampOrEmpty(r.expirationUtc));
    query.addBindValue(stampOrEmpty(r.createdUtc));
    query.addBindValue(stampOrNull(r.renewedUtc));
    query.addBindValue(enumName(r.state));
    query.addBindValue(r.lastError.isEmpty() ? QVariant() : QVariant(r.lastError));
    query.addBindValue(r.resumePoint.isEmpty() ? QVariant() : QVariant(r.resumePoint));
    if (!retire.exec() || !query.exec())
        return makeError(ErrorKind::Storage,
                         tr("The journal could not store subscription %1: %2").arg(r.id, query.lastError().text()));
    return {};
}

Status SubscriptionManager::keepResumePoint(Journal &journal, const QString &subscriptionId,
                                            const QString &resumePoint)
{
    if (subscriptionId.isEmpty() || resumePoint.isEmpty())
        return {};
    QSqlQuery query(journal.database());
    query.prepare(
        QStringLiteral("UPDATE subscriptions SET resume_point = ? WHERE id = ? AND state = 'active'"));
    query.addBindValue(resumePoint);
    query.addBindValue(subscriptionId);
    if (!query.exec())
        return makeError(ErrorKind::Storage, tr("The journal could not keep where subscription %1 stands: %2")
                                                 .arg(subscriptionId, query.lastError().text()));
    return {};
}

Status SubscriptionManager::markState(const QString &id, SubscriptionState state, const QString &error)
{
    QSqlQuery query(m_journal->database());
    query.prepare(QStringLiteral("UPDATE subscriptions SET state = ?, last_error = ? WHERE id = ?"));
    query.addBindValue(enumName(state));
    query.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    query.addBindValue(id);
    if (!query.exec())
        return makeError(ErrorKind::Storage, tr("The journal could not update subscription %1.").arg(id));
    return {};
}

SubscriptionOutcome SubscriptionManager::failure(const QString &mailbox, const Error &error) const
{
    SubscriptionOutcome o;
    o.mailbox = mailbox;
    o.action = SubscriptionAction::Failed;
    o.error = error;
    return o;
}

void SubscriptionManager::step(std::shared_ptr<Run> run)
{
    if (run->tasks.isEmpty()) {
        auto done = std::move(run->done);
        done(run->outcomes);
        return;
    }
    auto task = run->tasks.takeFirst();
    std::weak_ptr<int> alive = m_alive;
    task([this, run, alive](SubscriptionOutcome outcome) {
        if (alive.expired())
            return;
        run->outcomes.append(outcome);
        Q_EMIT progress(int(run->outcomes.size()), run->total, outcome.mailbox);
        QTimer::singleShot(0, this, [this, run] { step(run); });
    });
}

void SubscriptionManager::create(const QString &mailbox, const QString &resumeFrom,
                                 std::function<void(SubscriptionOutcome)> done)
{
    if (!haveExchange(mailbox, done))
        return;
    const QDateTime now = m_clock->nowUtc();
    exchange::SubscriptionRequest request;
    request.mailbox = mailbox;
    request.notificationUrl = m_options.notificationUrl;
    request.lifecycleUrl = m_options.lifecycleUrl;
    request.clientState = m_options.clientState;
    request.expirationUtc = expirationFrom(now);
    request.resumeFrom = resumeFrom;
    std::weak_ptr<int> alive = m_alive;
    m_exchange->subscribe(request,
                          [this, alive, mailbox, done, now](Result<exchange::ChangeSubscription> made) {
                              if (alive.expired())
                                  return;
                              if (!made.ok())
                                  return done(failure(mailbox, made.error()));
                              SubscriptionRecord r;
                              r.id = made.value().id;
                              r.mailbox = mailbox;
                              r.resource = made.value().resource;
                              r.expirationUtc = made.value().expirationUtc;
                              r.notificationUrl = m_options.notificationUrl;
                              r.createdUtc = now;
                              r.state = SubscriptionState::Active;
                              r.resumePoint = made.value().resumePoint;
                              if (Status s = store(r); !s.ok())
                                  return done(failure(mailbox, s.error()));
                              SubscriptionOutcome o;
                              o.mailbox = mailbox;
                              o.action = SubscriptionAction::Created;
                              o.record = r;
                              o.resumed = made.value().resumed;
                              done(o);
                          });
}

void SubscriptionManager::recreate(const SubscriptionRecord &record, const QString &why, bool resyncAlways,
                                   std::function<void(SubscriptionOutcome)> done)
{
    // The server no longer has it: changes may have been missed since it went, so the mailbox is read in full
    // once the new one is in place, unless the server resumed from where the old one left off (EWS: Subscribe
    // with the kept watermark replays what changed since; one it refuses is dropped and this resyncs).
    (void)markState(record.id, SubscriptionState::Removed, why);
    create(record.mailbox, record.resumePoint, [done, resyncAlways](SubscriptionOutcome o) {
        if (o.action == SubscriptionAction::Created) {
            o.action = SubscriptionAction::Recreated;
            o.resyncNeeded = !o.resumed;
        }
        if (resyncAlways)
            o.resyncNeeded = true;
        done(o);
    });
}

void SubscriptionManager::renew(const SubscriptionRecord &record,
                                std::function<void(SubscriptionOutcome)> done)
{
    if (!haveExchange(record.mailbox, done))
        return;
    const QDateTime now = m_clock->nowUtc();
    std::weak_ptr<int> alive = m_alive;
    m_exchange->renewSubscription(
        record.mailbox, record.id, expirationFrom(now),
        [this, alive, record, done, now](Result<exchange::ChangeSubscription> renewed) {
            if (alive.expired())
                return;
            if (!renewed.ok() && renewed.error().kind == ErrorKind::NotFound)
                return recreate(record, renewed.error().message, false, done);
            if (!renewed.ok()) {
                (void)markState(record.id, SubscriptionState::Active, renewed.error().message);
                return done(failure(record.mailbox, renewed.error()));
            }
            SubscriptionRecord r = record;
            // A kind may hand back another id for the same subscription (see ExchangeConnector): store() then
            // retires the old row.
            r.id = renewed.value().id;
            r.expirationUtc = renewed.value().expirationUtc;
            r.renewedUtc = now;
            r.lastError.clear();
            if (!renewed.value().resumePoint.isEmpty())
                r.resumePoint = renewed.value().resumePoint;
            if (Status s = store(r); !s.ok())
                return done(failure(record.mailbox, s.error()));
            SubscriptionOutcome o;
            o.mailbox = record.mailbox;
            o.action = SubscriptionAction::Renewed;
            o.record = r;
            done(o);
        });
}

void SubscriptionManager::remove(const SubscriptionRecord &record, std::function<void(SubscriptionOutcome)> done)
{
    if (!haveExchange(record.mailbox, done))
        return;
    std::weak_ptr<int> alive = m_alive;
    m_exchange->unsubscribe(record.mailbox, record.id, [this, alive, record, done](Status removed) {
        if (alive.expired())
            return;
        if (!removed.ok() && removed.error().kind != ErrorKind::NotFound)
            return done(failure(record.mailbox, removed.error()));
        if (Status s = markState(record.id, SubscriptionState::Removed, {}); !s.ok())
            return done(failure(record.mailbox, s.error()));
        SubscriptionOutcome o;
        o.mailbox = record.mailbox;
        o.action = SubscriptionAction::Removed;
        o.record = record;
        o.record.state = SubscriptionState::Removed;
        done(o);
    });
}

void SubscriptionManager::install(const QStringList &mailboxes, Done done)
{
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    const auto existing = records();
    QHash<QString, SubscriptionRecord> byMailbox;
    if (existing.ok()) {
        for (const SubscriptionRecord &r : existing.value())
            byMailbox.insert(r.mailbox.toLower(), r);
    }
    const QDateTime now = m_clock->nowUtc();
    for (const QString &mailbox : mailboxes) {
        const auto it = byMailbox.constFind(mailbox.toLower());
        if (it == byMailbox.constEnd() || it->notificationUrl != m_options.notificationUrl) {
            if (it != byMailbox.constEnd()) // the public URL changed: the old one notifies nobody
                run->tasks.append([this, r = *it](auto next) { remove(r, next); });
            run->tasks.append([this, mailbox](auto next) { create(mailbox, QString(), next); });
        } else if (renewalDueUtc(*it) <= now) {
            run->tasks.append([this, r = *it](auto next) { renew(r, next); });
        } else {
            // Check that the server still has it; NotFound means recreate.
            run->tasks.append([this, r = *it](auto next) {
                if (!haveExchange(r.mailbox, next))
                    return;
                std::weak_ptr<int> alive = m_alive;
                m_exchange->getSubscription(
                    r.mailbox, r.id, [this, alive, r, next](Result<exchange::ChangeSubscription> found) {
                        if (alive.expired())
                            return;
                        if (found.ok()) {
                            SubscriptionOutcome o;
                            o.mailbox = r.mailbox;
                            o.action = SubscriptionAction::Kept;
                            o.record = r;
                            return next(o);
                        }
                        if (found.error().kind != ErrorKind::NotFound)
                            return next(failure(r.mailbox, found.error()));
                        recreate(r, found.error().message, false, next);
                    });
            });
        }
    }
    run->total = int(run->tasks.size());
    QTimer::singleShot(0, this, [this, run] { step(run); });
}

void SubscriptionManager::renewDue(Done done)
{
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    const auto existing = records();
    const QDateTime now = m_clock->nowUtc();
    if (existing.ok()) {
        for (const SubscriptionRecord &r : existing.value()) {
            if (renewalDueUtc(r) <= now)
                run->tasks.append([this, r](auto next) { renew(r, next); });
        }
    } else {
        run->outcomes.append(failure(QString(), existing.error()));
    }
    run->total = int(run->tasks.size());
    QTimer::singleShot(0, this, [this, run] { step(run); });
}

void SubscriptionManager::removeAll(Done done)
{
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    const auto existing = records();
    if (existing.ok()) {
        for (const SubscriptionRecord &r : existing.value())
            run->tasks.append([this, r](auto next) { remove(r, next); });
    } else {
        run->outcomes.append(failure(QString(), existing.error()));
    }
    run->total = int(run->tasks.size());
    QTimer::singleShot(0, this, [this, run] { step(run); });
}

void SubscriptionManager::handleLifecycle(const QString &subscriptionId, LifecycleEvent event, Done done)
{
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    const auto all = records(false);
    SubscriptionRecord record;
    if (all.ok()) {
        for (const SubscriptionRecord &r : all.value()) {
            if (r.id == subscriptionId)
                record = r;
        }
    }
    if (record.id.isEmpty()) {
        run->outcomes.append(
            failure(QString(), makeError(ErrorKind::NotFound,
                                         tr("No subscription '%1' is known.").arg(subscriptionId))));
    } else {
        switch (event) {
        case LifecycleEvent::ReauthorizationRequired:
            // A renewing PATCH also reauthorizes.
            run->tasks.append([this, record](auto next) { renew(record, next); });
            break;
        case LifecycleEvent::SubscriptionRemoved:
            run->tasks.append([this, record](auto next) {
                recreate(record, tr("removed by the Exchange server"), true, next);
            });
            break;
        case LifecycleEvent::Missed: {
            SubscriptionOutcome o;
            o.mailbox = record.mailbox;
            o.action = SubscriptionAction::Kept;
            o.record = record;
            o.resyncNeeded = true;
            run->outcomes.append(o);
            break;
        }
        }
    }
    run->total = int(run->tasks.size());
    QTimer::singleShot(0, this, [this, run] { step(run); });
}

} // namespace cxsync
