#include "GraphSubscriptions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

namespace {

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

GraphResponse errorResponse(const GraphError &e)
{
    GraphResponse r;
    r.status = e.status;
    r.body = QJsonObject{{"error"_L1, QJsonObject{{"code"_L1, e.code}, {"message"_L1, e.message}}}};
    return r;
}

QString normalizedChangeType(const QString &text, bool *ok)
{
    QStringList parts;
    *ok = !text.isEmpty();
    for (const QString &p : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = p.trimmed();
        if (t != "created"_L1 && t != "updated"_L1 && t != "deleted"_L1)
            *ok = false;
        if (!parts.contains(t))
            parts.append(t);
    }
    parts.sort();
    return parts.join(QLatin1Char(','));
}

} // namespace

QJsonObject GraphSubscription::toJson(const QString &applicationId, const QString &creatorId) const
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return QJsonObject{{"id"_L1, id},
                       {"resource"_L1, resource},
                       {"applicationId"_L1, applicationId},
                       {"changeType"_L1, changeType},
                       {"clientState"_L1, orNull(clientState)},
                       {"notificationUrl"_L1, notificationUrl},
                       {"notificationQueryOptions"_L1, QJsonValue::Null},
                       {"lifecycleNotificationUrl"_L1, orNull(lifecycleNotificationUrl)},
                       {"expirationDateTime"_L1, GraphEventJson::utcStamp(expiration)},
                       {"creatorId"_L1, creatorId},
                       {"includeResourceData"_L1, false},
                       {"latestSupportedTlsVersion"_L1, latestSupportedTlsVersion},
                       {"encryptionCertificate"_L1, QJsonValue::Null},
                       {"encryptionCertificateId"_L1, QJsonValue::Null},
                       {"notificationUrlAppId"_L1, QJsonValue::Null}};
}

GraphSubscriptions::GraphSubscriptions(GraphStore &store, QObject *parent)
    : QObject(parent), m_store(store), m_network(new QNetworkAccessManager(this))
{
}

GraphSubscriptions::~GraphSubscriptions() = default;

void GraphSubscriptions::setIdentity(const QString &tenantId, const QString &applicationId)
{
    m_tenantId = tenantId;
    m_applicationId = applicationId;
}

void GraphSubscriptions::setDuplicateRate(double rate, quint64 seed)
{
    m_duplicateRate = rate;
    m_rng.seed(seed);
}

GraphError GraphSubscriptions::notFound(const QString &id)
{
    return {404, u"ResourceNotFound"_s, u"The object was not found. Subscription '%1'."_s.arg(id)};
}

GraphSubscription *GraphSubscriptions::find(const QString &id)
{
    purgeExpired();
    for (GraphSubscription &s : m_subscriptions) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

void GraphSubscriptions::purgeExpired()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_subscriptions.removeIf([&](const GraphSubscription &s) { return s.expiration <= now; });
}

std::optional<GraphError> GraphSubscriptions::checkExpiration(const QString &text, QDateTime *out) const
{
    *out = GraphEventJson::parseDateTime(text, QTimeZone::utc());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!out->isValid())
        return GraphError{400, u"InvalidRequest"_s, u"expirationDateTime is missing or invalid."_s};
    if (*out <= now)
        return GraphError{400, u"InvalidRequest"_s, u"Subscription expiration can only be in the future."_s};
    if (*out > now.addSecs(qint64(m_maxMinutes) * 60))
        return GraphError{
            400, u"InvalidRequest"_s,
            u"Subscription expiration can only be %1 minutes in the future."_s.arg(m_maxMinutes)};
    return std::nullopt;
}

