#pragma once

#include "HttpSandbox.h"
#include "SampleData.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <deque>
#include <memory>
#include <optional>

namespace cxsync::sandbox {

class GraphStore;
struct GraphEvent;
class GraphCalendar;
class GraphDelta;
class GraphSubscriptions;
class GraphApi;
class GraphAssertionVerifier;
struct GraphResponse;

// An Exchange Online application access policy (New-ApplicationAccessPolicy): which application it binds,
// the members of its scope group (a mail-enabled security group; here its name and its mailboxes) and whether
// it restricts the application to them (RestrictAccess) or keeps it away from them (DenyAccess).
struct GraphAccessPolicy {
    QString appId;
    QString scopeGroup;  // the group's name, for the admin
    QStringList members; // mailboxes (ids or addresses), as given
    bool restrict = true; // RestrictAccess; false: DenyAccess
    QString description;

    QJsonObject toJson() const;
    // {"appId": GUID, "accessRight": "RestrictAccess"|"DenyAccess", "scopeGroup": name, "members": [mailbox,
    // ...], "description": text}; nullopt with `error` naming the field otherwise.
    static std::optional<GraphAccessPolicy> fromJson(const QJsonValue &value, QString *error);
};

// A Microsoft Graph (Exchange Online calendar subset) on loopback: the Entra token endpoint
// (/{tenant}/oauth2/v2.0/token), /v1.0/users, events CRUD with meeting semantics, calendarView (+delta),
// subscriptions with webhook delivery, $batch, and Outlook's per-mailbox throttling.
class GraphSandbox : public QObject {
    Q_OBJECT
public:
    explicit GraphSandbox(QObject *parent = nullptr);
    ~GraphSandbox() override;

    bool start(quint16 port = 0); // loopback
    HttpSandbox &http() { return *m_http; }
    QUrl baseUrl() const;
    QString tenantId() const { return m_tenantId; }
    QString clientId() const { return m_clientId; }
    QString clientSecret() const { return m_clientSecret; }

    void load(const SampleData &data);
    QJsonObject saveState() const;
    bool restoreState(const QJsonObject &state, QString *error);

    // Acting as Outlook users do; mailbox = id or UPN/mail, event ids in either format (REST or immutable).
    // Events come back with the immutable id (as the product, which asks for them, sees it; eventIds() gives
    // both). Errors come back as a Graph error object.
    QJsonObject createEvent(const QString &mailbox, const QJsonObject &event);
    std::optional<QJsonObject> updateEvent(const QString &mailbox, const QString &eventId,
                                           const QJsonObject &patch);
    bool deleteEvent(const QString &mailbox, const QString &eventId);
    bool cancelEvent(const QString &mailbox, const QString &eventId, const QString &comment);
    bool respond(const QString &mailbox, const QString &eventId,
                 const QString &response); // accepted|declined|tentativelyAccepted
    // The user moves the item to another folder and back: it gets a new REST id and keeps its immutable id.
    // Returns the new REST id (empty: no such item).
    QString moveEvent(const QString &mailbox, const QString &eventId);
    // The item's ids: {REST id, immutable id} (empty strings: no such item).
    QPair<QString, QString> eventIds(const QString &mailbox, const QString &eventId) const;
    void expireDeltaTokens(const QString &mailbox);
    bool dropSubscription(const QString &subscriptionId);
    bool triggerLifecycle(const QString &subscriptionId, const QString &event);
    // The mailbox's stored items (singles and series masters) as Graph renders them, with their ids as a
    // client that sends Prefer: IdType="ImmutableId" sees them (as the product does), or their REST ids.
    QJsonArray events(const QString &mailbox, bool immutableIds = true) const;
    QJsonArray users() const;

    // Knobs for tests and the admin endpoint.
    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; }
    // Holds every /v1.0 response this long while it counts against the mailbox's 4 concurrent requests.
    // (http().setLatency() delays before dispatch, so it does not occupy a mailbox slot.)
    void setLatency(int milliseconds) { m_latencyMs = milliseconds; }
    void setMailboxLimits(int concurrent, int requestsPerWindow, int windowSeconds);
    // Requests in flight per mailbox since the last reset, for benchmarks (does a client stay within the
    // limit?): limit, peakInFlight, peakDemand, refused, mailboxes, busiest and perMailbox [{id, mail,
    // inFlight, peak, peakDemand, refused}]. Demand counts a request refused over the limit as one more in
    // flight at that moment; refused counts the MailboxConcurrency 429s.
    QJsonObject concurrencyReport() const;
    void resetConcurrencyPeaks();

