#include "exchange/graph/GraphIdMigration.h"

#include "exchange/graph/GraphConnector.h"
#include "store/Journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QVariant>

#include <memory>

Q_LOGGING_CATEGORY(lcGraphIds, "cxsync.exchange.graph.ids", QtInfoMsg)

namespace cxsync::exchange {

namespace {

Error storageError(const QString &what, const QSqlError &error)
{
    return makeError(ErrorKind::Storage, GraphIdMigration::tr("journal: %1: %2").arg(what, error.text()));
}

// Every string in `value` that is a key of `map` (exactly), replaced by its value. `changed` tells whether
// any was.
QJsonValue replaceIds(const QJsonValue &value, const QHash<QString, QString> &map, bool *changed)
{
    if (value.isString()) {
        const auto it = map.constFind(value.toString());
        if (it == map.constEnd())
            return value;
        *changed = true;
        return it.value();
    }
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(replaceIds(item, map, changed));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out = value.toObject();
        for (auto it = out.begin(); it != out.end(); ++it)
            it.value() = replaceIds(it.value(), map, changed);
        return out;
    }
    return value;
}

// A JSON text with the ids replaced; the text itself when it is not JSON or holds none of them.
QString replaceIdsInJson(const QString &text, const QHash<QString, QString> &map, bool *changed)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return text;
    bool any = false;
    const QJsonValue replaced =
        replaceIds(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), map, &any);
    if (!any)
        return text;
    *changed = true;
    return QString::fromUtf8(replaced.isArray()
                                 ? QJsonDocument(replaced.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(replaced.toObject()).toJson(QJsonDocument::Compact));
}

// failed_messages.item_key "<direction>|<mailbox>|<id>" (FailedMessageQueue::itemKeyFor's form for an
// Exchange → CRM change): the id part.
QString replaceIdInKey(const QString &key, const QHash<QString, QString> &map, bool *changed)
{
    const int bar = key.lastIndexOf(QLatin1Char('|'));
    if (bar < 0)
        return key;
    const auto it = map.constFind(key.mid(bar + 1));
    if (it == map.constEnd())
        return key;
    *changed = true;
    return key.left(bar + 1) + it.value();
}

} // namespace

struct GraphIdMigration::Run {
    QString mailbox;
    QDateTime nowUtc;
    Done done;
    QStringList pending; // ids not asked about yet
    QHash<QString, QString> immutableByRestId;
    Outcome outcome;
};

QString GraphIdMigration::scope(const QString &mailbox)
{
    return QStringLiteral("graph:idType:") + mailbox.toLower();
}

GraphIdMigration::GraphIdMigration(GraphConnector *connector, Journal *journal, QObject *parent)
    : QObject(parent), m_connector(connector), m_journal(journal)
{
}

GraphIdMigration::~GraphIdMigration() = default;

Result<bool> GraphIdMigration::isDone(Journal &journal, const QString &mailbox)
{
    QSqlQuery q(journal.database());
    q.prepare(QStringLiteral("SELECT cursor FROM sync_cursors WHERE scope = ?"));
    q.addBindValue(scope(mailbox));
    if (!q.exec())
        return storageError(tr("reading the id format of %1").arg(mailbox), q.lastError());
    return q.next() && q.value(0).toString() == QLatin1String(kDoneValue);
}

Result<QStringList> GraphIdMigration::storedIds(Journal &journal, const QString &mailbox)
{
    QSqlQuery q(journal.database());
    q.prepare(QStringLiteral(
        "SELECT exchange_item_id FROM item_links WHERE mailbox = ? COLLATE NOCASE"
        " UNION SELECT series_master_id FROM item_links WHERE mailbox = ? COLLATE NOCASE"
        " UNION SELECT exchange_item_id FROM sync_inbox WHERE mailbox = ? COLLATE NOCASE"
        " UNION SELECT target_id FROM outbox WHERE direction = 'crm_to_exchange' AND mailbox = ? COLLATE "
        "NOCASE"
        " UNION SELECT exchange_item_id FROM failed_messages WHERE mailbox = ? COLLATE NOCASE"));
    for (int i = 0; i < 5; ++i)
        q.addBindValue(mailbox);
    if (!q.exec())
        return storageError(tr("reading the stored ids of %1").arg(mailbox), q.lastError());
    QStringList ids;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    ids.sort();
    return ids;
}

