// User synchronization end to end against the Graph and Sage CRM sandboxes over loopback: the real profile,
// Connections, journal and connectors. The 1,000-user sample must sync with every user explained and the
// rule each one is expected to match by; the CRM and the journal must agree afterwards; a second sync must
// change nothing; cancelling, failing writes, disabling and enabling must leave states a later sync reads
// correctly.
#include "CrmTestClient.h"
#include "UserSyncWorld.h"
#include "crm/CrmConnector.h"
#include "exchange/graph/GraphConnector.h"
#include "users/MailboxAccessProbe.h"
#include "users/UserExclusions.h"
#include "users/UserSync.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace cxsync;
using namespace cxsync::users;
using namespace cxsync::testsupport;

namespace {

struct Run {
    std::unique_ptr<Connections> connections;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<UserSync> sync;
};

Run open(UserSyncWorld &world)
{
    Run run;
    run.connections = world.connect();
    run.journal = world.openJournal();
    if (!run.connections || !run.journal)
        return run;
    run.sync = std::make_unique<UserSync>(
        run.connections->crm(), *run.connections->exchange(), *run.journal, world.clock(),
        UserSync::matchOptions(world.settings(), run.connections->exchangeServerNames()));
    return run;
}

Result<UserSyncPlan> plan(Run &run)
{
    return await<UserSyncPlan>([&](auto done) { run.sync->preparePlan(done); });
}

UserSyncReport apply(Run &run, const UserSyncPlan &plan, const ApplyOptions &options = {})
{
    QSignalSpy finished(&run.sync->applier(), &UserSyncApplier::finished);
    run.sync->applier().start(plan, options);
    if (!finished.wait(60000))
        return {};
    return finished.first().first().value<UserSyncReport>();
}

QList<UserLink> journalRows(Journal &journal)
{
    auto rows = UserLinkStore(journal).all();
    return rows.ok() ? rows.value() : QList<UserLink>();
}

QString itemKey(const UserPlanItem &item)
{
    return item.crmUser ? QStringLiteral("crm:") + item.crmUser->logon
                        : QStringLiteral("mailbox:") + item.mailboxLabel().toLower();
}

// What the sample builder made each person for, as the plan must say it (SampleDataGenerator.h).
struct Expectation {
    PlanAction action;
    MatchRule rule = MatchRule::None;
};

QHash<QString, Expectation> expectations(const sandbox::SampleData &data)
{
    QHash<QString, int> names;
    for (const sandbox::SampleUser &u : data.users)
        names[UserMatcher::nameKey(u.givenName, u.surname)] += 1;
    QHash<QString, Expectation> out;
    for (const sandbox::SampleUser &u : data.users) {
        const QString crm = QStringLiteral("crm:") + u.crmLogon;
        const QString mailbox = QStringLiteral("mailbox:") + u.mail.toLower();
        if (!u.hasCrmUser) {
            out.insert(mailbox, u.accountEnabled ? Expectation{PlanAction::Create, MatchRule::Created}
                                                 : Expectation{PlanAction::Skip});
            continue;
        }
        if (!u.hasMailbox) {
            out.insert(crm, {PlanAction::Skip});
            continue;
        }
        if (u.crmDisabled) {
            out.insert(crm, {PlanAction::Skip});
            out.insert(mailbox, {PlanAction::Skip}); // its person is in the CRM: never created again
            continue;
        }
        if (!u.accountEnabled) {
            out.insert(crm, {PlanAction::Skip}); // the pair is reported on the CRM user's item
            continue;
        }
        if (names.value(UserMatcher::nameKey(u.givenName, u.surname)) > 1 &&
            u.crmEmail.compare(u.mail, Qt::CaseInsensitive) != 0 &&
            !u.aliases.contains(u.crmEmail, Qt::CaseInsensitive)) {
            out.insert(crm, {PlanAction::Conflict, MatchRule::Name});
            out.insert(mailbox, {PlanAction::Conflict});
            continue;
        }
        MatchRule rule = MatchRule::Name;
        if (u.crmEmail.compare(u.mail, Qt::CaseInsensitive) == 0)
            rule = MatchRule::PrimarySmtp;
        else if (u.aliases.contains(u.crmEmail, Qt::CaseInsensitive))
            rule = MatchRule::Alias;
        out.insert(crm, {PlanAction::Link, rule});
    }
    return out;
}

} // namespace

