// The HTTP layer (core/net): retries, Retry-After, backoff, timeouts, cancellation, the per-mailbox
// concurrency limit, error mapping and trace redaction, against an HttpSandbox on 127.0.0.1. Every wait runs
// on a FakeClock, so delays are measured exactly and no test sleeps through a backoff.
#include "CoreTestSupport.h"
#include "FakeClock.h"
#include "HttpSandbox.h"
#include "net/HttpClient.h"
#include "net/HttpTrace.h"
#include "net/MailboxLimiter.h"
#include "net/RetryPolicy.h"

#include <QAbstractEventDispatcher>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace cxsync;
using namespace cxsync::net;
using cxsync::sandbox::FaultKind;
using cxsync::sandbox::FaultRule;
using cxsync::sandbox::HttpSandbox;
using cxsync::sandbox::Reply;
using cxsync::sandbox::SandboxRequest;
using cxsync::testsupport::FakeClock;

namespace {

// What a send() callback received, and how often.
struct Answer {
    int calls = 0;
    std::optional<Result<HttpResponse>> result;
};

FaultRule faultRule(FaultKind kind, int times, const QString &retryAfter = {}, double seconds = 0)
{
    FaultRule rule;
    rule.path = QRegularExpression(QStringLiteral(".*"));
    rule.kind = kind;
    rule.times = times;
    rule.retryAfter = retryAfter;
    rule.seconds = seconds;
    return rule;
}

// A one-answer HTTPS server for the TLS rows: Qt 6.4 has no QSslServer, so a QTcpServer hands each
// connection to a QSslSocket with the certificate made by `openssl req` at test time.
class TlsTestServer final : public QTcpServer {
public:
    TlsTestServer(QSslCertificate certificate, QSslKey key)
        : m_certificate(std::move(certificate)), m_key(std::move(key))
    {
    }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QSslSocket::readyRead, socket, [socket, buffer] {
            buffer->append(socket->readAll());
            if (!buffer->contains("\r\n\r\n"))
                return;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                          "Connection: close\r\n\r\nok");
            socket->disconnectFromHost();
        });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace

class TstNet final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void happyPath_data();
    void happyPath();
    void retryAfterIsHonouredExactly_data();
    void retryAfterIsHonouredExactly();
    void backoffWithoutRetryAfter_data();
    void backoffWithoutRetryAfter();
    void backoffCeilingsGrowAndCap();
    void clientErrorsReturnAtOnce_data();
    void clientErrorsReturnAtOnce();
    void nonIdempotentRetries_data();
    void nonIdempotentRetries();
    void resetsExhaustAttempts();
    void stallTimesOut();
    void cancellation();
    void mailboxConcurrencyNeverExceedsFour();
    void batchWaitsForItsSlots();
    void connectionsPerServer_data();
    void connectionsPerServer();
    void retryAfterParsing_data();
    void retryAfterParsing();
    void errorMapping_data();
    void errorMapping();
    void redaction_data();
    void redaction();
    void redactsHeaders();
    void tlsOptionsAreValidated();
    void classification_data();
    void classification();
    void transientFaultsRecover_data();
    void transientFaultsRecover();
    void traceLogsRedactedTraffic();
    void invalidUrlIsRejectedLater();
    void systemClockCancelLeavesNoTimer();
    void tls_data();
    void tls();

private:
    std::shared_ptr<Answer> send(const HttpRequest &request);
    HttpRequest get(const QString &path) const;
    void setAttempts(int maxAttempts, qint64 baseMs = 1000, qint64 capMs = 60000,
                     RetryPolicy::Jitter jitter = RetryPolicy::Jitter::Full);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<HttpSandbox> m_server;
    std::unique_ptr<HttpClient> m_client;
};

void TstNet::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_clock = std::make_unique<FakeClock>();
    m_server = std::make_unique<HttpSandbox>();
    QVERIFY(m_server->listenLoopback());
    m_server->route(QStringLiteral("GET"), QStringLiteral("/hello"), [](const SandboxRequest &, Reply reply) {
        reply.json(200, QJsonObject{{QStringLiteral("greeting"), QStringLiteral("hello")}});
    });
    m_server->route(QStringLiteral("POST"), QStringLiteral("/echo"),
                    [](const SandboxRequest &request, Reply reply) {
                        reply.send(201, request.body, request.header("Content-Type"),
                                   {{"X-Method", request.method.toLatin1()}});
                    });
    m_server->route(QStringLiteral("GET"), QStringLiteral("/status/(\\d+)"),
                    [this](const SandboxRequest &request, Reply reply) {
                        m_server->sendError(reply, request.captures.at(0).toInt(), QStringLiteral("SomeCode"),
                                            QStringLiteral("No."));
                    });
    m_client = std::make_unique<HttpClient>(m_network.get(), m_clock.get());
}

void TstNet::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_network.reset();
    m_clock.reset();
}

std::shared_ptr<Answer> TstNet::send(const HttpRequest &request)
{
    auto answer = std::make_shared<Answer>();
    m_client->send(request, [answer](Result<HttpResponse> result) {
        ++answer->calls;
        answer->result.emplace(std::move(result));
    });
    return answer;
}

HttpRequest TstNet::get(const QString &path) const
{
    HttpRequest request;
    request.url = m_server->baseUrl().resolved(QUrl(path));
    request.label = QStringLiteral("test");
    return request;
}

