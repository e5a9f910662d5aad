// Graph sandbox: events CRUD, changeKey/If-Match, transactionId, time zones, meetings across sandbox
// mailboxes, recurrence and calendarView over real loopback HTTP.
#include "GraphSandbox.h"
#include "GraphTestClient.h"

#include <QJsonArray>
#include <QTest>

using namespace cxsync::sandbox;
using namespace Qt::StringLiterals;

class TestGraphEvents : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createReadUpdateDelete();
    void transactionIdDeduplicatesCreate();
    void staleIfMatchIs412();
    void preferTimeZone_data();
    void preferTimeZone();
    void unknownTimeZoneIs400();
    void preferBodyContentType_data();
    void preferBodyContentType();
    void meetingCopiesInAttendeeMailboxes();
    void respondUpdatesOrganizerAttendees_data();
    void respondUpdatesOrganizerAttendees();
    void cancelMarksAttendeeCopies();
    void recurringSeriesExpandsInCalendarView_data();
    void recurringSeriesExpandsInCalendarView();
    void occurrenceExceptions();
    void allDayEvent();
    void calendarViewPaging();

private:
    QJsonObject meeting() const;
    std::unique_ptr<GraphSandbox> m_graph;
    std::unique_ptr<GraphTestClient> m_client;
};

static SampleData threeMailboxes()
{
    SampleData data;
    const QStringList names = {u"Anna"_s, u"Ben"_s, u"Cleo"_s};
    for (int i = 0; i < names.size(); ++i) {
        SampleUser u;
        u.key = u"u%1"_s.arg(i);
        u.givenName = names[i];
        u.surname = u"Test"_s;
        u.displayName = names[i] + u" Test"_s;
        u.mail = names[i].toLower() + u"@contoso.test"_s;
        data.users.append(u);
    }
    return data;
}

static QJsonObject simpleEvent(const QString &subject, const QString &start, const QString &end,
                               const QString &zone = u"W. Europe Standard Time"_s)
{
    return QJsonObject{{"subject"_L1, subject},
                       {"body"_L1, QJsonObject{{"contentType"_L1, "text"_L1}, {"content"_L1, "Agenda"_L1}}},
                       {"start"_L1, QJsonObject{{"dateTime"_L1, start}, {"timeZone"_L1, zone}}},
                       {"end"_L1, QJsonObject{{"dateTime"_L1, end}, {"timeZone"_L1, zone}}},
                       {"location"_L1, QJsonObject{{"displayName"_L1, "Room 1"_L1}}}};
}

QJsonObject TestGraphEvents::meeting() const
{
    QJsonObject e = simpleEvent(u"Project review"_s, u"2026-03-10T10:00:00"_s, u"2026-03-10T11:00:00"_s);
    e.insert("attendees"_L1,
             QJsonArray{QJsonObject{{"emailAddress"_L1, QJsonObject{{"address"_L1, "ben@contoso.test"_L1},
                                                                    {"name"_L1, "Ben"_L1}}},
                                    {"type"_L1, "required"_L1}},
                        QJsonObject{{"emailAddress"_L1, QJsonObject{{"address"_L1, "cleo@contoso.test"_L1},
                                                                    {"name"_L1, "Cleo"_L1}}},
                                    {"type"_L1, "optional"_L1}},
                        QJsonObject{{"emailAddress"_L1, QJsonObject{{"address"_L1, "guest@example.org"_L1}}},
                                    {"type"_L1, "required"_L1}}});
    return e;
}

void TestGraphEvents::init()
{
    m_graph = std::make_unique<GraphSandbox>();
    QVERIFY(m_graph->start());
    m_graph->load(threeMailboxes());
    m_client = std::make_unique<GraphTestClient>(m_graph->baseUrl());
    QCOMPARE(m_client->fetchToken(m_graph->tenantId(), m_graph->clientId(), m_graph->clientSecret()).status,
             200);
}

void TestGraphEvents::cleanup()
{
    m_client.reset();
    m_graph.reset();
}

