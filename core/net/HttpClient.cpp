#include "HttpClient.h"

#include <QNetworkCookieJar>
#include <QNetworkProxy>

#include <cxsync/Version.h>

#include <QAuthenticator>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslError>
#include <QTimeZone>

#include <algorithm>
#include <cstring>
#include <utility>

Q_LOGGING_CATEGORY(lcNetHttp, "cxsync.net.http", QtInfoMsg)

namespace cxsync::net {

namespace {

// The body of a request that must not be sent twice. Qt resends a request by itself when a kept-alive
// connection closes before the answer (QHttpNetworkConnectionChannel::handleUnexpectedEOF and _q_error:
// closeAndResendCurrentRequest, up to 3 reconnects), whatever the method: a POST the server already carried out
// would be made twice. Qt rewinds the upload device before every resend (resetUploadData); a body that refuses
// the rewind turns that silent second send into QNetworkReply::ContentReSendError, an error of unknown outcome,
// so the caller looks before it writes again. A rewind before any of the body was read costs nothing (nothing
// can go twice) and is always granted: Qt rewinds that way before every send.
//
// Resends are wanted in an authentication handshake, and what our thread sees of it (Qt 6.4, observed with
// tst_ews_e2e and the EWS fault row) is only the rewinds and, for some 401s, authenticationRequired: a network
// access manager's credential cache answers a challenge silently once it holds credentials for the server, and
// NTLM's second 401 never shows. A resend after a drop is not bound to a new connection either: Qt may requeue
// the request on another connection of the manager that is already logged on, where the server carries it out
// at once with a single rewind (the EWS fault row made items twice that way).
//
// So a write to a server with credentials goes out through a network access manager of its own (HttpClient
// makes one per attempt): its cache is empty and it has no logged-on connection, so the server's first challenge
// always reaches authenticationRequired, and nothing the server carries out can precede it. Rewinds of a read
// body are granted only after that challenge (challenged()), as many as the handshake needs: two for NTLM and
// Negotiate (the plain request and the negotiate message are refused unread; the third send is the one the
// server reads), one for Basic and Digest (learnt from the challenge's realm; Qt sends Basic unasked once it has
// it). A resend after a drop then needs one more and is refused: the server never carries a body out twice.
// On origins without credentials nothing is rewound after a read.
class OneShotBody final : public QIODevice {
public:
    static constexpr int kConnectionHandshakeRewinds = 2; // NTLM, Negotiate
    static constexpr int kRequestHandshakeRewinds = 1;    // Basic, Digest