void TstNet::setAttempts(int maxAttempts, qint64 baseMs, qint64 capMs, RetryPolicy::Jitter jitter)
{
    RetryPolicy::Options options;
    options.maxAttempts = maxAttempts;
    options.baseDelayMs = baseMs;
    options.maxDelayMs = capMs;
    options.jitter = jitter;
    m_client->setRetryPolicy(RetryPolicy(options, 42));
}

// ---- happy path ---------------------------------------------------------------------------------------

void TstNet::happyPath_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expectedBody");
    QTest::newRow("GET → 200 with the JSON body, one attempt")
        << QByteArray("GET") << QStringLiteral("/hello") << QByteArray() << 200
        << QByteArray(R"({"greeting":"hello"})");
    QTest::newRow("POST → 201, the server saw the body")
        << QByteArray("POST") << QStringLiteral("/echo") << QByteArray(R"({"subject":"Meeting"})") << 201
        << QByteArray(R"({"subject":"Meeting"})");
}

void TstNet::happyPath()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, expectedBody);

    HttpRequest request = get(path);
    request.method = method;
    request.body = body;
    request.headers = {{"Content-Type", "application/json"}};
    const auto answer = send(request);
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY2(answer->result->ok(), qPrintable(testsupport::messageOf(*answer->result)));
    const HttpResponse &response = answer->result->value();
    QCOMPARE(response.status, status);
    QCOMPARE(response.body, expectedBody);
    QCOMPARE(response.attempts, 1);
    QVERIFY(response.header("content-type").startsWith("application/json"));
    QCOMPARE(m_client->pendingCount(), 0);
}

// ---- retries ------------------------------------------------------------------------------------------

void TstNet::retryAfterIsHonouredExactly_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("retryAfter");
    QTest::addColumn<qint64>("expectedDelay");
    QTest::newRow("429 Retry-After 2 → retried after exactly 2000 ms, then 200")
        << int(FaultKind::TooManyRequests) << QStringLiteral("2") << qint64(2000);
    QTest::newRow("429 Retry-After 1.5 → retried after exactly 1500 ms, then 200")
        << int(FaultKind::TooManyRequests) << QStringLiteral("1.5") << qint64(1500);
    QTest::newRow("503 Retry-After 3 → retried after exactly 3000 ms, then 200")
        << int(FaultKind::ServiceUnavailable) << QStringLiteral("3") << qint64(3000);
}

void TstNet::retryAfterIsHonouredExactly()
{
    QFETCH(int, fault);
    QFETCH(QString, retryAfter);
    QFETCH(qint64, expectedDelay);

    m_server->faultPlan().addRule(faultRule(FaultKind(fault), 1, retryAfter));
    QSignalSpy started(m_client.get(), &HttpClient::attemptStarted);
    QSignalSpy retries(m_client.get(), &HttpClient::retryScheduled);
    const auto answer = send(get(QStringLiteral("/hello")));

    QTRY_COMPARE(retries.count(), 1);
    QCOMPARE(retries.at(0).at(2).toLongLong(), expectedDelay);
    m_clock->advance(expectedDelay - 1);
    QCOMPARE(started.count(), 1); // not a millisecond early
    m_clock->advance(1);
    QCOMPARE(started.count(), 2);
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY2(answer->result->ok(), qPrintable(testsupport::messageOf(*answer->result)));
    QCOMPARE(answer->result->value().status, 200);
    QCOMPARE(answer->result->value().attempts, 2);
    QCOMPARE(answer->result->value().elapsedMs, expectedDelay);
    QCOMPARE(m_server->requestCount(), 2);
}

void TstNet::backoffWithoutRetryAfter_data()
{
    QTest::addColumn<int>("jitter");
    QTest::newRow("full jitter: four 503s wait within [0, min(4 s, 1 s·2^(n-1))], fifth attempt succeeds")
        << int(RetryPolicy::Jitter::Full);
    QTest::newRow("decorrelated jitter: four 503s wait within [1 s, min(4 s, 3·previous)], fifth succeeds")
        << int(RetryPolicy::Jitter::Decorrelated);
}

void TstNet::backoffWithoutRetryAfter()
{
    QFETCH(int, jitter);
    const qint64 base = 1000;
    const qint64 cap = 4000;
    setAttempts(5, base, cap, RetryPolicy::Jitter(jitter));
    m_server->faultPlan().addRule(faultRule(FaultKind::ServiceUnavailable, 4));
    QSignalSpy retries(m_client.get(), &HttpClient::retryScheduled);
    const auto answer = send(get(QStringLiteral("/hello")));

    qint64 previous = 0;
    qint64 total = 0;
    QList<qint64> delays;
    for (int n = 1; n <= 4; ++n) {
        QTRY_COMPARE(retries.count(), n);
        const qint64 delay = retries.at(n - 1).at(2).toLongLong();
        if (RetryPolicy::Jitter(jitter) == RetryPolicy::Jitter::Full) {
            QVERIFY2(delay >= 0 && delay <= std::min(cap, base << (n - 1)),
                     qPrintable(QString::number(delay)));
        } else {
            QVERIFY2(delay >= base && delay <= std::min(cap, std::max(base, previous) * 3),
                     qPrintable(QString::number(delay)));
        }
        delays.append(delay);
        previous = delay;
        total += delay;
        m_clock->advance(delay);
    }
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY2(answer->result->ok(), qPrintable(testsupport::messageOf(*answer->result)));
    QCOMPARE(answer->result->value().attempts, 5);
    QCOMPARE(answer->result->value().elapsedMs, total);
    QVERIFY2(std::adjacent_find(delays.begin(), delays.end(), std::not_equal_to<>()) != delays.end(),
             "jitter should vary the delays");
}