void TestGraphEvents::createReadUpdateDelete()
{
    const GraphHttpResult created =
        m_client->send(u"POST"_s, u"/v1.0/users/anna@contoso.test/events"_s,
                       simpleEvent(u"Lunch"_s, u"2026-03-02T12:00:00"_s, u"2026-03-02T13:00:00"_s));
    QCOMPARE(created.status, 201);
    const QJsonObject e = created.json;
    const QString id = e.value("id"_L1).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(e.value("type"_L1).toString(), u"singleInstance"_s);
    QVERIFY(e.value("recurrence"_L1).isNull());
    QVERIFY(e.value("seriesMasterId"_L1).isNull());
    QCOMPARE(e.value("isOrganizer"_L1).toBool(), true);
    QCOMPARE(e.value("responseStatus"_L1).toObject().value("response"_L1).toString(), u"organizer"_s);
    QCOMPARE(e.value("start"_L1).toObject().value("dateTime"_L1).toString(),
             u"2026-03-02T11:00:00.0000000"_s);
    QCOMPARE(e.value("start"_L1).toObject().value("timeZone"_L1).toString(), u"UTC"_s);
    QCOMPARE(e.value("originalStartTimeZone"_L1).toString(), u"W. Europe Standard Time"_s);
    QCOMPARE(e.value("@odata.etag"_L1).toString(), u"W/\"%1\""_s.arg(e.value("changeKey"_L1).toString()));
    QVERIFY(e.value("createdDateTime"_L1).toString().endsWith('Z'_L1));
    QVERIFY(!e.value("iCalUId"_L1).toString().isEmpty());
    QVERIFY(!e.contains("transactionId"_L1));
    for (const char *key :
         {"isAllDay", "isReminderOn", "reminderMinutesBeforeStart", "sensitivity", "showAs", "body",
          "location", "attendees", "organizer", "isCancelled", "lastModifiedDateTime"})
        QVERIFY2(e.contains(QLatin1String(key)), key);

    const QString path = u"/v1.0/users/anna@contoso.test/events/"_s + id;
    QCOMPARE(m_client->get(path).json.value("subject"_L1).toString(), u"Lunch"_s);

    const GraphHttpResult patched =
        m_client->send(u"PATCH"_s, path, QJsonObject{{"subject"_L1, "Late lunch"_L1}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json.value("subject"_L1).toString(), u"Late lunch"_s);
    QVERIFY(patched.json.value("changeKey"_L1).toString() != e.value("changeKey"_L1).toString());
    QVERIFY(patched.json.value("@odata.etag"_L1).toString() != e.value("@odata.etag"_L1).toString());

    const GraphHttpResult list = m_client->get(u"/v1.0/users/anna@contoso.test/events"_s);
    QCOMPARE(list.json.value("value"_L1).toArray().size(), 1);

    QCOMPARE(m_client->send(u"DELETE"_s, path).status, 204);
    const GraphHttpResult gone = m_client->get(path);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorCode(), u"ErrorItemNotFound"_s);
}

void TestGraphEvents::transactionIdDeduplicatesCreate()
{
    QJsonObject e = simpleEvent(u"Once"_s, u"2026-03-03T09:00:00"_s, u"2026-03-03T09:30:00"_s);
    e.insert("transactionId"_L1, "crm-42-create"_L1);
    const GraphHttpResult first = m_client->send(u"POST"_s, u"/v1.0/users/anna@contoso.test/events"_s, e);
    const GraphHttpResult second = m_client->send(u"POST"_s, u"/v1.0/users/anna@contoso.test/events"_s, e);
    QCOMPARE(first.status, 201);
    QCOMPARE(second.status, 201);
    QCOMPARE(second.json.value("id"_L1).toString(), first.json.value("id"_L1).toString());
    QCOMPARE(first.json.value("transactionId"_L1).toString(), u"crm-42-create"_s);
    QCOMPARE(m_graph->events(u"anna@contoso.test"_s).size(), 1);
}

