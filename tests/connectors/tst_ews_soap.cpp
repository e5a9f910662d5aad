// The EWS connector's SOAP layer: every request it builds validates against messages.xsd/types.xsd, and the
// reader maps the doc samples' answers (and their errors) to the project's error kinds.
#include "Clock.h"
#include "CoreTestSupport.h"
#include "EwsCannedAnswers.h"
#include "EwsTestSupport.h"
#include "exchange/ews/EwsCalendarItem.h"
#include "exchange/ews/EwsConnector.h"
#include "exchange/ews/EwsSoap.h"
#include "net/HttpClient.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

using namespace cxsync;
using namespace cxsync::exchange;
using namespace cxsync::exchange::ews;
using namespace cxsync::testsupport;
using namespace Qt::StringLiterals;

namespace {

const QString kAlfred = u"alfred@contoso.com"_s;
const QString kNothingFound = u"(a FindItem answer without items)"_s; // in `answers`: findItemAnswer()

ExchangeEvent meeting()
{
    ExchangeEvent e;
    e.subject = u"Quarterly review <Q2> & budget"_s;
    e.bodyText = u"Agenda:\n1. numbers"_s;
    e.location = u"Room 12"_s;
    e.startUtc = QDateTime(QDate(2026, 4, 15), QTime(8, 0), Qt::UTC);
    e.endUtc = e.startUtc.addSecs(3600);
    e.timeZone = u"W. Europe Standard Time"_s;
    e.reminderOn = true;
    e.reminderMinutes = 10;
    e.isPrivate = true;
    e.attendees = {{u"mack@contoso.com"_s, u"Mack Chaves"_s, u"required"_s, u"none"_s},
                   {u"sadie@contoso.com"_s, u"Sadie Daniels"_s, u"optional"_s, u"none"_s},
                   {u"room12@contoso.com"_s, u"Room 12"_s, u"resource"_s, u"none"_s}};
    return e;
}

} // namespace

class TestEwsSoap : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void schemaRejectsWrongElementOrder();
    void requestsValidate_data();
    void requestsValidate();
    void responseSamples_data();
    void responseSamples();
    void calendarItemValuesAreChecked_data();
    void calendarItemValuesAreChecked();
    void calendarItemRoundTrip();

private:
    std::unique_ptr<EwsSchema> m_schema;
    std::unique_ptr<EwsEndpoint> m_ews;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    SystemClock m_clock;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<EwsConnector> m_connector;
};

void TestEwsSoap::init()
{
    if (!m_schema)
        m_schema = std::make_unique<EwsSchema>();
    QVERIFY(m_schema->loaded());
    m_ews = std::make_unique<EwsEndpoint>();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<net::HttpClient>(m_nam.get(), &m_clock);
    m_http->retryPolicy().setOptions({1, 10, 10, 300000, net::RetryPolicy::Jitter::Full});
    EwsSettings settings;
    settings.url = m_ews->url();
    settings.impersonation = true;
    m_connector = std::make_unique<EwsConnector>(m_http.get(), &m_clock, settings);
}

void TestEwsSoap::cleanup()
{
    m_connector.reset();
    m_http.reset();
    m_nam.reset();
    m_ews.reset();
}

void TestEwsSoap::schemaRejectsWrongElementOrder()
{
    // The validator itself: the same CreateItem with Subject after Start (ItemType's fields come before
    // CalendarItemType's) is refused, with Subject first it passes.
    const QByteArray good = R"(<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
      xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
      xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages"><soap:Body>
      <m:CreateItem SendMeetingInvitations="SendToNone"><m:Items><t:CalendarItem>
      <t:Subject>x</t:Subject><t:Start>2026-04-15T08:00:00Z</t:Start></t:CalendarItem></m:Items></m:CreateItem>
      </soap:Body></soap:Envelope>)";
    QByteArray bad = good;
    bad.replace("<t:Subject>x</t:Subject><t:Start>2026-04-15T08:00:00Z</t:Start>",
                "<t:Start>2026-04-15T08:00:00Z</t:Start><t:Subject>x</t:Subject>");
    QCOMPARE(m_schema->validateEnvelope(good), QStringList());
    QVERIFY(!m_schema->validateEnvelope(bad).isEmpty());
}

