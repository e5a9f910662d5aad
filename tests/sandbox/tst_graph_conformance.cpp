// Graph sandbox conformance: real responses are validated against the Graph v1.0 OpenAPI subset in
// tests/specs (copied from ../shared/specs) with tools/validate_graph_samples.py, run by Debian's python3 with
// python3-yaml and python3-jsonschema (CMake's CXSYNC_TEST_PYTHON), as on a fresh machine. A missing interpreter
// or package fails the test: a skip would be counted as passed by CTest.
#include "GraphEventJson.h"
#include "GraphSandbox.h"
#include "GraphTestClient.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cxsync::sandbox;
using namespace Qt::StringLiterals;

class TestGraphConformance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void validates_data();
    void validates();

private:
    std::unique_ptr<GraphSandbox> m_graph;
    std::unique_ptr<GraphTestClient> m_client;
    std::unique_ptr<HttpSandbox> m_hook;
    QTemporaryDir m_dir;
    QHash<QString, QJsonObject> m_docs;
};

static QJsonObject ev(const QString &subject, const QString &start, const QString &end)
{
    return QJsonObject{
        {"subject"_L1, subject},
        {"body"_L1, QJsonObject{{"contentType"_L1, "html"_L1}, {"content"_L1, "<p>Hello</p>"_L1}}},
        {"start"_L1, QJsonObject{{"dateTime"_L1, start}, {"timeZone"_L1, "W. Europe Standard Time"_L1}}},
        {"end"_L1, QJsonObject{{"dateTime"_L1, end}, {"timeZone"_L1, "W. Europe Standard Time"_L1}}},
        {"location"_L1, QJsonObject{{"displayName"_L1, "Room 7"_L1}}},
        {"transactionId"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces)}};
}

// The interpreter the validator runs with: CXSYNC_TEST_PYTHON from the environment (to check another one),
// else the one CMake was configured with (/usr/bin/python3).
static QString python()
{
    const QString chosen = qEnvironmentVariable("CXSYNC_TEST_PYTHON");
    return chosen.isEmpty() ? QStringLiteral(CXSYNC_TEST_PYTHON) : chosen;
}

// Isolated (-I): no PYTHONPATH, no user site-packages, so only what the system has installed is imported.
static QStringList pythonArgs(const QStringList &args)
{
    return QStringList{u"-I"_s} + args;
}

