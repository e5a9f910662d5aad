// Graph etiquette through the whole engine (issue 20, item 7).
//
// 1. A journal written before the product asked for immutable ids holds REST ids. The first run with today's
//    connector must move them to immutable ids (ExchangeConnector::prepareMailbox) before it reads a mailbox:
//    a delta page, or a full read after an expired cursor, names every item by its immutable id, and a
//    journal that does not know them relinks or duplicates meetings. The run must keep every link, create
//    nothing and still carry the edits made meanwhile on both sides.
// 2. An update from the CRM carries Graph's "attendees" only when it changes who is invited (SyncWriter sets
//    ExchangeEvent::writeAttendees): Exchange sends every attendee an update for a write that carries the list.
#include "CalendarWorld.h"

#include "exchange/ExchangeConnector.h"
#include "exchange/graph/GraphIdMigration.h"

#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace cxsync;
using namespace cxsync::sync;
using namespace cxsync::testsupport;

namespace {

QJsonObject at(const QDateTime &utc)
{
    return QJsonObject{{QStringLiteral("dateTime"), utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                       {QStringLiteral("timeZone"), QStringLiteral("UTC")}};
}

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toVariant().toString();
}

QStringList attendeeAddresses(const QJsonObject &event)
{
    QStringList out;
    for (const QJsonValue &a : event.value(QStringLiteral("attendees")).toArray())
        out.append(
            a.toObject().value(QStringLiteral("emailAddress")).toObject().value(QStringLiteral("address")).toString().toLower());
    out.sort();
    return out;
}

QString describe(const SyncReport &r)
{
    return QStringLiteral("error '%1'; failures: %2; notes: %3")
        .arg(r.error, r.failures.join(QLatin1String(" / ")), r.notes.join(QLatin1String(" / ")));
}

} // namespace

class TestCalendarImmutableIds : public QObject {
    Q_OBJECT

    std::unique_ptr<CalendarWorld> m_world;

    const CalendarPerson &person(int i) const { return m_world->people().at(i); }

