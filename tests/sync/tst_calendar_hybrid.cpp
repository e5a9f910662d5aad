// A hybrid organisation in one profile (seed chapter 5, issue 15): Exchange Online (a Graph sandbox) and an
// on-premises Exchange server (the EWS face of a second sandbox store, NTLM and impersonation), each holding
// only its own mailboxes: contoso.example's in the cloud, fabrikam.example's on premises. One Sage CRM
// sandbox holds every user. Run both ways: Graph primary with the EWS server as an additional server, and the
// reverse. Users are linked by a real user sync (Graph's directory on one side, ResolveNames on the other);
// the engine runs in this process. Every mailbox's reads and writes must go to its own server: CRM
// appointments land in the owner's mailbox on the owner's server and nowhere else, Outlook items made on
// either server reach the CRM, a meeting with attendees on both servers is written once, a second run
// writes nothing, and no item or communication is doubled. Items are counted in every mailbox of both
// stores. A router that sent a mailbox to the wrong server fails user sync's links or these placements.
#include "EwsCalendarItem.h"
#include "EwsSandbox.h"
#include "SampleOrganisationSplit.h"
#include "CalendarRunSupport.h"
#include "UserSyncWorld.h"
#include "sync/CalendarSync.h"
#include "sync/SyncJournal.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace cxsync;
using namespace cxsync::sync;
using namespace cxsync::testsupport;

namespace {

constexpr int kUsers = 14;

// Exchange Online for contoso.example, on-premises Exchange for fabrikam.example (the second organisation's
// half of the sample), and the CRM; the profile names one of the two as its primary server and the other
// as the additional server kAdditional. Check ok() (and error()).
class HybridWorld {
public:
    static inline const QString kAdditional = QStringLiteral("other");
    static inline const QString kOnPremServer = QStringLiteral("exch01.fabrikam.example");

    HybridWorld(int users, bool ewsPrimary) : m_ewsPrimary(ewsPrimary)
    {
        const QByteArray crmZone = "Europe/London";
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return;
        }
        m_split = sandbox::SampleOrganisationSplit::split(
            sandbox::SampleDataGenerator::generate(users, 0, 1, QDateTime::currentDateTimeUtc()));
        m_cloud = std::make_unique<sandbox::GraphSandbox>();
        m_onPremStore = std::make_unique<sandbox::GraphSandbox>(); // never listens: EWS is its only face
        m_crm = std::make_unique<sandbox::CrmSandbox>();
        m_cloud->load(m_split.first);
        m_onPremStore->load(m_split.second);
        m_crm->setServerTimeZone(QTimeZone(crmZone));
        m_crm->load(m_split.crm);
        m_ews = std::make_unique<sandbox::EwsSandbox>(*m_onPremStore);
        m_ews->setDomain(QStringLiteral("FABRIKAM"), QStringLiteral("fabrikam.example"));
        const QString cloudAccount = accountOf(m_split.first);
        const QString onPremAccount = accountOf(m_split.second);
        if (cloudAccount.isEmpty() || onPremAccount.isEmpty()) {
            m_error = QStringLiteral("each server needs an enabled mailbox: use more users");
            return;
        }
        sandbox::EwsAccount service; // the on-premises service account: its own mailbox, impersonation
        service.domain = m_ews->netbiosDomain();
        service.user = onPremAccount.section(QLatin1Char('@'), 0, 0);
        service.password = QStringLiteral("Hybrid-%1").arg(QDateTime::currentMSecsSinceEpoch());
        service.mailbox = onPremAccount;
        m_ews->addAccount(service);
        QString error;
        if (!m_cloud->start() || !m_crm->start() || !m_ews->start(0, &error)) {
            m_error = QStringLiteral("a sandbox could not listen on 127.0.0.1 %1").arg(error);
            return;
        }
        m_ntAccount = service.domain + QLatin1Char('\\') + service.user;
        m_ntPassword = service.password;

