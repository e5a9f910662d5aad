#pragma once

#include "GraphCalendar.h"
#include "GraphDelta.h"
#include "GraphSubscriptions.h"

namespace cxsync::sandbox {

// The /v1.0 resource handlers (users, events, calendarView, delta, subscriptions) behind authentication and
// throttling; used for direct requests and for $batch members alike.
class GraphApi {
public:
    GraphApi(GraphStore &store, GraphCalendar &calendar, GraphDelta &delta,
             GraphSubscriptions &subscriptions);

    void setBaseUrl(const QUrl &url) { m_base = url.toString(QUrl::StripTrailingSlash); }
    // `request.path` starts with /v1.0/.
    void handle(const SandboxRequest &request, const GraphDone &done);
    // The mailbox (user id) a request works on, empty for tenant-wide resources.
    QString mailboxOf(const SandboxRequest &request) const;

    static GraphResponse error(const GraphError &error);
    static GraphResponse error(int status, const QString &code, const QString &message);
    // Prefer: IdType="ImmutableId" among the request's (possibly repeated or comma-separated) Prefer values.
    static bool prefersImmutableIds(const SandboxRequest &request);
    // Answer every client as one that does not ask for immutable ids (REST ids in responses, subscriptions
    // without them), whatever its Prefer says: Graph as the product met it before it asked, so that a test can
    // write a journal of that time with today's connector.
    void setRestIdsOnly(bool restIdsOnly) { m_restIdsOnly = restIdsOnly; }

private:
    using Handler = std::function<void(const SandboxRequest &, const QStringList &, const GraphDone &)>;
    struct Route {
        QString method;
        QRegularExpression pattern;
        Handler handler;
    };
    void add(const QString &method, const QString &pattern, Handler handler);

    void listUsers(const SandboxRequest &request, const GraphDone &done);
    void getUser(const QString &id, const SandboxRequest &request, const GraphDone &done);
    void listEvents(const QString &userId, const SandboxRequest &request, const GraphDone &done);
    void createEvent(const QString &userId, const SandboxRequest &request, const GraphDone &done);
    void eventAction(const QString &userId, const QString &eventId, const QString &action,
                     const SandboxRequest &request, const GraphDone &done);
    // restId <-> restImmutableEntryId (permissions: GraphSandbox::authorize).
    void translateExchangeIds(const QString &userId, const SandboxRequest &request, const GraphDone &done);
    // Event ids of a response in the immutable format, for a request that asked for them; `@removed` entries
    // for an item that only moved (it lives on under the same immutable id) are left out.
    GraphDone withIdType(const SandboxRequest &request, const GraphDone &done) const;
    // prefersImmutableIds(), unless setRestIdsOnly().
    bool answersImmutableIds(const SandboxRequest &request) const;
    const GraphUser *mailboxUser(const QString &segment, const GraphDone &done) const;
    QJsonObject select(const QJsonObject &object, const QStringList &fields) const;

    GraphStore &m_store;
    GraphCalendar &m_calendar;
    GraphDelta &m_delta;
    GraphSubscriptions &m_subscriptions;
    QString m_base;
    bool m_restIdsOnly = false;
    QList<Route> m_routes;
};

} // namespace cxsync::sandbox
