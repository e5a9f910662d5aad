#include "GraphApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

namespace {

const QStringList kUserFields = {u"id"_s,
                                 u"displayName"_s,
                                 u"givenName"_s,
                                 u"surname"_s,
                                 u"mail"_s,
                                 u"userPrincipalName"_s,
                                 u"proxyAddresses"_s,
                                 u"accountEnabled"_s,
                                 u"businessPhones"_s,
                                 u"jobTitle"_s,
                                 u"mobilePhone"_s,
                                 u"officeLocation"_s,
                                 u"preferredLanguage"_s};
const QStringList kUserDefault = {u"businessPhones"_s,
                                  u"displayName"_s,
                                  u"givenName"_s,
                                  u"jobTitle"_s,
                                  u"mail"_s,
                                  u"mobilePhone"_s,
                                  u"officeLocation"_s,
                                  u"preferredLanguage"_s,
                                  u"surname"_s,
                                  u"userPrincipalName"_s,
                                  u"id"_s};

GraphResponse ok(int status, const QJsonObject &body)
{
    GraphResponse r;
    r.status = status;
    r.body = body;
    return r;
}

GraphResponse noContent(int status)
{
    GraphResponse r;
    r.status = status;
    r.noBody = true;
    return r;
}

QStringList selectList(const SandboxRequest &request)
{
    QStringList fields;
    for (const QString &f :
         GraphDelta::queryValue(request.query, u"$select"_s).split(','_L1, Qt::SkipEmptyParts))
        fields.append(f.trimmed());
    return fields;
}

} // namespace

GraphApi::GraphApi(GraphStore &store, GraphCalendar &calendar, GraphDelta &delta,
                   GraphSubscriptions &subscriptions)
    : m_store(store), m_calendar(calendar), m_delta(delta), m_subscriptions(subscriptions)
{
    const QString user = u"/v1\\.0/users/([^/]+)"_s;
    const QString events = user + u"/(?:calendar/)?events"_s;
    add(u"GET"_s, u"/v1\\.0/users"_s, [this](auto &r, auto &, auto &d) { listUsers(r, d); });
    add(u"GET"_s, user, [this](auto &r, auto &c, auto &d) { getUser(c[0], r, d); });
    add(u"GET"_s, events, [this](auto &r, auto &c, auto &d) {
        if (const GraphUser *u = mailboxUser(c[0], d))
            listEvents(u->id, r, d);
    });
    add(u"POST"_s, events, [this](auto &r, auto &c, auto &d) {
        if (const GraphUser *u = mailboxUser(c[0], d))
            createEvent(u->id, r, d);
    });
    // Event ids in paths may come in either format (REST or immutable), whatever the Prefer header says.
    for (const QString &method : {u"GET"_s, u"PATCH"_s, u"DELETE"_s}) {
        add(method, events + u"/([^/]+)"_s, [this, method](auto &r, auto &c, auto &d) {
            if (const GraphUser *u = mailboxUser(c[0], d))
                eventAction(u->id, m_store.restIdOf(u->id, c[1]), method, r, d);
        });
    }
    add(u"POST"_s, user + u"/(?:microsoft\\.graph\\.)?translateExchangeIds"_s,
        [this](auto &r, auto &c, auto &d) {
            if (const GraphUser *u = mailboxUser(c[0], d))
                translateExchangeIds(u->id, r, d);
        });
    add(u"GET"_s, user + u"/calendarView/([^/]+)"_s, [this](auto &r, auto &c, auto &d) {
        if (c[1] == "delta"_L1 || c[1] == "microsoft.graph.delta()"_L1) {
            const GraphUser *u = mailboxUser(c[0], d);
            QJsonObject out;
            if (!u)
                return;
            if (auto e =
                    m_delta.delta(u->id, r, m_base + u"/v1.0/users/%1/calendarView/delta"_s.arg(c[0]), &out))
                return d(error(*e));
            return d(ok(200, out));
        }
        if (const GraphUser *u = mailboxUser(c[0], d))
            eventAction(u->id, m_store.restIdOf(u->id, c[1]), u"GET"_s, r, d);
    });
    add(u"GET"_s, user + u"/calendarView"_s, [this](auto &r, auto &c, auto &d) {
        const GraphUser *u = mailboxUser(c[0], d);
        QJsonObject out;
        if (!u)
            return;
        if (auto e =
                m_delta.calendarView(u->id, r, m_base + u"/v1.0/users/%1/calendarView"_s.arg(c[0]), &out))
            return d(error(*e));
        d(ok(200, out));
    });
    add(u"POST"_s, events + u"/([^/]+)/(?:microsoft\\.graph\\.)?(cancel|accept|decline|tentativelyAccept)"_s,
        [this](auto &r, auto &c, auto &d) {
            if (const GraphUser *u = mailboxUser(c[0], d))
                eventAction(u->id, m_store.restIdOf(u->id, c[1]), c[2], r, d);
        });
    add(u"GET"_s, u"/v1\\.0/subscriptions"_s, [this](auto &, auto &, auto &d) { d(m_subscriptions.list()); });
    add(u"POST"_s, u"/v1\\.0/subscriptions"_s, [this](auto &r, auto &, auto &d) {
        const QJsonDocument body = r.json();
        if (!body.isObject())
            return d(error(400, u"BadRequest"_s, u"Invalid request body."_s));
        m_subscriptions.create(body.object(), d, answersImmutableIds(r));
    });
    add(u"GET"_s, u"/v1\\.0/subscriptions/([^/]+)"_s,
        [this](auto &, auto &c, auto &d) { d(m_subscriptions.get(c[0])); });
    add(u"PATCH"_s, u"/v1\\.0/subscriptions/([^/]+)"_s,
        [this](auto &r, auto &c, auto &d) { d(m_subscriptions.renew(c[0], r.json().object())); });
    add(u"DELETE"_s, u"/v1\\.0/subscriptions/([^/]+)"_s,
        [this](auto &, auto &c, auto &d) { d(m_subscriptions.remove(c[0])); });
    add(u"POST"_s, u"/v1\\.0/subscriptions/([^/]+)/(?:microsoft\\.graph\\.)?reauthorize"_s,
        [this](auto &, auto &c, auto &d) { d(m_subscriptions.reauthorize(c[0])); });
}

