// The Graph connector (tokens, users, events, calendarView/delta) against the Graph sandbox over loopback.
#include "Clock.h"
#include "FakeClock.h"
#include "FaultPlan.h"
#include "GraphSandbox.h"
#include "SampleDataGenerator.h"
#include "exchange/graph/GraphConnector.h"
#include "exchange/graph/GraphDeltaReader.h"
#include "exchange/graph/GraphTokenProvider.h"
#include "net/HttpClient.h"
#include "store/Journal.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace cxsync;
using namespace cxsync::exchange;
using namespace Qt::StringLiterals;

namespace {

const QString kAnna = u"anna@contoso.test"_s;
const QString kBen = u"ben@contoso.test"_s;
const QDateTime kWindowStart(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
const QDateTime kWindowEnd(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC);

template <typename T> bool waitFor(std::optional<T> &slot, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&] { return slot.has_value(); }, timeoutMs);
}

ExchangeEvent sampleEvent(const QString &subject, int day, int hour = 10)
{
    ExchangeEvent e;
    e.subject = subject;
    e.bodyText = u"Body of "_s + subject;
    e.location = u"Room 1"_s;
    e.startUtc = QDateTime(QDate(2026, 4, day), QTime(hour, 0), Qt::UTC);
    e.endUtc = e.startUtc.addSecs(1800);
    e.timeZone = u"W. Europe Standard Time"_s;
    e.reminderOn = true;
    e.reminderMinutes = 10;
    return e;
}

} // namespace

class TestGraphConnector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void token_data();
    void token();
    void tokenIsCachedSharedAndRefreshed();
    void expiredTokenIsRetriedOnceOn401();
    void usersArePagedWithSelect();
    void createWithSameTransactionIdCreatesOneEvent();
    void updateWithStaleChangeKeyConflicts();
    void deleteAndCancel();
    void serverFieldsAreValidated_data();
    void serverFieldsAreValidated();
    void deltaRoundsThenOnlyChanges();
    void deltaCursorSurvivesRestart();
    void movedWindowStartsNewRound();
    void expiredDeltaLinkRequiresResync();
    void malformedDeltaPageFailsRoundAndKeepsCursor();
    void limiterKeepsMailboxUnderConcurrencyLimit();

private:
    GraphCredentials credentials() const;
    void makeConnector(Clock *tokenClock);
    Result<ExchangeEvent> create(const QString &mailbox, const ExchangeEvent &event,
                                 const QString &txId = {});
    struct Round {
        Result<GraphDeltaOutcome> outcome = makeError(ErrorKind::Cancelled, u"not run"_s);
        QList<GraphDeltaPage> pages;
        QSet<QString> changedIds() const
        {
            QSet<QString> ids;
            for (const GraphDeltaPage &p : pages)
                for (const ExchangeEvent &e : p.changed)
                    ids.insert(e.id);
            return ids;
        }
    };
    Round runRound(Journal *journal, const QString &mailbox, int pageSize = 2);
    int count(const QString &pathPart, int status = -1) const;

    std::unique_ptr<sandbox::GraphSandbox> m_graph;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    SystemClock m_clock;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<GraphTokenProvider> m_tokens;
    std::unique_ptr<GraphConnector> m_connector;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    QList<std::pair<QString, int>> m_served; // path, status
};

GraphCredentials TestGraphConnector::credentials() const
{
    GraphCredentials c;
    c.authority = m_graph->baseUrl();
    c.tenant = m_graph->tenantId();
    c.clientId = m_graph->clientId();
    c.clientSecret = m_graph->clientSecret();
    return c;
}

void TestGraphConnector::makeConnector(Clock *tokenClock)
{
    m_connector.reset();
    m_tokens = std::make_unique<GraphTokenProvider>(m_http.get(), tokenClock, credentials());
    QUrl base = m_graph->baseUrl();
    base.setPath(u"/v1.0"_s);
    m_connector = std::make_unique<GraphConnector>(m_http.get(), m_tokens.get(), base);
}

void TestGraphConnector::init()
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
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto journal = Journal::open(m_dir->filePath(u"journal.sqlite"_s));
    QVERIFY2(journal.ok(), qPrintable(journal.ok() ? QString() : journal.error().message));
    m_journal = std::move(journal).value();
}