    explicit OneShotBody(QByteArray data, QObject *parent = nullptr) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool reset() override
    {
        if (m_refused)
            return false;
        if (m_pos == 0)
            return true;
        if (m_rewinds >= m_allowance) {
            m_refused = true;
            return false;
        }
        ++m_rewinds;
        m_pos = 0;
        return true;
    }
    // The server challenged this attempt (authenticationRequired answered for its reply) before any rewind:
    // the handshake's rewinds are granted.
    void challenged(bool perRequest)
    {
        if (m_rewinds == 0)
            m_allowance = perRequest ? kRequestHandshakeRewinds : kConnectionHandshakeRewinds;
    }
    bool refused() const { return m_refused; }
    qint64 bytesAvailable() const override
    {
        return m_refused ? 0 : m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        if (m_refused)
            return -1;
        const qint64 n = qMin<qint64>(max, m_data.size() - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        std::memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    int m_allowance = 0; // rewinds of a read body granted to this attempt
    int m_rewinds = 0;
    bool m_refused = false;
};

} // namespace

bool HttpRequest::isIdempotent() const
{
    if (idempotent)
        return *idempotent;
    const QByteArray verb = method.toUpper();
    return verb != "POST" && verb != "PATCH";
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

struct HttpClient::Call {
    HttpRequest request;
    Callback callback;
    int attempt = 0;
    qint64 startedMs = 0;
    qint64 attemptStartedMs = 0;
    qint64 lastDelayMs = 0;
    MailboxLimiter::Ticket ticket = 0;
    bool queued = false;     // waiting in the limiter
    bool holdsSlots = false; // an attempt is in flight
    bool timedOut = false;
    bool authAnswered = false; // this attempt's authentication challenge was answered once
    QString tlsProblem;
    QPointer<QNetworkReply> reply;
    QPointer<OneShotBody> body; // the attempt's body when it must not be sent twice
    QPointer<QNetworkAccessManager> ownNetwork; // the attempt's own manager (a write with credentials)
    std::unique_ptr<QObject> attemptGuard; // context of the attempt's timeout: deleting it cancels the timer
};

namespace {

QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? QStringLiteral("%1:%2").arg(url.host()).arg(url.port()) : url.host();
}

// Whether the reply carries a usable HTTP answer. Qt reports HTTP error statuses as errors too
// (ContentNotFoundError, ProtocolInvalidOperationError for 400, ...); only network-layer and proxy errors
// (1..199) and broken protocol exchanges mean the answer is missing or cut short (e.g. a truncated body).
bool isHttpAnswer(int status, QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return status != 0 && !(code >= 1 && code <= 199) && error != QNetworkReply::ProtocolFailure &&
           error != QNetworkReply::ProtocolUnknownError;
}

ErrorKind kindForStatus(int status)
{
    switch (status) {
    case 401:
        return ErrorKind::Auth;
    case 403:
        return ErrorKind::Permission;
    case 404:
    case 410:
        return ErrorKind::NotFound; // 410 Gone: Graph's expired delta token; callers branch on serverCode
    case 409:
    case 412:
        return ErrorKind::Conflict;
    case 429:
        return ErrorKind::Throttled;
    default:
        return status >= 500 ? ErrorKind::Network : ErrorKind::Invalid;
    }
}

} // namespace

HttpClient::HttpClient(QNetworkAccessManager *network, Clock *clock, QObject *parent)
    : QObject(parent), m_network(network), m_clock(clock), m_ssl(QSslConfiguration::defaultConfiguration()),
      m_userAgent(defaultUserAgent())
{
    watchAuthentication(network);
}

void HttpClient::watchAuthentication(QNetworkAccessManager *network)
{
    if (network)
        connect(network, &QNetworkAccessManager::authenticationRequired, this,
                &HttpClient::onAuthenticationRequired);
}

namespace {

QString originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1://%2:%3").arg(scheme, url.host().toLower()).arg(port);
}

} // namespace

void HttpClient::setCredentials(const QUrl &server, const QString &user, const QString &password)
{
    if (user.isEmpty())
        m_credentials.remove(originOf(server));
    else
        m_credentials.insert(originOf(server), Credentials{user, password});
}

void HttpClient::onAuthenticationRequired(QNetworkReply *reply, QAuthenticator *authenticator)
{
    Call *call = nullptr;
    for (auto &[id, candidate] : m_calls) {
        if (candidate->reply == reply)
            call = candidate.get();
    }
    const auto credentials = m_credentials.constFind(originOf(reply->url()));
    // Not answering leaves the reply to finish with the server's 401: refused credentials, or none configured.
    if (!call || call->authAnswered || credentials == m_credentials.constEnd())
        return;
    call->authAnswered = true;
    // A realm: Basic or Digest, which authenticate each request (NTLM and Negotiate have none).
    if (call->body)
        call->body->challenged(!authenticator->realm().isEmpty()); // Qt rewinds the body next
    // Qt keeps a connection's authenticator after the connection is gone: when a connection that had logged
    // on (NTLM, Negotiate) breaks off (a reset, a timeout) and Qt opens a new one for the next request, the
    // server's first challenge there finds the authenticator "done" with credentials sent, and Qt asks
    // again. Setting the same user and password changes nothing in Qt's eyes (it only starts over when a
    // value differs), so that request, and every later one on that connection, ended with the 401 as if the
    // password were wrong. Clearing the user first makes Qt start a new handshake with the credentials.
    authenticator->setUser(QString());
    authenticator->setUser(credentials->user);
    authenticator->setPassword(credentials->password);
}

QByteArray HttpClient::defaultUserAgent()
{
    return QByteArrayLiteral("CRM-Exchange-Sync/") + QByteArray(kVersion) + QByteArrayLiteral(" (cxsync)");
}

HeaderList HttpClient::wireHeaders(const HeaderList &headers, const QByteArray &userAgent)
{
    HeaderList out;
    bool hasUserAgent = false;
    for (const auto &[name, value] : headers) {
        hasUserAgent = hasUserAgent || name.compare("User-Agent", Qt::CaseInsensitive) == 0;
        auto same = std::find_if(out.begin(), out.end(), [&name = name](const auto &header) {
            return header.first.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (same == out.end()) {
            out.append({name, value});
        } else if (!value.isEmpty()) {
            const QByteArray separator = name.compare("Cookie", Qt::CaseInsensitive) == 0 ? "; " : ", ";
            same->second = same->second.isEmpty() ? value : same->second + separator + value;
        }
    }
    if (!hasUserAgent && !userAgent.isEmpty())
        out.append({QByteArrayLiteral("User-Agent"), userAgent});
    return out;
}

HttpClient::~HttpClient()
{
    for (auto &[id, call] : m_calls) {
        if (QNetworkReply *reply = call->reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

QString HttpClient::normalizedFingerprint(const QString &fingerprint)
{
    QString hex;
    for (const QChar c : fingerprint) {
        if (c != QLatin1Char(':') && !c.isSpace())
            hex.append(c.toLower());
    }
    return hex;
}

Status HttpClient::setTlsOptions(const TlsOptions &options)
{
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!options.extraCaFile.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(options.extraCaFile, QSsl::Pem);
        if (certificates.isEmpty())
            return makeError(ErrorKind::Invalid,
                             tr("No PEM certificate could be read from %1.").arg(options.extraCaFile),
                             QStringLiteral("extraCaFile"));
        ssl.addCaCertificates(certificates);
    }
    const QString pin = normalizedFingerprint(options.pinnedSha256);
    if (!pin.isEmpty()) {
        static const QRegularExpression sha256Hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!sha256Hex.match(pin).hasMatch())
            return makeError(
                ErrorKind::Invalid,
                tr("The pinned certificate fingerprint must be 64 hexadecimal digits (SHA-256)."),
                QStringLiteral("pinnedSha256"));
    }
    m_ssl = ssl;
    m_pin = pin;
    return {};
}

HttpClient::RequestId HttpClient::send(const HttpRequest &request, Callback callback)
{
    const RequestId id = m_nextId++;
    const QString scheme = request.url.scheme().toLower();
    if (!request.url.isValid() || request.url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        deliverLater(std::move(callback),
                     makeError(ErrorKind::Invalid,
                               tr("Not an http(s) URL: %1").arg(HttpTrace::redactUrl(request.url))));
        return id;
    }
    if (!m_network) {
        deliverLater(std::move(callback),
                     makeError(ErrorKind::Unavailable, tr("The network is not available.")));
        return id;
    }
    auto call = std::make_unique<Call>();
    call->request = request;
    call->request.slots = m_limiter.clampSlots(request.slots);
    call->callback = std::move(callback);
    call->startedMs = m_clock->elapsedMs();
    m_calls.emplace(id, std::move(call));
    enqueue(id);
    return id;
}

void HttpClient::setConnectionsPerServer(int connections)
{
    const int managers = qMax(1, (connections + kQtConnectionsPerHost - 1) / kQtConnectionsPerHost);
    while (m_extraNetworks.size() + 1 > managers)
        delete m_extraNetworks.takeLast(); // replies of a deleted manager are aborted: only set before use
    while (m_network && m_extraNetworks.size() + 1 < managers)
        m_extraNetworks.append(networkLikeTheGiven());
}

QNetworkAccessManager *HttpClient::networkLikeTheGiven()
{
    auto *extra = new QNetworkAccessManager(this);
    extra->setProxy(m_network->proxy());
    extra->setRedirectPolicy(m_network->redirectPolicy());
    extra->setTransferTimeout(m_network->transferTimeout());
    extra->setStrictTransportSecurityEnabled(m_network->isStrictTransportSecurityEnabled());
    if (QNetworkCookieJar *jar = m_network->cookieJar()) {
        QObject *owner = jar->parent();
        extra->setCookieJar(jar); // takes ownership: given back, the jar is shared
        jar->setParent(owner);
    }
    watchAuthentication(extra);
    return extra;
}

QNetworkAccessManager *HttpClient::networkForAttempt()
{
    if (m_extraNetworks.isEmpty())
        return m_network;
    const int index = int(m_nextNetwork++ % quint32(m_extraNetworks.size() + 1));
    return index == 0 ? m_network.data() : m_extraNetworks.at(index - 1);
}

void HttpClient::enqueue(RequestId id)
{
    Call &call = *m_calls.at(id);
    call.queued = true;
    call.ticket =
        m_limiter.acquire(call.request.mailbox, call.request.slots, [this, id] { startAttempt(id); });
}

void HttpClient::startAttempt(RequestId id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return; // cannot happen: cancel() removes waiting calls from the limiter
    Call &call = *it->second;
    call.queued = false;
    call.holdsSlots = true;
    call.timedOut = false;
    call.authAnswered = false;
    call.body = nullptr;
    if (call.ownNetwork)
        call.ownNetwork->deleteLater();
    call.ownNetwork = nullptr;
    call.tlsProblem.clear();
    ++call.attempt;
    call.attemptStartedMs = m_clock->elapsedMs();

    const HttpRequest &request = call.request;
    QNetworkRequest networkRequest(request.url);
    const HeaderList headers = wireHeaders(request.headers, m_userAgent);
    for (const auto &[name, value] : headers)
        networkRequest.setRawHeader(name, value);
    if (request.url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
        networkRequest.setSslConfiguration(m_ssl);
    // Qt 6's default follows redirects to any server and keeps our headers: the CRM's Basic password or the
    // Graph token (and a 307/308's body, the token request's client secret) would go along. Same origin only:
    // anything else ends as InsecureRedirectError before a byte goes to the target (see kMaxRedirects).
    // (UserVerifiedRedirectPolicy is no alternative: Qt 6.4 follows a second hop more than once.)
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::SameOriginRedirectPolicy);
    networkRequest.setMaximumRedirectsAllowed(kMaxRedirects);
    QNetworkReply *reply = nullptr;
    QNetworkAccessManager *network = networkForAttempt();
    if (request.body.isEmpty() && request.method.toUpper() == "GET") {
        reply = network->get(networkRequest);
    } else if (!request.isIdempotent()) {
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
        // On a server that authenticates (NTLM, Negotiate, Basic) Qt sends the body again in the handshake;
        // OneShotBody grants those resends and no others, through a manager of the attempt's own (see there).
        // (AuthenticationReuseAttribute Manual, which would bring every challenge to onAuthenticationRequired,
        // also turns credentials off for the request in Qt 6.4: every 401 would end the request.)
        if (m_network && m_credentials.contains(originOf(request.url))) {
            call.ownNetwork = networkLikeTheGiven();
            network = call.ownNetwork;
        }
        auto *body = new OneShotBody(request.body);
        reply = network->sendCustomRequest(networkRequest, request.method, body);
        body->setParent(reply);
        call.body = body;
    } else {
        reply = network->sendCustomRequest(networkRequest, request.method, request.body);
    }
    call.reply = reply;
    HttpTrace::logRequest(request.label, request.method, request.url, headers, request.body, call.attempt);
    Q_EMIT attemptStarted(id, call.attempt);

    // Never ignored: the errors are only kept so that the admin learns which certificate problem it was.
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        const auto found = m_calls.find(id);
        if (found == m_calls.end())
            return;
        QStringList problems;
        for (const QSslError &error : errors)
            problems.append(error.errorString());
        found->second->tlsProblem = problems.join(QStringLiteral("; "));
    });
    connect(reply, &QNetworkReply::encrypted, this, [this, id, reply] { onEncrypted(id, reply); });
    connect(reply, &QNetworkReply::redirected, this,
            [this, id, reply](const QUrl &target) { onRedirected(id, reply, target); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });

    call.attemptGuard = std::make_unique<QObject>();
    const int attempt = call.attempt;
    m_clock->schedule(request.timeoutMs, call.attemptGuard.get(),
                      [this, id, attempt] { onTimeout(id, attempt); });
}

void HttpClient::onTimeout(RequestId id, int attempt)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end() || it->second->attempt != attempt || !it->second->reply)
        return;
    it->second->timedOut = true;
    it->second->reply->abort(); // finished() follows
}

void HttpClient::onEncrypted(RequestId id, QNetworkReply *reply)
{
    if (m_pin.isEmpty())
        return;
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    const QString actual = QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex());
    if (actual == m_pin)
        return;
    it->second->tlsProblem =
        tr("the server certificate (SHA-256 %1) does not match the pinned fingerprint %2").arg(actual, m_pin);
    reply->abort();
}

