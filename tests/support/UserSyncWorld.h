#pragma once

// Test support for the user sync suites: both sandboxes filled with one sample world, a validated profile and
// secrets file for them (as `cxsync demo` writes), and what a run opens from those (settings, connections,
// journal). Header-only.
#include "Clock.h"
#include "CoreTestSupport.h"
#include "CrmSandbox.h"
#include "GraphSandbox.h"
#include "SampleDataGenerator.h"
#include "SandboxEnvironment.h"
#include "SandboxProfile.h"
#include "config/SecretsFile.h"
#include "config/Settings.h"
#include "connect/Connections.h"
#include "store/Journal.h"
#include "users/UserLinkStore.h"
#include "users/UserSync.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace cxsync::testsupport {

// What a run opens: connectors for the profile (null, with a warning, when they cannot be made), the journal.
inline std::unique_ptr<Connections> connectProfile(const Settings &settings, const ConnectionSecrets &secrets,
                                                   Clock *clock)
{
    auto made = Connections::create(settings, secrets, clock);
    if (!made.ok()) {
        qWarning("Connections::create: %s", qPrintable(made.error().message));
        return nullptr;
    }
    return std::move(made).value();
}

inline std::unique_ptr<Journal> openJournalAt(const QString &path)
{
    auto opened = Journal::open(path);
    if (!opened.ok()) {
        qWarning("Journal::open: %s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(opened).value();
}

// The CRM's users as stored, by id.
// The sample's first enabled user with a mailbox: the profile's Exchange Account for that server.
inline QString accountOf(const sandbox::SampleData &data)
{
    for (const sandbox::SampleUser &user : data.users) {
        if (user.hasMailbox && user.accountEnabled)
            return user.mail;
    }
    return {};
}

inline QHash<QString, QJsonObject> crmUsersById(sandbox::CrmSandbox &crm)
{
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : crm.users())
        byId.insert(value.toObject().value(QStringLiteral("$key")).toString(), value.toObject());
    return byId;
}

class UserSyncWorld {
public:
    // Starts the sandboxes with `users` sample users and `appointments` sample appointments (none by
    // default). Check ok() (and error()).
    explicit UserSyncWorld(int users, quint64 seed = 1, int appointments = 0)
    {
        m_options.users = users;
        m_options.appointments = appointments;
        m_options.seed = seed;
#ifdef CXSYNC_TEST_CRM_BEFORE_2024R2
        m_options.crmLegacyApi = true; // the suite built again against a Sage CRM release before 2024 R2
#endif
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return;
        }
        if (!m_env.start(m_options, &m_error))
            return;
        m_profile = m_dir.filePath(QStringLiteral("profile.ini"));
        m_secretsFile = m_dir.filePath(QStringLiteral("secrets"));
        if (const Status s = sandbox::SandboxProfile::write(m_env.describe(), m_profile, m_secretsFile);
            !s.ok()) {
            m_error = s.error().message;
            return;
        }
        auto opened = Settings::open(m_profile);
        if (!opened.ok()) {
            m_error = opened.error().message;
            return;
        }
        m_settings = std::move(opened).value();
        m_journalPath = m_settings->journalPath();
        // The sample world the sandboxes hold (users do not depend on the date when there are no
        // appointments).
        m_data = sandbox::SampleDataGenerator::generate(users, 0, seed, QDateTime::currentDateTimeUtc());
        m_ok = true;
    }

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    sandbox::SandboxEnvironment &env() { return m_env; }
    sandbox::GraphSandbox &graph() { return *m_env.graph(); }
    sandbox::CrmSandbox &crm() { return *m_env.crm(); }
    const sandbox::SampleData &data() const { return m_data; }
    Settings &settings() { return *m_settings; }
    QString profilePath() const { return m_profile; }
    QString secretsPath() const { return m_secretsFile; }
    QString journalPath() const { return m_journalPath; }
    QString dir() const { return m_dir.path(); }
    SystemClock &clock() { return m_clock; }

    ConnectionSecrets secrets() const
    {
        const QJsonObject line = m_env.describe();
        ConnectionSecrets s;
        s.crmPassword = line.value(QStringLiteral("crmPassword")).toString();
        s.graphClientSecret = line.value(QStringLiteral("clientSecret")).toString();
        return s;
    }
    // What a run opens: connectors for the profile, and the journal.
    std::unique_ptr<Connections> connect() { return connectProfile(*m_settings, secrets(), &m_clock); }
    std::unique_ptr<Journal> openJournal() const { return openJournalAt(m_journalPath); }

    // The CRM's users as stored, by id.
    QHash<QString, QJsonObject> crmUsers() { return crmUsersById(crm()); }
    // Graph user id by primary address (lower case).
    QHash<QString, QString> mailboxIds()
    {
        QHash<QString, QString> ids;
        for (const QJsonValue &value : graph().users()) {
            const QJsonObject user = value.toObject();
            ids.insert(user.value(QStringLiteral("mail")).toString().toLower(),
                       user.value(QStringLiteral("id")).toString());
        }
        return ids;
    }

private:
    QTemporaryDir m_dir;
    sandbox::SandboxOptions m_options;
    sandbox::SandboxEnvironment m_env;
    sandbox::SampleData m_data;
    std::unique_ptr<Settings> m_settings;
    SystemClock m_clock;
    QString m_profile;
    QString m_secretsFile;
    QString m_journalPath;
    QString m_error;
    bool m_ok = false;
};

