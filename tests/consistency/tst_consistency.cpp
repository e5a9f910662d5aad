// Issue 18: the consistency check and its guided repair against the Graph and Sage CRM sandboxes over
// loopback. Each class of inconsistency is seeded in the sandboxes or the journal after a clean sync; the
// check must find it, a dry run must change nothing, the repair must fix it by the engine's rules, and a
// second check must be clean. The CLI's check / repair exit codes are checked against the same world.
#include "CalendarWorld.h"

#include "consistency/ConsistencyChecker.h"
#include "consistency/ConsistencyRepairer.h"
#include "exchange/ExchangeConnector.h"
#include "sync/CalendarPlan.h"

#include <QtTest>

using namespace cxsync;
using namespace cxsync::consistency;
using cxsync::testsupport::CalendarPerson;
using cxsync::testsupport::CalendarWorld;

namespace {

QString wall(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QJsonObject eventJson(const QString &subject, const QDateTime &startUtc, int minutes = 60)
{
    return QJsonObject{
        {QStringLiteral("subject"), subject},
        {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), wall(startUtc)},
                                              {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
        {QStringLiteral("end"),
         QJsonObject{{QStringLiteral("dateTime"), wall(startUtc.addSecs(60LL * minutes))},
                     {QStringLiteral("timeZone"), QStringLiteral("UTC")}}}};
}

} // namespace

class TestConsistency : public QObject {
    Q_OBJECT

    std::unique_ptr<CalendarWorld> m_world;
    std::unique_ptr<Connections> m_connections;
    QDateTime m_base;

