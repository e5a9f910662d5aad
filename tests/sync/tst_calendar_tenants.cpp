// Calendar synchronization with two Exchange Online tenants in one profile (seed chapter 5), end to end: one
// Sage CRM sandbox and two Graph sandboxes on their own loopback ports (tenant B is the additional server
// "emea"), users linked by a real user sync, the engine run in this process. Each mailbox's reads, writes and
// subscriptions must go to its own tenant: CRM appointments land in the right tenant's mailbox and nowhere
// else, Outlook items made on B reach the CRM, a meeting across the tenants is written once, and a second run
// writes nothing. Items are counted in every mailbox of both sandboxes.
#include "FakeClock.h"
#include "FaultPlan.h"
#include "GraphSubscriptions.h"
#include "HttpSandbox.h"
#include "CalendarRunSupport.h"
#include "UserSyncWorld.h"
#include "exchange/graph/GraphConnector.h"
#include "hooks/NotificationInbox.h"
#include "hooks/NotificationListener.h"
#include "hooks/SubscriptionManager.h"
#include "queue/FailedMessageQueue.h"
#include "sync/CalendarSync.h"
#include "sync/SyncJournal.h"
#include "sync/SyncRetries.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace cxsync;
using namespace cxsync::sync;
using namespace cxsync::testsupport;

namespace {

constexpr int kUsers = 16;

struct Person {
    QString crmId;
    QString mailbox; // Graph id
    QString address; // lower case
    bool onB = false;
};

} // namespace

class TestCalendarTenants final : public QObject {
    Q_OBJECT

    std::unique_ptr<TwoTenantWorld> m_world;
    std::unique_ptr<Connections> m_connections;
    std::unique_ptr<Journal> m_journal;
    QList<Person> m_onA;
    QList<Person> m_onB;

    sandbox::GraphSandbox &graphOf(const Person &p) { return p.onB ? m_world->graphB() : m_world->graphA(); }

    SyncReport sync()
    {
        return runCalendarSync(*m_connections, *m_journal, m_world->clock(), m_world->settings());
    }
    static int writes(const SyncCounts &c) { return writesOf(c); }

    QString createComm(const QString &subject, const QDateTime &start, const Person &owner,
                       const QList<Person> &others = {})
    {
        QStringList ids;
        for (const Person &p : others)
            ids.append(p.crmId);
        return createMeeting(m_world->crm(), subject, start, owner.crmId, ids);
    }
    QJsonObject outlookEvent(const Person &p, const QString &subject, const QDateTime &start,
                             const QList<Person> &attendees = {})
    {
        QStringList invited;
        for (const Person &a : attendees)
            invited.append(a.address);
        return graphOf(p).createEvent(p.mailbox, outlookEventBody(subject, start, invited));
    }