void TestGraphEvents::staleIfMatchIs412()
{
    const GraphHttpResult created =
        m_client->send(u"POST"_s, u"/v1.0/users/anna@contoso.test/events"_s,
                       simpleEvent(u"E"_s, u"2026-03-04T09:00:00"_s, u"2026-03-04T10:00:00"_s));
    const QString path = u"/v1.0/users/anna@contoso.test/events/"_s + created.json.value("id"_L1).toString();
    const QByteArray etag = created.json.value("@odata.etag"_L1).toString().toLatin1();
    QCOMPARE(m_client->send(u"PATCH"_s, path, {{"subject"_L1, "v2"_L1}}, {{"If-Match", etag}}).status, 200);
    const GraphHttpResult stale =
        m_client->send(u"PATCH"_s, path, {{"subject"_L1, "v3"_L1}}, {{"If-Match", etag}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.errorCode(), u"ErrorIrresolvableConflict"_s);
    QVERIFY(
        stale.json.value("error"_L1)
            .toObject()
            .value("message"_L1)
            .toString()
            .contains(
                "change key passed in the request does not match the current change key for the item"_L1));
    QCOMPARE(m_client->send(u"DELETE"_s, path, {}, {{"If-Match", etag}}).status, 412);
}

void TestGraphEvents::preferTimeZone_data()
{
    QTest::addColumn<QList<QByteArray>>("prefer");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("start");
    QTest::newRow("no Prefer -> UTC") << QList<QByteArray>{} << "UTC"
                                      << "2026-07-01T07:00:00.0000000";
    QTest::newRow("Windows zone name")
        << QList<QByteArray>{"outlook.timezone=\"Pacific Standard Time\""} << "Pacific Standard Time"
        << "2026-07-01T00:00:00.0000000";
    QTest::newRow("IANA zone name") << QList<QByteArray>{"outlook.timezone=\"Europe/Berlin\""}
                                    << "Europe/Berlin"
                                    << "2026-07-01T09:00:00.0000000";
    QTest::newRow("repeated Prefer headers")
        << QList<QByteArray>{"odata.maxpagesize=5", "outlook.timezone=\"Tokyo Standard Time\""}
        << "Tokyo Standard Time"
        << "2026-07-01T16:00:00.0000000";
    QTest::newRow("comma-separated Prefer values")
        << QList<QByteArray>{"odata.maxpagesize=5, outlook.timezone=\"W. Europe Standard Time\""}
        << "W. Europe Standard Time"
        << "2026-07-01T09:00:00.0000000";
}

void TestGraphEvents::preferTimeZone()
{
    QFETCH(QList<QByteArray>, prefer);
    QFETCH(QString, zone);
    QFETCH(QString, start);
    HeaderList headers;
    for (const QByteArray &p : prefer)
        headers.append({"Prefer", p});
    // POST and PATCH responses ignore the preference (always UTC)
    const GraphHttpResult created = m_client->send(
        u"POST"_s, u"/v1.0/users/anna@contoso.test/events"_s,
        simpleEvent(u"TZ"_s, u"2026-07-01T07:00:00"_s, u"2026-07-01T08:00:00"_s, u"UTC"_s), headers);
    QCOMPARE(created.json.value("start"_L1).toObject().value("timeZone"_L1).toString(), u"UTC"_s);
    const QString path = u"/v1.0/users/anna@contoso.test/events/"_s + created.json.value("id"_L1).toString();
    const GraphHttpResult patched = m_client->send(u"PATCH"_s, path, {{"subject"_L1, "TZ2"_L1}}, headers);
    QCOMPARE(patched.json.value("start"_L1).toObject().value("timeZone"_L1).toString(), u"UTC"_s);

    const QJsonObject got = m_client->get(path, headers).json.value("start"_L1).toObject();
    QCOMPARE(got.value("timeZone"_L1).toString(), zone);
    QCOMPARE(got.value("dateTime"_L1).toString(), start);
    const GraphHttpResult view = m_client->get(
        u"/v1.0/users/anna@contoso.test/calendarView?startDateTime=2026-07-01T00:00:00Z&endDateTime=2026-07-02T00:00:00Z"_s,
        headers);
    QCOMPARE(view.json.value("value"_L1)
                 .toArray()
                 .first()
                 .toObject()
                 .value("start"_L1)
                 .toObject()
                 .value("dateTime"_L1)
                 .toString(),
             start);
}

void TestGraphEvents::unknownTimeZoneIs400()
{
    const GraphHttpResult r = m_client->send(
        u"POST"_s, u"/v1.0/users/anna@contoso.test/events"_s,
        simpleEvent(u"X"_s, u"2026-03-02T12:00:00"_s, u"2026-03-02T13:00:00"_s, u"Mars Standard Time"_s));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"TimeZoneNotSupportedException"_s);
}