    QString appointment(const QString &subject, const QDateTime &startUtc, const QString &ownerCrmId,
                        const QString &exchangeId = {})
    {
        QJsonObject fields{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                           {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                           {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                           {QStringLiteral("Comm_Subject"), subject},
                           {QStringLiteral("Comm_DateTime"), startUtc.toString(Qt::ISODate)},
                           {QStringLiteral("Comm_ToDateTime"), startUtc.addSecs(3600).toString(Qt::ISODate)},
                           {QStringLiteral("Comm_UserId"), ownerCrmId.toInt()}};
        if (!exchangeId.isEmpty())
            fields.insert(QStringLiteral("Comm_ExchangeId"), exchangeId);
        return CalendarWorld::commId(m_world->crm().createCommunication(fields, {ownerCrmId}));
    }

    std::optional<sync::ItemLink> linkOf(const QString &commId)
    {
        for (const sync::ItemLink &l : m_world->links()) {
            if (l.crmCommId == commId)
                return l;
        }
        return std::nullopt;
    }

    QJsonObject eventOf(const QString &mailbox, const QString &subject)
    {
        for (const QJsonObject &e : m_world->events(mailbox)) {
            if (CalendarWorld::text(e, "subject") == subject)
                return e;
        }
        return {};
    }

    QJsonObject communication(const QString &commId)
    {
        for (const QJsonObject &c : m_world->communications(true)) {
            if (CalendarWorld::commId(c) == commId)
                return c;
        }
        return {};
    }

    CheckReport check()
    {
        if (!m_world->openJournal())
            return {};
        ConsistencyChecker checker(*m_connections, m_world->journal(), m_world->clock(),
                                   CheckOptions::fromSettings(m_world->settings()));
        QSignalSpy finished(&checker, &ConsistencyChecker::finished);
        checker.start();
        if (!finished.wait(60000))
            return {};
        m_directory = checker.directory();
        return finished.first().first().value<CheckReport>();
    }

    RepairReport repair(const CheckReport &found, bool dryRun)
    {
        const CheckOptions o = CheckOptions::fromSettings(m_world->settings());
        RepairOptions options;
        options.dryRun = dryRun;
        options.mapping = o.mapping;
        options.policy = o.policy;
        ConsistencyRepairer repairer(*m_connections, m_world->journal(), m_world->clock(), options);
        QSignalSpy finished(&repairer, &ConsistencyRepairer::finished);
        repairer.start(found, m_directory);
        if (!finished.wait(60000))
            return {};
        return finished.first().first().value<RepairReport>();
    }

    static const Finding *find(const CheckReport &r, FindingKind kind, const QString &subject,
                               const QString &side = {})
    {
        for (const Finding &f : r.findings) {
            if (f.kind == kind && f.subject == subject && (side.isEmpty() || f.side == side))
                return &f;
        }
        return nullptr;
    }

    static QString listing(const CheckReport &r)
    {
        QStringList lines{ConsistencyText::summary(r)};
        for (const Finding &f : r.findings)
            lines.append(ConsistencyText::describe(f));
        lines += r.errors;
        if (!r.error.isEmpty())
            lines.append(r.error);
        return lines.join(QLatin1Char('\n'));
    }

    QList<sync::SyncUser> m_directory;

    // A second item of ours for `commId` in `mailbox`, made as the sync makes one: through the connector,
    // with a transaction id that names the communication (Graph transactionId, EWS extended property).
    QString ourExtraItem(const QString &mailbox, const QString &commId, const QString &subject,
                         const QString &salt, const QStringList &attendees = {})
    {
        exchange::ExchangeEvent e;
        e.subject = subject;
        e.startUtc = m_base.addSecs(subject == QLatin1String("Duplicated") ? 4 * 3600 : 0);
        e.endUtc = e.startUtc.addSecs(3600);
        e.timeZone = QStringLiteral("UTC");
        for (const QString &address : attendees)
            e.attendees.append(exchange::ExchangeAttendee{address, QString()});
        const auto made = testsupport::await<exchange::ExchangeEvent>([&](auto done) {
            m_connections->exchange()->createEvent(
                mailbox, e, sync::CalendarPlanner::transactionIdFor(commId, mailbox, salt), done);
        });
        return made.ok() ? made.value().id : QString();
    }

    // Both sandboxes with linked users; `ews`: the mailboxes through the EWS face of the same store.
    void makeWorld(bool ews)
    {
        m_connections.reset();
        m_world.reset();
        CalendarWorld::Options o;
        o.users = 3;
        o.ews = ews;
        m_world = std::make_unique<CalendarWorld>(o);
        QVERIFY2(m_world->ok(), qPrintable(m_world->error()));
        auto made = Connections::create(m_world->settings(), m_world->secrets(), &m_world->clock());
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        m_connections = std::move(made).value();
        m_base = QDateTime(QDate::currentDate().addDays(3), QTime(9, 0), QTimeZone::utc());
    }

    struct Seeded {
        QString orphanItemComm, orphanCrmComm, driftOutlookComm, driftCrmComm, dupComm, dupExtraItem,
            crmDupComm, twinComm, twinItem;
    } m_seed;

private Q_SLOTS:
    void init() { makeWorld(false); }
    void cleanup()
    {
        m_connections.reset();
        m_world.reset();
    }

    // A clean sync leaves nothing to find, and the check reads every item and record.
    void cleanAfterSync()
    {
        const auto &people = m_world->people();
        for (int i = 0; i < 4; ++i)
            QVERIFY(!appointment(QStringLiteral("Clean %1").arg(i), m_base.addDays(i), people.at(i % 2).crmId)
                         .isEmpty());
        QVERIFY(!m_world->graph()
                     .createEvent(people.at(1).mailbox,
                                  eventJson(QStringLiteral("From Outlook"), m_base.addDays(5)))
                     .isEmpty());
        const sync::SyncReport synced = m_world->sync();
        QVERIFY2(synced.ok(), qPrintable(synced.error + synced.failures.join(QLatin1Char('\n'))));
        const CheckReport r = check();
        QVERIFY2(r.clean(), qPrintable(listing(r)));
        QCOMPARE(r.mailboxes, int(people.size()));
        QCOMPARE(r.exchangeItems, 5);
        QCOMPARE(r.crmRecords, 5);
        QCOMPARE(r.links, 5);
    }

    // Every class seeded at once: found, left alone by a dry run, repaired, and then clean; through Graph and
    // through EWS (the check reads and the repair writes through ExchangeConnector only).
    void seededClassesAreFoundAndRepaired_data()
    {
        QTest::addColumn<bool>("ews");
        QTest::newRow("Exchange Online (Graph)") << false;
        QTest::newRow("Exchange Server (EWS)") << true;
    }
    void seededClassesAreFoundAndRepaired()
    {
        QFETCH(bool, ews);
        if (ews)
            makeWorld(true);
        const auto &people = m_world->people();
        const CalendarPerson &alice = people.at(0);
        const CalendarPerson &bob = people.at(1);
        // enough items in alice's calendar that two deletes are within the 20 % safety share
        for (int i = 0; i < 10; ++i)
            QVERIFY(!appointment(QStringLiteral("Filler %1").arg(i), m_base.addDays(10 + i), alice.crmId)
                         .isEmpty());
        m_seed.orphanItemComm = appointment(QStringLiteral("Orphan item"), m_base, alice.crmId);
        m_seed.orphanCrmComm =
            appointment(QStringLiteral("Orphan record"), m_base.addSecs(3600), alice.crmId);
        m_seed.driftOutlookComm =
            appointment(QStringLiteral("Drift Outlook"), m_base.addSecs(7200), alice.crmId);
        m_seed.driftCrmComm = appointment(QStringLiteral("Drift CRM"), m_base.addSecs(3 * 3600), bob.crmId);
        m_seed.dupComm = appointment(QStringLiteral("Duplicated"), m_base.addSecs(4 * 3600), alice.crmId);
        const sync::SyncReport synced = m_world->sync();
        QVERIFY2(synced.ok(), qPrintable(synced.error + synced.failures.join(QLatin1Char('\n'))));
        {
            const CheckReport before = check();
            QVERIFY2(before.clean(), qPrintable(listing(before)));
        }

        // orphan (Exchange side): the linked Outlook item deleted behind the sync's back
        const auto orphanItemLink = linkOf(m_seed.orphanItemComm);
        QVERIFY(orphanItemLink);
        QVERIFY(m_world->graph().deleteEvent(
            alice.mailbox, CalendarWorld::text(eventOf(alice.mailbox, QStringLiteral("Orphan item")), "id")));
        // orphan (CRM side): the linked communication deleted
        QVERIFY(m_world->crm().deleteCommunication(m_seed.orphanCrmComm));
        // drift, Outlook changed: the location differs from the CRM record
        const QString driftItem =
            CalendarWorld::text(eventOf(alice.mailbox, QStringLiteral("Drift Outlook")), "id");
        QVERIFY(m_world->graph().updateEvent(
            alice.mailbox, driftItem,
            QJsonObject{{QStringLiteral("location"),
                         QJsonObject{{QStringLiteral("displayName"), QStringLiteral("Room 7")}}}}));
        // drift, CRM changed: a new subject
        QVERIFY(m_world->crm().updateCommunication(
            m_seed.driftCrmComm,
            QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("Drift CRM renamed")}}));
        // duplicate in Outlook: a second item of ours (our transaction id, salted) for a linked communication
        m_seed.dupExtraItem = ourExtraItem(alice.mailbox, m_seed.dupComm, QStringLiteral("Duplicated"),
                                           QStringLiteral("again"));
        QVERIFY(!m_seed.dupExtraItem.isEmpty());
        // a foreign item with the same subject and start (no transaction id): never ours to delete
        QVERIFY(!m_world->graph()
                     .createEvent(bob.mailbox, eventJson(QStringLiteral("Someone else's"), m_base.addDays(2)))
                     .isEmpty());
        // duplicate in the CRM: a second record carrying the Exchange id of a linked meeting
        const auto dupLink = linkOf(m_seed.dupComm);
        QVERIFY(dupLink && !dupLink->iCalUId.isEmpty());
        m_seed.crmDupComm = appointment(QStringLiteral("Duplicated"), m_base.addSecs(4 * 3600), alice.crmId,
                                        dupLink->iCalUId);
        // unlinked twins: the same subject and start on both sides (journal never saw them)
        m_seed.twinComm = appointment(QStringLiteral("Twin"), m_base.addDays(1), bob.crmId);
        QVERIFY(!m_world->graph()
                     .createEvent(bob.mailbox, eventJson(QStringLiteral("Twin"), m_base.addDays(1)))
                     .isEmpty());
        m_seed.twinItem = m_world->itemIdOf(
            bob.mailbox, eventOf(bob.mailbox, QStringLiteral("Twin"))); // as the connector names it
        QVERIFY(!m_seed.twinItem.isEmpty());

        // ---- the check finds each of them, and nothing else
        const CheckReport found = check();
        const QString list = listing(found);
        QVERIFY2(found.errors.isEmpty() && found.error.isEmpty(), qPrintable(list));
        const Finding *f =
            find(found, FindingKind::Orphan, QStringLiteral("Orphan item"), QStringLiteral("exchange"));
        QVERIFY2(f && f->repair == RepairAction::DropLink, qPrintable(list));
        f = find(found, FindingKind::Orphan, QStringLiteral("Orphan record"), QStringLiteral("crm"));
        QVERIFY2(f && f->repair == RepairAction::DropLink, qPrintable(list));
        f = find(found, FindingKind::FieldDrift, QStringLiteral("Drift Outlook"));
        QVERIFY2(f && f->repair == RepairAction::PushToCrm && f->detail.contains(QLatin1String("location")),
                 qPrintable(list));
        f = find(found, FindingKind::FieldDrift, QStringLiteral("Drift CRM renamed"));
        QVERIFY2(f && f->repair == RepairAction::PushToExchange &&
                     f->detail.contains(QLatin1String("subject")),
                 qPrintable(list));
        f = find(found, FindingKind::Duplicate, QStringLiteral("Duplicated"), QStringLiteral("exchange"));
        QVERIFY2(f && f->repair == RepairAction::DeleteExchange && f->exchangeItemId == m_seed.dupExtraItem,
                 qPrintable(list));
        f = find(found, FindingKind::Duplicate, QStringLiteral("Duplicated"), QStringLiteral("crm"));
        QVERIFY2(f && f->repair == RepairAction::DeleteCrm && f->commId == m_seed.crmDupComm,
                 qPrintable(list));
        f = find(found, FindingKind::UnlinkedTwin, QStringLiteral("Twin"));
        QVERIFY2(f && f->repair == RepairAction::Link && f->commId == m_seed.twinComm, qPrintable(list));
        QCOMPARE(found.findings.size(), 7);

        // ---- a dry run writes nothing anywhere
        const QStringList exchangeBefore = m_world->exchangeView();
        const QStringList crmBefore = m_world->crmView();
        const QStringList journalBefore = m_world->journalView();
        const int logBefore = m_world->countRows(QStringLiteral("transaction_log"));
        const RepairReport dry = repair(found, true);
        QVERIFY(dry.dryRun);
        QCOMPARE(dry.planned, 7);
        QCOMPARE(dry.done, 0);
        QCOMPARE(m_world->exchangeView(), exchangeBefore);
        QCOMPARE(m_world->crmView(), crmBefore);
        QCOMPARE(m_world->journalView(), journalBefore);
        QCOMPARE(m_world->countRows(QStringLiteral("transaction_log")), logBefore);

        // ---- the repair fixes each one
        const RepairReport done = repair(found, false);
        QVERIFY2(done.ok(), qPrintable(done.failures.join(QLatin1Char('\n'))));
        QCOMPARE(done.done, 7);
        QCOMPARE(m_world->countRows(QStringLiteral("transaction_log")), logBefore + 7);
        QCOMPARE(m_world->countRows(QStringLiteral("outbox")), 0);
        QVERIFY(!linkOf(m_seed.orphanItemComm));
        QVERIFY(!linkOf(m_seed.orphanCrmComm));
        QCOMPARE(CalendarWorld::text(communication(m_seed.driftOutlookComm), "Comm_Location"),
                 QStringLiteral("Room 7"));
        QVERIFY(!eventOf(bob.mailbox, QStringLiteral("Drift CRM renamed")).isEmpty());
        QVERIFY(eventOf(bob.mailbox, QStringLiteral("Drift CRM")).isEmpty());
        QVERIFY(m_world->graph().events(alice.mailbox).size() > 0);
        for (const QJsonObject &e : m_world->events(alice.mailbox))
            QVERIFY2(m_world->itemIdOf(alice.mailbox, e) != m_seed.dupExtraItem,
                     "our duplicate is still there");
        QVERIFY(!eventOf(alice.mailbox, QStringLiteral("Duplicated")).isEmpty()); // the linked one stays
        QCOMPARE(communication(m_seed.crmDupComm).value(QStringLiteral("Comm_Deleted")).toInt(), 1);
        QCOMPARE(communication(m_seed.dupComm).value(QStringLiteral("Comm_Deleted")).toInt(), 0);
        QVERIFY(!eventOf(bob.mailbox, QStringLiteral("Someone else's")).isEmpty());
        const auto twin = linkOf(m_seed.twinComm);
        QVERIFY(twin && twin->exchangeItemId == m_seed.twinItem && twin->mailbox == bob.mailbox);
        QVERIFY(!CalendarWorld::text(communication(m_seed.twinComm), "Comm_ExchangeId").isEmpty());

        // ---- and a second check is clean
        const CheckReport after = check();
        QVERIFY2(after.clean(), qPrintable(listing(after)));

        // the next sync agrees: nothing left to write for what was repaired (the orphans' survivors aside)
        const sync::SyncReport next = m_world->sync();
        QVERIFY2(next.ok(), qPrintable(next.error + next.failures.join(QLatin1Char('\n'))));
        QCOMPARE(next.done.invitations, 0);
    }