// One user sync as the panel and `cxsync users sync` run it: the plan, then the plan applied (creations
// confirmed). The UserSync lives as long as this object (its applier writes the plan).
class UserSyncRun {
public:
    UserSyncRun(Connections &connections, Journal &journal, Clock &clock, const Settings &settings)
        : m_sync(connections.crm(), *connections.exchange(), journal, clock,
                 users::UserSync::matchOptions(settings, connections.exchangeServerNames()))
    {
    }
    Result<users::UserSyncPlan> plan()
    {
        return await<users::UserSyncPlan>([this](auto done) { m_sync.preparePlan(done); });
    }
    // Nullopt when the applier did not finish within a minute.
    std::optional<users::UserSyncReport> apply(const users::UserSyncPlan &plan)
    {
        QSignalSpy finished(&m_sync.applier(), &users::UserSyncApplier::finished);
        m_sync.applier().start(plan, users::ApplyOptions{true, 4});
        if (!finished.wait(60000))
            return std::nullopt;
        return finished.first().first().value<users::UserSyncReport>();
    }

private:
    users::UserSync m_sync;
};

// Two Exchange Online tenants in one profile (seed chapter 5): one Sage CRM sandbox with every CRM user of a
// sample world, and two Graph sandboxes on their own loopback ports, each holding its own mailboxes. Tenant A
// is the profile's primary Exchange server; tenant B is the additional server kServerB. Every second mailbox
// owner of the sample (in sample order) has its mailbox on B instead of A, with its addresses (and the CRM
// e-mail that points at them) moved to fabrikam.example, as a second organization's would be. The profile is
// written as SandboxProfile writes it, plus B's section; the secrets file holds B's client secret as
// "graph-client-secret@emea". Check ok() (and error()).
class TwoTenantWorld {
public:
    static inline const QString kServerB = QStringLiteral("emea");

