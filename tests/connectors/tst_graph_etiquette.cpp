// Graph etiquette at scale (issue 20, item 7): what every Graph request carries (a User-Agent naming the
// product, a client-request-id per operation that retries keep and failures name, Prefer:
// IdType="ImmutableId" merged into one Prefer line), immutable ids that survive an item's move, the one-time
// migration of stored ids, and updates that leave attendees alone unless they change them. Against the Graph
// sandbox over loopback; the sandbox records what it received (GraphSandbox::seenRequests).
#include "Clock.h"
#include "FaultPlan.h"
#include "GraphSandbox.h"
#include "HttpSandbox.h"
#include "exchange/graph/GraphBatchWriter.h"
#include "exchange/graph/GraphConnector.h"
#include "exchange/graph/GraphIdMigration.h"
#include "exchange/graph/GraphTokenProvider.h"
#include "net/HttpClient.h"
#include "store/Journal.h"

#include <cxsync/Version.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

using namespace cxsync;
using namespace cxsync::exchange;
using namespace Qt::StringLiterals;

namespace {

const QString kAnna = u"anna@contoso.test"_s;
const QString kBen = u"ben@contoso.test"_s;
const QString kCara = u"cara@contoso.test"_s;
const QRegularExpression kGuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);

template <typename T> bool waitFor(std::optional<T> &slot, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&] { return slot.has_value(); }, timeoutMs);
}

ExchangeEvent meeting(const QString &subject, const QStringList &attendees)
{
    ExchangeEvent e;
    e.subject = subject;
    e.bodyText = u"Agenda"_s;
    e.startUtc = QDateTime(QDate(2026, 4, 14), QTime(9, 0), QTimeZone::utc());
    e.endUtc = e.startUtc.addSecs(3600);
    e.timeZone = u"W. Europe Standard Time"_s;
    for (const QString &address : attendees) {
        ExchangeAttendee a;
        a.address = address;
        a.name = address.section(u'@', 0, 0);
        e.attendees.append(a);
    }
    return e;
}

QStringList addressesOf(const QJsonObject &event)
{
    QStringList out;
    for (const QJsonValue &a : event.value("attendees"_L1).toArray())
        out.append(a.toObject().value("emailAddress"_L1).toObject().value("address"_L1).toString());
    out.sort();
    return out;
}

} // namespace

class TestGraphEtiquette : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void wireHeaders_data();
    void wireHeaders();
    void everyGraphRequestCarriesTheEtiquette_data();
    void everyGraphRequestCarriesTheEtiquette();
    void ownPreferencesAndImmutableIdsGoOutAsOnePreferLine();
    void clientRequestIdIsKeptAcrossRetriesAndNewPerOperation();
    void failureNamesTheClientRequestIdAndGraphsRequestId_data();
    void failureNamesTheClientRequestIdAndGraphsRequestId();
    void updateWritesAttendeesOnlyWhenItChangesThem_data();
    void updateWritesAttendeesOnlyWhenItChangesThem();
    void immutableIdSurvivesAMove();
    void clientsThatDoNotAskKeepRestIds();
    void notificationsOfASubscriptionCreatedByTheConnectorNameImmutableIds();
    void translateExchangeIdsValidatesLikeGraph_data();
    void translateExchangeIdsValidatesLikeGraph();
    void storedIdsAreMigratedOnce_data();
    void storedIdsAreMigratedOnce();
    void migrationKeepsALinkThatExistsUnderTheImmutableId();
    void failedMigrationChangesNothing_data();
    void failedMigrationChangesNothing();

private:
    GraphCredentials credentials() const;
    QString restIdOfNewEvent(const QString &mailbox, const QJsonObject &event);
    Result<ExchangeEvent> create(const ExchangeEvent &event, const QString &transactionId = {});
    Result<ExchangeEvent> update(const ExchangeEvent &event);
    Result<net::HttpResponse> send(net::HttpRequest request);
    // A request as a client that does not know the etiquette sends it: only the bearer token.
    Result<net::HttpResponse> sendBare(net::HttpRequest request);
    QList<sandbox::GraphSandbox::SeenRequest> seen(const QString &pathPart) const;
    Result<GraphIdMigration::Outcome> migrate(const QString &mailbox);
    void exec(const QString &sql, const QVariantList &values = {});
    QString scalar(const QString &sql, const QVariantList &values = {});

    std::unique_ptr<sandbox::GraphSandbox> m_graph;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    SystemClock m_clock;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<GraphTokenProvider> m_tokens;
    std::unique_ptr<GraphConnector> m_connector;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
};

GraphCredentials TestGraphEtiquette::credentials() const
{
    GraphCredentials c;
    c.authority = m_graph->baseUrl();
    c.tenant = m_graph->tenantId();
    c.clientId = m_graph->clientId();
    c.clientSecret = m_graph->clientSecret();
    return c;
}

void TestGraphEtiquette::init()
{
    m_graph = std::make_unique<sandbox::GraphSandbox>();
    QVERIFY(m_graph->start());
    sandbox::SampleData data;
    for (const QString &name : {u"anna"_s, u"ben"_s, u"cara"_s}) {
        sandbox::SampleUser u;
        u.key = name;
        u.displayName = name;
        u.givenName = name;
        u.surname = u"Tester"_s;
        u.mail = name + u"@contoso.test"_s;
        data.users.append(u);
    }
    m_graph->load(data);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<net::HttpClient>(m_nam.get(), &m_clock);
    net::RetryPolicy::Options options;
    options.maxAttempts = 3;
    options.baseDelayMs = 10;
    options.maxDelayMs = 50;
    m_http->retryPolicy().setOptions(options);
    m_tokens = std::make_unique<GraphTokenProvider>(m_http.get(), &m_clock, credentials());
    QUrl base = m_graph->baseUrl();
    base.setPath(u"/v1.0"_s);
    m_connector = std::make_unique<GraphConnector>(m_http.get(), m_tokens.get(), base);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto journal = Journal::open(m_dir->filePath(u"journal.sqlite"_s));
    QVERIFY2(journal.ok(), qPrintable(journal.ok() ? QString() : journal.error().message));
    m_journal = std::move(journal).value();
}