    QString createInCrm(const QString &subject, int owner, const QList<int> &others, int dayOffset)
    {
        const QDateTime start(QDate::currentDate().addDays(dayOffset), QTime(9, 0), QTimeZone::utc());
        QStringList users{person(owner).crmId};
        for (int o : others)
            users.append(person(o).crmId);
        const QJsonObject c = m_world->crm().createCommunication(
            QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                        {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                        {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                        {QStringLiteral("Comm_Subject"), subject},
                        {QStringLiteral("Comm_DateTime"), start.toString(Qt::ISODate)},
                        {QStringLiteral("Comm_ToDateTime"), start.addSecs(3600).toString(Qt::ISODate)},
                        {QStringLiteral("Comm_UserId"), person(owner).crmId.toInt()}},
            users);
        return CalendarWorld::commId(c);
    }
    // Made by the user in Outlook; attendee addresses as given. The item's REST id.
    QString createInOutlook(const QString &subject, int owner, const QStringList &attendees, int dayOffset)
    {
        const QDateTime start(QDate::currentDate().addDays(dayOffset), QTime(14, 0), QTimeZone::utc());
        QJsonArray list;
        for (const QString &a : attendees)
            list.append(QJsonObject{{QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), a}}}});
        const QJsonObject e = m_world->graph().createEvent(
            person(owner).mailbox, QJsonObject{{QStringLiteral("subject"), subject},
                                               {QStringLiteral("start"), at(start)},
                                               {QStringLiteral("end"), at(start.addSecs(1800))},
                                               {QStringLiteral("attendees"), list}});
        return m_world->graph().eventIds(person(owner).mailbox, text(e, "id")).first;
    }
    std::optional<QJsonObject> communicationNamed(const QString &subject)
    {
        for (const QJsonObject &c : m_world->communications(false)) {
            if (text(c, "Comm_Subject") == subject)
                return c;
        }
        return std::nullopt;
    }
    std::optional<QJsonObject> itemNamed(int owner, const QString &subject)
    {
        for (const QJsonObject &e : m_world->events(person(owner).mailbox)) {
            if (text(e, "subject") == subject)
                return e;
        }
        return std::nullopt;
    }
    // A user linked to a communication through the CRM's REST API, as the CRM user does in the CRM.
    bool linkCrmUser(const QString &commId, const QString &crmUserId)
    {
        QUrl url = m_world->crm().restBaseUrl();
        url.setPath(url.path() + QStringLiteral("Comm_Link"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization",
                             "Basic " + QStringLiteral("%1:%2")
                                            .arg(m_world->crm().syncUser(), m_world->secrets().crmPassword)
                                            .toUtf8()
                                            .toBase64());
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.post(
            request, QJsonDocument(QJsonObject{{QStringLiteral("CmLi_Comm_CommunicationId"), commId.toInt()},
                                               {QStringLiteral("CmLi_Comm_UserId"), crmUserId.toInt()}})
                         .toJson(QJsonDocument::Compact));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
            return false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 201)
            qWarning().noquote() << "Comm_Link POST:" << status << reply->readAll();
        reply->deleteLater();
        return status == 201;
    }
    // The item writes (PATCH of an event, direct or in a $batch) the sandbox saw since the last clear.
    QList<sandbox::GraphSandbox::SeenRequest> itemUpdates() const
    {
        QList<sandbox::GraphSandbox::SeenRequest> out;
        for (const auto &r : m_world->graph().seenRequests()) {
            if (r.method == QLatin1String("PATCH") && r.path.contains(QLatin1String("/events/")))
                out.append(r);
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        CalendarWorld::Options options;
        options.users = 4;
        m_world = std::make_unique<CalendarWorld>(options);
        QVERIFY2(m_world->ok(), qPrintable(m_world->error()));
        QVERIFY2(m_world->people().size() >= 3, "the rows need three linked users");
        // a first run with nothing to do, so that what the rows make is new (meetings with invitations), not
        // the existing items of a first synchronization (a copy per participant)
        m_world->graph().setRestIdsOnly(true);
        const SyncReport first = m_world->sync();
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        m_world->graph().setRestIdsOnly(false);
    }
    void cleanup() { m_world.reset(); }

    // The engine alone: the run itself must move the stored ids before it reads (CalendarSync calls
    // ExchangeConnector::prepareMailbox for each mailbox before its first readChanges).
    void journalOfRestIdsMovesToImmutableIdsWithoutRelinks() { restJournalMeetsImmutableIds(false); }

    // The seam itself, through the connector the engine uses (Connections::exchange()): called for every
    // mailbox before the run, then once more (done already: no request, still called back from the event loop).
    void prepareMailboxMovesStoredIdsOnce() { restJournalMeetsImmutableIds(true); }

private:
    void restJournalMeetsImmutableIds(bool prepareFirst)
    {
        // ---- the journal of a client that did not ask for immutable ids (the product before issue 20.7); its
        // first run was made in init()
        m_world->graph().setRestIdsOnly(true);
        QVERIFY(!createInCrm(QStringLiteral("CRM meeting"), 0, {1}, 3).isEmpty());
        QVERIFY(!createInCrm(QStringLiteral("CRM single"), 2, {}, 4).isEmpty());
        QVERIFY(!createInOutlook(QStringLiteral("Outlook meeting"), 1, {person(2).address}, 5).isEmpty());
        const QString outlookSingle = createInOutlook(QStringLiteral("Outlook single"), 0, {}, 6);
        QVERIFY(!outlookSingle.isEmpty());
        for (int i = 0; i < 2; ++i) {
            const SyncReport r = m_world->sync();
            QVERIFY2(r.ok(), qPrintable(describe(r)));
        }
        // today's engine prepares each mailbox before reading it and marks it done; the earlier release had no
        // such mark: its journal is simulated by removing them
        {
            QSqlQuery unmark(m_world->journal().database());
            QVERIFY(unmark.exec(QStringLiteral("DELETE FROM sync_cursors WHERE scope LIKE 'graph:idType:%'")));
            QVERIFY2(unmark.numRowsAffected() >= 1, "the engine marked no mailbox as prepared");
        }
        const QList<ItemLink> before = m_world->links();
        // CRM meeting: 2 items; CRM single: 1; Outlook meeting: 2; Outlook single: 1
        QCOMPARE(before.size(), 6);
        QHash<QString, QString> immutableOf; // "mailbox|REST id" -> the item's immutable id
        QSet<QString> joined;                // "mailbox|communication|role"
        for (const ItemLink &l : before) {
            const auto ids = m_world->graph().eventIds(l.mailbox, l.exchangeItemId);
            QVERIFY2(!ids.first.isEmpty(), qPrintable(l.exchangeItemId));
            // the precondition: the journal holds REST ids, not the immutable ones
            QCOMPARE(l.exchangeItemId, ids.first);
            QVERIFY(ids.first != ids.second);
            immutableOf.insert(l.mailbox + QLatin1Char('|') + l.exchangeItemId, ids.second);
            joined.insert(QStringList{l.mailbox, l.crmCommId, l.isOrganizer ? QStringLiteral("organizer")
                                                                               : QStringLiteral("attendee")}
                              .join(QLatin1Char('|')));
        }
        const int communications = int(m_world->communications(false).size());
        QCOMPARE(communications, 4);
        int items = 0;
        for (const CalendarPerson &p : m_world->people())
            items += int(m_world->events(p.mailbox).size());
        QCOMPARE(items, 6);

        // ---- today's connector (it asks for immutable ids; Graph now answers with them), edits meanwhile on
        // both sides, and one mailbox whose delta cursor expired (read again in full)
        m_world->graph().setRestIdsOnly(false);
        QVERIFY(m_world->graph().updateEvent(person(0).mailbox, outlookSingle,
                                             QJsonObject{{QStringLiteral("subject"), QStringLiteral("Outlook single, edited")}}));
        const auto crmSingle = communicationNamed(QStringLiteral("CRM single"));
        QVERIFY(crmSingle);
        QVERIFY(m_world->crm().updateCommunication(
            CalendarWorld::commId(*crmSingle),
            QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("CRM single, edited")}}));
        m_world->graph().expireDeltaTokens(person(1).mailbox);
        if (prepareFirst) {
            auto connections = Connections::create(m_world->settings(), m_world->secrets(), &m_world->clock());
            QVERIFY2(connections.ok(), qPrintable(connections.ok() ? QString() : connections.error().message));
            exchange::ExchangeConnector *exchange = connections.value()->exchange();
            QVERIFY(exchange);
            for (int round = 0; round < 2; ++round) {
                m_world->graph().clearSeenRequests();
                for (const CalendarPerson &p : m_world->people()) {
                    std::optional<Status> prepared;
                    exchange->prepareMailbox(p.mailbox, m_world->journal(), QDateTime::currentDateTimeUtc(),
                                             [&prepared](Status s) { prepared = s; });
                    QVERIFY2(!prepared, "called back inside the call");
                    QVERIFY(QTest::qWaitFor([&prepared] { return prepared.has_value(); }, 20000));
                    QVERIFY2(prepared->ok(), qPrintable(prepared->error().message));
                }
                if (round == 0) { // one translateExchangeIds per mailbox that has stored ids
                    int translations = 0;
                    for (const auto &seen : m_world->graph().seenRequests())
                        translations += seen.path.endsWith(QLatin1String("/translateExchangeIds")) ? 1 : 0;
                    QVERIFY(translations >= 1);
                    QVERIFY(translations <= int(m_world->people().size()));
                } else {
                    QCOMPARE(int(m_world->graph().seenRequests().size()), 0); // done already: no request
                }
            }
        }

        const SyncReport r = m_world->sync();
        QVERIFY2(r.ok(), qPrintable(describe(r)));

        // every link kept, now under the item's immutable id: a link still under its REST id means the mailbox
        // was read before its stored ids were moved (ExchangeConnector::prepareMailbox not called first)
        const QList<ItemLink> after = m_world->links();
        QStringList stale;
        QSet<QString> joinedAfter;
        for (const ItemLink &l : after) {
            const auto ids = m_world->graph().eventIds(l.mailbox, l.exchangeItemId);
            if (l.exchangeItemId != ids.second)
                stale.append(QStringLiteral("%1 %2 (communication %3)")
                                 .arg(m_world->personOfMailbox(l.mailbox), l.exchangeItemId, l.crmCommId));
            joinedAfter.insert(QStringList{l.mailbox, l.crmCommId, l.isOrganizer ? QStringLiteral("organizer")
                                                                                   : QStringLiteral("attendee")}
                                   .join(QLatin1Char('|')));
        }
        QVERIFY2(stale.isEmpty(),
                 qPrintable(QStringLiteral("links still under REST ids (stored ids not migrated before the "
                                           "mailbox was read; is prepareMailbox called?): ") +
                            stale.join(QLatin1String("; "))));
        QCOMPARE(after.size(), before.size());
        QStringList joinedBefore(joined.cbegin(), joined.cend());
        QStringList joinedNow(joinedAfter.cbegin(), joinedAfter.cend());
        joinedBefore.sort();
        joinedNow.sort();
        QCOMPARE(joinedNow, joinedBefore); // no link lost, none moved to another communication
        for (const ItemLink &l : before) {
            bool found = false;
            for (const ItemLink &a : after)
                found = found || (a.mailbox == l.mailbox &&
                                  a.exchangeItemId == immutableOf.value(l.mailbox + QLatin1Char('|') + l.exchangeItemId));
            QVERIFY2(found, qPrintable(QStringLiteral("the link of %1 %2 is gone")
                                           .arg(m_world->personOfMailbox(l.mailbox), l.exchangeItemId)));
        }
        // no relink, no duplicate on either side
        QCOMPARE(r.done.linked, 0);
        QCOMPARE(r.done.crmCreates, 0);
        QCOMPARE(r.done.exchangeCreates, 0);
        QCOMPARE(r.done.crmDeletes, 0);
        QCOMPARE(r.done.exchangeDeletes, 0);
        const QStringList problems = m_world->duplicatesAndBrokenLinks();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(int(m_world->communications(false).size()), communications);
        int itemsAfter = 0;
        for (const CalendarPerson &p : m_world->people())
            itemsAfter += int(m_world->events(p.mailbox).size());
        QCOMPARE(itemsAfter, items);
        // the edits made meanwhile went across
        QVERIFY(communicationNamed(QStringLiteral("Outlook single, edited")));
        QVERIFY(itemNamed(2, QStringLiteral("CRM single, edited")));
        // done once per mailbox: the journal says so, and a further run has nothing to do
        for (const CalendarPerson &p : m_world->people()) {
            const Result<bool> done = exchange::GraphIdMigration::isDone(m_world->journal(), p.mailbox);
            QVERIFY(done.ok());
            QVERIFY2(done.value(), qPrintable(p.address));
        }
        const SyncReport again = m_world->sync();
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(again.done.linked + again.done.crmCreates + again.done.exchangeCreates + again.done.crmUpdates +
                     again.done.exchangeUpdates,
                 0);
    }

