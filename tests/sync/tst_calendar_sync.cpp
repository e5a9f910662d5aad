// Chapter 8's scenarios end to end: the real profile, Connections, journal, user links and connectors against
// the Graph and Sage CRM sandboxes over loopback. After every scenario the three views (Exchange, CRM,
// journal) must agree.
#include "FakeClock.h"
#include "CrmTestClient.h"
#include "FaultPlan.h"
#include "HttpSandbox.h"
#include "UserSyncWorld.h"
#include "exchange/ExchangeConnector.h"
#include "queue/FailedMessageQueue.h"
#include "sync/CalendarSync.h"
#include "sync/SyncActionRetrier.h"
#include "sync/SyncJournal.h"
#include "sync/SyncRetries.h"
#include "users/UserSync.h"

#include <QSignalSpy>
#include <QSqlError>
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
    int m_groupItems = 0; // > 0: runs plan and write groups of this size (SyncRunOptions::groupItems)

    SyncReport sync(SyncRunOptions options = {}, CalendarSync::Decider decider = {})
    {
        SyncRunOptions o = SyncRunOptions::fromSettings(m_world->settings());
        if (m_groupItems > 0)
            o.groupItems = m_groupItems;
        o.dryRun = options.dryRun;
        o.policy = options.policy;
        o.user = options.user;
        o.readCrmFeed = options.readCrmFeed;
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

    // Every write of `method` to a path matching `path` fails with 503 (a short Retry-After keeps the HTTP
    // layer's own retries quick); an empty method lifts the plan.
    static bool failWrites(sandbox::HttpSandbox &server, const QString &method, const QString &path)
    {
        if (method.isEmpty()) {
            server.setFaultPlan(sandbox::FaultPlan());
            return true;
        }
        QString error;
        const auto plan = sandbox::FaultPlan::parse(
            QStringLiteral(R"({"seed": 1, "rules": [{"method": "%1", "path": "%2", "fault": "503",
                "retryAfter": "0.01"}]})")
                .arg(method, path)
                .toUtf8(),
            &error);
        if (!plan)
            qWarning() << error;
        else
            server.setFaultPlan(*plan);
        return plan.has_value();
    }

    QList<queue::FailedMessage> openFailures()
    {
        testsupport::FakeClock clock;
        queue::FailedMessageQueue q(*m_journal, clock);
        queue::MessageFilter f;
        f.states = {queue::MessageState::Waiting, queue::MessageState::Retrying, queue::MessageState::Parked};
        auto rows = q.list(f, 0, 1000);
        QList<queue::FailedMessage> out;
        for (const queue::FailedMessage &row : rows.ok() ? rows.value() : QList<queue::FailedMessage>()) {
            auto whole = q.get(row.id); // lists leave the item ids and the snapshot out
            if (whole.ok())
                out.append(whole.value());
        }
        return out;
    }

    // One retry pass as `cxsync sync` starts it, at `clock`'s time.
    queue::DrainReport retryPass(Clock &clock)
    {
        SyncRetries retries(*m_connections, *m_journal, clock, SyncRunOptions::fromSettings(m_world->settings()));
        std::optional<queue::DrainReport> report;
        retries.runDue([&report](const queue::DrainReport &r) { report = r; });
        QElapsedTimer t;
        t.start();
        while (!report && t.elapsed() < 60000)
            QTest::qWait(5);
        return report.value_or(queue::DrainReport{});
    }

    QJsonObject outlookEvent(const Person &p, const QString &subject, const QDateTime &start)
    {
        const auto at = [](const QDateTime &t) {
            return QJsonObject{{QStringLiteral("dateTime"), t.toString(QStringLiteral("yyyy-MM-ddTHH:00:00"))},
                               {QStringLiteral("timeZone"), QStringLiteral("UTC")}};
        };
        return m_world->graph().createEvent(p.mailbox, QJsonObject{{QStringLiteral("subject"), subject},
                                                                   {QStringLiteral("start"), at(start)},
                                                                   {QStringLiteral("end"), at(start.addSecs(3600))}});
    }

    QList<QJsonObject> commsWithSubject(const QString &subject)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : m_world->crm().communications(false)) {
            if (v.toObject().value(QStringLiteral("Comm_Subject")).toString() == subject)
                out.append(v.toObject());
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_groupItems = 0;
        m_world = std::make_unique<UserSyncWorld>(12);
        QVERIFY2(m_world->ok(), qPrintable(m_world->error()));
        m_connections = m_world->connect();
        m_journal = m_world->openJournal();
        QVERIFY(m_connections && m_journal);
        users::UserSync userSync(m_connections->crm(), *m_connections->exchange(), *m_journal, m_world->clock(),
                                 users::UserSync::matchOptions(m_world->settings(),
                                                               m_connections->exchangeServerNames()));
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
        // the run reads the records its Outlook changes touch by id, several in one query
        rule.path = QRegularExpression(QStringLiteral("Communication$"));
        rule.query = QRegularExpression(QStringLiteral("Comm_CommunicationId in \\([^)]*\\b%1\\b").arg(id));
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

    // A run plans and writes its mailboxes in groups (issue 20: what it holds is bounded by a group); here every
    // mailbox is a group of its own. A meeting made in Outlook by the third user, inviting the first two, is
    // seen first in the attendees' mailboxes: the group that takes it holds every copy (its group is closed over
    // the meeting), so it is one communication, owned by the organizer, with a link per mailbox. CRM
    // appointments of two linked users are created, and cancelled, once.
    void groupsOfOneMailbox()
    {
        const Person &a = m_people.at(0), &b = m_people.at(1), &c = m_people.at(2);
        m_groupItems = 1;
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(3);
        const QJsonObject created = m_world->graph().createEvent(
            c.mailbox,
            QJsonObject{{QStringLiteral("subject"), QStringLiteral("Organized by the third")},
                        {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                                                              {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
                        {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), start.addSecs(1800).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                                                            {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
                        {QStringLiteral("attendees"),
                         QJsonArray{QJsonObject{{QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), a.address}}}},
                                    QJsonObject{{QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), b.address}}}}}}});
        QVERIFY2(created.contains(QStringLiteral("id")), QJsonDocument(created).toJson().constData());
        const QString crmMeeting = createComm(QStringLiteral("Two linked users"), start.addDays(1), a, {b});
        QVERIFY(!crmMeeting.isEmpty());
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QCOMPARE(r.done.crmCreates, 1);
        QCOMPARE(r.done.exchangeCreates, 1);
        const QList<QJsonObject> comms = commsWithSubject(QStringLiteral("Organized by the third"));
        QCOMPARE(comms.size(), 1);
        QCOMPARE(comms.first().value(QStringLiteral("Comm_UserId")).toVariant().toString(), c.crmId);
        const QString commId = comms.first().value(QStringLiteral("Comm_CommunicationId")).toVariant().toString();
        QCOMPARE(eventsWithSubject(a.mailbox, QStringLiteral("Two linked users")).size(), 1);
        QCOMPARE(eventsWithSubject(b.mailbox, QStringLiteral("Two linked users")).size(), 1);
        const SyncReport again = sync();
        QVERIFY2(again.ok(), qPrintable(again.failures.join(QLatin1Char('\n')) + again.error));
        QCOMPARE(again.done.crmCreates + again.done.exchangeCreates + again.done.crmUpdates +
                     again.done.exchangeUpdates,
                 0);
        int rows = 0, crmRows = 0;
        for (const ItemLink &l : links()) {
            rows += l.crmCommId == commId ? 1 : 0;
            crmRows += l.crmCommId == crmMeeting ? 1 : 0;
        }
        QCOMPARE(rows, 3);
        QCOMPARE(crmRows, 2);
        QVERIFY(m_world->crm().updateCommunication(
            crmMeeting, QJsonObject{{QStringLiteral("Comm_Status"), QStringLiteral("Cancelled")}}));
        const SyncReport cancelled = sync();
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.failures.join(QLatin1Char('\n')) + cancelled.error));
        QCOMPARE(cancelled.done.cancellations, 1);
        QCOMPARE(eventsWithSubject(a.mailbox, QStringLiteral("Two linked users")).size(), 0);
        QVERIFY(sync().ok());
        QCOMPARE(commsWithSubject(QStringLiteral("Organized by the third")).size(), 1);
        QCOMPARE(disagreement(), QString());
    }

    // A run for one attendee only (the service after a notification from that mailbox) sees a meeting before the
    // organizer's mailbox is read: the communication still belongs to the organizer, and the organizer's own
    // later run links to it instead of creating a second one.
    void meetingFirstSeenByAnAttendeeBelongsToTheOrganizer()
    {
        const Person &a = m_people.at(0), &b = m_people.at(1);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(4);
        const QJsonObject created = m_world->graph().createEvent(
            a.mailbox,
            QJsonObject{{QStringLiteral("subject"), QStringLiteral("Seen by the attendee first")},
                        {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                                                              {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
                        {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), start.addSecs(1800).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))},
                                                            {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
                        {QStringLiteral("attendees"),
                         QJsonArray{QJsonObject{{QStringLiteral("emailAddress"), QJsonObject{{QStringLiteral("address"), b.address}}}}}}});
        QVERIFY(created.contains(QStringLiteral("id")));
        SyncRunOptions attendeeOnly;
        attendeeOnly.user = b.address;
        const SyncReport r = sync(attendeeOnly);
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        const QList<QJsonObject> comms = commsWithSubject(QStringLiteral("Seen by the attendee first"));
        QCOMPARE(comms.size(), 1);
        QCOMPARE(comms.first().value(QStringLiteral("Comm_UserId")).toVariant().toString(), a.crmId);
        QVERIFY(sync().ok()); // everyone: the organizer's item joins the same communication
        QCOMPARE(commsWithSubject(QStringLiteral("Seen by the attendee first")).size(), 1);
        const QString commId = comms.first().value(QStringLiteral("Comm_CommunicationId")).toVariant().toString();
        int rows = 0;
        for (const ItemLink &l : links())
            rows += l.crmCommId == commId ? 1 : 0;
        QCOMPARE(rows, 2);
        QCOMPARE(disagreement(), QString());
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
            connect(engine.get(), &CalendarSync::writeStarted, this,
                    [&](const QString &, const QString &kind, const QString &) {
                        if (kind == QLatin1String("exchange-create"))
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
        QTest::addColumn<bool>("mailboxRun");
        QTest::newRow("CRM wins") << int(ConflictPolicy::CrmWins) << "from CRM" << false;
        QTest::newRow("Exchange wins") << int(ConflictPolicy::ExchangeWins) << "from Outlook" << false;
        // the service's run after a notification reads the mailbox only, not the CRM feed: the conflict is
        // still seen (from the record the run reads) and decided the same way
        QTest::newRow("CRM wins, mailbox run") << int(ConflictPolicy::CrmWins) << "from CRM" << true;
        QTest::newRow("Exchange wins, mailbox run") << int(ConflictPolicy::ExchangeWins) << "from Outlook" << true;
    }
    void conflictPolicies()
    {
        QFETCH(int, policy);
        QFETCH(QString, winner);
        QFETCH(bool, mailboxRun);
        const Person &a = m_people.at(0);
        const QString id = createComm(QStringLiteral("Both"), QDateTime::currentDateTimeUtc().addDays(2), a, {});
        QVERIFY(sync().ok());
        const QJsonObject e = eventsWithSubject(a.mailbox, QStringLiteral("Both")).value(0);
        QVERIFY(m_world->crm().updateCommunication(id, QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("Both from CRM")}}));
        QVERIFY(m_world->graph().updateEvent(a.mailbox, e.value(QStringLiteral("id")).toString(),
                                             QJsonObject{{QStringLiteral("subject"), QStringLiteral("Both from Outlook")}}));
        SyncRunOptions o;
        o.policy = ConflictPolicy(policy);
        if (mailboxRun) {
            o.user = a.address;
            o.readCrmFeed = false;
        }
        const SyncReport r = sync(o);
        o.user.clear();
        o.readCrmFeed = true;
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

    // Issue 20: the service's run after a notification reads that mailbox and nothing else. With nothing new
    // in it the CRM is not asked anything; a CRM change waiting in the feed is the CRM poll's (the feed's
    // watermark does not move), and a change in the mailbox reads only its own record.
    void mailboxRunReadsTheMailboxOnly()
    {
        const Person &a = m_people.at(0);
        const Person &b = m_people.at(1);
        const QString waiting = createComm(QStringLiteral("Waits for the CRM poll"),
                                           QDateTime::currentDateTimeUtc().addDays(3), b, {});
        QVERIFY(!waiting.isEmpty());
        qint64 crmRequests = 0;
        QStringList crmPaths;
        connect(&m_world->crm().http(), &sandbox::HttpSandbox::served, this,
                [&](const QString &method, const QString &path, int) {
                    ++crmRequests;
                    crmPaths.append(method + QLatin1Char(' ') + path);
                });
        SyncRunOptions o;
        o.user = a.address;
        o.readCrmFeed = false;
        SyncReport r = sync(o);
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QVERIFY2(crmRequests == 0, qPrintable(crmPaths.join(QStringLiteral(", "))));
        QCOMPARE(eventsWithSubject(b.mailbox, QStringLiteral("Waits for the CRM poll")).size(), 0);

        // an Outlook edit of a linked item: its record is read (one query and its links), nothing else
        const QString id = createComm(QStringLiteral("Edited in Outlook"), QDateTime::currentDateTimeUtc().addDays(4), a, {});
        QVERIFY(sync().ok());
        const QJsonObject e = eventsWithSubject(a.mailbox, QStringLiteral("Edited in Outlook")).value(0);
        QVERIFY(m_world->graph().updateEvent(a.mailbox, e.value(QStringLiteral("id")).toString(),
                                             QJsonObject{{QStringLiteral("subject"), QStringLiteral("Edited in Outlook 2")}}));
        const QString later = createComm(QStringLiteral("Also waits"), QDateTime::currentDateTimeUtc().addDays(5), b, {});
        crmRequests = 0;
        crmPaths.clear();
        r = sync(o);
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QCOMPARE(r.done.crmUpdates, 1);
        QCOMPARE(comm(id).value(QStringLiteral("Comm_Subject")).toString(), QStringLiteral("Edited in Outlook 2"));
        QCOMPARE(eventsWithSubject(b.mailbox, QStringLiteral("Also waits")).size(), 0);
        QVERIFY2(crmRequests <= 5, qPrintable(crmPaths.join(QStringLiteral(", "))));

        // the CRM poll (a full run here) still finds both waiting records: the watermark did not move
        QVERIFY(sync().ok());
        QCOMPARE(eventsWithSubject(b.mailbox, QStringLiteral("Waits for the CRM poll")).size(), 1);
        QCOMPARE(eventsWithSubject(b.mailbox, QStringLiteral("Also waits")).size(), 1);
        QVERIFY(!later.isEmpty());
        QCOMPARE(disagreement(), QString());
    }

    // Issue 8: the CRM refuses writes during a sync → the Outlook change waits in the failed-message queue
    // (not lost, not staged forever) → retried at growing intervals while the CRM stays down → applied once
    // the CRM is back, exactly once; the next sync neither duplicates nor echoes it.
    void crmDownQueuesAndDrainsAtGrowingIntervals()
    {
        const Person &a = m_people.at(0);
        const QString subject = QStringLiteral("Queued while the CRM was down");
        QVERIFY(outlookEvent(a, subject, QDateTime::currentDateTimeUtc().addDays(3)).contains(QStringLiteral("id")));
        QVERIFY(failWrites(m_world->crm().http(), QStringLiteral("POST"), QStringLiteral("Communication$")));
        const SyncReport r = sync();
        QCOMPARE(r.failed, 1);
        QCOMPARE(r.queued.size(), 1);
        QVERIFY(commsWithSubject(subject).isEmpty());
        QCOMPARE(SyncJournal(*m_journal).inbox().value().size(), 0); // held by the queue, not by the staging
        QList<queue::FailedMessage> open = openFailures();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().direction, queue::Direction::ExchangeToCrm);
        QCOMPARE(open.first().operation, QStringLiteral("create"));
        QCOMPARE(open.first().subject, subject);
        QCOMPARE(open.first().state, queue::MessageState::Waiting);

        // time moves on an injected clock; the sandboxes stay real
        const queue::RetrySchedule schedule = queue::RetrySchedule::fromSettings(m_world->settings());
        testsupport::FakeClock clock(QDateTime::currentDateTimeUtc());
        QCOMPARE(retryPass(clock).attempted, 0); // not due yet
        QDateTime previous = open.first().lastFailureUtc;
        qint64 previousWait = 0;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const QDateTime due = openFailures().first().nextAttemptUtc;
            QVERIFY(due.isValid());
            const qint64 wait = previous.msecsTo(due);
            // attempt n waits base·2^(n-1), shortened by at most the jitter
            const qint64 nominal = std::min(schedule.capMs, schedule.baseMs << (attempt - 1));
            QVERIFY2(wait <= nominal + 1000 && wait >= qint64(nominal * (1 - schedule.jitter)) - 1000,
                     qPrintable(QStringLiteral("attempt %1 waits %2 ms, nominal %3").arg(attempt).arg(wait).arg(nominal)));
            QVERIFY2(wait > previousWait, "the intervals grow");
            previousWait = wait;
            clock.advance(clock.nowUtc().msecsTo(due) + 1);
            const queue::DrainReport pass = retryPass(clock);
            QCOMPARE(pass.attempted, 1);
            QCOMPARE(pass.waiting, 1);
            previous = clock.nowUtc();
        }
        QVERIFY(commsWithSubject(subject).isEmpty());

        // the CRM is back
        QVERIFY(failWrites(m_world->crm().http(), {}, {}));
        clock.advance(clock.nowUtc().msecsTo(openFailures().first().nextAttemptUtc) + 1);
        const queue::DrainReport back = retryPass(clock);
        QCOMPARE(back.resolved, 1);
        QVERIFY(openFailures().isEmpty());
        QCOMPARE(commsWithSubject(subject).size(), 1);
        const QString commId = commsWithSubject(subject).first().value(QStringLiteral("Comm_CommunicationId")).toVariant().toString();
        int linked = 0;
        for (const ItemLink &l : links())
            linked += l.crmCommId == commId ? 1 : 0;
        QCOMPARE(linked, 1);
        const SyncReport after = sync();
        QVERIFY2(after.ok(), qPrintable(after.failures.join(QLatin1Char('\n')) + after.error));
        QCOMPARE(after.done.crmCreates + after.done.crmUpdates + after.done.exchangeCreates + after.done.exchangeUpdates, 0);
        QCOMPARE(commsWithSubject(subject).size(), 1);
        QCOMPARE(disagreement(), QString());
    }

    // The same for Exchange: a CRM appointment whose mailbox write fails waits, is created once Graph takes
    // writes again (the same transactionId), and the CRM record gets its Exchange id.
    void exchangeDownQueuesAndDrains()
    {
        const Person &a = m_people.at(1);
        QVERIFY(failWrites(m_world->graph().http(), QStringLiteral("POST"), QStringLiteral("/events$")));
        const QString id = createComm(QStringLiteral("Queued while Exchange was down"),
                                      QDateTime::currentDateTimeUtc().addDays(4), a, {});
        const SyncReport r = sync();
        QCOMPARE(r.failed, 1);
        QList<queue::FailedMessage> open = openFailures();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().direction, queue::Direction::CrmToExchange);
        QCOMPARE(open.first().crmItemId, id);
        QVERIFY(eventsWithSubject(a.mailbox, QStringLiteral("Queued while Exchange was down")).isEmpty());
        testsupport::FakeClock clock(QDateTime::currentDateTimeUtc());
        clock.advance(clock.nowUtc().msecsTo(open.first().nextAttemptUtc) + 1);
        QCOMPARE(retryPass(clock).waiting, 1); // still down
        QVERIFY(failWrites(m_world->graph().http(), {}, {}));
        clock.advance(clock.nowUtc().msecsTo(openFailures().first().nextAttemptUtc) + 1);
        QCOMPARE(retryPass(clock).resolved, 1);
        QCOMPARE(eventsWithSubject(a.mailbox, QStringLiteral("Queued while Exchange was down")).size(), 1);
        QVERIFY(!comm(id).value(QStringLiteral("Comm_ExchangeId")).toString().isEmpty());
        const SyncReport after = sync();
        QVERIFY2(after.ok(), qPrintable(after.failures.join(QLatin1Char('\n')) + after.error));
        QCOMPARE(after.done.exchangeCreates, 0);
        QCOMPARE(eventsWithSubject(a.mailbox, QStringLiteral("Queued while Exchange was down")).size(), 1);
        QCOMPARE(disagreement(), QString());
    }

    // A change that waits in the queue and is then overtaken by a newer change the sync applies is settled
    // as superseded, never replayed over the newer one.
    void newerChangeSupersedesWaitingFailure()
    {
        const Person &a = m_people.at(0);
        const QString id = createComm(QStringLiteral("Version 1"), QDateTime::currentDateTimeUtc().addDays(5), a, {});
        QVERIFY(sync().ok());
        QVERIFY(failWrites(m_world->graph().http(), QStringLiteral("PATCH"), QStringLiteral("/events/")));
        QVERIFY(m_world->crm().updateCommunication(id, QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("Version 2")}}));
        QCOMPARE(sync().failed, 1);
        QCOMPARE(openFailures().size(), 1);
        QVERIFY(failWrites(m_world->graph().http(), {}, {}));
        QVERIFY(m_world->crm().updateCommunication(id, QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("Version 3")}}));
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(r.failures.join(QLatin1Char('\n')) + r.error));
        QVERIFY(openFailures().isEmpty());
        testsupport::FakeClock clock(QDateTime::currentDateTimeUtc().addDays(1));
        QCOMPARE(retryPass(clock).attempted, 0); // nothing left to replay
        QCOMPARE(eventsWithSubject(a.mailbox, QStringLiteral("Version 3")).size(), 1);
        QCOMPARE(eventsWithSubject(a.mailbox, QStringLiteral("Version 2")).size(), 0);
        QCOMPARE(disagreement(), QString());
    }

    // A permanent error (the mailbox is not enabled for REST) parks the write at once: it waits for the admin,
    // and the digest counts it.
    void permanentErrorParks()
    {
        const Person &a = m_people.at(2);
        m_world->graph().setMailboxInactive(a.mailbox, true);
        createComm(QStringLiteral("Into an inactive mailbox"), QDateTime::currentDateTimeUtc().addDays(2), a, {});
        const SyncReport r = sync();
        QVERIFY(r.failed >= 1);
        bool parked = false;
        for (const queue::FailedMessage &m : openFailures())
            parked = parked || (m.subject == QStringLiteral("Into an inactive mailbox") &&
                                m.state == queue::MessageState::Parked);
        QVERIFY(parked);
        testsupport::FakeClock clock(QDateTime::currentDateTimeUtc().addDays(2));
        QCOMPARE(retryPass(clock).attempted, 0); // parked rows are not retried on their own
        m_world->graph().setMailboxInactive(a.mailbox, false);
    }

    // The journal refusing writes from its i-th write of a sync on (a full disk, a lock held elsewhere), for
    // every i the run has: nothing is lost — the next `cxsync sync` (retry pass, then a run) reaches the state
    // a clean run reaches, with no duplicates.
    void journalFailingFromEveryWriteLosesNothing()
    {
        QSqlDatabase db = m_journal->database();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE test_writes (n INTEGER, fail_at INTEGER)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO test_writes VALUES (0, 0)")));
        const QStringList tables{QStringLiteral("item_links"), QStringLiteral("sync_inbox"),
                                 QStringLiteral("outbox"), QStringLiteral("sync_cursors"),
                                 QStringLiteral("failed_messages"), QStringLiteral("failed_message_events"),
                                 QStringLiteral("transaction_log")};
        for (const QString &t : tables) {
            for (const QString &op : {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
                QVERIFY2(q.exec(QStringLiteral("CREATE TEMP TRIGGER test_w_%1_%2 BEFORE %2 ON main.%1 BEGIN"
                                               " UPDATE test_writes SET n = n + 1;"
                                               " SELECT RAISE(ABORT, 'injected journal failure') WHERE"
                                               " (SELECT fail_at FROM test_writes) > 0 AND"
                                               " (SELECT n FROM test_writes) >= (SELECT fail_at FROM test_writes);"
                                               " END")
                                    .arg(t, op)),
                         qPrintable(q.lastError().text()));
            }
        }
        const auto armed = [&](int failAt) {
            QSqlQuery u(db);
            return u.exec(QStringLiteral("UPDATE test_writes SET n = 0, fail_at = %1").arg(failAt));
        };
        const auto writesSoFar = [&] {
            QSqlQuery u(db);
            return u.exec(QStringLiteral("SELECT n FROM test_writes")) && u.next() ? u.value(0).toInt() : -1;
        };
        int round = 0;
        // A round: a CRM appointment, an Outlook appointment, an Outlook edit of the previous round's item.
        QString previousOutlookId;
        const Person &a = m_people.at(0), &b = m_people.at(1);
        const auto makeChanges = [&](int n) {
            const QDateTime start = QDateTime::currentDateTimeUtc().addDays(1 + n % 20);
            createComm(QStringLiteral("CRM round %1").arg(n), start, a, {});
            const QJsonObject e = outlookEvent(b, QStringLiteral("Outlook round %1").arg(n), start.addSecs(7200));
            if (!previousOutlookId.isEmpty())
                m_world->graph().updateEvent(b.mailbox, previousOutlookId,
                                             QJsonObject{{QStringLiteral("subject"),
                                                          QStringLiteral("Outlook round %1 edited").arg(n - 1)}});
            previousOutlookId = e.value(QStringLiteral("id")).toString();
        };
        const auto check = [&](int n) -> QString {
            if (eventsWithSubject(a.mailbox, QStringLiteral("CRM round %1").arg(n)).size() != 1)
                return QStringLiteral("round %1: the CRM appointment is not in Outlook exactly once").arg(n);
            if (commsWithSubject(QStringLiteral("Outlook round %1").arg(n)).size() != 1)
                return QStringLiteral("round %1: the Outlook appointment is not in the CRM exactly once").arg(n);
            if (n > 0 && commsWithSubject(QStringLiteral("Outlook round %1 edited").arg(n - 1)).size() != 1)
                return QStringLiteral("round %1: the Outlook edit did not reach the CRM").arg(n);
            return disagreement();
        };
        // how many journal writes one round's run makes
        makeChanges(round);
        QVERIFY(armed(0));
        QVERIFY(sync().ok());
        const int writes = writesSoFar();
        QVERIFY2(writes >= 8, qPrintable(QString::number(writes)));
        qInfo("a round's run makes %d journal writes; failing from each of them in turn", writes);
        QCOMPARE(check(round), QString());
        testsupport::FakeClock later(QDateTime::currentDateTimeUtc());
        for (int failAt = 1; failAt <= writes; ++failAt) {
            ++round;
            makeChanges(round);
            QVERIFY(armed(failAt));
            const SyncReport broken = sync();
            QVERIFY2(!broken.ok() || writesSoFar() < failAt,
                     qPrintable(QStringLiteral("write %1 of %2 failed unnoticed").arg(failAt).arg(writes)));
            QVERIFY(armed(0));
            // the next `cxsync sync`: due retries first (an hour later), then the run
            later.advance(3600 * 1000);
            const queue::DrainReport retried = retryPass(later);
            QVERIFY2(retried.problems.isEmpty(), qPrintable(retried.problems.join(QLatin1Char('\n'))));
            const SyncReport next = sync();
            QVERIFY2(next.ok(), qPrintable(QStringLiteral("after failing from write %1: ").arg(failAt) +
                                           next.failures.join(QLatin1Char('\n')) + next.error));
            QVERIFY2(check(round).isEmpty(),
                     qPrintable(QStringLiteral("after failing from write %1 of %2: %3").arg(failAt).arg(writes).arg(check(round))));
        }
        QVERIFY(openFailures().isEmpty());
    }

};

QTEST_GUILESS_MAIN(TestCalendarSync)
#include "tst_calendar_sync.moc"
