// Graph sandbox: calendarView/delta rounds and tokens, mailbox throttling, $batch and subscriptions with
// webhook delivery, over real loopback HTTP (the webhook receiver is a second HttpSandbox).
#include "GraphSandbox.h"
#include "GraphSubscriptions.h"
#include "GraphTestClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace cxsync::sandbox;
using namespace Qt::StringLiterals;

class TestGraphSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void deltaRoundsReportChanges();
    void deltaReportsOutOfRangeChangesAsRemoved();
    void deltaOccurrencesAreSkeletal();
    void expiredDeltaTokenIs410();
    void mailboxConcurrencyIs429();
    void mailboxRateLimitIs429();
    void batchEnvelopeValidation_data();
    void batchEnvelopeValidation();
    void batchDependsOnAndMemberThrottling();
    void subscriptionValidation_data();
    void subscriptionValidation();
    void subscriptionLifecycleAndManagement();
    void notificationsAreDeliveredRetriedAndDuplicated();

private:
    QJsonObject event(const QString &subject, const QString &day, int hour = 10) const;
    QList<QJsonObject> drain(const QString &firstUrl, QString *deltaLink, const HeaderList &headers = {});
    // The REST id of an item anna made in Outlook: what this client, which does not ask for immutable ids,
    // sees.
    QString restId(const QJsonObject &created) const
    {
        return m_graph->eventIds(u"anna@contoso.test"_s, created.value("id"_L1).toString()).first;
    }
    std::unique_ptr<GraphSandbox> m_graph;
    std::unique_ptr<GraphTestClient> m_client;
    std::unique_ptr<HttpSandbox> m_hook;
    QList<QJsonObject> m_received;
    QList<QJsonObject> m_lifecycle;
    int m_failNext = 0;
};

static const QString kDeltaStart =
    u"/v1.0/users/anna@contoso.test/calendarView/delta?startDateTime=2026-04-01T00:00:00Z&endDateTime=2026-05-01T00:00:00Z"_s;

QJsonObject TestGraphSync::event(const QString &subject, const QString &day, int hour) const
{
    const QString start = u"%1T%2:00:00"_s.arg(day).arg(hour, 2, 10, QLatin1Char('0'));
    const QString end = u"%1T%2:30:00"_s.arg(day).arg(hour, 2, 10, QLatin1Char('0'));
    return QJsonObject{{"subject"_L1, subject},
                       {"start"_L1, QJsonObject{{"dateTime"_L1, start}, {"timeZone"_L1, "UTC"_L1}}},
                       {"end"_L1, QJsonObject{{"dateTime"_L1, end}, {"timeZone"_L1, "UTC"_L1}}}};
}

void TestGraphSync::init()
{
    m_graph = std::make_unique<GraphSandbox>();
    QVERIFY(m_graph->start());
    SampleData data;
    for (const QString &name : {u"anna"_s, u"ben"_s}) {
        SampleUser u;
        u.key = name;
        u.displayName = name;
        u.mail = name + u"@contoso.test"_s;
        data.users.append(u);
    }
    m_graph->load(data);
    m_graph->subscriptions().setDuplicateRate(0);
    m_client = std::make_unique<GraphTestClient>(m_graph->baseUrl());
    QCOMPARE(m_client->fetchToken(m_graph->tenantId(), m_graph->clientId(), m_graph->clientSecret()).status,
             200);

    m_received.clear();
    m_lifecycle.clear();
    m_failNext = 0;
    m_hook = std::make_unique<HttpSandbox>();
    auto receiver = [this](QList<QJsonObject> *sink, bool encodeEcho) {
        return [this, sink, encodeEcho](const SandboxRequest &r, const Reply &reply) {
            const QString token = r.query.queryItemValue(u"validationToken"_s, QUrl::FullyDecoded);
            if (!token.isEmpty()) {
                const QByteArray echo = encodeEcho ? QUrl::toPercentEncoding(token) : token.toUtf8();
                return reply.send(200, echo, "text/plain; charset=utf-8");
            }
            if (m_failNext > 0) {
                --m_failNext;
                return reply.empty(503);
            }
            sink->append(r.json().object());
            reply.empty(202);
        };
    };
    m_hook->route(u"POST"_s, u"/hook"_s, receiver(&m_received, false));
    m_hook->route(u"POST"_s, u"/lifecycle"_s, receiver(&m_lifecycle, false));
    m_hook->route(u"POST"_s, u"/encoded"_s, receiver(&m_received, true));
    m_hook->route(u"POST"_s, u"/refuse"_s,
                  [](const SandboxRequest &, const Reply &reply) { reply.empty(403); });
    QVERIFY(m_hook->listenLoopback());
}

