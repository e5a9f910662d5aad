// User synchronization with two Exchange Online tenants in one profile (seed chapter 5), end to end: one Sage
// CRM sandbox and two Graph sandboxes on their own loopback ports, the real profile (tenant B as the
// additional server "emea"), Connections with its ExchangeRouter, the journal and the connectors. Each
// mailbox must be linked on its own tenant, in the CRM and in the journal alike; a directory that cannot be
// read must stop the sync naming its server with nothing unlinked; CRM users linked to a server the profile
// does not know are left alone; one address in both tenants is never guessed.
#include "FaultPlan.h"
#include "HttpSandbox.h"
#include "UserSyncWorld.h"
#include "crm/CrmConnector.h"
#include "exchange/graph/GraphConnector.h"
#include "users/UserMatcher.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

using namespace cxsync;
using namespace cxsync::users;
using namespace cxsync::testsupport;

namespace {

constexpr int kUsers = 24;

// The user links' view: server, mailbox id and state per CRM user, for comparing two moments.
QStringList journalView(Journal &journal)
{
    QStringList rows;
    const auto links = UserLinkStore(journal).all();
    for (const UserLink &l : links.ok() ? links.value() : QList<UserLink>())
        rows.append(
            QStringList{l.crmLogon, stateName(l.state), l.exchangeServer, l.exchangeUserId}.join(u(" | ")));
    rows.sort();
    return rows;
}

// The CRM users' two Exchange fields, for comparing two moments.
QStringList crmView(sandbox::CrmSandbox &crm)
{
    QStringList rows;
    for (const QJsonValue &v : crm.users()) {
        const QJsonObject user = v.toObject();
        rows.append(QStringList{user.value(QStringLiteral("User_Logon")).toString(),
                                user.value(QStringLiteral("User_ExchangeServer")).toString(),
                                user.value(QStringLiteral("User_ExchangeUserId")).toString()}
                        .join(u(" | ")));
    }
    rows.sort();
    return rows;
}

QSet<QString> idsOf(sandbox::GraphSandbox &graph)
{
    QSet<QString> ids;
    for (const QJsonValue &v : graph.users())
        ids.insert(v.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

// The three views agree with two servers: every linked journal row names the tenant that holds its mailbox,
// and the CRM user carries the same id and server; a CRM user with an Exchange user id that the journal does
// not link is a disagreement (unless `foreign` lists it). Returns the first disagreement, empty if none.
QString disagreement(TwoTenantWorld &world, Journal &journal, const QSet<QString> &foreign = {})
{
    const QSet<QString> onA = idsOf(world.graphA());
    const QSet<QString> onB = idsOf(world.graphB());
    const auto links = UserLinkStore(journal).all();
    if (!links.ok())
        return links.error().message;
    QHash<QString, UserLink> byCrmId;
    for (const UserLink &l : links.value())
        byCrmId.insert(l.crmUserId, l);
    const QHash<QString, QJsonObject> crm = world.crmUsers();
    for (auto it = crm.cbegin(); it != crm.cend(); ++it) {
        const QJsonObject &user = it.value();
        const QString logon = user.value(QStringLiteral("User_Logon")).toString();
        const QString crmId = user.value(QStringLiteral("User_ExchangeUserId")).toString();
        const QString crmServer = user.value(QStringLiteral("User_ExchangeServer")).toString();
        const auto row = byCrmId.constFind(it.key());
        if (row != byCrmId.cend() && row->state == LinkState::Linked) {
            const QString tenant = onB.contains(row->exchangeUserId)   ? world.serverB()
                                   : onA.contains(row->exchangeUserId) ? world.serverA()
                                                                       : QStringLiteral("no tenant");
            if (row->exchangeServer != tenant)
                return u("%1: journal links mailbox %2 on %3, but it is on %4")
                    .arg(logon, row->exchangeUserId, row->exchangeServer, tenant);
            if (crmId != row->exchangeUserId || crmServer != tenant)
                return u("%1: journal linked to %2 on %3, CRM has %4 on %5")
                    .arg(logon, row->exchangeUserId, tenant, crmId, crmServer);
        } else if (row != byCrmId.cend() && row->state == LinkState::Conflict) {
            continue;
        } else if (!crmId.isEmpty() && !foreign.contains(logon)) {
            return u("%1: the CRM has Exchange user id %2 on %3 but the journal does not link it")
                .arg(logon, crmId, crmServer);
        }
    }
    return {};
}

// Every request of `method` to a path matching `path` on `server` fails as `fault` says ("503",
// "malformed", ...), quickly (a short Retry-After keeps the HTTP layer's own retries short).
bool failRequests(sandbox::HttpSandbox &server, const QString &method, const QString &path,
                  const QString &fault)
{
    QString error;
    const auto plan = sandbox::FaultPlan::parse(
        u(R"({"seed": 1, "rules": [{"method": "%1", "path": "%2", "fault": "%3", "retryAfter": "0.01"}]})")
            .arg(method, path, fault)
            .toUtf8(),
        &error);
    if (!plan) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    server.setFaultPlan(*plan);
    return true;
}

const UserPlanItem *itemForCrmLogon(const UserSyncPlan &plan, const QString &logon)
{
    for (const UserPlanItem &item : plan.items) {
        if (item.crmUser && item.crmUser->logon == logon)
            return &item;
    }
    return nullptr;
}

} // namespace

namespace QTest {
template <> inline char *toString(const cxsync::users::PlanAction &action)
{
    return qstrdup(actionName(action).toUtf8().constData());
}
} // namespace QTest

class TestUserSyncTenants final : public QObject {
    Q_OBJECT

    struct Opened {
        std::unique_ptr<Connections> connections;
        std::unique_ptr<Journal> journal;
        bool ok() const { return connections && journal; }
    };
    static Opened open(TwoTenantWorld &world) { return Opened{world.connect(), world.openJournal()}; }

    // One whole user sync (plan + apply) that must succeed; the report, or nullopt with a test failure.
    static std::optional<UserSyncReport> syncUsers(TwoTenantWorld &world, Opened &o)
    {
        UserSyncRun run(*o.connections, *o.journal, world.clock(), world.settings());
        const Result<UserSyncPlan> plan = run.plan();
        if (!plan.ok()) {
            qWarning("plan: %s", qPrintable(plan.error().message));
            return std::nullopt;
        }
        return run.apply(plan.value());
    }

    struct CliRun {
        int code = -1;
        QString out;
        QString err;
    };
    // `cxsync --config <profile> --secrets-file <secrets> ARGS` as a separate, non-interactive process; the
    // sandboxes live in this process, whose event loop runs while it works.
    static CliRun cxsync(TwoTenantWorld &world, const QString &secrets, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CXSYNC_CONFIG"));
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(CXSYNC_CLI_PATH),
                QStringList{u("--config"), world.profilePath(), u("--secrets-file"), secrets} + args);
        if (!p.waitForStarted(10000))
            return {};
        p.closeWriteChannel();
        if (!finished.wait(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void eachMailboxIsLinkedOnItsOwnServer()
    {
        QElapsedTimer timer;
        timer.start();
        TwoTenantWorld world(kUsers);
        QVERIFY2(world.ok(), qPrintable(world.error()));
        Opened o = open(world);
        QVERIFY(o.ok());
        QCOMPARE(o.connections->exchangeServerNames(), (QStringList{world.serverA(), world.serverB()}));

        UserSyncRun run(*o.connections, *o.journal, world.clock(), world.settings());
        const Result<UserSyncPlan> first = run.plan();
        QVERIFY2(first.ok(), why(first).constData());
        const UserSyncPlan &plan = first.value();
        // Both directories were read, and every mailbox carries the tenant it came from.
        const QSet<QString> onA = idsOf(world.graphA());
        const QSet<QString> onB = idsOf(world.graphB());
        QVERIFY(onA.size() >= 4 && onB.size() >= 4);
        QCOMPARE(plan.exchangeUsers, int(onA.size() + onB.size()));
        int mailboxes = 0;
        for (const UserPlanItem &item : plan.items) {
            if (!item.mailbox)
                continue;
            ++mailboxes;
            QCOMPARE(item.mailbox->server,
                     onB.contains(item.mailbox->id) ? world.serverB() : world.serverA());
        }
        QCOMPARE(mailboxes, int(onA.size() + onB.size()));

        const std::optional<UserSyncReport> report = run.apply(plan);
        QVERIFY(report);
        QVERIFY2(report->ok(),
                 qPrintable(report->failures.isEmpty() ? QString() : report->failures.first().second));
        QVERIFY(report->linked > 0);

        // The sample's people, each on the tenant that holds their mailbox, in the journal and the CRM.
        const auto rows = UserLinkStore(*o.journal).all();
        QVERIFY(rows.ok());
        QHash<QString, UserLink> byLogon;
        for (const UserLink &l : rows.value())
            byLogon.insert(l.crmLogon, l);
        int linkedOnA = 0, linkedOnB = 0, createdOnB = 0;
        for (const sandbox::SampleUser &person : world.data().users) {
            const bool linkable =
                person.hasMailbox && person.accountEnabled && !person.crmDisabled && !person.crmExternalLogon;
            if (!linkable)
                continue;
            if (!person.hasCrmUser) {
                // Create CRM Users: a resource for the mailbox, linked on its own tenant.
                bool found = false;
                for (const QJsonObject &crm : world.crmUsers()) {
                    if (crm.value(QStringLiteral("User_EmailAddress")).toString() != person.mail)
                        continue;
                    found = true;
                    QCOMPARE(crm.value(QStringLiteral("User_ExchangeUserId")).toString(),
                             world.mailboxId(person.key));
                    QCOMPARE(crm.value(QStringLiteral("User_ExchangeServer")).toString(),
                             world.onB(person.key) ? world.serverB() : world.serverA());
                    createdOnB += world.onB(person.key) ? 1 : 0;
                }
                QVERIFY2(found, qPrintable(person.mail));
                continue;
            }
            const UserLink link = byLogon.value(person.crmLogon);
            if (link.state == LinkState::Conflict)
                continue; // the sample's ambiguous pair
            QCOMPARE(stateName(link.state), stateName(LinkState::Linked));
            QCOMPARE(link.exchangeUserId, world.mailboxId(person.key));
            QCOMPARE(link.exchangeServer, world.onB(person.key) ? world.serverB() : world.serverA());
            const QJsonObject crm = world.crmUserOf(person.key);
            QCOMPARE(crm.value(QStringLiteral("User_ExchangeUserId")).toString(),
                     world.mailboxId(person.key));
            QCOMPARE(crm.value(QStringLiteral("User_ExchangeServer")).toString(),
                     world.onB(person.key) ? world.serverB() : world.serverA());
            (world.onB(person.key) ? linkedOnB : linkedOnA) += 1;
        }
        QVERIFY2(linkedOnA >= 3 && linkedOnB >= 3,
                 qPrintable(u("linked on A %1, on B %2").arg(linkedOnA).arg(linkedOnB)));
        QVERIFY2(createdOnB >= 1, "the sample's Exchange-only person should be on tenant B");
        QCOMPARE(disagreement(world, *o.journal), QString());

        // A second sync, by the next process (fresh connections), changes nothing.
        const QStringList journalBefore = journalView(*o.journal);
        const QStringList crmBefore = crmView(world.crm());
        Opened next = open(world);
        QVERIFY(next.ok());
        UserSyncRun again(*next.connections, *next.journal, world.clock(), world.settings());
        const Result<UserSyncPlan> second = again.plan();
        QVERIFY2(second.ok(), why(second).constData());
        QVERIFY(!second.value().hasChanges());
        QCOMPARE(second.value().count(PlanAction::Unchanged), report->linked + report->created);
        for (const UserPlanItem &item : second.value().items) {
            QVERIFY2(item.action == PlanAction::Unchanged || item.action == PlanAction::Skip ||
                         item.action == PlanAction::Conflict,
                     qPrintable(u("%1 %2: %3")
                                    .arg(actionName(item.action), item.crmLabel() + item.mailboxLabel(),
                                         item.reason)));
        }
        const std::optional<UserSyncReport> quiet = again.apply(second.value());
        QVERIFY(quiet && quiet->ok());
        QCOMPARE(quiet->linked + quiet->created + quiet->unlinked + quiet->excluded, 0);
        QCOMPARE(journalView(*next.journal), journalBefore);
        QCOMPARE(crmView(world.crm()), crmBefore);
        qInfo("two tenants, %d users: %d linked on A, %d on B, %d created on B; %lld ms", kUsers, linkedOnA,
              linkedOnB, createdOnB, timer.elapsed());
    }

    void unreadableDirectoryStopsTheSync_data()
    {
        QTest::addColumn<bool>("tenantB");  // which tenant's directory fails
        QTest::addColumn<QString>("fault"); // a fault plan's fault, or "expired" (the client secret)
        QTest::newRow("B's /users answers 503 → stops naming emea, nothing unlinked") << true << u("503");
        QTest::newRow("B's /users answers malformed JSON → stops naming emea, nothing unlinked")
            << true << u("malformed");
        QTest::newRow("B's connection is reset → stops naming emea, nothing unlinked") << true << u("reset");
        QTest::newRow("B's client secret has expired → stops naming emea, nothing unlinked")
            << true << u("expired");
        QTest::newRow("A's (the primary's) /users answers 503 → stops naming A's tenant, nothing unlinked")
            << false << u("503");
    }
    void unreadableDirectoryStopsTheSync()
    {
        QFETCH(bool, tenantB);
        QFETCH(QString, fault);
        TwoTenantWorld world(kUsers);
        QVERIFY2(world.ok(), qPrintable(world.error()));
        Opened o = open(world);
        QVERIFY(o.ok());
        const std::optional<UserSyncReport> first = syncUsers(world, o);
        QVERIFY(first && first->ok());
        QVERIFY(first->linked > 0);
        const QStringList journalBefore = journalView(*o.journal);
        const QStringList crmBefore = crmView(world.crm());

        sandbox::GraphSandbox &failing = tenantB ? world.graphB() : world.graphA();
        if (fault == u("expired"))
            failing.setClientSecretExpired(true);
        else
            QVERIFY(failRequests(failing.http(), u("GET"), u("^/v1.0/users$"), fault));
        Opened next = open(world); // a fresh run (no token cached from the first one)
        QVERIFY(next.ok());
        UserSyncRun run(*next.connections, *next.journal, world.clock(), world.settings());
        const Result<UserSyncPlan> plan = run.plan();
        QVERIFY2(!plan.ok(), "a user sync planned without one tenant's directory");
        const QString message = plan.error().message;
        const QString tenant = tenantB ? world.serverB() : world.serverA();
        QVERIFY2(message.contains(tenant), qPrintable(message));
        if (tenantB) {
            QVERIFY2(message.contains(TwoTenantWorld::kServerB), qPrintable(message));
            QVERIFY2(!message.contains(world.serverA()), qPrintable(message));
        }
        QCOMPARE(journalView(*next.journal), journalBefore);
        QCOMPARE(crmView(world.crm()), crmBefore);

        // Once the directory answers again, everyone is still linked where they were.
        failing.setClientSecretExpired(false);
        failing.http().setFaultPlan(sandbox::FaultPlan());
        Opened later = open(world);
        QVERIFY(later.ok());
        UserSyncRun recovered(*later.connections, *later.journal, world.clock(), world.settings());
        const Result<UserSyncPlan> after = recovered.plan();
        QVERIFY2(after.ok(), why(after).constData());
        QVERIFY(!after.value().hasChanges());
        QCOMPARE(after.value().count(PlanAction::Unchanged), first->linked + first->created);
    }

    void crmUserOfAnUnknownServerIsLeftAlone()
    {
        TwoTenantWorld world(kUsers);
        QVERIFY2(world.ok(), qPrintable(world.error()));
        Opened o = open(world);
        QVERIFY(o.ok());
        // A CRM-only person (no mailbox in either tenant) whom another installation linked to its own tenant.
        const sandbox::SampleUser *other = nullptr;
        for (const sandbox::SampleUser &person : world.data().users) {
            if (person.hasCrmUser && !person.hasMailbox && !person.crmDisabled && !person.crmExternalLogon &&
                !person.crmResource)
                other = &person;
        }
        QVERIFY(other);
        const QString crmId = world.crmUserOf(other->key).value(QStringLiteral("$key")).toString();
        QVERIFY(!crmId.isEmpty());
        const QString foreignServer = u("graph:northwind.example");
        const QString foreignId = u("5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f");
        const auto written = await<crm::CrmUser>([&](auto done) {
            o.connections->crm().setUserExchangeLink(crmId, foreignServer, foreignId, done);
        });
        QVERIFY2(written.ok(), why(written).constData());

        for (int pass = 0; pass < 2; ++pass) {
            UserSyncRun run(*o.connections, *o.journal, world.clock(), world.settings());
            const Result<UserSyncPlan> plan = run.plan();
            QVERIFY2(plan.ok(), why(plan).constData());
            const UserPlanItem *item = itemForCrmLogon(plan.value(), other->crmLogon);
            QVERIFY(item);
            QCOMPARE(item->action, PlanAction::Skip);
            QVERIFY2(item->reason.contains(foreignServer), qPrintable(item->reason));
            QVERIFY(!item->writeCrm);
            const std::optional<UserSyncReport> report = run.apply(plan.value());
            QVERIFY(report && report->ok());
            const QJsonObject crm = world.crmUserOf(other->key);
            QCOMPARE(crm.value(QStringLiteral("User_ExchangeServer")).toString(), foreignServer);
            QCOMPARE(crm.value(QStringLiteral("User_ExchangeUserId")).toString(), foreignId);
            const auto row = UserLinkStore(*o.journal).find(crmId);
            QVERIFY(row.ok());
            QVERIFY(!row.value() || row.value()->state != LinkState::Linked);
        }
        QCOMPARE(disagreement(world, *o.journal, {other->crmLogon}), QString());
    }

    void removingServerBLeavesItsUsersCrmLinksAlone()
    {
        TwoTenantWorld world(kUsers);
        QVERIFY2(world.ok(), qPrintable(world.error()));
        {
            Opened o = open(world);
            QVERIFY(o.ok());
            const std::optional<UserSyncReport> first = syncUsers(world, o);
            QVERIFY(first && first->ok());
        }
        const QStringList crmBefore = crmView(world.crm());
        QVERIFY(world.settings().removeServer(TwoTenantWorld::kServerB).ok());
        Opened o = open(world);
        QVERIFY(o.ok());
        QCOMPARE(o.connections->exchangeServerNames(), QStringList{world.serverA()});
        QCOMPARE(o.connections->exchange(), o.connections->servers().first().exchangeConnector());
        UserSyncRun run(*o.connections, *o.journal, world.clock(), world.settings());
        const Result<UserSyncPlan> plan = run.plan();
        QVERIFY2(plan.ok(), why(plan).constData());
        for (const UserPlanItem &item : plan.value().items) {
            // Nothing is ever written to the CRM for B's people (another installation may sync B now)...
            if (item.crmUser && item.crmUser->exchangeServer == world.serverB())
                QVERIFY2(
                    !item.writeCrm,
                    qPrintable(u("%1: %2 %3").arg(item.crmLabel(), actionName(item.action), item.reason)));
            // ... and nobody is linked to a mailbox on a server the profile no longer has.
            if (item.mailbox)
                QCOMPARE(item.mailbox->server.isEmpty() ? world.serverA() : item.mailbox->server,
                         world.serverA());
        }
        const std::optional<UserSyncReport> report = run.apply(plan.value());
        QVERIFY(report && report->ok());
        QCOMPARE(crmView(world.crm()), crmBefore);
        const auto rows = UserLinkStore(*o.journal).all();
        QVERIFY(rows.ok());
        for (const UserLink &l : rows.value())
            QVERIFY2(l.state != LinkState::Linked || l.exchangeServer == world.serverA(),
                     qPrintable(u("%1 still linked on %2").arg(l.crmLogon, l.exchangeServer)));
    }

    // The headless way (a scheduled `cxsync` with --secrets-file): B's client secret comes from the file's
    // "graph-client-secret@emea" line; users are linked on both tenants and a CRM appointment for a user on B
    // reaches B's mailbox. Without that line the run stops, naming the missing secret.
    void headlessRunsTakeServerSecretsFromTheSecretsFile()
    {
        TwoTenantWorld world(kUsers);
        QVERIFY2(world.ok(), qPrintable(world.error()));
        QVERIFY(readBytes(world.secretsPath()).contains("graph-client-secret@emea="));
        const CliRun users = cxsync(world, world.secretsPath(), {u("users"), u("sync"), u("--yes")});
        QVERIFY2(users.code == 0, qPrintable(users.err + users.out));
        std::unique_ptr<Journal> journal = world.openJournal();
        QVERIFY(journal);
        QCOMPARE(disagreement(world, *journal), QString());
        const auto rows = UserLinkStore(*journal).all();
        QVERIFY(rows.ok());
        QString crmIdOnB, mailboxOnB, mailboxOnA;
        int onB = 0;
        for (const UserLink &l : rows.value()) {
            if (l.state == LinkState::Linked && l.exchangeServer == world.serverA())
                mailboxOnA = l.exchangeUserId;
            if (l.state == LinkState::Linked && l.exchangeServer == world.serverB()) {
                ++onB;
                crmIdOnB = l.crmUserId;
                mailboxOnB = l.exchangeUserId;
            }
        }
        QVERIFY2(onB >= 3, qPrintable(u("%1 users linked on B").arg(onB)));
        QVERIFY(!mailboxOnA.isEmpty());

        // hooks status says which tenant each mailbox's subscription is on (rows as `hooks install` keeps them).
        const QString expires = QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate);
        for (const QString &mailbox : {mailboxOnA, mailboxOnB}) {
            QSqlQuery insert(journal->database());
            insert.prepare(u("INSERT INTO subscriptions (id, mailbox, resource, change_type, notification_url, "
                             "expiration_utc, created_utc, state) VALUES (?, ?, ?, ?, ?, ?, ?, 'active')"));
            for (const QString &v : {u("sub-") + mailbox, mailbox, u("/users/") + mailbox + u("/events"),
                                     u("created,updated,deleted"), u("https://sync.example/notify"), expires,
                                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate)})
                insert.addBindValue(v);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        journal.reset(); // the next cxsync process owns it
        const CliRun hooks = cxsync(world, world.secretsPath(), {u("hooks"), u("status"), u("--json")});
        QVERIFY2(hooks.code == 0, qPrintable(hooks.err + hooks.out));
        QHash<QString, QString> serverBySubscription;
        for (const QJsonValue &row : QJsonDocument::fromJson(hooks.out.toUtf8()).array())
            serverBySubscription.insert(row.toObject().value(u("mailbox")).toString(),
                                        row.toObject().value(u("server")).toString());
        QCOMPARE(serverBySubscription.value(mailboxOnA), world.serverA());
        QCOMPARE(serverBySubscription.value(mailboxOnB), world.serverB());
        const CliRun hooksText = cxsync(world, world.secretsPath(), {u("hooks"), u("status")});
        QVERIFY2(hooksText.out.contains(u("[") + world.serverB() + u("]")), qPrintable(hooksText.out));
        journal = world.openJournal();
        QVERIFY(journal);
        QSqlQuery clear(journal->database());
        QVERIFY(clear.exec(u("DELETE FROM subscriptions")));
        journal.reset();

        const QString start = QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODate);
        const QJsonObject comm = world.crm().createCommunication(
            QJsonObject{{QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
                        {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
                        {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
                        {QStringLiteral("Comm_Subject"), QStringLiteral("Headless for B")},
                        {QStringLiteral("Comm_DateTime"), start},
                        {QStringLiteral("Comm_ToDateTime"),
                         QDateTime::currentDateTimeUtc().addDays(2).addSecs(3600).toString(Qt::ISODate)},
                        {QStringLiteral("Comm_UserId"), crmIdOnB.toInt()}},
            {crmIdOnB});
        QVERIFY(comm.contains(QStringLiteral("Comm_CommunicationId")));
        const CliRun calendars = cxsync(world, world.secretsPath(), {u("sync"), u("--once"), u("--yes")});
        QVERIFY2(calendars.code == 0, qPrintable(calendars.err + calendars.out));
        int onBItems = 0;
        for (const QJsonValue &e : world.graphB().events(mailboxOnB))
            onBItems +=
                e.toObject().value(QStringLiteral("subject")).toString() == u("Headless for B") ? 1 : 0;
        QCOMPARE(onBItems, 1);

        // The same secrets without B's line: refused before anything is read or written, naming it.
        const QString partial = world.dir() + u("/secrets-without-emea");
        QByteArray kept;
        for (const QByteArray &line : readBytes(world.secretsPath()).split('\n')) {
            if (!line.startsWith("graph-client-secret@"))
                kept += line + '\n';
        }
        QVERIFY(writeBytes(partial, kept, QFile::ReadOwner | QFile::WriteOwner));
        const QStringList crmBefore = crmView(world.crm());
        QElapsedTimer timer;
        timer.start();
        const CliRun refused = cxsync(world, partial, {u("users"), u("sync"), u("--yes")});
        QVERIFY2(refused.code != 0, qPrintable(refused.out));
        QVERIFY2(timer.elapsed() < 15000, qPrintable(u("took %1 ms").arg(timer.elapsed())));
        QCOMPARE(crmView(world.crm()), crmBefore);
        // Named whether the keychain has no such entry or there is no keychain at all (a headless host).
        QVERIFY2(refused.err.contains(u("graph-client-secret@emea")), qPrintable(refused.err));
    }

    void oneAddressInBothTenantsIsNeverGuessed()
    {
        // The e-mail-matched person of the sample (u0002) also has a mailbox in tenant B with the same
        // address.
        TwoTenantWorld world(kUsers, 1, {u("u0002")});
        QVERIFY2(world.ok(), qPrintable(world.error()));
        const sandbox::SampleUser *person = world.data().user(u("u0002"));
        QVERIFY(person && person->hasCrmUser && person->hasMailbox && !world.onB(person->key));
        Opened o = open(world);
        QVERIFY(o.ok());
        UserSyncRun run(*o.connections, *o.journal, world.clock(), world.settings());
        const Result<UserSyncPlan> plan = run.plan();
        QVERIFY2(plan.ok(), why(plan).constData());
        const UserPlanItem *item = itemForCrmLogon(plan.value(), person->crmLogon);
        QVERIFY(item);
        QCOMPARE(item->action, PlanAction::Conflict);
        QStringList servers;
        for (const UserPlanItem &i : plan.value().items) {
            if (i.mailbox && i.mailbox->mail.compare(person->mail, Qt::CaseInsensitive) == 0) {
                QCOMPARE(i.action, PlanAction::Conflict);
                servers.append(i.mailbox->server);
            }
        }
        servers.sort();
        QStringList both{world.serverA(), world.serverB()};
        both.sort();
        QCOMPARE(servers, both);
        const std::optional<UserSyncReport> report = run.apply(plan.value());
        QVERIFY(report && report->ok());
        QVERIFY(
            world.crmUserOf(person->key).value(QStringLiteral("User_ExchangeUserId")).toString().isEmpty());
        const auto row = UserLinkStore(*o.journal).find(item->crmUser->id);
        QVERIFY(row.ok() && row.value());
        QCOMPARE(stateName(row.value()->state), stateName(LinkState::Conflict));
        QCOMPARE(disagreement(world, *o.journal), QString());
    }
};

QTEST_GUILESS_MAIN(TestUserSyncTenants)
#include "tst_user_sync_tenants.moc"
