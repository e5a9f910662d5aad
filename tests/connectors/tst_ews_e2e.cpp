// The EWS connector end to end against the EWS sandbox (sandbox/ews): NTLMv2 logon with the NT account,
// impersonation, create / read changes / update (a stale ChangeKey is Conflict) / delete, a refused password.
#include "Clock.h"
#include "CoreTestSupport.h"
#include "EwsSandbox.h"
#include "GraphSandbox.h"
#include "SampleData.h"
#include "exchange/ews/EwsAutodiscover.h"
#include "exchange/ews/EwsConnector.h"
#include "net/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace cxsync;
using namespace cxsync::exchange;
using namespace cxsync::testsupport;
using namespace Qt::StringLiterals;

namespace {

const QString kAnna = u"anna@contoso.test"_s;
const QString kBen = u"ben@contoso.test"_s;
const QString kPassword = u"S3rvice!Pass"_s;

sandbox::SampleData twoMailboxes()
{
    sandbox::SampleData data;
    const QList<QPair<QString, QString>> names = {{u"Anna"_s, u"Berg"_s}, {u"Ben"_s, u"Stone"_s}};
    for (int i = 0; i < names.size(); ++i) {
        sandbox::SampleUser u;
        u.key = u"u%1"_s.arg(i);
        u.givenName = names[i].first;
        u.surname = names[i].second;
        u.displayName = names[i].first + u' ' + names[i].second;
        u.mail = names[i].first.toLower() + u"@contoso.test"_s;
        data.users.append(u);
    }
    return data;
}

} // namespace

class TestEwsEndToEnd : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createReadUpdateDelete();
    void recurringSeriesComesAsOccurrences();
    void cancelledMeetingReachesTheAttendee();
    void parallelCreatesOnFreshConnections();
    void lostCreateAnswerLeavesOneItem();
    void lostAnswerOverNtlmIsNotResent();
    void lostAnswerOverBasicIsNotResent();
    void autodiscoverCandidates();
    void autodiscoverReadsAnswers();
    void autodiscoverFindsTheEwsUrl();
    void autodiscoverFollowsRedirectAddr();
    void autodiscoverStopsAfterTenRedirects();
    void autodiscoverRefusesAnHttpRedirectUrl();
    void connectorUsesAutodiscover();
    void connectorFallsBackWhenAutodiscoverFindsNothing();
    void itemsAreReadInParallelBatches();
    void wrongPasswordIsAuth();
    void resolveUserInTheDirectory();

private:
    void makeConnector(const QString &password);
    QUrl autodiscoverUrl() const { return QUrl(m_ews->baseUrl().toString() + u"/autodiscover/autodiscover.xml"_s); }
    Result<AutodiscoverResult> autodiscover(const QString &address, const QList<QUrl> &candidates);

    std::unique_ptr<sandbox::GraphSandbox> m_graph;
    std::unique_ptr<sandbox::EwsSandbox> m_ews;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    SystemClock m_clock;
    std::unique_ptr<net::HttpClient> m_http;
    std::unique_ptr<EwsConnector> m_connector;
    const QDateTime m_from = QDateTime::currentDateTimeUtc().addDays(-7);
    const QDateTime m_to = QDateTime::currentDateTimeUtc().addDays(60);
};

void TestEwsEndToEnd::init()
{
    m_graph = std::make_unique<sandbox::GraphSandbox>();
    m_graph->load(twoMailboxes());
    m_ews = std::make_unique<sandbox::EwsSandbox>(*m_graph);
    m_ews->addAccount({u"CONTOSO"_s, u"svc-sync"_s, kPassword, QString(), true, std::nullopt});
    QString error;
    QVERIFY2(m_ews->start(0, &error), qPrintable(error));
    makeConnector(kPassword);
}

void TestEwsEndToEnd::cleanup()
{
    m_connector.reset();
    m_http.reset();
    m_nam.reset();
    m_ews.reset();
    m_graph.reset();
}

void TestEwsEndToEnd::makeConnector(const QString &password)
{
    m_connector.reset();
    m_http.reset();
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_http = std::make_unique<net::HttpClient>(m_nam.get(), &m_clock);
    EwsSettings settings;
    settings.url = m_ews->ewsUrl();
    settings.account = u"CONTOSO\\svc-sync"_s;
    settings.password = password;
    settings.impersonation = true;
    m_connector = std::make_unique<EwsConnector>(m_http.get(), &m_clock, settings);
}

