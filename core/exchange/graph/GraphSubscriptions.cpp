#include "exchange/graph/GraphSubscriptions.h"

#include "exchange/graph/GraphConnector.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cxsync::exchange {

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");

QString stamp(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

// Graph writes "2026-04-22T11:00:00Z", sometimes with seven fraction digits or an offset.
QDateTime parseExpiration(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid())
        return t.toUTC();
    const auto parsed = GraphConnector::parseUtcStamp(text, QStringLiteral("expirationDateTime"),
                                                      QStringLiteral("subscription"));
    return parsed.ok() ? parsed.value() : QDateTime();
}

} // namespace

QString GraphSubscriptions::resourceOf(const QString &mailbox)
{
    return QStringLiteral("/users/%1/events").arg(mailbox);
}

QUrl GraphSubscriptions::subscriptionsUrl(const QUrl &graphBase, const QString &id)
{
    QUrl url = graphBase;
    url.setPath(
        url.path() + QStringLiteral("/subscriptions") +
        (id.isEmpty() ? QString() : QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id))));
    return url;
}

net::HttpRequest GraphSubscriptions::createRequest(const QUrl &graphBase, const SubscriptionRequest &request)
{
    const QJsonObject body{{QStringLiteral("changeType"), QStringLiteral("created,updated,deleted")},
                           {QStringLiteral("notificationUrl"), request.notificationUrl},
                           {QStringLiteral("lifecycleNotificationUrl"), request.lifecycleUrl},
                           {QStringLiteral("resource"), resourceOf(request.mailbox)},
                           {QStringLiteral("expirationDateTime"), stamp(request.expirationUtc)},
                           {QStringLiteral("clientState"), request.clientState},
                           {QStringLiteral("latestSupportedTlsVersion"), QStringLiteral("v1_2")}};
    net::HttpRequest http;
    http.method = "POST";
    http.url = subscriptionsUrl(graphBase, {});
    http.headers = {{QByteArrayLiteral("Content-Type"), kJson}};
    http.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    http.label = QStringLiteral("graph.createSubscription");
    http.timeoutMs = 30000; // Graph validates the listener (up to 10 s) before answering
    return http;
}

net::HttpRequest GraphSubscriptions::getRequest(const QUrl &graphBase, const QString &id)
{
    net::HttpRequest http;
    http.url = subscriptionsUrl(graphBase, id);
    http.headers = {{QByteArrayLiteral("Accept"), kJson}};
    http.label = QStringLiteral("graph.getSubscription");
    return http;
}

net::HttpRequest GraphSubscriptions::renewRequest(const QUrl &graphBase, const QString &id,
                                                  const QDateTime &expirationUtc)
{
    net::HttpRequest http;
    http.method = "PATCH";
    http.url = subscriptionsUrl(graphBase, id);
    http.headers = {{QByteArrayLiteral("Content-Type"), kJson}};
    http.body = QJsonDocument(QJsonObject{{QStringLiteral("expirationDateTime"), stamp(expirationUtc)}})
                    .toJson(QJsonDocument::Compact);
    http.label = QStringLiteral("graph.renewSubscription");
    http.idempotent = true; // setting the same expiration twice is harmless
    return http;
}

net::HttpRequest GraphSubscriptions::deleteRequest(const QUrl &graphBase, const QString &id)
{
    net::HttpRequest http;
    http.method = "DELETE";
    http.url = subscriptionsUrl(graphBase, id);
    http.label = QStringLiteral("graph.deleteSubscription");
    return http;
}

Result<ChangeSubscription> GraphSubscriptions::parse(const QByteArray &body, const QString &mailbox,
                                                     const ChangeSubscription *fallback)
{
    if (fallback && body.trimmed().isEmpty())
        return *fallback;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return makeError(
            ErrorKind::Invalid,
            tr("Graph's subscription answer is not a JSON object (%1).").arg(parseError.errorString()),
            QStringLiteral("subscription"));
    const QJsonObject json = document.object();
    ChangeSubscription s;
    s.mailbox = mailbox;
    s.id = json.value(QStringLiteral("id")).toString();
    s.resource = json.value(QStringLiteral("resource")).toString();
    s.expirationUtc = parseExpiration(json.value(QStringLiteral("expirationDateTime")).toString());
    if (fallback) {
        if (s.id.isEmpty())
            s.id = fallback->id;
        if (s.resource.isEmpty())
            s.resource = fallback->resource;
        if (!s.expirationUtc.isValid() && !json.contains(QStringLiteral("expirationDateTime")))
            s.expirationUtc = fallback->expirationUtc;
    }
    if (s.id.isEmpty())
        return makeError(ErrorKind::Invalid, tr("Graph's subscription answer has no id."),
                         QStringLiteral("subscription.id"));
    if (!s.expirationUtc.isValid())
        return makeError(ErrorKind::Invalid,
                         tr("Graph's answer for subscription %1 has no valid expirationDateTime ('%2').")
                             .arg(s.id, json.value(QStringLiteral("expirationDateTime")).toString()),
                         QStringLiteral("subscription.expirationDateTime"));
    if (s.resource.isEmpty())
        s.resource = resourceOf(mailbox);
    return s;
}

