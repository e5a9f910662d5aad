// Bulk event writes through Graph $batch (GraphBatchWriter) against the Graph sandbox over loopback:
// envelopes of at most 20 members, per-member retry of throttled members after their Retry-After (measured on
// a FakeClock), per-member errors, idempotent retries, a token refreshed once on 401, and the 4-per-mailbox
// limit.
#include "Clock.h"
#include "FakeClock.h"
#include "FaultPlan.h"
#include "GraphSandbox.h"
#include "SampleData.h"
#include "exchange/graph/GraphBatchWriter.h"
#include "exchange/graph/GraphConnector.h"
#include "exchange/graph/GraphTokenProvider.h"
#include "net/HttpClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace cxsync;
using namespace cxsync::exchange;
using namespace Qt::StringLiterals;

namespace {

const QString kAnna = u"anna@contoso.test"_s;

ExchangeEvent sampleEvent(const QString &subject, int index)
{
    ExchangeEvent e;
    e.subject = subject;
    e.bodyText = u"Body of "_s + subject;
    e.location = u"Room "_s + QString::number(index % 7);
    e.startUtc = QDateTime(QDate(2026, 4, 1 + index % 28), QTime(8 + index % 9, 0), Qt::UTC);
    e.endUtc = e.startUtc.addSecs(1800);
    e.timeZone = u"W. Europe Standard Time"_s;
    e.reminderOn = true;
    e.reminderMinutes = 10;
    return e;
}

QList<GraphEventWrite> creates(int count, const QString &prefix)
{
    QList<GraphEventWrite> writes;
    for (int i = 0; i < count; ++i)
        writes.append(GraphEventWrite::create(sampleEvent(u"%1 %2"_s.arg(prefix).arg(i), i),
                                              u"crm-%1-%2"_s.arg(prefix).arg(i)));
    return writes;
}

QString messageOf(const Result<ExchangeEvent> &r)
{
    return r.ok() ? QString() : r.error().message;
}

} // namespace

class TestGraphBatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fortyFiveCreatesGoOutAsThreeBatches();
    void throttledMembersAreRetriedAfterTheirRetryAfter();
    void throttledBeyondTheAttemptLimitIsReportedPerMember();
    void permanentMemberErrorsStayWithTheirMember();
    void retriedEnvelopeThatTheServerCarriedOutCreatesNothingTwice();
    void expiredTokenOnTheBatchIsRefreshedOnce();
    void malformedBatchAnswerIsInvalidForEveryMember();
    void batchesAndSingleRequestsStayWithinFourPerMailbox();

private:
    void makeConnector(Clock *tokenClock);
    std::optional<QList<Result<ExchangeEvent>>>
    run(GraphBatchWriter &writer, const QList<GraphEventWrite> &writes, int timeoutMs = 30000);
    Result<ExchangeEvent> createOne(const ExchangeEvent &event);
    int count(const QString &pathPart, int status = -1) const;
    QSet<QString> subjects(const QString &mailbox) const;
    void setRetryOptions(int maxAttempts);

    std::unique_ptr<sandbox::GraphSandbox> m_graph;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    SystemClock m_clock;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<GraphTokenProvider> m_tokens;
    std::unique_ptr<GraphConnector> m_connector;
    QList<std::pair<QString, int>> m_served; // path, status
};

void TestGraphBatch::makeConnector(Clock *tokenClock)
{
    m_connector.reset();
    GraphCredentials c;
    c.authority = m_graph->baseUrl();
    c.tenant = m_graph->tenantId();
    c.clientId = m_graph->clientId();
    c.clientSecret = m_graph->clientSecret();
    m_tokens = std::make_unique<GraphTokenProvider>(m_http.get(), tokenClock, c);
    QUrl base = m_graph->baseUrl();
    base.setPath(u"/v1.0"_s);
    m_connector = std::make_unique<GraphConnector>(m_http.get(), m_tokens.get(), base);
}

void TestGraphBatch::init()
{
    m_graph = std::make_unique<sandbox::GraphSandbox>();
    QVERIFY(m_graph->start());
    sandbox::SampleData data;
    for (const QString &name : {u"anna"_s, u"ben"_s}) {
        sandbox::SampleUser u;
        u.key = name;
        u.displayName = name;
        u.givenName = name;
        u.surname = u"Tester"_s;
        u.mail = name + u"@contoso.test"_s;
        data.users.append(u);
    }
    m_graph->load(data);
    m_served.clear();
    connect(&m_graph->http(), &sandbox::HttpSandbox::served, this,
            [this](const QString &, const QString &path, int status) {
                m_served.append({path, status});
            });
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<net::HttpClient>(m_nam.get(), &m_clock);
    makeConnector(&m_clock);
}