    // Every item with this subject in every mailbox of both tenants, as "A:<address>" / "B:<address>".
    QStringList whereIs(const QString &subject)
    {
        return testsupport::whereIs(
            {{QStringLiteral("A"), &m_world->graphA()}, {QStringLiteral("B"), &m_world->graphB()}}, subject);
    }
    QList<QJsonObject> eventsWithSubject(const Person &p, const QString &subject)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : graphOf(p).events(p.mailbox)) {
            if (text(v.toObject(), "subject") == subject)
                out.append(v.toObject());
        }
        return out;
    }
    QList<QJsonObject> commsWithSubject(const QString &subject)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : m_world->crm().communications(false)) {
            if (text(v.toObject(), "Comm_Subject") == subject)
                out.append(v.toObject());
        }
        return out;
    }
    QStringList linkedUsersOf(const QString &commId)
    {
        QStringList out;
        for (const QJsonValue &v : m_world->crm().commLinks()) {
            if (text(v.toObject(), "CmLi_Comm_CommunicationId") == commId)
                out.append(text(v.toObject(), "CmLi_Comm_UserId"));
        }
        out.sort();
        out.removeDuplicates();
        return out;
    }
    QList<ItemLink> linksOf(const QString &commId)
    {
        QList<ItemLink> out;
        const auto all = SyncJournal(*m_journal).links();
        for (const ItemLink &l : all.ok() ? all.value() : QList<ItemLink>()) {
            if (l.crmCommId == commId)
                out.append(l);
        }
        return out;
    }

    // Nothing twice, nothing dangling: one live communication per meeting, one item per meeting per mailbox
    // (in both tenants), every journal link pointing at an item in its own tenant's mailbox and at a live
    // communication. Returns every problem.
    QStringList duplicatesAndBrokenLinks()
    {
        QStringList problems;
        QHash<QString, int> commsByUid;
        QSet<QString> live;
        for (const QJsonValue &v : m_world->crm().communications(false)) {
            live.insert(text(v.toObject(), "Comm_CommunicationId"));
            if (!text(v.toObject(), "Comm_ExchangeId").isEmpty())
                commsByUid[text(v.toObject(), "Comm_ExchangeId")] += 1;
        }
        for (auto it = commsByUid.cbegin(); it != commsByUid.cend(); ++it) {
            if (it.value() > 1)
                problems.append(
                    QStringLiteral("%1 communications for meeting %2").arg(it.value()).arg(it.key()));
        }
        QHash<QString, QSet<QString>> itemsByMailbox; // mailbox id -> item ids, across both tenants
        for (sandbox::GraphSandbox *graph : {&m_world->graphA(), &m_world->graphB()}) {
            for (const QJsonValue &user : graph->users()) {
                const QString id = user.toObject().value(QStringLiteral("id")).toString();
                QHash<QString, int> byUid;
                for (const QJsonValue &e : graph->events(id)) {
                    itemsByMailbox[id].insert(text(e.toObject(), "id"));
                    if (!e.toObject().value(QStringLiteral("isCancelled")).toBool())
                        byUid[text(e.toObject(), "iCalUId")] += 1;
                }
                for (auto it = byUid.cbegin(); it != byUid.cend(); ++it) {
                    if (it.value() > 1)
                        problems.append(QStringLiteral("%1: %2 items of meeting %3")
                                            .arg(user.toObject().value(QStringLiteral("mail")).toString())
                                            .arg(it.value())
                                            .arg(it.key()));
                }
            }
        }
        QSet<QString> seen;
        const auto links = SyncJournal(*m_journal).links();
        for (const ItemLink &l : links.ok() ? links.value() : QList<ItemLink>()) {
            const QString key = l.mailbox + QLatin1Char('|') + l.exchangeItemId;
            if (seen.contains(key))
                problems.append(QStringLiteral("item %1 linked twice").arg(key));
            seen.insert(key);
            if (!itemsByMailbox.value(l.mailbox).contains(l.exchangeItemId))
                problems.append(QStringLiteral("link to missing item %1").arg(key));
            if (!live.contains(l.crmCommId))
                problems.append(
                    QStringLiteral("link to deleted or missing communication %1").arg(l.crmCommId));
        }
        return problems;
    }