void TestEwsEndToEnd::createReadUpdateDelete()
{
    // The first round: the window as it is.
    const Result<ChangePage> first =
        await<ChangePage>([&](auto done) { m_connector->readChanges(kAnna, {}, m_from, m_to, done); });
    QVERIFY2(first.ok(), qPrintable(messageOf(first)));
    QVERIFY(first.value().last);
    QVERIFY(first.value().invalid.isEmpty());

    ExchangeEvent e;
    e.subject = u"Pipeline review"_s;
    e.bodyText = u"Agenda"_s;
    e.location = u"Room 1"_s;
    const QDate day = QDate::currentDate().addDays(10);
    e.startUtc = QDateTime(day, QTime(8, 0), Qt::UTC);
    e.endUtc = e.startUtc.addSecs(3600);
    e.timeZone = u"W. Europe Standard Time"_s;
    e.reminderOn = true;
    e.reminderMinutes = 10;
    e.attendees = {{kBen, u"Ben Stone"_s, u"required"_s, u"none"_s}};
    const Result<ExchangeEvent> created =
        await<ExchangeEvent>([&](auto done) { m_connector->createEvent(kAnna, e, u"tx-e2e-1"_s, done); });
    QVERIFY2(created.ok(), qPrintable(messageOf(created)));
    QVERIFY(!created.value().id.isEmpty());
    QVERIFY(!created.value().changeKey.isEmpty());
    QVERIFY(!created.value().iCalUId.isEmpty()); // read back from the server, not echoed
    // The key is written as an extended property (PROTOCOLS.md E8) and read back from the server.
    QCOMPARE(created.value().transactionId, u"tx-e2e-1"_s);
    QCOMPARE(created.value().startUtc, e.startUtc);
    QCOMPARE(created.value().timeZone, e.timeZone);
    QCOMPARE(created.value().attendees.size(), 1);
    QCOMPARE(created.value().attendees.first().address, kBen);
    QCOMPARE(m_ews->impersonatedWithoutAnchor(), 0);
    QCOMPARE(m_ews->schemaRejections(), 0);

    // The next round reports it.
    const Result<ChangePage> second = await<ChangePage>(
        [&](auto done) { m_connector->readChanges(kAnna, first.value().cursor, m_from, m_to, done); });
    QVERIFY2(second.ok(), qPrintable(messageOf(second)));
    QVERIFY(second.value().invalid.isEmpty());
    QCOMPARE(second.value().changed.size(), 1);
    QCOMPARE(second.value().changed.first().id, created.value().id);
    QCOMPARE(second.value().changed.first().subject, e.subject);

    // An update with the current ChangeKey; the old one is stale afterwards.
    ExchangeEvent changed = created.value();
    changed.subject = u"Pipeline review (moved)"_s;
    changed.startUtc = changed.startUtc.addSecs(3600);
    changed.endUtc = changed.endUtc.addSecs(3600);
    changed.writeAttendees = false;
    const Result<ExchangeEvent> updated =
        await<ExchangeEvent>([&](auto done) { m_connector->updateEvent(kAnna, changed, done); });
    QVERIFY2(updated.ok(), qPrintable(messageOf(updated)));
    QCOMPARE(updated.value().subject, changed.subject);
    QCOMPARE(updated.value().startUtc, changed.startUtc);
    QVERIFY(updated.value().changeKey != created.value().changeKey);
    QCOMPARE(updated.value().attendees.size(), 1); // left as it was

    ExchangeEvent stale = created.value();
    stale.subject = u"overwrites the move?"_s;
    const Result<ExchangeEvent> refused =
        await<ExchangeEvent>([&](auto done) { m_connector->updateEvent(kAnna, stale, done); });
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, ErrorKind::Conflict);
    QCOMPARE(refused.error().serverCode, u"ErrorIrresolvableConflict"_s);

    const Result<ChangePage> third = await<ChangePage>(
        [&](auto done) { m_connector->readChanges(kAnna, second.value().cursor, m_from, m_to, done); });
    QVERIFY2(third.ok(), qPrintable(messageOf(third)));
    QCOMPARE(third.value().changed.size(), 1);
    QCOMPARE(third.value().changed.first().subject, changed.subject);

    // A delete with a stale ChangeKey removes nothing; with the current one it does.
    const Status staleDelete = await<void>([&](auto done) {
        m_connector->deleteEvent(kAnna, created.value().id, created.value().changeKey, done);
    });
    QVERIFY(!staleDelete.ok());
    QCOMPARE(staleDelete.error().kind, ErrorKind::Conflict);
    const Status deleted = await<void>([&](auto done) {
        m_connector->deleteEvent(kAnna, updated.value().id, updated.value().changeKey, done);
    });
    QVERIFY2(deleted.ok(), qPrintable(messageOf(deleted)));
    const Result<ChangePage> fourth = await<ChangePage>(
        [&](auto done) { m_connector->readChanges(kAnna, third.value().cursor, m_from, m_to, done); });
    QVERIFY2(fourth.ok(), qPrintable(messageOf(fourth)));
    QVERIFY(fourth.value().removed.contains(created.value().id));
    const Result<ExchangeEvent> gone =
        await<ExchangeEvent>([&](auto done) { m_connector->getEvent(kAnna, created.value().id, done); });
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, ErrorKind::NotFound);
    QCOMPARE(m_ews->schemaRejections(), 0);
}

