#pragma once

#include "Clock.h"
#include "Result.h"
#include "net/HttpTrace.h"
#include "net/MailboxLimiter.h"
#include "net/RetryPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace cxsync::net {

struct HttpRequest {
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HeaderList headers;
    QByteArray body;
    int timeoutMs = 30000; // per attempt
    QString mailbox;       // concurrency key (Exchange mailbox); empty = not limited
    int slots = 1;         // mailbox slots taken: a $batch takes one per member for that mailbox (capped)
    // Unset: GET, HEAD, PUT, DELETE and OPTIONS are idempotent, POST and PATCH are not. Set true for a POST
    // that carries an idempotency key (Graph transactionId).
    std::optional<bool> idempotent;
    QString label; // for traces, e.g. "graph.createEvent"
    // An HTTP error status that is not retried (or no longer) is answered as a response with its body, not as
    // an Error: SOAP (EWS) puts its faults, ErrorServerBusy among them, into HTTP 500 answers.
    bool answerErrorStatuses = false;

    bool isIdempotent() const;
};

struct HttpResponse {
    int status = 0;
    HeaderList headers;
    QByteArray body;
    qint64 elapsedMs = 0; // from send() to the answer, waits included
    int attempts = 0;

    QByteArray header(const QByteArray &name) const; // first value, case-insensitive
};

// For on-premises servers with their own certificates. Verification always stays on: the extra CA is added to
// the system's, and a pin is checked in addition to (never instead of) normal verification.
struct TlsOptions {
    QString extraCaFile;  // PEM file with one or more CA (or self-signed server) certificates
    QString pinnedSha256; // hex SHA-256 of the server certificate (DER), colons and spaces allowed
};

