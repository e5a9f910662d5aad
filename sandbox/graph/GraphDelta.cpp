#include "GraphDelta.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

namespace {

QJsonObject removed(const QString &id)
{
    return QJsonObject{{"@odata.type"_L1, "#microsoft.graph.event"_L1},
                       {"id"_L1, id},
                       {"@removed"_L1, QJsonObject{{"reason"_L1, "deleted"_L1}}}};
}

QJsonObject full(const GraphEvent &e, const QString &zone)
{
    QJsonObject o = GraphEventJson::render(e, zone);
    o.insert("@odata.type"_L1, "#microsoft.graph.event"_L1);
    return o;
}

GraphError badToken()
{
    return {400, u"ErrorInvalidUrlQuery"_s,
            u"The value of the $skiptoken or $deltatoken query parameter is invalid."_s};
}

} // namespace

QString GraphDelta::queryValue(const QUrlQuery &query, const QString &name)
{
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString GraphDelta::encodeToken(const QJsonObject &token)
{
    return QString::fromLatin1(QJsonDocument(token)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonObject GraphDelta::decodeToken(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    return QJsonDocument::fromJson(*decoded).object();
}

std::optional<GraphError> GraphDelta::range(const SandboxRequest &request, QDateTime *from,
                                            QDateTime *to) const
{
    const QString start = queryValue(request.query, u"startDateTime"_s);
    const QString end = queryValue(request.query, u"endDateTime"_s);
    if (start.isEmpty() || end.isEmpty())
        return GraphError{
            400, u"ErrorInvalidParameter"_s,
            u"This request requires a time window specified by the query string parameters StartDateTime "
            "and EndDateTime."_s};
    *from = GraphEventJson::parseDateTime(start, QTimeZone::utc());
    *to = GraphEventJson::parseDateTime(end, QTimeZone::utc());
    if (!from->isValid() || !to->isValid())
        return GraphError{400, u"ErrorInvalidParameter"_s,
                          u"The parameter 'StartDateTime' or 'EndDateTime' is invalid."_s};
    if (*to <= *from)
        return GraphError{400, u"ErrorInvalidParameter"_s,
                          u"The end of the time window must be after its start."_s};
    return std::nullopt;
}

std::optional<GraphError> GraphDelta::calendarView(const QString &userId, const SandboxRequest &request,
                                                   const QString &linkBase, QJsonObject *out) const
{
    QDateTime from, to;
    if (auto error = range(request, &from, &to))
        return error;
    const QString topText = queryValue(request.query, u"$top"_s);
    int pageSize = GraphEventJson::preferredPageSize(request, 10);
    if (!topText.isEmpty())
        pageSize = qBound(1, topText.toInt(), 1000);
    const int skip = qMax(0, queryValue(request.query, u"$skip"_s).toInt());
    const QString zone = GraphEventJson::preferredTimeZone(request);
    const QList<GraphEvent> all = m_calendar.instances(userId, from, to);
    QJsonArray value;
    for (qsizetype i = skip; i < all.size() && value.size() < pageSize; ++i)
        value.append(GraphEventJson::render(all.at(i), zone));
    *out =
        QJsonObject{{"@odata.context"_L1, "https://graph.microsoft.com/v1.0/$metadata#Collection(event)"_L1},
                    {"value"_L1, value}};
    if (skip + pageSize < all.size()) {
        QUrlQuery next;
        next.addQueryItem(u"startDateTime"_s, GraphEventJson::graphDateTime(from, 0));
        next.addQueryItem(u"endDateTime"_s, GraphEventJson::graphDateTime(to, 0));
        if (!topText.isEmpty())
            next.addQueryItem(u"$top"_s, QString::number(pageSize));
        next.addQueryItem(u"$skip"_s, QString::number(skip + pageSize));
        out->insert("@odata.nextLink"_L1, linkBase + u"?"_s + next.toString(QUrl::FullyEncoded));
    }
    return std::nullopt;
}

QJsonArray GraphDelta::roundItems(const QString &userId, const QDateTime &from, const QDateTime &to,
                                  qint64 since, qint64 upto, const QString &zone) const
{
    QJsonArray items;
    const GraphMailbox *box = m_store.mailbox(userId);
    if (!box)
        return items;
    auto emitEvent = [&](const GraphEvent &e) {
        if (e.type() == "seriesMaster"_L1) {
            const QList<GraphEvent> occurrences = GraphCalendar::expand(e, from, to);
            if (occurrences.isEmpty()) {
                if (since >= 0)
                    items.append(removed(e.id));
                return;
            }
            items.append(full(e, zone));
            for (const GraphEvent &o : occurrences)
                items.append(o.type() == "exception"_L1 ? full(o, zone) : GraphEventJson::skeleton(o, zone));
            return;
        }
        if (e.startUtc < to && (e.endUtc > from || e.startUtc >= from))
            items.append(full(e, zone));
        else if (since >= 0)
            items.append(removed(e.id)); // changed outside the window: Graph reports it as removed
    };
    if (since < 0) { // initial round: everything in the window
        QList<const GraphEvent *> ordered;
        for (const GraphEvent &e : box->events)
            ordered.append(&e);
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const GraphEvent *a, const GraphEvent *b) { return a->startUtc < b->startUtc; });
        for (const GraphEvent *e : ordered)
            emitEvent(*e);
        return items;
    }
    struct Change {
        qint64 seq;
        const GraphEvent *event;
        QString removedId;
    };
    QList<Change> changes;
    for (const GraphEvent &e : box->events) {
        if (e.seq > since && e.seq <= upto)
            changes.append({e.seq, &e, QString()});
    }
    for (const GraphTombstone &t : box->tombstones) {
        if (t.seq > since && t.seq <= upto)
            changes.append({t.seq, nullptr, t.id});
    }
    std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) { return a.seq < b.seq; });
    for (const Change &c : changes) {
        if (c.event)
            emitEvent(*c.event);
        else
            items.append(removed(c.removedId));
    }
    return items;
}