void TestEwsSoap::requestsValidate_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("answers"); // doc samples answered before the request checked
    QTest::addColumn<QString>("operation");   // of the last request, the one checked

    QTest::newRow("GetItem of one event (getEvent)") << u"get"_s << QStringList() << u"GetItem"_s;
    QTest::newRow("SyncFolderItems, first round") << u"read"_s << QStringList() << u"SyncFolderItems"_s;
    QTest::newRow("FindItem CalendarView over the window after the SyncState")
        << u"read"_s << QStringList{u"syncfolderitems-02.xml"_s} << u"FindItem"_s;
    QTest::newRow("GetItem of the window's items")
        << u"read"_s << QStringList{u"syncfolderitems-02.xml"_s, u"finditem-op-02.xml"_s} << u"GetItem"_s;
    QTest::newRow("FindItem for the transaction id before a create (Restriction on the extended property)")
        << u"create"_s << QStringList() << u"FindItem"_s;
    QTest::newRow("CreateItem of a meeting with three kinds of attendees and a transaction id")
        << u"create"_s << QStringList{kNothingFound} << u"CreateItem"_s;
    QTest::newRow("UpdateItem with attendees and reminder")
        << u"update"_s << QStringList() << u"UpdateItem"_s;
    QTest::newRow("UpdateItem without attendees or reminder")
        << u"updateQuiet"_s << QStringList() << u"UpdateItem"_s;
    QTest::newRow("UpdateItem removing every attendee (DeleteItemField)")
        << u"updateNoAttendees"_s << QStringList() << u"UpdateItem"_s;
    QTest::newRow("DeleteItem") << u"delete"_s << QStringList() << u"DeleteItem"_s;
    QTest::newRow("GetItem of the ChangeKey before a guarded delete")
        << u"deleteGuarded"_s << QStringList() << u"GetItem"_s;
    QTest::newRow("CreateItem CancelCalendarItem")
        << u"cancel"_s << QStringList{u"createitem-calendar-08.xml"_s} << u"CreateItem"_s;
    QTest::newRow("FindItem probe (MaxEntriesReturned 2)") << u"probe"_s << QStringList() << u"FindItem"_s;
    QTest::newRow("ResolveNames") << u"resolve"_s << QStringList() << u"ResolveNames"_s;
    QTest::newRow("Subscribe with a PushSubscriptionRequest")
        << u"subscribe"_s << QStringList() << u"Subscribe"_s;
}

