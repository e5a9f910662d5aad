// Chapter 8's scenarios end to end: the real profile, Connections, journal, user links and connectors against
// the Graph and Sage CRM sandboxes over loopback. After every scenario the three views (Exchange, CRM,
// journal) must agree.
#include "CrmTestClient.h"
#include "UserSyncWorld.h"
#include "exchange/ExchangeConnector.h"
#include "sync/CalendarSync.h"
#include "sync/SyncJournal.h"
#include "users/UserSync.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace cxsync;
using namespace cxsync::sync;
using namespace cxsync::testsupport;

namespace {

QString wire(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

struct Person {
    QString crmId;
    QString mailbox; // Graph id
    QString address;
    QString name;
};

} // namespace

class TestCalendarSync : public QObject {
    Q_OBJECT

    std::unique_ptr<UserSyncWorld> m_world;
    std::unique_ptr<Connections> m_connections;
    std::unique_ptr<Journal> m_journal;
    QList<Person> m_people;

    SyncReport sync(SyncRunOptions options = {}, CalendarSync::Decider decider = {})
    {
        SyncRunOptions o = SyncRunOptions::fromSettings(m_world->settings());
        o.dryRun = options.dryRun;
        o.policy = options.policy;
        o.user = options.user;
        CalendarSync engine(*m_connections, *m_journal, m_world->clock(), o);
        if (decider)
            engine.setDecider(decider);
        QSignalSpy finished(&engine, &CalendarSync::finished);
        engine.start();
        if (!finished.wait(60000)) {
            SyncReport timedOut;
            timedOut.error = QStringLiteral("timed out");
            return timedOut;
        }
        return finished.first().first().value<SyncReport>();
    }

