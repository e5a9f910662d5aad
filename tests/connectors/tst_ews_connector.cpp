// The EWS connector against a loopback endpoint answering the doc samples: authentication (a refused password
// ends as Auth, not as a 401 loop), ErrorServerBusy waits exactly BackOffMilliseconds, creates carry their
// transaction id, a stale ChangeKey is Conflict, the change source's rounds and resync, users, push.
#include "CoreTestSupport.h"
#include "EwsCannedAnswers.h"
#include "EwsTestSupport.h"
#include "FakeClock.h"
#include "exchange/ews/EwsConnector.h"
#include "net/HttpClient.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace cxsync;
using namespace cxsync::exchange;
using namespace cxsync::testsupport;
using namespace Qt::StringLiterals;

namespace {

const QString kAlfred = u"alfred@contoso.com"_s;
const QDateTime kFrom(QDate(2013, 8, 1), QTime(0, 0), Qt::UTC);
const QDateTime kTo(QDate(2013, 9, 1), QTime(0, 0), Qt::UTC);

// The doc's FindItem CalendarView answer (finditem-calendarview-04) with distinct ids and the whole range
// included (the doc's page was cut by MaxEntriesReturned="5"); the items as the doc shows them.
QByteArray calendarView()
{
    QByteArray xml = ewsSample(u"finditem-calendarview-04.xml"_s);
    xml.replace(R"(IncludesLastItemInRange="false")", R"(IncludesLastItemInRange="true")");
    int n = 0;
    for (qsizetype at = xml.indexOf("<t:ItemId Id=\""); at >= 0;
         at = xml.indexOf("<t:ItemId Id=\"", at + 1)) {
        const qsizetype end = xml.indexOf('"', at + 14);
        xml.replace(at + 14, end - (at + 14), "AAMk-" + QByteArray::number(++n));
    }
    return xml;
}

// A GetItem answer (the shape of createitem-calendar-08) holding the given t:CalendarItem elements.
QByteArray getItemAnswer(const QList<QByteArray> &items)
{
    QByteArray messages;
    for (const QByteArray &item : items)
        messages +=
            R"(<m:GetItemResponseMessage ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode><m:Items>)" +
            item + "</m:Items></m:GetItemResponseMessage>";
    return R"(<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>)"
           R"(<m:GetItemResponse xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" )"
           R"(xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"><m:ResponseMessages>)" +
           messages + "</m:ResponseMessages></m:GetItemResponse></s:Body></s:Envelope>";
}

// The calendar items of the doc's CalendarView answer, as GetItem returns them (ids made distinct as above).
QList<QByteArray> viewItems()
{
    const QByteArray xml = calendarView();
    QList<QByteArray> items;
    for (qsizetype at = xml.indexOf("<t:CalendarItem>"); at >= 0;
         at = xml.indexOf("<t:CalendarItem>", at + 1))
        items.append(xml.mid(at, xml.indexOf("</t:CalendarItem>", at) + 17 - at));
    return items;
}

QByteArray answerWithError(const char *operation, const char *code, const char *text)
{
    return QByteArray(
               R"(<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>)"
               R"(<m:)") +
           operation +
           R"(Response xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">)"
           R"(<m:ResponseMessages><m:)" +
           operation + R"(ResponseMessage ResponseClass="Error"><m:MessageText>)" + text +
           "</m:MessageText><m:ResponseCode>" + code +
           "</m:ResponseCode><m:DescriptiveLinkKey>0</m:DescriptiveLinkKey></m:" + operation +
           "ResponseMessage></m:ResponseMessages></m:" + operation + "Response></s:Body></s:Envelope>";
}

} // namespace

class TestEwsConnector : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void basicCredentials_data();
    void basicCredentials();
    void serverBusyWaitsBackOffMilliseconds();
    void serverBusyBeyondTheCapIsThrottled();
    void unavailableIsRetriedAfterRetryAfter();
    void frontEndErrorPageIsTransient_data();
    void frontEndErrorPageIsTransient();
    void createCarriesTransactionIdAndAnswersTheItem();
    void createFindsTheItemAnEarlierAttemptMade();
    void lostCreateAnswerIsLookedForBeforeTryingAgain();
    void lostCreateWithoutTransactionIdIsNotSentAgain();
    void staleChangeKeyIsConflict();
    void guardedDeleteOfChangedItemIsConflict();
    void firstRoundReadsTheWindowThenChanges();
    void cutCalendarViewIsReadInHalves();
    void invalidSyncStateIsCursorExpired();
    void foreignCursorIsCursorExpired();
    void resolveUser();
    void resolveUserTriesEachWayThenNotFound();
    void listUsersIsNotSupported();
    void pushSubscriptionAnswersAndUnsubscribes();
    void renewResubscribesFromTheWatermark();

private:
    void makeConnector(bool impersonation = true, const QString &account = {}, const QString &password = {});

    std::unique_ptr<EwsEndpoint> m_ews;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    FakeClock m_clock;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<EwsConnector> m_connector;
};

void TestEwsConnector::init()
{
    m_ews = std::make_unique<EwsEndpoint>();
    makeConnector();
}