void TestGraphEtiquette::cleanup()
{
    m_connector.reset();
    m_tokens.reset();
    m_http.reset();
    m_nam.reset();
    m_journal.reset();
    m_dir.reset();
    m_graph.reset();
}

QString TestGraphEtiquette::restIdOfNewEvent(const QString &mailbox, const QJsonObject &event)
{
    // made by the user in Outlook; the REST id, as a journal written before immutable ids holds it
    return m_graph->eventIds(mailbox, m_graph->createEvent(mailbox, event).value("id"_L1).toString()).first;
}

Result<ExchangeEvent> TestGraphEtiquette::create(const ExchangeEvent &event, const QString &transactionId)
{
    std::optional<Result<ExchangeEvent>> r;
    m_connector->createEvent(kAnna, event, transactionId, [&](Result<ExchangeEvent> result) { r = result; });
    if (!waitFor(r))
        return makeError(ErrorKind::Network, u"no answer"_s);
    return *r;
}

Result<ExchangeEvent> TestGraphEtiquette::update(const ExchangeEvent &event)
{
    std::optional<Result<ExchangeEvent>> r;
    m_connector->updateEvent(kAnna, event, [&](Result<ExchangeEvent> result) { r = result; });
    if (!waitFor(r))
        return makeError(ErrorKind::Network, u"no answer"_s);
    return *r;
}

Result<net::HttpResponse> TestGraphEtiquette::send(net::HttpRequest request)
{
    std::optional<Result<net::HttpResponse>> r;
    m_connector->send(request, [&](Result<net::HttpResponse> result) { r = result; });
    if (!waitFor(r))
        return makeError(ErrorKind::Network, u"no answer"_s);
    return *r;
}

Result<net::HttpResponse> TestGraphEtiquette::sendBare(net::HttpRequest request)
{
    std::optional<Result<QString>> token;
    m_tokens->token([&](Result<QString> t) { token = t; });
    if (!waitFor(token) || !token->ok())
        return makeError(ErrorKind::Auth, u"no token"_s);
    request.headers.append({"Authorization", "Bearer " + token->value().toLatin1()});
    std::optional<Result<net::HttpResponse>> r;
    m_http->send(request, [&](Result<net::HttpResponse> result) { r = result; });
    if (!waitFor(r))
        return makeError(ErrorKind::Network, u"no answer"_s);
    return *r;
}

QList<sandbox::GraphSandbox::SeenRequest> TestGraphEtiquette::seen(const QString &pathPart) const
{
    QList<sandbox::GraphSandbox::SeenRequest> out;
    for (const auto &request : m_graph->seenRequests()) {
        if (request.path.contains(pathPart))
            out.append(request);
    }
    return out;
}

Result<GraphIdMigration::Outcome> TestGraphEtiquette::migrate(const QString &mailbox)
{
    GraphIdMigration migration(m_connector.get(), m_journal.get());
    std::optional<Result<GraphIdMigration::Outcome>> r;
    bool inside = true;
    migration.run(mailbox, QDateTime::currentDateTimeUtc(), [&](Result<GraphIdMigration::Outcome> result) {
        if (inside)
            qWarning("the migration called back inside run()");
        r = result;
    });
    inside = false;
    if (!waitFor(r, 30000))
        return makeError(ErrorKind::Network, u"the migration did not finish"_s);
    return *r;
}

void TestGraphEtiquette::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_journal->database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("%s", qPrintable(sql));
}

QString TestGraphEtiquette::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_journal->database());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return u"<none>"_s;
    return q.value(0).toString();
}

// ---- the wire

void TestGraphEtiquette::wireHeaders_data()
{
    QTest::addColumn<net::HeaderList>("given");
    QTest::addColumn<QByteArray>("userAgent");
    QTest::addColumn<net::HeaderList>("sent");
    const QByteArray ua = net::HttpClient::defaultUserAgent();
    QTest::newRow("two Prefer headers go out as one line, in order (a second setRawHeader would drop one)")
        << net::HeaderList{{"Prefer", "odata.maxpagesize=50"},
                           {"Accept", "application/json"},
                           {"prefer", "IdType=\"ImmutableId\""}}
        << ua
        << net::HeaderList{{"Prefer", "odata.maxpagesize=50, IdType=\"ImmutableId\""},
                           {"Accept", "application/json"},
                           {"User-Agent", ua}};
    QTest::newRow("Cookie values are joined with a semicolon")
        << net::HeaderList{{"Cookie", "a=1"}, {"Cookie", "b=2"}} << QByteArray()
        << net::HeaderList{{"Cookie", "a=1; b=2"}};
    QTest::newRow("a request's own User-Agent is kept")
        << net::HeaderList{{"User-Agent", "probe/1"}} << ua << net::HeaderList{{"User-Agent", "probe/1"}};
    QTest::newRow("no User-Agent is added when the client has none")
        << net::HeaderList{{"Accept", "*/*"}} << QByteArray() << net::HeaderList{{"Accept", "*/*"}};
}

void TestGraphEtiquette::wireHeaders()
{
    QFETCH(net::HeaderList, given);
    QFETCH(QByteArray, userAgent);
    QFETCH(net::HeaderList, sent);
    QCOMPARE(net::HttpClient::wireHeaders(given, userAgent), sent);
}