void GraphSubscriptions::create(const QJsonObject &body, const GraphDone &done, bool immutableIds)
{
    purgeExpired();
    GraphSubscription s;
    s.immutableIds = immutableIds;
    bool ok = false;
    s.changeType = normalizedChangeType(body.value("changeType"_L1).toString(), &ok);
    if (!ok)
        return done(errorResponse(
            {400, u"InvalidRequest"_s, u"changeType must be created, updated and/or deleted."_s}));
    s.resource = body.value("resource"_L1).toString();
    static const QRegularExpression resource(u"^/?users/([^/]+)/(?:calendar/)?events$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const auto m = resource.match(s.resource);
    const GraphUser *user = m.hasMatch() ? m_store.user(m.captured(1)) : nullptr;
    if (!user)
        return done(errorResponse(
            {400, u"ExtensionError"_s,
             u"Operation: Create; Exception: [Status Code: NotFound; Reason: The resource '%1' is not "
             "supported or the mailbox does not exist.]"_s.arg(s.resource)}));
    s.userId = user->id;
    s.notificationUrl = body.value("notificationUrl"_L1).toString();
    s.lifecycleNotificationUrl = body.value("lifecycleNotificationUrl"_L1).toString();
    for (const QString &url : {s.notificationUrl, s.lifecycleNotificationUrl}) {
        const QUrl u(url);
        if ((url == s.notificationUrl || !url.isEmpty()) &&
            (!u.isValid() || (u.scheme() != "https"_L1 && u.scheme() != "http"_L1) || u.host().isEmpty()))
            return done(
                errorResponse({400, u"InvalidRequest"_s, u"Invalid notification URL '%1'."_s.arg(url)}));
    }
    s.clientState = body.value("clientState"_L1).toString();
    if (s.clientState.size() > 255)
        return done(
            errorResponse({400, u"InvalidRequest"_s, u"clientState must be at most 255 characters."_s}));
    if (auto error = checkExpiration(body.value("expirationDateTime"_L1).toString(), &s.expiration))
        return done(errorResponse(*error));
    s.latestSupportedTlsVersion = body.value("latestSupportedTlsVersion"_L1).toString(u"v1_2"_s);
    for (const GraphSubscription &other : std::as_const(m_subscriptions)) {
        if (other.userId == s.userId && other.changeType == s.changeType)
            return done(errorResponse(
                {409, u"Conflict"_s,
                 u"Subscription Id %1 already exists for the requested combination"_s.arg(other.id)}));
    }
    s.id = uuid();
    QPointer<GraphSubscriptions> self(this);
    validate(s.notificationUrl, [self, s, done](bool notificationOk) {
        if (!self)
            return;
        if (!notificationOk)
            return done(errorResponse(
                {400, u"ValidationError"_s,
                 u"Subscription validation request failed. Notification endpoint must respond with 200 "
                 "OK to validation request."_s}));
        auto finish = [self, s, done](bool lifecycleOk) {
            if (!self)
                return;
            if (!lifecycleOk)
                return done(errorResponse(
                    {400, u"ValidationError"_s,
                     u"Subscription validation request failed. Lifecycle notification endpoint must "
                     "respond with 200 OK to validation request."_s}));
            self->m_subscriptions.append(s);
            GraphResponse r;
            r.status = 201;
            r.body = s.toJson(self->m_applicationId, self->m_applicationId);
            r.body.insert("@odata.context"_L1,
                          "https://graph.microsoft.com/v1.0/$metadata#subscriptions/$entity"_L1);
            done(r);
        };
        if (s.lifecycleNotificationUrl.isEmpty())
            finish(true);
        else
            self->validate(s.lifecycleNotificationUrl, finish);
    });
}

void GraphSubscriptions::validate(const QString &url, const std::function<void(bool)> &next)
{
    const QString token =
        u"Validation: Testing client application reachability for subscription Request-Id: "_s + uuid();
    QUrl target(url);
    QUrlQuery query(target);
    query.addQueryItem(u"validationToken"_s, QString::fromLatin1(QUrl::toPercentEncoding(token)));
    target.setQuery(query);
    QNetworkRequest request(target);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "text/plain; charset=utf-8"_ba);
    request.setTransferTimeout(m_validationTimeoutMs);
    QNetworkReply *reply = m_network->post(request, QByteArray());
    connect(reply, &QNetworkReply::finished, this, [reply, token, next] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        const QByteArray body = reply->readAll();
        next(status == 200 && type.startsWith("text/plain") && QString::fromUtf8(body) == token);
    });
}