void TestGraphSync::cleanup()
{
    m_client.reset();
    m_graph.reset();
    m_hook.reset();
}

QList<QJsonObject> TestGraphSync::drain(const QString &firstUrl, QString *deltaLink,
                                        const HeaderList &headers)
{
    QList<QJsonObject> items;
    QString url = firstUrl;
    for (int guard = 0; guard < 100; ++guard) {
        const GraphHttpResult r = m_client->get(url, headers);
        if (r.status != 200) {
            items.append(QJsonObject{{"status"_L1, r.status}, {"error"_L1, r.json.value("error"_L1)}});
            return items;
        }
        for (const QJsonValue &v : r.json.value("value"_L1).toArray())
            items.append(v.toObject());
        url = r.json.value("@odata.nextLink"_L1).toString();
        if (url.isEmpty()) {
            *deltaLink = r.json.value("@odata.deltaLink"_L1).toString();
            return items;
        }
        if (!url.contains("$skiptoken="_L1))
            return {};
    }
    return {};
}

void TestGraphSync::deltaRoundsReportChanges()
{
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids.append(restId(
            m_graph->createEvent(u"anna@contoso.test"_s, event(u"E%1"_s.arg(i), u"2026-04-1%1"_s.arg(i)))));
    QString deltaLink;
    const QList<QJsonObject> first = drain(kDeltaStart, &deltaLink, {{"Prefer", "odata.maxpagesize=2"}});
    QCOMPARE(first.size(), 5);
    QVERIFY(deltaLink.contains("$deltatoken="_L1));
    // nothing changed: empty round
    QString again;
    QCOMPARE(drain(deltaLink, &again).size(), 0);
    // update, delete, create
    QVERIFY(m_graph->updateEvent(u"anna@contoso.test"_s, ids[1], {{"subject"_L1, "E1 changed"_L1}}));
    QVERIFY(m_graph->deleteEvent(u"anna@contoso.test"_s, ids[2]));
    const QString added =
        restId(m_graph->createEvent(u"anna@contoso.test"_s, event(u"New"_s, u"2026-04-20"_s)));
    QString next;
    const QList<QJsonObject> second = drain(again, &next);
    QCOMPARE(second.size(), 3);
    QCOMPARE(second[0].value("id"_L1).toString(), ids[1]);
    QCOMPARE(second[0].value("subject"_L1).toString(), u"E1 changed"_s);
    QCOMPARE(second[1].value("id"_L1).toString(), ids[2]);
    QCOMPARE(second[1].value("@removed"_L1).toObject().value("reason"_L1).toString(), u"deleted"_s);
    QCOMPARE(second[1].value("@odata.type"_L1).toString(), u"#microsoft.graph.event"_s);
    QCOMPARE(second[2].value("id"_L1).toString(), added);
    QVERIFY(!next.isEmpty());
}

void TestGraphSync::deltaReportsOutOfRangeChangesAsRemoved()
{
    QString deltaLink;
    drain(kDeltaStart, &deltaLink);
    const QString outside =
        restId(m_graph->createEvent(u"anna@contoso.test"_s, event(u"June"_s, u"2026-06-10"_s)));
    QString next;
    const QList<QJsonObject> items = drain(deltaLink, &next);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items[0].value("id"_L1).toString(), outside);
    QVERIFY(items[0].contains("@removed"_L1));
}