void TstNet::backoffCeilingsGrowAndCap()
{
    // With the random draw at its maximum, full jitter's ceilings show: 1, 2, 4, 8, 16, 32, 60, 60 s.
    RetryPolicy policy;
    policy.setRandomSource([] { return 1.0; });
    QList<qint64> ceilings;
    for (int attempt = 1; attempt <= 8; ++attempt)
        ceilings.append(policy.backoffMs(attempt, 0));
    QCOMPARE(ceilings, (QList<qint64>{1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000}));
    // At its minimum, decorrelated jitter never goes below the base.
    RetryPolicy::Options options;
    options.jitter = RetryPolicy::Jitter::Decorrelated;
    RetryPolicy decorrelated(options);
    decorrelated.setRandomSource([] { return 0.0; });
    QCOMPARE(decorrelated.backoffMs(3, 5000), qint64(1000));
    decorrelated.setRandomSource([] { return 1.0; });
    QCOMPARE(decorrelated.backoffMs(3, 5000), qint64(15000));
    QCOMPARE(decorrelated.backoffMs(3, 50000), qint64(60000));
}

void TstNet::clientErrorsReturnAtOnce_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("404 → NotFound, no retry") << 404 << ErrorKind::NotFound;
    QTest::newRow("400 → Invalid, no retry") << 400 << ErrorKind::Invalid;
    QTest::newRow("401 → Auth, no retry") << 401 << ErrorKind::Auth;
    QTest::newRow("500 → Network, not retried (only 429/503/504 are transient)") << 500 << ErrorKind::Network;
}

void TstNet::clientErrorsReturnAtOnce()
{
    QFETCH(int, status);
    QFETCH(ErrorKind, kind);
    QSignalSpy retries(m_client.get(), &HttpClient::retryScheduled);
    const auto answer = send(get(QStringLiteral("/status/%1").arg(status)));
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY(!answer->result->ok());
    const Error &error = answer->result->error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.serverCode, QStringLiteral("SomeCode"));
    QVERIFY2(error.message.contains(QString::number(status)), qPrintable(error.message));
    QCOMPARE(retries.count(), 0);
    QCOMPARE(m_server->requestCount(), 1);
}

void TstNet::nonIdempotentRetries_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("idempotencyKey");
    QTest::addColumn<int>("expectedRequests");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("POST without key, 429 (answered before processing) → retried")
        << int(FaultKind::TooManyRequests) << false << 2 << true;
    QTest::newRow("POST without key, 503 → retried")
        << int(FaultKind::ServiceUnavailable) << false << 2 << true;
    QTest::newRow("POST without key, 504 (may have been processed) → not retried")
        << int(FaultKind::GatewayTimeout) << false << 1 << false;
    QTest::newRow("POST without key, resets (may have been processed) → not retried by us")
        << int(FaultKind::ConnectionReset) << false << 0 << false;
    QTest::newRow("POST with an idempotency key, 504 → retried")
        << int(FaultKind::GatewayTimeout) << true << 2 << true;
}

void TstNet::nonIdempotentRetries()
{
    QFETCH(int, fault);
    QFETCH(bool, idempotencyKey);
    QFETCH(int, expectedRequests);
    QFETCH(bool, succeeds);

    // Resets on every attempt: Qt's HTTP layer itself re-sends once when a connection closes before any byte
    // of the answer (a keep-alive race), which this layer cannot switch off; so count our retries there.
    const bool reset = FaultKind(fault) == FaultKind::ConnectionReset;
    m_server->faultPlan().addRule(faultRule(FaultKind(fault), reset ? -1 : 1, QStringLiteral("1")));
    QSignalSpy retries(m_client.get(), &HttpClient::retryScheduled);
    HttpRequest request = get(QStringLiteral("/echo"));
    request.method = "POST";
    request.body = "{}";
    if (idempotencyKey)
        request.idempotent = true;
    const auto answer = send(request);
    if (expectedRequests > 1) {
        QTRY_COMPARE(retries.count(), 1);
        m_clock->advance(retries.at(0).at(2).toLongLong());
    }
    QTRY_COMPARE(answer->calls, 1);
    QCOMPARE(answer->result->ok(), succeeds);
    if (expectedRequests == 0)
        QCOMPARE(retries.count(), 0);
    else
        QCOMPARE(m_server->requestCount(), expectedRequests);
}

void TstNet::resetsExhaustAttempts()
{
    m_server->faultPlan().addRule(faultRule(FaultKind::ConnectionReset, -1));
    QSignalSpy retries(m_client.get(), &HttpClient::retryScheduled);
    const auto answer = send(get(QStringLiteral("/hello")));
    for (int n = 1; n <= 4; ++n) {
        QTRY_COMPARE(retries.count(), n);
        m_clock->advance(retries.at(n - 1).at(2).toLongLong());
    }
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY(!answer->result->ok());
    QCOMPARE(answer->result->error().kind, ErrorKind::Network);
    QVERIFY2(answer->result->error().message.contains(QStringLiteral("5 attempts")),
             qPrintable(answer->result->error().message));
    QCOMPARE(retries.count(), 4);
    QVERIFY(m_server->requestCount() >= 5); // Qt may re-send once per attempt on its own (see above)
}