void TestGraphEtiquette::everyGraphRequestCarriesTheEtiquette_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("path");     // of the request to check
    QTest::addColumn<bool>("batchMember"); // the request is a $batch member (headers of its own)
    QTest::newRow("users") << u"listUsers"_s << u"/v1.0/users"_s << false;
    QTest::newRow("create") << u"create"_s << u"/v1.0/users/anna@contoso.test/events"_s << false;
    QTest::newRow("read") << u"get"_s << u"/v1.0/users/anna@contoso.test/events/"_s << false;
    QTest::newRow("update") << u"update"_s << u"/v1.0/users/anna@contoso.test/events/"_s << false;
    QTest::newRow("delete") << u"delete"_s << u"/v1.0/users/anna@contoso.test/events/"_s << false;
    QTest::newRow("cancel") << u"cancel"_s << u"/cancel"_s << false;
    QTest::newRow("$batch envelope") << u"batch"_s << u"/v1.0/$batch"_s << false;
    QTest::newRow("$batch member") << u"batch"_s << u"/v1.0/users/anna@contoso.test/events"_s << true;
}

void TestGraphEtiquette::everyGraphRequestCarriesTheEtiquette()
{
    QFETCH(QString, operation);
    QFETCH(QString, path);
    QFETCH(bool, batchMember);
    const Result<ExchangeEvent> made = create(meeting(u"Planning"_s, {kBen}), u"tx-1"_s);
    QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
    m_graph->clearSeenRequests();
    std::optional<bool> finished;
    auto status = [&](const Status &s) {
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        finished = true;
    };
    auto event = [&](const Result<ExchangeEvent> &r) { status(r.ok() ? Status() : Status(r.error())); };
    GraphBatchWriter writer(m_connector.get(), m_http.get(), &m_clock);
    if (operation == "listUsers"_L1)
        m_connector->listUsers(
            [&](Result<QList<ExchangeUser>> r) { status(r.ok() ? Status() : Status(r.error())); });
    else if (operation == "create"_L1)
        m_connector->createEvent(kAnna, meeting(u"Review"_s, {}), u"tx-2"_s, event);
    else if (operation == "get"_L1)
        m_connector->getEvent(kAnna, made.value().id, event);
    else if (operation == "update"_L1)
        m_connector->updateEvent(kAnna, made.value(), event);
    else if (operation == "delete"_L1)
        m_connector->deleteEvent(kAnna, made.value().id, QString(), status);
    else if (operation == "cancel"_L1)
        m_connector->cancelEvent(kAnna, made.value().id, u"Sorry"_s, status);
    else
        writer.write(kAnna, {GraphEventWrite::create(meeting(u"Batch"_s, {}), u"tx-3"_s)},
                     [&](QList<Result<ExchangeEvent>> r) { event(r.at(0)); });
    QVERIFY(waitFor(finished));
    QList<sandbox::GraphSandbox::SeenRequest> requests;
    for (const auto &request : m_graph->seenRequests()) {
        if (request.path.startsWith(path) || (path.startsWith('/'_L1) && request.path.endsWith(path)))
            if (request.batchMember == batchMember)
                requests.append(request);
    }
    QVERIFY2(!requests.isEmpty(), qPrintable(u"no request to "_s + path));
    for (const auto &request : requests) {
        if (!batchMember) // members travel inside the envelope
            QCOMPARE(request.header("User-Agent"),
                     QByteArray("CRM-Exchange-Sync/") + QByteArray(kVersion) + QByteArray(" (cxsync)"));
        QVERIFY2(kGuid.match(QString::fromLatin1(request.header("client-request-id"))).hasMatch(),
                 request.header("client-request-id").constData());
        QVERIFY2(request.header("Prefer").contains("IdType=\"ImmutableId\""),
                 request.header("Prefer").constData());
    }
}

void TestGraphEtiquette::ownPreferencesAndImmutableIdsGoOutAsOnePreferLine()
{
    restIdOfNewEvent(
        kAnna,
        QJsonObject{
            {"subject"_L1, "Standup"_L1},
            {"start"_L1, QJsonObject{{"dateTime"_L1, "2026-04-14T09:00:00"_L1}, {"timeZone"_L1, "UTC"_L1}}},
            {"end"_L1, QJsonObject{{"dateTime"_L1, "2026-04-14T09:15:00"_L1}, {"timeZone"_L1, "UTC"_L1}}}});
    m_graph->clearSeenRequests();
    net::HttpRequest request;
    request.url = m_connector->mailboxUrl(kAnna, u"/calendarView/delta"_s);
    request.url.setQuery(u"startDateTime=2026-04-01T00:00:00Z&endDateTime=2026-05-01T00:00:00Z"_s);
    request.headers = {GraphConnector::preferHeader({"odata.maxpagesize=1"}),
                       {"Prefer", "outlook.timezone=\"W. Europe Standard Time\""}};
    const Result<net::HttpResponse> page = send(request);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
    const auto requests = seen(u"/calendarView/delta"_s);
    QCOMPARE(requests.size(), 1);
    int preferLines = 0;
    for (const auto &[name, value] : requests.first().headers)
        preferLines += name.compare("Prefer", Qt::CaseInsensitive) == 0 ? 1 : 0;
    QCOMPARE(preferLines, 1);
    QCOMPARE(
        requests.first().header("Prefer"),
        QByteArray(
            "IdType=\"ImmutableId\", odata.maxpagesize=1, outlook.timezone=\"W. Europe Standard Time\""));
    // every preference was honoured: one item per page, times in the zone, the immutable id
    const QJsonObject json = QJsonDocument::fromJson(page.value().body).object();
    const QJsonObject item = json.value("value"_L1).toArray().first().toObject();
    QCOMPARE(json.value("value"_L1).toArray().size(), 1);
    QCOMPARE(item.value("start"_L1).toObject().value("timeZone"_L1).toString(), u"W. Europe Standard Time"_s);
    QCOMPARE(item.value("id"_L1).toString(),
             m_graph->events(kAnna).first().toObject().value("id"_L1).toString());
    QVERIFY(item.value("id"_L1).toString() !=
            m_graph->events(kAnna, false).first().toObject().value("id"_L1).toString());
}