void TestGraphEvents::preferBodyContentType_data()
{
    QTest::addColumn<QByteArray>("prefer");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("content");
    QTest::newRow("no preference -> as stored") << QByteArray() << "text"
                                                << "Line 1\nLine <2>";
    QTest::newRow("outlook.body-content-type=html -> HTML")
        << QByteArray("outlook.body-content-type=\"html\"") << "html"
        << "<div>Line 1<br>Line &lt;2&gt;</div>";
    QTest::newRow("text with outlook.timezone in the same header -> text")
        << QByteArray("outlook.timezone=\"UTC\", outlook.body-content-type=\"text\"") << "text"
        << "Line 1\nLine <2>";
}

void TestGraphEvents::preferBodyContentType()
{
    QFETCH(QByteArray, prefer);
    QFETCH(QString, type);
    QFETCH(QString, content);
    QJsonObject e = simpleEvent(u"Body"_s, u"2026-03-05T10:00:00"_s, u"2026-03-05T11:00:00"_s);
    e.insert("body"_L1, QJsonObject{{"contentType"_L1, "text"_L1}, {"content"_L1, "Line 1\nLine <2>"_L1}});
    const QString id = m_graph->createEvent(u"anna@contoso.test"_s, e).value("id"_L1).toString();
    HeaderList headers;
    if (!prefer.isEmpty())
        headers.append({"Prefer", prefer});
    const GraphHttpResult r = m_client->get(u"/v1.0/users/anna@contoso.test/events/"_s + id, headers);
    const QJsonObject body = r.json.value("body"_L1).toObject();
    QCOMPARE(body.value("contentType"_L1).toString(), type);
    QVERIFY2(body.value("content"_L1).toString().contains(content),
             qPrintable(body.value("content"_L1).toString()));
    if (!prefer.isEmpty())
        QVERIFY(r.header("Preference-Applied").contains("outlook."));
}

void TestGraphEvents::meetingCopiesInAttendeeMailboxes()
{
    const GraphHttpResult created =
        m_client->send(u"POST"_s, u"/v1.0/users/anna@contoso.test/events"_s, meeting());
    QCOMPARE(created.status, 201);
    const QString uid = created.json.value("iCalUId"_L1).toString();
    for (const QString &mailbox : {u"ben@contoso.test"_s, u"cleo@contoso.test"_s}) {
        const QJsonArray events = m_graph->events(mailbox);
        QCOMPARE(events.size(), 1);
        const QJsonObject copy = events.first().toObject();
        QCOMPARE(copy.value("iCalUId"_L1).toString(), uid);
        QVERIFY(copy.value("id"_L1).toString() != created.json.value("id"_L1).toString());
        QCOMPARE(copy.value("isOrganizer"_L1).toBool(), false);
        QCOMPARE(copy.value("responseStatus"_L1).toObject().value("response"_L1).toString(), u"none"_s);
        QCOMPARE(copy.value("organizer"_L1)
                     .toObject()
                     .value("emailAddress"_L1)
                     .toObject()
                     .value("address"_L1)
                     .toString(),
                 u"anna@contoso.test"_s);
    }
    // organizer updates reach the copies
    const QString path = u"/v1.0/users/anna@contoso.test/events/"_s + created.json.value("id"_L1).toString();
    QCOMPARE(m_client->send(u"PATCH"_s, path, {{"subject"_L1, "Project review (moved)"_L1}}).status, 200);
    QCOMPARE(m_graph->events(u"ben@contoso.test"_s).first().toObject().value("subject"_L1).toString(),
             u"Project review (moved)"_s);
}

void TestGraphEvents::respondUpdatesOrganizerAttendees_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("response");
    QTest::newRow("accept -> accepted") << "accept"
                                        << "accepted";
    QTest::newRow("decline -> declined") << "decline"
                                         << "declined";
    QTest::newRow("tentativelyAccept -> tentativelyAccepted") << "tentativelyAccept"
                                                              << "tentativelyAccepted";
}

