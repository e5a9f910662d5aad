#pragma once

#include "Result.h"
#include "exchange/ExchangeTypes.h"
#include "net/HttpClient.h"

#include <QCoreApplication>
#include <QUrl>

namespace cxsync::exchange {

// Graph change subscriptions on a mailbox's events (PROTOCOLS.md A5): the requests and the reading of Graph's
// answers behind GraphConnector's subscribe / getSubscription / renewSubscription / unsubscribe (defined in
// GraphSubscriptions.cpp). What to subscribe and when to renew is SubscriptionManager's business.
class GraphSubscriptions final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::exchange::GraphSubscriptions)
public:
    // Outlook events allow at most 10,080 minutes (just under 7 days) for a basic subscription.
    static constexpr int kMaxLifetimeMinutes = 10080;

    // /users/{mailbox}/events
    static QString resourceOf(const QString &mailbox);
    // POST {graphBase}/subscriptions: created, updated and deleted events of the mailbox, with the listener's
    // URL, the lifecycle URL, clientState and TLS 1.2 as the newest version the listener speaks.
    static net::HttpRequest createRequest(const QUrl &graphBase, const SubscriptionRequest &request);
    // GET {graphBase}/subscriptions/{id}
    static net::HttpRequest getRequest(const QUrl &graphBase, const QString &id);
    // PATCH {graphBase}/subscriptions/{id} {expirationDateTime}: renews, and also reauthorizes.
    static net::HttpRequest renewRequest(const QUrl &graphBase, const QString &id,
                                         const QDateTime &expirationUtc);
    // DELETE {graphBase}/subscriptions/{id}
    static net::HttpRequest deleteRequest(const QUrl &graphBase, const QString &id);

    // A subscription in Graph's answer. `id` and `expirationDateTime` are required (Invalid naming the field)
    // unless `fallback` is given: a renewal answered 204 without a body (older Graph versions) keeps the id
    // and the expiration asked for.
    static Result<ChangeSubscription> parse(const QByteArray &body, const QString &mailbox,
                                            const ChangeSubscription *fallback = nullptr);
    // The error of a failed create, in the admin's terms where Graph's own are cryptic: a 400 about
    // validation means Graph could not reach the listener at `notificationUrl`.
    static Error createError(Error error, const QString &notificationUrl);

private:
    static QUrl subscriptionsUrl(const QUrl &graphBase, const QString &id);
};

} // namespace cxsync::exchange
