#include "exchange/graph/GraphDeltaReader.h"

#include "exchange/graph/GraphConnector.h"
#include "store/Journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace cxsync::exchange {

namespace {

Error storageError(const QSqlQuery &query, const QString &what)
{
    return makeError(
        ErrorKind::Storage,
        QObject::tr("Could not %1 the Graph delta cursor: %2").arg(what, query.lastError().text()),
        QStringLiteral("sync_cursors"));
}

bool isResync(const Error &error)
{
    const QString code = error.serverCode.toLower();
    return error.httpStatus == 410 || code == QLatin1String("syncstatenotfound") ||
           code == QLatin1String("resyncrequired") || code == QLatin1String("syncstateinvalid");
}

} // namespace

GraphDeltaReader::GraphDeltaReader(GraphConnector *connector, Journal *journal, Clock *clock, QString mailbox,
                                   QDateTime windowStartUtc, QDateTime windowEndUtc, QObject *parent)
    : QObject(parent), m_connector(connector), m_journal(journal), m_clock(clock),
      m_mailbox(std::move(mailbox)), m_start(std::move(windowStartUtc)), m_end(std::move(windowEndUtc))
{
}

GraphDeltaReader::~GraphDeltaReader() = default;

QString GraphDeltaReader::scope() const
{
    return QStringLiteral("graph:delta:") + m_mailbox;
}

Result<GraphDeltaCursor> GraphDeltaReader::storedCursorRecord(Journal *journal, const QString &scope)
{
    QSqlQuery query(journal->database());
    query.prepare(QStringLiteral("SELECT cursor FROM sync_cursors WHERE scope = ?"));
    query.addBindValue(scope);
    if (!query.exec())
        return storageError(query, QObject::tr("read"));
    GraphDeltaCursor cursor;
    if (!query.next())
        return cursor;
    const QString text = query.value(0).toString();
    const QJsonObject record = QJsonDocument::fromJson(text.toUtf8()).object();
    if (record.isEmpty()) { // a bare link (no window recorded)
        cursor.link = text;
        return cursor;
    }
    cursor.link = record.value(QStringLiteral("link")).toString();
    cursor.windowStartUtc =
        QDateTime::fromString(record.value(QStringLiteral("windowStart")).toString(), Qt::ISODate).toUTC();
    cursor.windowEndUtc =
        QDateTime::fromString(record.value(QStringLiteral("windowEnd")).toString(), Qt::ISODate).toUTC();
    return cursor;
}

Result<QString> GraphDeltaReader::storedCursor(Journal *journal, const QString &scope)
{
    Result<GraphDeltaCursor> record = storedCursorRecord(journal, scope);
    if (!record.ok())
        return record.error();
    return record.value().link;
}

Status GraphDeltaReader::storeCursor(Journal *journal, const QString &scope, const QString &cursor,
                                     const QDateTime &nowUtc, const QDateTime &windowStartUtc,
                                     const QDateTime &windowEndUtc)
{
    QString text = cursor;
    if (windowStartUtc.isValid() && windowEndUtc.isValid())
        text = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("link"), cursor},
                                      {QStringLiteral("windowStart"), windowStartUtc.toUTC().toString(Qt::ISODate)},
                                      {QStringLiteral("windowEnd"), windowEndUtc.toUTC().toString(Qt::ISODate)}})
                .toJson(QJsonDocument::Compact));
    QSqlQuery query(journal->database());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO sync_cursors (scope, cursor, updated_utc) VALUES (?, ?, ?)"));
    query.addBindValue(scope);
    query.addBindValue(text);
    query.addBindValue(nowUtc.toUTC().toString(Qt::ISODateWithMs));
    if (!query.exec())
        return storageError(query, QObject::tr("store"));
    return {};
}

Status GraphDeltaReader::clearCursor(Journal *journal, const QString &scope)
{
    QSqlQuery query(journal->database());
    query.prepare(QStringLiteral("DELETE FROM sync_cursors WHERE scope = ?"));
    query.addBindValue(scope);
    if (!query.exec())
        return storageError(query, QObject::tr("clear"));
    return {};
}