void TstNet::stallTimesOut()
{
    setAttempts(1);
    m_server->faultPlan().addRule(faultRule(FaultKind::Stall, -1, {}, 60));
    HttpRequest request = get(QStringLiteral("/hello"));
    request.timeoutMs = 5000;
    const auto answer = send(request);
    QTRY_COMPARE(m_server->requestCount(), 1); // the server holds it
    m_clock->advance(4999);
    QCOMPARE(answer->calls, 0);
    m_clock->advance(1);
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY(!answer->result->ok());
    const Error &error = answer->result->error();
    QCOMPARE(error.kind, ErrorKind::Network);
    QVERIFY2(error.message.contains(QStringLiteral("5000 ms")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("127.0.0.1")), qPrintable(error.message));
}

void TstNet::cancellation()
{
    m_server->faultPlan().addRule(faultRule(FaultKind::Stall, -1, {}, 60));
    HttpRequest request = get(QStringLiteral("/hello"));
    request.mailbox = QStringLiteral("anna@example.com");
    request.slots = 4;
    QList<std::shared_ptr<Answer>> answers;
    QList<HttpClient::RequestId> ids;
    for (int i = 0; i < 2; ++i) {
        auto answer = std::make_shared<Answer>();
        ids.append(m_client->send(request, [answer](Result<HttpResponse> result) {
            ++answer->calls;
            answer->result.emplace(std::move(result));
        }));
        answers.append(answer);
    }
    QTRY_COMPARE(m_server->requestCount(), 1); // the first is in flight, the second waits for the mailbox
    QCOMPARE(m_client->limiter().queued(request.mailbox), 1);

    QVERIFY(m_client->cancel(ids.at(1))); // waiting
    QVERIFY(m_client->cancel(ids.at(0))); // in flight
    QVERIFY(!m_client->cancel(ids.at(0)));
    QCOMPARE(answers.at(0)->calls, 0); // never inside cancel()
    QTRY_COMPARE(answers.at(0)->calls, 1);
    QTRY_COMPARE(answers.at(1)->calls, 1);
    for (const auto &answer : answers) {
        QVERIFY(!answer->result->ok());
        QCOMPARE(answer->result->error().kind, ErrorKind::Cancelled);
    }
    QCOMPARE(m_client->limiter().inFlight(request.mailbox), 0);
    QCOMPARE(m_client->limiter().queued(request.mailbox), 0);
    QTest::qWait(50);
    QCOMPARE(answers.at(0)->calls, 1);     // exactly once
    QCOMPARE(m_server->requestCount(), 1); // the waiting one never went out
}

// ---- mailbox concurrency ------------------------------------------------------------------------------

void TstNet::mailboxConcurrencyNeverExceedsFour()
{
    int inFlight = 0;
    int peak = 0;
    m_server->route(QStringLiteral("GET"), QStringLiteral("/slow"), [&](const SandboxRequest &, Reply reply) {
        peak = std::max(peak, ++inFlight);
        QTimer::singleShot(60, m_server.get(), [&inFlight, reply] {
            --inFlight;
            reply.json(200, QJsonObject{});
        });
    });
    QList<std::shared_ptr<Answer>> answers;
    for (int i = 0; i < 10; ++i) {
        HttpRequest request = get(QStringLiteral("/slow"));
        request.mailbox = QStringLiteral("anna@example.com");
        answers.append(send(request));
    }
    QCOMPARE(m_client->limiter().inFlight(QStringLiteral("anna@example.com")), 4);
    QCOMPARE(m_client->limiter().queued(QStringLiteral("anna@example.com")), 6);
    for (const auto &answer : answers) {
        QTRY_COMPARE(answer->calls, 1);
        QVERIFY(answer->result->ok());
    }
    QCOMPARE(peak, 4);
    QCOMPARE(m_server->requestCount(), 10);
}

// Qt keeps 6 HTTP/1.1 connections per server and access manager: a run over many mailboxes would wait behind
// them. setConnectionsPerServer spreads requests over more managers; a key other than a mailbox (the CRM) takes
// its own limit.
void TstNet::connectionsPerServer_data()
{
    QTest::addColumn<int>("connections");
    QTest::addColumn<int>("crmLimit");
    QTest::addColumn<int>("expectedPeak");
    QTest::newRow("Qt's default: 6") << 6 << 16 << 6;
    QTest::newRow("24 connections, CRM limit 16") << 24 << 16 << 16;
    QTest::newRow("24 connections, CRM limit 40") << 24 << 40 << 24;
    QTest::newRow("CRM at the mailbox limit") << 24 << 0 << 4;
}

void TstNet::connectionsPerServer()
{
    QFETCH(int, connections);
    QFETCH(int, crmLimit);
    QFETCH(int, expectedPeak);
    int inFlight = 0;
    int peak = 0;
    m_server->route(QStringLiteral("GET"), QStringLiteral("/slow"), [&](const SandboxRequest &, Reply reply) {
        peak = std::max(peak, ++inFlight);
        QTimer::singleShot(150, m_server.get(), [&inFlight, reply] {
            --inFlight;
            reply.json(200, QJsonObject{});
        });
    });
    m_client->setConnectionsPerServer(connections);
    QCOMPARE(m_client->connectionsPerServer(), std::max(6, (connections + 5) / 6 * 6));
    m_client->setConcurrencyFor(QStringLiteral("crm"), crmLimit);
    QList<std::shared_ptr<Answer>> answers;
    for (int i = 0; i < 48; ++i) {
        HttpRequest request = get(QStringLiteral("/slow"));
        request.mailbox = QStringLiteral("crm");
        answers.append(send(request));
    }
    for (const auto &answer : answers) {
        QTRY_COMPARE_WITH_TIMEOUT(answer->calls, 1, 20000);
        QVERIFY(answer->result->ok());
    }
    QCOMPARE(peak, expectedPeak);
    QCOMPARE(m_server->requestCount(), 48);
}

