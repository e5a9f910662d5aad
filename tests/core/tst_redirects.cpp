// Credentials never follow a redirect to another server (issue 19, part 3). Two loopback servers: the first
// answers 301/302/303/307/308 pointing at the second (another port = another origin), or at itself under
// another name or scheme; the second records every request it ever receives. Whatever the method, the
// Authorization header, the CRM's Basic password, the Graph bearer token and the token request's client
// secret must never reach it, and the caller gets an error naming the redirect and its target. Redirects on
// the same origin (scheme, host and port unchanged) are followed, at most HttpClient::kMaxRedirects times.
// Checked at the HTTP layer (every request goes through HttpClient) and through the Sage CRM connector, the
// Graph token endpoint and the Graph connector.
#include "CoreTestSupport.h"
#include "FakeClock.h"
#include "HttpSandbox.h"
#include "crm/sagecrm/SageCrmConnector.h"
#include "exchange/graph/GraphConnector.h"
#include "exchange/graph/GraphTokenProvider.h"
#include "net/HttpClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace cxsync;
using namespace cxsync::net;
using cxsync::sandbox::HttpSandbox;
using cxsync::sandbox::Reply;
using cxsync::sandbox::SandboxRequest;
using cxsync::testsupport::FakeClock;

namespace {

const QStringList kMethods{QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                           QStringLiteral("PATCH"), QStringLiteral("DELETE")};

struct Seen {
    QString method;
    QString path;
    QByteArray authorization;
    QByteArray body;
};

} // namespace

class TstRedirects final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void httpClient_data();
    void httpClient();
    void sameOriginRedirectIsFollowedWithItsCredentials();
    void sameOriginLoopStops();
    void theTargetIsRedactedInTheMessage();
    void sageCrmPasswordStaysHome();
    void graphTokenRequestStaysHome();
    void graphBearerTokenStaysHome();

private:
    // Sends every method on `path` of the first server to `location` with `status`.
    void redirect(const QString &path, int status, const QString &location);
    Result<HttpResponse> send(const QByteArray &method, const QUrl &url, const QByteArray &body = {});
    void verifyRefused(const Error &error, int status, const QString &target);
    QUrl first(const QString &path) const { return m_first->baseUrl().resolved(QUrl(path)); }
    QUrl second(const QString &path) const { return m_second->baseUrl().resolved(QUrl(path)); }

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<HttpSandbox> m_first;
    std::unique_ptr<HttpSandbox> m_second;
    std::unique_ptr<HttpClient> m_http;
    QList<Seen> m_seenFirst;
    QList<Seen> m_seenSecond; // must stay empty whenever a redirect pointed here
};

void TstRedirects::init()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_clock = std::make_unique<FakeClock>();
    m_first = std::make_unique<HttpSandbox>();
    m_second = std::make_unique<HttpSandbox>();
    QVERIFY(m_first->listenLoopback());
    QVERIFY(m_second->listenLoopback());
    m_seenFirst.clear();
    m_seenSecond.clear();
    for (const QString &method : kMethods) {
        m_second->route(method, QStringLiteral(".*"), [this](const SandboxRequest &request, Reply reply) {
            m_seenSecond.append(
                {request.method, request.path, request.header("Authorization"), request.body});
            reply.json(200, QJsonObject{{QStringLiteral("value"), QJsonArray()}});
        });
        m_first->route(method, QStringLiteral("/final"), [this](const SandboxRequest &request, Reply reply) {
            m_seenFirst.append({request.method, request.path, request.header("Authorization"), request.body});
            reply.json(200, QJsonObject{{QStringLiteral("arrived"), true}});
        });
    }
    m_http = std::make_unique<HttpClient>(m_network.get(), m_clock.get());
}

void TstRedirects::cleanup()
{
    m_http.reset();
    m_first.reset();
    m_second.reset();
    m_network.reset();
    m_clock.reset();
}

void TstRedirects::redirect(const QString &path, int status, const QString &location)
{
    for (const QString &method : kMethods) {
        m_first->route(method, path, [this, status, location](const SandboxRequest &request, Reply reply) {
            m_seenFirst.append({request.method, request.path, request.header("Authorization"), request.body});
            reply.send(status, QByteArray(), "text/plain", {{"Location", location.toUtf8()}});
        });
    }
}

Result<HttpResponse> TstRedirects::send(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    HttpRequest request;
    request.method = method;
    request.url = url;
    request.body = body;
    request.headers = {{"Authorization", "Basic YWRtaW46c2VjcmV0LXBhc3N3b3Jk"},
                       {"Content-Type", "application/json"}};
    request.label = QStringLiteral("test.redirect");
    return testsupport::await<HttpResponse>(
        [&](auto done) { m_http->send(request, [done](Result<HttpResponse> r) { done(std::move(r)); }); },
        15000);
}