void GraphApi::add(const QString &method, const QString &pattern, Handler handler)
{
    m_routes.append(
        {method, QRegularExpression(QRegularExpression::anchoredPattern(pattern)), std::move(handler)});
}

GraphResponse GraphApi::error(const GraphError &e)
{
    return error(e.status, e.code, e.message);
}

GraphResponse GraphApi::error(int status, const QString &code, const QString &message)
{
    return ok(status, QJsonObject{{"error"_L1, QJsonObject{{"code"_L1, code}, {"message"_L1, message}}}});
}

QString GraphApi::mailboxOf(const SandboxRequest &request) const
{
    static const QRegularExpression re(u"^/v1\\.0/users/([^/]+)/"_s);
    const auto m = re.match(request.path);
    if (!m.hasMatch())
        return {};
    const GraphUser *u = m_store.user(m.captured(1));
    return u ? u->id : m.captured(1).toLower();
}

namespace {

QJsonObject withBodyType(QJsonObject event, const QString &type)
{
    QJsonObject body = event.value("body"_L1).toObject();
    if (body.isEmpty() || body.value("contentType"_L1).toString() == type)
        return event;
    QString content = body.value("content"_L1).toString();
    if (type == "text"_L1) {
        content.remove(
            QRegularExpression(u"<head>.*</head>"_s, QRegularExpression::DotMatchesEverythingOption));
        content.replace(QRegularExpression(u"<br\\s*/?>|</p>|</div>"_s), u"\r\n"_s);
        content.remove(QRegularExpression(u"<[^>]*>"_s));
        content = content.trimmed();
    } else {
        content = u"<html><head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
                  u"charset=utf-8\">\r\n</head>"
                  "<body>\r\n<div>"_s +
                  content.toHtmlEscaped().replace('\n'_L1, u"<br>"_s) + u"</div>\r\n</body>\r\n</html>\r\n"_s;
    }
    event.insert("body"_L1, QJsonObject{{"contentType"_L1, type}, {"content"_L1, content}});
    return event;
}

// Prefer: outlook.body-content-type="text|html" on reads, and Preference-Applied for the honoured
// preferences.
GraphDone withPreferences(const SandboxRequest &request, const GraphDone &done)
{
    static const QRegularExpression bodyType(u"outlook\\.body-content-type\\s*=\\s*\"?(text|html)\"?"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    QString type;
    for (const QByteArray &value : request.headerValues("Prefer")) {
        const auto m = bodyType.match(QString::fromUtf8(value));
        if (m.hasMatch())
            type = m.captured(1).toLower();
    }
    const QString zone = GraphEventJson::preferredTimeZone(request);
    const bool eventPath = request.path.contains("/events"_L1) || request.path.contains("/calendarView"_L1);
    if (request.method != "GET"_L1 || !eventPath || (type.isEmpty() && zone.isEmpty()))
        return done;
    return [done, type, zone](const GraphResponse &response) {
        if (response.status != 200)
            return done(response);
        GraphResponse r = response;
        if (!type.isEmpty()) {
            if (r.body.value("value"_L1).isArray()) {
                QJsonArray value = r.body.value("value"_L1).toArray();
                for (qsizetype i = 0; i < value.size(); ++i)
                    value[i] = withBodyType(value.at(i).toObject(), type);
                r.body.insert("value"_L1, value);
            } else {
                r.body = withBodyType(r.body, type);
            }
            r.headers.append(qMakePair(QByteArray("Preference-Applied"),
                                       "outlook.body-content-type=\"" + type.toLatin1() + '"'));
        }
        if (!zone.isEmpty())
            r.headers.append(
                qMakePair(QByteArray("Preference-Applied"), "outlook.timezone=\"" + zone.toUtf8() + '"'));
        done(r);
    };
}

} // namespace

bool GraphApi::prefersImmutableIds(const SandboxRequest &request)
{
    static const QRegularExpression idType(u"(?:^|[,;\\s])IdType\\s*=\\s*\"?ImmutableId\"?(?:$|[,;\\s])"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray &value : request.headerValues("Prefer")) {
        if (idType.match(QString::fromUtf8(value).trimmed()).hasMatch())
            return true;
    }
    return false;
}

bool GraphApi::answersImmutableIds(const SandboxRequest &request) const
{
    return !m_restIdsOnly && prefersImmutableIds(request);
}

namespace {

// The event ids of `value` (`id`, `seriesMasterId`, at any depth) through `map`; `@removed` entries `drop`
// says are not to be reported are left out of arrays.
QJsonValue mapIds(const QJsonValue &value, const std::function<QString(const QString &)> &map,
                  const std::function<bool(const QJsonObject &)> &drop)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray()) {
            if (item.isObject() && drop(item.toObject()))
                continue;
            out.append(mapIds(item, map, drop));
        }
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out = value.toObject();
    for (auto it = out.begin(); it != out.end(); ++it) {
        if ((it.key() == "id"_L1 || it.key() == "seriesMasterId"_L1) && it.value().isString())
            it.value() = map(it.value().toString());
        else if (it.value().isObject() || it.value().isArray())
            it.value() = mapIds(it.value(), map, drop);
    }
    return out;
}

} // namespace