void TstNet::batchWaitsForItsSlots()
{
    const QString mailbox = QStringLiteral("anna@example.com");
    QList<Reply> held;
    QStringList arrived;
    m_server->route(QStringLiteral("GET"), QStringLiteral("/held/(\\w+)"),
                    [&](const SandboxRequest &r, Reply reply) {
                        arrived.append(r.captures.at(0));
                        held.append(reply);
                    });
    auto request = [&](const QString &name, int slots) {
        HttpRequest r = get(QStringLiteral("/held/") + name);
        r.mailbox = mailbox;
        r.slots = slots;
        return send(r);
    };
    const auto one = request(QStringLiteral("one"), 1);
    const auto two = request(QStringLiteral("two"), 1);
    const auto batch = request(QStringLiteral("batch"), 3);
    const auto single = request(QStringLiteral("later"), 1); // FIFO: does not overtake the batch
    QTRY_COMPARE(arrived.size(), 2);
    QCOMPARE(m_client->limiter().inFlight(mailbox), 2);
    QCOMPARE(m_client->limiter().queued(mailbox), 2);

    held.takeFirst().json(200, QJsonObject{});
    QTRY_COMPARE(one->calls, 1);
    QTRY_COMPARE(arrived.size(), 3);
    QCOMPARE(arrived.at(2), QStringLiteral("batch"));
    QCOMPARE(m_client->limiter().inFlight(mailbox), 4);
    QCOMPARE(m_client->limiter().queued(mailbox), 1);

    while (!held.isEmpty() || arrived.size() < 4) {
        if (!held.isEmpty())
            held.takeFirst().json(200, QJsonObject{});
        QTest::qWait(10);
    }
    QTRY_COMPARE(single->calls, 1);
    QTRY_COMPARE(batch->calls, 1);
    QTRY_COMPARE(two->calls, 1);
    QCOMPARE(arrived.last(), QStringLiteral("later"));
    QCOMPARE(m_client->limiter().inFlight(mailbox), 0);
}

// ---- pure functions -----------------------------------------------------------------------------------

void TstNet::retryAfterParsing_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: not usable
    QTest::newRow("\"2\" → 2000 ms") << QByteArray("2") << qint64(2000);
    QTest::newRow("\"1.5\" → 1500 ms") << QByteArray("1.5") << qint64(1500);
    QTest::newRow("\"2.128\" (Graph) → 2128 ms") << QByteArray("2.128") << qint64(2128);
    QTest::newRow("HTTP-date 90 s ahead → 90000 ms")
        << QByteArray("Mon, 05 Jan 2026 09:01:30 GMT") << qint64(90000);
    QTest::newRow("HTTP-date in the past → 0") << QByteArray("Mon, 05 Jan 2026 08:00:00 GMT") << qint64(0);
    QTest::newRow("garbage → ignored, backoff instead") << QByteArray("soon") << qint64(-1);
    QTest::newRow("negative → ignored") << QByteArray("-3") << qint64(-1);
    QTest::newRow("empty → ignored") << QByteArray() << qint64(-1);
}

void TstNet::retryAfterParsing()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    const auto parsed = RetryPolicy::parseRetryAfter(value, FakeClock().nowUtc());
    QCOMPARE(parsed.value_or(-1), expected);
}

void TstNet::errorMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("serverCode");
    const QByteArray graph412 =
        R"({"error":{"code":"ErrorIrresolvableConflict","message":"The send or update )"
        R"(operation could not be performed because the change key passed in the request )"
        R"(does not match the current change key for the item."}})";
    QTest::newRow("Graph 401 InvalidAuthenticationToken → Auth")
        << 401 << QByteArray(R"({"error":{"code":"InvalidAuthenticationToken","message":"Token expired"}})")
        << ErrorKind::Auth << QStringLiteral("InvalidAuthenticationToken");
    QTest::newRow("Graph 403 ErrorAccessDenied → Permission")
        << 403 << QByteArray(R"({"error":{"code":"ErrorAccessDenied","message":"Access is denied."}})")
        << ErrorKind::Permission << QStringLiteral("ErrorAccessDenied");
    QTest::newRow("Graph 404 ErrorItemNotFound → NotFound")
        << 404 << QByteArray(R"({"error":{"code":"ErrorItemNotFound","message":"Not found."}})")
        << ErrorKind::NotFound << QStringLiteral("ErrorItemNotFound");
    QTest::newRow("Graph 410 SyncStateNotFound → NotFound (resync)")
        << 410 << QByteArray(R"({"error":{"code":"SyncStateNotFound","message":"gone"}})")
        << ErrorKind::NotFound << QStringLiteral("SyncStateNotFound");
    QTest::newRow("Graph 409 → Conflict") << 409 << QByteArray(R"({"error":{"code":"ErrorConflict"}})")
                                          << ErrorKind::Conflict << QStringLiteral("ErrorConflict");
    QTest::newRow("Graph 412 ErrorIrresolvableConflict → Conflict")
        << 412 << graph412 << ErrorKind::Conflict << QStringLiteral("ErrorIrresolvableConflict");
    QTest::newRow("Graph 429 ApplicationThrottled → Throttled")
        << 429 << QByteArray(R"({"error":{"code":"ApplicationThrottled","message":"MailboxConcurrency"}})")
        << ErrorKind::Throttled << QStringLiteral("ApplicationThrottled");
    QTest::newRow("Graph 503 serviceNotAvailable → Network")
        << 503 << QByteArray(R"({"error":{"code":"serviceNotAvailable"}})") << ErrorKind::Network
        << QStringLiteral("serviceNotAvailable");
    QTest::newRow("Sage 400 $diagnoses BadWhereSyntax → Invalid")
        << 400
        << QByteArray(
               R"({"$diagnoses":[{"$severity":"error","$sdataCode":"BadWhereSyntax","$message":"Syntax error"}]})")
        << ErrorKind::Invalid << QStringLiteral("BadWhereSyntax");
    QTest::newRow("Sage 401 $diagnoses → Auth")
        << 401
        << QByteArray(R"({"$diagnoses":[{"$sdataCode":"AuthenticationFailed","$message":"Logon failed"}]})")
        << ErrorKind::Auth << QStringLiteral("AuthenticationFailed");
    QTest::newRow("OAuth 400 invalid_client → Invalid, code kept")
        << 400 << QByteArray(R"({"error":"invalid_client","error_description":"AADSTS7000215"})")
        << ErrorKind::Invalid << QStringLiteral("invalid_client");
    QTest::newRow("HTML 502 from a proxy → Network, no code")
        << 502 << QByteArray("<html>Bad Gateway</html>") << ErrorKind::Network << QString();
    QTest::newRow("415 → Invalid") << 415 << QByteArray() << ErrorKind::Invalid << QString();
}