void TestGraphEvents::respondUpdatesOrganizerAttendees()
{
    QFETCH(QString, action);
    QFETCH(QString, response);
    const QString organizerId =
        m_client->send(u"POST"_s, u"/v1.0/users/anna@contoso.test/events"_s, meeting())
            .json.value("id"_L1)
            .toString();
    const QString copyId =
        m_graph->events(u"ben@contoso.test"_s).first().toObject().value("id"_L1).toString();
    const GraphHttpResult r =
        m_client->send(u"POST"_s, u"/v1.0/users/ben@contoso.test/events/%1/%2"_s.arg(copyId, action),
                       QJsonObject{{"comment"_L1, "ok"_L1}, {"sendResponse"_L1, true}});
    QCOMPARE(r.status, 202);
    const QJsonObject copy = m_client->get(u"/v1.0/users/ben@contoso.test/events/"_s + copyId).json;
    QCOMPARE(copy.value("responseStatus"_L1).toObject().value("response"_L1).toString(), response);
    const QJsonObject master = m_client->get(u"/v1.0/users/anna@contoso.test/events/"_s + organizerId).json;
    QString benStatus;
    for (const QJsonValue &a : master.value("attendees"_L1).toArray()) {
        if (a.toObject().value("emailAddress"_L1).toObject().value("address"_L1).toString() ==
            "ben@contoso.test"_L1)
            benStatus = a.toObject().value("status"_L1).toObject().value("response"_L1).toString();
    }
    QCOMPARE(benStatus, response);
    // the organizer cannot respond to its own meeting
    QCOMPARE(m_client
                 ->send(u"POST"_s, u"/v1.0/users/anna@contoso.test/events/%1/accept"_s.arg(organizerId),
                        QJsonObject{{"comment"_L1, ""_L1}})
                 .status,
             400);
}

void TestGraphEvents::cancelMarksAttendeeCopies()
{
    const QString organizerId =
        m_client->send(u"POST"_s, u"/v1.0/users/anna@contoso.test/events"_s, meeting())
            .json.value("id"_L1)
            .toString();
    const QString copyId =
        m_graph->events(u"ben@contoso.test"_s).first().toObject().value("id"_L1).toString();
    // an attendee cannot cancel
    QCOMPARE(m_client
                 ->send(u"POST"_s, u"/v1.0/users/ben@contoso.test/events/%1/cancel"_s.arg(copyId),
                        QJsonObject{{"comment"_L1, "no"_L1}})
                 .status,
             400);
    QCOMPARE(m_client
                 ->send(u"POST"_s, u"/v1.0/users/anna@contoso.test/events/%1/cancel"_s.arg(organizerId),
                        QJsonObject{{"comment"_L1, "Sorry, moved to next week."_L1}})
                 .status,
             202);
    QCOMPARE(m_graph->events(u"anna@contoso.test"_s).size(), 0);
    const QJsonObject copy = m_graph->events(u"ben@contoso.test"_s).first().toObject();
    QCOMPARE(copy.value("isCancelled"_L1).toBool(), true);
    QVERIFY(copy.value("subject"_L1).toString().startsWith("Canceled: "_L1));
    QVERIFY(
        copy.value("body"_L1).toObject().value("content"_L1).toString().contains("moved to next week"_L1));
}

void TestGraphEvents::recurringSeriesExpandsInCalendarView_data()
{
    QTest::addColumn<QJsonObject>("recurrence");
    QTest::addColumn<QStringList>("starts");
    QTest::newRow("daily numbered 3 (across DST change in Europe)")
        << QJsonObject{{"pattern"_L1, QJsonObject{{"type"_L1, "daily"_L1}, {"interval"_L1, 1}}},
                       {"range"_L1, QJsonObject{{"type"_L1, "numbered"_L1},
                                                {"startDate"_L1, "2026-03-28"_L1},
                                                {"numberOfOccurrences"_L1, 3}}}}
        << QStringList{u"2026-03-28T08:00:00.0000000"_s, u"2026-03-29T07:00:00.0000000"_s,
                       u"2026-03-30T07:00:00.0000000"_s};
    QTest::newRow("weekly Mon+Wed until endDate")
        << QJsonObject{{"pattern"_L1,
                        QJsonObject{{"type"_L1, "weekly"_L1},
                                    {"interval"_L1, 1},
                                    {"daysOfWeek"_L1, QJsonArray{u"monday"_s, u"wednesday"_s}}}},
                       {"range"_L1, QJsonObject{{"type"_L1, "endDate"_L1},
                                                {"startDate"_L1, "2026-03-28"_L1},
                                                {"endDate"_L1, "2026-04-06"_L1}}}}
        << QStringList{u"2026-03-30T07:00:00.0000000"_s, u"2026-04-01T07:00:00.0000000"_s,
                       u"2026-04-06T07:00:00.0000000"_s};
}