void TestEwsConnector::cleanup()
{
    m_connector.reset();
    m_http.reset();
    m_nam.reset();
    m_ews.reset();
}

void TestEwsConnector::makeConnector(bool impersonation, const QString &account, const QString &password)
{
    m_connector.reset();
    m_http.reset();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<net::HttpClient>(m_nam.get(), &m_clock);
    m_http->retryPolicy().setOptions({1, 10, 10, 300000, net::RetryPolicy::Jitter::Full});
    EwsSettings settings;
    settings.url = m_ews->url();
    settings.account = account;
    settings.password = password;
    settings.impersonation = impersonation;
    m_connector = std::make_unique<EwsConnector>(m_http.get(), &m_clock, settings);
}

void TestEwsConnector::basicCredentials_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<bool>(
        "create"); // a CreateItem, whose body must not be sent twice except for the challenge
    QTest::newRow("right password: answered once, then the request goes through")
        << u"S3cret!"_s << true << false;
    QTest::newRow("wrong password: Auth after one answered challenge, no 401 loop")
        << u"wrong"_s << false << false;
    // without a transaction id: the CreateItem is the first request, the one the server challenges
    QTest::newRow("a create resent once with the credentials") << u"S3cret!"_s << true << true;
}

void TestEwsConnector::basicCredentials()
{
    QFETCH(QString, password);
    QFETCH(bool, accepted);
    QFETCH(bool, create);
    const QByteArray expected = "Basic " + QByteArray("CONTOSO\\svc-sync:S3cret!").toBase64();
    int challenges = 0;
    m_ews->setGuard([&](const sandbox::SandboxRequest &request, sandbox::Reply reply) {
        if (request.header("Authorization") == expected)
            return true;
        ++challenges;
        reply.send(401, "", "text/plain", {{"WWW-Authenticate", R"(Basic realm="mail.contoso.com")"}});
        return false;
    });
    makeConnector(true, u"CONTOSO\\svc-sync"_s, password);
    Status status;
    if (create) {
        m_ews->queue(ewsSample(u"createitem-calendar-06.xml"_s));
        m_ews->queue(ewsSample(u"createitem-calendar-08.xml"_s));
        ExchangeEvent e;
        e.subject = u"Team building exercise"_s;
        e.startUtc = QDateTime(QDate(2013, 9, 21), QTime(16, 0), Qt::UTC);
        e.endUtc = e.startUtc.addSecs(3600);
        const Result<ExchangeEvent> created =
            await<ExchangeEvent>([&](auto done) { m_connector->createEvent(kAlfred, e, {}, done); });
        status = created.ok() ? Status() : Status(created.error());
    } else {
        m_ews->queue(ewsSample(u"deleteitem-calendar-02.xml"_s));
        status = await<void>([&](auto done) { m_connector->deleteEvent(kAlfred, u"AAMkA"_s, {}, done); });
    }
    if (accepted) {
        QVERIFY2(status.ok(), qPrintable(messageOf(status)));
        // A write goes out on a connection of its own (HttpClient: never resent by Qt after a reconnect), which
        // is challenged once; the create's read-back is a read on the shared connection, challenged once too.
        QCOMPARE(challenges, create ? 2 : 1);
        QCOMPARE(m_ews->requests().size(), create ? 2 : 1); // the create and its read-back
        QCOMPARE(m_ews->requests().at(0).operation(), create ? u"CreateItem"_s : u"DeleteItem"_s);
    } else {
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, ErrorKind::Auth);
        QCOMPARE(status.error().httpStatus, 401);
        QVERIFY(!status.error().message.contains(password)); // never in a message
        QCOMPARE(challenges, 2); // the first request, then the refused credentials: no third try
        QCOMPARE(m_ews->requests().size(), 0);
    }
}

void TestEwsConnector::serverBusyWaitsBackOffMilliseconds()
{
    m_ews->queue(
        EwsEndpoint::fault("ErrorServerBusy", "The server cannot service this request right now.", "297749"),
        500);
    m_ews->queue(ewsSample(u"deleteitem-calendar-02.xml"_s));
    std::optional<Status> result;
    m_connector->deleteEvent(kAlfred, u"AAMkA"_s, {}, [&](Status s) { result = s; });
    QTRY_COMPARE(m_ews->requests().size(), 1);
    QTRY_VERIFY(m_clock.pendingCount() > 0); // the retry is scheduled
    m_clock.advance(297748);
    QTest::qWait(50);
    QCOMPARE(m_ews->requests().size(), 1); // not a millisecond early
    m_clock.advance(1);
    QTRY_VERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(messageOf(*result)));
    QCOMPARE(m_ews->requests().size(), 2);
    QCOMPARE(m_ews->requests().at(1).body, m_ews->requests().at(0).body);
}

void TestEwsConnector::serverBusyBeyondTheCapIsThrottled()
{
    // More than the longest wait the HttpClient honours (maxRetryAfterMs 300 s): failed at once as Throttled.
    m_ews->queue(EwsEndpoint::fault("ErrorServerBusy", "Try again later.", "900000"), 500);
    const Status status =
        await<void>([&](auto done) { m_connector->deleteEvent(kAlfred, u"AAMkA"_s, {}, done); });
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, ErrorKind::Throttled);
    QCOMPARE(status.error().serverCode, u"ErrorServerBusy"_s);
    QCOMPARE(m_ews->requests().size(), 1);
}