void TestGraphBatch::cleanup()
{
    m_connector.reset();
    m_tokens.reset();
    m_http.reset();
    m_nam.reset();
    m_graph.reset();
}

void TestGraphBatch::setRetryOptions(int maxAttempts)
{
    // Backoff far below any Retry-After the sandbox sends, so that a measured wait can only come from one.
    net::RetryPolicy::Options options;
    options.maxAttempts = maxAttempts;
    options.baseDelayMs = 10;
    options.maxDelayMs = 50;
    m_http->retryPolicy().setOptions(options);
}

std::optional<QList<Result<ExchangeEvent>>>
TestGraphBatch::run(GraphBatchWriter &writer, const QList<GraphEventWrite> &writes, int timeoutMs)
{
    std::optional<QList<Result<ExchangeEvent>>> results;
    bool inside = true;
    writer.write(kAnna, writes, [&](QList<Result<ExchangeEvent>> r) {
        if (inside)
            qWarning("the batch callback ran inside write()");
        results = std::move(r);
    });
    inside = false;
    if (!QTest::qWaitFor([&] { return results.has_value(); }, timeoutMs))
        qWarning("the batch did not finish within %d ms", timeoutMs);
    return results;
}

Result<ExchangeEvent> TestGraphBatch::createOne(const ExchangeEvent &event)
{
    std::optional<Result<ExchangeEvent>> r;
    m_connector->createEvent(kAnna, event, QString(),
                             [&](Result<ExchangeEvent> result) { r = std::move(result); });
    if (!QTest::qWaitFor([&] { return r.has_value(); }, 20000))
        return makeError(ErrorKind::Network, u"no answer"_s);
    return *r;
}

int TestGraphBatch::count(const QString &pathPart, int status) const
{
    int n = 0;
    for (const auto &[path, s] : m_served)
        if (path.contains(pathPart) && (status < 0 || s == status))
            ++n;
    return n;
}

QSet<QString> TestGraphBatch::subjects(const QString &mailbox) const
{
    QSet<QString> out;
    for (const QJsonValue &e : m_graph->events(mailbox))
        out.insert(e.toObject().value("subject"_L1).toString());
    return out;
}

// ---- tests

void TestGraphBatch::fortyFiveCreatesGoOutAsThreeBatches()
{
    GraphBatchWriter writer(m_connector.get(), m_http.get(), &m_clock);
    QSignalSpy retries(&writer, &GraphBatchWriter::retryScheduled);
    const QList<GraphEventWrite> writes = creates(45, u"Visit"_s);
    const auto results = run(writer, writes);
    QVERIFY(results);
    QCOMPARE(results->size(), 45);
    for (int i = 0; i < 45; ++i) {
        const Result<ExchangeEvent> &r = results->at(i);
        QVERIFY2(r.ok(), qPrintable(messageOf(r)));
        // in input order, and what came back is what was written
        QCOMPARE(r.value().subject, writes[i].event.subject);
        QCOMPARE(r.value().startUtc, writes[i].event.startUtc);
        QCOMPARE(r.value().timeZone, writes[i].event.timeZone);
        QVERIFY(!r.value().id.isEmpty());
        QVERIFY(!r.value().changeKey.isEmpty());
    }
    QCOMPARE(count(u"/v1.0/$batch"_s), 3); // 20 + 20 + 5 (the sandbox refuses more than 20 with a 400)
    QCOMPARE(count(u"/v1.0/$batch"_s, 200), 3);
    QCOMPARE(m_graph->events(kAnna).size(), 45);
    QCOMPARE(subjects(kAnna).size(), 45);
    QCOMPARE(retries.count(), 0);
}