    // Tenant conditions an administrator meets in real life (Test Connection reaches each of them):
    // the app's client secret has expired (token endpoint: AADSTS7000222);
    void setClientSecretExpired(bool expired) { m_secretExpired = expired; }
    // the certificate (PEM) registered as the app's certificate credential: the token endpoint then also
    // accepts client assertions signed with its key (GraphAssertionVerifier; empty = none registered);
    void setClientCertificate(const QByteArray &pemCertificate);
    // the application permissions an admin has consented to; tokens carry them as "roles" (default
    // Calendars.ReadWrite and User.Read.All; empty = consent never granted);
    void setGrantedRoles(const QStringList &roles) { m_grantedRoles = roles; }
    QStringList grantedRoles() const { return m_grantedRoles; }
    // an application access policy limiting the app to these mailboxes (ids or addresses; nullopt = none):
    // one RestrictAccess policy for this sandbox's client id, replacing every policy;
    void setAccessPolicyScope(const std::optional<QStringList> &mailboxes);
    // the tenant's application access policies. A request of an application to a mailbox is refused with 403
    // ErrorAccessDenied when a DenyAccess policy of that application has the mailbox in its group, or when
    // the application has RestrictAccess policies and none has the mailbox in its group. A member that is not
    // a mailbox of the directory refuses the whole list (`error`), as a group must resolve.
    bool setAccessPolicies(const QList<GraphAccessPolicy> &policies, QString *error);
    // The same from JSON: a list of GraphAccessPolicy objects (the admin endpoint, --graph-access-policies).
    bool setAccessPolicies(const QJsonValue &policies, QString *error);
    QList<GraphAccessPolicy> accessPolicies() const { return m_policies; }
    QJsonArray accessPoliciesJson() const;
    // Whether `appId` may reach `mailbox` under the policies (what Test-ApplicationAccessPolicy answers).
    bool policyAllows(const QString &appId, const QString &mailbox) const;
    // a mailbox that exists in the directory but is inactive / unlicensed (MailboxNotEnabledForRESTAPI);
    void setMailboxInactive(const QString &mailbox, bool inactive);
    // whether POST /users/{id}/translateExchangeIds takes application tokens: true (the default), with
    // User.Read.All or User.ReadWrite.All, as the permission table of the v1.0 reference in
    // microsoft-graph-docs-contrib says; false refuses them with 403 ErrorAccessDenied, as
    // learn.microsoft.com's current page says ("Application: Not supported").
    void setTranslateIdsForApps(bool allowed) { m_translateForApps = allowed; }
    // Every client gets REST ids whatever its Prefer: IdType says, and subscriptions deliver them: the Graph
    // the product met before it asked for immutable ids, for tests that need a journal written then.
    void setRestIdsOnly(bool restIdsOnly);

    // Every request to /v1.0 and to the token endpoint (also each $batch member, with its own headers) as it
    // arrived, for tests that check what a client sends; the newest kSeenRequests only (a long-running sandbox
    // must not grow).
    static constexpr int kSeenRequests = 5000;
    struct SeenRequest {
        QString method;
        QString path;
        HeaderList headers;
        QByteArray body;
        bool batchMember = false;
        QByteArray header(const QByteArray &name) const; // every value of `name`, joined by ", "
    };
    const QList<SeenRequest> &seenRequests() const { return m_seen; }
    void clearSeenRequests() { m_seen.clear(); }
    GraphSubscriptions &subscriptions() { return *m_subscriptions; }
    // The organisation's mailboxes and their calendar semantics, for a second protocol face on the same
    // world (EwsSandbox): writes through calendar() reach Graph clients, delta and subscriptions as any other.
    GraphStore &store() { return *m_store; }
    GraphCalendar &calendar() { return *m_calendar; }
    // Called after every store change, after Graph's own subscriptions have heard of it.
    void addChangeListener(std::function<void(const QString &userId, const GraphEvent &event,
                                              const QString &changeType)>
                               listener)
    {
        m_changeListeners.append(std::move(listener));
    }

private:
    void installRoutes();
    void token(const SandboxRequest &request, const Reply &reply);
    // Null when the bearer token is valid; `roles` receives the token's roles.
    std::optional<GraphResponse> authenticate(const SandboxRequest &request, QStringList *roles) const;
    // Roles, application access policy and mailbox state, checked before a /v1.0 request runs.
    std::optional<GraphResponse> authorize(const SandboxRequest &request, const QStringList &roles) const;
    void dispatch(const SandboxRequest &request, const QStringList &roles,
                  const std::function<void(const GraphResponse &)> &done);
    // Graph's support ids: `request-id` and `client-request-id` (the client's own, or a new one) as headers
    // and in an error's innerError.
    void finalize(const SandboxRequest &request, GraphResponse &response, bool member = false) const;
    void send(const SandboxRequest &request, const Reply &reply, GraphResponse response) const;
    void see(const SandboxRequest &request, bool batchMember);
    QString userId(const QString &mailbox) const;

    std::unique_ptr<HttpSandbox> m_http;
    std::unique_ptr<GraphStore> m_store;
    std::unique_ptr<GraphCalendar> m_calendar;
    std::unique_ptr<GraphDelta> m_delta;
    GraphSubscriptions *m_subscriptions = nullptr;
    std::unique_ptr<GraphApi> m_api;
    QString m_tenantId;
    QString m_clientId;
    QString m_clientSecret;
    int m_tokenLifetime = 3599;
    struct IssuedToken {
        QDateTime expiresUtc;
        QStringList roles;
    };
    QHash<QString, IssuedToken> m_tokens;
    bool m_secretExpired = false;
    std::shared_ptr<GraphAssertionVerifier> m_assertions; // null until a certificate is registered
    QStringList m_grantedRoles{QStringLiteral("Calendars.ReadWrite"), QStringLiteral("User.Read.All")};
    QList<GraphAccessPolicy> m_policies;
    QHash<int, QSet<QString>> m_policyMembers; // policy index -> member user ids
    QSet<QString> m_inactive;                   // user ids
    bool m_translateForApps = true;
    QList<SeenRequest> m_seen;
    int m_latencyMs = 0;
    int m_maxConcurrent = 4;
    int m_windowRequests = 10000;
    int m_windowSeconds = 600;
    QHash<QString, int> m_inFlight;
    struct MailboxLoad {
        int peak = 0;
        int peakDemand = 0;
        int refused = 0;
    };
    QHash<QString, MailboxLoad> m_load; // since resetConcurrencyPeaks()
    void noteLoad(const QString &mailbox, int demand, bool refused);
    QHash<QString, std::deque<qint64>> m_recent;
    QList<std::function<void(const QString &, const GraphEvent &, const QString &)>> m_changeListeners;
};

} // namespace cxsync::sandbox