        // The primary server as SandboxProfile writes it (with the CRM), the other one as an additional
        // server.
        QJsonObject line{
            {QStringLiteral("crm"), m_crm->restBaseUrl().toString()},
            {QStringLiteral("crmServer"), QStringLiteral("127.0.0.1:%1").arg(m_crm->http().port())},
            {QStringLiteral("crmInstall"), m_crm->installName()},
            {QStringLiteral("crmUser"), m_crm->syncUser()},
            {QStringLiteral("crmPassword"), m_crm->syncPassword()},
            {QStringLiteral("crmTimeZone"), QString::fromUtf8(crmZone)}};
        // (SandboxProfile writes a Graph profile: for an EWS primary the Graph keys are cleared below.)
        line.insert(QStringLiteral("authority"), m_cloud->baseUrl().toString());
        line.insert(QStringLiteral("tenant"), m_cloud->tenantId());
        line.insert(QStringLiteral("clientId"), m_cloud->clientId());
        if (ewsPrimary) {
            line.insert(QStringLiteral("mailbox"), onPremAccount);
            line.insert(QStringLiteral("ews"), m_ews->ewsUrl().toString());
            line.insert(QStringLiteral("ewsUser"), m_ntAccount);
        } else {
            line.insert(QStringLiteral("mailbox"), cloudAccount);
        }
        m_profile = m_dir.filePath(QStringLiteral("profile.ini"));
        if (const Status s = sandbox::SandboxProfile::write(line, m_profile, QString()); !s.ok()) {
            m_error = s.error().message;
            return;
        }
        auto opened = Settings::open(m_profile);
        if (!opened.ok()) {
            m_error = opened.error().message;
            return;
        }
        m_settings = std::move(opened).value();
        SettingsValues values = m_settings->values();
        values.insert(Keys::JournalPath, m_dir.filePath(QStringLiteral("journal.sqlite")));
        if (ewsPrimary) {
            values.insert(Keys::ExchangeKind, Choices::KindEws);
            values.insert(Keys::ExchangeServer, kOnPremServer);
            values.insert(Keys::GraphTenant, QString());
            values.insert(Keys::GraphClientId, QString());
        }
        if (const ValidationIssues issues = m_settings->save(values); !issues.isEmpty()) {
            m_error = issues.first().field + QStringLiteral(": ") + issues.first().message;
            return;
        }
        const SettingsValues other =
            ewsPrimary
                ? SettingsValues{{Keys::ExchangeKind, Choices::KindGraph},
                                 {Keys::ExchangeAccount, cloudAccount},
                                 {Keys::GraphTenant, m_cloud->tenantId()},
                                 {Keys::GraphClientId, m_cloud->clientId()},
                                 {Keys::GraphCredentialKind, Choices::CredentialSecret},
                                 {Keys::GraphAuthorityUrl, m_cloud->baseUrl().toString()},
                                 {Keys::GraphBaseUrl, m_cloud->baseUrl().toString()}}
                : SettingsValues{
                      {Keys::ExchangeKind, Choices::KindEws}, {Keys::ExchangeAccount, onPremAccount},
                      {Keys::ExchangeServer, kOnPremServer},  {Keys::EwsUrl, m_ews->ewsUrl().toString()},
                      {Keys::NtAccount, m_ntAccount},         {Keys::EwsImpersonation, true}};
        if (const ValidationIssues issues = m_settings->saveServer(kAdditional, other); !issues.isEmpty()) {
            m_error = issues.first().field + QStringLiteral(": ") + issues.first().message;
            return;
        }
        m_journalPath = m_settings->journalPath();
        m_ok = true;
    }

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    sandbox::GraphSandbox &cloud() { return *m_cloud; }
    sandbox::GraphSandbox &onPremStore() { return *m_onPremStore; }
    sandbox::EwsSandbox &ews() { return *m_ews; }
    sandbox::CrmSandbox &crm() { return *m_crm; }
    Settings &settings() { return *m_settings; }
    SystemClock &clock() { return m_clock; }
    bool ewsPrimary() const { return m_ewsPrimary; }
    const sandbox::SampleOrganisationSplit &split() const { return m_split; }
    // What user links and the CRM's User_ExchangeServer say for each server.
    QString cloudIdentity() const { return QStringLiteral("graph:") + m_cloud->tenantId(); }
    QString onPremIdentity() const { return kOnPremServer; }

