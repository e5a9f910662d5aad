// Graph sandbox: the sample world (users with aliases, Exchange appointments incl. meetings and series),
// saveState/restoreState, fault plans and delivery/validation time limits over real loopback HTTP.
#include "GraphEventJson.h"
#include "GraphSandbox.h"
#include "GraphSubscriptions.h"
#include "GraphTestClient.h"

#include <QJsonArray>
#include <QTest>

using namespace cxsync::sandbox;
using namespace Qt::StringLiterals;

class TestGraphWorld : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadSampleWorld();
    void saveAndRestoreState();
    void faultPlanInjects503();
    void slowEndpointsTimeOut_data();
    void slowEndpointsTimeOut();
};

static SampleData sampleWorld()
{
    SampleData data;
    const QStringList names = {u"Alfred"_s, u"Berta"_s, u"Carl"_s};
    for (int i = 0; i < names.size(); ++i) {
        SampleUser u;
        u.key = u"u%1"_s.arg(i);
        u.givenName = names[i];
        u.surname = u"Muster"_s;
        u.displayName = names[i] + u" Muster"_s;
        u.mail = names[i].toLower() + u"@contoso.test"_s;
        u.aliases = {names[i].toLower() + u".muster@contoso.test"_s};
        u.hasMailbox = i < 2; // Carl exists only in the CRM
        u.crmEmail = u.mail;
        data.users.append(u);
    }
    const QTimeZone berlin("Europe/Berlin");
    SampleAppointment meeting;
    meeting.key = u"a1"_s;
    meeting.organizerKey = u"u0"_s;
    meeting.attendeeKeys = {u"u1"_s, u"u2"_s};
    meeting.externalAttendees = {u"guest@example.org"_s};
    meeting.subject = u"Quarterly review"_s;
    meeting.body = u"Numbers"_s;
    meeting.location = u"HQ"_s;
    meeting.start = QDateTime(QDate(2026, 4, 14), QTime(9, 0), berlin);
    meeting.end = QDateTime(QDate(2026, 4, 14), QTime(10, 0), berlin);
    meeting.timeZone = u"W. Europe Standard Time"_s;
    data.appointments.append(meeting);
    SampleAppointment series = meeting;
    series.key = u"a2"_s;
    series.attendeeKeys.clear();
    series.externalAttendees.clear();
    series.subject = u"Jour fixe"_s;
    series.isPrivate = true;
    series.recurrence = SampleRecurrence{u"weekly"_s, 1, {Qt::Tuesday}, 4};
    data.appointments.append(series);
    SampleAppointment crm = meeting;
    crm.key = u"a3"_s;
    crm.origin = SampleAppointment::Origin::Crm;
    data.appointments.append(crm);
    return data;
}

void TestGraphWorld::loadSampleWorld()
{
    GraphSandbox graph;
    QVERIFY(graph.start());
    graph.load(sampleWorld());
    QCOMPARE(graph.users().size(), 2);
    QCOMPARE(graph.users().first().toObject().value("proxyAddresses"_L1).toArray(),
             (QJsonArray{u"SMTP:alfred@contoso.test"_s, u"smtp:alfred.muster@contoso.test"_s}));
    const QJsonArray alfred = graph.events(u"alfred.muster@contoso.test"_s); // by alias
    QCOMPARE(alfred.size(), 2); // the CRM-origin appointment is not in Exchange
    const QJsonObject meeting = alfred.at(0).toObject();
    QCOMPARE(meeting.value("start"_L1).toObject().value("dateTime"_L1).toString(),
             u"2026-04-14T07:00:00.0000000"_s);
    QCOMPARE(meeting.value("originalStartTimeZone"_L1).toString(), u"W. Europe Standard Time"_s);
    QCOMPARE(meeting.value("attendees"_L1).toArray().size(), 3);
    const QJsonArray berta = graph.events(u"berta@contoso.test"_s);
    QCOMPARE(berta.size(), 1);
    QCOMPARE(berta.first().toObject().value("iCalUId"_L1).toString(), meeting.value("iCalUId"_L1).toString());
    const QJsonObject series = alfred.at(1).toObject();
    QCOMPARE(series.value("type"_L1).toString(), u"seriesMaster"_s);
    QCOMPARE(series.value("sensitivity"_L1).toString(), u"private"_s);
    QCOMPARE(series.value("recurrence"_L1)
                 .toObject()
                 .value("range"_L1)
                 .toObject()
                 .value("numberOfOccurrences"_L1)
                 .toInt(),
             4);

    GraphTestClient client(graph.baseUrl());
    client.fetchToken(graph.tenantId(), graph.clientId(), graph.clientSecret());
    const GraphHttpResult view = client.get(
        u"/v1.0/users/alfred@contoso.test/calendarView?startDateTime=2026-04-01T00:00:00Z&endDateTime=2026-06-01T00:00:00Z"_s);
    QCOMPARE(view.json.value("value"_L1).toArray().size(), 5); // meeting + 4 occurrences
}

