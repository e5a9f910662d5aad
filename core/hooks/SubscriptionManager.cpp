#include "hooks/SubscriptionManager.h"

#include "exchange/graph/GraphConnector.h"
#include "net/HttpClient.h"
#include "store/Journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace cxsync {

namespace {

QString stamp(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}

QDateTime parseStamp(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

} // namespace

struct SubscriptionManager::Run {
    QList<std::function<void(std::function<void(SubscriptionOutcome)>)>> tasks;
    QList<SubscriptionOutcome> outcomes;
    Done done;
    int total = 0;
};

SubscriptionManager::SubscriptionManager(exchange::GraphConnector *graph, Journal *journal, Clock *clock,
                                         Options options, QObject *parent)
    : SubscriptionManager([graph](const QString &) { return graph; }, journal, clock, std::move(options), parent)
{
}

SubscriptionManager::SubscriptionManager(GraphFor graphFor, Journal *journal, Clock *clock, Options options,
                                         QObject *parent)
    : QObject(parent), m_graphFor(std::move(graphFor)), m_journal(journal), m_clock(clock),
      m_options(std::move(options)), m_alive(std::make_shared<int>(0))
{
}

void SubscriptionManager::send(const QString &mailbox, const net::HttpRequest &request,
                               std::function<void(Result<net::HttpResponse>)> done)
{
    exchange::GraphConnector *graph = m_graphFor(mailbox);
    if (!graph) {
        const Error error = makeError(ErrorKind::Unavailable,
                                      tr("mailbox %1 is not on an Exchange Online (Graph) server: it cannot "
                                         "have a change subscription")
                                          .arg(mailbox),
                                      QStringLiteral("subscription"));
        QMetaObject::invokeMethod(this, [done, error]() { done(error); }, Qt::QueuedConnection);
        return;
    }
    graph->send(request, std::move(done));
}

SubscriptionManager::~SubscriptionManager() = default;

QUrl SubscriptionManager::subscriptionsUrl(const QString &mailbox, const QString &id) const
{
    exchange::GraphConnector *graph = m_graphFor(mailbox);
    if (!graph)
        return {};
    QUrl url = graph->graphBase();
    url.setPath(url.path() + QStringLiteral("/subscriptions") + (id.isEmpty() ? QString() : QLatin1Char('/') + id));
    return url;
}

Result<QList<SubscriptionRecord>> SubscriptionManager::records(bool activeOnly) const
{
    QSqlQuery query(m_journal->database());
    const QString sql = QStringLiteral("SELECT id, mailbox, resource, notification_url, expiration_utc, created_utc, "
                                       "renewed_utc, state, last_error FROM subscriptions %1 ORDER BY mailbox")
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
        r.expirationUtc = parseStamp(query.value(4).toString());
        r.createdUtc = parseStamp(query.value(5).toString());
        r.renewedUtc = parseStamp(query.value(6).toString());
        r.state = query.value(7).toString();
        r.lastError = query.value(8).toString();
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
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO subscriptions (id, mailbox, resource, change_type, notification_url, expiration_utc, "
        "created_utc, renewed_utc, state, last_error) VALUES (?, ?, ?, 'created,updated,deleted', ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(r.id);
    query.addBindValue(r.mailbox);
    query.addBindValue(r.resource);
    query.addBindValue(r.notificationUrl);
    query.addBindValue(stamp(r.expirationUtc));
    query.addBindValue(stamp(r.createdUtc));
    query.addBindValue(r.renewedUtc.isValid() ? QVariant(stamp(r.renewedUtc)) : QVariant());
    query.addBindValue(r.state);
    query.addBindValue(r.lastError.isEmpty() ? QVariant() : QVariant(r.lastError));
    if (!retire.exec() || !query.exec())
        return makeError(ErrorKind::Storage,
                         tr("The journal could not store subscription %1: %2").arg(r.id, query.lastError().text()));
    return {};
}

Status SubscriptionManager::markState(const QString &id, const QString &state, const QString &error)
{
    QSqlQuery query(m_journal->database());
    query.prepare(QStringLiteral("UPDATE subscriptions SET state = ?, last_error = ? WHERE id = ?"));
    query.addBindValue(state);
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
    o.action = QStringLiteral("failed");
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

void SubscriptionManager::create(const QString &mailbox, std::function<void(SubscriptionOutcome)> done)
{
    const QDateTime now = m_clock->nowUtc();
    const QString resource = QStringLiteral("/users/%1/events").arg(mailbox);
    const QJsonObject body{{QStringLiteral("changeType"), QStringLiteral("created,updated,deleted")},
                           {QStringLiteral("notificationUrl"), m_options.notificationUrl},
                           {QStringLiteral("lifecycleNotificationUrl"), m_options.lifecycleUrl},
                           {QStringLiteral("resource"), resource},
                           {QStringLiteral("expirationDateTime"),
                            now.addSecs(qint64(m_options.lifetimeMinutes) * 60).toString(Qt::ISODate)},
                           {QStringLiteral("clientState"), m_options.clientState},
                           {QStringLiteral("latestSupportedTlsVersion"), QStringLiteral("v1_2")}};
    net::HttpRequest request;
    request.method = "POST";
    request.url = subscriptionsUrl(mailbox, {});
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.label = QStringLiteral("graph.createSubscription");
    request.timeoutMs = 30000; // Graph validates the listener (up to 10 s) before answering
    send(mailbox, request, [this, mailbox, resource, done, now](Result<net::HttpResponse> response) {
        if (!response.ok()) {
            Error error = response.error();
            if (error.httpStatus == 400 && error.message.contains(QLatin1String("validation"), Qt::CaseInsensitive))
                error.message = tr("Graph could not reach the listener at %1 to validate the subscription: %2")
                                    .arg(m_options.notificationUrl, error.message);
            return done(failure(mailbox, error));
        }
        const QJsonObject json = QJsonDocument::fromJson(response.value().body).object();
        SubscriptionRecord r;
        r.id = json.value(QStringLiteral("id")).toString();
        r.expirationUtc = parseStamp(json.value(QStringLiteral("expirationDateTime")).toString());
        if (r.id.isEmpty() || !r.expirationUtc.isValid())
            return done(failure(mailbox, makeError(ErrorKind::Invalid,
                                                   tr("Graph's subscription answer lacks a valid id or "
                                                      "expirationDateTime."),
                                                   QStringLiteral("subscription"))));
        r.mailbox = mailbox;
        r.resource = resource;
        r.notificationUrl = m_options.notificationUrl;
        r.createdUtc = now;
        r.state = QStringLiteral("active");
        if (Status s = store(r); !s.ok())
            return done(failure(mailbox, s.error()));
        SubscriptionOutcome o;
        o.mailbox = mailbox;
        o.action = QStringLiteral("created");
        o.record = r;
        done(o);
    });
}

void SubscriptionManager::renew(const SubscriptionRecord &record, std::function<void(SubscriptionOutcome)> done)
{
    const QDateTime now = m_clock->nowUtc();
    net::HttpRequest request;
    request.method = "PATCH";
    request.url = subscriptionsUrl(record.mailbox, record.id);
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("expirationDateTime"),
                                              now.addSecs(qint64(m_options.lifetimeMinutes) * 60).toString(Qt::ISODate)}})
                       .toJson(QJsonDocument::Compact);
    request.label = QStringLiteral("graph.renewSubscription");
    request.idempotent = true;
    send(record.mailbox, request, [this, record, done, now](Result<net::HttpResponse> response) {
        if (!response.ok() && response.error().httpStatus == 404) {
            // Graph no longer has it: recreate, and read the mailbox in full (changes may have been missed).
            (void)markState(record.id, QStringLiteral("removed"), response.error().message);
            create(record.mailbox, [done](SubscriptionOutcome o) {
                if (o.action == QLatin1String("created")) {
                    o.action = QStringLiteral("recreated");
                    o.resyncNeeded = true;
                }
                done(o);
            });
            return;
        }
        if (!response.ok()) {
            (void)markState(record.id, QStringLiteral("active"), response.error().message);
            return done(failure(record.mailbox, response.error()));
        }
        const QJsonObject json = QJsonDocument::fromJson(response.value().body).object();
        SubscriptionRecord r = record;
        const QDateTime expiration = parseStamp(json.value(QStringLiteral("expirationDateTime")).toString());
        r.expirationUtc = expiration.isValid() ? expiration : now.addSecs(qint64(m_options.lifetimeMinutes) * 60);
        r.renewedUtc = now;
        r.lastError.clear();
        if (Status s = store(r); !s.ok())
            return done(failure(record.mailbox, s.error()));
        SubscriptionOutcome o;
        o.mailbox = record.mailbox;
        o.action = QStringLiteral("renewed");
        o.record = r;
        done(o);
    });
}