void TestGraphConnector::cleanup()
{
    m_connector.reset();
    m_tokens.reset();
    m_http.reset();
    m_nam.reset();
    m_journal.reset();
    m_dir.reset();
    m_graph.reset();
}

int TestGraphConnector::count(const QString &pathPart, int status) const
{
    int n = 0;
    for (const auto &[path, s] : m_served)
        if (path.contains(pathPart) && (status < 0 || s == status))
            ++n;
    return n;
}

Result<ExchangeEvent> TestGraphConnector::create(const QString &mailbox, const ExchangeEvent &event,
                                                 const QString &txId)
{
    std::optional<Result<ExchangeEvent>> r;
    m_connector->createEvent(mailbox, event, txId,
                             [&](Result<ExchangeEvent> result) { r = std::move(result); });
    if (!waitFor(r))
        return makeError(ErrorKind::Network, u"no answer"_s);
    return *r;
}

TestGraphConnector::Round TestGraphConnector::runRound(Journal *journal, const QString &mailbox, int pageSize)
{
    Round round;
    GraphDeltaReader reader(m_connector.get(), journal, &m_clock, mailbox, kWindowStart, kWindowEnd);
    reader.setPageSize(pageSize);
    bool done = false;
    reader.run(
        [&](const GraphDeltaPage &page) {
            round.pages.append(page);
            return true;
        },
        [&](Result<GraphDeltaOutcome> outcome) {
            round.outcome = std::move(outcome);
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        round.outcome = makeError(ErrorKind::Network, u"the round did not finish"_s);
    return round;
}

// ---- tokens

void TestGraphConnector::token_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("serverCode");
    QTest::addColumn<QString>("field");
    QTest::newRow("the configured app gets a bearer token")
        << QString() << QString() << QString() << QString() << QString();
    QTest::newRow("a wrong secret is Auth AADSTS7000215 on clientSecret")
        << QString() << QString() << u"not-the-secret"_s << u"AADSTS7000215"_s << u"clientSecret"_s;
    QTest::newRow("an unknown client is Auth AADSTS700016 on clientId")
        << QString() << u"00000000-0000-0000-0000-000000000000"_s << QString() << u"AADSTS700016"_s
        << u"clientId"_s;
    QTest::newRow("an unknown tenant is Auth AADSTS90002 on tenant")
        << u"nope.onmicrosoft.com"_s << QString() << QString() << u"AADSTS90002"_s << u"tenant"_s;
}

void TestGraphConnector::token()
{
    QFETCH(QString, tenant);
    QFETCH(QString, clientId);
    QFETCH(QString, secret);
    QFETCH(QString, serverCode);
    QFETCH(QString, field);
    GraphCredentials c = credentials();
    if (!tenant.isEmpty())
        c.tenant = tenant;
    if (!clientId.isEmpty())
        c.clientId = clientId;
    if (!secret.isEmpty())
        c.clientSecret = secret;
    GraphTokenProvider provider(m_http.get(), &m_clock, c);
    std::optional<Result<QString>> r;
    bool inside = true;
    provider.token([&](Result<QString> result) {
        QVERIFY(!inside); // never called back from inside token()
        r = std::move(result);
    });
    inside = false;
    QVERIFY(waitFor(r));
    if (serverCode.isEmpty()) {
        QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->error().message));
        QCOMPARE(r->value().count(QLatin1Char('.')), 2); // a JWT
        return;
    }
    QVERIFY(!r->ok());
    QCOMPARE(r->error().kind, ErrorKind::Auth);
    QCOMPARE(r->error().serverCode, serverCode);
    QCOMPARE(r->error().field, field);
    QVERIFY2(r->error().message.contains(serverCode), qPrintable(r->error().message));
    QVERIFY(!r->error().message.contains(u"Trace ID"_s));
}