Result<int> GraphIdMigration::apply(Journal &journal, const QString &mailbox,
                                    const QHash<QString, QString> &immutableByRestId, const QDateTime &nowUtc,
                                    QHash<QString, QString> *kept)
{
    const QString what = tr("storing the immutable ids of %1").arg(mailbox);
    QSqlDatabase db = journal.database();
    if (!db.transaction())
        return storageError(what, db.lastError());
    int rows = 0;
    auto fail = [&](const QSqlQuery &q) {
        const Error error = storageError(what, q.lastError());
        db.rollback();
        return error;
    };
    // Plain id columns. A link (or staged change) under the immutable id already exists when the engine read
    // the item with the new ids before this ran: that row stays and the old one keeps its id (reported).
    struct Column {
        const char *table;
        const char *column;
        const char *where;
        bool unique;
    };
    static const Column columns[] = {
        {"item_links", "exchange_item_id", "", true},
        {"item_links", "series_master_id", "", false},
        {"sync_inbox", "exchange_item_id", "", true},
        {"outbox", "target_id", " AND direction = 'crm_to_exchange'", false},
        {"failed_messages", "exchange_item_id", "", false},
    };
    for (auto it = immutableByRestId.cbegin(); it != immutableByRestId.cend(); ++it) {
        if (it.key() == it.value())
            continue;
        for (const Column &c : columns) {
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("UPDATE OR IGNORE %1 SET %2 = ? WHERE %2 = ? AND mailbox = ? COLLATE NOCASE%3")
                    .arg(QLatin1String(c.table), QLatin1String(c.column), QLatin1String(c.where)));
            q.addBindValue(it.value());
            q.addBindValue(it.key());
            q.addBindValue(mailbox);
            if (!q.exec())
                return fail(q);
            rows += q.numRowsAffected();
            if (!c.unique)
                continue;
            QSqlQuery left(db);
            left.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ? AND mailbox = ? COLLATE NOCASE")
                             .arg(QLatin1String(c.table), QLatin1String(c.column)));
            left.addBindValue(it.key());
            left.addBindValue(mailbox);
            if (!left.exec() || !left.next())
                return fail(left);
            if (left.value(0).toInt() > 0 && kept)
                kept->insert(it.key(), tr("%1 already has a row under the immutable id %2")
                                           .arg(QLatin1String(c.table), it.value()));
        }
    }
    // JSON copies: staged changes, outbox payloads, failed-message snapshots (and their dedup keys).
    struct JsonColumn {
        const char *table;
        const char *column;
        const char *keyColumn; // also rewritten, or nullptr
    };
    static const JsonColumn jsonColumns[] = {
        {"sync_inbox", "payload", nullptr},
        {"outbox", "payload", nullptr},
        {"failed_messages", "snapshot", "item_key"},
    };
    if (!immutableByRestId.isEmpty()) {
        for (const JsonColumn &c : jsonColumns) {
            const QString key = c.keyColumn ? QLatin1String(c.keyColumn) : QStringLiteral("NULL");
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id, %1, %2 FROM %3 WHERE mailbox = ? COLLATE NOCASE")
                          .arg(QLatin1String(c.column), key, QLatin1String(c.table)));
            q.addBindValue(mailbox);
            if (!q.exec())
                return fail(q);
            while (q.next()) {
                bool changed = false;
                const QString text = replaceIdsInJson(q.value(1).toString(), immutableByRestId, &changed);
                const QString itemKey = replaceIdInKey(q.value(2).toString(), immutableByRestId, &changed);
                if (!changed)
                    continue;
                QSqlQuery u(db);
                u.prepare(c.keyColumn ? QStringLiteral("UPDATE %1 SET %2 = ?, %3 = ? WHERE id = ?")
                                            .arg(QLatin1String(c.table), QLatin1String(c.column), key)
                                      : QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                                            .arg(QLatin1String(c.table), QLatin1String(c.column)));
                u.addBindValue(text);
                if (c.keyColumn)
                    u.addBindValue(q.value(2).isNull() ? QVariant() : QVariant(itemKey));
                u.addBindValue(q.value(0));
                if (!u.exec())
                    return fail(u);
                rows += 1;
            }
        }
    }
    QSqlQuery flag(db);
    flag.prepare(QStringLiteral("INSERT INTO sync_cursors (scope, cursor, updated_utc) VALUES (?, ?, ?)"
                                " ON CONFLICT(scope) DO UPDATE SET cursor = excluded.cursor,"
                                " updated_utc = excluded.updated_utc"));
    flag.addBindValue(scope(mailbox));
    flag.addBindValue(QLatin1String(kDoneValue));
    flag.addBindValue(nowUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!flag.exec())
        return fail(flag);
    if (!db.commit()) {
        const Error error = storageError(what, db.lastError());
        db.rollback();
        return error;
    }
    return rows;
}