void TestGraphEvents::recurringSeriesExpandsInCalendarView()
{
    QFETCH(QJsonObject, recurrence);
    QFETCH(QStringList, starts);
    QJsonObject e = simpleEvent(u"Standup"_s, u"2026-03-28T09:00:00"_s, u"2026-03-28T09:15:00"_s);
    e.insert("recurrence"_L1, recurrence);
    const GraphHttpResult created = m_client->send(u"POST"_s, u"/v1.0/users/anna@contoso.test/events"_s, e);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value("type"_L1).toString(), u"seriesMaster"_s);
    const QString masterId = created.json.value("id"_L1).toString();
    const GraphHttpResult view = m_client->get(
        u"/v1.0/users/anna@contoso.test/calendarView?startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-05-01T00:00:00Z"_s);
    QCOMPARE(view.status, 200);
    const QJsonArray value = view.json.value("value"_L1).toArray();
    QStringList got;
    QSet<QString> ids, uids;
    for (const QJsonValue &v : value) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value("type"_L1).toString(), u"occurrence"_s);
        QCOMPARE(o.value("seriesMasterId"_L1).toString(), masterId);
        got.append(o.value("start"_L1).toObject().value("dateTime"_L1).toString());
        ids.insert(o.value("id"_L1).toString());
        uids.insert(o.value("iCalUId"_L1).toString());
    }
    QCOMPARE(got, starts);
    QCOMPARE(ids.size(), starts.size());
    QCOMPARE(uids.size(), starts.size());
    // an occurrence can be read by its id; /events lists only the master
    QCOMPARE(m_client->get(u"/v1.0/users/anna@contoso.test/events/"_s + *ids.begin())
                 .json.value("type"_L1)
                 .toString(),
             u"occurrence"_s);
    QCOMPARE(m_client->get(u"/v1.0/users/anna@contoso.test/events"_s).json.value("value"_L1).toArray().size(),
             1);
}

void TestGraphEvents::occurrenceExceptions()
{
    QJsonObject e = simpleEvent(u"Daily"_s, u"2026-06-01T09:00:00"_s, u"2026-06-01T09:30:00"_s);
    e.insert("attendees"_L1,
             QJsonArray{QJsonObject{{"emailAddress"_L1, QJsonObject{{"address"_L1, "ben@contoso.test"_L1}}},
                                    {"type"_L1, "required"_L1}}});
    e.insert("recurrence"_L1,
             QJsonObject{{"pattern"_L1, QJsonObject{{"type"_L1, "daily"_L1}, {"interval"_L1, 1}}},
                         {"range"_L1, QJsonObject{{"type"_L1, "numbered"_L1},
                                                  {"startDate"_L1, "2026-06-01"_L1},
                                                  {"numberOfOccurrences"_L1, 4}}}});
    const GraphHttpResult master = m_client->send(u"POST"_s, u"/v1.0/users/anna@contoso.test/events"_s, e);
    const QString view =
        u"/v1.0/users/%1/calendarView?startDateTime=2026-06-01T00:00:00Z&endDateTime=2026-06-10T00:00:00Z"_s;
    QJsonArray occurrences = m_client->get(view.arg(u"anna@contoso.test"_s)).json.value("value"_L1).toArray();
    QCOMPARE(occurrences.size(), 4);
    const QString second = occurrences.at(1).toObject().value("id"_L1).toString();
    const QString third = occurrences.at(2).toObject().value("id"_L1).toString();

    // move the second occurrence by an hour and rename it: it becomes an exception
    const GraphHttpResult moved =
        m_client->send(u"PATCH"_s, u"/v1.0/users/anna@contoso.test/events/"_s + second,
                       {{"subject"_L1, "Daily (moved)"_L1},
                        {"start"_L1, QJsonObject{{"dateTime"_L1, "2026-06-02T10:00:00"_L1},
                                                 {"timeZone"_L1, "W. Europe Standard Time"_L1}}},
                        {"end"_L1, QJsonObject{{"dateTime"_L1, "2026-06-02T10:30:00"_L1},
                                               {"timeZone"_L1, "W. Europe Standard Time"_L1}}}});
    QCOMPARE(moved.status, 200);
    QCOMPARE(moved.json.value("type"_L1).toString(), u"exception"_s);
    QCOMPARE(moved.json.value("seriesMasterId"_L1).toString(), master.json.value("id"_L1).toString());
    // delete the third occurrence
    QCOMPARE(m_client->send(u"DELETE"_s, u"/v1.0/users/anna@contoso.test/events/"_s + third).status, 204);
    QCOMPARE(m_client->get(u"/v1.0/users/anna@contoso.test/events/"_s + third).status, 404);

    for (const QString &mailbox : {u"anna@contoso.test"_s, u"ben@contoso.test"_s}) {
        occurrences = m_client->get(view.arg(mailbox)).json.value("value"_L1).toArray();
        QCOMPARE(occurrences.size(), 3);
        const QJsonObject exception = occurrences.at(1).toObject();
        QCOMPARE(exception.value("type"_L1).toString(), u"exception"_s);
        QCOMPARE(exception.value("subject"_L1).toString(), u"Daily (moved)"_s);
        QCOMPARE(exception.value("start"_L1).toObject().value("dateTime"_L1).toString(),
                 u"2026-06-02T08:00:00.0000000"_s);
        QCOMPARE(occurrences.at(2).toObject().value("start"_L1).toObject().value("dateTime"_L1).toString(),
                 u"2026-06-04T07:00:00.0000000"_s);
        QCOMPARE(exception.value("isOrganizer"_L1).toBool(), mailbox.startsWith("anna"_L1));
    }
    // the master itself carries no internal bookkeeping
    const QJsonObject reread =
        m_client->get(u"/v1.0/users/anna@contoso.test/events/"_s + master.json.value("id"_L1).toString())
            .json;
    QVERIFY(!reread.contains("_exceptions"_L1));
    QVERIFY(reread.value("changeKey"_L1).toString() != master.json.value("changeKey"_L1).toString());
}