void TestGraphConnector::tokenIsCachedSharedAndRefreshed()
{
    testsupport::FakeClock fake(QDateTime::currentDateTimeUtc());
    GraphTokenProvider provider(m_http.get(), &fake, credentials());
    QList<Result<QString>> results;
    for (int i = 0; i < 3; ++i)
        provider.token([&](Result<QString> r) { results.append(std::move(r)); });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, 10000);
    QCOMPARE(count(u"/oauth2/v2.0/token"_s), 1); // one fetch shared by three callers
    QCOMPARE(results[0].value(), results[2].value());

    fake.advance((3599 - 301) * 1000LL); // just over 5 minutes left: still cached
    provider.token([&](Result<QString> r) { results.append(std::move(r)); });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 4, 10000);
    QCOMPARE(count(u"/oauth2/v2.0/token"_s), 1);
    QCOMPARE(results[3].value(), results[0].value());

    fake.advance(2000); // under 5 minutes left: refreshed
    provider.token([&](Result<QString> r) { results.append(std::move(r)); });
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 5, 10000);
    QCOMPARE(count(u"/oauth2/v2.0/token"_s), 2);
    QVERIFY(results[4].ok());
    QVERIFY(results[4].value() != results[0].value());
    QCOMPARE(provider.fetchCount(), 2);
}

void TestGraphConnector::expiredTokenIsRetriedOnceOn401()
{
    // The provider's clock stands still, so it believes its 1-second token is fresh; the server does not.
    testsupport::FakeClock fake(QDateTime::currentDateTimeUtc());
    makeConnector(&fake);
    m_tokens->setRefreshMarginSecs(0);
    m_graph->setTokenLifetime(1);
    std::optional<Result<QList<ExchangeUser>>> first;
    m_connector->listUsers([&](Result<QList<ExchangeUser>> r) { first = std::move(r); });
    QVERIFY(waitFor(first));
    QVERIFY(first->ok());
    QTest::qWait(1300);
    m_graph->setTokenLifetime(3599);
    std::optional<Result<QList<ExchangeUser>>> second;
    m_connector->listUsers([&](Result<QList<ExchangeUser>> r) { second = std::move(r); });
    QVERIFY(waitFor(second));
    QVERIFY2(second->ok(), qPrintable(second->ok() ? QString() : second->error().message));
    QCOMPARE(second->value().size(), 2);
    QCOMPARE(count(u"/v1.0/users"_s, 401), 1);
    QCOMPARE(count(u"/oauth2/v2.0/token"_s), 2);
}

// ---- users

void TestGraphConnector::usersArePagedWithSelect()
{
    // 160 people, of whom some have no mailbox (CRM-only): still well over 120 directory users
    m_graph->load(sandbox::SampleDataGenerator::generate(160, 0, 1, QDateTime::currentDateTimeUtc()));
    const QJsonArray expected = m_graph->users();
    QVERIFY2(expected.size() >= 120, qPrintable(QString::number(expected.size())));
    m_connector->setUsersPageSize(50);
    std::optional<Result<QList<ExchangeUser>>> r;
    m_connector->listUsers([&](Result<QList<ExchangeUser>> result) { r = std::move(result); });
    QVERIFY(waitFor(r));
    QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->error().message));
    QCOMPARE(r->value().size(), expected.size());
    QVERIFY(count(u"/v1.0/users"_s, 200) >= 3);
    QSet<QString> ids;
    bool someDisabled = false;
    bool someAlias = false;
    for (const ExchangeUser &u : r->value()) {
        QVERIFY(!u.id.isEmpty());
        QVERIFY(!u.upn.isEmpty());
        ids.insert(u.id);
        someDisabled |= !u.enabled;
        someAlias |= !u.aliases.isEmpty();
    }
    QCOMPARE(ids.size(), expected.size());
    QVERIFY(someDisabled); // the generator includes a disabled account
    QVERIFY(someAlias);    // and people matched by an alias
}

// ---- events

void TestGraphConnector::createWithSameTransactionIdCreatesOneEvent()
{
    const ExchangeEvent e = sampleEvent(u"Quarterly review"_s, 14);
    const Result<ExchangeEvent> a = create(kAnna, e, u"crm-comm-4711"_s);
    QVERIFY2(a.ok(), qPrintable(a.ok() ? QString() : a.error().message));
    const Result<ExchangeEvent> b = create(kAnna, e, u"crm-comm-4711"_s);
    QVERIFY(b.ok());
    QCOMPARE(b.value().id, a.value().id);
    QCOMPARE(m_graph->events(kAnna).size(), 1);
    // what came back is what was sent
    QCOMPARE(a.value().subject, e.subject);
    QCOMPARE(a.value().startUtc, e.startUtc);
    QCOMPARE(a.value().endUtc, e.endUtc);
    QCOMPARE(a.value().timeZone, e.timeZone);
    QCOMPARE(a.value().location, e.location);
    QCOMPARE(a.value().bodyText, e.bodyText);
    QCOMPARE(a.value().reminderMinutes, 10);
    QVERIFY(!a.value().changeKey.isEmpty());
    QVERIFY(!a.value().iCalUId.isEmpty());
    // read back
    std::optional<Result<ExchangeEvent>> got;
    m_connector->getEvent(kAnna, a.value().id, [&](Result<ExchangeEvent> r) { got = std::move(r); });
    QVERIFY(waitFor(got));
    QVERIFY(got->ok());
    QCOMPARE(got->value().startUtc, e.startUtc);
    QCOMPARE(got->value().changeKey, a.value().changeKey);
}