// Sends HTTP requests with per-attempt timeouts, retries (RetryPolicy), a per-mailbox concurrency limit
// (MailboxLimiter) and one trace point (HttpTrace). Every callback runs exactly once, from the event loop,
// never inside send() or cancel(). Destroying the client aborts what is in flight without calling back.
class HttpClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)
public:
    using RequestId = quint64;
    using Callback = std::function<void(Result<HttpResponse>)>;
    // Redirects are followed only on the same origin (scheme, host and port), keeping the request's headers,
    // at most this many per attempt. A redirect anywhere else is not followed: the request fails with
    // ErrorKind::Invalid, serverCode "redirect", the 3xx status and the (redacted) target in the message, and
    // nothing is sent to the target. Credentials therefore never reach a server other than the configured
    // one.
    static constexpr int kMaxRedirects = 5;

    HttpClient(QNetworkAccessManager *network, Clock *clock, QObject *parent = nullptr);
    ~HttpClient() override;

    // Sent as User-Agent on every request that does not set its own (empty: Qt's default). Starts as
    // defaultUserAgent(): Microsoft asks clients to identify themselves for throttling and support.
    void setUserAgent(const QByteArray &userAgent) { m_userAgent = userAgent; }
    QByteArray userAgent() const { return m_userAgent; }
    static QByteArray defaultUserAgent(); // "CRM-Exchange-Sync/<version> (cxsync)"
    // The headers as they go on the wire: a header given several times (Prefer: two preferences) becomes one
    // line with the values joined by ", " ("; " for Cookie) in order, because QNetworkRequest keeps only the
    // last value of a name; User-Agent is added when `userAgent` is not empty and none is given.
    static HeaderList wireHeaders(const HeaderList &headers, const QByteArray &userAgent);

    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    RetryPolicy &retryPolicy() { return m_retry; }
    void setMailboxConcurrency(int perMailbox) { m_limiter.setLimit(perMailbox); }
    // Requests in flight under one concurrency key that is not an Exchange mailbox (the CRM server's).
    void setConcurrencyFor(const QString &key, int limit) { m_limiter.setLimitFor(key, limit); }
    // Connections to one server at most (at least 6). Qt opens at most 6 HTTP/1.1 connections per server and
    // network access manager, which caps a run over many mailboxes at 6 requests in flight per server (an
    // on-premises CRM or Exchange, or the sandboxes; HTTP/2 multiplexes anyway): above 6 the requests are spread
    // over ceil(n / 6) managers, created here like the given one (proxy, redirect policy, transfer timeout,
    // HSTS, the same cookie jar).
    void setConnectionsPerServer(int connections);
    int connectionsPerServer() const { return int(m_extraNetworks.size() + 1) * kQtConnectionsPerHost; }
    static constexpr int kQtConnectionsPerHost = 6;
    const MailboxLimiter &limiter() const { return m_limiter; }
    Status setTlsOptions(const TlsOptions &options);
    // Answers a server's HTTP authentication challenge (NTLM, Negotiate, Basic, through QAuthenticator) for
    // requests to `server`'s origin (scheme, host, port) with these credentials; "DOMAIN\\account" selects the
    // NT domain. Answered once per attempt: when the server asks again within the same attempt the credentials
    // were refused, and the request ends as ErrorKind::Auth (HTTP 401) instead of asking forever (Qt also
    // stops by itself when the same credentials are refused twice; this does not rely on it). The password
    // is kept in memory only and never traced. An empty user removes the credentials. A request that is not
    // idempotent goes to such an origin through a network access manager of its own (a connection that logs
    // on for it), so that Qt never resends its body except in that handshake (OneShotBody in the .cpp).
    void setCredentials(const QUrl &server, const QString &user, const QString &password);

    RequestId send(const HttpRequest &request, Callback callback);
    // The callback then receives ErrorKind::Cancelled. False when the request has already finished.
    bool cancel(RequestId id);
    int pendingCount() const { return static_cast<int>(m_calls.size()); }

    // The Error for an HTTP answer that is not a success (pure; also used by tests).
    static Error errorForResponse(int status, const QByteArray &body, const QUrl &url);
    // The server's own error code and message: Graph {"error":{"code","message"}}, Sage CRM
    // {"$diagnoses":[{"$sdataCode","$message"}]}, OAuth {"error":"invalid_client","error_description"}.
    static QString serverErrorCode(const QByteArray &body, QString *message = nullptr);
    static QString normalizedFingerprint(const QString &fingerprint);
    // An HTTP Date header (IMF-fixdate, also the obsolete RFC 850 and asctime forms) as UTC; invalid if
    // it is none of them.
    static QDateTime parseHttpDate(const QByteArray &value);

    // How far the server's clock is ahead of ours (seconds, negative = behind), from the Date header of the
    // newest answer from the server of `url` (host and port); nullopt until one came. Clock skew breaks
    // sign-in and delta windows.
    std::optional<qint64> serverClockSkewSecs(const QUrl &url) const;

Q_SIGNALS:
    void attemptStarted(quint64 requestId, int attempt);
    void retryScheduled(quint64 requestId, int failedAttempt, qint64 delayMs);

private:
    struct Call;
    void enqueue(RequestId id);
    void startAttempt(RequestId id);
    void onTimeout(RequestId id, int attempt);
    void onEncrypted(RequestId id, QNetworkReply *reply);
    void onRedirected(RequestId id, QNetworkReply *reply, const QUrl &target);
    void onFinished(RequestId id);
    void finish(RequestId id, Result<HttpResponse> result);
    void deliverLater(Callback callback, Result<HttpResponse> result);
    void onAuthenticationRequired(QNetworkReply *reply, class QAuthenticator *authenticator);
    void watchAuthentication(QNetworkAccessManager *network);

    QNetworkAccessManager *networkForAttempt();
    QNetworkAccessManager *networkLikeTheGiven(); // a child manager configured like m_network

    QPointer<QNetworkAccessManager> m_network;
    QList<QNetworkAccessManager *> m_extraNetworks; // children, see setConnectionsPerServer()
    quint32 m_nextNetwork = 0;
    Clock *m_clock;
    RetryPolicy m_retry;
    MailboxLimiter m_limiter;
    QSslConfiguration m_ssl;
    QString m_pin;
    QByteArray m_userAgent;
    QHash<QString, qint64> m_skewByHost;
    struct Credentials {
        QString user;
        QString password;
    };
    QHash<QString, Credentials> m_credentials; // by origin "scheme://host:port"
    RequestId m_nextId = 1;
    std::map<RequestId, std::unique_ptr<Call>> m_calls;
};

} // namespace cxsync::net
