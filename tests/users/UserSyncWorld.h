#pragma once

// Test support for the user sync suites: both sandboxes filled with one sample world, a validated profile and
// secrets file for them (as `cxsync demo` writes), and what a run opens from those (settings, connections,
// journal). Header-only.
#include "../core/CoreTestSupport.h"
#include "Clock.h"
#include "CrmSandbox.h"
#include "GraphSandbox.h"
#include "Journal.h"
#include "SampleDataGenerator.h"
#include "SandboxEnvironment.h"
#include "SandboxProfile.h"
#include "SecretsFile.h"
#include "Settings.h"
#include "connect/Connections.h"
#include "users/UserLinkStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace cxsync::testsupport {

class UserSyncWorld {
public:
    // Starts the sandboxes with `users` sample users and `appointments` sample appointments (none by
    // default). Check ok() (and error()).
    explicit UserSyncWorld(int users, quint64 seed = 1, int appointments = 0)
    {
        m_options.users = users;
        m_options.appointments = appointments;
        m_options.seed = seed;
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
    std::unique_ptr<Connections> connect()
    {
        auto made = Connections::create(*m_settings, secrets(), &m_clock);
        if (!made.ok()) {
            qWarning("Connections::create: %s", qPrintable(made.error().message));
            return nullptr;
        }
        return std::move(made).value();
    }
    std::unique_ptr<Journal> openJournal() const
    {
        auto opened = Journal::open(m_journalPath);
        if (!opened.ok()) {
            qWarning("Journal::open: %s", qPrintable(opened.error().message));
            return nullptr;
        }
        return std::move(opened).value();
    }

    // The CRM's users as stored, by id.
    QHash<QString, QJsonObject> crmUsers()
    {
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &value : crm().users())
            byId.insert(value.toObject().value(QStringLiteral("$key")).toString(), value.toObject());
        return byId;
    }
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