void TestGraphConnector::updateWithStaleChangeKeyConflicts()
{
    const Result<ExchangeEvent> created = create(kAnna, sampleEvent(u"Planning"_s, 15), u"tx-upd"_s);
    QVERIFY(created.ok());
    ExchangeEvent edit = created.value();
    edit.subject = u"Planning (moved)"_s;
    edit.startUtc = edit.startUtc.addSecs(3600);
    edit.endUtc = edit.endUtc.addSecs(3600);
    std::optional<Result<ExchangeEvent>> first;
    m_connector->updateEvent(kAnna, edit, [&](Result<ExchangeEvent> r) { first = std::move(r); });
    QVERIFY(waitFor(first));
    QVERIFY2(first->ok(), qPrintable(first->ok() ? QString() : first->error().message));
    QCOMPARE(first->value().subject, edit.subject);
    QCOMPARE(first->value().startUtc, edit.startUtc);
    QVERIFY(first->value().changeKey != created.value().changeKey);

    edit.subject = u"Lost update"_s; // still carries the old changeKey
    std::optional<Result<ExchangeEvent>> stale;
    m_connector->updateEvent(kAnna, edit, [&](Result<ExchangeEvent> r) { stale = std::move(r); });
    QVERIFY(waitFor(stale));
    QVERIFY(!stale->ok());
    QCOMPARE(stale->error().kind, ErrorKind::Conflict);
    QCOMPARE(stale->error().httpStatus, 412);
    QCOMPARE(stale->error().serverCode, u"ErrorIrresolvableConflict"_s);
    QCOMPARE(m_graph->events(kAnna).first().toObject().value("subject"_L1).toString(), u"Planning (moved)"_s);
}

void TestGraphConnector::deleteAndCancel()
{
    const Result<ExchangeEvent> single = create(kAnna, sampleEvent(u"To delete"_s, 16));
    QVERIFY(single.ok());
    std::optional<Status> deleted;
    m_connector->deleteEvent(kAnna, single.value().id, QString(), [&](Status s) { deleted = s; });
    QVERIFY(waitFor(deleted));
    QVERIFY(deleted->ok());
    std::optional<Result<ExchangeEvent>> gone;
    m_connector->getEvent(kAnna, single.value().id, [&](Result<ExchangeEvent> r) { gone = std::move(r); });
    QVERIFY(waitFor(gone));
    QVERIFY(!gone->ok());
    QCOMPARE(gone->error().kind, ErrorKind::NotFound);

    ExchangeEvent meeting = sampleEvent(u"Meeting"_s, 17);
    meeting.attendees.append(ExchangeAttendee{kBen, u"ben"_s, u"required"_s, u"none"_s});
    const Result<ExchangeEvent> created = create(kAnna, meeting);
    QVERIFY(created.ok());
    QCOMPARE(created.value().attendees.size(), 1);
    QCOMPARE(created.value().attendees.first().address, kBen);
    QVERIFY(created.value().isOrganizer);
    std::optional<Status> cancelled;
    m_connector->cancelEvent(kAnna, created.value().id, u"Sorry"_s, [&](Status s) { cancelled = s; });
    QVERIFY(waitFor(cancelled));
    QVERIFY2(cancelled->ok(), qPrintable(cancelled->ok() ? QString() : cancelled->error().message));
}