void HttpClient::onRedirected(RequestId id, QNetworkReply *reply, const QUrl &target)
{
    // Only same-origin redirects get here (Qt has checked): traced like a request of their own.
    const auto it = m_calls.find(id);
    if (it != m_calls.end())
        HttpTrace::logRequest(it->second->request.label, it->second->request.method,
                              reply->url().resolved(target), it->second->request.headers, {},
                              it->second->attempt);
}

void HttpClient::onFinished(RequestId id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call &call = *it->second;
    QNetworkReply *reply = call.reply;
    if (!reply)
        return;
    call.reply = nullptr;
    call.attemptGuard.reset();
    reply->disconnect(this);
    reply->deleteLater();
    if (call.ownNetwork) // after the reply: deleted in this order
        call.ownNetwork->deleteLater();
    call.ownNetwork = nullptr;
    if (call.holdsSlots) {
        call.holdsSlots = false;
        m_limiter.release(call.request.mailbox, call.request.slots);
    }
    // The limiter may have started other calls; `call` stays valid (map nodes do not move).

    const HttpRequest &request = call.request;
    const QString host = hostOf(request.url);
    const qint64 now = m_clock->elapsedMs();
    const qint64 duration = now - call.attemptStartedMs;
    // Qt ends a request whose body refused a rewind with ContentReSendError (or, depending on where it was,
    // RemoteHostClosedError): either way the server may have carried it out.
    const bool resendRefused = !call.timedOut && call.body && call.body->refused();
    const QNetworkReply::NetworkError networkError =
        resendRefused ? QNetworkReply::ContentReSendError : reply->error();
    const int status = resendRefused ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool answered = !call.timedOut && isHttpAnswer(status, networkError);

    if (networkError == QNetworkReply::InsecureRedirectError ||
        networkError == QNetworkReply::TooManyRedirectsError) {
        // The reply still holds the 3xx answer that was not followed; its URL is the hop that sent it.
        const QString target =
            HttpTrace::redactUrl(reply->url().resolved(QUrl::fromEncoded(reply->rawHeader("Location"))));
        HttpTrace::logFailure(
            request.label, request.method, request.url, duration,
            QStringLiteral("redirect (HTTP %1) to %2 not followed").arg(status).arg(target));
        Error error = makeError(
            ErrorKind::Invalid,
            networkError == QNetworkReply::TooManyRedirectsError
                ? tr("%1 redirected the request more than %2 times (the last HTTP %3 to %4); not followed "
                     "further.")
                      .arg(host)
                      .arg(kMaxRedirects)
                      .arg(status)
                      .arg(target)
                : tr("%1 answered HTTP %2, a redirect to %3. Redirects to another server, scheme or port are "
                     "not followed, so that credentials never leave the configured server: enter the final "
                     "address in the settings.")
                      .arg(host)
                      .arg(status)
                      .arg(target));
        error.httpStatus = status;
        error.serverCode = QStringLiteral("redirect");
        finish(id, std::move(error));
        return;
    }
    if (!call.tlsProblem.isEmpty()) {
        HttpTrace::logFailure(request.label, request.method, request.url, duration, call.tlsProblem);
        Error error = makeError(ErrorKind::Network,
                                tr("TLS certificate problem with %1: %2").arg(host, call.tlsProblem));
        error.serverCode = QStringLiteral("tls");
        finish(id, std::move(error));
        return;
    }

    HttpResponse response;
    AttemptOutcome outcome;
    outcome.idempotent = request.isIdempotent();
    if (answered) {
        response.status = status;
        response.headers = reply->rawHeaderPairs();
        response.body = reply->readAll();
        response.attempts = call.attempt;
        response.elapsedMs = now - call.startedMs;
        if (const QDateTime serverNow = parseHttpDate(response.header("Date")); serverNow.isValid())
            m_skewByHost.insert(host, m_clock->nowUtc().secsTo(serverNow));
        HttpTrace::logResponse(request.label, request.method, request.url, status, duration, response.headers,
                               response.body);
        if (status < 400) {
            finish(id, std::move(response));
            return;
        }
        outcome.httpStatus = status;
        outcome.retryAfter = response.header("Retry-After");
    } else {
        outcome.networkError = networkError;
        outcome.timedOut = call.timedOut;
        HttpTrace::logFailure(request.label, request.method, request.url, duration,
                              call.timedOut    ? QStringLiteral("timeout")
                              : resendRefused ? QStringLiteral("resend of a sent body refused")
                                              : reply->errorString());
    }

    const RetryDecision decision = m_retry.decide(outcome, call.attempt, call.lastDelayMs, m_clock->nowUtc());
    if (decision.retry) {
        qCInfo(lcNetHttp).noquote() << "retrying" << request.label << request.method
                                    << HttpTrace::redactUrl(request.url) << "in" << decision.delayMs
                                    << "ms after attempt" << call.attempt
                                    << (answered ? QString::number(status) : reply->errorString());
        call.lastDelayMs = decision.delayMs;
        call.attemptGuard = std::make_unique<QObject>();
        Q_EMIT retryScheduled(id, call.attempt, decision.delayMs);
        m_clock->schedule(decision.delayMs, call.attemptGuard.get(), [this, id] {
            if (m_calls.count(id) != 0)
                enqueue(id);
        });
        return;
    }

    if (answered && request.answerErrorStatuses) {
        finish(id, std::move(response));
        return;
    }
    Error error;
    if (answered) {
        error = errorForResponse(status, response.body, request.url);
    } else if (call.timedOut) {
        error =
            makeError(ErrorKind::Network,
                      tr("No answer from %1 within the timeout of %2 ms.").arg(host).arg(request.timeoutMs));
    } else if (resendRefused) {
        error = makeError(ErrorKind::Network,
                          tr("The connection to %1 closed after the request was sent; it was not sent again "
                             "because the server may have carried it out.")
                              .arg(host));
    } else if (networkError == QNetworkReply::HostNotFoundError) {
        error = makeError(ErrorKind::Network, tr("Server %1 not found: check the server name.").arg(host));
    } else {
        error =
            makeError(ErrorKind::Network, tr("Connection to %1 failed: %2").arg(host, reply->errorString()));
    }
    if (call.attempt > 1)
        error.message += QLatin1Char(' ') + tr("(gave up after %n attempts)", nullptr, call.attempt);
    finish(id, std::move(error));
}