void TestGraphEtiquette::clientRequestIdIsKeptAcrossRetriesAndNewPerOperation()
{
    const Result<ExchangeEvent> made = create(meeting(u"Planning"_s, {}));
    QVERIFY(made.ok());
    // One request per mailbox and second: each read is throttled once (429, Retry-After: 1) and sent again.
    m_graph->setMailboxLimits(4, 1, 1);
    m_graph->clearSeenRequests();
    auto read = [&] {
        std::optional<Result<ExchangeEvent>> r;
        m_connector->getEvent(kAnna, made.value().id, [&](Result<ExchangeEvent> answer) { r = answer; });
        if (!waitFor(r))
            return false;
        return r->ok();
    };
    QVERIFY(read());
    const auto first = seen(u"/events/"_s);
    QVERIFY(read());
    const auto both = seen(u"/events/"_s);
    QCOMPARE(first.size(), 2); // throttled, then answered
    QCOMPARE(both.size(), 4);
    const QByteArray id = first.at(0).header("client-request-id");
    QVERIFY(kGuid.match(QString::fromLatin1(id)).hasMatch());
    QCOMPARE(first.at(1).header("client-request-id"), id);
    const QByteArray next = both.at(2).header("client-request-id");
    QVERIFY(kGuid.match(QString::fromLatin1(next)).hasMatch());
    QVERIFY(next != id);
    QCOMPARE(both.at(3).header("client-request-id"), next);
}

void TestGraphEtiquette::failureNamesTheClientRequestIdAndGraphsRequestId_data()
{
    QTest::addColumn<bool>("batch");
    QTest::newRow("a single request: Graph's 404 names both ids") << false;
    QTest::newRow("a $batch member: its 404 names the envelope's client-request-id") << true;
}

void TestGraphEtiquette::failureNamesTheClientRequestIdAndGraphsRequestId()
{
    QFETCH(bool, batch);
    QStringList logged;
    static QStringList *sink = nullptr;
    sink = &logged;
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &message) {
            if (sink && QByteArray(context.category).startsWith("cxsync.exchange.graph"))
                sink->append(message);
        });
    Result<ExchangeEvent> result = makeError(ErrorKind::Cancelled, u"not run"_s);
    if (batch) {
        GraphBatchWriter writer(m_connector.get(), m_http.get(), &m_clock);
        std::optional<QList<Result<ExchangeEvent>>> results;
        writer.write(kAnna, {GraphEventWrite::remove(u"AAMkAGnothere"_s)},
                     [&](QList<Result<ExchangeEvent>> r) { results = r; });
        QVERIFY(waitFor(results));
        result = results->at(0);
    } else {
        std::optional<Result<ExchangeEvent>> r;
        m_connector->getEvent(kAnna, u"AAMkAGnothere"_s, [&](Result<ExchangeEvent> answer) { r = answer; });
        QVERIFY(waitFor(r));
        result = *r;
    }
    qInstallMessageHandler(previous);
    sink = nullptr;
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, ErrorKind::NotFound);
    const auto sent = seen(batch ? u"/v1.0/$batch"_s : u"/events/AAMkAGnothere"_s);
    QCOMPARE(sent.size(), 1);
    const QString clientRequestId = QString::fromLatin1(sent.first().header("client-request-id"));
    QVERIFY2(result.error().message.contains(u"client-request-id "_s + clientRequestId),
             qPrintable(result.error().message));
    static const QRegularExpression requestId(u"\\(request-id ([0-9a-f-]{36}), "_s);
    QVERIFY2(requestId.match(result.error().message).hasMatch(), qPrintable(result.error().message));
    if (!batch) { // the log line an admin finds by the id
        bool found = false;
        for (const QString &line : logged)
            found = found || (line.contains(clientRequestId) && line.contains(u"graph.getEvent"_s));
        QVERIFY2(found, qPrintable(logged.join(u'\n')));
    }
}

// ---- attendees

void TestGraphEtiquette::updateWritesAttendeesOnlyWhenItChangesThem_data()
{
    QTest::addColumn<bool>("viaBatch");
    QTest::addColumn<bool>("writeAttendees");
    QTest::addColumn<QStringList>("written"); // the attendee list the update carries
    QTest::addColumn<QStringList>("after");   // the organizer's item afterwards
    QTest::addColumn<bool>("benCancelled");   // Ben's copy of the meeting
    const QStringList both{kBen, kCara};
    QTest::newRow("a subject change without attendees leaves both attendees invited")
        << false << false << QStringList() << both << false;
    QTest::newRow("the same in a $batch") << true << false << QStringList() << both << false;
    QTest::newRow("an update that changes attendees writes them: Ben is removed")
        << false << true << QStringList{kCara} << QStringList{kCara} << true;
    QTest::newRow("the same in a $batch") << true << true << QStringList{kCara} << QStringList{kCara} << true;
}