    // Deletes are bounded by the mass-delete safety share: in a small calendar the duplicate is left for the
    // admin.
    void safetyShareBoundsDeletes()
    {
        const CalendarPerson &alice = m_world->people().at(0);
        const QString comm = appointment(QStringLiteral("Only one"), m_base, alice.crmId);
        QVERIFY(m_world->sync().ok());
        // two extra items of ours: 2 deletes of (at least) 5 items exceed 20 %
        for (const QString &salt : {QStringLiteral("again"), QStringLiteral("once more")})
            QVERIFY(!ourExtraItem(alice.mailbox, comm, QStringLiteral("Only one"), salt).isEmpty());
        const CheckReport found = check();
        QCOMPARE(found.count(FindingKind::Duplicate), 2);
        for (const Finding &f : found.findings) {
            QCOMPARE(f.repair, RepairAction::None);
            QVERIFY2(f.repairNote.contains(QLatin1String("safety share")), qPrintable(f.repairNote));
        }
        const int items = int(m_world->events(alice.mailbox).size());
        const RepairReport r = repair(found, false);
        QCOMPARE(r.done, 0);
        QCOMPARE(r.skipped, 2);
        QCOMPARE(int(m_world->events(alice.mailbox).size()), items);
    }

    // A duplicate that carries attendees is never deleted (the delete would send them a cancellation).
    void neverNotifiesAttendees()
    {
        const auto &people = m_world->people();
        const CalendarPerson &alice = people.at(0);
        const QString comm = appointment(QStringLiteral("Invited"), m_base, alice.crmId);
        QVERIFY(m_world->sync().ok());
        QVERIFY(!ourExtraItem(alice.mailbox, comm, QStringLiteral("Invited"), QStringLiteral("again"),
                              {people.at(1).address})
                     .isEmpty());
        const CheckReport found = check();
        const Finding *f =
            find(found, FindingKind::Duplicate, QStringLiteral("Invited"), QStringLiteral("exchange"));
        QVERIFY2(f, qPrintable(listing(found)));
        QCOMPARE(f->repair, RepairAction::None);
        QVERIFY2(f->repairNote.contains(QLatin1String("attendee")), qPrintable(f->repairNote));
    }