void TstRedirects::verifyRefused(const Error &error, int status, const QString &target)
{
    QCOMPARE(error.kind, ErrorKind::Invalid); // a setting points at a server that sends us elsewhere
    QCOMPARE(error.serverCode, QStringLiteral("redirect"));
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.message.contains(target), qPrintable(error.message));
    QVERIFY2(error.message.contains(QStringLiteral("redirect")), qPrintable(error.message));
}

void TstRedirects::httpClient_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("where"); // other = the second server, alias = the first as "localhost",
                                        // https = the first over https
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("GET, 302 to another port → refused, naming the target; the other server sees nothing")
        << QByteArray("GET") << 302 << "other" << QByteArray();
    QTest::newRow("GET, 301 to another port → refused")
        << QByteArray("GET") << 301 << "other" << QByteArray();
    QTest::newRow("POST, 303 to another port → refused, not even a GET goes there")
        << QByteArray("POST") << 303 << "other" << QByteArray(R"({"password":"p"})");
    QTest::newRow("POST, 307 to another port → refused, the body is not sent again elsewhere")
        << QByteArray("POST") << 307 << "other" << QByteArray(R"({"password":"p"})");
    QTest::newRow("PUT, 308 to another port → refused")
        << QByteArray("PUT") << 308 << "other" << QByteArray(R"({"subject":"s"})");
    QTest::newRow("DELETE, 302 to another port → refused")
        << QByteArray("DELETE") << 302 << "other" << QByteArray();
    QTest::newRow("GET, 302 to the same server under another host name → refused: another origin")
        << QByteArray("GET") << 302 << "alias" << QByteArray();
    QTest::newRow("GET, 302 from http to https on the same host and port → refused: another origin")
        << QByteArray("GET") << 302 << "https" << QByteArray();
}

void TstRedirects::httpClient()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    QFETCH(QString, where);
    QFETCH(QByteArray, body);

    QString target;
    if (where == QLatin1String("other"))
        target = second(QStringLiteral("/collect?x=1")).toString();
    else if (where == QLatin1String("alias"))
        target = QStringLiteral("http://localhost:%1/final").arg(m_first->port());
    else
        target = QStringLiteral("https://127.0.0.1:%1/final").arg(m_first->port());
    redirect(QStringLiteral("/start"), status, target);

    const Result<HttpResponse> result = send(method, first(QStringLiteral("/start")), body);
    QVERIFY2(!result.ok(), "a redirect to another origin was followed");
    verifyRefused(result.error(), status, target);
    QVERIFY2(result.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(m_first->port())),
             qPrintable(result.error().message));
    // Neither the credentials nor anything else reached the other origin.
    QCOMPARE(m_seenSecond.size(), 0);
    QCOMPARE(m_seenFirst.size(), 1); // the original request only (not again as "localhost" or over TLS)
    QCOMPARE(m_seenFirst.first().path, QStringLiteral("/start"));
    QCOMPARE(m_http->pendingCount(), 0);
}

void TstRedirects::sameOriginRedirectIsFollowedWithItsCredentials()
{
    redirect(QStringLiteral("/old"), 302, first(QStringLiteral("/final")).toString());
    redirect(QStringLiteral("/moved"), 308, QStringLiteral("/old")); // relative Location, same origin
    const Result<HttpResponse> result = send("GET", first(QStringLiteral("/moved")));
    QVERIFY2(result.ok(), qPrintable(testsupport::messageOf(result)));
    QCOMPARE(result.value().status, 200);
    QCOMPARE(m_seenFirst.size(), 3);
    QCOMPARE(m_seenFirst.last().path, QStringLiteral("/final"));
    QCOMPARE(m_seenFirst.last().authorization, QByteArray("Basic YWRtaW46c2VjcmV0LXBhc3N3b3Jk"));
    QCOMPARE(m_seenSecond.size(), 0);
}