void TestGraphEtiquette::updateWritesAttendeesOnlyWhenItChangesThem()
{
    QFETCH(bool, viaBatch);
    QFETCH(bool, writeAttendees);
    QFETCH(QStringList, written);
    QFETCH(QStringList, after);
    QFETCH(bool, benCancelled);
    const Result<ExchangeEvent> made = create(meeting(u"Planning"_s, {kBen, kCara}));
    QVERIFY(made.ok());
    QCOMPARE(addressesOf(m_graph->events(kAnna).first().toObject()), (QStringList{kBen, kCara}));
    ExchangeEvent change = meeting(u"Planning (moved to room 2)"_s, written);
    change.id = made.value().id;
    change.changeKey = made.value().changeKey;
    change.writeAttendees = writeAttendees;
    m_graph->clearSeenRequests();
    Result<ExchangeEvent> updated = makeError(ErrorKind::Cancelled, u"not run"_s);
    if (viaBatch) {
        GraphBatchWriter writer(m_connector.get(), m_http.get(), &m_clock);
        std::optional<QList<Result<ExchangeEvent>>> results;
        writer.write(kAnna, {GraphEventWrite::update(change)},
                     [&](QList<Result<ExchangeEvent>> r) { results = r; });
        QVERIFY(waitFor(results));
        updated = results->at(0);
    } else {
        updated = update(change);
    }
    QVERIFY2(updated.ok(), qPrintable(updated.ok() ? QString() : updated.error().message));
    QList<QJsonObject> patches;
    for (const auto &request : m_graph->seenRequests()) {
        if (request.method == "PATCH"_L1)
            patches.append(QJsonDocument::fromJson(request.body).object());
    }
    QCOMPARE(patches.size(), 1);
    QCOMPARE(patches.first().contains("attendees"_L1), writeAttendees);
    QCOMPARE(patches.first().value("subject"_L1).toString(), u"Planning (moved to room 2)"_s);
    const QJsonObject item = m_graph->events(kAnna).first().toObject();
    QCOMPARE(item.value("subject"_L1).toString(), u"Planning (moved to room 2)"_s);
    QCOMPARE(addressesOf(item), after);
    QCOMPARE(m_graph->events(kBen).first().toObject().value("isCancelled"_L1).toBool(), benCancelled);
    QCOMPARE(m_graph->events(kCara).first().toObject().value("subject"_L1).toString(),
             u"Planning (moved to room 2)"_s);
}

// ---- immutable ids

void TestGraphEtiquette::immutableIdSurvivesAMove()
{
    const Result<ExchangeEvent> made = create(meeting(u"Planning"_s, {}));
    QVERIFY(made.ok());
    const QPair<QString, QString> before = m_graph->eventIds(kAnna, made.value().id);
    QCOMPARE(made.value().id, before.second); // the connector got the immutable id
    // a delta round to a deltaLink, then the user moves the item to another folder and back
    net::HttpRequest request;
    request.url = m_connector->mailboxUrl(kAnna, u"/calendarView/delta"_s);
    request.url.setQuery(u"startDateTime=2026-04-01T00:00:00Z&endDateTime=2026-05-01T00:00:00Z"_s);
    const Result<net::HttpResponse> round = send(request);
    QVERIFY(round.ok());
    const QString deltaLink =
        QJsonDocument::fromJson(round.value().body).object().value("@odata.deltaLink"_L1).toString();
    QVERIFY(!deltaLink.isEmpty());
    const QString newRestId = m_graph->moveEvent(kAnna, made.value().id);
    QVERIFY(!newRestId.isEmpty());
    QVERIFY(newRestId != before.first);
    QCOMPARE(m_graph->eventIds(kAnna, newRestId).second, before.second);

    // the stored id still reads the item, under the same id
    std::optional<Result<ExchangeEvent>> read;
    m_connector->getEvent(kAnna, made.value().id, [&](Result<ExchangeEvent> r) { read = r; });
    QVERIFY(waitFor(read));
    QVERIFY2(read->ok(), qPrintable(read->ok() ? QString() : read->error().message));
    QCOMPARE(read->value().id, made.value().id);
    // the next delta page reports a change of that id and no removal
    request.url = QUrl(deltaLink);
    const Result<net::HttpResponse> next = send(request);
    QVERIFY(next.ok());
    const QJsonArray items = QJsonDocument::fromJson(next.value().body).object().value("value"_L1).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().toObject().value("id"_L1).toString(), made.value().id);
    QVERIFY(!items.first().toObject().contains("@removed"_L1));
}

void TestGraphEtiquette::clientsThatDoNotAskKeepRestIds()
{
    const QString restId = restIdOfNewEvent(
        kAnna,
        QJsonObject{
            {"subject"_L1, "Standup"_L1},
            {"start"_L1, QJsonObject{{"dateTime"_L1, "2026-04-14T09:00:00"_L1}, {"timeZone"_L1, "UTC"_L1}}},
            {"end"_L1, QJsonObject{{"dateTime"_L1, "2026-04-14T09:15:00"_L1}, {"timeZone"_L1, "UTC"_L1}}}});
    net::HttpRequest request;
    request.url = m_connector->mailboxUrl(kAnna, u"/calendarView/delta"_s);
    request.url.setQuery(u"startDateTime=2026-04-01T00:00:00Z&endDateTime=2026-05-01T00:00:00Z"_s);
    const Result<net::HttpResponse> round = sendBare(request);
    QVERIFY(round.ok());
    const QString deltaLink =
        QJsonDocument::fromJson(round.value().body).object().value("@odata.deltaLink"_L1).toString();
    QCOMPARE(QJsonDocument::fromJson(round.value().body)
                 .object()
                 .value("value"_L1)
                 .toArray()
                 .first()
                 .toObject()
                 .value("id"_L1)
                 .toString(),
             restId);
    const QString moved = m_graph->moveEvent(kAnna, restId);
    request.url = QUrl(deltaLink);
    const Result<net::HttpResponse> next = sendBare(request);
    QVERIFY(next.ok());
    // as Graph does for such clients: the old id is removed, the item comes back under a new one
    QStringList seenIds;
    for (const QJsonValue &item :
         QJsonDocument::fromJson(next.value().body).object().value("value"_L1).toArray())
        seenIds.append(item.toObject().value("id"_L1).toString() +
                       (item.toObject().contains("@removed"_L1) ? u" removed"_s : QString()));
    QCOMPARE(seenIds, (QStringList{restId + u" removed"_s, moved}));
}