void TestGraphConformance::initTestCase()
{
    const QString py = python();
    QVERIFY2(QFileInfo(py).isExecutable(),
             qPrintable(u"%1 is not an executable Python 3; install Debian's python3 or configure "
                        "-DCXSYNC_TEST_PYTHON=PATH"_s.arg(py)));
    QProcess probe;
    probe.setProcessChannelMode(QProcess::MergedChannels);
    probe.start(py, pythonArgs({u"-c"_s, u"import yaml, jsonschema"_s}));
    QVERIFY2(probe.waitForFinished(30000), qPrintable(u"%1 did not answer"_s.arg(py)));
    QVERIFY2(probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0,
             qPrintable(u"%1 cannot import yaml and jsonschema (Debian: apt-get install python3-yaml "
                        "python3-jsonschema, both in installer/debian-packages.txt): %2"_s
                            .arg(py, QString::fromUtf8(probe.readAll().trimmed()))));
    QVERIFY(m_dir.isValid());

    m_graph = std::make_unique<GraphSandbox>();
    QVERIFY(m_graph->start());
    SampleData data;
    for (const QString &name : {u"anna"_s, u"ben"_s}) {
        SampleUser u;
        u.key = name;
        u.givenName = name;
        u.surname = u"Example"_s;
        u.displayName = name + u" Example"_s;
        u.mail = name + u"@contoso.test"_s;
        u.aliases = {name + u".alias@contoso.test"_s};
        data.users.append(u);
    }
    m_graph->load(data);
    m_client = std::make_unique<GraphTestClient>(m_graph->baseUrl());
    QCOMPARE(m_client->fetchToken(m_graph->tenantId(), m_graph->clientId(), m_graph->clientSecret()).status,
             200);
    const QString events = u"/v1.0/users/anna@contoso.test/events"_s;

    m_docs[u"users-default"_s] = m_client->get(u"/v1.0/users"_s).json;
    m_docs[u"users-select"_s] =
        m_client
            ->get(
                u"/v1.0/users?$select=id,displayName,givenName,surname,mail,userPrincipalName,proxyAddresses,accountEnabled"_s)
            .json;
    m_docs[u"user"_s] = m_client->get(u"/v1.0/users/ben@contoso.test"_s).json;

    const GraphHttpResult single = m_client->send(
        u"POST"_s, events, ev(u"Single"_s, u"2026-04-07T10:00:00"_s, u"2026-04-07T11:00:00"_s));
    m_docs[u"event-created"_s] = single.json;
    m_docs[u"event-get-tz"_s] = m_client
                                    ->get(events + u"/"_s + single.json.value("id"_L1).toString(),
                                          {{"Prefer", "outlook.timezone=\"Pacific Standard Time\""}})
                                    .json;

    QJsonObject meeting = ev(u"Meeting"_s, u"2026-04-08T10:00:00"_s, u"2026-04-08T11:00:00"_s);
    meeting.insert(
        "attendees"_L1,
        QJsonArray{QJsonObject{
            {"emailAddress"_L1, QJsonObject{{"address"_L1, "ben@contoso.test"_L1}, {"name"_L1, "Ben"_L1}}},
            {"type"_L1, "required"_L1}}});
    m_docs[u"meeting-organizer"_s] = m_client->send(u"POST"_s, events, meeting).json;
    const QString copyId =
        m_graph->events(u"ben@contoso.test"_s).first().toObject().value("id"_L1).toString();
    m_client->send(u"POST"_s, u"/v1.0/users/ben@contoso.test/events/%1/tentativelyAccept"_s.arg(copyId),
                   QJsonObject{{"comment"_L1, "maybe"_L1}});
    m_docs[u"meeting-attendee"_s] = m_client->get(u"/v1.0/users/ben@contoso.test/events/"_s + copyId).json;

    QJsonObject series = ev(u"Series"_s, u"2026-04-06T09:00:00"_s, u"2026-04-06T09:30:00"_s);
    series.insert(
        "recurrence"_L1,
        QJsonObject{{"pattern"_L1, QJsonObject{{"type"_L1, "weekly"_L1},
                                               {"interval"_L1, 1},
                                               {"firstDayOfWeek"_L1, "monday"_L1},
                                               {"daysOfWeek"_L1, QJsonArray{u"monday"_s, u"thursday"_s}}}},
                    {"range"_L1, QJsonObject{{"type"_L1, "numbered"_L1},
                                             {"startDate"_L1, "2026-04-06"_L1},
                                             {"numberOfOccurrences"_L1, 4},
                                             {"recurrenceTimeZone"_L1, "W. Europe Standard Time"_L1}}}});
    m_docs[u"series-master"_s] = m_client->send(u"POST"_s, events, series).json;
    QJsonObject allDay = ev(u"Holiday"_s, u"2026-04-10T00:00:00"_s, u"2026-04-11T00:00:00"_s);
    allDay.insert("isAllDay"_L1, true);
    m_client->send(u"POST"_s, events, allDay);

    const QString range = u"?startDateTime=2026-04-01T00:00:00Z&endDateTime=2026-05-01T00:00:00Z"_s;
    m_docs[u"calendarview"_s] = m_client->get(u"/v1.0/users/anna@contoso.test/calendarView"_s + range).json;
    const GraphHttpResult delta1 =
        m_client->get(u"/v1.0/users/anna@contoso.test/calendarView/delta"_s + range);
    m_docs[u"delta-initial"_s] = delta1.json;
    m_client->send(u"DELETE"_s, events + u"/"_s + single.json.value("id"_L1).toString());
    m_client->send(u"PATCH"_s, events + u"/"_s + m_docs[u"series-master"_s].value("id"_L1).toString(),
                   {{"subject"_L1, "Series 2"_L1}});
    for (const QJsonValue &v : m_docs[u"calendarview"_s].value("value"_L1).toArray()) {
        if (v.toObject().value("type"_L1).toString() ==
            "occurrence"_L1) { // one modified occurrence (exception)
            QCOMPARE(m_client
                         ->send(u"PATCH"_s, events + u"/"_s + v.toObject().value("id"_L1).toString(),
                                {{"subject"_L1, "Series (exception)"_L1}, {"showAs"_L1, "tentative"_L1}})
                         .status,
                     200);
            break;
        }
    }
    m_docs[u"delta-next"_s] = m_client->get(delta1.json.value("@odata.deltaLink"_L1).toString()).json;

    m_hook = std::make_unique<HttpSandbox>();
    m_hook->route(u"POST"_s, u"/hook"_s, [](const SandboxRequest &r, const Reply &reply) {
        reply.send(200, r.query.queryItemValue(u"validationToken"_s, QUrl::FullyDecoded).toUtf8(),
                   "text/plain");
    });
    QVERIFY(m_hook->listenLoopback());
    m_docs[u"subscription"_s] =
        m_client
            ->send(u"POST"_s, u"/v1.0/subscriptions"_s,
                   QJsonObject{{"changeType"_L1, "created,updated,deleted"_L1},
                               {"notificationUrl"_L1, m_hook->baseUrl().toString() + u"/hook"_s},
                               {"lifecycleNotificationUrl"_L1, m_hook->baseUrl().toString() + u"/hook"_s},
                               {"resource"_L1, "/users/anna@contoso.test/events"_L1},
                               {"expirationDateTime"_L1,
                                GraphEventJson::utcStamp(QDateTime::currentDateTimeUtc().addDays(2))},
                               {"clientState"_L1, "state"_L1}})
            .json;
    m_docs[u"error-412"_s] =
        m_client
            ->send(u"PATCH"_s, events + u"/"_s + m_docs[u"series-master"_s].value("id"_L1).toString(),
                   {{"subject"_L1, "x"_L1}}, {{"If-Match", "W/\"stale\""}})
            .json;
    m_docs[u"error-410"_s] = [this, &delta1] {
        m_graph->expireDeltaTokens(u"anna@contoso.test"_s);
        return m_client->get(delta1.json.value("@odata.deltaLink"_L1).toString()).json;
    }();

    QJsonObject broken = m_docs.value(u"event-created"_s);
    broken.insert("start"_L1, "2026-04-07T10:00:00"_L1);
    broken.insert("showAs"_L1, "sometimes"_L1);
    m_docs[u"broken"_s] = broken;
    for (auto it = m_docs.begin(); it != m_docs.end(); ++it) {
        QFile f(m_dir.filePath(it.key() + u".json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(it.value()).toJson());
    }
}

void TestGraphConformance::cleanupTestCase()
{
    m_client.reset();
    m_graph.reset();
    m_hook.reset();
}

void TestGraphConformance::validates_data()
{
    QTest::addColumn<QString>("doc");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("minItems");
    QTest::newRow("users list (default properties) is a user collection") << "users-default"
                                                                          << "microsoft.graph.user"
                                                                          << "/value" << 2;
    QTest::newRow("users list ($select sync fields) is a user collection") << "users-select"
                                                                           << "microsoft.graph.user"
                                                                           << "/value" << 2;
    QTest::newRow("single user is a user") << "user"
                                           << "microsoft.graph.user"
                                           << "" << 1;
    QTest::newRow("created single event is an event") << "event-created"
                                                      << "microsoft.graph.event"
                                                      << "" << 1;
    QTest::newRow("event read with outlook.timezone is an event") << "event-get-tz"
                                                                  << "microsoft.graph.event"
                                                                  << "" << 1;
    QTest::newRow("meeting organizer copy is an event") << "meeting-organizer"
                                                        << "microsoft.graph.event"
                                                        << "" << 1;
    QTest::newRow("meeting attendee copy (tentative) is an event") << "meeting-attendee"
                                                                   << "microsoft.graph.event"
                                                                   << "" << 1;
    QTest::newRow("recurring series master is an event") << "series-master"
                                                         << "microsoft.graph.event"
                                                         << "" << 1;
    QTest::newRow("calendarView page (occurrences, all-day) is an event collection")
        << "calendarview"
        << "microsoft.graph.event"
        << "/value" << 6;
    QTest::newRow("initial delta page (master + skeletal occurrences) is an event collection")
        << "delta-initial"
        << "microsoft.graph.event"
        << "/value" << 7;
    QTest::newRow("next delta round (@removed, changes, exception) is an event collection")
        << "delta-next"
        << "microsoft.graph.event"
        << "/value" << 2;
    QTest::newRow("subscription is a subscription") << "subscription"
                                                    << "microsoft.graph.subscription"
                                                    << "" << 1;
    QTest::newRow("412 body is an ODataError") << "error-412"
                                               << "microsoft.graph.ODataErrors.ODataError"
                                               << "" << 1;
    QTest::newRow("410 body is an ODataError") << "error-410"
                                               << "microsoft.graph.ODataErrors.ODataError"
                                               << "" << 1;
    QTest::newRow("negative control: a broken event must fail validation") << "broken"
                                                                           << "microsoft.graph.event"
                                                                           << "" << -1;
}

void TestGraphConformance::validates()
{
    QFETCH(QString, doc);
    QFETCH(QString, schema);
    QFETCH(QString, pointer);
    QFETCH(int, minItems);
    const QJsonObject json = m_docs.value(doc);
    QVERIFY2(!json.isEmpty(), qPrintable(doc));
    if (!pointer.isEmpty())
        QVERIFY2(json.value(pointer.mid(1)).toArray().size() >= minItems,
                 QJsonDocument(json).toJson().constData());
    const QString specs = QStringLiteral(CXSYNC_SPECS_DIR);
    QStringList args{specs + u"/tools/validate_graph_samples.py"_s,
                     specs + u"/graph-v1.0-calendar-sync-subset.lean.openapi.yaml"_s, schema,
                     m_dir.filePath(doc + u".json"_s)};
    if (!pointer.isEmpty())
        args.append(pointer);
    QProcess validator;
    validator.setProcessChannelMode(QProcess::MergedChannels);
    validator.start(python(), pythonArgs(args));
    QVERIFY(validator.waitForFinished(120000));
    const QByteArray output = validator.readAll();
    qInfo().noquote() << output.trimmed();
    // The validator's last line counts the invalid items: an exit code alone would take a crash (an import
    // error exits 1 too) for a rejected document.
    if (minItems < 0) {
        QVERIFY2(validator.exitCode() == 1 && output.contains(" 1 invalid"), output.constData());
        return;
    }
    QVERIFY2(validator.exitStatus() == QProcess::NormalExit && validator.exitCode() == 0 &&
                 output.contains(" 0 invalid"),
             output.constData());
}

QTEST_GUILESS_MAIN(TestGraphConformance)
#include "tst_graph_conformance.moc"