void GraphIdMigration::run(const QString &mailbox, const QDateTime &nowUtc, Done done)
{
    auto run = std::make_shared<Run>();
    run->mailbox = mailbox;
    run->nowUtc = nowUtc;
    run->done = std::move(done);
    const quint64 id = m_nextRun++;
    m_runs.insert(id, run);
    auto later = [this, id](Result<Outcome> result) {
        QMetaObject::invokeMethod(
            this, [this, id, result] { finish(id, result); }, Qt::QueuedConnection);
    };
    if (!m_journal || !m_connector)
        return later(
            makeError(ErrorKind::Unavailable, tr("No journal or Graph connection to migrate ids with.")));
    if (mailbox.isEmpty())
        return later(makeError(ErrorKind::Invalid, tr("No mailbox given."), QStringLiteral("mailbox")));
    const Result<bool> migrated = isDone(*m_journal, mailbox);
    if (!migrated.ok())
        return later(migrated.error());
    if (migrated.value()) {
        run->outcome.alreadyDone = true;
        return later(run->outcome);
    }
    Result<QStringList> ids = storedIds(*m_journal, mailbox);
    if (!ids.ok())
        return later(ids.error());
    run->pending = std::move(ids).value();
    run->outcome.storedIds = static_cast<int>(run->pending.size());
    QMetaObject::invokeMethod(
        this, [this, id] { translateNext(id); }, Qt::QueuedConnection);
}