GraphResponse GraphSubscriptions::list() const
{
    const_cast<GraphSubscriptions *>(this)->purgeExpired();
    QJsonArray value;
    for (const GraphSubscription &s : m_subscriptions)
        value.append(s.toJson(m_applicationId, m_applicationId));
    GraphResponse r;
    r.body = QJsonObject{{"@odata.context"_L1, "https://graph.microsoft.com/v1.0/$metadata#subscriptions"_L1},
                         {"value"_L1, value}};
    return r;
}

GraphResponse GraphSubscriptions::get(const QString &id) const
{
    auto *self = const_cast<GraphSubscriptions *>(this);
    const GraphSubscription *s = self->find(id);
    if (!s)
        return errorResponse(notFound(id));
    GraphResponse r;
    r.body = s->toJson(m_applicationId, m_applicationId);
    return r;
}

GraphResponse GraphSubscriptions::renew(const QString &id, const QJsonObject &body)
{
    GraphSubscription *s = find(id);
    if (!s)
        return errorResponse(notFound(id));
    if (body.contains("lifecycleNotificationUrl"_L1))
        return errorResponse({400, u"InvalidRequest"_s,
                              u"lifecycleNotificationUrl cannot be changed; recreate the subscription."_s});
    QDateTime expiration;
    if (auto error = checkExpiration(body.value("expirationDateTime"_L1).toString(), &expiration))
        return errorResponse(*error);
    s->expiration = expiration;
    if (body.contains("notificationUrl"_L1))
        s->notificationUrl = body.value("notificationUrl"_L1).toString();
    GraphResponse r;
    r.body = s->toJson(m_applicationId, m_applicationId);
    return r;
}

GraphResponse GraphSubscriptions::remove(const QString &id)
{
    if (!find(id))
        return errorResponse(notFound(id));
    m_subscriptions.removeIf([&](const GraphSubscription &s) { return s.id == id; });
    GraphResponse r;
    r.status = 204;
    r.noBody = true;
    return r;
}

GraphResponse GraphSubscriptions::reauthorize(const QString &id)
{
    if (!find(id))
        return errorResponse(notFound(id));
    GraphResponse r;
    r.status = 204;
    r.noBody = true;
    return r;
}

bool GraphSubscriptions::triggerLifecycle(const QString &id, const QString &lifecycleEvent)
{
    GraphSubscription *s = find(id);
    if (!s)
        return false;
    const GraphSubscription copy = *s;
    if (lifecycleEvent == "subscriptionRemoved"_L1)
        m_subscriptions.removeIf([&](const GraphSubscription &x) { return x.id == id; });
    if (copy.lifecycleNotificationUrl.isEmpty())
        return lifecycleEvent == "subscriptionRemoved"_L1;
    const QJsonObject item{{"subscriptionId"_L1, copy.id},
                           {"subscriptionExpirationDateTime"_L1, GraphEventJson::utcStamp(copy.expiration)},
                           {"tenantId"_L1, m_tenantId},
                           {"clientState"_L1, copy.clientState},
                           {"lifecycleEvent"_L1, lifecycleEvent}};
    queue(copy.lifecycleNotificationUrl, item);
    return true;
}

bool GraphSubscriptions::drop(const QString &id)
{
    return triggerLifecycle(id, u"subscriptionRemoved"_s);
}