void TstRedirects::sameOriginLoopStops()
{
    redirect(QStringLiteral("/loop"), 302, QStringLiteral("/loop"));
    const Result<HttpResponse> result = send("GET", first(QStringLiteral("/loop")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::Invalid);
    QCOMPARE(result.error().serverCode, QStringLiteral("redirect"));
    QVERIFY2(result.error().message.contains(QString::number(HttpClient::kMaxRedirects)),
             qPrintable(result.error().message));
    QCOMPARE(m_seenFirst.size(), HttpClient::kMaxRedirects + 1);
}

void TstRedirects::theTargetIsRedactedInTheMessage()
{
    const QString target =
        second(QStringLiteral("/cb")).toString() + QStringLiteral("?code=SECRETCODE&state=1");
    redirect(QStringLiteral("/start"), 302, target);
    const Result<HttpResponse> result = send("GET", first(QStringLiteral("/start")));
    QVERIFY(!result.ok());
    QVERIFY2(!result.error().message.contains(QStringLiteral("SECRETCODE")),
             qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(second(QStringLiteral("/cb")).toString()),
             qPrintable(result.error().message));
    QCOMPARE(m_seenSecond.size(), 0);
}

void TstRedirects::sageCrmPasswordStaysHome()
{
    redirect(QStringLiteral("/sdata/crmj/sagecrm2/-/Users"), 302,
             second(QStringLiteral("/sdata/crmj/sagecrm2/-/Users")).toString());
    crm::sagecrm::SageCrmConnector crm(*m_http, first(QStringLiteral("/sdata/crmj/sagecrm2/-/")),
                                       QStringLiteral("admin"), QStringLiteral("crm-password-1"),
                                       QTimeZone::utc());
    const Result<crm::CrmUser> login =
        testsupport::await<crm::CrmUser>([&](auto done) { crm.verifyLogin(done); }, 15000);
    QVERIFY(!login.ok());
    verifyRefused(login.error(), 302, second(QStringLiteral("/sdata/crmj/sagecrm2/-/Users")).toString());
    QCOMPARE(m_seenFirst.size(), 1);
    QVERIFY(m_seenFirst.first().authorization.startsWith("Basic ")); // the CRM itself got the logon
    QCOMPARE(m_seenSecond.size(), 0);                                // the other server never did
}

void TstRedirects::graphTokenRequestStaysHome()
{
    // A 307 keeps method and body: followed, it would post the client secret to the other server.
    redirect(QStringLiteral("/contoso/oauth2/v2.0/token"), 307,
             second(QStringLiteral("/contoso/oauth2/v2.0/token")).toString());
    exchange::GraphCredentials credentials;
    credentials.authority = m_first->baseUrl();
    credentials.tenant = QStringLiteral("contoso");
    credentials.clientId = QStringLiteral("client-1");
    credentials.clientSecret = QStringLiteral("graph-client-secret-1");
    exchange::GraphTokenProvider tokens(m_http.get(), m_clock.get(), credentials);
    const Result<QString> token = testsupport::await<QString>([&](auto done) { tokens.token(done); }, 15000);
    QVERIFY(!token.ok());
    verifyRefused(token.error(), 307, second(QStringLiteral("/contoso/oauth2/v2.0/token")).toString());
    QCOMPARE(m_seenFirst.size(), 1);
    QVERIFY(m_seenFirst.first().body.contains("graph-client-secret-1"));
    QCOMPARE(m_seenSecond.size(), 0);
}

void TstRedirects::graphBearerTokenStaysHome()
{
    m_first->route(QStringLiteral("POST"), QStringLiteral("/contoso/oauth2/v2.0/token"),
                   [](const SandboxRequest &, Reply reply) {
                       reply.json(200,
                                  QJsonObject{{QStringLiteral("access_token"), QStringLiteral("BEARER-1")},
                                              {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                              {QStringLiteral("expires_in"), 3600}});
                   });
    redirect(QStringLiteral("/v1.0/users"), 302, second(QStringLiteral("/v1.0/users")).toString());
    exchange::GraphCredentials credentials;
    credentials.authority = m_first->baseUrl();
    credentials.tenant = QStringLiteral("contoso");
    credentials.clientId = QStringLiteral("client-1");
    credentials.clientSecret = QStringLiteral("graph-client-secret-1");
    exchange::GraphTokenProvider tokens(m_http.get(), m_clock.get(), credentials);
    exchange::GraphConnector graph(m_http.get(), &tokens, first(QStringLiteral("/v1.0")));
    const Result<QList<exchange::ExchangeUser>> users =
        testsupport::await<QList<exchange::ExchangeUser>>([&](auto done) { graph.listUsers(done); }, 15000);
    QVERIFY(!users.ok());
    verifyRefused(users.error(), 302, second(QStringLiteral("/v1.0/users")).toString());
    QCOMPARE(m_seenFirst.size(), 1);
    QCOMPARE(m_seenFirst.first().authorization, QByteArray("Bearer BEARER-1"));
    QCOMPARE(m_seenSecond.size(), 0);
}

QTEST_GUILESS_MAIN(TstRedirects)
#include "tst_redirects.moc"