void TestEwsConnector::unavailableIsRetriedAfterRetryAfter()
{
    // 503 (a CAS or load balancer under load, PROTOCOLS.md B3/E11): the HttpClient's RetryPolicy waits the
    // server's Retry-After, also for a create (the server did not process it).
    m_http->retryPolicy().setOptions({3, 10, 10, 300000, net::RetryPolicy::Jitter::Full});
    m_ews->queue(findItemAnswer()); // the look-up of the transaction id: not made yet
    m_ews->queue("<html><body>Service Unavailable</body></html>", 503, {{"Retry-After", "7"}});
    m_ews->queue(ewsSample(u"createitem-calendar-06.xml"_s));
    m_ews->queue(ewsSample(u"createitem-calendar-08.xml"_s));
    ExchangeEvent e;
    e.subject = u"Team building exercise"_s;
    e.startUtc = QDateTime(QDate(2013, 9, 21), QTime(16, 0), Qt::UTC);
    e.endUtc = e.startUtc.addSecs(3600);
    std::optional<Result<ExchangeEvent>> created;
    QSignalSpy retries(m_http.get(), &net::HttpClient::retryScheduled);
    m_connector->createEvent(kAlfred, e, u"tx-7"_s, [&](Result<ExchangeEvent> r) { created = r; });
    QTRY_COMPARE(m_ews->requests().size(), 2);
    QTRY_COMPARE(retries.count(), 1); // the 503 answered (the request's own timeout is pending all along)
    m_clock.advance(6999);
    QTest::qWait(50);
    QCOMPARE(m_ews->requests().size(), 2);
    m_clock.advance(1);
    QTRY_VERIFY(created.has_value());
    QVERIFY2(created->ok(), qPrintable(messageOf(*created)));
    QCOMPARE(created->value().id, u"AAMkA"_s);
    QCOMPARE(m_ews->requests().at(1).operation(), u"CreateItem"_s);
    QCOMPARE(m_ews->requests().at(2).body, m_ews->requests().at(1).body);
}

void TestEwsConnector::frontEndErrorPageIsTransient_data()
{
    QTest::addColumn<QByteArray>("location");
    // Exchange 2013+ client access front end when the mailbox server behind it fails (PROTOCOLS.md B3)
    QTest::newRow("302 to /owa/auth/errorFE.aspx") << QByteArray("/owa/auth/errorFE.aspx?httpCode=500");
    QTest::newRow("302 to /ews/genericerrorpage.htm")
        << QByteArray("/ews/genericerrorpage.htm?aspxerrorpath=/EWS/Exchange.asmx");
}

void TestEwsConnector::frontEndErrorPageIsTransient()
{
    QFETCH(QByteArray, location);
    // The front end's answer is a redirect to its error page (same server): a reading request is tried again
    // after a wait; when the page keeps coming, the error is transient (Network), not a broken answer.
    int redirects = 0;
    m_ews->setGuard([&](const sandbox::SandboxRequest &, sandbox::Reply reply) {
        if (redirects >= 2)
            return true;
        ++redirects;
        reply.send(302, "<html><body>Object moved</body></html>", "text/html",
                   {{"Location", m_ews->url().resolved(QUrl(QString::fromLatin1(location))).toEncoded()}});
        return false;
    });
    int pages = 0;
    for (const char *method : {"GET", "POST"})
        m_ews->http().route(QString::fromLatin1(method), u"(?i)^/(owa/auth/errorFE\\.aspx|ews/genericerrorpage\\.htm)$"_s,
                            [&](const sandbox::SandboxRequest &, sandbox::Reply reply) {
                                ++pages;
                                reply.send(200, "<html><body>Something went wrong</body></html>", "text/html");
                            });
    m_ews->queue(ewsSample(u"deleteitem-calendar-02.xml"_s));
    std::optional<Status> result;
    m_connector->deleteEvent(kAlfred, u"AAMkA"_s, {}, [&](Status s) { result = s; });
    QTRY_VERIFY((m_clock.advance(100), result.has_value()));
    QVERIFY2(result->ok(), qPrintable(messageOf(*result)));
    QCOMPARE(redirects, 2);
    QCOMPARE(m_ews->requests().size(), 1);

    // A create (not sent twice blindly): the error page is the answer, transient.
    redirects = 0;
    m_ews->setGuard([&](const sandbox::SandboxRequest &, sandbox::Reply reply) {
        ++redirects;
        reply.send(302, "", "text/html",
                   {{"Location", m_ews->url().resolved(QUrl(QString::fromLatin1(location))).toEncoded()}});
        return false;
    });
    ExchangeEvent e;
    e.subject = u"Team building exercise"_s;
    e.startUtc = QDateTime(QDate(2013, 9, 21), QTime(16, 0), Qt::UTC);
    e.endUtc = e.startUtc.addSecs(3600);
    std::optional<Result<ExchangeEvent>> created;
    m_connector->createEvent(kAlfred, e, {}, [&](Result<ExchangeEvent> r) { created = r; });
    QTRY_VERIFY((m_clock.advance(100), created.has_value()));
    QVERIFY(!created->ok());
    QCOMPARE(created->error().kind, ErrorKind::Network);
    QCOMPARE(redirects, 1);
    QVERIFY2(created->error().message.contains(u"error page"_s), qPrintable(created->error().message));
}