GraphDone GraphApi::withIdType(const SandboxRequest &request, const GraphDone &done) const
{
    const QString mailbox = mailboxOf(request);
    if (mailbox.isEmpty() || !answersImmutableIds(request) ||
        request.path.endsWith("translateExchangeIds"_L1))
        return done;
    const GraphStore *store = &m_store;
    return [store, mailbox, done](const GraphResponse &response) {
        if (response.status >= 400 || response.noBody)
            return done(response);
        GraphResponse r = response;
        r.body = mapIds(
                     r.body, [&](const QString &id) { return store->immutableIdOf(mailbox, id); },
                     [&](const QJsonObject &item) {
                         return item.contains("@removed"_L1) &&
                                store->movedAway(mailbox, item.value("id"_L1).toString());
                     })
                     .toObject();
        done(r);
    };
}

void GraphApi::translateExchangeIds(const QString &userId, const SandboxRequest &request,
                                    const GraphDone &done)
{
    static const QStringList formats{u"entryId"_s, u"ewsId"_s, u"immutableEntryId"_s, u"restId"_s,
                                     u"restImmutableEntryId"_s};
    static const QStringList supported{u"restId"_s, u"restImmutableEntryId"_s};
    QString parseError;
    const QJsonDocument doc = request.json(&parseError);
    if (!doc.isObject())
        return done(
            error(400, u"RequestBodyRead"_s, u"Invalid JSON in the request body: %1"_s.arg(parseError)));
    const QJsonObject body = doc.object();
    const QJsonValue inputIds = body.value("inputIds"_L1);
    if (!inputIds.isArray() || inputIds.toArray().isEmpty())
        return done(
            error(400, u"ErrorInvalidParameter"_s, u"inputIds must be a non-empty collection of strings."_s));
    if (inputIds.toArray().size() > 1000)
        return done(error(400, u"ErrorInvalidParameter"_s,
                          u"inputIds has %1 identifiers; at most 1000 may be translated at once."_s.arg(
                              inputIds.toArray().size())));
    const QString source = body.value("sourceIdType"_L1).toString();
    const QString target = body.value("targetIdType"_L1).toString();
    for (const auto &[name, value] :
         {std::pair{u"sourceIdType"_s, source}, std::pair{u"targetIdType"_s, target}}) {
        if (!formats.contains(value))
            return done(
                error(400, u"RequestBodyRead"_s,
                      u"The value '%1' of %2 is not a member of exchangeIdFormat."_s.arg(value, name)));
        if (!supported.contains(value))
            return done(error(
                400, u"ErrorInvalidParameter"_s,
                u"The sandbox translates only between restId and restImmutableEntryId, not %1 (%2)."_s.arg(
                    value, name)));
    }
    QJsonArray value;
    for (const QJsonValue &input : inputIds.toArray()) {
        const QString id = input.toString();
        if (!input.isString() || id.isEmpty())
            return done(
                error(400, u"ErrorInvalidParameter"_s, u"inputIds must contain only non-empty strings."_s));
        // An item of this mailbox (or an occurrence of one) under this id in the source format now; the old
        // id of a deleted or moved item names nothing any more.
        const QString rest = m_store.restIdOf(userId, id);
        const QString immutable = m_store.immutableIdOf(userId, id);
        const bool live = m_calendar.find(userId, rest).has_value();
        const bool inSourceFormat = source == "restId"_L1 ? rest == id : immutable == id;
        if (!live || !inSourceFormat) {
            value.append(
                QJsonObject{{"sourceId"_L1, id},
                            {"errorDetails"_L1,
                             QJsonObject{{"code"_L1, "ErrorItemNotFound"_L1},
                                         {"message"_L1,
                                          u"No item of this mailbox has the %1 '%2'."_s.arg(source, id)}}}});
            continue;
        }
        value.append(
            QJsonObject{{"sourceId"_L1, id}, {"targetId"_L1, target == "restId"_L1 ? rest : immutable}});
    }
    done(ok(200,
            QJsonObject{
                {"@odata.context"_L1,
                 "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.convertIdResult)"_L1},
                {"value"_L1, value}}));
}