    QList<ItemLink> links()
    {
        auto l = SyncJournal(*m_journal).links();
        return l.ok() ? l.value() : QList<ItemLink>();
    }
    QJsonObject comm(const QString &id)
    {
        for (const QJsonValue &v : m_world->crm().communications(true)) {
            if (v.toObject().value(QStringLiteral("Comm_CommunicationId")).toVariant().toString() == id)
                return v.toObject();
        }
        return {};
    }
    QJsonObject event(const QString &mailbox, const QString &id)
    {
        for (const QJsonValue &v : m_world->graph().events(mailbox)) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        }
        return {};
    }
    QList<QJsonObject> eventsWithSubject(const QString &mailbox, const QString &subject)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : m_world->graph().events(mailbox)) {
            if (v.toObject().value(QStringLiteral("subject")).toString().endsWith(subject))
                out.append(v.toObject());
        }
        return out;
    }
    QString createComm(const QString &subject, const QDateTime &start, const Person &owner,
                       const QList<Person> &others, const QJsonObject &extra = {})
    {
        QJsonObject f{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                      {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                      {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                      {QStringLiteral("Comm_Subject"), subject},
                      {QStringLiteral("Comm_DateTime"), wire(start)},
                      {QStringLiteral("Comm_ToDateTime"), wire(start.addSecs(3600))},
                      {QStringLiteral("Comm_UserId"), owner.crmId.toInt()}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            f.insert(it.key(), it.value());
        QStringList ids{owner.crmId};
        for (const Person &p : others)
            ids.append(p.crmId);
        const QJsonObject c = m_world->crm().createCommunication(f, ids);
        return c.value(QStringLiteral("Comm_CommunicationId")).toVariant().toString();
    }

    // Exchange, CRM and journal tell the same story: every link points at an existing item and a live
    // communication whose subject the organizer's item shows.
    QString disagreement()
    {
        for (const ItemLink &l : links()) {
            const QJsonObject c = comm(l.crmCommId);
            if (c.isEmpty() || c.value(QStringLiteral("Comm_Deleted")).toInt() == 1)
                return QStringLiteral("link %1 → deleted or missing communication %2").arg(l.exchangeItemId, l.crmCommId);
            QString exchangeSubject = event(l.mailbox, l.exchangeItemId).value(QStringLiteral("subject")).toString();
            if (!event(l.mailbox, l.exchangeItemId).contains(QStringLiteral("id"))) {
                // an occurrence of a series is not a stored item: ask Graph for it
                auto occurrence = await<exchange::ExchangeEvent>([&](auto done) {
                    m_connections->exchange()->getEvent(l.mailbox, l.exchangeItemId, done);
                });
                if (!occurrence.ok())
                    return QStringLiteral("link to missing event %1 in %2").arg(l.exchangeItemId, l.mailbox);
                exchangeSubject = occurrence.value().subject;
            }
            const QString subject = c.value(QStringLiteral("Comm_Subject")).toString();
            if (l.isOrganizer && !subject.isEmpty() && exchangeSubject != subject)
                return QStringLiteral("subject differs: CRM \"%1\", Exchange \"%2\"").arg(subject, exchangeSubject);
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_world = std::make_unique<UserSyncWorld>(12);
        QVERIFY2(m_world->ok(), qPrintable(m_world->error()));
        m_connections = m_world->connect();
        m_journal = m_world->openJournal();
        QVERIFY(m_connections && m_journal);
        users::UserSync userSync(m_connections->crm(), *m_connections->exchange(), *m_journal, m_world->clock(),
                                 users::UserSync::matchOptions(m_world->settings(),
                                                               m_connections->exchangeServerName()));
        auto plan = await<users::UserSyncPlan>([&](auto done) { userSync.preparePlan(done); });
        QVERIFY2(plan.ok(), why(plan).constData());
        QSignalSpy applied(&userSync.applier(), &users::UserSyncApplier::finished);
        userSync.applier().start(plan.value(), users::ApplyOptions{false, 4});
        QVERIFY(applied.wait(30000));
        m_people.clear();
        const auto userLinks = users::UserLinkStore(*m_journal).all(); // kept: value() of a temporary dangles
        QVERIFY(userLinks.ok());
        for (const users::UserLink &l : userLinks.value()) {
            if (l.state == users::LinkState::Linked)
                m_people.append(Person{l.crmUserId, l.exchangeUserId, l.mailbox.toLower(), l.crmName});
        }
        QVERIFY2(m_people.size() >= 3, "the sample needs three linked users");
        // the first run reads both sides from the beginning
        const SyncReport first = sync();
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    }
    void cleanup()
    {
        m_connections.reset();
        m_journal.reset();
        m_world.reset();
    }

    void createInCrmForCrmAndOutlookUsers()
    {
        const Person &a = m_people.at(0), &b = m_people.at(1);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(2);
        const QString id = createComm(QStringLiteral("Sales meeting"), start, a, {b});
        QVERIFY(!id.isEmpty());
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QCOMPARE(r.done.exchangeCreates, 1);
        QCOMPARE(r.done.invitations, 1);
        const QList<QJsonObject> own = eventsWithSubject(a.mailbox, QStringLiteral("Sales meeting"));
        const QList<QJsonObject> invited = eventsWithSubject(b.mailbox, QStringLiteral("Sales meeting"));
        QCOMPARE(own.size(), 1);
        QCOMPARE(invited.size(), 1);
        QCOMPARE(invited.first().value(QStringLiteral("iCalUId")), own.first().value(QStringLiteral("iCalUId")));
        // the CRM record carries the link (legacy custom field)
        QCOMPARE(comm(id).value(QStringLiteral("Comm_ExchangeId")).toString(),
                 own.first().value(QStringLiteral("iCalUId")).toString());
        // the attendee's copy comes back through delta and is linked to the same communication
        const SyncReport again = sync();
        QVERIFY(again.ok());
        QCOMPARE(again.done.crmCreates, 0);
        QCOMPARE(again.done.exchangeCreates, 0);
        int rows = 0;
        for (const ItemLink &l : links())
            rows += l.crmCommId == id ? 1 : 0;
        QCOMPARE(rows, 2);
        QCOMPARE(disagreement(), QString());
    }

    // The service's per-mailbox runs (a notification for one user) and the full runs must both bring a plain
    // appointment (no attendees) made in Outlook into the CRM, exactly once, owned by the user who made it;
    // the change read from delta is cleared from the journal's staging only once it is applied.
    void plainAppointmentFromOutlook_data()
    {
        QTest::addColumn<bool>("singleUser");
        QTest::newRow("full run: created once, owned by the Outlook user") << false;
        QTest::newRow("run for that user only: created once, owned by the Outlook user") << true;
    }
    void plainAppointmentFromOutlook()
    {
        QFETCH(bool, singleUser);
        const Person &a = m_people.at(1);
        const QString subject = QStringLiteral("Call with Contoso");
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(2);
        const QJsonObject created = m_world->graph().createEvent(
            a.mailbox,
            QJsonObject{{QStringLiteral("subject"), subject},
                        {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), start.toString(QStringLiteral("yyyy-MM-ddTHH:00:00"))},
                                                              {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
                        {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), start.addSecs(3600).toString(QStringLiteral("yyyy-MM-ddTHH:00:00"))},
                                                            {QStringLiteral("timeZone"), QStringLiteral("UTC")}}}});
        QVERIFY2(created.contains(QStringLiteral("id")), QJsonDocument(created).toJson().constData());
        SyncRunOptions o;
        if (singleUser)
            o.user = a.address;
        const SyncReport r = sync(o);
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QCOMPARE(r.done.crmCreates, 1);
        auto comms = [&] {
            QList<QJsonObject> out;
            for (const QJsonValue &v : m_world->crm().communications(false)) {
                if (v.toObject().value(QStringLiteral("Comm_Subject")).toString() == subject)
                    out.append(v.toObject());
            }
            return out;
        };
        QCOMPARE(comms().size(), 1);
        const QJsonObject c = comms().first();
        QCOMPARE(c.value(QStringLiteral("Comm_UserId")).toVariant().toString(), a.crmId);
        QCOMPARE(c.value(QStringLiteral("Comm_ExchangeId")).toString(), created.value(QStringLiteral("iCalUId")).toString());
        const QString commId = c.value(QStringLiteral("Comm_CommunicationId")).toVariant().toString();
        QList<ItemLink> rows;
        for (const ItemLink &l : links()) {
            if (l.crmCommId == commId)
                rows.append(l);
        }
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().mailbox, a.mailbox);
        QCOMPARE(rows.first().exchangeItemId, created.value(QStringLiteral("id")).toString());
        QCOMPARE(rows.first().crmUserId, a.crmId);
        const auto staged = SyncJournal(*m_journal).inbox();
        QVERIFY(staged.ok());
        QCOMPARE(staged.value().size(), 0); // applied, so no longer staged
        QCOMPARE(disagreement(), QString());
        // a full run afterwards neither duplicates nor echoes it
        const SyncReport again = sync();
        QVERIFY2(again.ok(), qPrintable(again.failures.join(QLatin1Char('\n')) + again.error));
        QCOMPARE(again.done.crmCreates + again.done.crmUpdates + again.done.exchangeCreates + again.done.exchangeUpdates, 0);
        QCOMPARE(comms().size(), 1);
        QCOMPARE(disagreement(), QString());
    }

    // A staged Outlook change is cleared only once applied: when the CRM record it belongs to cannot be read,
    // the change is neither applied nor taken for "the communication is gone" (which dropped the link and the
    // change); it stays staged and the next run applies it.
    void outlookChangeWaitsWhileItsCrmRecordIsUnreadable()
    {
        const Person &a = m_people.at(0);
        const QString id = createComm(QStringLiteral("Offsite"), QDateTime::currentDateTimeUtc().addDays(3), a, {});
        QVERIFY(sync().ok());
        const QJsonObject e = eventsWithSubject(a.mailbox, QStringLiteral("Offsite")).value(0);
        QVERIFY(m_world->graph().updateEvent(a.mailbox, e.value(QStringLiteral("id")).toString(),
                                             QJsonObject{{QStringLiteral("subject"), QStringLiteral("Offsite moved")}}));
        sandbox::FaultRule rule;
        rule.method = QStringLiteral("GET");
        rule.path = QRegularExpression(QStringLiteral("Communication\\('%1'\\)$").arg(id));
        rule.kind = sandbox::FaultKind::MalformedJson;
        sandbox::FaultPlan faults;
        faults.addRule(rule);
        m_world->crm().http().setFaultPlan(faults);
        const SyncReport broken = sync();
        QVERIFY(!broken.ok()); // the unreadable record is reported
        QCOMPARE(broken.done.crmUpdates, 0);
        m_world->crm().http().setFaultPlan(sandbox::FaultPlan());
        QCOMPARE(comm(id).value(QStringLiteral("Comm_Subject")).toString(), QStringLiteral("Offsite"));
        QCOMPARE(SyncJournal(*m_journal).inbox().value().size(), 1); // still staged
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QCOMPARE(r.done.crmUpdates, 1);
        QCOMPARE(comm(id).value(QStringLiteral("Comm_Subject")).toString(), QStringLiteral("Offsite moved"));
        QCOMPARE(SyncJournal(*m_journal).inbox().value().size(), 0);
        QCOMPARE(disagreement(), QString());
    }

    void createInOutlookInvitingCrmUsers()
    {
        const Person &a = m_people.at(0), &b = m_people.at(1), &c = m_people.at(2);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(3);
        const QJsonObject created = m_world->graph().createEvent(
            a.mailbox,
            QJsonObject{{QStringLiteral("subject"), QStringLiteral("Planning")},
                        {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                                                              {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
                        {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), start.addSecs(1800).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                                                            {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
                        {QStringLiteral("attendees"),
                         QJsonArray{QJsonObject{{QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), b.address}}}},
                                    QJsonObject{{QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), c.address}}}}}}});
        QVERIFY2(created.contains(QStringLiteral("id")), QJsonDocument(created).toJson().constData());
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QCOMPARE(r.done.crmCreates, 1); // one communication for the three mailboxes
        QList<QJsonObject> comms;
        for (const QJsonValue &v : m_world->crm().communications(false)) {
            if (v.toObject().value(QStringLiteral("Comm_Subject")).toString() == QLatin1String("Planning"))
                comms.append(v.toObject());
        }
        QCOMPARE(comms.size(), 1);
        QCOMPARE(comms.first().value(QStringLiteral("Comm_ExchangeId")).toString(),
                 created.value(QStringLiteral("iCalUId")).toString());
        const QString commId = comms.first().value(QStringLiteral("Comm_CommunicationId")).toVariant().toString();
        QSet<QString> linkedUsers;
        for (const QJsonValue &v : m_world->crm().commLinks()) {
            const QJsonObject l = v.toObject();
            if (l.value(QStringLiteral("CmLi_Comm_CommunicationId")).toVariant().toString() == commId)
                linkedUsers.insert(l.value(QStringLiteral("CmLi_Comm_UserId")).toVariant().toString());
        }
        QVERIFY(linkedUsers.contains(a.crmId) && linkedUsers.contains(b.crmId) && linkedUsers.contains(c.crmId));
        int rows = 0;
        for (const ItemLink &l : links())
            rows += l.crmCommId == commId ? 1 : 0;
        QCOMPARE(rows, 3);
        QCOMPARE(disagreement(), QString());
        // nothing echoes back
        const SyncReport again = sync();
        QCOMPARE(again.done.crmUpdates + again.done.crmCreates + again.done.exchangeUpdates, 0);
    }

    void changeTimeInCrmThenResponses()
    {
        const Person &a = m_people.at(0), &b = m_people.at(1), &c = m_people.at(2);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(4);
        const QString id = createComm(QStringLiteral("Review"), start, a, {b, c});
        QVERIFY(sync().ok());
        QVERIFY(sync().ok()); // attendee copies linked
        const QDateTime moved = start.addSecs(2 * 3600);
        QVERIFY(m_world->crm().updateCommunication(
            id, QJsonObject{{QStringLiteral("Comm_DateTime"), wire(moved)},
                            {QStringLiteral("Comm_ToDateTime"), wire(moved.addSecs(3600))}}));
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QCOMPARE(r.done.exchangeUpdates, 1);
        const QJsonObject copy = eventsWithSubject(b.mailbox, QStringLiteral("Review")).value(0);
        QVERIFY(!copy.isEmpty());
        // Terry accepts, Mary does not respond
        QVERIFY(m_world->graph().respond(b.mailbox, copy.value(QStringLiteral("id")).toString(),
                                         QStringLiteral("accepted")));
        const SyncReport after = sync();
        QVERIFY2(after.ok(), qPrintable(after.failures.join(QLatin1Char('\n')) + after.error));
        const QString responses = comm(id).value(QStringLiteral("Comm_ExchangeResponses")).toString();
        QVERIFY2(responses.contains(QStringLiteral(": Accepted")), qPrintable(responses));
        QVERIFY2(responses.contains(QStringLiteral(": No response")), qPrintable(responses));
        QCOMPARE(disagreement(), QString());
    }

    void cancelInCrm()
    {
        const Person &a = m_people.at(0), &b = m_people.at(1);
        const QString id = createComm(QStringLiteral("Board"), QDateTime::currentDateTimeUtc().addDays(5), a, {b});
        QVERIFY(sync().ok());
        QVERIFY(sync().ok());
        QVERIFY(m_world->crm().updateCommunication(id, QJsonObject{{QStringLiteral("Comm_Status"), QStringLiteral("Cancelled")}}));
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QCOMPARE(r.done.cancellations, 1);
        QCOMPARE(eventsWithSubject(a.mailbox, QStringLiteral("Board")).size(), 0);
        const QList<QJsonObject> copy = eventsWithSubject(b.mailbox, QStringLiteral("Board"));
        QVERIFY(copy.isEmpty() || copy.first().value(QStringLiteral("isCancelled")).toBool());
        QVERIFY(sync().ok());
        QCOMPARE(comm(id).value(QStringLiteral("Comm_Status")).toString(), QStringLiteral("Cancelled"));
        for (const ItemLink &l : links())
            QVERIFY(l.crmCommId != id);
        QCOMPARE(disagreement(), QString());
    }

    void deleteInOutlook()
    {
        const Person &a = m_people.at(0);
        const QString id = createComm(QStringLiteral("Dentist"), QDateTime::currentDateTimeUtc().addDays(6), a, {});
        QVERIFY(sync().ok());
        const QJsonObject e = eventsWithSubject(a.mailbox, QStringLiteral("Dentist")).value(0);
        QVERIFY(m_world->graph().deleteEvent(a.mailbox, e.value(QStringLiteral("id")).toString()));
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QCOMPARE(r.done.crmDeletes, 1);
        QCOMPARE(comm(id).value(QStringLiteral("Comm_Deleted")).toInt(), 1);
        QCOMPARE(disagreement(), QString());
    }

    void completeInCrmDoesNotAlert()
    {
        const Person &a = m_people.at(0), &b = m_people.at(1);
        const QString id = createComm(QStringLiteral("Visit"), QDateTime::currentDateTimeUtc().addDays(1), a, {b});
        QVERIFY(sync().ok());
        QVERIFY(sync().ok());
        const QString keyBefore = eventsWithSubject(b.mailbox, QStringLiteral("Visit")).value(0).value(QStringLiteral("changeKey")).toString();
        QVERIFY(m_world->crm().updateCommunication(id, QJsonObject{{QStringLiteral("Comm_Status"), QStringLiteral("Complete")}}));
        const SyncReport r = sync();
        QVERIFY(r.ok());
        QCOMPARE(r.done.exchangeUpdates, 0);
        QCOMPARE(eventsWithSubject(b.mailbox, QStringLiteral("Visit")).value(0).value(QStringLiteral("changeKey")).toString(), keyBefore);
        QCOMPARE(disagreement(), QString());
    }

    void echoIsNotReapplied()
    {
        const Person &a = m_people.at(0);
        const QString id = createComm(QStringLiteral("Echo"), QDateTime::currentDateTimeUtc().addDays(1), a, {});
        QVERIFY(sync().ok());
        const QString updated = comm(id).value(QStringLiteral("Comm_UpdatedDate")).toString();
        const SyncReport r = sync();
        QVERIFY(r.ok());
        QCOMPARE(r.done.crmUpdates + r.done.exchangeUpdates + r.done.crmCreates + r.done.exchangeCreates, 0);
        QCOMPARE(comm(id).value(QStringLiteral("Comm_UpdatedDate")).toString(), updated);
    }

    void dryRunWritesNothing()
    {
        const Person &a = m_people.at(0), &b = m_people.at(1);
        createComm(QStringLiteral("Dry"), QDateTime::currentDateTimeUtc().addDays(1), a, {b});
        const int before = int(links().size());
        SyncRunOptions o;
        o.dryRun = true;
        const SyncReport r = sync(o);
        QVERIFY(r.ok());
        QCOMPARE(r.planned.exchangeCreates, 1);
        QCOMPARE(r.planned.invitations, 1);
        QCOMPARE(eventsWithSubject(a.mailbox, QStringLiteral("Dry")).size(), 0);
        QCOMPARE(int(links().size()), before);
        QCOMPARE(sync().done.exchangeCreates, 1); // the real run still sees it
    }

    // The write reached Exchange but the run died before recording it: the outbox replays it with the same
    // transactionId, and no duplicate appears.
    void crashBetweenSendAndConfirm()
    {
        const Person &a = m_people.at(0);
        createComm(QStringLiteral("Crash"), QDateTime::currentDateTimeUtc().addDays(1), a, {});
        m_world->graph().setLatency(400);
        {
            SyncRunOptions o = SyncRunOptions::fromSettings(m_world->settings());
            auto engine = std::make_unique<CalendarSync>(*m_connections, *m_journal, m_world->clock(), o);
            bool writing = false;
            connect(engine.get(), &CalendarSync::progress, this, [&](const QString &, const QString &m, int, int) {
                if (m.contains(QStringLiteral("created in the CRM")))
                    writing = true;
            });
            engine->start();
            QTRY_VERIFY_WITH_TIMEOUT(writing, 20000);
            QTest::qWait(150);
            engine.reset(); // the process dies: no confirmation
            m_connections.reset();
        }
        QTest::qWait(600);
        m_world->graph().setLatency(0);
        QCOMPARE(SyncJournal(*m_journal).pendingWrites().value().size(), 1);
        m_connections = m_world->connect();
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QCOMPARE(r.replayed, 1);
        QCOMPARE(eventsWithSubject(a.mailbox, QStringLiteral("Crash")).size(), 1);
        QCOMPARE(SyncJournal(*m_journal).pendingWrites().value().size(), 0);
        QCOMPARE(disagreement(), QString());
    }

    void massDeleteStops()
    {
        const Person &a = m_people.at(0);
        QStringList ids;
        for (int i = 0; i < 6; ++i)
            ids.append(createComm(QStringLiteral("Bulk %1").arg(i), QDateTime::currentDateTimeUtc().addDays(1 + i), a, {}));
        QVERIFY(sync().ok());
        for (const QJsonObject &e : eventsWithSubject(a.mailbox, QString())) {
            if (e.value(QStringLiteral("subject")).toString().startsWith(QStringLiteral("Bulk")))
                QVERIFY(m_world->graph().deleteEvent(a.mailbox, e.value(QStringLiteral("id")).toString()));
        }
        int asked = 0;
        const SyncReport declined = sync({}, [&](const SafetyStop &, std::function<void(bool)> answer) {
            ++asked;
            answer(false);
        });
        QCOMPARE(asked, 1);
        QCOMPARE(declined.stops.size(), 1);
        QCOMPARE(declined.done.crmDeletes, 0);
        for (const QString &id : ids)
            QCOMPARE(comm(id).value(QStringLiteral("Comm_Deleted")).toInt(), 0);
        // kept for the next run, which asks again; yes deletes
        const SyncReport accepted = sync({}, [&](const SafetyStop &, std::function<void(bool)> answer) { answer(true); });
        QVERIFY2(accepted.ok(), qPrintable(accepted.failures.join(QLatin1Char('\n')) + accepted.error));
        QCOMPARE(accepted.done.crmDeletes, 6);
        for (const QString &id : ids)
            QCOMPARE(comm(id).value(QStringLiteral("Comm_Deleted")).toInt(), 1);
        QCOMPARE(disagreement(), QString());
    }

    void leavingTheWindowIsNotADelete()
    {
        const Person &a = m_people.at(0);
        const QString id = createComm(QStringLiteral("Far"), QDateTime::currentDateTimeUtc().addDays(2), a, {});
        QVERIFY(sync().ok());
        const QJsonObject e = eventsWithSubject(a.mailbox, QStringLiteral("Far")).value(0);
        const QDateTime far = QDateTime::currentDateTimeUtc().addDays(400);
        QVERIFY(m_world->graph().updateEvent(
            a.mailbox, e.value(QStringLiteral("id")).toString(),
            QJsonObject{{QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), far.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))}, {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
                        {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), far.addSecs(3600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))}, {QStringLiteral("timeZone"), QStringLiteral("UTC")}}}}));
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QCOMPARE(r.done.crmDeletes, 0);
        QCOMPARE(comm(id).value(QStringLiteral("Comm_Deleted")).toInt(), 0);
    }

    // Each occurrence inside the window is its own communication; deleting the series removes them all. The
    // deleted series is one user action: even in a mailbox holding nothing else it does not trip the safety
    // stop (without a decider the run would decline).
    void recurringSeries()
    {
        const Person &a = m_people.at(0);
        const QDateTime first = QDateTime(QDateTime::currentDateTimeUtc().date().addDays(2), QTime(9, 0),
                                          QTimeZone::utc());
        auto at = [](const QDateTime &t) {
            return QJsonObject{{QStringLiteral("dateTime"), t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                               {QStringLiteral("timeZone"), QStringLiteral("UTC")}};
        };
        const QJsonObject master = m_world->graph().createEvent(
            a.mailbox,
            QJsonObject{{QStringLiteral("subject"), QStringLiteral("Standup")},
                        {QStringLiteral("start"), at(first)},
                        {QStringLiteral("end"), at(first.addSecs(900))},
                        {QStringLiteral("recurrence"),
                         QJsonObject{{QStringLiteral("pattern"),
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("daily")},
                                                  {QStringLiteral("interval"), 1}}},
                                     {QStringLiteral("range"),
                                      QJsonObject{{QStringLiteral("type"), QStringLiteral("numbered")},
                                                  {QStringLiteral("startDate"),
                                                   first.date().toString(Qt::ISODate)},
                                                  {QStringLiteral("numberOfOccurrences"), 3},
                                                  {QStringLiteral("recurrenceTimeZone"), QStringLiteral("UTC")}}}}}});
        QVERIFY2(master.contains(QStringLiteral("id")), QJsonDocument(master).toJson().constData());
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QCOMPARE(r.done.crmCreates, 3);
        QSet<QString> comms;
        QSet<QDate> days;
        for (const QJsonValue &v : m_world->crm().communications(false)) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("Comm_Subject")).toString() != QLatin1String("Standup"))
                continue;
            comms.insert(c.value(QStringLiteral("Comm_CommunicationId")).toVariant().toString());
            days.insert(QDateTime::fromString(c.value(QStringLiteral("Comm_DateTime")).toString(), Qt::ISODate).date());
        }
        QCOMPARE(comms.size(), 3);
        QCOMPARE(days.size(), 3); // one per occurrence, not three copies of the first
        QCOMPARE(disagreement(), QString());
        QCOMPARE(sync().done.crmCreates, 0); // nothing echoes back
        QVERIFY(m_world->graph().deleteEvent(a.mailbox, master.value(QStringLiteral("id")).toString()));
        const SyncReport gone = sync();
        QVERIFY2(gone.ok(), qPrintable(gone.failures.join(QLatin1Char('\n')) + gone.error));
        QCOMPARE(gone.stops.size(), 0);
        QCOMPARE(gone.done.crmDeletes, 3);
        for (const QString &id : comms)
            QCOMPARE(comm(id).value(QStringLiteral("Comm_Deleted")).toInt(), 1);
        QCOMPARE(disagreement(), QString());
    }

    void conflictPolicies_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QString>("winner");
        QTest::newRow("CRM wins") << int(ConflictPolicy::CrmWins) << "from CRM";
        QTest::newRow("Exchange wins") << int(ConflictPolicy::ExchangeWins) << "from Outlook";
    }
    void conflictPolicies()
    {
        QFETCH(int, policy);
        QFETCH(QString, winner);
        const Person &a = m_people.at(0);
        const QString id = createComm(QStringLiteral("Both"), QDateTime::currentDateTimeUtc().addDays(2), a, {});
        QVERIFY(sync().ok());
        const QJsonObject e = eventsWithSubject(a.mailbox, QStringLiteral("Both")).value(0);
        QVERIFY(m_world->crm().updateCommunication(id, QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("Both from CRM")}}));
        QVERIFY(m_world->graph().updateEvent(a.mailbox, e.value(QStringLiteral("id")).toString(),
                                             QJsonObject{{QStringLiteral("subject"), QStringLiteral("Both from Outlook")}}));
        SyncRunOptions o;
        o.policy = ConflictPolicy(policy);
        const SyncReport r = sync(o);
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QVERIFY(r.conflicts >= 1);
        QVERIFY(sync(o).ok());
        const QString want = QStringLiteral("Both ") + winner;
        QCOMPARE(comm(id).value(QStringLiteral("Comm_Subject")).toString(), want);
        QCOMPARE(eventsWithSubject(a.mailbox, want).size(), 1);
        QSqlQuery q(m_journal->database());
        QVERIFY(q.exec(QStringLiteral("SELECT conflict FROM transaction_log WHERE action = 'conflict'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("Both from CRM")));
        QVERIFY(q.value(0).toString().contains(QStringLiteral("Both from Outlook")));
        QCOMPARE(disagreement(), QString());
    }
};

QTEST_GUILESS_MAIN(TestCalendarSync)
#include "tst_calendar_sync.moc"