void TestEwsConnector::createCarriesTransactionIdAndAnswersTheItem()
{
    // The doc's create answer (ItemId AAMkA / DwAAA), then its GetItem answer (only a Subject: not a whole
    // item): the connector answers with what it wrote, under the server's id and ChangeKey.
    m_ews->queue(findItemAnswer()); // no item carries the transaction id yet
    m_ews->queue(ewsSample(u"createitem-calendar-06.xml"_s));
    m_ews->queue(ewsSample(u"createitem-calendar-08.xml"_s));
    ExchangeEvent e;
    e.subject = u"Team building exercise"_s;
    e.startUtc = QDateTime(QDate(2013, 9, 21), QTime(16, 0), Qt::UTC);
    e.endUtc = e.startUtc.addSecs(4 * 3600);
    e.timeZone = u"Pacific Standard Time"_s;
    const Result<ExchangeEvent> created =
        await<ExchangeEvent>([&](auto done) { m_connector->createEvent(kAlfred, e, u"tx-42"_s, done); });
    QVERIFY2(created.ok(), qPrintable(messageOf(created)));
    QCOMPARE(created.value().id, u"AAMkA"_s);
    QCOMPARE(created.value().changeKey, u"DwAAA"_s);
    QCOMPARE(created.value().transactionId, u"tx-42"_s);
    QCOMPARE(created.value().timeZone, u"Pacific Standard Time"_s);
    QCOMPARE(m_ews->requests().size(), 3);
    QCOMPARE(m_ews->requests().at(0).operation(), u"FindItem"_s);
    QVERIFY(m_ews->requests().at(0).body.contains(R"(PropertyName="CxsyncTransactionId")"));
    QVERIFY(m_ews->requests().at(0).body.contains(R"(<t:Constant Value="tx-42"/>)"));
    QCOMPARE(m_ews->requests().at(1).operation(), u"CreateItem"_s);
    QVERIFY(m_ews->requests().at(1).body.contains(R"(SendMeetingInvitations="SendToNone")")); // no attendees
    QVERIFY(m_ews->requests().at(1).body.contains("<t:Value>tx-42</t:Value>"));
    QCOMPARE(m_ews->requests().at(2).operation(), u"GetItem"_s);
    QVERIFY(m_ews->requests().at(2).body.contains(R"(<t:ItemId Id="AAMkA"/>)"));
}

void TestEwsConnector::createFindsTheItemAnEarlierAttemptMade()
{
    // A create retried with the transaction id of one whose answer was lost (the failed-message queue, the
    // outbox after a crash): the item is found and answered; no CreateItem goes out.
    m_ews->queue(findItemAnswer({{"AAMkA", "DwAAA"}}));
    m_ews->queue(ewsSample(u"createitem-calendar-08.xml"_s)); // its GetItem
    ExchangeEvent e;
    e.subject = u"Team building exercise"_s;
    e.startUtc = QDateTime(QDate(2013, 9, 21), QTime(16, 0), Qt::UTC);
    e.endUtc = e.startUtc.addSecs(3600);
    const Result<ExchangeEvent> created =
        await<ExchangeEvent>([&](auto done) { m_connector->createEvent(kAlfred, e, u"tx-43"_s, done); });
    QVERIFY2(created.ok(), qPrintable(messageOf(created)));
    QCOMPARE(created.value().id, u"AAMkA"_s);
    QCOMPARE(created.value().changeKey, u"DwAAA"_s);
    QCOMPARE(created.value().transactionId, u"tx-43"_s);
    QCOMPARE(m_ews->requests().size(), 2);
    QCOMPARE(m_ews->requests().at(0).operation(), u"FindItem"_s);
    QCOMPARE(m_ews->requests().at(1).operation(), u"GetItem"_s);
}