void TstNet::errorMapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, serverCode);
    const Error error = HttpClient::errorForResponse(
        status, body, QUrl(QStringLiteral("https://graph.microsoft.com/v1.0/x")));
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.serverCode, serverCode);
    QVERIFY2(error.message.contains(QStringLiteral("graph.microsoft.com")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QString::number(status)), qPrintable(error.message));
    if (!serverCode.isEmpty())
        QVERIFY2(error.message.contains(serverCode), qPrintable(error.message));
}

void TstNet::redaction_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("kept");
    QTest::newRow("Authorization header line")
        << QByteArray("GET /x\r\nAuthorization: Bearer eyJ0eXAi.abc.def\r\n") << QByteArray("eyJ0eXAi")
        << QByteArray("GET /x");
    QTest::newRow("Basic credentials anywhere") << QByteArray("sent Basic dXNlcjpwYXNzd29yZA== to crm")
                                                << QByteArray("dXNlcjpwYXNzd29yZA") << QByteArray("to crm");
    QTest::newRow("Cookie header") << QByteArray("Cookie: ASP.NET_SessionId=s3cr3t\nAccept: */*")
                                   << QByteArray("s3cr3t") << QByteArray("Accept: */*");
    QTest::newRow("Set-Cookie header") << QByteArray("Set-Cookie: SID=abcdef; HttpOnly\nX-Id: 7")
                                       << QByteArray("abcdef") << QByteArray("X-Id: 7");
    QTest::newRow("client_secret in a form body")
        << QByteArray("grant_type=client_credentials&client_id=app-1&client_secret=Sup3r~S3cret&scope=x")
        << QByteArray("Sup3r~S3cret") << QByteArray("client_id=app-1");
    QTest::newRow("client_assertion in a form body")
        << QByteArray("client_assertion_type=jwt-bearer&client_assertion=eyJhbGciOi.x.y")
        << QByteArray("eyJhbGciOi") << QByteArray("client_assertion_type=jwt-bearer");
    QTest::newRow("password in JSON") << QByteArray(R"({"username":"admin","password":"pa\"ss w0rd"})")
                                      << QByteArray("w0rd") << QByteArray(R"("username":"admin")");
    QTest::newRow("access_token and refresh_token in a token response")
        << QByteArray(
               R"({"token_type":"Bearer","access_token":"AT-123","refresh_token":"RT-456","expires_in":3599})")
        << QByteArray("AT-123") << QByteArray(R"("expires_in":3599)");
    QTest::newRow("refresh_token in the same response")
        << QByteArray(R"({"refresh_token" : "RT-456"})") << QByteArray("RT-456")
        << QByteArray("refresh_token");
    QTest::newRow("clientState in a subscription body")
        << QByteArray(R"({"changeType":"updated","clientState":"secretClientValue"})")
        << QByteArray("secretClientValue") << QByteArray(R"("changeType":"updated")");
    QTest::newRow("?code= in a redirect URL") << QByteArray("https://localhost/cb?code=M.R3_BAY.abc&state=42")
                                              << QByteArray("M.R3_BAY") << QByteArray("state=42");
    QTest::newRow("sig= in a SAS URL")
        << QByteArray("https://x.blob.core.windows.net/c?sv=2020&sig=AbC%2Bdef") << QByteArray("AbC%2Bdef")
        << QByteArray("sv=2020");
    QTest::newRow("Graph error code stays (not an OAuth code)")
        << QByteArray(R"({"error":{"code":"ErrorItemNotFound"}, "errorcode=5"})") << QByteArray("\"***\"")
        << QByteArray("ErrorItemNotFound");
}

void TstNet::redaction()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, kept);
    const QByteArray redacted = HttpTrace::redact(text);
    QVERIFY2(!redacted.contains(secret), redacted.constData());
    QVERIFY2(redacted.contains(kept), redacted.constData());
    if (secret != "\"***\"")
        QVERIFY2(redacted.contains("***"), redacted.constData());
    QVERIFY2(redacted.contains("errorcode=5") || !text.contains("errorcode=5"), redacted.constData());
}