void SubscriptionManager::remove(const SubscriptionRecord &record, std::function<void(SubscriptionOutcome)> done)
{
    net::HttpRequest request;
    request.method = "DELETE";
    request.url = subscriptionsUrl(record.mailbox, record.id);
    request.label = QStringLiteral("graph.deleteSubscription");
    send(record.mailbox, request, [this, record, done](Result<net::HttpResponse> response) {
        if (!response.ok() && response.error().httpStatus != 404)
            return done(failure(record.mailbox, response.error()));
        if (Status s = markState(record.id, QStringLiteral("removed"), {}); !s.ok())
            return done(failure(record.mailbox, s.error()));
        SubscriptionOutcome o;
        o.mailbox = record.mailbox;
        o.action = QStringLiteral("removed");
        o.record = record;
        o.record.state = QStringLiteral("removed");
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
            run->tasks.append([this, mailbox](auto next) { create(mailbox, next); });
        } else if (renewalDueUtc(*it) <= now) {
            run->tasks.append([this, r = *it](auto next) { renew(r, next); });
        } else {
            // Check that Graph still has it; a 404 means recreate.
            run->tasks.append([this, r = *it](auto next) {
                net::HttpRequest request;
                request.url = subscriptionsUrl(r.mailbox, r.id);
                request.label = QStringLiteral("graph.getSubscription");
                send(r.mailbox, request, [this, r, next](Result<net::HttpResponse> response) {
                    if (response.ok()) {
                        SubscriptionOutcome o;
                        o.mailbox = r.mailbox;
                        o.action = QStringLiteral("kept");
                        o.record = r;
                        return next(o);
                    }
                    if (response.error().httpStatus != 404)
                        return next(failure(r.mailbox, response.error()));
                    (void)markState(r.id, QStringLiteral("removed"), response.error().message);
                    create(r.mailbox, [next](SubscriptionOutcome o) {
                        if (o.action == QLatin1String("created")) {
                            o.action = QStringLiteral("recreated");
                            o.resyncNeeded = true;
                        }
                        next(o);
                    });
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

void SubscriptionManager::handleLifecycle(const QString &subscriptionId, const QString &event, Done done)
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
        run->outcomes.append(failure(QString(), makeError(ErrorKind::NotFound,
                                                          tr("No subscription '%1' is known.").arg(subscriptionId))));
    } else if (event == QLatin1String("reauthorizationRequired")) {
        // A renewing PATCH also reauthorizes.
        run->tasks.append([this, record](auto next) { renew(record, next); });
    } else if (event == QLatin1String("subscriptionRemoved")) {
        run->tasks.append([this, record](auto next) {
            (void)markState(record.id, QStringLiteral("removed"), tr("removed by Graph"));
            create(record.mailbox, [next](SubscriptionOutcome o) {
                if (o.action == QLatin1String("created"))
                    o.action = QStringLiteral("recreated");
                o.resyncNeeded = true;
                next(o);
            });
        });
    } else if (event == QLatin1String("missed")) {
        SubscriptionOutcome o;
        o.mailbox = record.mailbox;
        o.action = QStringLiteral("kept");
        o.record = record;
        o.resyncNeeded = true;
        run->outcomes.append(o);
    } else {
        run->outcomes.append(failure(record.mailbox, makeError(ErrorKind::Invalid,
                                                               tr("Unknown lifecycle event '%1'.").arg(event))));
    }
    run->total = int(run->tasks.size());
    QTimer::singleShot(0, this, [this, run] { step(run); });
}

} // namespace cxsync