void TestEwsConnector::lostCreateAnswerIsLookedForBeforeTryingAgain()
{
    // The CreateItem's connection is reset after the server made the item (its answer is lost): the
    // connector waits, looks for the transaction id, finds the item and answers it. One CreateItem in all.
    int creates = 0;
    m_ews->setGuard([&](const sandbox::SandboxRequest &request, sandbox::Reply) {
        if (!request.header("SOAPAction").endsWith("/CreateItem\"") || creates++ > 0)
            return true;
        if (request.connection)
            request.connection->abort();
        return false;
    });
    m_ews->queue(findItemAnswer());                      // before the create: not there
    m_ews->queue(findItemAnswer({{"AAMkA", "DwAAA"}})); // after the lost answer: there
    m_ews->queue(ewsSample(u"createitem-calendar-08.xml"_s));
    ExchangeEvent e;
    e.subject = u"Team building exercise"_s;
    e.startUtc = QDateTime(QDate(2013, 9, 21), QTime(16, 0), Qt::UTC);
    e.endUtc = e.startUtc.addSecs(3600);
    std::optional<Result<ExchangeEvent>> created;
    m_connector->createEvent(kAlfred, e, u"tx-44"_s, [&](Result<ExchangeEvent> r) { created = r; });
    QTRY_COMPARE(creates, 1);
    // the wait before the look-up (at most the policy's 10 ms), on the fake clock
    QTRY_VERIFY((m_clock.advance(5), created.has_value()));
    QVERIFY2(created->ok(), qPrintable(messageOf(*created)));
    QCOMPARE(created->value().id, u"AAMkA"_s);
    QCOMPARE(creates, 1);
    QCOMPARE(m_ews->requests().size(), 3);
    QCOMPARE(m_ews->requests().at(0).operation(), u"FindItem"_s);
    QCOMPARE(m_ews->requests().at(1).operation(), u"FindItem"_s);
    QCOMPARE(m_ews->requests().at(2).operation(), u"GetItem"_s);
}

void TestEwsConnector::lostCreateWithoutTransactionIdIsNotSentAgain()
{
    int creates = 0;
    m_ews->setGuard([&](const sandbox::SandboxRequest &request, sandbox::Reply) {
        ++creates;
        if (request.connection)
            request.connection->abort();
        return false;
    });
    ExchangeEvent e;
    e.subject = u"Team building exercise"_s;
    e.startUtc = QDateTime(QDate(2013, 9, 21), QTime(16, 0), Qt::UTC);
    e.endUtc = e.startUtc.addSecs(3600);
    const Result<ExchangeEvent> created =
        await<ExchangeEvent>([&](auto done) { m_connector->createEvent(kAlfred, e, {}, done); });
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, ErrorKind::Network);
    QCOMPARE(creates, 1);
}

void TestEwsConnector::staleChangeKeyIsConflict()
{
    m_ews->queue(
        answerWithError("UpdateItem", "ErrorIrresolvableConflict",
                        "The send or update operation could not be performed because the change key passed "
                        "in the request does not match the current change key for the item."));
    ExchangeEvent e;
    e.id = u"AAMkA"_s;
    e.changeKey = u"stale"_s;
    e.subject = u"moved"_s;
    e.startUtc = QDateTime(QDate(2013, 9, 21), QTime(16, 0), Qt::UTC);
    e.endUtc = e.startUtc.addSecs(3600);
    const Result<ExchangeEvent> updated =
        await<ExchangeEvent>([&](auto done) { m_connector->updateEvent(kAlfred, e, done); });
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().kind, ErrorKind::Conflict);
    QCOMPARE(updated.error().serverCode, u"ErrorIrresolvableConflict"_s);
    QCOMPARE(m_ews->requests().size(), 1); // no read-back after a refused write
}

void TestEwsConnector::guardedDeleteOfChangedItemIsConflict()
{
    // EWS's DeleteItem ignores ChangeKeys: the connector compares first and deletes nothing.
    m_ews->queue(ewsSample(u"createitem-calendar-08.xml"_s)); // ChangeKey DwAAA
    const Status status =
        await<void>([&](auto done) { m_connector->deleteEvent(kAlfred, u"AAMkA"_s, u"older"_s, done); });
    QVERIFY(!status.ok());
    QCOMPARE(status.error().kind, ErrorKind::Conflict);
    QCOMPARE(m_ews->requests().size(), 1);
    QCOMPARE(m_ews->requests().at(0).operation(), u"GetItem"_s);
}