void TestGraphBatch::throttledMembersAreRetriedAfterTheirRetryAfter()
{
    // The mailbox accepts 25 requests a minute: members 26..45 get 429 TooManyRequests with a Retry-After of
    // about 60 s, each in its own member headers.
    m_graph->setMailboxLimits(4, 25, 60);
    setRetryOptions(5);
    testsupport::FakeClock fake(QDateTime::currentDateTimeUtc());
    GraphBatchWriter writer(m_connector.get(), m_http.get(), &fake);
    QSignalSpy retries(&writer, &GraphBatchWriter::retryScheduled);
    std::optional<QList<Result<ExchangeEvent>>> results;
    const QList<GraphEventWrite> writes = creates(45, u"Throttled"_s);
    writer.write(kAnna, writes, [&](QList<Result<ExchangeEvent>> r) { results = std::move(r); });

    QTRY_COMPARE_WITH_TIMEOUT(retries.count(), 1, 20000);
    QCOMPARE(retries.at(0).at(0).toInt(), 1);  // after round 1
    QCOMPARE(retries.at(0).at(1).toInt(), 20); // only the throttled members
    const qint64 delay = retries.at(0).at(2).toLongLong();
    QVERIFY2(delay >= 55000 && delay <= 60000 && delay % 1000 == 0, qPrintable(QString::number(delay)));
    QCOMPARE(fake.nextDueIn().value_or(-1), delay);
    QCOMPARE(count(u"/v1.0/$batch"_s), 3);
    QCOMPARE(m_graph->events(kAnna).size(), 25);
    QVERIFY(!results);

    m_graph->setMailboxLimits(4, 10000, 600); // the minute is over, as far as the mailbox is concerned
    fake.advance(delay - 1);
    QTest::qWait(300);
    QCOMPARE(count(u"/v1.0/$batch"_s), 3); // not a millisecond early
    fake.advance(1);
    QTRY_VERIFY_WITH_TIMEOUT(results.has_value(), 20000);
    QCOMPARE(count(u"/v1.0/$batch"_s), 4); // the 20 retried members in one envelope
    QCOMPARE(results->size(), 45);
    for (int i = 0; i < 45; ++i) {
        QVERIFY2(results->at(i).ok(), qPrintable(messageOf(results->at(i))));
        QCOMPARE(results->at(i).value().subject, writes[i].event.subject);
    }
    QCOMPARE(m_graph->events(kAnna).size(), 45); // each created once
    QCOMPARE(subjects(kAnna).size(), 45);
    QCOMPARE(retries.count(), 1);
}

void TestGraphBatch::throttledBeyondTheAttemptLimitIsReportedPerMember()
{
    m_graph->setMailboxLimits(4, 25, 60);
    setRetryOptions(2);
    testsupport::FakeClock fake(QDateTime::currentDateTimeUtc());
    GraphBatchWriter writer(m_connector.get(), m_http.get(), &fake);
    QSignalSpy retries(&writer, &GraphBatchWriter::retryScheduled);
    std::optional<QList<Result<ExchangeEvent>>> results;
    writer.write(kAnna, creates(45, u"Limited"_s),
                 [&](QList<Result<ExchangeEvent>> r) { results = std::move(r); });
    QTRY_COMPARE_WITH_TIMEOUT(retries.count(), 1, 20000);
    fake.advance(retries.at(0).at(2).toLongLong()); // still throttled: the real minute has not passed
    QTRY_VERIFY_WITH_TIMEOUT(results.has_value(), 20000);
    QCOMPARE(retries.count(), 1); // the second attempt was the last
    int created = 0;
    for (int i = 0; i < 45; ++i) {
        const Result<ExchangeEvent> &r = results->at(i);
        if (i < 25) {
            QVERIFY2(r.ok(), qPrintable(messageOf(r)));
            ++created;
            continue;
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Throttled);
        QCOMPARE(r.error().httpStatus, 429);
        QCOMPARE(r.error().serverCode, u"TooManyRequests"_s);
        QVERIFY2(r.error().message.contains("2 attempts"_L1), qPrintable(r.error().message));
    }
    QCOMPARE(created, 25);
    QCOMPARE(m_graph->events(kAnna).size(), 25);
    QCOMPARE(count(u"/v1.0/$batch"_s), 4);
}