void TestGraphWorld::saveAndRestoreState()
{
    QJsonObject state;
    QString eventId;
    {
        GraphSandbox graph;
        QVERIFY(graph.start());
        graph.load(sampleWorld());
        eventId =
            graph
                .createEvent(u"berta@contoso.test"_s,
                             QJsonObject{{"subject"_L1, "Kept"_L1},
                                         {"start"_L1, QJsonObject{{"dateTime"_L1, "2026-05-05T10:00:00"_L1},
                                                                  {"timeZone"_L1, "UTC"_L1}}},
                                         {"end"_L1, QJsonObject{{"dateTime"_L1, "2026-05-05T11:00:00"_L1},
                                                                {"timeZone"_L1, "UTC"_L1}}}})
                .value("id"_L1)
                .toString();
        state = graph.saveState();
    }
    GraphSandbox restored;
    QVERIFY(restored.start());
    QString error;
    QVERIFY2(restored.restoreState(state, &error), qPrintable(error));
    QCOMPARE(restored.events(u"berta@contoso.test"_s).size(), 2);
    GraphTestClient client(restored.baseUrl());
    QCOMPARE(client.fetchToken(restored.tenantId(), restored.clientId(), restored.clientSecret()).status,
             200);
    const GraphHttpResult got = client.get(u"/v1.0/users/berta@contoso.test/events/"_s + eventId);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json.value("subject"_L1).toString(), u"Kept"_s);
    QVERIFY(!restored.restoreState(QJsonObject{{"store"_L1, 5}}, &error));
    QVERIFY(!error.isEmpty());
}

void TestGraphWorld::faultPlanInjects503()
{
    GraphSandbox graph;
    QVERIFY(graph.start());
    graph.load(sampleWorld());
    FaultRule rule;
    rule.path = QRegularExpression(u"^/v1\\.0/users/[^/]+/events$"_s);
    rule.kind = FaultKind::ServiceUnavailable;
    rule.retryAfter = u"2"_s;
    rule.times = 1;
    graph.http().faultPlan().addRule(rule);
    GraphTestClient client(graph.baseUrl());
    client.fetchToken(graph.tenantId(), graph.clientId(), graph.clientSecret());
    const GraphHttpResult first = client.get(u"/v1.0/users/alfred@contoso.test/events"_s);
    QCOMPARE(first.status, 503);
    QCOMPARE(first.header("Retry-After"), QByteArray("2"));
    QVERIFY(first.json.value("error"_L1).toObject().contains("innerError"_L1));
    QCOMPARE(client.get(u"/v1.0/users/alfred@contoso.test/events"_s).status, 200);
}

void TestGraphWorld::slowEndpointsTimeOut_data()
{
    QTest::addColumn<bool>("validation");
    QTest::newRow("validation answer later than the limit -> 400") << true;
    QTest::newRow("notification answer later than the limit -> retried") << false;
}

void TestGraphWorld::slowEndpointsTimeOut()
{
    QFETCH(bool, validation);
    GraphSandbox graph;
    QVERIFY(graph.start());
    graph.load(sampleWorld());
    graph.subscriptions().setDuplicateRate(0);
    graph.subscriptions().setValidationTimeout(300); // real Graph: 10 s
    graph.subscriptions().setDeliveryTimeout(300);   // real Graph: 3 s
    graph.subscriptions().setRetryDelay(20);
    HttpSandbox hook;
    int notifications = 0;
    hook.route(u"POST"_s, u"/hook"_s, [&notifications](const SandboxRequest &r, const Reply &reply) {
        const QString token = r.query.queryItemValue(u"validationToken"_s, QUrl::FullyDecoded);
        if (!token.isEmpty())
            return reply.send(200, token.toUtf8(), "text/plain");
        ++notifications;
        reply.empty(202);
    });
    QVERIFY(hook.listenLoopback());
    FaultRule stall;
    stall.kind = FaultKind::Stall;
    stall.seconds = 0.8;
    stall.times = 1;
    stall.after = validation ? 0 : 1; // stall the validation or the first notification
    hook.faultPlan().addRule(stall);

    GraphTestClient client(graph.baseUrl());
    client.fetchToken(graph.tenantId(), graph.clientId(), graph.clientSecret());
    const GraphHttpResult created =
        client.send(u"POST"_s, u"/v1.0/subscriptions"_s,
                    QJsonObject{{"changeType"_L1, "created"_L1},
                                {"notificationUrl"_L1, hook.baseUrl().toString() + u"/hook"_s},
                                {"resource"_L1, "/users/alfred@contoso.test/events"_L1},
                                {"expirationDateTime"_L1,
                                 GraphEventJson::utcStamp(QDateTime::currentDateTimeUtc().addDays(1))}});
    if (validation) {
        QCOMPARE(created.status, 400);
        QVERIFY(created.json.value("error"_L1)
                    .toObject()
                    .value("message"_L1)
                    .toString()
                    .startsWith("Subscription validation request failed"_L1));
        return;
    }
    QCOMPARE(created.status, 201);
    graph.createEvent(
        u"alfred@contoso.test"_s,
        QJsonObject{
            {"subject"_L1, "Ping"_L1},
            {"start"_L1, QJsonObject{{"dateTime"_L1, "2026-05-06T10:00:00"_L1}, {"timeZone"_L1, "UTC"_L1}}},
            {"end"_L1, QJsonObject{{"dateTime"_L1, "2026-05-06T11:00:00"_L1}, {"timeZone"_L1, "UTC"_L1}}}});
    // the stalled first POST times out and is retried; the stalled one is still answered later
    QTRY_VERIFY_WITH_TIMEOUT(notifications >= 2, 5000);
    QVERIFY(graph.subscriptions().deliveryAttempts() >= 2);
}

QTEST_GUILESS_MAIN(TestGraphWorld)
#include "tst_graph_world.moc"