void TestEwsConnector::firstRoundReadsTheWindowThenChanges()
{
    m_connector->setChangePageSize(3);
    m_ews->queue(
        ewsSample(u"syncfolderitems-02.xml"_s)); // the SyncState of now (IncludesLastItemInRange true)
    m_ews->queue(calendarView());                // five items in the window
    const QList<QByteArray> items = viewItems();
    QCOMPARE(items.size(), 5);
    m_ews->queue(getItemAnswer(items.mid(0, 3)));
    const Result<ChangePage> first =
        await<ChangePage>([&](auto done) { m_connector->readChanges(kAlfred, {}, kFrom, kTo, done); });
    QVERIFY2(first.ok(), qPrintable(messageOf(first)));
    QCOMPARE(first.value().changed.size(), 3);
    QCOMPARE(first.value().changed.at(0).subject, u"Contoso devs team meeting"_s);
    QCOMPARE(first.value().changed.at(0).startUtc, QDateTime(QDate(2013, 8, 21), QTime(19, 30), Qt::UTC));
    QVERIFY(!first.value().last); // two items still to read
    QCOMPARE(m_ews->requests().at(0).operation(), u"SyncFolderItems"_s);
    QVERIFY(!m_ews->requests().at(0).body.contains("SyncState")); // from the beginning
    QCOMPARE(m_ews->requests().at(1).operation(), u"FindItem"_s);
    QVERIFY(m_ews->requests().at(1).body.contains(
        R"(StartDate="2013-08-01T00:00:00Z" EndDate="2013-09-01T00:00:00Z")"));

    m_ews->queue(getItemAnswer(items.mid(3)));
    const Result<ChangePage> second = await<ChangePage>(
        [&](auto done) { m_connector->readChanges(kAlfred, first.value().cursor, kFrom, kTo, done); });
    QVERIFY2(second.ok(), qPrintable(messageOf(second)));
    QCOMPARE(second.value().changed.size(), 2);
    QCOMPARE(second.value().changed.at(1).subject, u"Online training webcast"_s);
    QVERIFY(second.value().last);
    QCOMPARE(m_ews->requests().size(), 4);

    // The next round: SyncFolderItems from the stored SyncState; the doc's answer (syncfolderitems-04)
    // updates q04QAAAA==, creates two and deletes " q1AwAAAA==" (ReadFlagChange ignored). The three are read;
    // the answer holds one item in the window and two outside it (reported for checking, never as deletes).
    m_ews->queue(ewsSample(u"syncfolderitems-04.xml"_s));
    m_ews->queue(getItemAnswer({items.at(0), QByteArray(items.at(1)).replace("2013-08-21", "2014-08-21"),
                                QByteArray(items.at(2)).replace("2013-08-21", "2012-08-21")}));
    const Result<ChangePage> third = await<ChangePage>(
        [&](auto done) { m_connector->readChanges(kAlfred, second.value().cursor, kFrom, kTo, done); });
    QVERIFY2(third.ok(), qPrintable(messageOf(third)));
    QVERIFY(m_ews->requests().at(4).body.contains("<m:SyncState>H4sIAAA==</m:SyncState>"));
    const QByteArray get = m_ews->requests().at(5).body;
    QVERIFY(get.contains(R"(<t:ItemId Id="q04QAAAA=="/>)") && get.contains(R"(<t:ItemId Id="AQMkAD+"/>)") &&
            get.contains(R"(<t:ItemId Id="Q04AAAAA=="/>)"));
    QCOMPARE(third.value().changed.size(), 1);
    QCOMPARE(third.value().removed, (QStringList{u"q1AwAAAA=="_s, u"AAMk-2"_s, u"AAMk-3"_s}));
    QVERIFY(third.value().last);
}

void TestEwsConnector::cutCalendarViewIsReadInHalves()
{
    // The doc's CalendarView answer was cut (IncludesLastItemInRange="false"): the window is read again in
    // two halves; an item both halves return is read once.
    m_ews->queue(ewsSample(u"syncfolderitems-02.xml"_s));
    m_ews->queue(ewsSample(u"finditem-calendarview-04.xml"_s));
    m_ews->queue(calendarView());
    m_ews->queue(calendarView());
    m_ews->queue(getItemAnswer(viewItems()));
    const Result<ChangePage> page =
        await<ChangePage>([&](auto done) { m_connector->readChanges(kAlfred, {}, kFrom, kTo, done); });
    QVERIFY2(page.ok(), qPrintable(messageOf(page)));
    QCOMPARE(page.value().changed.size(), 5);
    QCOMPARE(m_ews->requests().size(), 5);
    QVERIFY(m_ews->requests().at(2).body.contains(
        R"(StartDate="2013-08-01T00:00:00Z" EndDate="2013-08-16T12:00:00Z")"));
    QVERIFY(m_ews->requests().at(3).body.contains(
        R"(StartDate="2013-08-16T12:00:00Z" EndDate="2013-09-01T00:00:00Z")"));
    QCOMPARE(m_ews->requests().at(4).operation(), u"GetItem"_s);

    // A view that stays cut down to an hour cannot be read: an error naming the place, not a loop.
    init();
    m_ews->queue(ewsSample(u"syncfolderitems-02.xml"_s));
    for (int i = 0; i < 20; ++i)
        m_ews->queue(ewsSample(u"finditem-calendarview-04.xml"_s));
    const Result<ChangePage> cut =
        await<ChangePage>([&](auto done) { m_connector->readChanges(kAlfred, {}, kFrom, kTo, done); });
    QVERIFY(!cut.ok());
    QCOMPARE(cut.error().field, u"CalendarView"_s);
    QCOMPARE(m_ews->requests().size(), 1 + 10); // 31 days halved nine times is under two hours
}

void TestEwsConnector::invalidSyncStateIsCursorExpired()
{
    m_ews->queue(ewsSample(u"syncfolderitems-02.xml"_s));
    m_ews->queue(ewsSample(u"finditem-op-02.xml"_s)); // the window holds two messages' ids (doc sample)
    m_ews->queue(getItemAnswer({viewItems().at(0), viewItems().at(1)}));
    const Result<ChangePage> first =
        await<ChangePage>([&](auto done) { m_connector->readChanges(kAlfred, {}, kFrom, kTo, done); });
    QVERIFY2(first.ok(), qPrintable(messageOf(first)));
    QVERIFY(first.value().last);
    m_ews->queue(ewsSample(u"syncfolderitems-op-03.xml"_s)); // ErrorInvalidSyncStateData
    const Result<ChangePage> next = await<ChangePage>(
        [&](auto done) { m_connector->readChanges(kAlfred, first.value().cursor, kFrom, kTo, done); });
    QVERIFY2(next.ok(), qPrintable(messageOf(next)));
    QVERIFY(next.value().cursorExpired);
    QVERIFY(next.value().changed.isEmpty() && next.value().cursor.isEmpty());
}