void TestEwsSoap::requestsValidate()
{
    QFETCH(QString, action);
    QFETCH(QStringList, answers);
    QFETCH(QString, operation);
    for (const QString &sample : answers)
        m_ews->queue(sample == kNothingFound ? findItemAnswer() : ewsSample(sample));
    const QDateTime from(QDate(2026, 4, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC);
    std::optional<bool> finished;
    auto fin = [&finished](auto) { finished = true; };
    ExchangeEvent e = meeting();
    e.id = u"AAMkA"_s;
    e.changeKey = u"DwAAA"_s;
    if (action == u"get")
        m_connector->getEvent(kAlfred, u"AAMkA"_s, fin);
    else if (action == u"read")
        m_connector->readChanges(kAlfred, {}, from, to, fin);
    else if (action == u"create")
        m_connector->createEvent(kAlfred, meeting(), u"tx-0001"_s, fin);
    else if (action == u"update")
        m_connector->updateEvent(kAlfred, e, fin);
    else if (action == u"updateQuiet") {
        e.writeAttendees = false;
        e.writeReminder = false;
        m_connector->updateEvent(kAlfred, e, fin);
    } else if (action == u"updateNoAttendees") {
        e.attendees.clear();
        m_connector->updateEvent(kAlfred, e, fin);
    } else if (action == u"delete")
        m_connector->deleteEvent(kAlfred, u"AAMkA"_s, {}, fin);
    else if (action == u"deleteGuarded")
        m_connector->deleteEvent(kAlfred, u"AAMkA"_s, u"DwAAA"_s, fin);
    else if (action == u"cancel")
        m_connector->cancelEvent(kAlfred, u"AAMkA"_s, u"The customer called it off."_s, fin);
    else if (action == u"probe")
        m_connector->probeCalendar(kAlfred, from, to, fin);
    else if (action == u"resolve")
        m_connector->resolveUser({u"sadie@contoso.com"_s, {}, {}, {}}, fin);
    else if (action == u"subscribe")
        m_connector->subscribe({kAlfred,
                                u"https://sync.contoso.com/ews/notify/abc"_s,
                                {},
                                u"abc"_s,
                                m_clock.nowUtc().addSecs(3600),
                                {}},
                               fin);
    QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 10000);
    const QList<EwsEndpoint::Recorded> &requests = m_ews->requests();
    QCOMPARE(requests.size(), answers.size() + 1);
    const EwsEndpoint::Recorded &last = requests.last();
    QCOMPARE(last.operation(), operation);
    QCOMPARE(last.soapAction,
             "\"http://schemas.microsoft.com/exchange/services/2006/messages/" + operation.toLatin1() + '"');
    const QStringList problems = m_schema->validateEnvelope(last.body);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s) + u"\n"_s + QString::fromUtf8(last.body)));
    QVERIFY(last.body.contains(R"(<t:RequestServerVersion Version="Exchange2016"/>)"));
    if (action == u"resolve") {
        QVERIFY(!last.body.contains("ExchangeImpersonation")); // a directory lookup, not a mailbox's
        return;
    }
    QVERIFY2(last.body.contains("<t:ExchangeImpersonation><t:ConnectingSID><t:PrimarySmtpAddress>" +
                                kAlfred.toUtf8() + "</t:PrimarySmtpAddress>"),
             last.body.constData());
    QCOMPARE(QString::fromUtf8(last.anchorMailbox), kAlfred);
    if (action == u"create" && operation == u"FindItem") {
        QVERIFY(last.body.contains(R"(<t:Constant Value="tx-0001"/>)"));
        QVERIFY(last.body.contains(R"(<m:IndexedPageItemView MaxEntriesReturned="2")"));
        QVERIFY(!last.body.contains("CalendarView")); // masters, not occurrences
    }
    if (action == u"create" && operation == u"CreateItem") {
        QVERIFY(last.body.contains(R"(SendMeetingInvitations="SendToAllAndSaveCopy")"));
        QVERIFY(last.body.contains("<t:Value>tx-0001</t:Value>"));
        QVERIFY(last.body.contains("<t:Subject>Quarterly review &lt;Q2&gt; &amp; budget</t:Subject>"));
        QVERIFY(last.body.contains(R"(<t:StartTimeZone Id="W. Europe Standard Time"/>)"));
    }
    if (action == u"updateQuiet") {
        QVERIFY(!last.body.contains("Attendees"));
        QVERIFY(!last.body.contains("Reminder"));
        QVERIFY(last.body.contains(R"(ConflictResolution="NeverOverwrite")"));
        QVERIFY(last.body.contains(R"(<t:ItemId Id="AAMkA" ChangeKey="DwAAA"/>)"));
    }
    if (action == u"updateNoAttendees")
        QVERIFY(
            last.body.contains(R"(<t:DeleteItemField><t:FieldURI FieldURI="calendar:RequiredAttendees"/>)"));
}