    // `onBoth`: sample users whose mailbox is also on tenant B, with the same address (a second object with
    // its own id, as after a half-done migration).
    explicit TwoTenantWorld(int users, quint64 seed = 1, const QStringList &onBoth = {})
    {
        const QByteArray crmZone = "Europe/London";
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return;
        }
        m_data = sandbox::SampleDataGenerator::generate(users, 0, seed, QDateTime::currentDateTimeUtc());
        static const QRegularExpression contoso(QStringLiteral("@contoso\\.example$"),
                                                QRegularExpression::CaseInsensitiveOption);
        const QString fabrikam = QStringLiteral("@fabrikam.example");
        bool toB = false;
        for (sandbox::SampleUser &user : m_data.users) {
            if (!user.hasMailbox)
                continue;
            if (toB) {
                m_onB.insert(user.key);
                user.mail.replace(contoso, fabrikam);
                for (QString &alias : user.aliases)
                    alias.replace(contoso, fabrikam);
                user.crmEmail.replace(contoso, fabrikam);
            }
            toB = !toB;
        }
        sandbox::SampleData a = m_data;
        sandbox::SampleData b = m_data;
        for (sandbox::SampleUser &user : a.users)
            user.hasMailbox = user.hasMailbox && !m_onB.contains(user.key);
        for (sandbox::SampleUser &user : b.users) {
            if (onBoth.contains(user.key) && user.hasMailbox && !m_onB.contains(user.key))
                user.key += QStringLiteral("-b"); // B's object id differs (ids derive from the key)
            else
                user.hasMailbox = user.hasMailbox && m_onB.contains(user.key);
        }
        m_graphA = std::make_unique<sandbox::GraphSandbox>();
        m_graphB = std::make_unique<sandbox::GraphSandbox>();
        m_crm = std::make_unique<sandbox::CrmSandbox>();
        m_graphA->load(a);
        m_graphB->load(b);
        m_crm->setServerTimeZone(QTimeZone(crmZone));
        m_crm->load(m_data);
        if (!m_graphA->start() || !m_graphB->start() || !m_crm->start()) {
            m_error = QStringLiteral("a sandbox could not listen on 127.0.0.1");
            return;
        }
        const QString accountA = accountOf(a);
        const QString accountB = accountOf(b);
        if (accountA.isEmpty() || accountB.isEmpty()) {
            m_error = QStringLiteral("each tenant needs an enabled mailbox: use more users");
            return;
        }
        // What SandboxEnvironment::describe() gives for tenant A and the CRM.
        const QJsonObject line{
            {QStringLiteral("authority"), m_graphA->baseUrl().toString()},
            {QStringLiteral("tenant"), m_graphA->tenantId()},
            {QStringLiteral("clientId"), m_graphA->clientId()},
            {QStringLiteral("clientSecret"), m_graphA->clientSecret()},
            {QStringLiteral("mailbox"), accountA},
            {QStringLiteral("crm"), m_crm->restBaseUrl().toString()},
            {QStringLiteral("crmServer"), QStringLiteral("127.0.0.1:%1").arg(m_crm->http().port())},
            {QStringLiteral("crmInstall"), m_crm->installName()},
            {QStringLiteral("crmUser"), m_crm->syncUser()},
            {QStringLiteral("crmPassword"), m_crm->syncPassword()},
            {QStringLiteral("crmTimeZone"), QString::fromUtf8(crmZone)}};
        m_profile = m_dir.filePath(QStringLiteral("profile.ini"));
        m_secretsFile = m_dir.filePath(QStringLiteral("secrets"));
        if (const Status s = sandbox::SandboxProfile::write(line, m_profile, m_secretsFile); !s.ok()) {
            m_error = s.error().message;
            return;
        }
        auto opened = Settings::open(m_profile);
        if (!opened.ok()) {
            m_error = opened.error().message;
            return;
        }
        m_settings = std::move(opened).value();
        m_journalPath = m_dir.filePath(QStringLiteral("journal.sqlite"));
        if (const Status s = m_settings->set(Keys::JournalPath, m_journalPath); !s.ok()) {
            m_error = s.error().message;
            return;
        }
        const QString base = m_graphB->baseUrl().toString();
        const ValidationIssues issues =
            m_settings->saveServer(kServerB, {{Keys::ExchangeKind, Choices::KindGraph},
                                              {Keys::ExchangeAccount, accountB},
                                              {Keys::GraphTenant, m_graphB->tenantId()},
                                              {Keys::GraphClientId, m_graphB->clientId()},
                                              {Keys::GraphCredentialKind, Choices::CredentialSecret},
                                              {Keys::GraphAuthorityUrl, base},
                                              {Keys::GraphBaseUrl, base}});
        if (!issues.isEmpty()) {
            m_error = issues.first().field + QStringLiteral(": ") + issues.first().message;
            return;
        }
        QFile secrets(m_secretsFile); // the file keeps its mode 0600
        if (!secrets.open(QIODevice::Append) || secrets.write(QStringLiteral("graph-client-secret@%1=%2\n")
                                                                  .arg(kServerB, m_graphB->clientSecret())
                                                                  .toUtf8()) <= 0) {
            m_error = QStringLiteral("cannot append to the secrets file");
            return;
        }
        m_ok = true;
    }

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    sandbox::GraphSandbox &graphA() { return *m_graphA; }
    sandbox::GraphSandbox &graphB() { return *m_graphB; }
    sandbox::CrmSandbox &crm() { return *m_crm; }
    const sandbox::SampleData &data() const { return m_data; }
    Settings &settings() { return *m_settings; }
    QString profilePath() const { return m_profile; }
    QString secretsPath() const { return m_secretsFile; }
    QString journalPath() const { return m_journalPath; }
    QString dir() const { return m_dir.path(); }
    SystemClock &clock() { return m_clock; }

    // Whether the sample user `key` has its mailbox on tenant B.
    bool onB(const QString &key) const { return m_onB.contains(key); }
    // The Graph sandbox holding this sample user's mailbox.
    sandbox::GraphSandbox &graphOf(const QString &key) { return onB(key) ? *m_graphB : *m_graphA; }
    // What user links and the CRM's User_ExchangeServer say for each tenant.
    QString serverA() const { return QStringLiteral("graph:") + m_graphA->tenantId(); }
    QString serverB() const { return QStringLiteral("graph:") + m_graphB->tenantId(); }

    ConnectionSecrets secrets() const
    {
        ConnectionSecrets s;
        s.crmPassword = m_crm->syncPassword();
        s.graphClientSecret = m_graphA->clientSecret();
        s.servers.insert(kServerB, ExchangeSecrets{m_graphB->clientSecret(), {}, {}});
        return s;
    }
    std::unique_ptr<Connections> connect() { return connectProfile(*m_settings, secrets(), &m_clock); }
    std::unique_ptr<Journal> openJournal() const { return openJournalAt(m_journalPath); }

    // The CRM's users as stored, by id.
    QHash<QString, QJsonObject> crmUsers() { return crmUsersById(*m_crm); }
    // The CRM user of a sample user (by logon), empty if none.
    QJsonObject crmUserOf(const QString &key)
    {
        const sandbox::SampleUser *user = m_data.user(key);
        for (const QJsonValue &value : m_crm->users()) {
            if (user && value.toObject().value(QStringLiteral("User_Logon")).toString() == user->crmLogon)
                return value.toObject();
        }
        return {};
    }
    // Graph user id of a sample user's mailbox (both tenants use the same id scheme, ids never repeat).
    QString mailboxId(const QString &key)
    {
        const sandbox::SampleUser *user = m_data.user(key);
        for (const QJsonValue &value : graphOf(key).users()) {
            if (user && value.toObject().value(QStringLiteral("mail")).toString() == user->mail)
                return value.toObject().value(QStringLiteral("id")).toString();
        }
        return {};
    }