void TestEwsConnector::foreignCursorIsCursorExpired()
{
    const Result<ChangePage> page = await<ChangePage>([&](auto done) {
        m_connector->readChanges(kAlfred, u"https://graph.microsoft.com/v1.0/delta?token=x"_s, kFrom, kTo,
                                 done);
    });
    QVERIFY(page.ok());
    QVERIFY(page.value().cursorExpired);
    QCOMPARE(m_ews->requests().size(), 0);
}

void TestEwsConnector::resolveUser()
{
    m_ews->queue(ewsSample(u"resolvenames-02.xml"_s));
    const Result<ExchangeUser> user = await<ExchangeUser>([&](auto done) {
        m_connector->resolveUser({u"sadie@contoso.com"_s, {}, {}, {}}, done);
    });
    QVERIFY2(user.ok(), qPrintable(messageOf(user)));
    QCOMPARE(user.value().mail, u"Sadie@Contoso.com"_s);
    QCOMPARE(user.value().id, u"Sadie@Contoso.com"_s);
    QCOMPARE(user.value().displayName, u"Sadie Daniels"_s);
    QVERIFY(
        m_ews->requests().at(0).body.contains("<m:UnresolvedEntry>sadie@contoso.com</m:UnresolvedEntry>"));
}

void TestEwsConnector::resolveUserTriesEachWayThenNotFound()
{
    for (int i = 0; i < 3; ++i)
        m_ews->queue(ewsSample(u"resolvenames-03.xml"_s)); // ErrorNameResolutionNoResults
    const Result<ExchangeUser> user = await<ExchangeUser>([&](auto done) {
        m_connector->resolveUser({u"terry@contoso.com"_s, u"tsmith"_s, u"Terry"_s, u"Smith"_s}, done);
    });
    QVERIFY(!user.ok());
    QCOMPARE(user.error().kind, ErrorKind::NotFound);
    QCOMPARE(m_ews->requests().size(), 3);
    QVERIFY(
        m_ews->requests().at(0).body.contains("<m:UnresolvedEntry>terry@contoso.com</m:UnresolvedEntry>"));
    QVERIFY(m_ews->requests().at(1).body.contains("<m:UnresolvedEntry>tsmith</m:UnresolvedEntry>"));
    QVERIFY(m_ews->requests().at(2).body.contains("<m:UnresolvedEntry>Terry Smith</m:UnresolvedEntry>"));
}

void TestEwsConnector::listUsersIsNotSupported()
{
    const Result<QList<ExchangeUser>> users =
        await<QList<ExchangeUser>>([&](auto done) { m_connector->listUsers(done); });
    QVERIFY(!users.ok());
    QCOMPARE(users.error().serverCode, u"NotSupported"_s);
    QCOMPARE(m_ews->requests().size(), 0);
}

void TestEwsConnector::pushSubscriptionAnswersAndUnsubscribes()
{
    m_ews->queue(
        ewsSample(u"subscribe-op-02.xml"_s)); // SubscriptionId 39ea5d0f-..., Watermark AAAAAHgGAAAAAAAAAQ==
    const QString id = u"39ea5d0f-f062-455e-a1e9-89c0304390f4"_s;
    const Result<ChangeSubscription> sub = await<ChangeSubscription>([&](auto done) {
        m_connector->subscribe({kAlfred,
                                u"https://sync.contoso.com/ews/notify"_s,
                                {},
                                u"s3cr3t"_s,
                                m_clock.nowUtc().addSecs(3 * 3600),
                                {}},
                               done);
    });
    QVERIFY2(sub.ok(), qPrintable(messageOf(sub)));
    QCOMPARE(sub.value().id, id);
    QVERIFY(m_ews->requests().at(0).body.contains("<t:StatusFrequency>30</t:StatusFrequency>"));
    QVERIFY(m_ews->requests().at(0).body.contains(
        "<t:URL>https://sync.contoso.com/ews/notify?clientState=s3cr3t</t:URL>"));

    const QByteArray notification =
        R"(<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>)"
        R"(<m:SendNotification xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages" )"
        R"(xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"><m:ResponseMessages>)"
        R"(<m:SendNotificationResponseMessage ResponseClass="Success"><m:ResponseCode>NoError</m:ResponseCode>)"
        R"(<m:Notification><t:SubscriptionId>)" +
        id.toUtf8() +
        R"(</t:SubscriptionId><t:PreviousWatermark>AAAAAHgGAAAAAAAAAQ==</t:PreviousWatermark><t:MoreEvents>false</t:MoreEvents>)"
        R"(<t:ModifiedEvent><t:Watermark>AAAAAHkGAAAAAAAAAQ==</t:Watermark><t:TimeStamp>2026-04-15T08:00:00Z</t:TimeStamp>)"
        R"(<t:ItemId Id="AAMkA" ChangeKey="DwAAA"/><t:ParentFolderId Id="AAMkB" ChangeKey="AQAAA"/></t:ModifiedEvent>)"
        R"(</m:Notification></m:SendNotificationResponseMessage></m:ResponseMessages></m:SendNotification></soap:Body></soap:Envelope>)";
    m_clock.advance(45 * 60 * 1000);
    Result<EwsConnector::PushAnswer> answer = m_connector->handleSendNotification(notification);
    QVERIFY2(answer.ok(), qPrintable(messageOf(answer)));
    QVERIFY(answer.value().keep);
    QCOMPARE(answer.value().mailbox, kAlfred);
    QVERIFY(answer.value().body.contains("<m:SubscriptionStatus>OK</m:SubscriptionStatus>"));
    EwsSchema schema;
    QCOMPARE(schema.validateEnvelope(answer.value().body), QStringList());

    // Heard 45 minutes after subscribing: alive for two status periods from then.
    const Result<ChangeSubscription> held =
        await<ChangeSubscription>([&](auto done) { m_connector->getSubscription(kAlfred, id, done); });
    QVERIFY(held.ok());
    QCOMPARE(held.value().expirationUtc, m_clock.nowUtc().addSecs(60 * 60));

    QVERIFY(await<void>([&](auto done) { m_connector->unsubscribe(kAlfred, id, done); }).ok());
    answer = m_connector->handleSendNotification(notification);
    QVERIFY(answer.ok());
    QVERIFY(!answer.value().keep);
    QVERIFY(answer.value().body.contains("<m:SubscriptionStatus>Unsubscribe</m:SubscriptionStatus>"));
    const Result<ChangeSubscription> gone =
        await<ChangeSubscription>([&](auto done) { m_connector->getSubscription(kAlfred, id, done); });
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, ErrorKind::NotFound);
}