void TestEwsSoap::responseSamples_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<bool>("parses");
    QTest::addColumn<QString>("code");     // of the first message, or the fault's
    QTest::addColumn<ErrorKind>("kind");   // of the error (message or fault); ignored for NoError
    QTest::addColumn<qint64>("backOffMs"); // -1: none

    QTest::newRow("CreateItem answered: NoError") << ewsSample(u"createitem-calendar-06.xml"_s) << 200 << true
                                                  << u"NoError"_s << ErrorKind::Invalid << -1LL;
    QTest::newRow("SyncFolderItems: ErrorInvalidSyncStateData (resync)")
        << ewsSample(u"syncfolderitems-op-03.xml"_s) << 200 << true << u"ErrorInvalidSyncStateData"_s
        << ErrorKind::Invalid << -1LL;
    QTest::newRow("DeleteItem: ErrorItemNotFound -> NotFound")
        << ewsSample(u"deleteitem-op-03.xml"_s) << 200 << true << u"ErrorItemNotFound"_s
        << ErrorKind::NotFound << -1LL;
    QTest::newRow("FindItem: ErrorInvalidIdMalformed -> Invalid")
        << ewsSample(u"finditem-op-03.xml"_s) << 200 << true << u"ErrorInvalidIdMalformed"_s
        << ErrorKind::Invalid << -1LL;
    QTest::newRow("ResolveNames: ErrorNameResolutionNoResults -> NotFound")
        << ewsSample(u"resolvenames-03.xml"_s) << 200 << true << u"ErrorNameResolutionNoResults"_s
        << ErrorKind::NotFound << -1LL;
    QTest::newRow("Subscribe: delegate access not supported -> Permission")
        << ewsSample(u"subscribe-op-03.xml"_s) << 200 << true
        << u"ErrorSubscriptionDelegateAccessNotSupported"_s << ErrorKind::Permission << -1LL;
    QTest::newRow("ErrorServerBusy fault (HTTP 500) -> Throttled, waits BackOffMilliseconds")
        << EwsEndpoint::fault("ErrorServerBusy",
                              "The server cannot service this request right now. Try again later.", "297749")
        << 500 << false << u"ErrorServerBusy"_s << ErrorKind::Throttled << 297749LL;
    QTest::newRow("Other fault (HTTP 500) -> its code")
        << EwsEndpoint::fault("ErrorSchemaValidation", "The request failed schema validation.") << 500
        << false << u"ErrorSchemaValidation"_s << ErrorKind::Invalid << -1LL;
    QTest::newRow("doc sample that is not well-formed (streaming-04) -> Invalid, no crash")
        << ewsSample(u"streaming-04.xml"_s) << 200 << false << QString() << ErrorKind::Invalid << -1LL;
    QTest::newRow("doc sample that is not well-formed (getstreamingevents-op-03) -> Invalid")
        << ewsSample(u"getstreamingevents-op-03.xml"_s) << 200 << false << QString() << ErrorKind::Invalid
        << -1LL;
    QTest::newRow("an HTML error page with HTTP 503 -> Network")
        << QByteArray("<html><body>Service Unavailable</body>") << 503 << false << QString()
        << ErrorKind::Network << -1LL;
}

void TestEwsSoap::responseSamples()
{
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);
    QFETCH(bool, parses);
    QFETCH(QString, code);
    QFETCH(ErrorKind, kind);
    QFETCH(qint64, backOffMs);
    std::optional<qint64> faultBackOff;
    const Result<EwsResponse> response = EwsResponse::parse(body, httpStatus, u"Test"_s, &faultBackOff);
    QCOMPARE(response.ok(), parses);
    if (!parses) {
        QCOMPARE(response.error().kind, kind);
        QCOMPARE(response.error().serverCode, code);
        QCOMPARE(faultBackOff.value_or(-1), backOffMs);
        QVERIFY(!response.error().message.isEmpty());
        return;
    }
    QVERIFY(!response.value().messages().isEmpty());
    const EwsMessage &message = response.value().messages().first();
    QCOMPARE(message.code, code);
    QCOMPARE(message.ok(), code == u"NoError");
    if (!message.ok()) {
        const Error error = EwsResponse::errorFor(message.code, message.text, message.backOffMs, u"Test"_s);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.serverCode, code);
        QVERIFY2(error.message.contains(message.text), qPrintable(error.message));
    }
}