void TestGraphEtiquette::notificationsOfASubscriptionCreatedByTheConnectorNameImmutableIds()
{
    sandbox::HttpSandbox hook;
    QJsonArray notifications;
    hook.route(u"POST"_s, u"/hook"_s, [&](const sandbox::SandboxRequest &r, const sandbox::Reply &reply) {
        const QString token = r.query.queryItemValue(u"validationToken"_s, QUrl::FullyDecoded);
        if (!token.isEmpty())
            return reply.send(200, token.toUtf8(), "text/plain");
        for (const QJsonValue &v : r.json().object().value("value"_L1).toArray())
            notifications.append(v);
        reply.empty(202);
    });
    QVERIFY(hook.listenLoopback());
    net::HttpRequest request;
    request.method = "POST";
    QUrl url = m_graph->baseUrl();
    url.setPath(u"/v1.0/subscriptions"_s);
    request.url = url;
    request.headers = {{"Content-Type", "application/json"}};
    request.body =
        QJsonDocument(QJsonObject{{"changeType"_L1, "created,updated,deleted"_L1},
                                  {"notificationUrl"_L1, hook.baseUrl().toString() + u"/hook"_s},
                                  {"resource"_L1, u"/users/%1/events"_s.arg(kAnna)},
                                  {"expirationDateTime"_L1,
                                   QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODateWithMs)},
                                  {"clientState"_L1, "s3cret-state"_L1}})
            .toJson(QJsonDocument::Compact);
    const Result<net::HttpResponse> subscribed = send(request);
    QVERIFY2(subscribed.ok(), qPrintable(subscribed.ok() ? QString() : subscribed.error().message));
    const QString restId = restIdOfNewEvent(
        kAnna,
        QJsonObject{
            {"subject"_L1, "Standup"_L1},
            {"start"_L1, QJsonObject{{"dateTime"_L1, "2026-04-14T09:00:00"_L1}, {"timeZone"_L1, "UTC"_L1}}},
            {"end"_L1, QJsonObject{{"dateTime"_L1, "2026-04-14T09:15:00"_L1}, {"timeZone"_L1, "UTC"_L1}}}});
    QVERIFY(QTest::qWaitFor([&] { return !notifications.isEmpty(); }, 10000));
    const QString immutableId = m_graph->eventIds(kAnna, restId).second;
    const QJsonObject first = notifications.first().toObject();
    QCOMPARE(first.value("resourceData"_L1).toObject().value("id"_L1).toString(), immutableId);
    QVERIFY(first.value("resource"_L1).toString().endsWith(immutableId));
}

// ---- translateExchangeIds and the migration of stored ids

void TestGraphEtiquette::translateExchangeIdsValidatesLikeGraph_data()
{
    QTest::addColumn<QString>("body"); // %1 = a REST id of anna's, %2 = its immutable id
    QTest::addColumn<bool>("appsAllowed");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected"); // error code, or "<sourceId> -> <targetId|error code>" per item
    QTest::newRow("restId -> restImmutableEntryId")
        << uR"({"inputIds":["%1"],"sourceIdType":"restId","targetIdType":"restImmutableEntryId"})"_s << true
        << 200 << u"%1 -> %2"_s;
    QTest::newRow("and back")
        << uR"({"inputIds":["%2"],"sourceIdType":"restImmutableEntryId","targetIdType":"restId"})"_s << true
        << 200 << u"%2 -> %1"_s;
    QTest::newRow("an id the mailbox does not have comes back with errorDetails")
        << uR"({"inputIds":["%1","AAMkAGnothere"],"sourceIdType":"restId","targetIdType":"restImmutableEntryId"})"_s
        << true << 200 << u"%1 -> %2; AAMkAGnothere -> ErrorItemNotFound"_s;
    QTest::newRow("an immutable id given as restId is not translated")
        << uR"({"inputIds":["%2"],"sourceIdType":"restId","targetIdType":"restImmutableEntryId"})"_s << true
        << 200 << u"%2 -> ErrorItemNotFound"_s;
    QTest::newRow("an unknown format is not an exchangeIdFormat")
        << uR"({"inputIds":["%1"],"sourceIdType":"restid","targetIdType":"restImmutableEntryId"})"_s << true
        << 400 << u"RequestBodyRead"_s;
    QTest::newRow("no ids")
        << uR"({"inputIds":[],"sourceIdType":"restId","targetIdType":"restImmutableEntryId"})"_s << true
        << 400 << u"ErrorInvalidParameter"_s;
    QTest::newRow("refused to applications")
        << uR"({"inputIds":["%1"],"sourceIdType":"restId","targetIdType":"restImmutableEntryId"})"_s << false
        << 403 << u"ErrorAccessDenied"_s;
}

