#include "GraphSandbox.h"

#include "GraphApi.h"
#include "GraphAssertionVerifier.h"
#include "GraphBatch.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

namespace {

QString guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString randomText(int length)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789~._-";
    QString out;
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return out;
}

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

GraphSandbox::GraphSandbox(QObject *parent)
    : QObject(parent), m_http(std::make_unique<HttpSandbox>()), m_store(std::make_unique<GraphStore>()),
      m_calendar(std::make_unique<GraphCalendar>(*m_store)),
      m_delta(std::make_unique<GraphDelta>(*m_store, *m_calendar)),
      m_subscriptions(new GraphSubscriptions(*m_store, this)),
      m_api(std::make_unique<GraphApi>(*m_store, *m_calendar, *m_delta, *m_subscriptions)),
      m_tenantId(guid()), m_clientId(guid()), m_clientSecret(randomText(6) + u"8Q~"_s + randomText(31))
{
    m_subscriptions->setIdentity(m_tenantId, m_clientId);
    m_store->setListener([this](const QString &userId, const GraphEvent &event, const QString &changeType) {
        m_subscriptions->notifyChange(userId, event, changeType);
        for (const auto &listener : std::as_const(m_changeListeners))
            listener(userId, event, changeType);
    });
    m_http->setErrorFormatter([](int, const QString &code, const QString &message) {
        const QJsonObject inner{
            {"date"_L1, QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss"_s)},
            {"request-id"_L1, guid()},
            {"client-request-id"_L1, guid()}};
        return QJsonObject{
            {"error"_L1, QJsonObject{{"code"_L1, code}, {"message"_L1, message}, {"innerError"_L1, inner}}}};
    });
    installRoutes();
}

GraphSandbox::~GraphSandbox() = default;

bool GraphSandbox::start(quint16 port)
{
    if (!m_http->listenLoopback(port))
        return false;
    m_api->setBaseUrl(m_http->baseUrl());
    return true;
}

QUrl GraphSandbox::baseUrl() const
{
    return m_http->baseUrl();
}

void GraphSandbox::setMailboxLimits(int concurrent, int requestsPerWindow, int windowSeconds)
{
    m_maxConcurrent = concurrent;
    m_windowRequests = requestsPerWindow;
    m_windowSeconds = windowSeconds;
}

void GraphSandbox::installRoutes()
{
    m_http->route(u"POST"_s, u"/([^/]+)/oauth2/v2\\.0/token"_s,
                  [this](const SandboxRequest &r, const Reply &reply) {
                      see(r, false);
                      token(r, reply);
                  });
    m_http->route(u"POST"_s, u"/v1\\.0/\\$batch"_s, [this](const SandboxRequest &r, const Reply &reply) {
        see(r, false);
        QStringList roles;
        if (auto failure = authenticate(r, &roles))
            return send(r, reply, *failure);
        GraphBatch::run(
            r,
            [this, roles](const SandboxRequest &member, const GraphDone &done) {
                see(member, true);
                dispatch(member, roles, [this, member, done](const GraphResponse &response) {
                    GraphResponse copy = response;
                    finalize(member, copy, true);
                    done(copy);
                });
            },
            [this](const SandboxRequest &member) { return m_api->mailboxOf(member); },
            [this, r, reply](const GraphResponse &response) { send(r, reply, response); });
    });
    for (const QString &method : {u"GET"_s, u"POST"_s, u"PATCH"_s, u"PUT"_s, u"DELETE"_s}) {
        m_http->route(method, u"/v1\\.0/.*"_s, [this](const SandboxRequest &r, const Reply &reply) {
            see(r, false);
            QStringList roles;
            if (auto failure = authenticate(r, &roles))
                return send(r, reply, *failure);
            dispatch(r, roles, [this, r, reply](const GraphResponse &response) { send(r, reply, response); });
        });
    }
}

void GraphSandbox::token(const SandboxRequest &request, const Reply &reply)
{
    const QString tenant = request.captures.value(0);
    QByteArray body = request.body;
    body.replace('+', ' ');
    const QUrlQuery form(QString::fromUtf8(body));
    auto field = [&](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    auto aadError = [&](int status, const QString &error, int code, const QString &text) {
        const QString trace = guid(), correlation = guid();
        const QString timestamp = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u"Z"_s;
        const QJsonObject o{
            {"error"_L1, error},
            {"error_description"_L1, u"AADSTS%1: %2 Trace ID: %3 Correlation ID: %4 Timestamp: %5"_s.arg(
                                         QString::number(code), text, trace, correlation, timestamp)},
            {"error_codes"_L1, QJsonArray{code}},
            {"timestamp"_L1, timestamp},
            {"trace_id"_L1, trace},
            {"correlation_id"_L1, correlation},
            {"error_uri"_L1, u"https://login.microsoftonline.com/error?code=%1"_s.arg(code)}};
        reply.json(status, o);
    };
    if (!request.header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded"))
        return aadError(400, u"invalid_request"_s, 900144,
                        u"The request body must contain the following parameter: 'grant_type'."_s);
    if (tenant != m_tenantId)
        return aadError(400, u"invalid_request"_s, 90002,
                        u"Tenant '%1' not found. Check to make sure you have the correct tenant ID and are "
                        u"signing into the "
                        "correct cloud."_s.arg(tenant));
    if (field("grant_type") != "client_credentials"_L1)
        return aadError(400, u"unsupported_grant_type"_s, 70003,
                        u"The app requested an unsupported grant type '%1'."_s.arg(field("grant_type")));
    if (field("client_id") != m_clientId)
        return aadError(400, u"unauthorized_client"_s, 700016,
                        u"Application with identifier '%1' was not found in the directory '%2'."_s.arg(
                            field("client_id"), m_tenantId));
    const QString assertion = field("client_assertion");
    if (!assertion.isEmpty() || !field("client_assertion_type").isEmpty()) {
        // certificate credential
        if (field("client_assertion_type") != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_L1)
            return aadError(400, u"invalid_request"_s, 90014,
                            u"The required field 'client_assertion_type' is missing from the credential. Ensure "
                            u"that you have all the necessary parameters for the login request."_s);
        if (assertion.isEmpty())
            return aadError(400, u"invalid_request"_s, 90014,
                            u"The required field 'client_assertion' is missing from the credential. Ensure "
                            u"that you have all the necessary parameters for the login request."_s);
        const QString audience =
            m_http->baseUrl().toString(QUrl::FullyEncoded) + u"/%1/oauth2/v2.0/token"_s.arg(tenant);
        const GraphAssertionVerifier none;
        const GraphAssertionVerifier &verifier = m_assertions ? *m_assertions : none;
        if (const auto failure =
                verifier.verify(assertion, audience, m_clientId, QDateTime::currentDateTimeUtc()))
            return aadError(failure->status, failure->error, failure->code, failure->text);
    } else if (field("client_secret") == m_clientSecret && m_secretExpired)
        return aadError(401, u"invalid_client"_s, 7000222,
                        u"The provided client secret keys for app '%1' are expired. Visit the Azure portal to "
                        u"create new keys for your app or consider using certificate credentials for added "
                        u"security."_s.arg(m_clientId));
    else if (field("client_secret") != m_clientSecret)
        return aadError(401, u"invalid_client"_s, 7000215,
                        u"Invalid client secret provided. Ensure the secret being sent in the request is the "
                        u"client secret "
                        "value, not the client secret ID, for a secret added to app '%1'."_s.arg(m_clientId));
    const QString scope = field("scope");
    if (scope.isEmpty())
        return aadError(400, u"invalid_request"_s, 900144,
                        u"The request body must contain the following parameter: 'scope'."_s);
    if (!scope.endsWith("/.default"_L1))
        return aadError(
            400, u"invalid_scope"_s, 1002012,
            u"The provided value for scope %1 is not valid. Client credential flows must have a scope value "
            "with /.default suffixed to the resource identifier (application ID URI)."_s.arg(scope));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header{{"typ"_L1, "JWT"_L1}, {"alg"_L1, "RS256"_L1}, {"kid"_L1, "sandbox"_L1}};
    QJsonObject claims{{"aud"_L1, "https://graph.microsoft.com"_L1},
                             {"iss"_L1, u"https://sts.windows.net/%1/"_s.arg(m_tenantId)},
                             {"iat"_L1, now},
                             {"nbf"_L1, now},
                             {"exp"_L1, now + m_tokenLifetime},
                             {"appid"_L1, m_clientId},
                             {"tid"_L1, m_tenantId},
                             {"jti"_L1, guid()}};
    if (!m_grantedRoles.isEmpty()) // without consent Entra still issues a token, only without roles
        claims.insert("roles"_L1, QJsonArray::fromStringList(m_grantedRoles));
    const QString token =
        QString::fromLatin1(b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                            b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.' +
                            b64url(QUuid::createUuid().toRfc4122() + QUuid::createUuid().toRfc4122()));
    m_tokens.insert(token, {QDateTime::currentDateTimeUtc().addSecs(m_tokenLifetime), m_grantedRoles});
    reply.json(200, QJsonObject{{"token_type"_L1, "Bearer"_L1},
                                {"expires_in"_L1, m_tokenLifetime},
                                {"ext_expires_in"_L1, m_tokenLifetime},
                                {"access_token"_L1, token}});
}

void GraphSandbox::setClientCertificate(const QByteArray &pemCertificate)
{
    auto verifier = std::make_shared<GraphAssertionVerifier>();
    verifier->setCertificate(pemCertificate); // unreadable: no key registered, as in Entra
    m_assertions = verifier;
}

std::optional<GraphResponse> GraphSandbox::authenticate(const SandboxRequest &request,
                                                       QStringList *roles) const
{
    const QByteArray header = request.header("Authorization");
    QString message;
    if (header.isEmpty()) {
        message = u"Access token is empty."_s;
    } else if (!header.startsWith("Bearer ")) {
        message = u"Access token validation failure. Invalid audience."_s;
    } else {
        const auto it = m_tokens.constFind(QString::fromLatin1(header.mid(7).trimmed()));
        if (it == m_tokens.constEnd())
            message = u"IDX14100: JWT is not well formed, there are no dots (.). Invalid token."_s;
        else if (it.value().expiresUtc <= QDateTime::currentDateTimeUtc())
            message = u"Lifetime validation failed, the token is expired."_s;
        else {
            *roles = it.value().roles;
            return std::nullopt;
        }
    }
    GraphResponse r = GraphApi::error(401, u"InvalidAuthenticationToken"_s, message);
    r.headers.append(qMakePair(
        QByteArray("WWW-Authenticate"),
        QByteArray("Bearer realm=\"\", "
                   "authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\"")));
    return r;
}

QJsonObject GraphAccessPolicy::toJson() const
{
    return QJsonObject{{u"appId"_s, appId},
                       {u"accessRight"_s, restrict ? u"RestrictAccess"_s : u"DenyAccess"_s},
                       {u"scopeGroup"_s, scopeGroup},
                       {u"members"_s, QJsonArray::fromStringList(members)},
                       {u"description"_s, description}};
}

std::optional<GraphAccessPolicy> GraphAccessPolicy::fromJson(const QJsonValue &value, QString *error)
{
    static const QRegularExpression guid(u"^[0-9A-Fa-f]{8}-(?:[0-9A-Fa-f]{4}-){3}[0-9A-Fa-f]{12}$"_s);
    if (!value.isObject()) {
        *error = u"a policy must be a JSON object"_s;
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    GraphAccessPolicy p;
    p.appId = o.value(u"appId"_s).toString();
    if (!guid.match(p.appId).hasMatch()) {
        *error = u"appId must be the application (client) id, a GUID"_s;
        return std::nullopt;
    }
    const QString right = o.value(u"accessRight"_s).toString(u"RestrictAccess"_s);
    if (right != "RestrictAccess"_L1 && right != "DenyAccess"_L1) {
        *error = u"accessRight must be RestrictAccess or DenyAccess"_s;
        return std::nullopt;
    }
    p.restrict = right == "RestrictAccess"_L1;
    p.scopeGroup = o.value(u"scopeGroup"_s).toString();
    p.description = o.value(u"description"_s).toString();
    const QJsonValue members = o.value(u"members"_s);
    if (!members.isArray()) {
        *error = u"members must be a list of mailboxes (the scope group's members)"_s;
        return std::nullopt;
    }
    for (const QJsonValue &m : members.toArray()) {
        if (!m.isString() || m.toString().trimmed().isEmpty()) {
            *error = u"every member must be a mailbox address or id"_s;
            return std::nullopt;
        }
        p.members.append(m.toString().trimmed());
    }
    return p;
}

void GraphSandbox::setAccessPolicyScope(const std::optional<QStringList> &mailboxes)
{
    QList<GraphAccessPolicy> policies;
    if (mailboxes) {
        GraphAccessPolicy p;
        p.appId = m_clientId;
        p.scopeGroup = u"sandbox scope"_s;
        p.members = *mailboxes;
        policies.append(p);
    }
    // Members that are no mailbox stay in the group as given (they match nothing): the tests' knob.
    m_policies = policies;
    m_policyMembers.clear();
    for (int i = 0; i < m_policies.size(); ++i) {
        for (const QString &m : std::as_const(m_policies.at(i).members)) {
            const QString id = userId(m);
            m_policyMembers[i].insert(id.isEmpty() ? m : id);
        }
    }
}

bool GraphSandbox::setAccessPolicies(const QList<GraphAccessPolicy> &policies, QString *error)
{
    QHash<int, QSet<QString>> members;
    for (int i = 0; i < policies.size(); ++i) {
        for (const QString &m : policies.at(i).members) {
            const QString id = userId(m);
            if (id.isEmpty()) {
                *error = u"policy %1: '%2' is not a mailbox of this tenant"_s.arg(i + 1).arg(m);
                return false;
            }
            members[i].insert(id);
        }
    }
    m_policies = policies;
    m_policyMembers = members;
    return true;
}

bool GraphSandbox::setAccessPolicies(const QJsonValue &policies, QString *error)
{
    if (!policies.isArray()) {
        *error = u"the access policies must be a JSON list"_s;
        return false;
    }
    QList<GraphAccessPolicy> list;
    for (const QJsonValue &v : policies.toArray()) {
        QString problem;
        const auto p = GraphAccessPolicy::fromJson(v, &problem);
        if (!p) {
            *error = u"policy %1: %2"_s.arg(list.size() + 1).arg(problem);
            return false;
        }
        list.append(*p);
    }
    return setAccessPolicies(list, error);
}

QJsonArray GraphSandbox::accessPoliciesJson() const
{
    QJsonArray out;
    for (const GraphAccessPolicy &p : m_policies)
        out.append(p.toJson());
    return out;
}

bool GraphSandbox::policyAllows(const QString &appId, const QString &mailbox) const
{
    const QString id = userId(mailbox).isEmpty() ? mailbox : userId(mailbox);
    bool restricted = false;
    bool inRestrictGroup = false;
    for (int i = 0; i < m_policies.size(); ++i) {
        const GraphAccessPolicy &p = m_policies.at(i);
        if (p.appId.compare(appId, Qt::CaseInsensitive) != 0)
            continue;
        const bool member = m_policyMembers.value(i).contains(id);
        if (!p.restrict && member)
            return false;
        if (p.restrict) {
            restricted = true;
            inRestrictGroup = inRestrictGroup || member;
        }
    }
    return !restricted || inRestrictGroup;
}

void GraphSandbox::setRestIdsOnly(bool restIdsOnly)
{
    m_api->setRestIdsOnly(restIdsOnly);
}

void GraphSandbox::setMailboxInactive(const QString &mailbox, bool inactive)
{
    const QString id = userId(mailbox);
    if (inactive)
        m_inactive.insert(id.isEmpty() ? mailbox : id);
    else
        m_inactive.remove(id.isEmpty() ? mailbox : id);
}

std::optional<GraphResponse> GraphSandbox::authorize(const SandboxRequest &request,
                                                     const QStringList &roles) const
{
    auto hasAny = [&](std::initializer_list<const char *> names) {
        for (const char *name : names) {
            if (roles.contains(QLatin1String(name)))
                return true;
        }
        return false;
    };
    static const QRegularExpression directory(u"^/v1\\.0/users(/[^/]+)?/?$"_s);
    if (directory.match(request.path).hasMatch()) {
        if (!hasAny({"User.Read.All", "User.ReadBasic.All", "User.ReadWrite.All", "Directory.Read.All",
                     "Directory.ReadWrite.All"}))
            return GraphApi::error(403, u"Authorization_RequestDenied"_s,
                                   u"Insufficient privileges to complete the operation."_s);
        return std::nullopt;
    }
    static const QRegularExpression translate(
        u"^/v1\\.0/users/[^/]+/(?:microsoft\\.graph\\.)?translateExchangeIds$"_s);
    if (translate.match(request.path).hasMatch()) {
        if (!m_translateForApps)
            return GraphApi::error(403, u"ErrorAccessDenied"_s,
                                   u"Access is denied. Check credentials and try again."_s);
        if (!hasAny({"User.Read.All", "User.ReadWrite.All"}))
            return GraphApi::error(403, u"Authorization_RequestDenied"_s,
                                   u"Insufficient privileges to complete the operation."_s);
        return std::nullopt;
    }
    const QString mailbox = m_api->mailboxOf(request);
    if (mailbox.isEmpty())
        return std::nullopt;
    const bool write = request.method != "GET"_L1;
    if (!hasAny({"Calendars.ReadWrite"}) && (write || !hasAny({"Calendars.Read"})))
        return GraphApi::error(403, u"ErrorAccessDenied"_s, u"Access is denied. Check credentials and try again."_s);
    if (!policyAllows(m_clientId, mailbox))
        return GraphApi::error(
            403, u"ErrorAccessDenied"_s,
            u"Access to OData is disabled: [RAOP] : Blocked by tenant configured AppOnly AccessPolicy settings."_s);
    if (m_inactive.contains(mailbox))
        return GraphApi::error(404, u"MailboxNotEnabledForRESTAPI"_s,
                               u"The mailbox is either inactive, soft-deleted, or is hosted on-premise."_s);
    return std::nullopt;
}

void GraphSandbox::dispatch(const SandboxRequest &request, const QStringList &roles,
                            const std::function<void(const GraphResponse &)> &done)
{
    if (auto refused = authorize(request, roles))
        return done(*refused);
    const QString mailbox = m_api->mailboxOf(request);
    if (mailbox.isEmpty())
        return m_api->handle(request, done);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::deque<qint64> &recent = m_recent[mailbox];
    while (!recent.empty() && recent.front() <= now - qint64(m_windowSeconds) * 1000)
        recent.pop_front();
    if (int(recent.size()) >= m_windowRequests) {
        const double wait = std::ceil((recent.front() + qint64(m_windowSeconds) * 1000 - now) / 1000.0);
        GraphResponse r = GraphApi::error(429, u"TooManyRequests"_s, u"Please retry again later."_s);
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(qMax(1.0, wait))));
        return done(r);
    }
    if (m_inFlight.value(mailbox) >= m_maxConcurrent) {
        noteLoad(mailbox, m_inFlight.value(mailbox) + 1, true);
        GraphResponse r = GraphApi::error(429, u"ApplicationThrottled"_s,
                                          u"Application is over its MailboxConcurrency limit."_s);
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        return done(r);
    }
    recent.push_back(now);
    m_inFlight[mailbox] += 1;
    noteLoad(mailbox, m_inFlight.value(mailbox), false);
    QPointer<GraphSandbox> self(this);
    m_api->handle(request, [self, mailbox, done](const GraphResponse &response) {
        if (!self)
            return;
        auto finish = [self, mailbox, done, response] {
            if (!self)
                return;
            self->m_inFlight[mailbox] -= 1;
            done(response);
        };
        if (self->m_latencyMs > 0)
            QTimer::singleShot(self->m_latencyMs, self.data(), finish);
        else
            finish();
    });
}

void GraphSandbox::noteLoad(const QString &mailbox, int demand, bool refused)
{
    MailboxLoad &load = m_load[mailbox];
    if (!refused)
        load.peak = qMax(load.peak, demand);
    load.peakDemand = qMax(load.peakDemand, demand);
    load.refused += refused ? 1 : 0;
}

QJsonObject GraphSandbox::concurrencyReport() const
{
    int peak = 0, peakDemand = 0, refused = 0;
    QString busiest;
    QJsonArray perMailbox;
    for (auto it = m_load.cbegin(); it != m_load.cend(); ++it) {
        const GraphUser *user = m_store->user(it.key());
        const QString mail = user && !user->mail.isEmpty() ? user->mail : it.key();
        perMailbox.append(QJsonObject{{"id"_L1, it.key()},
                                      {"mail"_L1, mail},
                                      {"inFlight"_L1, m_inFlight.value(it.key())},
                                      {"peak"_L1, it->peak},
                                      {"peakDemand"_L1, it->peakDemand},
                                      {"refused"_L1, it->refused}});
        if (busiest.isEmpty() || it->peakDemand > peakDemand)
            busiest = mail;
        peak = qMax(peak, it->peak);
        peakDemand = qMax(peakDemand, it->peakDemand);
        refused += it->refused;
    }
    return QJsonObject{{"limit"_L1, m_maxConcurrent},        {"peakInFlight"_L1, peak},
                       {"peakDemand"_L1, peakDemand},        {"refused"_L1, refused},
                       {"mailboxes"_L1, int(m_load.size())}, {"busiest"_L1, busiest},
                       {"perMailbox"_L1, perMailbox}};
}

void GraphSandbox::resetConcurrencyPeaks()
{
    m_load.clear();
}

QByteArray GraphSandbox::SeenRequest::header(const QByteArray &name) const
{
    QByteArrayList values;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values.join(", ");
}

void GraphSandbox::see(const SandboxRequest &request, bool batchMember)
{
    if (m_seen.size() >= kSeenRequests)
        m_seen.removeFirst();
    m_seen.append({request.method, request.path, request.headers, request.body, batchMember});
}

void GraphSandbox::finalize(const SandboxRequest &request, GraphResponse &response, bool member) const
{
    QByteArray clientRequestId = request.header("client-request-id");
    if (clientRequestId.isEmpty())
        clientRequestId = guid().toLatin1();
    const QByteArray requestId = guid().toLatin1();
    if (!member) {
        response.headers.append({"request-id", requestId});
        response.headers.append({"client-request-id", clientRequestId});
    }
    if (response.status < 400 || response.noBody || !response.body.contains("error"_L1))
        return;
    QJsonObject e = response.body.value("error"_L1).toObject();
    if (!e.contains("innerError"_L1))
        e = m_http
                ->errorBody(response.status, e.value("code"_L1).toString(), e.value("message"_L1).toString())
                .value("error"_L1)
                .toObject();
    QJsonObject inner = e.value("innerError"_L1).toObject();
    inner.insert("request-id"_L1, QString::fromLatin1(requestId));
    inner.insert("client-request-id"_L1, QString::fromLatin1(clientRequestId));
    e.insert("innerError"_L1, inner);
    response.body.insert("error"_L1, e);
}

void GraphSandbox::send(const SandboxRequest &request, const Reply &reply, GraphResponse response) const
{
    finalize(request, response);
    if (response.noBody)
        reply.empty(response.status, response.headers);
    else if (!response.raw.isEmpty())
        reply.send(response.status, response.raw, response.rawContentType, response.headers);
    else
        reply.json(response.status, response.body, response.headers);
}

QString GraphSandbox::userId(const QString &mailbox) const
{
    const GraphUser *u = m_store->user(mailbox);
    return u ? u->id : QString();
}

// ---- acting as Outlook users ----------------------------------------------------------------------------

QJsonObject GraphSandbox::createEvent(const QString &mailbox, const QJsonObject &event)
{
    const QString id = userId(mailbox);
    QString eventId;
    const auto failure =
        id.isEmpty() ? std::optional<GraphError>(GraphError{
                           404, u"ErrorInvalidUser"_s, u"The requested user '%1' is invalid."_s.arg(mailbox)})
                     : m_calendar->create(id, event, &eventId);
    if (failure)
        return m_http->errorBody(failure->status, failure->code, failure->message);
    QJsonObject out = GraphEventJson::render(*m_calendar->find(id, eventId), QString());
    out.insert("id"_L1, m_store->immutableIdOf(id, eventId));
    return out;
}

std::optional<QJsonObject> GraphSandbox::updateEvent(const QString &mailbox, const QString &eventId,
                                                     const QJsonObject &patch)
{
    const QString id = userId(mailbox);
    const QString restId = m_store->restIdOf(id, eventId);
    if (id.isEmpty() || m_calendar->update(id, restId, patch))
        return std::nullopt;
    QJsonObject out = GraphEventJson::render(*m_calendar->find(id, restId), QString());
    out.insert("id"_L1, m_store->immutableIdOf(id, restId));
    return out;
}

bool GraphSandbox::deleteEvent(const QString &mailbox, const QString &eventId)
{
    const QString id = userId(mailbox);
    return !id.isEmpty() && !m_calendar->remove(id, m_store->restIdOf(id, eventId));
}

bool GraphSandbox::cancelEvent(const QString &mailbox, const QString &eventId, const QString &comment)
{
    const QString id = userId(mailbox);
    return !id.isEmpty() && !m_calendar->cancel(id, m_store->restIdOf(id, eventId), comment);
}

bool GraphSandbox::respond(const QString &mailbox, const QString &eventId, const QString &response)
{
    QString value = response;
    if (value == "accept"_L1)
        value = u"accepted"_s;
    else if (value == "decline"_L1)
        value = u"declined"_s;
    else if (value == "tentativelyAccept"_L1)
        value = u"tentativelyAccepted"_s;
    if (value != "accepted"_L1 && value != "declined"_L1 && value != "tentativelyAccepted"_L1)
        return false;
    const QString id = userId(mailbox);
    return !id.isEmpty() && !m_calendar->respond(id, m_store->restIdOf(id, eventId), value);
}

QString GraphSandbox::moveEvent(const QString &mailbox, const QString &eventId)
{
    const QString id = userId(mailbox);
    return id.isEmpty() ? QString() : m_store->move(id, m_store->restIdOf(id, eventId));
}

QPair<QString, QString> GraphSandbox::eventIds(const QString &mailbox, const QString &eventId) const
{
    const QString id = userId(mailbox);
    const GraphMailbox *box = id.isEmpty() ? nullptr : m_store->mailbox(id);
    const GraphEvent *event = box ? box->find(m_store->restIdOf(id, eventId)) : nullptr;
    if (!event)
        return {};
    return {event->id, event->immutableId};
}

void GraphSandbox::expireDeltaTokens(const QString &mailbox)
{
    m_store->expireSyncState(userId(mailbox));
}

bool GraphSandbox::dropSubscription(const QString &subscriptionId)
{
    return m_subscriptions->drop(subscriptionId);
}

bool GraphSandbox::triggerLifecycle(const QString &subscriptionId, const QString &event)
{
    if (event != "reauthorizationRequired"_L1 && event != "subscriptionRemoved"_L1 && event != "missed"_L1)
        return false;
    return m_subscriptions->triggerLifecycle(subscriptionId, event);
}

QJsonArray GraphSandbox::events(const QString &mailbox, bool immutableIds) const
{
    QJsonArray out;
    if (const GraphMailbox *box = m_store->mailbox(userId(mailbox))) {
        for (const GraphEvent &e : box->events) {
            QJsonObject json = GraphEventJson::render(e, QString());
            if (immutableIds)
                json.insert("id"_L1, e.immutableId);
            out.append(json);
        }
    }
    return out;
}

QJsonArray GraphSandbox::users() const
{
    QJsonArray out;
    for (const GraphUser &u : m_store->users())
        out.append(u.toJson());
    return out;
}

// ---- sample world and state ----------------------------------------------------------------------------

void GraphSandbox::load(const SampleData &data)
{
    m_store->clear();
    static const QUuid space = QUuid::fromString(u"{6d1c7a2e-52f4-4d8e-9b1e-c0ffee5a11d0}"_s);
    for (const SampleUser &s : data.users) {
        if (!s.hasMailbox)
            continue;
        GraphUser u;
        u.id = QUuid::createUuidV5(space, s.key).toString(QUuid::WithoutBraces);
        u.displayName = s.displayName;
        u.givenName = s.givenName;
        u.surname = s.surname;
        u.mail = s.mail;
        u.userPrincipalName = s.mail;
        u.aliases = s.aliases;
        u.accountEnabled = s.accountEnabled;
        m_store->addUser(u);
    }
    static const char *dayNames[] = {"monday", "tuesday",  "wednesday", "thursday",
                                     "friday", "saturday", "sunday"};
    for (const SampleAppointment &a : data.appointments) {
        const SampleUser *organizer = data.user(a.organizerKey);
        if (a.origin != SampleAppointment::Origin::Exchange || !organizer || !organizer->hasMailbox)
            continue;
        const QString zone = a.timeZone.isEmpty() ? u"UTC"_s : a.timeZone;
        const QTimeZone tz = GraphEventJson::zone(zone).value_or(QTimeZone::utc());
        QJsonArray attendees;
        for (const QString &key : a.attendeeKeys) {
            const SampleUser *u = data.user(key);
            const QString address = !u ? QString() : u->hasMailbox ? u->mail : u->crmEmail;
            if (!address.isEmpty())
                attendees.append(QJsonObject{
                    {"emailAddress"_L1, QJsonObject{{"name"_L1, u->displayName}, {"address"_L1, address}}},
                    {"type"_L1, "required"_L1}});
        }
        for (const QString &address : a.externalAttendees)
            attendees.append(
                QJsonObject{{"emailAddress"_L1, QJsonObject{{"name"_L1, address}, {"address"_L1, address}}},
                            {"type"_L1, "required"_L1}});
        QJsonObject event{
            {"subject"_L1, a.subject},
            {"body"_L1, QJsonObject{{"contentType"_L1, "text"_L1}, {"content"_L1, a.body}}},
            {"location"_L1, QJsonObject{{"displayName"_L1, a.location}}},
            {"start"_L1, QJsonObject{{"dateTime"_L1, GraphEventJson::wallTime(a.start.toTimeZone(tz))},
                                     {"timeZone"_L1, zone}}},
            {"end"_L1, QJsonObject{{"dateTime"_L1, GraphEventJson::wallTime(a.end.toTimeZone(tz))},
                                   {"timeZone"_L1, zone}}},
            {"isAllDay"_L1, a.isAllDay},
            {"sensitivity"_L1, a.isPrivate ? u"private"_s : u"normal"_s},
            {"isReminderOn"_L1, a.reminderOn},
            {"reminderMinutesBeforeStart"_L1, a.reminderMinutes},
            {"attendees"_L1, attendees}};
        if (a.recurrence) {
            QJsonArray days;
            for (Qt::DayOfWeek d : a.recurrence->daysOfWeek)
                days.append(QLatin1String(dayNames[int(d) - 1]));
            const QDate startDate = a.start.toTimeZone(tz).date();
            if (a.recurrence->pattern == "weekly"_L1 && days.isEmpty())
                days.append(QLatin1String(dayNames[startDate.dayOfWeek() - 1]));
            event.insert(
                "recurrence"_L1,
                QJsonObject{{"pattern"_L1, QJsonObject{{"type"_L1, a.recurrence->pattern},
                                                       {"interval"_L1, a.recurrence->interval},
                                                       {"daysOfWeek"_L1, days},
                                                       {"firstDayOfWeek"_L1, "sunday"_L1}}},
                            {"range"_L1, QJsonObject{{"type"_L1, "numbered"_L1},
                                                     {"startDate"_L1, startDate.toString(Qt::ISODate)},
                                                     {"numberOfOccurrences"_L1, a.recurrence->occurrences},
                                                     {"recurrenceTimeZone"_L1, zone}}}});
        }
        QString id;
        m_calendar->create(userId(organizer->mail), event, &id);
    }
}

QJsonObject GraphSandbox::saveState() const
{
    return QJsonObject{{"tenantId"_L1, m_tenantId},
                       {"clientId"_L1, m_clientId},
                       {"clientSecret"_L1, m_clientSecret},
                       {"store"_L1, m_store->toJson()},
                       {"subscriptions"_L1, m_subscriptions->toJson()}};
}

bool GraphSandbox::restoreState(const QJsonObject &state, QString *error)
{
    if (!m_store->fromJson(state.value("store"_L1).toObject(), error))
        return false;
    m_tenantId = state.value("tenantId"_L1).toString(m_tenantId);
    m_clientId = state.value("clientId"_L1).toString(m_clientId);
    m_clientSecret = state.value("clientSecret"_L1).toString(m_clientSecret);
    m_subscriptions->setIdentity(m_tenantId, m_clientId);
    m_subscriptions->fromJson(state.value("subscriptions"_L1).toArray());
    m_tokens.clear();
    return true;
}

} // namespace cxsync::sandbox