void TestGraphSync::deltaOccurrencesAreSkeletal()
{
    QJsonObject series = event(u"Weekly"_s, u"2026-04-06"_s);
    series.insert("recurrence"_L1,
                  QJsonObject{{"pattern"_L1, QJsonObject{{"type"_L1, "weekly"_L1},
                                                         {"interval"_L1, 1},
                                                         {"daysOfWeek"_L1, QJsonArray{u"monday"_s}}}},
                              {"range"_L1, QJsonObject{{"type"_L1, "numbered"_L1},
                                                       {"startDate"_L1, "2026-04-06"_L1},
                                                       {"numberOfOccurrences"_L1, 3}}}});
    const QString master = restId(m_graph->createEvent(u"anna@contoso.test"_s, series));
    QString deltaLink;
    const QList<QJsonObject> items =
        drain(kDeltaStart, &deltaLink, {{"Prefer", "outlook.timezone=\"Pacific Standard Time\""}});
    QCOMPARE(items.size(), 4);
    QCOMPARE(items[0].value("type"_L1).toString(), u"seriesMaster"_s);
    for (int i = 1; i < 4; ++i) {
        QStringList keys = items[i].keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{u"@odata.etag"_s, u"@odata.type"_s, u"end"_s, u"id"_s,
                                    u"seriesMasterId"_s, u"start"_s, u"type"_s}));
        QCOMPARE(items[i].value("seriesMasterId"_L1).toString(), master);
        QCOMPARE(items[i].value("start"_L1).toObject().value("timeZone"_L1).toString(),
                 u"Pacific Standard Time"_s);
    }
}

void TestGraphSync::expiredDeltaTokenIs410()
{
    m_graph->createEvent(u"anna@contoso.test"_s, event(u"A"_s, u"2026-04-02"_s));
    m_graph->createEvent(u"anna@contoso.test"_s, event(u"B"_s, u"2026-04-03"_s));
    const GraphHttpResult page = m_client->get(kDeltaStart, {{"Prefer", "odata.maxpagesize=1"}});
    const QString skipLink = page.json.value("@odata.nextLink"_L1).toString();
    QVERIFY(!skipLink.isEmpty());
    m_graph->expireDeltaTokens(u"anna@contoso.test"_s);
    const GraphHttpResult r = m_client->get(skipLink);
    QCOMPARE(r.status, 410);
    QCOMPARE(r.errorCode(), u"SyncStateNotFound"_s);
    QVERIFY(r.json.value("error"_L1)
                .toObject()
                .value("message"_L1)
                .toString()
                .startsWith("The sync state generation is not found; generation=1;[highest=2]"_L1));
    // a full resync works again
    QString deltaLink;
    QCOMPARE(drain(kDeltaStart, &deltaLink).size(), 2);
}

void TestGraphSync::mailboxConcurrencyIs429()
{
    m_graph->setLatency(800); // long enough for all six requests to arrive while the first four are held
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 6; ++i)
        replies.append(m_client->start(u"GET"_s, u"/v1.0/users/anna@contoso.test/events"_s));
    QNetworkReply *other = m_client->start(u"GET"_s, u"/v1.0/users/ben@contoso.test/events"_s);
    int ok = 0, throttled = 0;
    for (QNetworkReply *reply : replies) {
        const GraphHttpResult r = GraphTestClient::wait(reply);
        if (r.status == 200)
            ++ok;
        if (r.status == 429) {
            ++throttled;
            QCOMPARE(r.errorCode(), u"ApplicationThrottled"_s);
            QVERIFY(r.json.value("error"_L1)
                        .toObject()
                        .value("message"_L1)
                        .toString()
                        .contains("MailboxConcurrency"_L1));
            QVERIFY(!r.header("Retry-After").isEmpty());
        }
    }
    QCOMPARE(ok, 4);
    QCOMPARE(throttled, 2);
    QCOMPARE(GraphTestClient::wait(other).status, 200); // another mailbox is not affected
}

void TestGraphSync::mailboxRateLimitIs429()
{
    m_graph->setMailboxLimits(4, 5, 600);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_client->get(u"/v1.0/users/anna@contoso.test/events"_s).status, 200);
    const GraphHttpResult r = m_client->get(u"/v1.0/users/anna@contoso.test/events"_s);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.errorCode(), u"TooManyRequests"_s);
    QVERIFY(r.header("Retry-After").toDouble() > 0);
    QCOMPARE(m_client->get(u"/v1.0/users/ben@contoso.test/events"_s).status, 200);
}