void TestGraphEtiquette::translateExchangeIdsValidatesLikeGraph()
{
    QFETCH(QString, body);
    QFETCH(bool, appsAllowed);
    QFETCH(int, status);
    QFETCH(QString, expected);
    m_graph->setTranslateIdsForApps(appsAllowed);
    const QString restId = restIdOfNewEvent(
        kAnna,
        QJsonObject{
            {"subject"_L1, "Standup"_L1},
            {"start"_L1, QJsonObject{{"dateTime"_L1, "2026-04-14T09:00:00"_L1}, {"timeZone"_L1, "UTC"_L1}}},
            {"end"_L1, QJsonObject{{"dateTime"_L1, "2026-04-14T09:15:00"_L1}, {"timeZone"_L1, "UTC"_L1}}}});
    const QString immutableId = m_graph->eventIds(kAnna, restId).second;
    net::HttpRequest request;
    request.method = "POST";
    request.url = m_connector->mailboxUrl(kAnna, u"/translateExchangeIds"_s);
    request.headers = {{"Content-Type", "application/json"}};
    auto fill = [&](QString text) { return text.replace(u"%1"_s, restId).replace(u"%2"_s, immutableId); };
    request.body = fill(body).toUtf8();
    const Result<net::HttpResponse> answer = sendBare(request);
    if (status != 200) {
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().httpStatus, status);
        QCOMPARE(answer.error().serverCode, expected);
        return;
    }
    QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().message));
    QStringList items;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(answer.value().body).object().value("value"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        items.append(o.value("sourceId"_L1).toString() + u" -> "_s +
                     o.value("targetId"_L1)
                         .toString(o.value("errorDetails"_L1).toObject().value("code"_L1).toString()));
    }
    QCOMPARE(items.join(u"; "_s), fill(expected));
}

void TestGraphEtiquette::storedIdsAreMigratedOnce_data()
{
    QTest::addColumn<bool>("appsMayTranslate");
    QTest::addColumn<bool>("byReading");
    QTest::newRow("with translateExchangeIds") << true << false;
    QTest::newRow("Graph refuses translateExchangeIds to the app: each item is read") << false << true;
}

void TestGraphEtiquette::storedIdsAreMigratedOnce()
{
    QFETCH(bool, appsMayTranslate);
    QFETCH(bool, byReading);
    m_graph->setTranslateIdsForApps(appsMayTranslate);
    // A journal written before immutable ids: REST ids in links, a staged change, an outbox entry and a
    // failed message; one of the items has been deleted since.
    auto event = [](const QString &subject, int hour) {
        return QJsonObject{
            {"subject"_L1, subject},
            {"start"_L1,
             QJsonObject{{"dateTime"_L1, u"2026-04-14T%1:00:00"_s.arg(hour, 2, 10, QLatin1Char('0'))},
                         {"timeZone"_L1, "UTC"_L1}}},
            {"end"_L1,
             QJsonObject{{"dateTime"_L1, u"2026-04-14T%1:30:00"_s.arg(hour, 2, 10, QLatin1Char('0'))},
                         {"timeZone"_L1, "UTC"_L1}}}};
    };
    const QString a = restIdOfNewEvent(kAnna, event(u"A"_s, 9));
    const QString b = restIdOfNewEvent(kAnna, event(u"B"_s, 10));
    const QString gone = restIdOfNewEvent(kAnna, event(u"Gone"_s, 11));
    QVERIFY(m_graph->deleteEvent(kAnna, gone));
    const QString other = restIdOfNewEvent(kBen, event(u"Ben's"_s, 9));
    const QString now = u"2026-04-01T00:00:00.000Z"_s;
    for (const auto &[mailbox, id] :
         {std::pair{kAnna, a}, std::pair{kAnna, b}, std::pair{kAnna, gone}, std::pair{kBen, other}})
        exec(
            u"INSERT INTO item_links (mailbox, exchange_item_id, crm_comm_id, updated_utc) VALUES (?,?,?,?)"_s,
            {mailbox, id, u"comm-"_s + id.right(4), now});
    exec(u"INSERT INTO sync_inbox (mailbox, exchange_item_id, payload, received_utc) VALUES (?,?,?,?)"_s,
         {kAnna, b,
          QString::fromUtf8(QJsonDocument(QJsonObject{{"id"_L1, b}, {"subject"_L1, "B"_L1}}).toJson()), now});
    exec(u"INSERT INTO outbox (direction, operation, mailbox, target_id, idempotency_key, payload, "
         u"created_utc)"
         " VALUES ('crm_to_exchange','update',?,?,'key-1',?,?)"_s,
         {kAnna, a,
          QString::fromUtf8(QJsonDocument(QJsonObject{{"event"_L1, QJsonObject{{"id"_L1, a}}}}).toJson()),
          now});
    exec(
        u"INSERT INTO failed_messages (direction, mailbox, exchange_item_id, snapshot, error_kind, "
        u"error_message,"
        " first_failure_utc, last_failure_utc, item_key) VALUES ('exchange_to_crm',?,?,?,'network','x',?,?,?)"_s,
        {kAnna, b, QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson()), now, now,
         u"exchange_to_crm|%1|%2"_s.arg(kAnna, b)});
    m_graph->clearSeenRequests();

    const Result<GraphIdMigration::Outcome> outcome = migrate(kAnna);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QCOMPARE(outcome.value().byReading, byReading);
    QCOMPARE(outcome.value().storedIds, 3);
    QCOMPARE(outcome.value().translated, 2);
    QCOMPARE(outcome.value().notTranslated.keys(), QStringList{gone});
    const QString ia = m_graph->eventIds(kAnna, a).second;
    const QString ib = m_graph->eventIds(kAnna, b).second;
    QCOMPARE(
        scalar(u"SELECT exchange_item_id FROM item_links WHERE crm_comm_id = ?"_s, {u"comm-"_s + a.right(4)}),
        ia);
    QCOMPARE(
        scalar(u"SELECT exchange_item_id FROM item_links WHERE crm_comm_id = ?"_s, {u"comm-"_s + b.right(4)}),
        ib);
    QCOMPARE(scalar(u"SELECT exchange_item_id FROM item_links WHERE crm_comm_id = ?"_s,
                    {u"comm-"_s + gone.right(4)}),
             gone);
    QCOMPARE(scalar(u"SELECT exchange_item_id FROM item_links WHERE mailbox = ?"_s, {kBen}),
             other); // not Ben's
    QCOMPARE(scalar(u"SELECT exchange_item_id FROM sync_inbox"_s), ib);
    QCOMPARE(QJsonDocument::fromJson(scalar(u"SELECT payload FROM sync_inbox"_s).toUtf8())
                 .object()
                 .value("id"_L1)
                 .toString(),
             ib);
    QCOMPARE(scalar(u"SELECT target_id FROM outbox"_s), ia);
    QVERIFY(scalar(u"SELECT payload FROM outbox"_s).contains(ia));
    QCOMPARE(scalar(u"SELECT exchange_item_id FROM failed_messages"_s), ib);
    QCOMPARE(scalar(u"SELECT snapshot FROM failed_messages"_s), uR"([")"_s + ib + uR"("])"_s);
    QCOMPARE(scalar(u"SELECT item_key FROM failed_messages"_s), u"exchange_to_crm|%1|%2"_s.arg(kAnna, ib));
    QCOMPARE(seen(u"/translateExchangeIds"_s).size(), 1); // asked (and refused, when it is)
    QCOMPARE(seen(u"/events/"_s).size(), byReading ? 3 : 0);
    // once: the second run asks Graph nothing
    m_graph->clearSeenRequests();
    const Result<GraphIdMigration::Outcome> again = migrate(kAnna);
    QVERIFY(again.ok());
    QVERIFY(again.value().alreadyDone);
    QCOMPARE(m_graph->seenRequests().size(), 0);
    QCOMPARE(GraphIdMigration::isDone(*m_journal, kBen).value(), false);
}