QUrl GraphDeltaReader::firstUrl() const
{
    QUrl url = m_connector->mailboxUrl(m_mailbox, QStringLiteral("/calendarView/delta"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("startDateTime"),
                       m_start.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    query.addQueryItem(QStringLiteral("endDateTime"),
                       m_end.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    url.setQuery(query);
    return url;
}

void GraphDeltaReader::run(PageCallback onPage, DoneCallback done)
{
    m_onPage = std::move(onPage);
    m_done = std::move(done);
    m_outcome = {};
    m_running = true;
    QUrl url;
    if (!m_start.isValid() || !m_end.isValid() || m_end <= m_start) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                finish(makeError(ErrorKind::Invalid, tr("The delta window is empty."),
                                 QStringLiteral("window")));
            },
            Qt::QueuedConnection);
        return;
    }
    const Result<GraphDeltaCursor> stored = storedCursorRecord(m_journal, scope());
    if (!stored.ok()) {
        QMetaObject::invokeMethod(
            this, [this, error = stored.error()] { finish(error); }, Qt::QueuedConnection);
        return;
    }
    if (!stored.value().link.isEmpty()) {
        // A delta link keeps the window of the round that made it. When the window has moved (a new day, a
        // changed Sync Window setting), that link would report changes for the wrong range: start a new
        // round for the current window and say so, so that the caller reconciles instead of trusting it.
        const GraphDeltaCursor &cursor = stored.value();
        const bool sameWindow = cursor.windowStartUtc.isValid() && cursor.windowEndUtc.isValid() &&
                                cursor.windowStartUtc.toSecsSinceEpoch() == m_start.toSecsSinceEpoch() &&
                                cursor.windowEndUtc.toSecsSinceEpoch() == m_end.toSecsSinceEpoch();
        if (!sameWindow) {
            m_outcome.windowChanged = true;
        } else {
            url = QUrl::fromEncoded(stored.value().link.toUtf8(), QUrl::StrictMode);
            m_outcome.resumed = url.isValid();
        }
    }
    if (!url.isValid())
        url = firstUrl();
    fetch(url);
}

void GraphDeltaReader::fetch(const QUrl &url)
{
    net::HttpRequest request;
    request.url = url;
    request.headers = {{QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")},
                       {QByteArrayLiteral("Prefer"), "odata.maxpagesize=" + QByteArray::number(m_pageSize)}};
    request.mailbox = m_mailbox;
    request.label = QStringLiteral("graph.calendarDelta");
    QPointer<GraphDeltaReader> self(this);
    m_connector->send(request, [self](Result<net::HttpResponse> result) {
        if (!self || !self->m_running)
            return;
        if (!result.ok()) {
            if (isResync(result.error())) {
                const Status cleared =
                    self->m_readOnly ? Status() : clearCursor(self->m_journal, self->scope());
                if (!cleared.ok())
                    return self->finish(cleared.error());
                GraphDeltaOutcome outcome = self->m_outcome;
                outcome.resyncRequired = true;
                return self->finish(outcome);
            }
            return self->finish(result.error());
        }
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(result.value().body, &parseError);
        const QJsonObject page = doc.object();
        const QJsonValue value = page.value(QLatin1String("value"));
        if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !value.isArray())
            return self->finish(makeError(
                ErrorKind::Invalid,
                tr("Graph answered a calendarView/delta page for %1 without \"value\".").arg(self->m_mailbox),
                QStringLiteral("value")));
        const QString next = page.value(QLatin1String("@odata.nextLink")).toString();
        const QString delta = page.value(QLatin1String("@odata.deltaLink")).toString();
        const QString link = next.isEmpty() ? delta : next;
        const QUrl linkUrl = QUrl::fromEncoded(link.toUtf8(), QUrl::StrictMode);
        const QUrl base = self->m_connector->graphBase();
        if (link.isEmpty() || !linkUrl.isValid() || linkUrl.scheme() != base.scheme() ||
            linkUrl.host() != base.host() || linkUrl.port() != base.port())
            return self->finish(makeError(
                ErrorKind::Invalid,
                tr("Graph answered a calendarView/delta page for %1 without a usable "
                   "@odata.nextLink or @odata.deltaLink.")
                    .arg(self->m_mailbox),
                next.isEmpty() ? QStringLiteral("@odata.deltaLink") : QStringLiteral("@odata.nextLink")));
        GraphDeltaPage out;
        out.index = ++self->m_outcome.pages;
        out.last = next.isEmpty();
        for (const QJsonValue &item : value.toArray()) {
            Result<ExchangeEvent> event = GraphConnector::parseEvent(item.toObject());
            if (!event.ok())
                out.invalid.append(event.error());
            else if (event.value().removed)
                out.removed.append(event.value().id);
            else
                out.changed.append(std::move(event).value());
        }
        const PageCallback onPage = self->m_onPage; // the callback may destroy the reader
        if (onPage && !onPage(out)) {
            if (self)
                self->finish(makeError(ErrorKind::Cancelled, tr("The delta round was stopped.")));
            return;
        }
        if (!self)
            return; // destroyed by the page callback: the page was not recorded
        const Status stored = self->m_readOnly ? Status()
                                               : storeCursor(self->m_journal, self->scope(), link,
                                                             self->m_clock->nowUtc(), self->m_start, self->m_end);
        if (!stored.ok())
            return self->finish(stored.error());
        if (out.last) {
            GraphDeltaOutcome outcome = self->m_outcome;
            outcome.deltaLink = delta;
            return self->finish(outcome);
        }
        self->fetch(linkUrl);
    });
}

void GraphDeltaReader::finish(Result<GraphDeltaOutcome> result)
{
    m_running = false;
    DoneCallback done = std::move(m_done);
    m_done = nullptr;
    m_onPage = nullptr;
    if (done)
        done(std::move(result));
}

} // namespace cxsync::exchange