void TestGraphConnector::serverFieldsAreValidated_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field"); // empty: parses
    QTest::addColumn<QDateTime>("startUtc");
    const QJsonObject good{{"id"_L1, "AAMk1"_L1},
                           {"subject"_L1, "S"_L1},
                           {"start"_L1, QJsonObject{{"dateTime"_L1, "2026-07-01T10:00:00.0000000"_L1},
                                                    {"timeZone"_L1, "W. Europe Standard Time"_L1}}},
                           {"end"_L1, QJsonObject{{"dateTime"_L1, "2026-07-01T11:00:00.0000000"_L1},
                                                  {"timeZone"_L1, "W. Europe Standard Time"_L1}}}};
    auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return o;
    };
    const QDateTime eight(QDate(2026, 7, 1), QTime(8, 0), Qt::UTC);
    QTest::newRow("a Windows zone is converted to UTC") << good << QString() << eight;
    QTest::newRow("a removed entry needs only its id")
        << QJsonObject{{"id"_L1, "X"_L1}, {"@removed"_L1, QJsonObject{{"reason"_L1, "deleted"_L1}}}}
        << QString() << QDateTime();
    QTest::newRow("a missing id is Invalid on id")
        << with(u"id"_s, QJsonValue::Undefined) << u"id"_s << QDateTime();
    QTest::newRow("a missing start is Invalid on start")
        << with(u"start"_s, QJsonValue::Undefined) << u"start"_s << QDateTime();
    QTest::newRow("an unparsable dateTime is Invalid on start.dateTime")
        << with(u"start"_s, QJsonObject{{"dateTime"_L1, "01.07.2026 10:00"_L1}, {"timeZone"_L1, "UTC"_L1}})
        << u"start.dateTime"_s << QDateTime();
    QTest::newRow("an unknown zone is Invalid on end.timeZone")
        << with(u"end"_s,
                QJsonObject{{"dateTime"_L1, "2026-07-01T11:00:00"_L1}, {"timeZone"_L1, "Mars Time"_L1}})
        << u"end.timeZone"_s << QDateTime();
    QTest::newRow("an end before the start is Invalid on end")
        << with(u"end"_s, QJsonObject{{"dateTime"_L1, "2026-07-01T07:00:00"_L1}, {"timeZone"_L1, "UTC"_L1}})
        << u"end"_s << QDateTime();
    QTest::newRow("an unparsable lastModifiedDateTime is Invalid on it")
        << with(u"lastModifiedDateTime"_s, u"yesterday"_s) << u"lastModifiedDateTime"_s << QDateTime();
    QTest::newRow("an occurrence without seriesMasterId is Invalid on it")
        << with(u"type"_s, u"occurrence"_s) << u"seriesMasterId"_s << QDateTime();
}

void TestGraphConnector::serverFieldsAreValidated()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    QFETCH(QDateTime, startUtc);
    const Result<ExchangeEvent> r = GraphConnector::parseEvent(json);
    if (field.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        if (startUtc.isValid())
            QCOMPARE(r.value().startUtc, startUtc);
        else
            QVERIFY(r.value().removed);
        return;
    }
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Invalid);
    QCOMPARE(r.error().field, field);
    if (json.contains("id"_L1))
        QVERIFY2(r.error().message.contains("AAMk1"_L1), qPrintable(r.error().message));
}

// ---- delta

void TestGraphConnector::deltaRoundsThenOnlyChanges()
{
    QStringList ids;
    for (int i = 0; i < 7; ++i) {
        const Result<ExchangeEvent> e = create(kAnna, sampleEvent(u"E%1"_s.arg(i), 10 + i));
        QVERIFY(e.ok());
        ids.append(e.value().id);
    }
    const Round first = runRound(m_journal.get(), kAnna, 2);
    QVERIFY2(first.outcome.ok(), qPrintable(first.outcome.ok() ? QString() : first.outcome.error().message));
    QVERIFY(!first.outcome.value().resumed);
    QVERIFY(first.pages.size() >= 4);
    QCOMPARE(first.changedIds(), QSet<QString>(ids.begin(), ids.end()));
    QVERIFY(first.pages.last().last);
    const auto stored = GraphDeltaReader::storedCursor(m_journal.get(), u"graph:delta:"_s + kAnna);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), first.outcome.value().deltaLink);
    QVERIFY(stored.value().contains("$deltatoken="_L1));

    const Round quiet = runRound(m_journal.get(), kAnna);
    QVERIFY(quiet.outcome.ok());
    QVERIFY(quiet.outcome.value().resumed);
    QCOMPARE(quiet.changedIds().size(), 0);

    QVERIFY(m_graph->updateEvent(kAnna, ids[3], {{"subject"_L1, "E3 changed"_L1}}));
    QVERIFY(m_graph->deleteEvent(kAnna, ids[4]));
    const Round next = runRound(m_journal.get(), kAnna);
    QVERIFY(next.outcome.ok());
    QCOMPARE(next.changedIds(), QSet<QString>{ids[3]});
    QCOMPARE(next.pages.first().changed.first().subject, u"E3 changed"_s);
    QStringList removed;
    for (const GraphDeltaPage &p : next.pages)
        removed += p.removed;
    QCOMPARE(removed, QStringList{ids[4]});

    const Round after = runRound(m_journal.get(), kAnna);
    QVERIFY(after.outcome.ok());
    QCOMPARE(after.changedIds().size(), 0);
}