Error GraphSubscriptions::createError(Error error, const QString &notificationUrl)
{
    if (error.httpStatus == 400 && error.message.contains(QLatin1String("validation"), Qt::CaseInsensitive))
        error.message = tr("Graph could not reach the listener at %1 to validate the subscription: %2")
                            .arg(notificationUrl, error.message);
    return error;
}

// ---- GraphConnector's subscription calls ---------------------------------------------------------------

void GraphConnector::subscribe(const SubscriptionRequest &request, Callback<ChangeSubscription> done)
{
    QString problem;
    if (request.mailbox.trimmed().isEmpty())
        problem = GraphSubscriptions::tr("no mailbox given");
    else if (!QUrl(request.notificationUrl).isValid() || QUrl(request.notificationUrl).scheme().isEmpty())
        problem =
            GraphSubscriptions::tr("the notification URL '%1' is not a URL").arg(request.notificationUrl);
    else if (request.clientState.size() > 128)
        problem = GraphSubscriptions::tr("the client state is longer than Graph's 128 characters");
    else if (!request.expirationUtc.isValid())
        problem = GraphSubscriptions::tr("no expiration given");
    if (!problem.isEmpty()) {
        const Error error =
            makeError(ErrorKind::Invalid,
                      GraphSubscriptions::tr("Cannot subscribe to %1: %2.").arg(request.mailbox, problem),
                      QStringLiteral("subscription"));
        failLater(done, error);
        return;
    }
    const QString url = request.notificationUrl;
    const QString mailbox = request.mailbox;
    send(GraphSubscriptions::createRequest(m_base, request),
         [done, url, mailbox](Result<net::HttpResponse> response) {
             if (!response.ok())
                 return done(GraphSubscriptions::createError(response.error(), url));
             done(GraphSubscriptions::parse(response.value().body, mailbox));
         });
}

void GraphConnector::getSubscription(const QString &mailbox, const QString &id,
                                     Callback<ChangeSubscription> done)
{
    if (id.isEmpty()) {
        failLater(done, makeError(ErrorKind::Invalid, GraphSubscriptions::tr("No subscription id given."),
                                  QStringLiteral("subscription.id")));
        return;
    }
    send(GraphSubscriptions::getRequest(m_base, id), [done, mailbox](Result<net::HttpResponse> response) {
        if (!response.ok())
            return done(response.error());
        done(GraphSubscriptions::parse(response.value().body, mailbox));
    });
}

void GraphConnector::renewSubscription(const QString &mailbox, const QString &id,
                                       const QDateTime &expirationUtc, Callback<ChangeSubscription> done)
{
    if (id.isEmpty() || !expirationUtc.isValid()) {
        failLater(done,
                  makeError(ErrorKind::Invalid,
                            GraphSubscriptions::tr("A renewal needs a subscription id and an expiration."),
                            QStringLiteral("subscription")));
        return;
    }
    ChangeSubscription asked;
    asked.id = id;
    asked.mailbox = mailbox;
    asked.resource = GraphSubscriptions::resourceOf(mailbox);
    asked.expirationUtc = expirationUtc.toUTC();
    send(GraphSubscriptions::renewRequest(m_base, id, expirationUtc),
         [done, asked](Result<net::HttpResponse> response) {
             if (!response.ok())
                 return done(response.error());
             done(GraphSubscriptions::parse(response.value().body, asked.mailbox, &asked));
         });
}

void GraphConnector::unsubscribe(const QString &mailbox, const QString &id, StatusCallback done)
{
    Q_UNUSED(mailbox) // Graph knows a subscription by its id alone
    if (id.isEmpty()) {
        failLater(done, makeError(ErrorKind::Invalid, GraphSubscriptions::tr("No subscription id given."),
                                  QStringLiteral("subscription.id")));
        return;
    }
    send(GraphSubscriptions::deleteRequest(m_base, id), [done](Result<net::HttpResponse> response) {
        if (!response.ok())
            return done(response.error());
        done(Status());
    });
}

} // namespace cxsync::exchange