void GraphApi::handle(const SandboxRequest &request, const GraphDone &finished)
{
    const GraphDone done = withIdType(request, withPreferences(request, finished));
    if (request.path == "/v1.0/me"_L1 || request.path.startsWith("/v1.0/me/"_L1))
        return done(
            error(400, u"BadRequest"_s, u"/me request is only valid with delegated authentication flow."_s));
    bool pathMatched = false;
    for (const Route &route : std::as_const(m_routes)) {
        const auto m = route.pattern.match(request.path);
        if (!m.hasMatch())
            continue;
        pathMatched = true;
        if (route.method != request.method)
            continue;
        QStringList captures;
        for (int i = 1; i <= m.lastCapturedIndex(); ++i)
            captures.append(m.captured(i));
        route.handler(request, captures, done);
        return;
    }
    if (pathMatched)
        return done(error(405, u"BadRequest"_s,
                          u"The HTTP method '%1' is not supported for this resource."_s.arg(request.method)));
    done(error(400, u"BadRequest"_s,
               u"Resource not found for the segment '%1'."_s.arg(request.path.section('/'_L1, -1))));
}

const GraphUser *GraphApi::mailboxUser(const QString &segment, const GraphDone &done) const
{
    const GraphUser *u = m_store.user(segment);
    if (!u)
        done(error(404, u"ErrorInvalidUser"_s, u"The requested user '%1' is invalid."_s.arg(segment)));
    return u;
}