private:
    QTemporaryDir m_dir;
    sandbox::SampleData m_data;
    QSet<QString> m_onB;
    std::unique_ptr<sandbox::GraphSandbox> m_graphA;
    std::unique_ptr<sandbox::GraphSandbox> m_graphB;
    std::unique_ptr<sandbox::CrmSandbox> m_crm;
    std::unique_ptr<Settings> m_settings;
    SystemClock m_clock;
    QString m_profile;
    QString m_secretsFile;
    QString m_journalPath;
    QString m_error;
    bool m_ok = false;
};

// The error message of a failed Result, empty when it succeeded (QVERIFY2 evaluates its message always).
template <typename T> QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}


// Checks that the CRM and the journal tell the same story: a linked row ⇔ the CRM user carries that
// mailbox's id and this server's name; rows in conflict are left as the admin has them; everyone else has
// no Exchange user id in the CRM. Returns the first disagreement, empty when they agree.
inline QString disagreement(const QHash<QString, QJsonObject> &crm, const QList<users::UserLink> &links,
                            const QString &server)
{
    QHash<QString, users::UserLink> byId;
    for (const users::UserLink &link : links)
        byId.insert(link.crmUserId, link);
    for (auto it = crm.cbegin(); it != crm.cend(); ++it) {
        const QJsonObject &user = it.value();
        if (user.value(QStringLiteral("User_Deleted")).toInt() == 1)
            continue;
        const QString crmId = user.value(QStringLiteral("User_ExchangeUserId")).toString();
        const QString crmServer = user.value(QStringLiteral("User_ExchangeServer")).toString();
        const QString logon = user.value(QStringLiteral("User_Logon")).toString();
        const auto row = byId.constFind(it.key());
        if (row != byId.cend() && row->state == users::LinkState::Linked) {
            if (crmId != row->exchangeUserId || crmServer != server)
                return QStringLiteral("%1: journal linked to %2, CRM has %3 on %4")
                    .arg(logon, row->exchangeUserId, crmId, crmServer);
        } else if (row != byId.cend() && row->state == users::LinkState::Conflict) {
            continue;
        } else if (!crmId.isEmpty()) {
            return QStringLiteral("%1: the CRM has Exchange user id %2 but the journal says %3")
                .arg(logon, crmId,
                     row == byId.cend() ? QStringLiteral("nothing") : users::stateName(row->state));
        }
    }
    return {};
}

} // namespace cxsync::testsupport