private Q_SLOTS:
    void init()
    {
        m_world = std::make_unique<TwoTenantWorld>(kUsers);
        QVERIFY2(m_world->ok(), qPrintable(m_world->error()));
        m_connections = m_world->connect();
        m_journal = m_world->openJournal();
        QVERIFY(m_connections && m_journal);
        UserSyncRun users(*m_connections, *m_journal, m_world->clock(), m_world->settings());
        const Result<users::UserSyncPlan> plan = users.plan();
        QVERIFY2(plan.ok(), why(plan).constData());
        const std::optional<users::UserSyncReport> applied = users.apply(plan.value());
        QVERIFY(applied && applied->ok());
        m_onA.clear();
        m_onB.clear();
        const auto links = users::UserLinkStore(*m_journal).all(); // kept: value() of a temporary dangles
        QVERIFY(links.ok());
        for (const users::UserLink &l : links.value()) {
            if (l.state != users::LinkState::Linked)
                continue;
            QVERIFY2(l.exchangeServer == m_world->serverA() || l.exchangeServer == m_world->serverB(),
                     qPrintable(l.exchangeServer));
            const bool onB = l.exchangeServer == m_world->serverB();
            (onB ? m_onB : m_onA).append(Person{l.crmUserId, l.exchangeUserId, l.mailbox.toLower(), onB});
        }
        QVERIFY2(m_onA.size() >= 2 && m_onB.size() >= 2,
                 qPrintable(QStringLiteral("linked on A %1, on B %2").arg(m_onA.size()).arg(m_onB.size())));
        // The first run reads both tenants' mailboxes from the beginning.
        const SyncReport first = sync();
        QVERIFY2(first.ok(), qPrintable(failuresOf(first)));
        QCOMPARE(first.mailboxes, int(m_onA.size() + m_onB.size()));
    }
    void cleanup()
    {
        m_connections.reset();
        m_journal.reset();
        m_world.reset();
    }

    void crmAppointmentsLandInTheirOwnTenant()
    {
        const Person &a = m_onA.at(0), &b = m_onB.at(0);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(3);
        const QString forA = createComm(QStringLiteral("Budget review (A)"), start, a);
        const QString forB = createComm(QStringLiteral("Site visit (B)"), start.addSecs(7200), b);
        QVERIFY(!forA.isEmpty() && !forB.isEmpty());
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(failuresOf(r)));
        QCOMPARE(r.done.exchangeCreates, 2);
        // Each in its owner's mailbox on the owner's tenant, and nowhere else.
        QCOMPARE(whereIs(QStringLiteral("Budget review (A)")), QStringList{QStringLiteral("A:") + a.address});
        QCOMPARE(whereIs(QStringLiteral("Site visit (B)")), QStringList{QStringLiteral("B:") + b.address});
        const QJsonObject itemB = eventsWithSubject(b, QStringLiteral("Site visit (B)")).value(0);
        const QList<ItemLink> linkB = linksOf(forB);
        QCOMPARE(linkB.size(), 1);
        QCOMPARE(linkB.first().mailbox, b.mailbox);
        QCOMPARE(linkB.first().exchangeItemId, text(itemB, "id"));
        QCOMPARE(text(commsWithSubject(QStringLiteral("Site visit (B)")).value(0), "Comm_ExchangeId"),
                 text(itemB, "iCalUId"));

        // B's item edited in the CRM: the update goes to tenant B.
        QVERIFY(m_world->crm().updateCommunication(
            forB, QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("Site visit (B), moved")}}));
        const SyncReport edited = sync();
        QVERIFY2(edited.ok(), qPrintable(failuresOf(edited)));
        QCOMPARE(edited.done.exchangeUpdates, 1);
        QCOMPARE(whereIs(QStringLiteral("Site visit (B), moved")),
                 QStringList{QStringLiteral("B:") + b.address});
        QCOMPARE(whereIs(QStringLiteral("Site visit (B)")), QStringList());

        // A run with nothing new writes nothing, on either side.
        const SyncReport quiet = sync();
        QVERIFY2(quiet.ok(), qPrintable(failuresOf(quiet)));
        QCOMPARE(writes(quiet.done), 0);
        QCOMPARE(duplicatesAndBrokenLinks(), QStringList());
    }

    void outlookItemsOnBReachTheCrm()
    {
        const Person &a = m_onA.at(0), &b = m_onB.at(1);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(4);
        const QJsonObject madeOnB = outlookEvent(b, QStringLiteral("Call with Fabrikam"), start);
        QVERIFY2(madeOnB.contains(QStringLiteral("id")), QJsonDocument(madeOnB).toJson().constData());
        const QJsonObject madeOnA = outlookEvent(a, QStringLiteral("Call with Contoso"), start);
        QVERIFY2(madeOnA.contains(QStringLiteral("id")), QJsonDocument(madeOnA).toJson().constData());
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(failuresOf(r)));
        QCOMPARE(r.done.crmCreates, 2);
        const QList<QJsonObject> fromB = commsWithSubject(QStringLiteral("Call with Fabrikam"));
        QCOMPARE(fromB.size(), 1);
        QCOMPARE(text(fromB.first(), "Comm_UserId"), b.crmId);
        QCOMPARE(text(fromB.first(), "Comm_ExchangeId"), text(madeOnB, "iCalUId"));
        const QList<ItemLink> rows = linksOf(text(fromB.first(), "Comm_CommunicationId"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().mailbox, b.mailbox);
        QCOMPARE(rows.first().exchangeItemId, text(madeOnB, "id"));
        QCOMPARE(text(commsWithSubject(QStringLiteral("Call with Contoso")).value(0), "Comm_UserId"),
                 a.crmId);

        const SyncReport quiet = sync();
        QVERIFY2(quiet.ok(), qPrintable(failuresOf(quiet)));
        QCOMPARE(writes(quiet.done), 0);

        // Changed and then deleted in B's Outlook: the CRM follows.
        QVERIFY(m_world->graphB().updateEvent(
            b.mailbox, text(madeOnB, "id"),
            QJsonObject{{QStringLiteral("subject"), QStringLiteral("Call with Fabrikam (2)")}}));
        const SyncReport changed = sync();
        QVERIFY2(changed.ok(), qPrintable(failuresOf(changed)));
        QCOMPARE(changed.done.crmUpdates, 1);
        QCOMPARE(commsWithSubject(QStringLiteral("Call with Fabrikam (2)")).size(), 1);
        QVERIFY(m_world->graphB().deleteEvent(b.mailbox, text(madeOnB, "id")));
        const SyncReport deleted = sync();
        QVERIFY2(deleted.ok(), qPrintable(failuresOf(deleted)));
        QCOMPARE(deleted.done.crmDeletes, 1);
        QCOMPARE(commsWithSubject(QStringLiteral("Call with Fabrikam (2)")).size(), 0);
        QCOMPARE(whereIs(QStringLiteral("Call with Contoso")), QStringList{QStringLiteral("A:") + a.address});
        QCOMPARE(duplicatesAndBrokenLinks(), QStringList());
    }

    void meetingAcrossTheTenantsIsWrittenOnce()
    {
        const Person &a = m_onA.at(0), &b = m_onB.at(0), &a2 = m_onA.at(1);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(5);
        // Organized in the CRM by a user on A, with a user on B and another on A.
        const QString id = createComm(QStringLiteral("Joint planning"), start, a, {b, a2});
        QVERIFY(!id.isEmpty());
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(failuresOf(r)));
        QCOMPARE(r.done.exchangeCreates, 1);
        QCOMPARE(r.done.invitations, 2);
        // The organizer's item on A invites both; A's own attendee gets A's copy. B's copy would come by
        // mail between the tenants (not simulated here): the engine must not write one of its own.
        QCOMPARE(whereIs(QStringLiteral("Joint planning")),
                 (QStringList{QStringLiteral("A:") + a.address, QStringLiteral("A:") + a2.address}));
        const QJsonObject organizer = eventsWithSubject(a, QStringLiteral("Joint planning")).value(0);
        QStringList attendees;
        for (const QJsonValue &v : organizer.value(QStringLiteral("attendees")).toArray())
            attendees.append(v.toObject()
                                 .value(QStringLiteral("emailAddress"))
                                 .toObject()
                                 .value(QStringLiteral("address"))
                                 .toString()
                                 .toLower());
        attendees.sort();
        QStringList expected{b.address, a2.address};
        expected.sort();
        QCOMPARE(attendees, expected);

        for (int run = 0; run < 2; ++run) {
            const SyncReport again = sync();
            QVERIFY2(again.ok(), qPrintable(failuresOf(again)));
            QCOMPARE(again.done.exchangeCreates + again.done.crmCreates + again.done.invitations, 0);
        }
        QCOMPARE(whereIs(QStringLiteral("Joint planning")),
                 (QStringList{QStringLiteral("A:") + a.address, QStringLiteral("A:") + a2.address}));
        QCOMPARE(commsWithSubject(QStringLiteral("Joint planning")).size(), 1);
        QStringList users{a.crmId, b.crmId, a2.crmId};
        users.sort();
        QCOMPARE(linkedUsersOf(id), users);

        // Organized in B's Outlook with a user on A: one communication, both users on it.
        const QJsonObject fromB = outlookEvent(b, QStringLiteral("Tenant B kickoff"), start.addDays(1), {a});
        QVERIFY2(fromB.contains(QStringLiteral("id")), QJsonDocument(fromB).toJson().constData());
        const SyncReport inbound = sync();
        QVERIFY2(inbound.ok(), qPrintable(failuresOf(inbound)));
        QCOMPARE(inbound.done.crmCreates, 1);
        const QList<QJsonObject> kickoff = commsWithSubject(QStringLiteral("Tenant B kickoff"));
        QCOMPARE(kickoff.size(), 1);
        QCOMPARE(text(kickoff.first(), "Comm_UserId"), b.crmId);
        QStringList both{a.crmId, b.crmId};
        both.sort();
        QCOMPARE(linkedUsersOf(text(kickoff.first(), "Comm_CommunicationId")), both);
        QCOMPARE(whereIs(QStringLiteral("Tenant B kickoff")), QStringList{QStringLiteral("B:") + b.address});
        const SyncReport quiet = sync();
        QVERIFY2(quiet.ok(), qPrintable(failuresOf(quiet)));
        QCOMPARE(writes(quiet.done), 0);
        QCOMPARE(duplicatesAndBrokenLinks(), QStringList());
    }

    // A write to a B mailbox that failed waits in the failed-message queue; the retry pass (a fresh process:
    // new connections) sends it to tenant B again, not to the primary.
    void failedWriteOnBIsRetriedOnB()
    {
        const Person &b = m_onB.at(0);
        QString error;
        const auto plan = sandbox::FaultPlan::parse(
            R"({"seed": 1, "rules": [{"method": "POST", "path": "/events$", "fault": "503", "retryAfter": "0.01"}]})",
            &error);
        QVERIFY2(plan, qPrintable(error));
        m_world->graphB().http().setFaultPlan(*plan);
        const QString id =
            createComm(QStringLiteral("Queued for tenant B"), QDateTime::currentDateTimeUtc().addDays(6), b);
        QVERIFY(!id.isEmpty());
        const SyncReport r = sync();
        QCOMPARE(r.failed, 1);
        QCOMPARE(r.queued.size(), 1);
        QCOMPARE(whereIs(QStringLiteral("Queued for tenant B")), QStringList());
        m_world->graphB().http().setFaultPlan(sandbox::FaultPlan());

        std::unique_ptr<Connections> fresh = m_world->connect();
        QVERIFY(fresh);
        testsupport::FakeClock clock(QDateTime::currentDateTimeUtc());
        queue::FailedMessageQueue failures(*m_journal, clock);
        queue::MessageFilter waiting;
        waiting.states = {queue::MessageState::Waiting};
        const auto open = failures.list(waiting, 0, 10);
        QVERIFY(open.ok());
        QCOMPARE(open.value().size(), 1);
        clock.advance(clock.nowUtc().msecsTo(open.value().first().nextAttemptUtc) + 1);
        SyncRetries retries(*fresh, *m_journal, clock, SyncRunOptions::fromSettings(m_world->settings()));
        std::optional<queue::DrainReport> pass;
        retries.runDue([&pass](const queue::DrainReport &report) { pass = report; });
        QVERIFY(QTest::qWaitFor([&pass] { return pass.has_value(); }, 30000));
        QCOMPARE(pass->resolved, 1);
        QCOMPARE(whereIs(QStringLiteral("Queued for tenant B")),
                 QStringList{QStringLiteral("B:") + b.address});
        QVERIFY(!text(commsWithSubject(QStringLiteral("Queued for tenant B")).value(0), "Comm_ExchangeId")
                     .isEmpty());

        const SyncReport after = sync();
        QVERIFY2(after.ok(), qPrintable(failuresOf(after)));
        QCOMPARE(writes(after.done), 0);
        QCOMPARE(whereIs(QStringLiteral("Queued for tenant B")),
                 QStringList{QStringLiteral("B:") + b.address});
        QCOMPARE(duplicatesAndBrokenLinks(), QStringList());
    }

    void subscriptionsLiveOnEachMailboxesTenant()
    {
        NotificationInbox inbox(m_journal.get());
        NotificationListener::Options listenerOptions;
        listenerOptions.path = QStringLiteral("/cxsync/notifications");
        listenerOptions.clientState = QStringLiteral("client-state-0123456789abcdef0123456789");
        NotificationListener listener(&inbox, &m_world->clock(), listenerOptions);
        const auto port = listener.start();
        QVERIFY2(port.ok(), why(port).constData());
        const QString url = QStringLiteral("http://127.0.0.1:%1/cxsync/notifications").arg(port.value());
        for (sandbox::GraphSandbox *graph : {&m_world->graphA(), &m_world->graphB()}) {
            graph->subscriptions().setDuplicateRate(0.0);
            graph->subscriptions().setRetryDelay(100);
        }

        SubscriptionManager::Options options;
        options.notificationUrl = url;
        options.lifecycleUrl = url + QStringLiteral("/lifecycle");
        options.clientState = listenerOptions.clientState;
        Connections *connections = m_connections.get();
        connections->useLinks(*m_journal); // as SyncService and HooksInstaller do
        SubscriptionManager manager(connections->exchange(), m_journal.get(), &m_world->clock(), options);
        auto run = [&](auto call) {
            std::optional<QList<SubscriptionOutcome>> outcomes;
            call([&](QList<SubscriptionOutcome> o) { outcomes = o; });
            if (!QTest::qWaitFor([&] { return outcomes.has_value(); }, 30000))
                qWarning("no outcome within 30 s");
            return outcomes.value_or(QList<SubscriptionOutcome>{});
        };
        QStringList mailboxes;
        for (const Person &p : m_onA + m_onB)
            mailboxes.append(p.mailbox);
        const QList<SubscriptionOutcome> installed =
            run([&](auto done) { manager.install(mailboxes, done); });
        QCOMPARE(installed.size(), mailboxes.size());
        for (const SubscriptionOutcome &o : installed)
            QVERIFY2(o.action == SubscriptionAction::Created,
                     qPrintable(o.mailbox + QLatin1Char(' ') + enumName(o.action) + QLatin1Char(' ') +
                                o.error.message));

        // Each tenant holds exactly its own mailboxes' subscriptions.
        auto subscribed = [](sandbox::GraphSandbox &graph) {
            QStringList out;
            for (const QJsonValue &v : graph.subscriptions().toJson())
                out.append(v.toObject()
                               .value(QStringLiteral("resource"))
                               .toString()
                               .section(QLatin1Char('/'), 2, 2));
            out.sort();
            return out;
        };
        auto ids = [](const QList<Person> &people) {
            QStringList out;
            for (const Person &p : people)
                out.append(p.mailbox);
            out.sort();
            return out;
        };
        QCOMPARE(subscribed(m_world->graphA()), ids(m_onA));
        QCOMPARE(subscribed(m_world->graphB()), ids(m_onB));

        // A change in a B mailbox is pushed by tenant B to the one listener.
        QHash<QString, QString> bySubscription;
        for (const SubscriptionOutcome &o : installed)
            bySubscription.insert(o.record.id, o.mailbox);
        listener.setSubscriptions(bySubscription);
        QSignalSpy queued(&listener, &NotificationListener::changeQueued);
        const Person &b = m_onB.at(0);
        QVERIFY(outlookEvent(b, QStringLiteral("Pushed from B"), QDateTime::currentDateTimeUtc().addDays(1))
                    .contains(QStringLiteral("id")));
        QVERIFY(QTest::qWaitFor([&] { return !queued.isEmpty(); }, 10000));
        QCOMPARE(queued.first().first().toString(), b.mailbox);

        // Installing again keeps them (each checked on its own tenant); removing deletes them there.
        const QList<SubscriptionOutcome> kept = run([&](auto done) { manager.install(mailboxes, done); });
        for (const SubscriptionOutcome &o : kept)
            QVERIFY2(o.action == SubscriptionAction::Kept,
                     qPrintable(o.mailbox + QLatin1Char(' ') + enumName(o.action) + QLatin1Char(' ') +
                                o.error.message));
        const QList<SubscriptionOutcome> removed = run([&](auto done) { manager.removeAll(done); });
        QCOMPARE(removed.size(), mailboxes.size());
        QCOMPARE(m_world->graphA().subscriptions().toJson().size(), 0);
        QCOMPARE(m_world->graphB().subscriptions().toJson().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCalendarTenants)
#include "tst_calendar_tenants.moc"