void TstNet::redactsHeaders()
{
    const HeaderList headers = HttpTrace::redactHeaders(
        {{"Authorization", "Bearer abc"}, {"cookie", "a=b"}, {"Content-Type", "application/json"}});
    QCOMPARE(headers.at(0).second, QByteArray("***"));
    QCOMPARE(headers.at(1).second, QByteArray("***"));
    QCOMPARE(headers.at(2).second, QByteArray("application/json"));
    QCOMPARE(HttpTrace::redactUrl(QUrl(QStringLiteral("https://user:pw@host/cb?code=xyz&state=1"))),
             QStringLiteral("https://user@host/cb?code=***&state=1"));
}

void TstNet::tlsOptionsAreValidated()
{
    TlsOptions options;
    options.pinnedSha256 = QStringLiteral("AB:CD");
    const Status shortPin = m_client->setTlsOptions(options);
    QVERIFY(!shortPin.ok());
    QCOMPARE(shortPin.error().field, QStringLiteral("pinnedSha256"));
    options.pinnedSha256 = QString(QStringLiteral("AB:")).repeated(31) + QStringLiteral("AB");
    QVERIFY(m_client->setTlsOptions(options).ok());
    options.extraCaFile = QStringLiteral("/nonexistent/ca.pem");
    const Status missingCa = m_client->setTlsOptions(options);
    QVERIFY(!missingCa.ok());
    QCOMPARE(missingCa.error().field, QStringLiteral("extraCaFile"));
}

void TstNet::classification_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("networkError");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<bool>("retry");
    using E = QNetworkReply::NetworkError;
    QTest::newRow("GET 429 → retry") << 429 << int(E::NoError) << false << true << QByteArray() << true;
    QTest::newRow("GET 503 → retry") << 503 << int(E::NoError) << false << true << QByteArray() << true;
    QTest::newRow("GET 504 → retry") << 504 << int(E::NoError) << false << true << QByteArray() << true;
    QTest::newRow("GET 500 → no retry") << 500 << int(E::NoError) << false << true << QByteArray() << false;
    QTest::newRow("GET 412 → no retry") << 412 << int(E::NoError) << false << true << QByteArray() << false;
    QTest::newRow("GET connection refused → retry")
        << 0 << int(E::ConnectionRefusedError) << false << true << QByteArray() << true;
    QTest::newRow("GET remote closed → retry")
        << 0 << int(E::RemoteHostClosedError) << false << true << QByteArray() << true;
    QTest::newRow("GET our timeout → retry")
        << 0 << int(E::OperationCanceledError) << true << true << QByteArray() << true;
    QTest::newRow("GET host not found → no retry (a mistyped server name)")
        << 0 << int(E::HostNotFoundError) << false << true << QByteArray() << false;
    QTest::newRow("GET TLS handshake failure → no retry")
        << 0 << int(E::SslHandshakeFailedError) << false << true << QByteArray() << false;
    QTest::newRow("POST connection refused (nothing sent) → retry")
        << 0 << int(E::ConnectionRefusedError) << false << false << QByteArray() << true;
    QTest::newRow("POST timeout (may have been processed) → no retry")
        << 0 << int(E::OperationCanceledError) << true << false << QByteArray() << false;
    QTest::newRow("GET 429 Retry-After beyond the 5-minute limit → fail as throttled, no parking")
        << 429 << int(E::NoError) << false << true << QByteArray("3600") << false;
}

void TstNet::classification()
{
    QFETCH(int, status);
    QFETCH(int, networkError);
    QFETCH(bool, timedOut);
    QFETCH(bool, idempotent);
    QFETCH(QByteArray, retryAfter);
    QFETCH(bool, retry);
    AttemptOutcome outcome;
    outcome.httpStatus = status;
    outcome.networkError = QNetworkReply::NetworkError(networkError);
    outcome.timedOut = timedOut;
    outcome.idempotent = idempotent;
    outcome.retryAfter = retryAfter;
    RetryPolicy policy;
    QCOMPARE(policy.decide(outcome, 1, 0, FakeClock().nowUtc()).retry, retry);
    QVERIFY(!policy.decide(outcome, policy.options().maxAttempts, 0, FakeClock().nowUtc()).retry);
}

void TstNet::transientFaultsRecover_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("GET 504 once → retried, 200") << int(FaultKind::GatewayTimeout);
    QTest::newRow("GET truncated body once → retried, 200 with the whole body")
        << int(FaultKind::TruncatedBody);
}

void TstNet::transientFaultsRecover()
{
    QFETCH(int, fault);
    m_server->faultPlan().addRule(faultRule(FaultKind(fault), 1));
    QSignalSpy retries(m_client.get(), &HttpClient::retryScheduled);
    const auto answer = send(get(QStringLiteral("/hello")));
    QTRY_COMPARE(retries.count(), 1);
    m_clock->advance(retries.at(0).at(2).toLongLong());
    QTRY_COMPARE(answer->calls, 1);
    QVERIFY2(answer->result->ok(), qPrintable(testsupport::messageOf(*answer->result)));
    QCOMPARE(answer->result->value().body, QByteArray(R"({"greeting":"hello"})"));
    QCOMPARE(answer->result->value().attempts, 2);
}

namespace {
QStringList *g_traceLines = nullptr;
QtMessageHandler g_previousHandler = nullptr;
void captureTrace(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_traceLines && qstrcmp(context.category, "cxsync.net.trace") == 0)
        g_traceLines->append(message);
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}
} // namespace