void GraphIdMigration::translateNext(quint64 runId)
{
    const std::shared_ptr<Run> run = m_runs.value(runId);
    if (!run)
        return;
    if (run->pending.isEmpty()) {
        QHash<QString, QString> kept;
        const Result<int> rows = apply(*m_journal, run->mailbox, run->immutableByRestId, run->nowUtc, &kept);
        if (!rows.ok())
            return finish(runId, rows.error());
        run->outcome.rowsChanged = rows.value();
        for (auto it = kept.cbegin(); it != kept.cend(); ++it)
            run->outcome.notTranslated.insert(it.key(), it.value());
        for (auto it = run->immutableByRestId.cbegin(); it != run->immutableByRestId.cend(); ++it) {
            if (it.key() != it.value() && !kept.contains(it.key()))
                ++run->outcome.translated;
        }
        return finish(runId, run->outcome);
    }
    if (run->outcome.byReading)
        return readNext(runId);
    const QStringList chunk = run->pending.mid(0, GraphConnector::kMaxTranslateIds);
    QPointer<GraphIdMigration> self(this);
    m_connector->translateIds(run->mailbox, chunk, [self, runId, chunk](Result<GraphIdTranslation> result) {
        if (!self)
            return;
        const std::shared_ptr<Run> run = self->m_runs.value(runId);
        if (!run)
            return;
        if (!result.ok()) {
            const Error &error = result.error();
            // Refused to the application (403), or a service that does not know the function (400, 405, 501):
            // read the items instead. Anything else (the mailbox unknown, network, throttling past the
            // retries) stops the run.
            const bool refused = error.httpStatus == 403 || error.httpStatus == 400 ||
                                 error.httpStatus == 405 || error.httpStatus == 501;
            if (!refused)
                return self->finish(runId, error);
            qCInfo(lcGraphIds).noquote() << "translateExchangeIds refused for" << run->mailbox << "("
                                         << error.message << "); reading each item instead";
            run->outcome.byReading = true;
            return self->readNext(runId);
        }
        for (const QString &id : chunk) {
            if (result.value().targetBySource.contains(id))
                run->immutableByRestId.insert(id, result.value().targetBySource.value(id));
            else
                run->outcome.notTranslated.insert(id,
                                                  result.value().failedBySource.value(
                                                      id, tr("translateExchangeIds did not answer for it")));
        }
        run->pending = run->pending.mid(static_cast<int>(chunk.size()));
        self->translateNext(runId);
    });
}

void GraphIdMigration::readNext(quint64 runId)
{
    const std::shared_ptr<Run> run = m_runs.value(runId);
    if (!run)
        return;
    if (run->pending.isEmpty())
        return translateNext(runId); // applies
    const QString restId = run->pending.takeFirst();
    // GraphConnector::send adds Prefer: IdType="ImmutableId"; Graph takes either id format in the path.
    net::HttpRequest request;
    request.url = m_connector->mailboxUrl(run->mailbox, QStringLiteral("/events/") + restId);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("$select"), QStringLiteral("id"));
    request.url.setQuery(query);
    request.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.mailbox = run->mailbox;
    request.label = QStringLiteral("graph.immutableId");
    QPointer<GraphIdMigration> self(this);
    m_connector->send(request, [self, runId, restId](Result<net::HttpResponse> result) {
        if (!self)
            return;
        const std::shared_ptr<Run> run = self->m_runs.value(runId);
        if (!run)
            return;
        if (!result.ok()) {
            // Only the item is gone (ErrorItemNotFound); an unknown or inactive mailbox stops the run.
            if (result.error().kind != ErrorKind::NotFound ||
                result.error().serverCode.compare(QLatin1String("ErrorItemNotFound"), Qt::CaseInsensitive) !=
                    0)
                return self->finish(runId, result.error());
            run->outcome.notTranslated.insert(restId, result.error().message);
            return self->readNext(runId);
        }
        const QString id =
            QJsonDocument::fromJson(result.value().body).object().value(QLatin1String("id")).toString();
        if (id.isEmpty())
            return self->finish(runId,
                                makeError(ErrorKind::Invalid,
                                          tr("Graph answered the read of %1 without an id.").arg(restId),
                                          QStringLiteral("id")));
        run->immutableByRestId.insert(restId, id);
        self->readNext(runId);
    });
}

void GraphIdMigration::finish(quint64 runId, Result<Outcome> result)
{
    const std::shared_ptr<Run> run = m_runs.take(runId);
    if (!run)
        return;
    if (result.ok() && !result.value().alreadyDone)
        qCInfo(lcGraphIds).noquote()
            << QStringLiteral("%1: %2 of %3 stored ids now immutable (%4 rows), %5 kept%6")
                   .arg(run->mailbox)
                   .arg(result.value().translated)
                   .arg(result.value().storedIds)
                   .arg(result.value().rowsChanged)
                   .arg(result.value().notTranslated.size())
                   .arg(result.value().byReading ? QStringLiteral(" (read one by one)") : QString());
    if (run->done)
        run->done(std::move(result));
}

} // namespace cxsync::exchange
