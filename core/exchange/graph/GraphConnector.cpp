#include "exchange/graph/GraphConnector.h"

#include "exchange/graph/GraphIdMigration.h"
#include "exchange/graph/GraphTokenProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcGraph, "cxsync.exchange.graph", QtInfoMsg)

namespace cxsync::exchange {

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

Error invalid(const QString &message, const QString &field)
{
    return makeError(ErrorKind::Invalid, message, field);
}

Result<QJsonObject> jsonObject(const net::HttpResponse &response, const QString &what)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QObject::tr("Graph answered %1 with a body that is not a JSON object (%2).")
                           .arg(what, parseError.errorString()),
                       what);
    return doc.object();
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QTimeZone zoneFor(const QString &name)
{
    if (name.isEmpty() || name.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 ||
        name == QLatin1String("Etc/UTC") || name == QLatin1String("Coordinated Universal Time"))
        return QTimeZone::utc();
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(name.toUtf8());
    if (!iana.isEmpty()) {
        QTimeZone zone(iana);
        if (zone.isValid())
            return zone;
        // the system may lack the default name (Asia/Calcutta vs Asia/Kolkata): any IANA name of the zone
        for (const QByteArray &other : QTimeZone::windowsIdToIanaIds(name.toUtf8())) {
            QTimeZone candidate(other);
            if (candidate.isValid())
                return candidate;
        }
    }
    if (name.contains(QLatin1Char('/')) && QTimeZone::isTimeZoneIdAvailable(name.toUtf8()))
        return QTimeZone(name.toUtf8());
    return {};
}

ExchangeAttendee parseAttendee(const QJsonObject &o)
{
    ExchangeAttendee a;
    const QJsonObject address = o.value(QLatin1String("emailAddress")).toObject();
    a.address = str(address, "address");
    a.name = str(address, "name");
    if (o.contains(QLatin1String("type")))
        a.type = str(o, "type");
    const QString response = str(o.value(QLatin1String("status")).toObject(), "response");
    if (!response.isEmpty())
        a.response = response;
    return a;
}

} // namespace

GraphConnector::GraphConnector(net::HttpClient *http, GraphTokenProvider *tokens, QUrl graphBase,
                               QObject *parent)
    : QObject(parent), m_http(http), m_tokens(tokens), m_base(std::move(graphBase))
{
}

GraphConnector::~GraphConnector() = default;

QUrl GraphConnector::mailboxUrl(const QString &mailbox, const QString &suffix) const
{
    QUrl url = m_base;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/users/") + mailbox + suffix, QUrl::DecodedMode);
    return url;
}

void GraphConnector::prepare(net::HttpRequest &request)
{
    bool hasId = false;
    bool hasIdType = false;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("client-request-id", Qt::CaseInsensitive) == 0)
            hasId = true;
        else if (name.compare("Prefer", Qt::CaseInsensitive) == 0 && value.toLower().contains("idtype="))
            hasIdType = true;
    }
    if (!hasId)
        request.headers.append(
            {QByteArrayLiteral("client-request-id"), QUuid::createUuid().toByteArray(QUuid::WithoutBraces)});
    if (!hasIdType)
        request.headers.append({QByteArrayLiteral("Prefer"), QByteArray(kImmutableIdPreference)});
}

QPair<QByteArray, QByteArray> GraphConnector::preferHeader(const QList<QByteArray> &extra)
{
    QByteArrayList values{QByteArray(kImmutableIdPreference)};
    values.append(extra);
    return {QByteArrayLiteral("Prefer"), values.join(", ")};
}