void TestEwsSoap::calendarItemValuesAreChecked_data()
{
    QTest::addColumn<QByteArray>("inner"); // t:CalendarItem's content
    QTest::addColumn<QString>("field");    // empty: valid

    const QByteArray id = R"(<t:ItemId Id="AAMkA" ChangeKey="DwAAA"/>)";
    const QByteArray times = "<t:Start>2026-04-15T08:00:00Z</t:Start><t:End>2026-04-15T09:00:00Z</t:End>";
    QTest::newRow("valid") << id + "<t:Subject>ok</t:Subject>" + times << QString();
    QTest::newRow("no ItemId") << "<t:Subject>x</t:Subject>" + times << u"ItemId"_s;
    QTest::newRow("no ChangeKey") << R"(<t:ItemId Id="AAMkA"/>)" + times << u"ChangeKey"_s;
    QTest::newRow("Start not a date")
        << id + "<t:Start>2026-13-45T08:00:00Z</t:Start><t:End>2026-04-15T09:00:00Z</t:End>" << u"Start"_s;
    QTest::newRow("no End") << id + "<t:Start>2026-04-15T08:00:00Z</t:Start>" << u"End"_s;
    QTest::newRow("End before Start")
        << id + "<t:Start>2026-04-15T10:00:00Z</t:Start><t:End>2026-04-15T09:00:00Z</t:End>" << u"End"_s;
    QTest::newRow("IsAllDayEvent not a boolean")
        << id + times + "<t:IsAllDayEvent>yes</t:IsAllDayEvent>" << u"IsAllDayEvent"_s;
    QTest::newRow("unknown CalendarItemType")
        << id + times + "<t:CalendarItemType>Weekly</t:CalendarItemType>" << u"CalendarItemType"_s;
    QTest::newRow("attendee without address")
        << id + times +
               "<t:RequiredAttendees><t:Attendee><t:Mailbox><t:Name>Mack</t:Name></t:Mailbox></t:Attendee></"
               "t:RequiredAttendees>"
        << u"RequiredAttendees.Attendee.Mailbox.EmailAddress"_s;
    QTest::newRow("unknown response type")
        << id + times +
               "<t:RequiredAttendees><t:Attendee><t:Mailbox><t:EmailAddress>m@x</t:EmailAddress></"
               "t:Mailbox><t:ResponseType>Maybe</t:ResponseType></t:Attendee></t:RequiredAttendees>"
        << u"RequiredAttendees.Attendee.ResponseType"_s;
    QTest::newRow("unknown time zone")
        << id + times + R"(<t:StartTimeZone Id="Atlantis Standard Time"/>)" << u"StartTimeZone"_s;
    QTest::newRow("negative reminder")
        << id + "<t:ReminderMinutesBeforeStart>-5</t:ReminderMinutesBeforeStart>" + times
        << u"ReminderMinutesBeforeStart"_s;
}

void TestEwsSoap::calendarItemValuesAreChecked()
{
    QFETCH(QByteArray, inner);
    QFETCH(QString, field);
    const Result<XmlNode> node =
        parseXml(R"(<t:CalendarItem xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types">)" +
                 inner + "</t:CalendarItem>");
    QVERIFY(node.ok());
    const Result<ExchangeEvent> event = EwsCalendarItem::parse(node.value());
    QCOMPARE(event.ok(), field.isEmpty());
    if (!event.ok()) {
        QCOMPARE(event.error().kind, ErrorKind::Invalid);
        QCOMPARE(event.error().field, field);
    }
}

void TestEwsSoap::calendarItemRoundTrip()
{
    // What createEvent writes, read back as the server would return it (the same elements, plus the ItemId,
    // UID and the answers of the attendees), gives the event again: zone, privacy, reminder, attendee types.
    ExchangeEvent e = meeting();
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeNamespace(kTypesNs, u"t"_s);
    QVERIFY(EwsCalendarItem::writeForCreate(w, e, u"tx-9"_s).ok());
    xml.replace("<t:Subject>", R"(<t:ItemId Id="AAMkA" ChangeKey="DwAAA"/><t:Subject>)");
    xml.replace(
        "<t:Mailbox><t:Name>Mack "
        "Chaves</t:Name><t:EmailAddress>mack@contoso.com</t:EmailAddress></t:Mailbox>",
        "<t:Mailbox><t:Name>Mack Chaves</t:Name><t:EmailAddress>mack@contoso.com</t:EmailAddress></t:Mailbox>"
        "<t:ResponseType>Accept</t:ResponseType>");
    const Result<XmlNode> node = parseXml(xml);
    QVERIFY2(node.ok(), xml.constData());
    const Result<ExchangeEvent> back = EwsCalendarItem::parse(node.value());
    QVERIFY2(back.ok(), qPrintable(messageOf(back)));
    QCOMPARE(back.value().subject, e.subject);
    QCOMPARE(back.value().bodyText, e.bodyText);
    QCOMPARE(back.value().startUtc, e.startUtc);
    QCOMPARE(back.value().endUtc, e.endUtc);
    QCOMPARE(back.value().timeZone, e.timeZone);
    QCOMPARE(back.value().isPrivate, true);
    QCOMPARE(back.value().reminderOn, true);
    QCOMPARE(back.value().reminderMinutes, 10);
    QCOMPARE(back.value().transactionId, u"tx-9"_s);
    QCOMPARE(back.value().attendees.size(), 3);
    QCOMPARE(back.value().attendees.at(0).response, u"accepted"_s);
    QCOMPARE(back.value().attendees.at(1).type, u"optional"_s);
    QCOMPARE(back.value().attendees.at(2).type, u"resource"_s);
}

QTEST_MAIN(TestEwsSoap)
#include "tst_ews_soap.moc"