void TestGraphSync::batchEnvelopeValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QJsonArray many;
    for (int i = 0; i < 21; ++i)
        many.append(
            QJsonObject{{"id"_L1, QString::number(i)}, {"method"_L1, "GET"_L1}, {"url"_L1, "/users"_L1}});
    QTest::newRow("21 requests -> 400") << QJsonDocument(QJsonObject{{"requests"_L1, many}}).toJson() << 400;
    const QJsonArray dup{QJsonObject{{"id"_L1, "1"_L1}, {"method"_L1, "GET"_L1}, {"url"_L1, "/users"_L1}},
                         QJsonObject{{"id"_L1, "1"_L1}, {"method"_L1, "GET"_L1}, {"url"_L1, "/users"_L1}}};
    QTest::newRow("duplicate ids -> 400") << QJsonDocument(QJsonObject{{"requests"_L1, dup}}).toJson() << 400;
    QTest::newRow("malformed envelope -> 400") << QByteArray("{\"requests\": 5}") << 400;
    QTest::newRow("body without Content-Type -> 400")
        << QJsonDocument(QJsonObject{{"requests"_L1,
                                      QJsonArray{QJsonObject{{"id"_L1, "1"_L1},
                                                             {"method"_L1, "POST"_L1},
                                                             {"url"_L1, "/users/anna@contoso.test/events"_L1},
                                                             {"body"_L1, QJsonObject{}}}}}})
               .toJson()
        << 400;
}

void TestGraphSync::batchEnvelopeValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const GraphHttpResult r = GraphTestClient::wait(m_client->start(u"POST"_s, u"/v1.0/$batch"_s, body));
    QCOMPARE(r.status, status);
}

void TestGraphSync::batchDependsOnAndMemberThrottling()
{
    m_graph->setLatency(800);
    QJsonArray requests;
    requests.append(QJsonObject{{"id"_L1, "create"_L1},
                                {"method"_L1, "POST"_L1},
                                {"url"_L1, "/users/anna@contoso.test/events"_L1},
                                {"headers"_L1, QJsonObject{{"Content-Type"_L1, "application/json"_L1}}},
                                {"body"_L1, event(u"Batched"_s, u"2026-04-08"_s)}});
    requests.append(QJsonObject{{"id"_L1, "missing"_L1},
                                {"method"_L1, "GET"_L1},
                                {"url"_L1, "/users/anna@contoso.test/events/nope"_L1}});
    requests.append(QJsonObject{{"id"_L1, "after-missing"_L1},
                                {"method"_L1, "GET"_L1},
                                {"url"_L1, "users?$top=1"_L1},
                                {"dependsOn"_L1, QJsonArray{u"missing"_s}}});
    for (int i = 0; i < 6; ++i)
        requests.append(QJsonObject{{"id"_L1, u"list%1"_s.arg(i)},
                                    {"method"_L1, "GET"_L1},
                                    {"url"_L1, "/users/anna@contoso.test/events"_L1}});
    // two outside requests occupy anna's mailbox while the batch runs: some members get 429 with Retry-After
    QNetworkReply *outside1 = m_client->start(u"GET"_s, u"/v1.0/users/anna@contoso.test/events"_s);
    QNetworkReply *outside2 = m_client->start(u"GET"_s, u"/v1.0/users/anna@contoso.test/events"_s);
    QTest::qWait(100);
    const GraphHttpResult r = GraphTestClient::wait(m_client->start(
        u"POST"_s, u"/v1.0/$batch"_s, QJsonDocument(QJsonObject{{"requests"_L1, requests}}).toJson()));
    GraphTestClient::wait(outside1);
    GraphTestClient::wait(outside2);
    QCOMPARE(r.status, 200);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : r.json.value("responses"_L1).toArray())
        byId.insert(v.toObject().value("id"_L1).toString(), v.toObject());
    QCOMPARE(byId.size(), 9);
    QCOMPARE(byId[u"missing"_s].value("status"_L1).toInt(), 404);
    QCOMPARE(byId[u"after-missing"_s].value("status"_L1).toInt(), 424);
    int throttled = 0;
    for (const QJsonObject &m : std::as_const(byId)) {
        if (m.value("status"_L1).toInt() == 429) {
            ++throttled;
            QVERIFY(!m.value("headers"_L1).toObject().value("Retry-After"_L1).toString().isEmpty());
        }
    }
    QVERIFY2(throttled > 0, "outside requests plus 4 parallel members exceed the mailbox concurrency");
    QVERIFY(byId[u"create"_s].value("status"_L1).toInt() == 201 ||
            byId[u"create"_s].value("status"_L1).toInt() == 429);

    // without outside load at most 4 members run per mailbox, so nothing is throttled
    const GraphHttpResult calm = GraphTestClient::wait(m_client->start(
        u"POST"_s, u"/v1.0/$batch"_s, QJsonDocument(QJsonObject{{"requests"_L1, requests}}).toJson()));
    for (const QJsonValue &v : calm.json.value("responses"_L1).toArray())
        QVERIFY(v.toObject().value("status"_L1).toInt() != 429);
}