QByteArray GraphConnector::clientRequestId(const net::HeaderList &headers)
{
    for (const auto &[name, value] : headers) {
        if (name.compare("client-request-id", Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Error GraphConnector::withClientRequestId(Error error, const QByteArray &clientRequestId)
{
    if (!clientRequestId.isEmpty())
        error.message +=
            QLatin1Char(' ') + tr("(client-request-id %1)").arg(QString::fromLatin1(clientRequestId));
    return error;
}

void GraphConnector::send(net::HttpRequest request, net::HttpClient::Callback done)
{
    prepare(request);
    const QByteArray id = clientRequestId(request.headers);
    const QString label = request.label;
    const QByteArray method = request.method;
    const QString url = net::HttpTrace::redactUrl(request.url);
    attempt(
        std::move(request),
        [id, label, method, url, done = std::move(done)](Result<net::HttpResponse> result) {
            if (result.ok())
                return done(std::move(result));
            const Error error = withClientRequestId(result.error(), id);
            qCInfo(lcGraph).noquote() << QStringLiteral("[%1] %2 %3 failed: %4")
                                             .arg(label, QString::fromLatin1(method), url, error.message);
            done(error);
        },
        false);
}

void GraphConnector::attempt(net::HttpRequest request, net::HttpClient::Callback done, bool retried)
{
    QPointer<GraphConnector> self(this);
    m_tokens->token([self, request = std::move(request), done = std::move(done),
                     retried](Result<QString> token) mutable {
        if (!self)
            return;
        if (!token.ok()) {
            done(token.error());
            return;
        }
        net::HttpRequest withAuth = request;
        withAuth.headers.append({QByteArrayLiteral("Authorization"), "Bearer " + token.value().toLatin1()});
        self->m_http->send(withAuth, [self, request = std::move(request), done = std::move(done), retried,
                                      used = token.value()](Result<net::HttpResponse> result) mutable {
            if (!self)
                return;
            if (!result.ok() && result.error().httpStatus == 401 && !retried) {
                self->m_tokens->invalidate(used);
                self->attempt(std::move(request), std::move(done), true);
                return;
            }
            done(std::move(result));
        });
    });
}

// ---- users

void GraphConnector::listUsers(Callback<QList<ExchangeUser>> done)
{
    QUrl url = m_base;
    url.setPath(url.path() + QStringLiteral("/users"));
    QUrlQuery query;
    query.addQueryItem(
        QStringLiteral("$select"),
        QStringLiteral("id,displayName,givenName,surname,mail,userPrincipalName,accountEnabled,"
                       "proxyAddresses"));
    query.addQueryItem(QStringLiteral("$top"), QString::number(m_usersPageSize));
    url.setQuery(query);
    fetchUsers(url, {}, std::move(done));
}

void GraphConnector::fetchUsers(QUrl url, QList<ExchangeUser> users, Callback<QList<ExchangeUser>> done)
{
    net::HttpRequest request;
    request.url = url;
    request.headers = {{QByteArrayLiteral("Accept"), kJson}};
    request.label = QStringLiteral("graph.users");
    QPointer<GraphConnector> self(this);
    send(request,
         [self, users = std::move(users), done = std::move(done)](Result<net::HttpResponse> result) mutable {
             if (!self)
                 return;
             if (!result.ok())
                 return done(result.error());
             const Result<QJsonObject> page = jsonObject(result.value(), QStringLiteral("users"));
             if (!page.ok())
                 return done(page.error());
             const QJsonValue value = page.value().value(QLatin1String("value"));
             if (!value.isArray())
                 return done(
                     invalid(tr("Graph answered a users page without \"value\"."), QStringLiteral("value")));
             for (const QJsonValue &item : value.toArray()) {
                 Result<ExchangeUser> user = parseUser(item.toObject());
                 if (!user.ok())
                     return done(user.error());
                 users.append(std::move(user).value());
             }
             const QString next = str(page.value(), "@odata.nextLink");
             if (next.isEmpty())
                 return done(std::move(users));
             const QUrl nextUrl(next, QUrl::StrictMode);
             if (!nextUrl.isValid())
                 return done(invalid(tr("Graph answered an unusable @odata.nextLink for users."),
                                     QStringLiteral("@odata.nextLink")));
             self->fetchUsers(nextUrl, std::move(users), std::move(done));
         });
}

Result<ExchangeUser> GraphConnector::parseUser(const QJsonObject &json)
{
    ExchangeUser user;
    user.id = str(json, "id");
    user.upn = str(json, "userPrincipalName");
    if (user.id.isEmpty())
        return invalid(tr("Graph returned a user without id (%1).").arg(user.upn), QStringLiteral("id"));
    if (user.upn.isEmpty())
        return invalid(tr("Graph returned user %1 without userPrincipalName.").arg(user.id),
                       QStringLiteral("userPrincipalName"));
    user.mail = str(json, "mail");
    user.givenName = str(json, "givenName");
    user.surname = str(json, "surname");
    user.displayName = str(json, "displayName");
    const QJsonValue enabled = json.value(QLatin1String("accountEnabled"));
    if (!enabled.isUndefined() && !enabled.isNull() && !enabled.isBool())
        return invalid(tr("Graph returned user %1 with a non-boolean accountEnabled.").arg(user.id),
                       QStringLiteral("accountEnabled"));
    user.enabled = enabled.toBool(true);
    for (const QJsonValue &p : json.value(QLatin1String("proxyAddresses")).toArray()) {
        const QString proxy = p.toString();
        if (proxy.startsWith(QLatin1String("smtp:"), Qt::CaseInsensitive)) {
            const QString address = proxy.mid(5);
            if (address.compare(user.mail, Qt::CaseInsensitive) != 0)
                user.aliases.append(address);
        }
    }
    return user;
}

// ---- events: JSON

Result<QDateTime> GraphConnector::parseUtcStamp(const QString &text, const QString &field,
                                                const QString &item)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d{1,7}))?(Z|[+-]00:00)?$"));
    const auto m = re.match(text);
    QDateTime value;
    if (m.hasMatch()) {
        value = QDateTime::fromString(m.captured(1), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (value.isValid()) {
            value.setTimeZone(QTimeZone::utc());
            const QString fraction = (m.captured(2) + QStringLiteral("000")).left(3);
            value = value.addMSecs(fraction.toInt());
        }
    }
    if (!value.isValid())
        return invalid(tr("Graph returned an unreadable %1 \"%2\" for item %3.").arg(field, text, item),
                       field);
    return value;
}

Result<QDateTime> GraphConnector::parseDateTimeTimeZone(const QJsonValue &value, const QString &field,
                                                        const QString &item)
{
    if (!value.isObject())
        return invalid(tr("Graph returned item %1 without %2.").arg(item, field), field);
    const QJsonObject o = value.toObject();
    const QString zoneName = str(o, "timeZone");
    const QTimeZone zone = zoneFor(zoneName);
    if (!zone.isValid())
        return invalid(
            tr("Graph returned item %1 with an unknown time zone \"%2\" in %3.").arg(item, zoneName, field),
            field + QStringLiteral(".timeZone"));
    const QString text = str(o, "dateTime");
    if (text.endsWith(QLatin1Char('Z')) && zone != QTimeZone::utc())
        return invalid(
            tr("Graph returned item %1 with %2 in UTC but labelled \"%3\".").arg(item, field, zoneName),
            field + QStringLiteral(".dateTime"));
    Result<QDateTime> local = parseUtcStamp(text, field + QStringLiteral(".dateTime"), item);
    if (!local.ok())
        return local;
    if (zone == QTimeZone::utc())
        return local;
    QDateTime inZone(local.value().date(), local.value().time(), zone);
    if (!inZone.isValid())
        return invalid(tr("Graph returned item %1 with %2 %3 that does not exist in %4.")
                           .arg(item, field, text, zoneName),
                       field + QStringLiteral(".dateTime"));
    return inZone.toUTC();
}

Result<ExchangeEvent> GraphConnector::parseEvent(const QJsonObject &json)
{
    ExchangeEvent e;
    const QJsonValue idValue = json.value(QLatin1String("id"));
    e.id = idValue.toString();
    if (e.id.isEmpty())
        return invalid(tr("Graph returned an event without id (subject \"%1\").").arg(str(json, "subject")),
                       QStringLiteral("id"));
    if (json.contains(QLatin1String("@removed"))) {
        e.removed = true;
        return e;
    }
    const QString item = e.id;
    e.type = json.contains(QLatin1String("type")) ? str(json, "type") : QStringLiteral("singleInstance");
    e.seriesMasterId = str(json, "seriesMasterId");
    if ((e.type == QLatin1String("occurrence") || e.type == QLatin1String("exception")) &&
        e.seriesMasterId.isEmpty())
        return invalid(tr("Graph returned %1 %2 without seriesMasterId.").arg(e.type, item),
                       QStringLiteral("seriesMasterId"));
    e.transactionId = str(json, "transactionId");
    e.changeKey = str(json, "changeKey");
    if (e.changeKey.isEmpty()) {
        static const QRegularExpression etag(QStringLiteral("^W/\"(.*)\"$"));
        const auto m = etag.match(str(json, "@odata.etag"));
        if (m.hasMatch())
            e.changeKey = m.captured(1);
    }
    Result<QDateTime> start =
        parseDateTimeTimeZone(json.value(QLatin1String("start")), QStringLiteral("start"), item);
    if (!start.ok())
        return start.error();
    Result<QDateTime> end =
        parseDateTimeTimeZone(json.value(QLatin1String("end")), QStringLiteral("end"), item);
    if (!end.ok())
        return end.error();
    e.startUtc = start.value();
    e.endUtc = end.value();
    if (e.endUtc < e.startUtc)
        return invalid(tr("Graph returned item %1 ending before it starts.").arg(item),
                       QStringLiteral("end"));
    // skeletal delta occurrence: only @odata.type/etag, id, seriesMasterId, type, start, end
    e.skeletal = !json.contains(QLatin1String("subject")) && !json.contains(QLatin1String("iCalUId"));
    e.iCalUId = str(json, "iCalUId");
    e.subject = str(json, "subject");
    const QJsonObject body = json.value(QLatin1String("body")).toObject();
    e.bodyText = str(body, "content");
    if (str(body, "contentType").compare(QLatin1String("html"), Qt::CaseInsensitive) == 0) {
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        e.bodyText.replace(
            QRegularExpression(QStringLiteral("<br\\s*/?>|</p>"), QRegularExpression::CaseInsensitiveOption),
            QStringLiteral("\n"));
        e.bodyText.remove(tags);
        e.bodyText.replace(QLatin1String("&nbsp;"), QLatin1String(" "))
            .replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&amp;"), QLatin1String("&"));
        e.bodyText = e.bodyText.trimmed();
    }
    e.location = str(json.value(QLatin1String("location")).toObject(), "displayName");
    QString zone = str(json, "originalStartTimeZone");
    if (zone.isEmpty() || zone.startsWith(QLatin1String("tzone://")) || !zoneFor(zone).isValid())
        zone = str(json.value(QLatin1String("start")).toObject(), "timeZone");
    e.timeZone = zone.compare(QLatin1String("UTC"), Qt::CaseInsensitive) == 0 ? QString() : zone;
    e.isAllDay = json.value(QLatin1String("isAllDay")).toBool(false);
    const QString sensitivity = str(json, "sensitivity");
    e.isPrivate = sensitivity == QLatin1String("private") || sensitivity == QLatin1String("confidential");
    e.reminderOn = json.value(QLatin1String("isReminderOn")).toBool(false);
    const QJsonValue minutes = json.value(QLatin1String("reminderMinutesBeforeStart"));
    if (!minutes.isUndefined() && !minutes.isNull()) {
        if (!minutes.isDouble() || minutes.toDouble() < 0)
            return invalid(
                tr("Graph returned item %1 with an unreadable reminderMinutesBeforeStart.").arg(item),
                QStringLiteral("reminderMinutesBeforeStart"));
        e.reminderMinutes = minutes.toInt();
    }
    e.isCancelled = json.value(QLatin1String("isCancelled")).toBool(false);
    e.isOrganizer = json.value(QLatin1String("isOrganizer")).toBool(true);
    const QJsonObject organizer = json.value(QLatin1String("organizer")).toObject();
    e.organizer = parseAttendee(organizer);
    e.organizer.response = QStringLiteral("organizer");
    for (const QJsonValue &a : json.value(QLatin1String("attendees")).toArray()) {
        ExchangeAttendee attendee = parseAttendee(a.toObject());
        if (attendee.address.isEmpty())
            return invalid(tr("Graph returned item %1 with an attendee without address.").arg(item),
                           QStringLiteral("attendees.emailAddress.address"));
        e.attendees.append(attendee);
    }
    const QString modified = str(json, "lastModifiedDateTime");
    if (!modified.isEmpty()) {
        Result<QDateTime> stamp = parseUtcStamp(modified, QStringLiteral("lastModifiedDateTime"), item);
        if (!stamp.ok())
            return stamp.error();
        e.lastModifiedUtc = stamp.value();
    }
    return e;
}

Result<QJsonObject> GraphConnector::eventToJson(const ExchangeEvent &event)
{
    const QTimeZone zone = zoneFor(event.timeZone);
    if (!zone.isValid())
        return invalid(tr("Unknown time zone \"%1\" for event \"%2\".").arg(event.timeZone, event.subject),
                       QStringLiteral("timeZone"));
    if (!event.startUtc.isValid() || !event.endUtc.isValid() || event.endUtc < event.startUtc)
        return invalid(tr("Event \"%1\" needs a valid start before its end.").arg(event.subject),
                       QStringLiteral("start"));
    const QString zoneName = event.timeZone.isEmpty() ? QStringLiteral("UTC") : event.timeZone;
    auto stamp = [&](const QDateTime &utc) {
        return QJsonObject{{QStringLiteral("dateTime"),
                            utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                           {QStringLiteral("timeZone"), zoneName}};
    };
    QJsonArray attendees;
    for (const ExchangeAttendee &a : event.attendees)
        attendees.append(
            QJsonObject{{QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), a.address},
                                                                     {QStringLiteral("name"), a.name}}},
                        {QStringLiteral("type"), a.type}});
    QJsonObject body{
        {QStringLiteral("subject"), event.subject},
        {QStringLiteral("body"), QJsonObject{{QStringLiteral("contentType"), QStringLiteral("text")},
                                             {QStringLiteral("content"), event.bodyText}}},
        {QStringLiteral("location"), QJsonObject{{QStringLiteral("displayName"), event.location}}},
        {QStringLiteral("start"), stamp(event.startUtc)},
        {QStringLiteral("end"), stamp(event.endUtc)},
        {QStringLiteral("isAllDay"), event.isAllDay},
        {QStringLiteral("sensitivity"),
         event.isPrivate ? QStringLiteral("private") : QStringLiteral("normal")},
    };
    // Only when the caller changes them: Exchange sends every attendee an update for a write that carries
    // "attendees", and an empty list removes them all.
    if (event.writeAttendees)
        body.insert(QStringLiteral("attendees"), attendees);
    if (event.writeReminder) {
        body.insert(QStringLiteral("isReminderOn"), event.reminderOn);
        body.insert(QStringLiteral("reminderMinutesBeforeStart"), event.reminderMinutes);
    }
    return body;
}