namespace QTest {
template <> inline char *toString(const cxsync::users::PlanAction &action)
{
    return qstrdup(actionName(action).toUtf8().constData());
}
template <> inline char *toString(const cxsync::users::MatchRule &rule)
{
    return qstrdup(ruleName(rule).toUtf8().constData());
}
} // namespace QTest

class TestUserSync final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createUserMakesAResourceWithItsLink()
    {
        UserSyncWorld world(20);
        QVERIFY2(world.ok(), qPrintable(world.error()));
        auto connections = world.connect();
        QVERIFY(connections);
        crm::CrmUser wanted;
        wanted.logon = QStringLiteral("room.atlas");
        wanted.firstName = QStringLiteral("Room");
        wanted.lastName = QString::fromUtf8("Atlas Ödeon");
        wanted.email = QStringLiteral("room.atlas@contoso.example");
        wanted.resource = true;
        wanted.exchangeServer = connections->exchangeServerName();
        wanted.exchangeUserId = QStringLiteral("00000000-0000-0000-0000-00000000a71a");
        const Result<crm::CrmUser> created =
            await<crm::CrmUser>([&](auto done) { connections->crm().createUser(wanted, done); });
        QVERIFY2(created.ok(), why(created).constData());
        QVERIFY(!created.value().id.isEmpty());
        const QJsonObject stored = world.crmUsers().value(created.value().id);
        QCOMPARE(stored.value(QStringLiteral("User_Logon")).toString(), wanted.logon);
        QCOMPARE(stored.value(QStringLiteral("User_LastName")).toString(), wanted.lastName);
        QCOMPARE(stored.value(QStringLiteral("User_Resource")).toString(), QStringLiteral("Y"));
        QCOMPARE(stored.value(QStringLiteral("User_ExchangeUserId")).toString(), wanted.exchangeUserId);
        QCOMPARE(stored.value(QStringLiteral("User_ExchangeServer")).toString(), wanted.exchangeServer);
        QVERIFY(created.value().resource);

        // A logon is one user's, whatever its letter case: the CRM refuses a second one.
        wanted.logon = QStringLiteral("Room.Atlas");
        const Result<crm::CrmUser> again =
            await<crm::CrmUser>([&](auto done) { connections->crm().createUser(wanted, done); });
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, ErrorKind::Conflict);
        QVERIFY2(again.error().message.contains(QLatin1String("Room.Atlas")), why(again).constData());
        // And a user without a logon is refused before anything is sent.
        wanted.logon.clear();
        const Result<crm::CrmUser> nameless =
            await<crm::CrmUser>([&](auto done) { connections->crm().createUser(wanted, done); });
        QCOMPARE(nameless.error().kind, ErrorKind::Invalid);
        // The sandbox itself says the same over REST.
        sandbox::CrmTestClient client(world.crm());
        const auto noLogon = client.request("POST", QStringLiteral("Users"), {},
                                            QByteArrayLiteral(R"({"User_LastName":"Nobody"})"));
        QCOMPARE(noLogon.status, 400);
        QCOMPARE(noLogon.firstCode(), QStringLiteral("RequiredField"));
    }

    void sampleSyncExplainsEveryUser()
    {
        UserSyncWorld world(1000);
        QVERIFY2(world.ok(), qPrintable(world.error()));
        Run run = open(world);
        QVERIFY(run.sync);

        QElapsedTimer timer;
        timer.start();
        const Result<UserSyncPlan> first = plan(run);
        const qint64 planMs = timer.elapsed();
        QVERIFY2(first.ok(), why(first).constData());
        const UserSyncPlan &p = first.value();
        QCOMPARE(p.crmUsers, int(world.crm().users().size()));
        QCOMPARE(p.exchangeUsers, int(world.graph().users().size()));

        // Every user explained, and explained as the sample world intends.
        const QHash<QString, Expectation> expected = expectations(world.data());
        QHash<QString, int> seen;
        int checked = 0;
        for (const UserPlanItem &item : p.items) {
            QVERIFY2(!item.reason.isEmpty(), qPrintable(itemKey(item)));
            if (item.crmUser)
                ++seen[item.crmUser->id];
            if (item.mailbox)
                ++seen[item.mailbox->id];
            const auto want = expected.constFind(itemKey(item));
            if (want == expected.cend())
                continue;
            ++checked;
            if (item.action != want->action || (want->rule != MatchRule::None && item.rule != want->rule))
                QFAIL(qPrintable(QStringLiteral("%1: %2 by %3 (%4), expected %5 by %6")
                                     .arg(itemKey(item), actionName(item.action), ruleName(item.rule),
                                          item.reason, actionName(want->action), ruleName(want->rule))));
        }
        QCOMPARE(checked, int(expected.size()));
        for (const QJsonValue &user : world.crm().users())
            QCOMPARE(seen.value(user.toObject().value(QStringLiteral("$key")).toString()), 1);
        for (const QJsonValue &user : world.graph().users())
            QCOMPARE(seen.value(user.toObject().value(QStringLiteral("id")).toString()), 1);
        QVERIFY(p.count(PlanAction::Link, MatchRule::PrimarySmtp) > 300);
        QVERIFY(p.count(PlanAction::Link, MatchRule::Alias) > 30);
        QVERIFY(p.count(PlanAction::Link, MatchRule::Name) > 30);
        QVERIFY(p.count(PlanAction::Create) > 50);
        QCOMPARE(p.count(PlanAction::Conflict), 4); // the Anna Berg pair, both sides

        timer.restart();
        const UserSyncReport report = apply(run, p);
        const qint64 applyMs = timer.elapsed();
        QVERIFY2(report.ok(), qPrintable(report.failures.isEmpty() ? QStringLiteral("no report")
                                                                   : report.failures.first().second));
        QCOMPARE(report.linked, p.count(PlanAction::Link));
        QCOMPARE(report.created, p.count(PlanAction::Create));
        qInfo("1,000-user sample: plan %lld ms, apply %lld ms; %d linked (e-mail %d, alias %d, name %d), %d "
              "created, %d conflicts, %d skipped",
              planMs, applyMs, report.linked, p.count(PlanAction::Link, MatchRule::PrimarySmtp),
              p.count(PlanAction::Link, MatchRule::Alias), p.count(PlanAction::Link, MatchRule::Name),
              report.created, report.conflicts, report.skipped);

        // The created users are resources carrying their mailbox, named from it.
        const QHash<QString, QString> mailboxIds = world.mailboxIds();
        const QHash<QString, QJsonObject> crm = world.crmUsers();
        int resources = 0;
        for (const sandbox::SampleUser &u : world.data().users) {
            if (u.hasCrmUser || !u.hasMailbox || !u.accountEnabled)
                continue;
            bool found = false;
            for (const QJsonObject &user : crm) {
                if (user.value(QStringLiteral("User_EmailAddress")).toString() != u.mail)
                    continue;
                found = true;
                QCOMPARE(user.value(QStringLiteral("User_Resource")).toString(), QStringLiteral("Y"));
                QCOMPARE(user.value(QStringLiteral("User_ExchangeUserId")).toString(),
                         mailboxIds.value(u.mail.toLower()));
                QCOMPARE(user.value(QStringLiteral("User_FirstName")).toString(), u.givenName);
                QCOMPARE(user.value(QStringLiteral("User_LastName")).toString(), u.surname);
                ++resources;
            }
            QVERIFY2(found, qPrintable(u.mail));
        }
        QCOMPARE(resources, report.created);

        // The CRM side and the journal agree.
        const QList<UserLink> rows = journalRows(*run.journal);
        QCOMPARE(disagreement(crm, rows, run.connections->exchangeServerName()), QString());
        int linkedRows = 0;
        for (const UserLink &row : rows)
            linkedRows += row.state == LinkState::Linked ? 1 : 0;
        QCOMPARE(linkedRows, report.linked + report.created);

        // A second sync changes nothing.
        const Result<UserSyncPlan> second = plan(run);
        QVERIFY(second.ok());
        QVERIFY(!second.value().hasChanges());
        QCOMPARE(second.value().count(PlanAction::Unchanged), report.linked + report.created);
        QCOMPARE(second.value().count(PlanAction::Conflict), 4);
        const UserSyncReport again = apply(run, second.value());
        QVERIFY(again.ok());
        QCOMPARE(again.linked + again.created + again.unlinked, 0);
        QCOMPARE(
            disagreement(world.crmUsers(), journalRows(*run.journal), run.connections->exchangeServerName()),
            QString());
    }

    void declinedCreationsWriteNothingForThem()
    {
        UserSyncWorld world(60);
        QVERIFY2(world.ok(), qPrintable(world.error()));
        Run run = open(world);
        QVERIFY(run.sync);
        const Result<UserSyncPlan> p = plan(run);
        QVERIFY(p.ok());
        const int creations = p.value().count(PlanAction::Create);
        QVERIFY(creations > 0);
        const int before = int(world.crm().users().size());
        ApplyOptions options;
        options.createUsers = false;
        const UserSyncReport report = apply(run, p.value(), options);
        QVERIFY(report.ok());
        QCOMPARE(report.declined, creations);
        QCOMPARE(report.created, 0);
        QCOMPARE(int(world.crm().users().size()), before);
        // The links were applied all the same, and the next plan offers the creations again.
        QCOMPARE(report.linked, p.value().count(PlanAction::Link));
        const Result<UserSyncPlan> next = plan(run);
        QCOMPARE(next.value().count(PlanAction::Create), creations);
        QCOMPARE(next.value().count(PlanAction::Link), 0);
    }

    void cancelLeavesAConsistentState()
    {
        UserSyncWorld world(300);
        QVERIFY2(world.ok(), qPrintable(world.error()));
        world.crm().http().setLatency(15); // CRM writes take a while, so there is time to cancel
        Run run = open(world);
        QVERIFY(run.sync);
        const Result<UserSyncPlan> p = plan(run);
        QVERIFY(p.ok());
        const int writes = p.value().count(PlanAction::Link) + p.value().count(PlanAction::Create);
        QVERIFY(writes > 100);

        UserSyncApplier &applier = run.sync->applier();
        int afterPhaseOne = -1;
        connect(&applier, &UserSyncApplier::progress, this, [&](int done, int, const QString &) {
            if (afterPhaseOne < 0)
                afterPhaseOne = done;
            else if (done >= afterPhaseOne + 20)
                applier.cancel();
        });
        const UserSyncReport report = apply(run, p.value());
        disconnect(&applier, nullptr, this, nullptr);
        QVERIFY(report.cancelled);
        QVERIFY(!report.ok());
        QVERIFY2(report.notStarted > 0, "the cancel came too late to leave anything undone");
        QCOMPARE(report.linked + report.created + report.notStarted + report.failed, writes);
        QCOMPARE(report.failed, 0);
        QCOMPARE(
            disagreement(world.crmUsers(), journalRows(*run.journal), run.connections->exchangeServerName()),
            QString());

        // The next sync picks up exactly what was left, and the one after has nothing to do.
        world.crm().http().setLatency(0);
        const Result<UserSyncPlan> rest = plan(run);
        QVERIFY(rest.ok());
        QCOMPARE(rest.value().count(PlanAction::Link) + rest.value().count(PlanAction::Create),
                 report.notStarted);
        QVERIFY(apply(run, rest.value()).ok());
        const Result<UserSyncPlan> done = plan(run);
        QVERIFY(!done.value().hasChanges());
        QCOMPARE(
            disagreement(world.crmUsers(), journalRows(*run.journal), run.connections->exchangeServerName()),
            QString());
    }

    void failedWritesAreReportedPerUser()
    {
        UserSyncWorld world(40);
        QVERIFY2(world.ok(), qPrintable(world.error()));
        Run run = open(world);
        QVERIFY(run.sync);
        const Result<UserSyncPlan> p = plan(run);
        QVERIFY(p.ok());
        // Between the preview and Apply, someone deletes a CRM user the plan links.
        const UserPlanItem *victim = nullptr;
        for (const UserPlanItem &item : p.value().items) {
            if (item.action == PlanAction::Link && item.writeCrm) {
                victim = &item;
                break;
            }
        }
        QVERIFY(victim);
        sandbox::CrmTestClient client(world.crm());
        QCOMPARE(client
                     .request("PUT", QStringLiteral("Users('%1')").arg(victim->crmUser->id), {},
                              QByteArrayLiteral(R"({"User_Deleted":1})"))
                     .status,
                 200);
        const UserSyncReport report = apply(run, p.value());
        QVERIFY(!report.ok());
        QCOMPARE(report.failed, 1);
        QCOMPARE(report.failures.size(), 1);
        QCOMPARE(report.failures.first().first, victim->crmLabel());
        QCOMPARE(report.linked, p.value().count(PlanAction::Link) - 1);
        const auto row = UserLinkStore(*run.journal).find(victim->crmUser->id);
        QVERIFY(row.ok() && row.value());
        QVERIFY(row.value()->state != LinkState::Linked);
        QVERIFY2(!row.value()->lastError.isEmpty(), "the failure is on the user's journal row");
        QCOMPARE(
            disagreement(world.crmUsers(), journalRows(*run.journal), run.connections->exchangeServerName()),
            QString());
        // Next time the deleted user is simply skipped.
        const Result<UserSyncPlan> next = plan(run);
        for (const UserPlanItem &item : next.value().items) {
            if (item.crmUser && item.crmUser->id == victim->crmUser->id)
                QCOMPARE(item.action, PlanAction::Skip);
        }
    }

    void disabledUsersStayExcludedUntilEnabled()
    {
        UserSyncWorld world(40);
        QVERIFY2(world.ok(), qPrintable(world.error()));
        Run run = open(world);
        QVERIFY(run.sync);
        QVERIFY(apply(run, plan(run).value()).ok());
        // Two linked users: one disabled from here, one the legacy way (Exchange user id cleared in the CRM).
        QList<UserLink> linked;
        for (const UserLink &row : journalRows(*run.journal)) {
            if (row.state == LinkState::Linked && row.rule == MatchRule::PrimarySmtp)
                linked.append(row);
        }
        QVERIFY(linked.size() >= 2);
        const UserLink ours = linked.at(0);
        const UserLink legacy = linked.at(1);

        const Result<UserLink> disabled = await<UserLink>([&](auto done) {
            UserExclusions::disable(run.connections->crm(), *run.journal, world.clock(),
                                    ours.mailbox.toUpper(), this, done);
        });
        QVERIFY2(disabled.ok(), why(disabled).constData());
        QCOMPARE(disabled.value().state, LinkState::Excluded);
        QVERIFY(world.crmUsers()
                    .value(ours.crmUserId)
                    .value(QStringLiteral("User_ExchangeUserId"))
                    .toString()
                    .isEmpty());
        sandbox::CrmTestClient client(world.crm());
        QCOMPARE(client
                     .request("PUT", QStringLiteral("Users('%1')").arg(legacy.crmUserId), {},
                              QByteArrayLiteral(R"({"User_ExchangeUserId":""})"))
                     .status,
                 200);

        const Result<UserSyncPlan> p = plan(run);
        QVERIFY(p.ok());
        for (const UserPlanItem &item : p.value().items) {
            if (!item.crmUser)
                continue;
            if (item.crmUser->id == ours.crmUserId)
                QCOMPARE(item.action, PlanAction::Skip);
            if (item.crmUser->id == legacy.crmUserId)
                QCOMPARE(item.action, PlanAction::Exclude);
        }
        QCOMPARE(p.value().count(PlanAction::Create), 0); // their mailboxes are not given new CRM users
        QVERIFY(apply(run, p.value()).ok());
        auto state = [&](const QString &id) { return UserLinkStore(*run.journal).find(id).value()->state; };
        QCOMPARE(state(ours.crmUserId), LinkState::Excluded);
        QCOMPARE(state(legacy.crmUserId), LinkState::Excluded);
        // Unlike the legacy product, another sync does not re-enable them.
        QVERIFY(!plan(run).value().hasChanges());

        // Enabled again (by logon, in another letter case): the next sync links them.
        QVERIFY(UserExclusions::enable(*run.journal, ours.crmLogon.toUpper(), world.clock().nowUtc()).ok());
        QVERIFY(UserExclusions::enable(*run.journal, legacy.crmUserId, world.clock().nowUtc()).ok());
        QCOMPARE(UserExclusions::enable(*run.journal, legacy.crmUserId, world.clock().nowUtc()).error().kind,
                 ErrorKind::Invalid); // not disabled any more
        const Result<UserSyncPlan> back = plan(run);
        QCOMPARE(back.value().count(PlanAction::Link), 2);
        QVERIFY(apply(run, back.value()).ok());
        QCOMPARE(state(ours.crmUserId), LinkState::Linked);
        QCOMPARE(state(legacy.crmUserId), LinkState::Linked);
        QCOMPARE(
            disagreement(world.crmUsers(), journalRows(*run.journal), run.connections->exchangeServerName()),
            QString());
    }

    void mailboxAccessIsTestedByReadingTheCalendar()
    {
        UserSyncWorld world(20);
        QVERIFY2(world.ok(), qPrintable(world.error()));
        auto connections = world.connect();
        QVERIFY(connections && connections->exchange());
        const sandbox::SampleUser *person = nullptr;
        for (const sandbox::SampleUser &u : world.data().users) {
            if (u.hasMailbox && u.accountEnabled) {
                person = &u;
                break;
            }
        }
        QVERIFY(person);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(2);
        const QJsonObject event{
            {QStringLiteral("subject"), QStringLiteral("Quarterly review")},
            {QStringLiteral("start"),
             QJsonObject{{QStringLiteral("dateTime"), start.toString(QStringLiteral("yyyy-MM-ddTHH:00:00"))},
                         {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
            {QStringLiteral("end"),
             QJsonObject{{QStringLiteral("dateTime"),
                          start.addSecs(3600).toString(QStringLiteral("yyyy-MM-ddTHH:00:00"))},
                         {QStringLiteral("timeZone"), QStringLiteral("UTC")}}}};
        QVERIFY(world.graph().createEvent(person->mail, event).contains(QStringLiteral("id")));
        const Result<QString> ok = await<QString>([&](auto done) {
            MailboxAccessProbe::test(*connections->exchange(), world.clock(), person->mail, this, done);
        });
        QVERIFY2(ok.ok(), why(ok).constData());
        QVERIFY2(ok.value().contains(QLatin1String("Quarterly review")), qPrintable(ok.value()));

        world.graph().setMailboxInactive(person->mail, true);
        const Result<QString> inactive = await<QString>([&](auto done) {
            MailboxAccessProbe::test(*connections->exchange(), world.clock(), person->mail, this, done);
        });
        QVERIFY(!inactive.ok());
        QVERIFY2(inactive.error().message.contains(QLatin1String("inactive")), why(inactive).constData());
    }
};

QTEST_GUILESS_MAIN(TestUserSync)
#include "tst_user_sync.moc"