void TestGraphSync::subscriptionValidation_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("status");
    QTest::newRow("decoded echo -> 201") << "/hook" << 60 << 201;
    QTest::newRow("URL-encoded echo fails validation -> 400") << "/encoded" << 60 << 400;
    QTest::newRow("endpoint answers 403 -> 400") << "/refuse" << 60 << 400;
    QTest::newRow("expiration beyond 10080 minutes -> 400") << "/hook" << 10081 << 400;
}

void TestGraphSync::subscriptionValidation()
{
    QFETCH(QString, path);
    QFETCH(int, minutes);
    QFETCH(int, status);
    const QJsonObject body{
        {"changeType"_L1, "created,updated,deleted"_L1},
        {"notificationUrl"_L1, m_hook->baseUrl().toString() + path},
        {"resource"_L1, "/users/anna@contoso.test/events"_L1},
        {"expirationDateTime"_L1,
         GraphEventJson::utcStamp(QDateTime::currentDateTimeUtc().addSecs(minutes * 60 - 30))},
        {"clientState"_L1, "s3cret"_L1}};
    const GraphHttpResult r = m_client->send(u"POST"_s, u"/v1.0/subscriptions"_s, body);
    QCOMPARE(r.status, status);
    if (status == 201) {
        QCOMPARE(r.json.value("clientState"_L1).toString(), u"s3cret"_s);
        QCOMPARE(r.json.value("applicationId"_L1).toString(), m_graph->clientId());
        QCOMPARE(m_client->send(u"POST"_s, u"/v1.0/subscriptions"_s, body).status, 409);
    }
}

void TestGraphSync::subscriptionLifecycleAndManagement()
{
    const QJsonObject body{
        {"changeType"_L1, "created"_L1},
        {"notificationUrl"_L1, m_hook->baseUrl().toString() + u"/hook"_s},
        {"lifecycleNotificationUrl"_L1, m_hook->baseUrl().toString() + u"/lifecycle"_s},
        {"resource"_L1, "users/ben@contoso.test/events"_L1},
        {"expirationDateTime"_L1, GraphEventJson::utcStamp(QDateTime::currentDateTimeUtc().addDays(1))},
        {"clientState"_L1, "cs"_L1}};
    const GraphHttpResult created = m_client->send(u"POST"_s, u"/v1.0/subscriptions"_s, body);
    QCOMPARE(created.status, 201);
    const QString id = created.json.value("id"_L1).toString();
    QCOMPARE(m_client->get(u"/v1.0/subscriptions"_s).json.value("value"_L1).toArray().size(), 1);
    const GraphHttpResult renewed = m_client->send(
        u"PATCH"_s, u"/v1.0/subscriptions/"_s + id,
        {{"expirationDateTime"_L1, GraphEventJson::utcStamp(QDateTime::currentDateTimeUtc().addDays(2))}});
    QCOMPARE(renewed.status, 200);
    QVERIFY(renewed.json.value("expirationDateTime"_L1).toString() >
            created.json.value("expirationDateTime"_L1).toString());

    QVERIFY(m_graph->triggerLifecycle(id, u"reauthorizationRequired"_s));
    QTRY_COMPARE(m_lifecycle.size(), 1);
    const QJsonObject item = m_lifecycle[0].value("value"_L1).toArray().first().toObject();
    QCOMPARE(item.value("lifecycleEvent"_L1).toString(), u"reauthorizationRequired"_s);
    QCOMPARE(item.value("subscriptionId"_L1).toString(), id);
    QCOMPARE(item.value("clientState"_L1).toString(), u"cs"_s);
    QCOMPARE(item.value("tenantId"_L1).toString(), m_graph->tenantId());

    QVERIFY(m_graph->dropSubscription(id));
    QTRY_COMPARE(m_lifecycle.size(), 2);
    QCOMPARE(
        m_lifecycle[1].value("value"_L1).toArray().first().toObject().value("lifecycleEvent"_L1).toString(),
        u"subscriptionRemoved"_s);
    QCOMPARE(m_client->get(u"/v1.0/subscriptions/"_s + id).status, 404);

    const GraphHttpResult again = m_client->send(u"POST"_s, u"/v1.0/subscriptions"_s, body);
    QCOMPARE(again.status, 201);
    QCOMPARE(
        m_client->send(u"DELETE"_s, u"/v1.0/subscriptions/"_s + again.json.value("id"_L1).toString()).status,
        204);
    QCOMPARE(m_client->get(u"/v1.0/subscriptions"_s).json.value("value"_L1).toArray().size(), 0);
}