void HttpClient::finish(RequestId id, Result<HttpResponse> result)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);
    if (call->callback)
        call->callback(std::move(result));
}

bool HttpClient::cancel(RequestId id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return false;
    std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);
    if (call->queued)
        m_limiter.cancel(call->ticket);
    if (QNetworkReply *reply = call->reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (call->ownNetwork)
        call->ownNetwork->deleteLater();
    if (call->holdsSlots)
        m_limiter.release(call->request.mailbox, call->request.slots);
    deliverLater(
        std::move(call->callback),
        makeError(ErrorKind::Cancelled, tr("Request to %1 cancelled.").arg(hostOf(call->request.url))));
    return true;
}

void HttpClient::deliverLater(Callback callback, Result<HttpResponse> result)
{
    if (!callback)
        return;
    QMetaObject::invokeMethod(
        this,
        [callback = std::move(callback), result = std::move(result)]() mutable {
            callback(std::move(result));
        },
        Qt::QueuedConnection);
}

QString HttpClient::serverErrorCode(const QByteArray &body, QString *message)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    QString code;
    QString text;
    if (const QJsonValue error = root.value(QLatin1String("error")); error.isObject()) {
        code = error.toObject().value(QLatin1String("code")).toString();
        text = error.toObject().value(QLatin1String("message")).toString();
    } else if (error.isString()) {
        code = error.toString();
        text = root.value(QLatin1String("error_description")).toString();
    } else if (const QJsonArray diagnoses = root.value(QLatin1String("$diagnoses")).toArray();
               !diagnoses.isEmpty()) {
        const QJsonObject first = diagnoses.first().toObject();
        code = first.value(QLatin1String("$sdataCode")).toString();
        text = first.value(QLatin1String("$message")).toString();
    }
    if (message)
        *message = text.simplified();
    return code;
}