private Q_SLOTS:
    void crmUpdateSendsAttendeesOnlyWhenTheyChange_data()
    {
        QTest::addColumn<QString>("made");   // "crm": made in the CRM; "outlook-capitals": made in Outlook, the
                                             // attendee's address in capitals
        QTest::addColumn<bool>("addUser");   // a third user linked to the communication in the CRM
        QTest::addColumn<bool>("attendeesSent");
        QTest::addColumn<QStringList>("attendeesAfter"); // people indexes' addresses, see below
        QTest::newRow("subject edited in the CRM: the update leaves attendees out")
            << "crm" << false << false << QStringList{QStringLiteral("1")};
        QTest::newRow("subject edited, attendee address in other case in Outlook: still leaves them out")
            << "outlook-capitals" << false << false << QStringList{QStringLiteral("1")};
        QTest::newRow("a user added to the meeting in the CRM: the update carries the attendees")
            << "crm" << true << true << QStringList{QStringLiteral("1"), QStringLiteral("2")};
    }

    void crmUpdateSendsAttendeesOnlyWhenTheyChange()
    {
        QFETCH(QString, made);
        QFETCH(bool, addUser);
        QFETCH(bool, attendeesSent);
        QFETCH(QStringList, attendeesAfter);
        if (made == QLatin1String("crm")) {
            QVERIFY(!createInCrm(QStringLiteral("Planning"), 0, {1}, 3).isEmpty());
        } else {
            QVERIFY(!createInOutlook(QStringLiteral("Planning"), 0, {person(1).address.toUpper()}, 3).isEmpty());
        }
        for (int i = 0; i < 2; ++i) {
            const SyncReport r = m_world->sync();
            QVERIFY2(r.ok(), qPrintable(describe(r)));
        }
        const auto comm = communicationNamed(QStringLiteral("Planning"));
        QVERIFY(comm);
        const QString commId = CalendarWorld::commId(*comm);
        QVERIFY(itemNamed(0, QStringLiteral("Planning")));

        QTest::qWait(1100); // the CRM's update time (whole seconds) after Graph's last modification
        if (addUser)
            QVERIFY(linkCrmUser(commId, person(2).crmId));
        QVERIFY(m_world->crm().updateCommunication(
            commId, QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("Planning (room 2)")}}));
        m_world->graph().clearSeenRequests();
        const SyncReport r = m_world->sync();
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.conflicts, 0);

        // the organizer's item was written once, with or without the attendee list
        const auto item = itemNamed(0, QStringLiteral("Planning (room 2)"));
        QVERIFY(item);
        QList<sandbox::GraphSandbox::SeenRequest> writes;
        for (const auto &w : itemUpdates()) {
            if (w.path.contains(text(*item, "id")) ||
                w.path.contains(m_world->graph().eventIds(person(0).mailbox, text(*item, "id")).first))
                writes.append(w);
        }
        QCOMPARE(writes.size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(writes.first().body).object();
        QCOMPARE(body.value(QStringLiteral("subject")).toString(), QStringLiteral("Planning (room 2)"));
        QCOMPARE(body.contains(QStringLiteral("attendees")), attendeesSent);

        QStringList expected;
        for (const QString &i : attendeesAfter)
            expected.append(person(i.toInt()).address);
        expected.sort();
        QCOMPARE(attendeeAddresses(*item), expected);
        // everyone invited has the meeting, once
        for (const QString &i : attendeesAfter)
            QVERIFY2(itemNamed(i.toInt(), QStringLiteral("Planning (room 2)")), qPrintable(person(i.toInt()).address));
        const QStringList problems = m_world->duplicatesAndBrokenLinks();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestCalendarImmutableIds)
#include "tst_calendar_immutable_ids.moc"