void TestGraphEvents::allDayEvent()
{
    QJsonObject e = simpleEvent(u"Holiday"_s, u"2026-05-01T00:00:00"_s, u"2026-05-02T00:00:00"_s);
    e.insert("isAllDay"_L1, true);
    const GraphHttpResult created = m_client->send(u"POST"_s, u"/v1.0/users/anna@contoso.test/events"_s, e);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value("isAllDay"_L1).toBool(), true);
    QCOMPARE(created.json.value("start"_L1).toObject().value("dateTime"_L1).toString(),
             u"2026-05-01T00:00:00.0000000"_s);
    QJsonObject bad = simpleEvent(u"Bad"_s, u"2026-05-01T10:00:00"_s, u"2026-05-02T00:00:00"_s);
    bad.insert("isAllDay"_L1, true);
    QCOMPARE(m_client->send(u"POST"_s, u"/v1.0/users/anna@contoso.test/events"_s, bad).status, 400);
}

void TestGraphEvents::calendarViewPaging()
{
    for (int i = 0; i < 12; ++i)
        m_graph->createEvent(u"cleo@contoso.test"_s,
                             simpleEvent(u"E%1"_s.arg(i),
                                         u"2026-06-%1T10:00:00"_s.arg(i + 1, 2, 10, QLatin1Char('0')),
                                         u"2026-06-%1T11:00:00"_s.arg(i + 1, 2, 10, QLatin1Char('0'))));
    GraphHttpResult r = m_client->get(
        u"/v1.0/users/cleo@contoso.test/calendarView?startDateTime=2026-06-01T00:00:00Z&endDateTime=2026-07-01T00:00:00Z"_s,
        {{"Prefer", "odata.maxpagesize=5"}});
    int total = 0, pages = 0;
    while (true) {
        QCOMPARE(r.status, 200);
        total += int(r.json.value("value"_L1).toArray().size());
        ++pages;
        const QString next = r.json.value("@odata.nextLink"_L1).toString();
        if (next.isEmpty())
            break;
        r = m_client->get(next, {{"Prefer", "odata.maxpagesize=5"}});
    }
    QCOMPARE(total, 12);
    QCOMPARE(pages, 3);
    QCOMPARE(m_client->get(u"/v1.0/users/cleo@contoso.test/calendarView"_s).status, 400);
}

QTEST_GUILESS_MAIN(TestGraphEvents)
#include "tst_graph_events.moc"