void TestGraphBatch::permanentMemberErrorsStayWithTheirMember()
{
    const Result<ExchangeEvent> a = createOne(sampleEvent(u"A"_s, 1));
    const Result<ExchangeEvent> b = createOne(sampleEvent(u"B"_s, 2));
    const Result<ExchangeEvent> c = createOne(sampleEvent(u"C"_s, 3));
    QVERIFY(a.ok() && b.ok() && c.ok());
    // someone edits B in Outlook: our changeKey for it is stale now
    QVERIFY(m_graph->updateEvent(kAnna, b.value().id, {{"subject"_L1, "B edited in Outlook"_L1}}));

    ExchangeEvent aEdit = a.value();
    aEdit.subject = u"A moved"_s;
    aEdit.startUtc = aEdit.startUtc.addSecs(3600);
    aEdit.endUtc = aEdit.endUtc.addSecs(3600);
    ExchangeEvent bEdit = b.value();
    bEdit.subject = u"B lost update"_s;
    ExchangeEvent missing = sampleEvent(u"Missing"_s, 4);
    missing.id = u"AAMkAGmissing0000"_s;
    ExchangeEvent badZone = a.value();
    badZone.timeZone = u"Mars Standard Time"_s;

    const QList<GraphEventWrite> writes{
        GraphEventWrite::create(sampleEvent(u"N1"_s, 5), u"tx-n1"_s), // 0
        GraphEventWrite::update(aEdit),                               // 1
        GraphEventWrite::update(bEdit),                               // 2: stale If-Match
        GraphEventWrite::update(missing),                             // 3: no such event
        GraphEventWrite::remove(c.value().id),                        // 4
        GraphEventWrite::remove(u"AAMkAGgone0000"_s),                 // 5: no such event
        GraphEventWrite::update(badZone),                             // 6: refused before sending
        GraphEventWrite::create(sampleEvent(u"N2"_s, 6), u"tx-n2"_s), // 7
    };
    GraphBatchWriter writer(m_connector.get(), m_http.get(), &m_clock);
    QSignalSpy retries(&writer, &GraphBatchWriter::retryScheduled);
    const auto results = run(writer, writes);
    QVERIFY(results);
    QCOMPARE(results->size(), writes.size());

    QVERIFY2(results->at(0).ok(), qPrintable(messageOf(results->at(0))));
    QCOMPARE(results->at(0).value().subject, u"N1"_s);
    QVERIFY2(results->at(1).ok(), qPrintable(messageOf(results->at(1))));
    QCOMPARE(results->at(1).value().subject, u"A moved"_s);
    QCOMPARE(results->at(1).value().startUtc, aEdit.startUtc);
    QVERIFY(results->at(1).value().changeKey != a.value().changeKey);

    QVERIFY(!results->at(2).ok());
    QCOMPARE(results->at(2).error().kind, ErrorKind::Conflict);
    QCOMPARE(results->at(2).error().httpStatus, 412);
    QCOMPARE(results->at(2).error().serverCode, u"ErrorIrresolvableConflict"_s);

    QVERIFY(!results->at(3).ok());
    QCOMPARE(results->at(3).error().kind, ErrorKind::NotFound);
    QCOMPARE(results->at(3).error().httpStatus, 404);
    QCOMPARE(results->at(3).error().serverCode, u"ErrorItemNotFound"_s);

    QVERIFY2(results->at(4).ok(), qPrintable(messageOf(results->at(4))));
    QVERIFY(results->at(4).value().removed);
    QCOMPARE(results->at(4).value().id, c.value().id);

    QVERIFY(!results->at(5).ok());
    QCOMPARE(results->at(5).error().kind, ErrorKind::NotFound);

    QVERIFY(!results->at(6).ok());
    QCOMPARE(results->at(6).error().kind, ErrorKind::Invalid);
    QCOMPARE(results->at(6).error().field, u"timeZone"_s);

    QVERIFY2(results->at(7).ok(), qPrintable(messageOf(results->at(7))));
    QCOMPARE(results->at(7).value().subject, u"N2"_s);

    // the mailbox agrees
    QCOMPARE(subjects(kAnna), (QSet<QString>{u"A moved"_s, u"B edited in Outlook"_s, u"N1"_s, u"N2"_s}));
    QCOMPARE(count(u"/v1.0/$batch"_s), 1);
    QCOMPARE(retries.count(), 0); // permanent errors are not retried
}

void TestGraphBatch::retriedEnvelopeThatTheServerCarriedOutCreatesNothingTwice()
{
    // The first envelope stalls past our timeout; the HttpClient sends it again (every member carries a
    // transactionId, so the envelope is idempotent). The stalled copy is carried out later as well.
    QString error;
    const auto plan = sandbox::FaultPlan::parse(
        R"({"rules": [{"method": "POST", "path": "\\$batch", "times": 1, "fault": "stall", "seconds": 2}]})",
        &error);
    QVERIFY2(plan, qPrintable(error));
    m_graph->http().setFaultPlan(*plan);
    setRetryOptions(3);
    QSignalSpy envelopeRetries(m_http.get(), &net::HttpClient::retryScheduled);
    GraphBatchWriter writer(m_connector.get(), m_http.get(), &m_clock);
    writer.setBatchTimeoutMs(800);
    const QList<GraphEventWrite> writes = creates(12, u"Stalled"_s);
    const auto results = run(writer, writes);
    QVERIFY(results);
    QCOMPARE(envelopeRetries.count(), 1);
    for (int i = 0; i < 12; ++i)
        QVERIFY2(results->at(i).ok(), qPrintable(messageOf(results->at(i))));
    QTest::qWait(2000); // the stalled envelope runs now
    QCOMPARE(m_graph->events(kAnna).size(), 12);
    QSet<QString> ids;
    for (const QJsonValue &e : m_graph->events(kAnna))
        ids.insert(e.toObject().value("id"_L1).toString());
    for (const Result<ExchangeEvent> &r : *results)
        QVERIFY(ids.contains(r.value().id));
}