// ---- events: requests

namespace {

void deliverEvent(const Result<net::HttpResponse> &result,
                  const ExchangeConnector::Callback<ExchangeEvent> &done)
{
    if (!result.ok())
        return done(result.error());
    const Result<QJsonObject> json = jsonObject(result.value(), QStringLiteral("event"));
    if (!json.ok())
        return done(json.error());
    done(GraphConnector::parseEvent(json.value()));
}

void deliverStatus(const Result<net::HttpResponse> &result, const ExchangeConnector::StatusCallback &done)
{
    if (!result.ok())
        return done(result.error());
    done(Status());
}

} // namespace

void GraphConnector::getEvent(const QString &mailbox, const QString &eventId, Callback<ExchangeEvent> done)
{
    if (eventId.isEmpty()) {
        failLater(done, invalid(tr("No event id given."), QStringLiteral("id")));
        return;
    }
    net::HttpRequest request;
    request.url = mailboxUrl(mailbox, QStringLiteral("/events/") + eventId);
    request.headers = {{QByteArrayLiteral("Accept"), kJson}};
    request.mailbox = mailbox;
    request.label = QStringLiteral("graph.getEvent");
    send(request, [done = std::move(done)](Result<net::HttpResponse> result) { deliverEvent(result, done); });
}

namespace {

bool isExpiredCursor(const Error &error)
{
    const QString code = error.serverCode.toLower();
    return error.httpStatus == 410 || code == QLatin1String("syncstatenotfound") ||
           code == QLatin1String("resyncrequired") || code == QLatin1String("syncstateinvalid");
}

} // namespace