std::optional<GraphError> GraphDelta::delta(const QString &userId, const SandboxRequest &request,
                                            const QString &linkBase, QJsonObject *out) const
{
    const GraphMailbox *box = m_store.mailbox(userId);
    if (!box)
        return GraphCalendar::notFound();
    const QString skipToken = queryValue(request.query, u"$skiptoken"_s);
    const QString deltaToken = queryValue(request.query, u"$deltatoken"_s);
    QJsonObject state;
    QDateTime from, to;
    if (skipToken.isEmpty() && deltaToken.isEmpty()) {
        if (auto error = range(request, &from, &to))
            return error;
        state = QJsonObject{{"m"_L1, userId},
                            {"g"_L1, box->generation},
                            {"s"_L1, from.toString(Qt::ISODate)},
                            {"e"_L1, to.toString(Qt::ISODate)},
                            {"since"_L1, 0},
                            {"i"_L1, true},
                            {"upto"_L1, box->seq},
                            {"p"_L1, 0}};
    } else {
        state = decodeToken(skipToken.isEmpty() ? deltaToken : skipToken);
        if (state.isEmpty() || state.value("m"_L1).toString() != userId)
            return badToken();
        const int generation = state.value("g"_L1).toInt();
        if (generation != box->generation)
            return GraphError{
                410, u"SyncStateNotFound"_s,
                u"The sync state generation is not found; generation=%1;[highest=%2][%2]."_s.arg(generation)
                    .arg(box->generation)};
        from = QDateTime::fromString(state.value("s"_L1).toString(), Qt::ISODate).toUTC();
        to = QDateTime::fromString(state.value("e"_L1).toString(), Qt::ISODate).toUTC();
        if (!from.isValid() || !to.isValid())
            return badToken();
        if (!deltaToken.isEmpty()) { // a new round: everything changed since the last one
            state.insert("since"_L1, state.value("upto"_L1).toInteger());
            state.insert("i"_L1, false);
            state.insert("upto"_L1, box->seq);
            state.insert("p"_L1, 0);
        }
    }
    const qint64 since = state.value("since"_L1).toInteger();
    const qint64 upto = state.value("upto"_L1).toInteger();
    const int position = state.value("p"_L1).toInt();
    const int pageSize = GraphEventJson::preferredPageSize(request, 100);
    const QString zone = GraphEventJson::preferredTimeZone(request);
    const bool initial = state.value("i"_L1).toBool();
    const QJsonArray items = roundItems(userId, from, to, initial ? -1 : since, upto, zone);
    QJsonArray value;
    for (qsizetype i = position; i < items.size() && value.size() < pageSize; ++i)
        value.append(items.at(i));
    *out =
        QJsonObject{{"@odata.context"_L1, "https://graph.microsoft.com/v1.0/$metadata#Collection(event)"_L1},
                    {"value"_L1, value}};
    if (position + pageSize < items.size()) {
        state.insert("p"_L1, position + pageSize);
        out->insert("@odata.nextLink"_L1, linkBase + u"?$skiptoken="_s + encodeToken(state));
    } else {
        state.insert("p"_L1, 0);
        out->insert("@odata.deltaLink"_L1, linkBase + u"?$deltatoken="_s + encodeToken(state));
    }
    return std::nullopt;
}

} // namespace cxsync::sandbox
