// Graph sandbox: Entra token endpoint, bearer token checks and /v1.0/users over real loopback HTTP.
#include "GraphSandbox.h"
#include "GraphTestClient.h"

#include <QJsonArray>
#include <QTest>

using namespace cxsync::sandbox;
using namespace Qt::StringLiterals;

class TestGraphAuthUsers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void token_data();
    void token();
    void bearerRequired_data();
    void bearerRequired();
    void expiredTokenIsRejected();
    void usersPaging_data();
    void usersPaging();
    void usersSelect();
    void userByIdOrUpn();
    void errorBodiesCarryInnerError();

private:
    std::unique_ptr<GraphSandbox> m_graph;
    std::unique_ptr<GraphTestClient> m_client;
};

static SampleData world(int users)
{
    SampleData data;
    for (int i = 0; i < users; ++i) {
        SampleUser u;
        u.key = u"u%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        u.givenName = u"Given%1"_s.arg(i);
        u.surname = u"Sur%1"_s.arg(i);
        u.displayName = u.givenName + u" "_s + u.surname;
        u.mail = u"user%1@contoso.test"_s.arg(i);
        if (i % 3 == 0)
            u.aliases = {u"alias%1@contoso.test"_s.arg(i)};
        u.accountEnabled = i % 7 != 6;
        data.users.append(u);
    }
    SampleUser crmOnly;
    crmOnly.key = u"crm1"_s;
    crmOnly.hasMailbox = false;
    data.users.append(crmOnly);
    return data;
}

void TestGraphAuthUsers::init()
{
    m_graph = std::make_unique<GraphSandbox>();
    QVERIFY(m_graph->start());
    m_graph->load(world(250));
    m_client = std::make_unique<GraphTestClient>(m_graph->baseUrl());
}

void TestGraphAuthUsers::cleanup()
{
    m_client.reset();
    m_graph.reset();
}

void TestGraphAuthUsers::token_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");
    QTest::newRow("client credentials with /.default -> 200 bearer 3599 s")
        << ""
        << ""
        << ""
        << "https://graph.microsoft.com/.default" << 200 << "" << 0;
    QTest::newRow("wrong secret -> 401 invalid_client AADSTS7000215")
        << ""
        << ""
        << "wrong"
        << "https://graph.microsoft.com/.default" << 401 << "invalid_client" << 7000215;
    QTest::newRow("unknown client id -> 400 unauthorized_client AADSTS700016")
        << ""
        << "00000000-0000-0000-0000-000000000001"
        << ""
        << "https://graph.microsoft.com/.default" << 400 << "unauthorized_client" << 700016;
    QTest::newRow("unknown tenant -> 400 AADSTS90002")
        << "11111111-2222-3333-4444-555555555555"
        << ""
        << ""
        << "https://graph.microsoft.com/.default" << 400 << "invalid_request" << 90002;
    QTest::newRow("scope without /.default -> 400 AADSTS1002012")
        << ""
        << ""
        << ""
        << "https://graph.microsoft.com/Calendars.Read" << 400 << "invalid_scope" << 1002012;
}

void TestGraphAuthUsers::token()
{
    QFETCH(QString, tenant);
    QFETCH(QString, client);
    QFETCH(QString, secret);
    QFETCH(QString, scope);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(int, code);
    const GraphHttpResult r = m_client->fetchToken(
        tenant.isEmpty() ? m_graph->tenantId() : tenant, client.isEmpty() ? m_graph->clientId() : client,
        secret.isEmpty() ? m_graph->clientSecret() : secret, scope);
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(r.json.value("token_type"_L1).toString(), u"Bearer"_s);
        QCOMPARE(r.json.value("expires_in"_L1).toInt(), 3599);
        QCOMPARE(r.json.value("ext_expires_in"_L1).toInt(), 3599);
        QCOMPARE(r.json.value("access_token"_L1).toString().count('.'_L1), 2);
        QCOMPARE(m_client->get(u"/v1.0/users?$top=1"_s).status, 200);
        return;
    }
    QCOMPARE(r.json.value("error"_L1).toString(), error);
    QCOMPARE(r.json.value("error_codes"_L1).toArray().first().toInt(), code);
    QVERIFY(r.json.value("error_description"_L1).toString().startsWith(u"AADSTS%1:"_s.arg(code)));
    QVERIFY(!r.json.value("trace_id"_L1).toString().isEmpty());
}

void TestGraphAuthUsers::bearerRequired_data()
{
    QTest::addColumn<QString>("token");
    QTest::newRow("no Authorization header -> 401 InvalidAuthenticationToken") << "";
    QTest::newRow("unknown bearer token -> 401 InvalidAuthenticationToken") << "eyJhbGciOi.bogus.token";
}

void TestGraphAuthUsers::bearerRequired()
{
    QFETCH(QString, token);
    m_client->setToken(token);
    const GraphHttpResult r = m_client->get(u"/v1.0/users"_s);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), u"InvalidAuthenticationToken"_s);
    QVERIFY(!r.header("WWW-Authenticate").isEmpty());
}