void TestEwsConnector::renewResubscribesFromTheWatermark()
{
    const QString id = u"39ea5d0f-f062-455e-a1e9-89c0304390f4"_s;
    m_ews->queue(ewsSample(u"subscribe-op-02.xml"_s)); // Watermark AAAAAHgGAAAAAAAAAQ==
    const QDateTime subscribed = m_clock.nowUtc();
    const Result<ChangeSubscription> sub = await<ChangeSubscription>([&](auto done) {
        m_connector->subscribe(
            {kAlfred, u"https://sync.contoso.com/ews/notify"_s, {}, {}, subscribed.addSecs(3600), {}}, done);
    });
    QVERIFY2(sub.ok(), qPrintable(messageOf(sub)));
    QVERIFY(m_ews->requests().at(0).body.contains("<t:StatusFrequency>30</t:StatusFrequency>"));
    QVERIFY(!m_ews->requests().at(0).body.contains("<t:Watermark>"));

    // Within two status periods of the last call from the server: the same subscription, no request.
    m_clock.advance(10 * 60 * 1000);
    Result<ChangeSubscription> renewed = await<ChangeSubscription>(
        [&](auto done) { m_connector->renewSubscription(kAlfred, id, subscribed.addSecs(7200), done); });
    QVERIFY2(renewed.ok(), qPrintable(messageOf(renewed)));
    QCOMPARE(renewed.value().id, id);
    QCOMPARE(renewed.value().expirationUtc, subscribed.addSecs(3600));
    QCOMPARE(m_ews->requests().size(), 1);

    // The server stopped calling: a new subscription from the kept watermark, under the id the server gives.
    m_clock.advance(51 * 60 * 1000);
    QByteArray fresh = ewsSample(u"subscribe-op-02.xml"_s);
    fresh.replace("39ea5d0f", "49ea5d0f");
    m_ews->queue(fresh);
    renewed = await<ChangeSubscription>([&](auto done) {
        m_connector->renewSubscription(kAlfred, id, m_clock.nowUtc().addSecs(3600), done);
    });
    QVERIFY2(renewed.ok(), qPrintable(messageOf(renewed)));
    QCOMPARE(renewed.value().id, u"49ea5d0f-f062-455e-a1e9-89c0304390f4"_s);
    QCOMPARE(m_ews->requests().size(), 2);
    QVERIFY(m_ews->requests().at(1).body.contains("<t:Watermark>AAAAAHgGAAAAAAAAAQ==</t:Watermark>"));
    QVERIFY(
        !await<ChangeSubscription>([&](auto done) { m_connector->getSubscription(kAlfred, id, done); }).ok());

    // Silent again, and the watermark is refused: NotFound (the caller subscribes afresh and reads in full).
    m_clock.advance(61 * 60 * 1000);
    m_ews->queue(answerWithError("Subscribe", "ErrorInvalidWatermark", "The watermark is invalid."));
    renewed = await<ChangeSubscription>([&](auto done) {
        m_connector->renewSubscription(kAlfred, u"49ea5d0f-f062-455e-a1e9-89c0304390f4"_s,
                                       m_clock.nowUtc().addSecs(3600), done);
    });
    QVERIFY(!renewed.ok());
    QCOMPARE(renewed.error().kind, ErrorKind::NotFound);
    QCOMPARE(m_ews->requests().size(), 3);
}

QTEST_MAIN(TestEwsConnector)
#include "tst_ews_connector.moc"