    ConnectionSecrets secrets() const
    {
        ConnectionSecrets s;
        s.crmPassword = m_crm->syncPassword();
        if (m_ewsPrimary) {
            s.ntPassword = m_ntPassword;
            s.servers.insert(kAdditional, ExchangeSecrets{m_cloud->clientSecret(), {}, {}});
        } else {
            s.graphClientSecret = m_cloud->clientSecret();
            s.servers.insert(kAdditional, ExchangeSecrets{{}, {}, m_ntPassword});
        }
        return s;
    }
    std::unique_ptr<Connections> connect() { return connectProfile(*m_settings, secrets(), &m_clock); }
    std::unique_ptr<Journal> openJournal() const { return openJournalAt(m_journalPath); }

private:
    bool m_ewsPrimary;
    QTemporaryDir m_dir;
    sandbox::SampleOrganisationSplit m_split;
    std::unique_ptr<sandbox::GraphSandbox> m_cloud;
    std::unique_ptr<sandbox::GraphSandbox> m_onPremStore;
    std::unique_ptr<sandbox::EwsSandbox> m_ews;
    std::unique_ptr<sandbox::CrmSandbox> m_crm;
    std::unique_ptr<Settings> m_settings;
    SystemClock m_clock;
    QString m_profile;
    QString m_journalPath;
    QString m_ntAccount;
    QString m_ntPassword;
    QString m_error;
    bool m_ok = false;
};

struct Person {
    QString crmId;
    QString mailbox; // the engine's id: a Graph user id in the cloud, the primary SMTP address on premises
    QString address; // lower case
    QString storeId; // the sandbox store's user id (for reading its calendar)
    bool onPrem = false;
};

} // namespace

class TestCalendarHybrid final : public QObject {
    Q_OBJECT

    std::unique_ptr<HybridWorld> m_world;
    std::unique_ptr<Connections> m_connections;
    std::unique_ptr<Journal> m_journal;
    QList<Person> m_cloudPeople;
    QList<Person> m_onPremPeople;

    sandbox::GraphSandbox &storeOf(const Person &p)
    {
        return p.onPrem ? m_world->onPremStore() : m_world->cloud();
    }

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
    // An item the user makes in Outlook, in the store of the user's own server.
    QJsonObject outlookEvent(const Person &p, const QString &subject, const QDateTime &start,
                             const QList<Person> &attendees = {})
    {
        QStringList invited;
        for (const Person &a : attendees)
            invited.append(a.address);
        return storeOf(p).createEvent(p.storeId, outlookEventBody(subject, start, invited));
    }

    // Every item with this subject in every mailbox of both stores, as "cloud:<address>" /
    // "onprem:<address>".
    QStringList whereIs(const QString &subject)
    {
        return testsupport::whereIs({{QStringLiteral("cloud"), &m_world->cloud()},
                                     {QStringLiteral("onprem"), &m_world->onPremStore()}},
                                    subject);
    }
    static QString at(const Person &p)
    {
        return (p.onPrem ? QStringLiteral("onprem:") : QStringLiteral("cloud:")) + p.address;
    }