void TestGraphConnector::movedWindowStartsNewRound()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(create(kAnna, sampleEvent(u"W%1"_s.arg(i), 10 + i)).ok());
    const Round first = runRound(m_journal.get(), kAnna, 50);
    QVERIFY(first.outcome.ok());
    auto record = GraphDeltaReader::storedCursorRecord(m_journal.get(), u"graph:delta:"_s + kAnna);
    QVERIFY(record.ok());
    QCOMPARE(record.value().windowStartUtc, kWindowStart);
    QCOMPARE(record.value().windowEndUtc, kWindowEnd);

    // The next day the window has moved: the stored link (for the old window) is not used; a full round for
    // the new window runs and says so, and the cursor now records the new window.
    const QDateTime movedStart = kWindowStart.addDays(1), movedEnd = kWindowEnd.addDays(1);
    GraphDeltaReader reader(m_connector.get(), m_journal.get(), &m_clock, kAnna, movedStart, movedEnd);
    std::optional<Result<GraphDeltaOutcome>> outcome;
    QSet<QString> seen;
    reader.run(
        [&](const GraphDeltaPage &page) {
            for (const ExchangeEvent &e : page.changed)
                seen.insert(e.id);
            return true;
        },
        [&](Result<GraphDeltaOutcome> r) { outcome = std::move(r); });
    QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 30000));
    QVERIFY(outcome->ok());
    QVERIFY(outcome->value().windowChanged);
    QVERIFY(!outcome->value().resumed);
    QCOMPARE(seen, first.changedIds()); // every item again, not "no changes"
    record = GraphDeltaReader::storedCursorRecord(m_journal.get(), u"graph:delta:"_s + kAnna);
    QCOMPARE(record.value().windowStartUtc, movedStart);
    QCOMPARE(record.value().windowEndUtc, movedEnd);

    // Same window again: resumed, nothing new.
    const Round again = runRound(m_journal.get(), kAnna, 50);
    QVERIFY(again.outcome.ok());
    QVERIFY(again.outcome.value().windowChanged); // back to kWindowStart..kWindowEnd, a change again
}

void TestGraphConnector::deltaCursorSurvivesRestart()
{
    for (int i = 0; i < 7; ++i)
        QVERIFY(create(kAnna, sampleEvent(u"R%1"_s.arg(i), 10 + i)).ok());
    // the reference: one uninterrupted round, on its own journal
    auto other = Journal::open(m_dir->filePath(u"other.sqlite"_s));
    QVERIFY(other.ok());
    const Round reference = runRound(other.value().get(), kAnna, 2);
    QVERIFY(reference.outcome.ok());
    QVERIFY(reference.pages.size() >= 4);

    // page 1, then the process "dies" with the next request in flight
    auto reader = std::make_unique<GraphDeltaReader>(m_connector.get(), m_journal.get(), &m_clock, kAnna,
                                                     kWindowStart, kWindowEnd);
    reader->setPageSize(2);
    QList<GraphDeltaPage> pages;
    bool called = false;
    reader->run(
        [&](const GraphDeltaPage &page) {
            pages.append(page);
            QTimer::singleShot(0, this, [&] { reader.reset(); });
            return true;
        },
        [&](Result<GraphDeltaOutcome>) { called = true; });
    QTRY_VERIFY_WITH_TIMEOUT(!reader, 10000);
    QTest::qWait(300);
    QVERIFY(!called);
    QCOMPARE(pages.size(), 1);
    const auto stored = GraphDeltaReader::storedCursor(m_journal.get(), u"graph:delta:"_s + kAnna);
    QVERIFY(stored.ok());
    QVERIFY2(stored.value().contains("$skiptoken="_L1), qPrintable(stored.value()));

    const Round rest = runRound(m_journal.get(), kAnna, 2);
    QVERIFY(rest.outcome.ok());
    QVERIFY(rest.outcome.value().resumed);
    QCOMPARE(1 + rest.pages.size(), reference.pages.size());
    Round whole;
    whole.pages = pages + rest.pages;
    QCOMPARE(whole.changedIds(), reference.changedIds());
    int items = 0;
    for (const GraphDeltaPage &p : whole.pages)
        items += p.changed.size();
    QCOMPARE(items, 7);
}