void TestGraphSync::notificationsAreDeliveredRetriedAndDuplicated()
{
    m_graph->subscriptions().setRetryDelay(50);
    const QJsonObject body{
        {"changeType"_L1, "created,updated,deleted"_L1},
        {"notificationUrl"_L1, m_hook->baseUrl().toString() + u"/hook"_s},
        {"resource"_L1, "/users/anna@contoso.test/events"_L1},
        {"expirationDateTime"_L1, GraphEventJson::utcStamp(QDateTime::currentDateTimeUtc().addDays(3))},
        {"clientState"_L1, "secretClientValue"_L1}};
    const QString subscriptionId =
        m_client->send(u"POST"_s, u"/v1.0/subscriptions"_s, body).json.value("id"_L1).toString();
    QVERIFY(!subscriptionId.isEmpty());

    // created via the API, updated and deleted as the user
    const QString id =
        m_client->send(u"POST"_s, u"/v1.0/users/anna@contoso.test/events"_s, event(u"N"_s, u"2026-04-09"_s))
            .json.value("id"_L1)
            .toString();
    QTRY_COMPARE(m_received.size(), 1);
    const QJsonObject n = m_received[0].value("value"_L1).toArray().first().toObject();
    QCOMPARE(n.value("changeType"_L1).toString(), u"created"_s);
    QCOMPARE(n.value("subscriptionId"_L1).toString(), subscriptionId);
    QCOMPARE(n.value("clientState"_L1).toString(), u"secretClientValue"_s);
    QCOMPARE(n.value("tenantId"_L1).toString(), m_graph->tenantId());
    QCOMPARE(n.value("resourceData"_L1).toObject().value("id"_L1).toString(), id);
    QCOMPARE(n.value("resourceData"_L1).toObject().value("@odata.type"_L1).toString(),
             u"#Microsoft.Graph.Event"_s);
    QVERIFY(n.value("resource"_L1).toString().endsWith(u"/Events/"_s + id));

    m_failNext = 2; // two 503 answers: Graph retries
    QVERIFY(m_graph->updateEvent(u"anna@contoso.test"_s, id, {{"subject"_L1, "N2"_L1}}));
    QTRY_COMPARE(m_received.size(), 2);
    QCOMPARE(m_received[1].value("value"_L1).toArray().first().toObject().value("changeType"_L1).toString(),
             u"updated"_s);

    m_graph->subscriptions().setDuplicateRate(1.0, 7);
    QVERIFY(m_graph->deleteEvent(u"anna@contoso.test"_s, id));
    QTRY_COMPARE(m_received.size(), 4);
    QCOMPARE(m_received[2], m_received[3]);
    QCOMPARE(m_received[2].value("value"_L1).toArray().first().toObject().value("changeType"_L1).toString(),
             u"deleted"_s);
}

QTEST_GUILESS_MAIN(TestGraphSync)
#include "tst_graph_sync.moc"