QJsonObject GraphApi::select(const QJsonObject &object, const QStringList &fields) const
{
    if (fields.isEmpty())
        return object;
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == "id"_L1 || it.key().startsWith('@'_L1) || fields.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

void GraphApi::listUsers(const SandboxRequest &request, const GraphDone &done)
{
    QStringList fields = selectList(request);
    for (const QString &f : std::as_const(fields)) {
        if (!kUserFields.contains(f))
            return done(error(
                400, u"Request_BadRequest"_s,
                u"Could not find a property named '%1' on type 'Microsoft.DirectoryServices.User'."_s.arg(
                    f)));
    }
    const QString topText = GraphDelta::queryValue(request.query, u"$top"_s);
    int top = 100;
    if (!topText.isEmpty()) {
        bool isNumber = false;
        top = topText.toInt(&isNumber);
        if (!isNumber || top < 1 || top > 999)
            return done(error(
                400, u"Request_UnsupportedQuery"_s,
                u"Invalid page size specified: '%1'. Must be between 1 and 999 inclusive."_s.arg(topText)));
    }
    int offset = 0;
    const QString skipToken = GraphDelta::queryValue(request.query, u"$skiptoken"_s);
    if (!skipToken.isEmpty()) {
        const QJsonObject token = GraphDelta::decodeToken(skipToken);
        if (!token.contains("o"_L1))
            return done(error(400, u"Request_BadRequest"_s, u"Invalid $skiptoken."_s));
        offset = token.value("o"_L1).toInt();
        top = token.value("t"_L1).toInt(top);
    }
    const QStringList shown = fields.isEmpty() ? kUserDefault : fields;
    const QList<GraphUser> &users = m_store.users();
    QJsonArray value;
    for (qsizetype i = offset; i < users.size() && value.size() < top; ++i) {
        const QJsonObject all = users.at(i).toJson();
        QJsonObject o;
        for (const QString &f : shown)
            o.insert(f, all.value(f));
        value.append(o);
    }
    QJsonObject out{{"@odata.context"_L1, fields.isEmpty()
                                              ? u"https://graph.microsoft.com/v1.0/$metadata#users"_s
                                              : u"https://graph.microsoft.com/v1.0/$metadata#users(%1)"_s.arg(
                                                    fields.join(','_L1))},
                    {"value"_L1, value}};
    if (offset + top < users.size()) {
        QUrlQuery next;
        if (!fields.isEmpty())
            next.addQueryItem(u"$select"_s, fields.join(','_L1));
        next.addQueryItem(u"$top"_s, QString::number(top));
        next.addQueryItem(u"$skiptoken"_s,
                          GraphDelta::encodeToken(QJsonObject{{"o"_L1, offset + top}, {"t"_L1, top}}));
        out.insert("@odata.nextLink"_L1, m_base + u"/v1.0/users?"_s + next.toString(QUrl::FullyEncoded));
    }
    done(ok(200, out));
}

void GraphApi::getUser(const QString &id, const SandboxRequest &request, const GraphDone &done)
{
    const GraphUser *u = m_store.user(id);
    if (!u)
        return done(error(
            404, u"Request_ResourceNotFound"_s,
            u"Resource '%1' does not exist or one of its queried reference-property objects are not present."_s
                .arg(id)));
    const QStringList fields = selectList(request);
    const QJsonObject all = u->toJson();
    QJsonObject o{{"@odata.context"_L1, "https://graph.microsoft.com/v1.0/$metadata#users/$entity"_L1}};
    for (const QString &f : fields.isEmpty() ? kUserDefault : fields)
        o.insert(f, all.value(f));
    done(ok(200, o));
}

void GraphApi::listEvents(const QString &userId, const SandboxRequest &request, const GraphDone &done)
{
    const GraphMailbox *box = m_store.mailbox(userId);
    const QString topText = GraphDelta::queryValue(request.query, u"$top"_s);
    const int top =
        topText.isEmpty() ? GraphEventJson::preferredPageSize(request, 10) : qBound(1, topText.toInt(), 1000);
    const int skip = qMax(0, GraphDelta::queryValue(request.query, u"$skip"_s).toInt());
    const QString zone = GraphEventJson::preferredTimeZone(request);
    const QStringList fields = selectList(request);
    QJsonArray value;
    for (qsizetype i = skip; i < box->events.size() && value.size() < top; ++i)
        value.append(select(GraphEventJson::render(box->events.at(i), zone), fields));
    QJsonObject out{{"@odata.context"_L1, "https://graph.microsoft.com/v1.0/$metadata#users('%1')/events"_L1},
                    {"value"_L1, value}};
    out.insert("@odata.context"_L1,
               u"https://graph.microsoft.com/v1.0/$metadata#users('%1')/events"_s.arg(userId));
    if (skip + top < box->events.size()) {
        QUrlQuery next(request.query);
        next.removeAllQueryItems(u"$skip"_s);
        next.addQueryItem(u"$skip"_s, QString::number(skip + top));
        out.insert("@odata.nextLink"_L1,
                   m_base + u"/v1.0/users/%1/events?"_s.arg(userId) + next.toString(QUrl::FullyEncoded));
    }
    done(ok(200, out));
}

void GraphApi::createEvent(const QString &userId, const SandboxRequest &request, const GraphDone &done)
{
    QString parseError;
    const QJsonDocument body = request.json(&parseError);
    if (!body.isObject())
        return done(
            error(400, u"RequestBodyRead"_s, u"Invalid JSON in the request body: %1"_s.arg(parseError)));
    QString id;
    if (auto e = m_calendar.create(userId, body.object(), &id))
        return done(error(*e));
    QJsonObject out = GraphEventJson::render(*m_calendar.find(userId, id), QString());
    out.insert("@odata.context"_L1,
               u"https://graph.microsoft.com/v1.0/$metadata#users('%1')/events/$entity"_s.arg(userId));
    done(ok(201, out));
}

void GraphApi::eventAction(const QString &userId, const QString &eventId, const QString &action,
                           const SandboxRequest &request, const GraphDone &done)
{
    std::optional<GraphError> failure;
    if (action == "GET"_L1) {
        const auto event = m_calendar.find(userId, eventId);
        if (!event)
            return done(error(GraphCalendar::notFound()));
        QJsonObject out = select(GraphEventJson::render(*event, GraphEventJson::preferredTimeZone(request)),
                                 selectList(request));
        out.insert("@odata.context"_L1,
                   u"https://graph.microsoft.com/v1.0/$metadata#users('%1')/events/$entity"_s.arg(userId));
        return done(ok(200, out));
    }
    const QJsonObject body = request.json().object();
    if (action == "PATCH"_L1) {
        if (!request.json().isObject())
            return done(error(400, u"RequestBodyRead"_s, u"Invalid JSON in the request body."_s));
        if ((failure = m_calendar.update(userId, eventId, body, request.header("If-Match"))))
            return done(error(*failure));
        QJsonObject out =
            GraphEventJson::render(*m_calendar.find(userId, eventId), QString()); // PATCH: always UTC
        out.insert("@odata.context"_L1,
                   u"https://graph.microsoft.com/v1.0/$metadata#users('%1')/events/$entity"_s.arg(userId));
        return done(ok(200, out));
    }
    if (action == "DELETE"_L1)
        failure = m_calendar.remove(userId, eventId, request.header("If-Match"));
    else if (action == "cancel"_L1)
        failure = m_calendar.cancel(userId, eventId,
                                    body.value("comment"_L1).toString(body.value("Comment"_L1).toString()));
    else if (action == "accept"_L1)
        failure = m_calendar.respond(userId, eventId, u"accepted"_s);
    else if (action == "decline"_L1)
        failure = m_calendar.respond(userId, eventId, u"declined"_s);
    else
        failure = m_calendar.respond(userId, eventId, u"tentativelyAccepted"_s);
    if (failure)
        return done(error(*failure));
    done(noContent(action == "DELETE"_L1 ? 204 : 202));
}

} // namespace cxsync::sandbox