void TstNet::traceLogsRedactedTraffic()
{
    QStringList lines;
    g_traceLines = &lines;
    g_previousHandler = qInstallMessageHandler(captureTrace);
    HttpTrace::setEnabled(true);
    HttpRequest request = get(QStringLiteral("/echo?code=AUTHCODE1&state=7"));
    request.method = "POST";
    request.headers = {{"Authorization", "Bearer TOKEN-XYZ"},
                       {"Content-Type", "application/x-www-form-urlencoded"}};
    request.body = "grant_type=client_credentials&client_secret=SECRET-ABC&scope=https%3A%2F%2Fgraph";
    request.label = QStringLiteral("oauth.token");
    const auto answer = send(request);
    QTRY_COMPARE(answer->calls, 1);
    HttpTrace::setEnabled(false);
    qInstallMessageHandler(g_previousHandler);
    g_traceLines = nullptr;

    QCOMPARE(lines.size(), 2); // the request and the answer (which echoes the body back)
    const QString all = lines.join(QLatin1Char('\n'));
    for (const char *secret : {"TOKEN-XYZ", "SECRET-ABC", "AUTHCODE1"})
        QVERIFY2(!all.contains(QLatin1String(secret)), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("POST")) && all.contains(QStringLiteral("201")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("oauth.token")) && all.contains(QStringLiteral("state=7")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("grant_type=client_credentials")), qPrintable(all));
    QVERIFY(!HttpTrace::isEnabled());
}

// SystemClock::schedule (issue 20): a call cancelled by destroying its context leaves no timer behind. With
// QTimer::singleShot, Qt 6.4 kept each timer registered until its delay was over: every HTTP attempt's 30 s
// timeout outlived its answer, and a sync run writing a few hundred items a second held ~10 MB of them. A call
// that is not cancelled runs once, and its callback may destroy its own context.
void TstNet::systemClockCancelLeavesNoTimer()
{
    cxsync::SystemClock clock;
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance();
    QVERIFY(dispatcher);
    const qsizetype before = dispatcher->children().size();
    int ran = 0;
    for (int i = 0; i < 100; ++i) {
        QObject context;
        clock.schedule(30000, &context, [&ran] { ++ran; });
    }
    QCOMPARE(dispatcher->children().size(), before);
    auto *context = new QObject;
    QPointer<QObject> watch(context);
    clock.schedule(1, context, [&ran, context] {
        ++ran;
        delete context;
    });
    QTRY_COMPARE(ran, 1);
    QVERIFY(watch.isNull());
    QTest::qWait(20);
    QCOMPARE(ran, 1);
    QCOMPARE(dispatcher->children().size(), before);
}

void TstNet::invalidUrlIsRejectedLater()
{
    HttpRequest request;
    request.url = QUrl(QStringLiteral("ftp://example.com/x"));
    const auto answer = send(request);
    QCOMPARE(answer->calls, 0); // never inside send()
    QTRY_COMPARE(answer->calls, 1);
    QCOMPARE(answer->result->error().kind, ErrorKind::Invalid);
}

void TstNet::tls_data()
{
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<QString>("pin"); // "match": the server's own fingerprint
    QTest::addColumn<QString>("expectedProblem");
    QTest::newRow("self-signed on-prem server, no extra CA → refused, names the certificate problem")
        << false << QString() << QStringLiteral("self-signed");
    QTest::newRow("extra CA file trusts the server → 200") << true << QString() << QString();
    QTest::newRow("trusted, but the pinned fingerprint is another certificate's → refused")
        << true << QString(64, QLatin1Char('0')) << QStringLiteral("pinned fingerprint");
    QTest::newRow("untrusted even with the matching pin → refused (a pin never replaces verification)")
        << false << QStringLiteral("match") << QStringLiteral("self-signed");
    QTest::newRow("trusted and the matching pin → 200") << true << QStringLiteral("match") << QString();
}

void TstNet::tls()
{
    QFETCH(bool, trustCa);
    QFETCH(QString, pin);
    QFETCH(QString, expectedProblem);
    if (!QSslSocket::supportsSsl())
        QSKIP("No TLS backend");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), keyPath,
                   QStringLiteral("-out"), certPath, QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
        QSKIP("openssl could not make a test certificate");
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPath);
    QCOMPARE(certificates.size(), 1);
    QFile keyFile(keyPath);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QSslKey key(&keyFile, QSsl::Rsa);
    QVERIFY(!key.isNull());

    TlsTestServer server(certificates.first(), key);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    TlsOptions options;
    if (trustCa)
        options.extraCaFile = certPath;
    options.pinnedSha256 =
        pin == QLatin1String("match")
            ? QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex(':'))
            : pin;
    QVERIFY(m_client->setTlsOptions(options).ok());

    HttpRequest request;
    request.url = QUrl(QStringLiteral("https://127.0.0.1:%1/ews").arg(server.serverPort()));
    const auto answer = send(request);
    QTRY_COMPARE_WITH_TIMEOUT(answer->calls, 1, 20000);
    if (expectedProblem.isEmpty()) {
        QVERIFY2(answer->result->ok(), qPrintable(testsupport::messageOf(*answer->result)));
        QCOMPARE(answer->result->value().body, QByteArray("ok"));
        return;
    }
    QVERIFY(!answer->result->ok());
    const Error &error = answer->result->error();
    QCOMPARE(error.kind, ErrorKind::Network);
    QCOMPARE(error.serverCode, QStringLiteral("tls"));
    QVERIFY2(error.message.contains(expectedProblem, Qt::CaseInsensitive), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("127.0.0.1")), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TstNet)
#include "tst_net.moc"