    QList<QJsonObject> eventsWithSubject(const Person &p, const QString &subject)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : storeOf(p).events(p.storeId)) {
            if (text(v.toObject(), "subject") == subject)
                out.append(v.toObject());
        }
        return out;
    }
    // The id the engine knows an item by: Graph's (immutable) id, or the ItemId the EWS face gives it.
    QString engineItemId(const Person &p, const QJsonObject &item)
    {
        const QString id = text(item, "id");
        if (!p.onPrem)
            return id;
        return sandbox::EwsIds::itemId(p.storeId,
                                       m_world->onPremStore().store().immutableIdOf(p.storeId, id));
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
    // (in both stores), every journal link pointing at an item in its own server's mailbox and at a live
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
        QHash<QString, QSet<QString>> itemsByMailbox; // the engine's mailbox id (case-folded) -> item ids
        for (const Person &p : m_cloudPeople + m_onPremPeople) {
            QHash<QString, int> byUid;
            for (const QJsonValue &e : storeOf(p).events(p.storeId)) {
                itemsByMailbox[p.mailbox.toCaseFolded()].insert(engineItemId(p, e.toObject()));
                if (!e.toObject().value(QStringLiteral("isCancelled")).toBool())
                    byUid[text(e.toObject(), "iCalUId")] += 1;
            }
            for (auto it = byUid.cbegin(); it != byUid.cend(); ++it) {
                if (it.value() > 1)
                    problems.append(QStringLiteral("%1: %2 items of meeting %3")
                                        .arg(at(p))
                                        .arg(it.value())
                                        .arg(it.key()));
            }
        }
        QSet<QString> seen;
        const auto links = SyncJournal(*m_journal).links();
        for (const ItemLink &l : links.ok() ? links.value() : QList<ItemLink>()) {
            const QString key = l.mailbox.toCaseFolded() + QLatin1Char('|') + l.exchangeItemId;
            if (seen.contains(key))
                problems.append(QStringLiteral("item %1 linked twice").arg(key));
            seen.insert(key);
            if (!itemsByMailbox.value(l.mailbox.toCaseFolded()).contains(l.exchangeItemId))
                problems.append(QStringLiteral("link to missing item %1").arg(key));
            if (!live.contains(l.crmCommId))
                problems.append(
                    QStringLiteral("link to deleted or missing communication %1").arg(l.crmCommId));
        }
        return problems;
    }

    QString storeIdOf(sandbox::GraphSandbox &store, const QString &address)
    {
        for (const QJsonValue &v : store.users()) {
            if (v.toObject().value(QStringLiteral("mail")).toString().compare(address, Qt::CaseInsensitive) ==
                0)
                return v.toObject().value(QStringLiteral("id")).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<bool>("ewsPrimary");
        QTest::newRow("Exchange Online primary, on-premises EWS additional") << false;
        QTest::newRow("on-premises EWS primary, Exchange Online additional") << true;
    }

    void init()
    {
        QFETCH_GLOBAL(bool, ewsPrimary);
        m_world = std::make_unique<HybridWorld>(kUsers, ewsPrimary);
        QVERIFY2(m_world->ok(), qPrintable(m_world->error()));
        m_connections = m_world->connect();
        m_journal = m_world->openJournal();
        QVERIFY(m_connections && m_journal);
        QCOMPARE(m_connections->servers().size(), 2);
        QCOMPARE(m_connections->servers().first().graph, !ewsPrimary);

        // User sync through both servers: Graph's directory and EWS ResolveNames.
        UserSyncRun users(*m_connections, *m_journal, m_world->clock(), m_world->settings());
        const Result<users::UserSyncPlan> plan = users.plan();
        QVERIFY2(plan.ok(), why(plan).constData());
        const std::optional<users::UserSyncReport> applied = users.apply(plan.value());
        QVERIFY(applied && applied->ok());
        m_cloudPeople.clear();
        m_onPremPeople.clear();
        const auto links = users::UserLinkStore(*m_journal).all(); // kept: value() of a temporary dangles
        QVERIFY(links.ok());
        QHash<QString, QString> serverByLogon;
        for (const users::UserLink &l : links.value()) {
            if (l.state != users::LinkState::Linked)
                continue;
            QVERIFY2(l.exchangeServer == m_world->cloudIdentity() ||
                         l.exchangeServer == m_world->onPremIdentity(),
                     qPrintable(l.exchangeServer));
            const bool onPrem = l.exchangeServer == m_world->onPremIdentity();
            serverByLogon.insert(l.crmLogon, l.exchangeServer);
            Person p{l.crmUserId, l.exchangeUserId, l.mailbox.toLower(), QString(), onPrem};
            p.storeId = storeIdOf(onPrem ? m_world->onPremStore() : m_world->cloud(), p.address);
            QVERIFY2(!p.storeId.isEmpty(), qPrintable(QStringLiteral("%1 (%2) is not a mailbox of %3")
                                                          .arg(l.crmLogon, p.address, l.exchangeServer)));
            if (onPrem) // EWS names mailboxes by their primary SMTP address
                QCOMPARE(p.mailbox.toLower(), p.address);
            (onPrem ? m_onPremPeople : m_cloudPeople).append(p);
        }
        // Every CRM user whose mailbox is in the sample is linked to the server that holds it, and the CRM
        // says the same (User_ExchangeServer).
        int expected = 0;
        for (const sandbox::SampleUser &u : m_world->split().crm.users) {
            if (!u.hasMailbox || !u.accountEnabled || !u.hasCrmUser || u.crmDisabled || u.crmResource ||
                !serverByLogon.contains(u.crmLogon))
                continue;
            ++expected;
            const QString want = m_world->split().onSecond.contains(u.key) ? m_world->onPremIdentity()
                                                                           : m_world->cloudIdentity();
            QCOMPARE(serverByLogon.value(u.crmLogon), want);
        }
        QVERIFY2(expected >= 4, qPrintable(QStringLiteral("only %1 users linked").arg(expected)));
        for (const QJsonValue &v : m_world->crm().users()) {
            const QJsonObject u = v.toObject();
            const QString logon = u.value(QStringLiteral("User_Logon")).toString();
            if (serverByLogon.contains(logon))
                QCOMPARE(u.value(QStringLiteral("User_ExchangeServer")).toString(),
                         serverByLogon.value(logon));
        }
        QVERIFY2(m_cloudPeople.size() >= 2 && m_onPremPeople.size() >= 2,
                 qPrintable(QStringLiteral("linked in the cloud %1, on premises %2")
                                .arg(m_cloudPeople.size())
                                .arg(m_onPremPeople.size())));
        m_connections->useLinks(*m_journal); // as a run's caller does after user sync
        const SyncReport first = sync();
        QVERIFY2(first.ok(), qPrintable(failuresOf(first)));
        QCOMPARE(first.mailboxes, int(m_cloudPeople.size() + m_onPremPeople.size()));
    }
    void cleanup()
    {
        m_connections.reset();
        m_journal.reset();
        m_world.reset();
    }

    void crmAppointmentsLandOnTheirOwnersServer()
    {
        const Person &c = m_cloudPeople.at(0), &o = m_onPremPeople.at(0);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(3);
        const QString forCloud = createComm(QStringLiteral("Budget review (cloud)"), start, c);
        const QString forOnPrem =
            createComm(QStringLiteral("Site visit (on premises)"), start.addSecs(7200), o);
        QVERIFY(!forCloud.isEmpty() && !forOnPrem.isEmpty());
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(failuresOf(r)));
        QCOMPARE(r.done.exchangeCreates, 2);
        QCOMPARE(whereIs(QStringLiteral("Budget review (cloud)")), QStringList{at(c)});
        QCOMPARE(whereIs(QStringLiteral("Site visit (on premises)")), QStringList{at(o)});
        // The on-premises item was made through EWS (impersonating its owner), not through the cloud.
        QVERIFY(m_world->ews().ntlmLogons() > 0);
        QCOMPARE(m_world->ews().impersonatedWithoutAnchor(), 0);
        const QJsonObject item = eventsWithSubject(o, QStringLiteral("Site visit (on premises)")).value(0);
        const QList<ItemLink> link = linksOf(forOnPrem);
        QCOMPARE(link.size(), 1);
        QCOMPARE(link.first().mailbox.toLower(), o.address);
        QCOMPARE(link.first().exchangeItemId, engineItemId(o, item));
        QCOMPARE(
            text(commsWithSubject(QStringLiteral("Site visit (on premises)")).value(0), "Comm_ExchangeId"),
            text(item, "iCalUId"));

        // Edited in the CRM: each update goes to its own server.
        QVERIFY(m_world->crm().updateCommunication(
            forOnPrem, QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("Site visit, moved")}}));
        QVERIFY(m_world->crm().updateCommunication(
            forCloud, QJsonObject{{QStringLiteral("Comm_Subject"), QStringLiteral("Budget review, moved")}}));
        const SyncReport edited = sync();
        QVERIFY2(edited.ok(), qPrintable(failuresOf(edited)));
        QCOMPARE(edited.done.exchangeUpdates, 2);
        QCOMPARE(whereIs(QStringLiteral("Site visit, moved")), QStringList{at(o)});
        QCOMPARE(whereIs(QStringLiteral("Budget review, moved")), QStringList{at(c)});
        QCOMPARE(whereIs(QStringLiteral("Site visit (on premises)")), QStringList());

        // Deleted in the CRM: removed from the on-premises mailbox.
        QVERIFY(m_world->crm().deleteCommunication(forOnPrem));
        const SyncReport deleted = sync();
        QVERIFY2(deleted.ok(), qPrintable(failuresOf(deleted)));
        QCOMPARE(deleted.done.exchangeDeletes, 1);
        QCOMPARE(whereIs(QStringLiteral("Site visit, moved")), QStringList());

        const SyncReport quiet = sync();
        QVERIFY2(quiet.ok(), qPrintable(failuresOf(quiet)));
        QCOMPARE(writes(quiet.done), 0);
        QCOMPARE(duplicatesAndBrokenLinks(), QStringList());
    }

    void outlookItemsOnEitherServerReachTheCrm()
    {
        const Person &c = m_cloudPeople.at(0), &o = m_onPremPeople.at(1);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(4);
        const QJsonObject onPrem = outlookEvent(o, QStringLiteral("Call with Northwind"), start);
        QVERIFY2(onPrem.contains(QStringLiteral("id")), QJsonDocument(onPrem).toJson().constData());
        const QJsonObject inCloud = outlookEvent(c, QStringLiteral("Call with Contoso"), start);
        QVERIFY2(inCloud.contains(QStringLiteral("id")), QJsonDocument(inCloud).toJson().constData());
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(failuresOf(r)));
        QCOMPARE(r.done.crmCreates, 2);
        const QList<QJsonObject> fromOnPrem = commsWithSubject(QStringLiteral("Call with Northwind"));
        QCOMPARE(fromOnPrem.size(), 1);
        QCOMPARE(text(fromOnPrem.first(), "Comm_UserId"), o.crmId);
        QCOMPARE(text(fromOnPrem.first(), "Comm_ExchangeId"), text(onPrem, "iCalUId"));
        const QList<ItemLink> rows = linksOf(text(fromOnPrem.first(), "Comm_CommunicationId"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().mailbox.toLower(), o.address);
        QCOMPARE(rows.first().exchangeItemId, engineItemId(o, onPrem));
        QCOMPARE(text(commsWithSubject(QStringLiteral("Call with Contoso")).value(0), "Comm_UserId"),
                 c.crmId);

        const SyncReport quiet = sync();
        QVERIFY2(quiet.ok(), qPrintable(failuresOf(quiet)));
        QCOMPARE(writes(quiet.done), 0);

        // Changed and then deleted in Outlook on premises: the CRM follows.
        QVERIFY(m_world->onPremStore().updateEvent(
            o.storeId, text(onPrem, "id"),
            QJsonObject{{QStringLiteral("subject"), QStringLiteral("Call with Northwind (2)")}}));
        const SyncReport changed = sync();
        QVERIFY2(changed.ok(), qPrintable(failuresOf(changed)));
        QCOMPARE(changed.done.crmUpdates, 1);
        QCOMPARE(commsWithSubject(QStringLiteral("Call with Northwind (2)")).size(), 1);
        QVERIFY(m_world->onPremStore().deleteEvent(o.storeId, text(onPrem, "id")));
        const SyncReport deleted = sync();
        QVERIFY2(deleted.ok(), qPrintable(failuresOf(deleted)));
        QCOMPARE(deleted.done.crmDeletes, 1);
        QCOMPARE(commsWithSubject(QStringLiteral("Call with Northwind (2)")).size(), 0);
        QCOMPARE(whereIs(QStringLiteral("Call with Contoso")), QStringList{at(c)});
        QCOMPARE(duplicatesAndBrokenLinks(), QStringList());
    }

    void meetingsAcrossTheServersAreWrittenOnce()
    {
        const Person &c = m_cloudPeople.at(0), &c2 = m_cloudPeople.at(1);
        const Person &o = m_onPremPeople.at(0), &o2 = m_onPremPeople.at(1);
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(5);
        auto attendeesOf = [](const QJsonObject &item) {
            QStringList out;
            for (const QJsonValue &v : item.value(QStringLiteral("attendees")).toArray())
                out.append(v.toObject()
                               .value(QStringLiteral("emailAddress"))
                               .toObject()
                               .value(QStringLiteral("address"))
                               .toString()
                               .toLower());
            out.sort();
            return out;
        };

        // Organized in the CRM by a cloud user, with one user on each server: the organizer's server invites
        // both; only its own attendee gets a copy there (the other's comes by mail between the organisations,
        // not simulated): the engine writes no copy of its own on the other server.
        const QString fromCloud = createComm(QStringLiteral("Joint planning"), start, c, {o, c2});
        QVERIFY(!fromCloud.isEmpty());
        // Organized in the CRM by an on-premises user, with a cloud user and another on-premises user.
        const QString fromOnPrem =
            createComm(QStringLiteral("Plant tour"), start.addSecs(3 * 3600), o, {c, o2});
        QVERIFY(!fromOnPrem.isEmpty());
        const SyncReport r = sync();
        QVERIFY2(r.ok(), qPrintable(failuresOf(r)));
        QCOMPARE(r.done.exchangeCreates, 2);
        QCOMPARE(r.done.invitations, 4);
        QCOMPARE(whereIs(QStringLiteral("Joint planning")), (QStringList{at(c), at(c2)}));
        QCOMPARE(whereIs(QStringLiteral("Plant tour")), (QStringList{at(o), at(o2)}));
        QStringList wanted{o.address, c2.address};
        wanted.sort();
        QCOMPARE(attendeesOf(eventsWithSubject(c, QStringLiteral("Joint planning")).value(0)), wanted);
        wanted = QStringList{c.address, o2.address};
        wanted.sort();
        QCOMPARE(attendeesOf(eventsWithSubject(o, QStringLiteral("Plant tour")).value(0)), wanted);

        for (int run = 0; run < 2; ++run) {
            const SyncReport again = sync();
            QVERIFY2(again.ok(), qPrintable(failuresOf(again)));
            QCOMPARE(writes(again.done), 0);
        }
        QCOMPARE(whereIs(QStringLiteral("Joint planning")), (QStringList{at(c), at(c2)}));
        QCOMPARE(whereIs(QStringLiteral("Plant tour")), (QStringList{at(o), at(o2)}));
        QCOMPARE(commsWithSubject(QStringLiteral("Joint planning")).size(), 1);
        QCOMPARE(commsWithSubject(QStringLiteral("Plant tour")).size(), 1);
        QStringList users{c.crmId, o.crmId, c2.crmId};
        users.sort();
        QCOMPARE(linkedUsersOf(fromCloud), users);
        users = QStringList{o.crmId, c.crmId, o2.crmId};
        users.sort();
        QCOMPARE(linkedUsersOf(fromOnPrem), users);

        // Organized in Outlook on premises with a cloud user: one communication, both users on it.
        const QJsonObject kickoff =
            outlookEvent(o2, QStringLiteral("Fabrikam kickoff"), start.addDays(1), {c2});
        QVERIFY2(kickoff.contains(QStringLiteral("id")), QJsonDocument(kickoff).toJson().constData());
        // And in Outlook in the cloud with an on-premises user.
        const QJsonObject review = outlookEvent(c2, QStringLiteral("Contoso review"), start.addDays(2), {o});
        QVERIFY2(review.contains(QStringLiteral("id")), QJsonDocument(review).toJson().constData());
        const SyncReport inbound = sync();
        QVERIFY2(inbound.ok(), qPrintable(failuresOf(inbound)));
        QCOMPARE(inbound.done.crmCreates, 2);
        const QList<QJsonObject> k = commsWithSubject(QStringLiteral("Fabrikam kickoff"));
        QCOMPARE(k.size(), 1);
        QCOMPARE(text(k.first(), "Comm_UserId"), o2.crmId);
        QStringList both{o2.crmId, c2.crmId};
        both.sort();
        QCOMPARE(linkedUsersOf(text(k.first(), "Comm_CommunicationId")), both);
        const QList<QJsonObject> rv = commsWithSubject(QStringLiteral("Contoso review"));
        QCOMPARE(rv.size(), 1);
        QCOMPARE(text(rv.first(), "Comm_UserId"), c2.crmId);
        both = QStringList{c2.crmId, o.crmId};
        both.sort();
        QCOMPARE(linkedUsersOf(text(rv.first(), "Comm_CommunicationId")), both);
        QCOMPARE(whereIs(QStringLiteral("Fabrikam kickoff")), QStringList{at(o2)});
        QCOMPARE(whereIs(QStringLiteral("Contoso review")), QStringList{at(c2)});

        const SyncReport quiet = sync();
        QVERIFY2(quiet.ok(), qPrintable(failuresOf(quiet)));
        QCOMPARE(writes(quiet.done), 0);
        QCOMPARE(duplicatesAndBrokenLinks(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCalendarHybrid)
#include "tst_calendar_hybrid.moc"