void TestGraphBatch::expiredTokenOnTheBatchIsRefreshedOnce()
{
    // The provider's clock stands still, so it believes its 1-second token is fresh; the server does not.
    testsupport::FakeClock still(QDateTime::currentDateTimeUtc());
    makeConnector(&still);
    m_tokens->setRefreshMarginSecs(0);
    m_graph->setTokenLifetime(1);
    GraphBatchWriter writer(m_connector.get(), m_http.get(), &m_clock);
    const auto first = run(writer, creates(2, u"First"_s));
    QVERIFY(first && first->at(0).ok() && first->at(1).ok());
    QTest::qWait(1300);
    m_graph->setTokenLifetime(3599);
    const auto second = run(writer, creates(3, u"Second"_s));
    QVERIFY(second);
    for (const Result<ExchangeEvent> &r : *second)
        QVERIFY2(r.ok(), qPrintable(messageOf(r)));
    QCOMPARE(count(u"/v1.0/$batch"_s, 401), 1);
    QCOMPARE(count(u"/oauth2/v2.0/token"_s), 2);
    QCOMPARE(m_graph->events(kAnna).size(), 5);
}

void TestGraphBatch::malformedBatchAnswerIsInvalidForEveryMember()
{
    QString error;
    const auto plan = sandbox::FaultPlan::parse(
        R"({"rules": [{"method": "POST", "path": "\\$batch", "times": 1, "fault": "malformed"}]})", &error);
    QVERIFY2(plan, qPrintable(error));
    m_graph->http().setFaultPlan(*plan);
    GraphBatchWriter writer(m_connector.get(), m_http.get(), &m_clock);
    const auto results = run(writer, creates(3, u"Garbled"_s));
    QVERIFY(results);
    QCOMPARE(results->size(), 3);
    for (const Result<ExchangeEvent> &r : *results) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Invalid);
        QCOMPARE(r.error().field, u"responses"_s);
    }
}

void TestGraphBatch::batchesAndSingleRequestsStayWithinFourPerMailbox()
{
    const Result<ExchangeEvent> existing = createOne(sampleEvent(u"Read me"_s, 9));
    QVERIFY(existing.ok());
    // Every member and every single request holds one of the mailbox's 4 slots for 100 ms at the sandbox,
    // which answers 429 ApplicationThrottled to a fifth.
    m_graph->setLatency(100);
    GraphBatchWriter writer(m_connector.get(), m_http.get(), &m_clock);
    QSignalSpy memberRetries(&writer, &GraphBatchWriter::retryScheduled);
    std::optional<QList<Result<ExchangeEvent>>> results;
    writer.write(kAnna, creates(45, u"Busy"_s),
                 [&](QList<Result<ExchangeEvent>> r) { results = std::move(r); });
    int reads = 0;
    int readFailures = 0;
    for (int i = 0; i < 12; ++i)
        m_connector->getEvent(kAnna, existing.value().id, [&](Result<ExchangeEvent> r) {
            ++reads;
            readFailures += r.ok() ? 0 : 1;
        });
    int maxInFlight = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (maxInFlight = std::max(maxInFlight, m_http->limiter().inFlight(kAnna)), results && reads == 12),
        60000);
    QCOMPARE(readFailures, 0);
    for (const Result<ExchangeEvent> &r : *results)
        QVERIFY2(r.ok(), qPrintable(messageOf(r)));
    QCOMPARE(memberRetries.count(), 0); // no member was throttled for concurrency
    QCOMPARE(count(u"/v1.0/"_s, 429), 0);
    QCOMPARE(maxInFlight, 4); // the limit was reached, never exceeded
    QCOMPARE(m_graph->events(kAnna).size(), 46);
}

QTEST_GUILESS_MAIN(TestGraphBatch)
#include "tst_graph_batch.moc"