void TestGraphEtiquette::migrationKeepsALinkThatExistsUnderTheImmutableId()
{
    // The engine read the mailbox with immutable ids before the migration ran and linked the item again.
    const QString a = restIdOfNewEvent(
        kAnna,
        QJsonObject{
            {"subject"_L1, "A"_L1},
            {"start"_L1, QJsonObject{{"dateTime"_L1, "2026-04-14T09:00:00"_L1}, {"timeZone"_L1, "UTC"_L1}}},
            {"end"_L1, QJsonObject{{"dateTime"_L1, "2026-04-14T09:15:00"_L1}, {"timeZone"_L1, "UTC"_L1}}}});
    const QString ia = m_graph->eventIds(kAnna, a).second;
    exec(u"INSERT INTO item_links (mailbox, exchange_item_id, crm_comm_id, updated_utc) VALUES "
         u"(?,?,'old','x'),"
         " (?,?,'new','x')"_s,
         {kAnna, a, kAnna, ia});
    const Result<GraphIdMigration::Outcome> outcome = migrate(kAnna);
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().message));
    QCOMPARE(outcome.value().translated, 0);
    QVERIFY(outcome.value().notTranslated.value(a).contains(u"item_links"_s));
    QCOMPARE(scalar(u"SELECT exchange_item_id FROM item_links WHERE crm_comm_id = 'old'"_s), a);
    QCOMPARE(scalar(u"SELECT exchange_item_id FROM item_links WHERE crm_comm_id = 'new'"_s), ia);
}

void TestGraphEtiquette::failedMigrationChangesNothing_data()
{
    QTest::addColumn<bool>("inactiveMailbox");
    QTest::addColumn<ErrorKind>("kind");
    QTest::newRow("Graph unavailable (503 past the retries)") << false << ErrorKind::Network;
    QTest::newRow("reading item by item, the mailbox turns out inactive (404 MailboxNotEnabledForRESTAPI)")
        << true << ErrorKind::NotFound;
}

void TestGraphEtiquette::failedMigrationChangesNothing()
{
    QFETCH(bool, inactiveMailbox);
    QFETCH(ErrorKind, kind);
    const QString a = restIdOfNewEvent(
        kAnna,
        QJsonObject{
            {"subject"_L1, "A"_L1},
            {"start"_L1, QJsonObject{{"dateTime"_L1, "2026-04-14T09:00:00"_L1}, {"timeZone"_L1, "UTC"_L1}}},
            {"end"_L1, QJsonObject{{"dateTime"_L1, "2026-04-14T09:15:00"_L1}, {"timeZone"_L1, "UTC"_L1}}}});
    exec(
        u"INSERT INTO item_links (mailbox, exchange_item_id, crm_comm_id, updated_utc) VALUES (?,?,'c','x')"_s,
        {kAnna, a});
    if (inactiveMailbox) {
        m_graph->setTranslateIdsForApps(false);
        m_graph->setMailboxInactive(kAnna, true);
    } else {
        QString error;
        const auto plan = sandbox::FaultPlan::parse(
            R"({"rules": [{"method": "POST", "path": "translateExchangeIds", "times": 10, "fault": "503"}]})",
            &error);
        QVERIFY2(plan, qPrintable(error));
        m_graph->http().setFaultPlan(*plan);
    }
    const Result<GraphIdMigration::Outcome> outcome = migrate(kAnna);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().kind, kind);
    QCOMPARE(scalar(u"SELECT exchange_item_id FROM item_links"_s), a);
    QCOMPARE(GraphIdMigration::isDone(*m_journal, kAnna).value(), false);
    // and the next run, with Graph back, does it
    m_graph->http().setFaultPlan(sandbox::FaultPlan());
    m_graph->setMailboxInactive(kAnna, false);
    const Result<GraphIdMigration::Outcome> retried = migrate(kAnna);
    QVERIFY2(retried.ok(), qPrintable(retried.ok() ? QString() : retried.error().message));
    QCOMPARE(scalar(u"SELECT exchange_item_id FROM item_links"_s), m_graph->eventIds(kAnna, a).second);
}

QTEST_GUILESS_MAIN(TestGraphEtiquette)
#include "tst_graph_etiquette.moc"