void GraphSubscriptions::notifyChange(const QString &userId, const GraphEvent &event,
                                      const QString &changeType)
{
    purgeExpired();
    for (const GraphSubscription &s : std::as_const(m_subscriptions)) {
        if (s.userId != userId || !s.changeType.split(QLatin1Char(',')).contains(changeType))
            continue;
        const QString eventId = s.immutableIds && !event.immutableId.isEmpty() ? event.immutableId : event.id;
        const QString path = u"Users/%1/Events/%2"_s.arg(userId, eventId);
        const QJsonObject item{
            {"id"_L1, uuid()},
            {"subscriptionId"_L1, s.id},
            {"subscriptionExpirationDateTime"_L1, GraphEventJson::utcStamp(s.expiration)},
            {"clientState"_L1,
             s.clientState.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.clientState)},
            {"changeType"_L1, changeType},
            {"resource"_L1, path},
            {"tenantId"_L1, m_tenantId},
            {"resourceData"_L1, QJsonObject{{"@odata.type"_L1, "#Microsoft.Graph.Event"_L1},
                                            {"@odata.id"_L1, path},
                                            {"@odata.etag"_L1, event.etag()},
                                            {"id"_L1, eventId}}}};
        queue(s.notificationUrl, item);
    }
}

void GraphSubscriptions::queue(const QString &url, const QJsonObject &notification)
{
    m_pending.append({url, notification});
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QTimer::singleShot(0, this, &GraphSubscriptions::flush);
}

void GraphSubscriptions::flush()
{
    m_flushScheduled = false;
    QMap<QString, QJsonArray> byUrl;
    for (const auto &[url, item] : std::as_const(m_pending))
        byUrl[url].append(item);
    m_pending.clear();
    std::uniform_real_distribution<double> draw(0.0, 1.0);
    for (auto it = byUrl.begin(); it != byUrl.end(); ++it) {
        const QJsonObject payload{{"value"_L1, it.value()}};
        post(it.key(), payload, 1);
        if (m_duplicateRate > 0 && draw(m_rng) < m_duplicateRate)
            post(it.key(), payload, 1); // Graph may deliver the same notification more than once
    }
}

void GraphSubscriptions::post(const QString &url, const QJsonObject &payload, int attempt)
{
    ++m_attempts;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json; charset=utf-8"_ba);
    request.setTransferTimeout(m_deliveryTimeoutMs);
    QNetworkReply *reply = m_network->post(request, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    QPointer<GraphSubscriptions> self(this);
    connect(reply, &QNetworkReply::finished, this, [self, reply, url, payload, attempt] {
        reply->deleteLater();
        if (!self)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        Q_EMIT self->delivered(url, status, int(payload.value("value"_L1).toArray().size()));
        if (status >= 200 && status < 300)
            return;
        if (attempt >= self->m_maxAttempts)
            return;
        QTimer::singleShot(self->m_retryDelayMs * attempt, self.data(),
                           [self, url, payload, attempt] { self->post(url, payload, attempt + 1); });
    });
}

QJsonArray GraphSubscriptions::toJson() const
{
    QJsonArray out;
    for (const GraphSubscription &s : m_subscriptions) {
        QJsonObject o = s.toJson(m_applicationId, m_applicationId);
        o.insert("userId"_L1, s.userId);
        o.insert("immutableIds"_L1, s.immutableIds);
        out.append(o);
    }
    return out;
}

void GraphSubscriptions::fromJson(const QJsonArray &subscriptions)
{
    m_subscriptions.clear();
    for (const QJsonValue &v : subscriptions) {
        const QJsonObject o = v.toObject();
        GraphSubscription s;
        s.id = o.value("id"_L1).toString();
        s.resource = o.value("resource"_L1).toString();
        s.userId = o.value("userId"_L1).toString();
        s.changeType = o.value("changeType"_L1).toString();
        s.notificationUrl = o.value("notificationUrl"_L1).toString();
        s.lifecycleNotificationUrl = o.value("lifecycleNotificationUrl"_L1).toString();
        s.clientState = o.value("clientState"_L1).toString();
        s.latestSupportedTlsVersion = o.value("latestSupportedTlsVersion"_L1).toString();
        s.immutableIds = o.value("immutableIds"_L1).toBool();
        s.expiration =
            GraphEventJson::parseDateTime(o.value("expirationDateTime"_L1).toString(), QTimeZone::utc());
        m_subscriptions.append(s);
    }
}

} // namespace cxsync::sandbox