void GraphConnector::readChanges(const QString &mailbox, const QString &cursor, const QDateTime &windowStartUtc,
                                 const QDateTime &windowEndUtc, Callback<ChangePage> done)
{
    auto later = [this, &done](const Error &error) { failLater(done, error); };
    QUrl url;
    if (cursor.isEmpty()) {
        if (!windowStartUtc.isValid() || !windowEndUtc.isValid() || windowEndUtc <= windowStartUtc)
            return later(invalid(tr("The sync window is empty."), QStringLiteral("window")));
        url = mailboxUrl(mailbox, QStringLiteral("/calendarView/delta"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("startDateTime"),
                           windowStartUtc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
        query.addQueryItem(QStringLiteral("endDateTime"),
                           windowEndUtc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
        url.setQuery(query);
    } else {
        // links are followed verbatim, and only to the Graph endpoint the token is for
        url = QUrl::fromEncoded(cursor.toUtf8(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != m_base.scheme() || url.host() != m_base.host() ||
            url.port() != m_base.port())
            return later(invalid(tr("The stored change cursor of %1 is not a link to %2.")
                                     .arg(mailbox, m_base.host()),
                                 QStringLiteral("cursor")));
    }
    net::HttpRequest request;
    request.url = url;
    request.headers = {{QByteArrayLiteral("Accept"), kJson},
                       {QByteArrayLiteral("Prefer"), "odata.maxpagesize=" + QByteArray::number(m_changePageSize)}};
    request.mailbox = mailbox;
    request.label = QStringLiteral("graph.calendarDelta");
    send(request, [this, mailbox, done = std::move(done)](Result<net::HttpResponse> result) {
        ChangePage page;
        if (!result.ok()) {
            if (!isExpiredCursor(result.error()))
                return done(result.error());
            page.cursorExpired = true;
            return done(page);
        }
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(result.value().body, &parseError);
        const QJsonObject json = doc.object();
        const QJsonValue value = json.value(QLatin1String("value"));
        if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !value.isArray())
            return done(invalid(tr("Graph answered a calendarView/delta page for %1 without \"value\".").arg(mailbox),
                                QStringLiteral("value")));
        const QString next = json.value(QLatin1String("@odata.nextLink")).toString();
        const QString delta = json.value(QLatin1String("@odata.deltaLink")).toString();
        const QString link = next.isEmpty() ? delta : next;
        const QUrl linkUrl = QUrl::fromEncoded(link.toUtf8(), QUrl::StrictMode);
        if (link.isEmpty() || !linkUrl.isValid() || linkUrl.scheme() != m_base.scheme() ||
            linkUrl.host() != m_base.host() || linkUrl.port() != m_base.port())
            return done(invalid(tr("Graph answered a calendarView/delta page for %1 without a usable "
                                   "@odata.nextLink or @odata.deltaLink.")
                                    .arg(mailbox),
                                next.isEmpty() ? QStringLiteral("@odata.deltaLink")
                                               : QStringLiteral("@odata.nextLink")));
        page.cursor = link;
        page.last = next.isEmpty();
        for (const QJsonValue &item : value.toArray()) {
            Result<ExchangeEvent> event = parseEvent(item.toObject());
            if (!event.ok())
                page.invalid.append(event.error());
            else if (event.value().removed)
                page.removed.append(event.value().id);
            else
                page.changed.append(std::move(event).value());
        }
        done(page);
    });
}

void GraphConnector::prepareMailbox(const QString &mailbox, Journal &journal, const QDateTime &nowUtc,
                                    StatusCallback done)
{
    // One migration object per call: it calls back once, from the event loop, and is gone after that.
    auto *migration = new GraphIdMigration(this, &journal, this);
    migration->run(mailbox, nowUtc,
                   [migration, mailbox, done = std::move(done)](Result<GraphIdMigration::Outcome> outcome) {
                       migration->deleteLater();
                       if (!outcome.ok()) {
                           Error error = outcome.error();
                           error.message = tr("%1: moving the stored Outlook ids to immutable ids failed: %2")
                                               .arg(mailbox, error.message);
                           return done(error);
                       }
                       done(Status());
                   });
}

void GraphConnector::createEvent(const QString &mailbox, const ExchangeEvent &event,
                                 const QString &transactionId, Callback<ExchangeEvent> done)
{
    Result<QJsonObject> json = eventToJson(event);
    if (!json.ok()) {
        failLater(done, json.error());
        return;
    }
    QJsonObject body = json.value();
    if (!transactionId.isEmpty())
        body.insert(QStringLiteral("transactionId"), transactionId);
    net::HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = mailboxUrl(mailbox, QStringLiteral("/events"));
    request.headers = {{QByteArrayLiteral("Content-Type"), kJson}, {QByteArrayLiteral("Accept"), kJson}};
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.mailbox = mailbox;
    request.idempotent = !transactionId.isEmpty();
    request.label = QStringLiteral("graph.createEvent");
    send(request, [done = std::move(done)](Result<net::HttpResponse> result) {
        if (!result.ok())
            return done(result.error());
        // Graph answered 2xx, so the event exists; an answer we cannot read does not make the create invalid.
        // The outcome is unknown: a retry with the same transactionId returns the item made the first time,
        // and a later read recognises it by that key.
        Result<ExchangeEvent> event = [&]() -> Result<ExchangeEvent> {
            const Result<QJsonObject> json = jsonObject(result.value(), QStringLiteral("event"));
            if (!json.ok())
                return json.error();
            return GraphConnector::parseEvent(json.value());
        }();
        if (event.ok())
            return done(event);
        Error unknown = event.error();
        unknown.kind = ErrorKind::Network;
        unknown.httpStatus = result.value().status;
        unknown.message = tr("The answer to creating the event could not be read (%1); the event may exist, "
                             "so it is looked for before it is created again.")
                              .arg(event.error().message);
        done(unknown);
    });
}

void GraphConnector::updateEvent(const QString &mailbox, const ExchangeEvent &event,
                                 Callback<ExchangeEvent> done)
{
    Result<QJsonObject> json =
        event.id.isEmpty() ? Result<QJsonObject>(invalid(tr("No event id given."), QStringLiteral("id")))
                           : eventToJson(event);
    if (!json.ok()) {
        failLater(done, json.error());
        return;
    }
    net::HttpRequest request;
    request.method = QByteArrayLiteral("PATCH");
    request.url = mailboxUrl(mailbox, QStringLiteral("/events/") + event.id);
    request.headers = {{QByteArrayLiteral("Content-Type"), kJson}, {QByteArrayLiteral("Accept"), kJson}};
    if (!event.changeKey.isEmpty())
        request.headers.append({QByteArrayLiteral("If-Match"), "W/\"" + event.changeKey.toUtf8() + '"'});
    request.body = QJsonDocument(json.value()).toJson(QJsonDocument::Compact);
    request.mailbox = mailbox;
    // a PATCH of absolute values with If-Match is safe to repeat: a second write fails on the changeKey
    request.idempotent = !event.changeKey.isEmpty();
    request.label = QStringLiteral("graph.updateEvent");
    send(request, [done = std::move(done)](Result<net::HttpResponse> result) {
        if (!result.ok())
            return done(writeError(result.error()));
        deliverEvent(result, done);
    });
}

void GraphConnector::translateIds(const QString &mailbox, const QStringList &restIds,
                                  Callback<GraphIdTranslation> done)
{
    auto later = [this, &done](const Error &error) { failLater(done, error); };
    if (mailbox.isEmpty())
        return later(invalid(tr("No mailbox given."), QStringLiteral("mailbox")));
    if (restIds.isEmpty() || restIds.size() > kMaxTranslateIds)
        return later(invalid(
            tr("translateExchangeIds takes 1 to %1 ids, not %2.").arg(kMaxTranslateIds).arg(restIds.size()),
            QStringLiteral("inputIds")));
    QJsonArray inputIds;
    for (const QString &id : restIds) {
        if (id.isEmpty())
            return later(invalid(tr("An empty id cannot be translated."), QStringLiteral("inputIds")));
        inputIds.append(id);
    }
    net::HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = mailboxUrl(mailbox, QStringLiteral("/translateExchangeIds"));
    request.headers = {{QByteArrayLiteral("Content-Type"), kJson}, {QByteArrayLiteral("Accept"), kJson}};
    request.body =
        QJsonDocument(QJsonObject{{QStringLiteral("inputIds"), inputIds},
                                  {QStringLiteral("sourceIdType"), QStringLiteral("restId")},
                                  {QStringLiteral("targetIdType"), QStringLiteral("restImmutableEntryId")}})
            .toJson(QJsonDocument::Compact);
    request.mailbox = mailbox;
    request.idempotent = true; // a translation changes nothing
    request.label = QStringLiteral("graph.translateExchangeIds");
    const QSet<QString> asked(restIds.cbegin(), restIds.cend());
    send(request, [asked, done = std::move(done)](Result<net::HttpResponse> result) {
        if (!result.ok())
            return done(result.error());
        const Result<QJsonObject> json = jsonObject(result.value(), QStringLiteral("translateExchangeIds"));
        if (!json.ok())
            return done(json.error());
        const QJsonValue value = json.value().value(QLatin1String("value"));
        if (!value.isArray())
            return done(invalid(tr("Graph answered translateExchangeIds without \"value\"."),
                                QStringLiteral("value")));
        GraphIdTranslation out;
        for (const QJsonValue &item : value.toArray()) {
            const QJsonObject o = item.toObject();
            const QString source = str(o, "sourceId");
            if (!asked.contains(source))
                return done(
                    invalid(tr("Graph's translateExchangeIds answer names an id that was not asked for (%1).")
                                .arg(source),
                            QStringLiteral("value.sourceId")));
            const QString target = str(o, "targetId");
            const QJsonObject details = o.value(QLatin1String("errorDetails")).toObject();
            if (!target.isEmpty()) {
                out.targetBySource.insert(source, target);
            } else if (!details.isEmpty()) {
                out.failedBySource.insert(
                    source, QStringLiteral("%1: %2").arg(str(details, "code"), str(details, "message")));
            } else {
                return done(invalid(tr("Graph's translateExchangeIds answer for %1 has neither targetId nor "
                                       "errorDetails.")
                                        .arg(source),
                                    QStringLiteral("value.targetId")));
            }
        }
        done(out);
    });
}

Error GraphConnector::writeError(const Error &httpError)
{
    Error error = httpError;
    if (error.httpStatus == 412) {
        error.kind = ErrorKind::Conflict;
        if (error.serverCode.isEmpty())
            error.serverCode = QStringLiteral("ErrorIrresolvableConflict");
    }
    return error;
}

void GraphConnector::deleteEvent(const QString &mailbox, const QString &eventId, const QString &changeKey,
                                 StatusCallback done)
{
    net::HttpRequest request;
    request.method = QByteArrayLiteral("DELETE");
    request.url = mailboxUrl(mailbox, QStringLiteral("/events/") + eventId);
    if (!changeKey.isEmpty())
        request.headers.append({QByteArrayLiteral("If-Match"), "W/\"" + changeKey.toUtf8() + '"'});
    request.mailbox = mailbox;
    request.label = QStringLiteral("graph.deleteEvent");
    send(request, [done = std::move(done)](Result<net::HttpResponse> result) {
        if (!result.ok())
            return done(writeError(result.error()));
        done(Status());
    });
}

void GraphConnector::cancelEvent(const QString &mailbox, const QString &eventId, const QString &comment,
                                 StatusCallback done)
{
    net::HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = mailboxUrl(mailbox, QStringLiteral("/events/") + eventId + QStringLiteral("/cancel"));
    request.headers = {{QByteArrayLiteral("Content-Type"), kJson}};
    request.body =
        QJsonDocument(QJsonObject{{QStringLiteral("comment"), comment}}).toJson(QJsonDocument::Compact);
    request.mailbox = mailbox;
    request.idempotent = true; // cancelling twice leaves the meeting cancelled
    request.label = QStringLiteral("graph.cancelEvent");
    send(request,
         [done = std::move(done)](Result<net::HttpResponse> result) { deliverStatus(result, done); });
}

} // namespace cxsync::exchange