Error HttpClient::errorForResponse(int status, const QByteArray &body, const QUrl &url)
{
    QString serverMessage;
    const QString code = serverErrorCode(body, &serverMessage);
    const QString host = hostOf(url);
    QString message = code.isEmpty() ? tr("%1 answered HTTP %2.").arg(host).arg(status)
                                     : tr("%1 answered HTTP %2 (%3).").arg(host).arg(status).arg(code);
    if (!serverMessage.isEmpty())
        message += QLatin1Char(' ') + serverMessage;
    // Graph puts the ids Microsoft support asks for into every error: {"error":{"innerError":{"request-id",
    // "date"}}}.
    const QJsonObject inner = QJsonDocument::fromJson(body)
                                  .object()
                                  .value(QLatin1String("error"))
                                  .toObject()
                                  .value(QLatin1String("innerError"))
                                  .toObject();
    const QString requestId = inner.value(QLatin1String("request-id")).toString().simplified();
    if (!requestId.isEmpty()) {
        const QString date = inner.value(QLatin1String("date")).toString().simplified();
        message += QLatin1Char(' ') + (date.isEmpty() ? tr("(request-id %1)").arg(requestId)
                                                      : tr("(request-id %1, %2)").arg(requestId, date));
    }
    Error error = makeError(kindForStatus(status), message);
    error.httpStatus = status;
    error.serverCode = code;
    return error;
}