void TestGraphAuthUsers::expiredTokenIsRejected()
{
    m_graph->setTokenLifetime(1);
    const GraphHttpResult t =
        m_client->fetchToken(m_graph->tenantId(), m_graph->clientId(), m_graph->clientSecret());
    QCOMPARE(t.json.value("expires_in"_L1).toInt(), 1);
    QCOMPARE(m_client->get(u"/v1.0/users?$top=1"_s).status, 200);
    QTest::qWait(1100); // the token's lifetime
    const GraphHttpResult r = m_client->get(u"/v1.0/users?$top=1"_s);
    QCOMPARE(r.status, 401);
    QVERIFY(r.json.value("error"_L1).toObject().value("message"_L1).toString().contains("expired"_L1));
}

void TestGraphAuthUsers::usersPaging_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QList<int>>("pages");
    QTest::newRow("default page size 100 with nextLink") << "" << 200 << QList<int>{100, 100, 50};
    QTest::newRow("$top=999 returns everything in one page") << "?$top=999" << 200 << QList<int>{250};
    QTest::newRow("$top=120 pages by 120") << "?$top=120" << 200 << QList<int>{120, 120, 10};
    QTest::newRow("$top=0 -> 400") << "?$top=0" << 400 << QList<int>{};
    QTest::newRow("$top=1000 -> 400") << "?$top=1000" << 400 << QList<int>{};
}

void TestGraphAuthUsers::usersPaging()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QList<int>, pages);
    m_client->fetchToken(m_graph->tenantId(), m_graph->clientId(), m_graph->clientSecret());
    GraphHttpResult r = m_client->get(u"/v1.0/users"_s + query);
    QCOMPARE(r.status, status);
    if (status != 200) {
        QCOMPARE(r.errorCode(), u"Request_UnsupportedQuery"_s);
        return;
    }
    QList<int> seen;
    QSet<QString> ids;
    while (true) {
        QCOMPARE(r.status, 200);
        const QJsonArray value = r.json.value("value"_L1).toArray();
        seen.append(int(value.size()));
        for (const QJsonValue &u : value)
            ids.insert(u.toObject().value("id"_L1).toString());
        const QString next = r.json.value("@odata.nextLink"_L1).toString();
        if (next.isEmpty())
            break;
        QVERIFY(next.startsWith(m_graph->baseUrl().toString()));
        QVERIFY(next.contains("$skiptoken="_L1));
        r = m_client->get(next);
    }
    QCOMPARE(seen, pages);
    QCOMPARE(ids.size(), 250); // the CRM-only person has no mailbox
}

void TestGraphAuthUsers::usersSelect()
{
    m_client->fetchToken(m_graph->tenantId(), m_graph->clientId(), m_graph->clientSecret());
    const GraphHttpResult r = m_client->get(
        u"/v1.0/users?$select=id,displayName,givenName,surname,mail,userPrincipalName,proxyAddresses,accountEnabled&$top=7"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray value = r.json.value("value"_L1).toArray();
    QCOMPARE(value.size(), 7);
    const QJsonObject first = value.first().toObject();
    QCOMPARE(first.keys().size(), 8);
    QCOMPARE(first.value("mail"_L1).toString(), u"user0@contoso.test"_s);
    QCOMPARE(first.value("userPrincipalName"_L1).toString(), u"user0@contoso.test"_s);
    QCOMPARE(first.value("proxyAddresses"_L1).toArray(),
             (QJsonArray{u"SMTP:user0@contoso.test"_s, u"smtp:alias0@contoso.test"_s}));
    QCOMPARE(value.at(6).toObject().value("accountEnabled"_L1).toBool(), false);
    const GraphHttpResult bad = m_client->get(u"/v1.0/users?$select=nope"_s);
    QCOMPARE(bad.status, 400);
}

void TestGraphAuthUsers::userByIdOrUpn()
{
    m_client->fetchToken(m_graph->tenantId(), m_graph->clientId(), m_graph->clientSecret());
    const GraphHttpResult byUpn = m_client->get(u"/v1.0/users/user5@contoso.test"_s);
    QCOMPARE(byUpn.status, 200);
    const QString id = byUpn.json.value("id"_L1).toString();
    QVERIFY(!QUuid::fromString(id).isNull());
    const GraphHttpResult byId =
        m_client->get(u"/v1.0/users/"_s + id + u"?$select=displayName,accountEnabled"_s);
    QCOMPARE(byId.status, 200);
    QCOMPARE(byId.json.value("displayName"_L1).toString(), u"Given5 Sur5"_s);
    QVERIFY(byId.json.contains("accountEnabled"_L1));
    QCOMPARE(m_client->get(u"/v1.0/users/nobody@contoso.test"_s).status, 404);
}

void TestGraphAuthUsers::errorBodiesCarryInnerError()
{
    m_client->fetchToken(m_graph->tenantId(), m_graph->clientId(), m_graph->clientSecret());
    const GraphHttpResult r = m_client->get(u"/v1.0/users/nobody@contoso.test/events"_s);
    QCOMPARE(r.status, 404);
    const QJsonObject error = r.json.value("error"_L1).toObject();
    QCOMPARE(error.value("code"_L1).toString(), u"ErrorInvalidUser"_s);
    QVERIFY(!error.value("message"_L1).toString().isEmpty());
    QVERIFY(!error.value("innerError"_L1).toObject().value("request-id"_L1).toString().isEmpty());
    QVERIFY(!error.value("innerError"_L1).toObject().value("date"_L1).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestGraphAuthUsers)
#include "tst_graph_auth_users.moc"