void TestEwsEndToEnd::recurringSeriesComesAsOccurrences()
{
    // SyncFolderItems reports the series master only; the connector reports its occurrences in the window
    // one by one, each naming the master (as Graph's calendarView delta does).
    const QString startDate = QDate::currentDate().addDays(3).toString(Qt::ISODate);
    const QJsonObject series{
        {u"subject"_s, u"Daily stand-up"_s},
        {u"start"_s, QJsonObject{{u"dateTime"_s, startDate + u"T09:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
        {u"end"_s, QJsonObject{{u"dateTime"_s, startDate + u"T09:15:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
        {u"recurrence"_s,
         QJsonObject{{u"pattern"_s, QJsonObject{{u"type"_s, u"daily"_s}, {u"interval"_s, 1}}},
                     {u"range"_s, QJsonObject{{u"type"_s, u"numbered"_s},
                                              {u"startDate"_s, startDate},
                                              {u"numberOfOccurrences"_s, 3}}}}}};
    const Result<ChangePage> before =
        await<ChangePage>([&](auto done) { m_connector->readChanges(kAnna, {}, m_from, m_to, done); });
    QVERIFY2(before.ok(), qPrintable(messageOf(before)));
    QVERIFY(!m_graph->createEvent(kAnna, series).isEmpty());

    QString masterId; // from the incremental round, where the master itself is reported
    QString roundCursor;
    QStringList occurrenceIds;
    for (const bool firstRound : {false, true}) {
        const Result<ChangePage> page = await<ChangePage>([&](auto done) {
            m_connector->readChanges(kAnna, firstRound ? QString() : before.value().cursor, m_from, m_to,
                                     done);
        });
        QVERIFY2(page.ok(), qPrintable(messageOf(page)));
        // an expansion may take a second page
        QList<ExchangeEvent> changed = page.value().changed;
        QString cursor = page.value().cursor;
        bool last = page.value().last;
        while (!last) {
            const Result<ChangePage> more = await<ChangePage>(
                [&](auto done) { m_connector->readChanges(kAnna, cursor, m_from, m_to, done); });
            QVERIFY2(more.ok(), qPrintable(messageOf(more)));
            QVERIFY(more.value().invalid.isEmpty());
            changed += more.value().changed;
            cursor = more.value().cursor;
            last = more.value().last;
        }
        int occurrences = 0;
        for (const ExchangeEvent &e : changed) {
            if (e.type == u"seriesMaster")
                masterId = e.id;
        }
        QVERIFY(!masterId.isEmpty());
        for (const ExchangeEvent &e : changed) {
            if (e.type != u"occurrence")
                continue;
            ++occurrences;
            QCOMPARE(e.subject, u"Daily stand-up"_s);
            QCOMPARE(e.seriesMasterId, masterId); // known in the round, looked up in the first one
        }
        QCOMPARE(occurrences, 3);
        if (firstRound)
            break;
        roundCursor = cursor;
        for (const ExchangeEvent &e : changed) {
            if (e.type == u"occurrence")
                occurrenceIds.append(e.id);
        }
    }

    // One occurrence deleted in Outlook: SyncFolderItems reports the master changed; the connector finds the
    // occurrence missing from the series and reports it removed, the other two as changed.
    QCOMPARE(occurrenceIds.size(), 3);
    const Status deleted =
        await<void>([&](auto done) { m_connector->deleteEvent(kAnna, occurrenceIds.at(1), {}, done); });
    QVERIFY2(deleted.ok(), qPrintable(messageOf(deleted)));
    QStringList removed;
    QStringList changedIds;
    bool last = false;
    while (!last) {
        const Result<ChangePage> page = await<ChangePage>(
            [&](auto done) { m_connector->readChanges(kAnna, roundCursor, m_from, m_to, done); });
        QVERIFY2(page.ok(), qPrintable(messageOf(page)));
        removed += page.value().removed;
        for (const ExchangeEvent &e : page.value().changed)
            changedIds.append(e.id);
        roundCursor = page.value().cursor;
        last = page.value().last;
    }
    QCOMPARE(removed, QStringList{occurrenceIds.at(1)});
    QVERIFY(changedIds.contains(occurrenceIds.at(0)) && changedIds.contains(occurrenceIds.at(2)));
    QVERIFY(!changedIds.contains(occurrenceIds.at(1)));
}

void TestEwsEndToEnd::cancelledMeetingReachesTheAttendee()
{
    ExchangeEvent e;
    e.subject = u"Board meeting"_s;
    e.startUtc = QDateTime(QDate::currentDate().addDays(5), QTime(13, 0), Qt::UTC);
    e.endUtc = e.startUtc.addSecs(3600);
    e.attendees = {{kBen, u"Ben Stone"_s, u"required"_s, u"none"_s}};
    // without a transaction id: the CreateItem is the connector's first request (no look-up before it)
    const Result<ExchangeEvent> created =
        await<ExchangeEvent>([&](auto done) { m_connector->createEvent(kAnna, e, {}, done); });
    QVERIFY2(created.ok(), qPrintable(messageOf(created)));
    // Ben received the invitation (SendToAllAndSaveCopy): his copy has the organizer's UID.
    const Result<ChangePage> before =
        await<ChangePage>([&](auto done) { m_connector->readChanges(kBen, {}, m_from, m_to, done); });
    QVERIFY2(before.ok(), qPrintable(messageOf(before)));
    QCOMPARE(before.value().changed.size(), 1);
    QCOMPARE(before.value().changed.first().iCalUId, created.value().iCalUId);
    QVERIFY(!before.value().changed.first().isOrganizer);
    QVERIFY(!before.value().changed.first().isCancelled);

    const Status cancelled = await<void>([&](auto done) {
        m_connector->cancelEvent(kAnna, created.value().id, u"Postponed to next month."_s, done);
    });
    QVERIFY2(cancelled.ok(), qPrintable(messageOf(cancelled)));
    const Result<ChangePage> after = await<ChangePage>(
        [&](auto done) { m_connector->readChanges(kBen, before.value().cursor, m_from, m_to, done); });
    QVERIFY2(after.ok(), qPrintable(messageOf(after)));
    QCOMPARE(after.value().changed.size(), 1);
    QVERIFY(after.value().changed.first().isCancelled);
    QCOMPARE(m_ews->schemaRejections(), 0);
}

void TestEwsEndToEnd::parallelCreatesOnFreshConnections()
{
    // Writes first, several at once: each new connection starts its own NTLM handshake (Qt answers from its
    // credential cache), which resends the CreateItem body. Without transaction ids, so that the CreateItem
    // is each connection's first request (with one, a FindItem goes first).
    int done = 0;
    QStringList failures;
    for (int i = 0; i < 8; ++i) {
        ExchangeEvent e;
        e.subject = u"Parallel %1"_s.arg(i);
        e.startUtc = QDateTime(QDate::currentDate().addDays(2 + i), QTime(10, 0), Qt::UTC);
        e.endUtc = e.startUtc.addSecs(1800);
        m_connector->createEvent(i % 2 ? kAnna : kBen, e, {}, [&](Result<ExchangeEvent> r) {
            ++done;
            if (!r.ok())
                failures.append(r.error().message);
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 8, 20000);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u"\n"_s)));
    QCOMPARE(m_graph->events(kAnna).size() + m_graph->events(kBen).size(), 8);
}

void TestEwsEndToEnd::lostCreateAnswerLeavesOneItem()
{
    // The sandbox makes the item, then resets the connection instead of answering. Whoever sends the create again with the same transaction id, this
    // connector at once or another one later (the failed-message queue or the outbox after a crash, in a new
    // process), finds the item instead of making a second one.
    QString error;
    const auto plan = sandbox::FaultPlan::parse(
        QJsonDocument(QJsonObject{{u"rules"_s, QJsonArray{QJsonObject{{u"path"_s, u"^CreateItem$"_s},
                                                                      {u"times"_s, 1},
                                                                      {u"fault"_s, u"reset-after"_s}}}}})
            .toJson(),
        &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY2(m_ews->setOperationFaults(*plan, &error), qPrintable(error));
    ExchangeEvent e;
    e.subject = u"Contract signing"_s;
    e.startUtc = QDateTime(QDate::currentDate().addDays(4), QTime(9, 0), Qt::UTC);
    e.endUtc = e.startUtc.addSecs(3600);
    e.attendees = {{kBen, u"Ben Stone"_s, u"required"_s, u"none"_s}};
    const Result<ExchangeEvent> created =
        await<ExchangeEvent>([&](auto done) { m_connector->createEvent(kAnna, e, u"tx-lost-1"_s, done); });
    // The retry of another process: a fresh connector, the same transaction id.
    makeConnector(kPassword);
    const Result<ExchangeEvent> again =
        await<ExchangeEvent>([&](auto done) { m_connector->createEvent(kAnna, e, u"tx-lost-1"_s, done); });
    QVERIFY2(again.ok(), qPrintable(messageOf(again)));
    QCOMPARE(m_graph->events(kAnna).size(), 1);
    QCOMPARE(m_graph->events(kBen).size(), 1); // one invitation
    QCOMPARE(m_graph->events(kAnna).first().toObject().value(u"subject"_s).toString(), e.subject);
    // and the first connector did not give up on the lost answer: it found the item itself
    QVERIFY2(created.ok(), qPrintable(messageOf(created)));
    QCOMPARE(created.value().transactionId, u"tx-lost-1"_s);
    QCOMPARE(again.value().id, created.value().id);
    QCOMPARE(m_ews->operationFaults().toJson().value(u"rules"_s).toArray().first()[u"applied"_s].toInt(), 1);
    QCOMPARE(m_ews->schemaRejections(), 0);
}

void TestEwsEndToEnd::lostAnswerOverNtlmIsNotResent()
{
    // The NTLM handshake needs Qt to send a POST's body three times on a new connection; a connection that
    // breaks after the server carried the request out must not get it again (Qt would resend it by itself, on
    // a new connection or on another one that is logged on already). Without a transaction id nothing looks
    // first: the create ends as an unknown outcome (Network) and the mailbox holds one item, not two.
    const Result<CalendarProbe> warm =
        await<CalendarProbe>([&](auto done) { m_connector->probeCalendar(kAnna, m_from, m_to, done); });
    QVERIFY2(warm.ok(), qPrintable(messageOf(warm)));
    const int logons = m_ews->ntlmLogons();
    QString error;
    const auto plan = sandbox::FaultPlan::parse(
        QJsonDocument(QJsonObject{{u"rules"_s, QJsonArray{QJsonObject{{u"path"_s, u"^CreateItem$"_s},
                                                                      {u"times"_s, 1},
                                                                      {u"fault"_s, u"reset-after"_s}}}}})
            .toJson(),
        &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY2(m_ews->setOperationFaults(*plan, &error), qPrintable(error));
    ExchangeEvent e;
    e.subject = u"Sent once"_s;
    e.startUtc = QDateTime(QDate::currentDate().addDays(3), QTime(9, 0), Qt::UTC);
    e.endUtc = e.startUtc.addSecs(1800);
    const Result<ExchangeEvent> created =
        await<ExchangeEvent>([&](auto done) { m_connector->createEvent(kAnna, e, {}, done); });
    QCOMPARE(m_ews->operationFaults().toJson().value(u"rules"_s).toArray().first()[u"applied"_s].toInt(), 1);
    QCOMPARE(m_ews->ntlmLogons(), logons + 1); // the write's own connection logged on, and no other
    QCOMPARE(m_graph->events(kAnna).size(), 1);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, ErrorKind::Network);
    // and the connection after it logs on again and works
    const Result<ExchangeEvent> next =
        await<ExchangeEvent>([&](auto done) { m_connector->createEvent(kAnna, e, {}, done); });
    QVERIFY2(next.ok(), qPrintable(messageOf(next)));
    QCOMPARE(m_graph->events(kAnna).size(), 2);
}

void TestEwsEndToEnd::lostAnswerOverBasicIsNotResent()
{
    // Basic (the fallback over TLS) authenticates each request, and Qt sends the credentials unasked on a
    // connection once it has them: a resend after a drop would be carried out at once, so no rewind of a sent
    // body is granted there without a challenge of its own.
    m_ews->setNtlmEnabled(false);
    m_ews->setBasicEnabled(true);
    const Result<CalendarProbe> warm =
        await<CalendarProbe>([&](auto done) { m_connector->probeCalendar(kAnna, m_from, m_to, done); });
    QVERIFY2(warm.ok(), qPrintable(messageOf(warm)));
    ExchangeEvent e;
    e.subject = u"Sent once over Basic"_s;
    e.startUtc = QDateTime(QDate::currentDate().addDays(3), QTime(9, 0), Qt::UTC);
    e.endUtc = e.startUtc.addSecs(1800);
    // a create first, so that the connection sends Basic unasked
    QVERIFY(await<ExchangeEvent>([&](auto done) { m_connector->createEvent(kAnna, e, {}, done); }).ok());
    QCOMPARE(m_graph->events(kAnna).size(), 1);
    QString error;
    const auto plan = sandbox::FaultPlan::parse(
        QJsonDocument(QJsonObject{{u"rules"_s, QJsonArray{QJsonObject{{u"path"_s, u"^CreateItem$"_s},
                                                                      {u"times"_s, 1},
                                                                      {u"fault"_s, u"reset-after"_s}}}}})
            .toJson(),
        &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY2(m_ews->setOperationFaults(*plan, &error), qPrintable(error));
    const Result<ExchangeEvent> created =
        await<ExchangeEvent>([&](auto done) { m_connector->createEvent(kAnna, e, {}, done); });
    QCOMPARE(m_ews->operationFaults().toJson().value(u"rules"_s).toArray().first()[u"applied"_s].toInt(), 1);
    QCOMPARE(m_graph->events(kAnna).size(), 2); // the first create and this one, once
    QVERIFY(!created.ok());
    QCOMPARE(created.error().kind, ErrorKind::Network);
}

Result<AutodiscoverResult> TestEwsEndToEnd::autodiscover(const QString &address, const QList<QUrl> &candidates)
{
    EwsAutodiscover discovery(m_http.get(), u"CONTOSO\\svc-sync"_s, kPassword);
    return await<AutodiscoverResult>([&](auto done) { discovery.discover(address, candidates, done); });
}

void TestEwsEndToEnd::autodiscoverCandidates()
{
    QCOMPARE(EwsAutodiscover::candidatesFor(u"anna@Contoso.com"_s, u"mail.contoso.com"_s),
             (QList<QUrl>{QUrl(u"https://contoso.com/autodiscover/autodiscover.xml"_s),
                          QUrl(u"https://autodiscover.contoso.com/autodiscover/autodiscover.xml"_s),
                          QUrl(u"https://mail.contoso.com/autodiscover/autodiscover.xml"_s)}));
    QCOMPARE(EwsAutodiscover::candidatesFor(u"anna@contoso.com"_s).size(), 2);
    QVERIFY(EwsAutodiscover::candidatesFor(u"anna"_s, u"mail.contoso.com"_s).isEmpty());
    QVERIFY(EwsAutodiscover::candidatesFor(u"anna@contoso/../x"_s).isEmpty());
    QVERIFY(EwsAutodiscover::candidatesFor(u"anna@localhost"_s).isEmpty());
}

void TestEwsEndToEnd::autodiscoverReadsAnswers()
{
    const QByteArray head = "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\">"
                            "<Response xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/outlook/responseschema/2006a\">";
    const QByteArray tail = "</Response></Autodiscover>";
    // EXCH (internal) before EXPR (external), whatever their order
    auto answer = EwsAutodiscover::parseAnswer(
        head + "<Account><Action>settings</Action><Protocol><Type>EXPR</Type><EwsUrl>https://ext.contoso.com/EWS/Exchange.asmx</EwsUrl></Protocol>"
               "<Protocol><Type>EXCH</Type><EwsUrl>https://int.contoso.com/EWS/Exchange.asmx</EwsUrl></Protocol></Account>" + tail);
    QVERIFY2(answer.ok(), qPrintable(messageOf(answer)));
    QCOMPARE(answer.value().ewsUrl, QUrl(u"https://int.contoso.com/EWS/Exchange.asmx"_s));
    answer = EwsAutodiscover::parseAnswer(
        head + "<Account><Action>settings</Action><Protocol><Type>EXPR</Type><EwsUrl>https://ext.contoso.com/EWS/Exchange.asmx</EwsUrl></Protocol></Account>" + tail);
    QCOMPARE(answer.value().ewsUrl, QUrl(u"https://ext.contoso.com/EWS/Exchange.asmx"_s));
    answer = EwsAutodiscover::parseAnswer(head + "<Account><Action>redirectAddr</Action><RedirectAddr>b@fabrikam.com</RedirectAddr></Account>" + tail);
    QVERIFY(answer.value().kind == EwsAutodiscover::Answer::Kind::RedirectAddr);
    QCOMPARE(answer.value().redirect, u"b@fabrikam.com"_s);
    answer = EwsAutodiscover::parseAnswer(
        "<Autodiscover xmlns=\"http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006\"><Response><Error>"
        "<ErrorCode>500</ErrorCode><Message>The e-mail address cannot be found.</Message></Error></Response></Autodiscover>");
    QVERIFY(answer.value().kind == EwsAutodiscover::Answer::Kind::Error);
    QVERIFY(answer.value().message.contains(u"cannot be found"_s));
    QVERIFY(!EwsAutodiscover::parseAnswer(head + "<Account><Action>settings</Action></Account>" + tail).ok());
    QVERIFY(!EwsAutodiscover::parseAnswer(head + "<Account><Action>redirectUrl</Action></Account>" + tail).ok());
    QVERIFY(!EwsAutodiscover::parseAnswer(head + "<Account><Action>dance</Action></Account>" + tail).ok());
    QVERIFY(!EwsAutodiscover::parseAnswer("<html>not xml").ok());
}

void TestEwsEndToEnd::autodiscoverFindsTheEwsUrl()
{
    // the first candidate is not there: the next one answers
    const Result<AutodiscoverResult> found =
        autodiscover(kBen, {QUrl(u"http://127.0.0.1:1/autodiscover/autodiscover.xml"_s), autodiscoverUrl()});
    QVERIFY2(found.ok(), qPrintable(messageOf(found)));
    QCOMPARE(found.value().ewsUrl, m_ews->ewsUrl());
    QCOMPARE(found.value().endpoint, autodiscoverUrl());
    QCOMPARE(found.value().trail.size(), 2);
    // an address the organisation does not know: the server's error, named
    const Result<AutodiscoverResult> unknown = autodiscover(u"nobody@contoso.test"_s, {autodiscoverUrl()});
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().message.contains(u"cannot be found"_s), qPrintable(unknown.error().message));
    // a wrong password is what the admin hears about
    makeConnector(kPassword); // a fresh HttpClient: the credentials are per client and origin
    EwsAutodiscover refused(m_http.get(), u"CONTOSO\\svc-sync"_s, u"not it"_s);
    const Result<AutodiscoverResult> denied = await<AutodiscoverResult>(
        [&](auto done) { refused.discover(kBen, {autodiscoverUrl()}, done); });
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().kind, ErrorKind::Auth);
}

void TestEwsEndToEnd::autodiscoverFollowsRedirectAddr()
{
    m_ews->setAutodiscoverRedirect(u"b.stone@contoso.test"_s, u"redirectAddr"_s, kBen);
    const Result<AutodiscoverResult> found = autodiscover(u"b.stone@contoso.test"_s, {autodiscoverUrl()});
    QVERIFY2(found.ok(), qPrintable(messageOf(found)));
    QCOMPARE(found.value().address, kBen);
    QCOMPARE(found.value().ewsUrl, m_ews->ewsUrl());
    QCOMPARE(m_ews->autodiscoverRequests(), 2);
}

void TestEwsEndToEnd::autodiscoverStopsAfterTenRedirects()
{
    // a loop of addresses through one endpoint: each pair asked once, then the hop limit
    for (int i = 0; i < 12; ++i)
        m_ews->setAutodiscoverRedirect(u"loop%1@contoso.test"_s.arg(i), u"redirectAddr"_s,
                                       u"loop%1@contoso.test"_s.arg(i + 1));
    const Result<AutodiscoverResult> found = autodiscover(u"loop0@contoso.test"_s, {autodiscoverUrl()});
    QVERIFY(!found.ok());
    QVERIFY2(found.error().message.contains(u"more than 10"_s), qPrintable(found.error().message));
    QCOMPARE(m_ews->autodiscoverRequests(), EwsAutodiscover::kMaxHops + 1);
}

void TestEwsEndToEnd::autodiscoverRefusesAnHttpRedirectUrl()
{
    // Over http (this sandbox) no answer is trusted to send the password elsewhere, and an http target never is.
    const QString elsewhere = u"http://127.0.0.2:%1/autodiscover/autodiscover.xml"_s.arg(m_ews->baseUrl().port());
    m_ews->setAutodiscoverRedirect(kBen, u"redirectUrl"_s, elsewhere);
    const Result<AutodiscoverResult> found = autodiscover(kBen, {autodiscoverUrl()});
    QVERIFY(!found.ok());
    QCOMPARE(found.error().kind, ErrorKind::Permission);
    QVERIFY2(found.error().message.contains(elsewhere), qPrintable(found.error().message));
    QCOMPARE(m_ews->autodiscoverRequests(), 1); // not followed
}

void TestEwsEndToEnd::connectorUsesAutodiscover()
{
    // no EWS URL: the first call asks Autodiscover (once), then goes where it says
    EwsSettings settings;
    settings.account = u"CONTOSO\\svc-sync"_s;
    settings.password = kPassword;
    settings.autodiscoverAddress = kAnna;
    settings.autodiscoverUrls = {autodiscoverUrl()};
    EwsConnector connector(m_http.get(), &m_clock, settings);
    QVERIFY(!connector.url().isValid());
    const Result<CalendarProbe> probe =
        await<CalendarProbe>([&](auto done) { connector.probeCalendar(kAnna, m_from, m_to, done); });
    QVERIFY2(probe.ok(), qPrintable(messageOf(probe)));
    QCOMPARE(connector.url(), m_ews->ewsUrl());
    QVERIFY(await<CalendarProbe>([&](auto done) { connector.probeCalendar(kBen, m_from, m_to, done); }).ok());
    QCOMPARE(m_ews->autodiscoverRequests(), 1);
    const Result<AutodiscoverResult> resolved =
        await<AutodiscoverResult>([&](auto done) { connector.resolveUrl(done); });
    QCOMPARE(resolved.value().ewsUrl, m_ews->ewsUrl());
    QCOMPARE(resolved.value().endpoint, autodiscoverUrl());
}

void TestEwsEndToEnd::connectorFallsBackWhenAutodiscoverFindsNothing()
{
    EwsSettings settings;
    settings.account = u"CONTOSO\\svc-sync"_s;
    settings.password = kPassword;
    settings.autodiscoverAddress = u"nobody@contoso.test"_s;
    settings.autodiscoverUrls = {autodiscoverUrl()};
    {
        // no fallback: the call fails with what Autodiscover found out
        EwsConnector connector(m_http.get(), &m_clock, settings);
        const Result<CalendarProbe> probe =
            await<CalendarProbe>([&](auto done) { connector.probeCalendar(kAnna, m_from, m_to, done); });
        QVERIFY(!probe.ok());
        QVERIFY2(probe.error().message.contains(u"Autodiscover found no EWS URL"_s), qPrintable(probe.error().message));
    }
    settings.url = m_ews->ewsUrl(); // the Primary Exchange Server's default
    EwsConnector connector(m_http.get(), &m_clock, settings);
    const Result<CalendarProbe> probe =
        await<CalendarProbe>([&](auto done) { connector.probeCalendar(kAnna, m_from, m_to, done); });
    QVERIFY2(probe.ok(), qPrintable(messageOf(probe)));
    QVERIFY(await<CalendarProbe>([&](auto done) { connector.probeCalendar(kAnna, m_from, m_to, done); }).ok());
    QCOMPARE(m_ews->autodiscoverRequests(), 2); // once per connector: the failure is kept with a fallback
    const Result<AutodiscoverResult> resolved =
        await<AutodiscoverResult>([&](auto done) { connector.resolveUrl(done); });
    QVERIFY(!resolved.ok());
}

void TestEwsEndToEnd::itemsAreReadInParallelBatches()
{
    // 25 items: three GetItem batches of at most 10, sent together (the mailbox's limit of 4 in flight
    // applies), not one after the other.
    for (int i = 0; i < 25; ++i) {
        const QString day = QDate::currentDate().addDays(1 + i).toString(Qt::ISODate);
        m_graph->createEvent(
            kAnna,
            QJsonObject{
                {u"subject"_s, u"Item %1"_s.arg(i)},
                {u"start"_s, QJsonObject{{u"dateTime"_s, day + u"T10:00:00"_s}, {u"timeZone"_s, u"UTC"_s}}},
                {u"end"_s, QJsonObject{{u"dateTime"_s, day + u"T10:30:00"_s}, {u"timeZone"_s, u"UTC"_s}}}});
    }
    m_ews->http().setLatency(150);
    int peak = 0;
    QTimer sampler;
    connect(&sampler, &QTimer::timeout, this, [&] { peak = qMax(peak, m_http->limiter().inFlight(kAnna)); });
    sampler.start(5);
    const Result<ChangePage> page =
        await<ChangePage>([&](auto done) { m_connector->readChanges(kAnna, {}, m_from, m_to, done); });
    sampler.stop();
    QVERIFY2(page.ok(), qPrintable(messageOf(page)));
    QCOMPARE(page.value().changed.size(), 25);
    QCOMPARE(peak, 3);
}

void TestEwsEndToEnd::wrongPasswordIsAuth()
{
    makeConnector(u"not the password"_s);
    const Result<CalendarProbe> probe =
        await<CalendarProbe>([&](auto done) { m_connector->probeCalendar(kAnna, m_from, m_to, done); });
    QVERIFY(!probe.ok());
    QCOMPARE(probe.error().kind, ErrorKind::Auth);
    QVERIFY(m_ews->logonFailures() >= 1);
}

void TestEwsEndToEnd::resolveUserInTheDirectory()
{
    const Result<ExchangeUser> user = await<ExchangeUser>([&](auto done) {
        m_connector->resolveUser({{}, {}, u"Ben"_s, u"Stone"_s}, done);
    });
    QVERIFY2(user.ok(), qPrintable(messageOf(user)));
    QCOMPARE(user.value().mail, kBen);
}

QTEST_MAIN(TestEwsEndToEnd)
#include "tst_ews_e2e.moc"