QDateTime HttpClient::parseHttpDate(const QByteArray &value)
{
    // IMF-fixdate "Sun, 06 Nov 1994 08:49:37 GMT", RFC 850 "Sunday, 06-Nov-94 08:49:37 GMT",
    // asctime "Sun Nov  6 08:49:37 1994". Parsed by hand: no local time zone may get involved.
    static const QRegularExpression fixdate(
        QStringLiteral("^[A-Za-z]{3}, (\\d{2}) ([A-Za-z]{3}) (\\d{4}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression rfc850(
        QStringLiteral("^[A-Za-z]+, (\\d{2})-([A-Za-z]{3})-(\\d{2}) (\\d{2}):(\\d{2}):(\\d{2}) GMT$"));
    static const QRegularExpression asctime(
        QStringLiteral("^[A-Za-z]{3} ([A-Za-z]{3}) +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (\\d{4})$"));
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                    QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                    QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                    QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const QString text = QString::fromLatin1(value).trimmed();
    int day = 0, month = 0, year = 0, hour = 0, minute = 0, second = 0;
    auto monthOf = [](const QString &name) { return int(months.indexOf(name.toLower())) + 1; };
    if (const auto m = fixdate.match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = monthOf(m.captured(2));
        year = m.captured(3).toInt();
        hour = m.captured(4).toInt();
        minute = m.captured(5).toInt();
        second = m.captured(6).toInt();
    } else if (const auto r = rfc850.match(text); r.hasMatch()) {
        day = r.captured(1).toInt();
        month = monthOf(r.captured(2));
        year = r.captured(3).toInt();
        year += year < 70 ? 2000 : 1900;
        hour = r.captured(4).toInt();
        minute = r.captured(5).toInt();
        second = r.captured(6).toInt();
    } else if (const auto a = asctime.match(text); a.hasMatch()) {
        month = monthOf(a.captured(1));
        day = a.captured(2).toInt();
        hour = a.captured(3).toInt();
        minute = a.captured(4).toInt();
        second = a.captured(5).toInt();
        year = a.captured(6).toInt();
    } else {
        return {};
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second == 60 ? 59 : second);
    if (month < 1 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

std::optional<qint64> HttpClient::serverClockSkewSecs(const QUrl &url) const
{
    const auto it = m_skewByHost.constFind(hostOf(url));
    if (it == m_skewByHost.constEnd())
        return std::nullopt;
    return it.value();
}

} // namespace cxsync::net