    // Progress is reported per mailbox and for the CRM; a cancelled check says so and is not clean.
    void progressAndCancel()
    {
        ConsistencyChecker checker(*m_connections, m_world->journal(), m_world->clock(),
                                   CheckOptions::fromSettings(m_world->settings()));
        QSignalSpy progress(&checker, &ConsistencyChecker::progress);
        QSignalSpy finished(&checker, &ConsistencyChecker::finished);
        checker.start();
        QVERIFY(finished.wait(30000));
        const int steps = int(m_world->people().size()) + 2; // mailboxes, the CRM, the comparison
        QCOMPARE(progress.size(), steps);
        QCOMPARE(progress.last().at(1).toInt(), steps);
        QVERIFY(finished.first().first().value<CheckReport>().clean());

        ConsistencyChecker stopped(*m_connections, m_world->journal(), m_world->clock(),
                                   CheckOptions::fromSettings(m_world->settings()));
        QSignalSpy stoppedFinished(&stopped, &ConsistencyChecker::finished);
        stopped.start();
        stopped.cancel();
        QVERIFY(stoppedFinished.wait(30000));
        const CheckReport r = stoppedFinished.first().first().value<CheckReport>();
        QVERIFY(r.cancelled);
        QVERIFY(!r.clean());
    }

    // The command line: check exits 1 with findings and 0 when clean; repair needs --dry-run or --yes.
    void commandLine()
    {
        const CalendarPerson &bob = m_world->people().at(1);
        QVERIFY(!appointment(QStringLiteral("Twin CLI"), m_base, bob.crmId).isEmpty());
        QVERIFY(!m_world->graph()
                     .createEvent(bob.mailbox, eventJson(QStringLiteral("Twin CLI"), m_base))
                     .isEmpty());
        m_connections.reset();
        auto run = m_world->runCli(QStringLiteral(CXSYNC_CLI_PATH),
                                   {QStringLiteral("check"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(run.output.toUtf8()).object();
        QVERIFY2(!json.value(QStringLiteral("clean")).toBool(true), qPrintable(run.output));
        QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("twin")).toInt(), 1);
        run = m_world->runCli(QStringLiteral(CXSYNC_CLI_PATH), {QStringLiteral("repair")});
        QCOMPARE(run.exitCode, 2);
        run = m_world->runCli(QStringLiteral(CXSYNC_CLI_PATH),
                              {QStringLiteral("repair"), QStringLiteral("--dry-run")});
        QVERIFY2(run.exitCode == 0 && run.output.contains(QLatin1String("would link them")),
                 qPrintable(run.output));
        run = m_world->runCli(QStringLiteral(CXSYNC_CLI_PATH),
                              {QStringLiteral("check"), QStringLiteral("--user"), bob.address});
        QCOMPARE(run.exitCode, 1);
        run = m_world->runCli(QStringLiteral(CXSYNC_CLI_PATH),
                              {QStringLiteral("repair"), QStringLiteral("--yes")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        run = m_world->runCli(QStringLiteral(CXSYNC_CLI_PATH), {QStringLiteral("check")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
        run = m_world->runCli(
            QStringLiteral(CXSYNC_CLI_PATH),
            {QStringLiteral("check"), QStringLiteral("--user"), QStringLiteral("nobody@nowhere")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestConsistency)
#include "tst_consistency.moc"
