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
class GraphCalendar;
class GraphDelta;
class GraphSubscriptions;
class GraphApi;
class GraphAssertionVerifier;
struct GraphResponse;

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

    // Acting as Outlook users do; mailbox = id or UPN/mail. Errors come back as a Graph error object.
    QJsonObject createEvent(const QString &mailbox, const QJsonObject &event);
    std::optional<QJsonObject> updateEvent(const QString &mailbox, const QString &eventId,
                                           const QJsonObject &patch);
    bool deleteEvent(const QString &mailbox, const QString &eventId);
    bool cancelEvent(const QString &mailbox, const QString &eventId, const QString &comment);
    bool respond(const QString &mailbox, const QString &eventId,
                 const QString &response); // accepted|declined|tentativelyAccepted
    void expireDeltaTokens(const QString &mailbox);
    bool dropSubscription(const QString &subscriptionId);
    bool triggerLifecycle(const QString &subscriptionId, const QString &event);
    QJsonArray events(const QString &mailbox) const;
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
    // an application access policy limiting the app to these mailboxes (ids or addresses; nullopt = none);
    void setAccessPolicyScope(const std::optional<QStringList> &mailboxes);
    // a mailbox that exists in the directory but is inactive / unlicensed (MailboxNotEnabledForRESTAPI).
    void setMailboxInactive(const QString &mailbox, bool inactive);
    GraphSubscriptions &subscriptions() { return *m_subscriptions; }

private:
    void installRoutes();
    void token(const SandboxRequest &request, const Reply &reply);
    // Null when the bearer token is valid; `roles` receives the token's roles.
    std::optional<GraphResponse> authenticate(const SandboxRequest &request, QStringList *roles) const;
    // Roles, application access policy and mailbox state, checked before a /v1.0 request runs.
    std::optional<GraphResponse> authorize(const SandboxRequest &request, const QStringList &roles) const;
    void dispatch(const SandboxRequest &request, const QStringList &roles,
                  const std::function<void(const GraphResponse &)> &done);
    void finalize(GraphResponse &response) const;
    void send(const Reply &reply, GraphResponse response) const;
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
    std::optional<QSet<QString>> m_policyScope; // user ids
    QSet<QString> m_inactive;                   // user ids
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
};

} // namespace cxsync::sandbox