void TestGraphConnector::expiredDeltaLinkRequiresResync()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(create(kAnna, sampleEvent(u"X%1"_s.arg(i), 10 + i)).ok());
    QVERIFY(runRound(m_journal.get(), kAnna).outcome.ok());
    m_graph->expireDeltaTokens(kAnna);
    const Round expired = runRound(m_journal.get(), kAnna);
    QVERIFY2(expired.outcome.ok(),
             qPrintable(expired.outcome.ok() ? QString() : expired.outcome.error().message));
    QVERIFY(expired.outcome.value().resyncRequired);
    QVERIFY(expired.pages.isEmpty());
    const auto stored = GraphDeltaReader::storedCursor(m_journal.get(), u"graph:delta:"_s + kAnna);
    QVERIFY(stored.ok());
    QVERIFY(stored.value().isEmpty());
    QCOMPARE(count(u"/calendarView/delta"_s, 410), 1);
    // the caller restarts a full round
    const Round full = runRound(m_journal.get(), kAnna);
    QVERIFY(full.outcome.ok());
    QVERIFY(!full.outcome.value().resumed);
    QCOMPARE(full.changedIds().size(), 3);
}

void TestGraphConnector::malformedDeltaPageFailsRoundAndKeepsCursor()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(create(kAnna, sampleEvent(u"M%1"_s.arg(i), 10 + i)).ok());
    QString error;
    const auto plan = sandbox::FaultPlan::parse(
        R"({"rules": [{"method": "GET", "path": "calendarView/delta", "after": 1, "times": 1, "fault": "malformed"}]})",
        &error);
    QVERIFY2(plan, qPrintable(error));
    m_graph->http().setFaultPlan(*plan);
    const Round broken = runRound(m_journal.get(), kAnna, 2);
    QVERIFY(!broken.outcome.ok());
    QCOMPARE(broken.outcome.error().kind, ErrorKind::Invalid);
    QCOMPARE(broken.pages.size(), 1);
    const auto stored = GraphDeltaReader::storedCursor(m_journal.get(), u"graph:delta:"_s + kAnna);
    QVERIFY(stored.ok());
    QVERIFY(stored.value().contains("$skiptoken="_L1)); // page 1 stays recorded
    const Round rest = runRound(m_journal.get(), kAnna, 2);
    QVERIFY(rest.outcome.ok());
    QVERIFY(rest.outcome.value().resumed);
    QCOMPARE(broken.changedIds().size() + rest.changedIds().size(), 5);
}

void TestGraphConnector::limiterKeepsMailboxUnderConcurrencyLimit()
{
    const Result<ExchangeEvent> e = create(kAnna, sampleEvent(u"Busy"_s, 20));
    QVERIFY(e.ok());
    m_graph->setLatency(200);
    int done = 0;
    int failures = 0;
    int maxInFlight = 0;
    for (int i = 0; i < 10; ++i)
        m_connector->getEvent(kAnna, e.value().id, [&](Result<ExchangeEvent> r) {
            ++done;
            failures += r.ok() ? 0 : 1;
        });
    QTRY_COMPARE_WITH_TIMEOUT((maxInFlight = std::max(maxInFlight, m_http->limiter().inFlight(kAnna)), done),
                              10, 20000);
    QCOMPARE(failures, 0);
    QCOMPARE(count(u"/v1.0/users/"_s, 429), 0);
    QCOMPARE(maxInFlight, 4); // the limit was reached, never exceeded
    QCOMPARE(count(u"/events/"_s, 200), 10);
}

QTEST_GUILESS_MAIN(TestGraphConnector)
#include "tst_graph_connector.moc"
