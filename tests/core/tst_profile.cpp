// The per-profile object (issue 16): the journal and the connections are opened once and shared, callers
// asking while the connections are built are answered together, a failure is not kept, reload() hands out new
// ones while holders keep theirs, and a worker thread gets a journal connection of its own.
#include "CoreTestSupport.h"
#include "config/MemorySecretStore.h"
#include "config/Settings.h"
#include "connect/Connections.h"
#include "profile/Profile.h"
#include "store/Journal.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <optional>

#include <memory>

using namespace cxsync;
using namespace cxsync::testsupport;

namespace {

Status writeSecret(SecretStore &store, Secret secret, const QString &value)
{
    const Result<bool> written = await<bool>(
        [&](auto done) {
            store.write(secret, value, [done](Status s) {
                if (s.ok())
                    done(true);
                else
                    done(s.error());
            });
        },
        5000);
    if (!written.ok())
        return written.error();
    return {};
}

// A store that answers on the next turn of the event loop, as the keychain does.
class LaterSecretStore final : public SecretStore {
public:
    explicit LaterSecretStore(SecretStore &inner) : m_inner(inner) {}
    void read(Secret secret, ReadCallback done) override
    {
        QTimer::singleShot(0, this, [this, secret, done] { m_inner.read(secret, done); });
    }
    void write(Secret secret, const QString &value, DoneCallback done) override
    {
        m_inner.write(secret, value, std::move(done));
    }
    void remove(Secret secret, DoneCallback done) override { m_inner.remove(secret, std::move(done)); }
    QString backendName() const override { return QStringLiteral("later"); }

protected:
    SecretStore *createForServer(const QString &) override { return nullptr; }

private:
    SecretStore &m_inner;
};

} // namespace

class TestProfile : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Settings::open(m_dir->filePath(u("profile.ini")));
        QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
        m_settings = std::move(opened).value();
        SettingsValues config = validConfig();
        config[Keys::JournalPath] = m_dir->filePath(u("journal.db"));
        const ValidationIssues issues = m_settings->save(config);
        QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
        m_secrets = std::make_unique<MemorySecretStore>();
    }

    void journalOpenedOnceAndShared()
    {
        Profile profile(*m_settings, *m_secrets);
        auto first = profile.journal();
        QVERIFY2(first.ok(), qPrintable(messageOf(first)));
        auto second = profile.journal();
        QVERIFY(second.ok());
        QCOMPARE(second.value().get(), first.value().get());
        QCOMPARE(first.value()->path(), m_dir->filePath(u("journal.db")));

        // reload(): the next caller gets a new journal; the holder's stays open and usable.
        std::shared_ptr<Journal> held = first.value();
        profile.reload();
        auto third = profile.journal();
        QVERIFY(third.ok());
        QVERIFY(third.value().get() != held.get());
        QVERIFY(held->database().isOpen());
        QVERIFY(held->schemaVersion() > 0);
    }

    void aJournalThatCannotOpenIsNamedAndNotKept()
    {
        // Something that is not a journal of ours where the journal should be: refused, never overwritten.
        const QString blocked = m_dir->filePath(u("journal.db"));
        QVERIFY(writeBytes(blocked, QByteArray("not a journal\n").repeated(100)));
        Profile profile(*m_settings, *m_secrets);
        auto failed = profile.journal();
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(u("journal.db")), qPrintable(failed.error().message));
        // Fixed meanwhile: the next call opens it.
        QVERIFY(QFile::remove(blocked));
        auto opened = profile.journal();
        QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
    }

    void aWorkerThreadGetsItsOwnConnection()
    {
        Profile profile(*m_settings, *m_secrets);
        auto mine = profile.journal();
        QVERIFY(mine.ok());
        const QString mineName = mine.value()->database().connectionName();
        QString problem;
        bool differentConnection = false;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto theirs = profile.openJournalForThread();
            if (!theirs.ok()) {
                problem = theirs.error().message;
                return;
            }
            differentConnection = theirs.value()->database().connectionName() != mineName &&
                                  theirs.value()->schemaVersion() > 0;
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(differentConnection);
    }

    void aWorkerThreadOpensThePathReadWhereItWasStarted()
    {
        Profile profile(*m_settings, *m_secrets);
        auto mine = profile.journal();
        QVERIFY(mine.ok());
        const QString mineName = mine.value()->database().connectionName();
        const Profile::JournalOpener opener = profile.journalOpenerForThread();
        // The settings change after the worker was set up: it opens the journal it was started for, and never
        // reads the settings from its own thread.
        SettingsValues config = m_settings->values();
        config[Keys::JournalPath] = m_dir->filePath(u("moved.db"));
        QVERIFY(m_settings->save(config).isEmpty());
        profile.reload();
        QString problem;
        QString openedPath;
        bool differentConnection = false;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            auto theirs = opener();
            if (!theirs.ok()) {
                problem = theirs.error().message;
                return;
            }
            openedPath = theirs.value()->path();
            differentConnection = theirs.value()->database().connectionName() != mineName &&
                                  theirs.value()->schemaVersion() > 0;
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(openedPath, m_dir->filePath(u("journal.db")));
        QVERIFY(differentConnection);
        QVERIFY(!QFile::exists(m_dir->filePath(u("moved.db"))));
        // Made after the change: the new path.
        QCOMPARE(profile.journalPath(), m_dir->filePath(u("moved.db")));
    }

    void connectionsAreBuiltOnceForEveryoneWaiting()
    {
        QVERIFY(writeSecret(*m_secrets, Secret::CrmPassword, u("crm-pass")).ok());
        QVERIFY(writeSecret(*m_secrets, Secret::GraphClientSecret, u("graph-secret")).ok());
        Profile profile(*m_settings, *m_secrets);
        // Three callers before the first answer: one build, the same object for all, in order.
        QList<Connections *> answers;
        QStringList order;
        for (int i = 0; i < 3; ++i) {
            profile.connections([&answers, &order, i](Result<std::shared_ptr<Connections>> c) {
                order.append(QString::number(i));
                answers.append(c.ok() ? c.value().get() : nullptr);
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 3, 5000);
        QCOMPARE(order, (QStringList{u("0"), u("1"), u("2")}));
        QVERIFY(answers[0]);
        QCOMPARE(answers[1], answers[0]);
        QCOMPARE(answers[2], answers[0]);
        // Later callers get the same one at once.
        auto again = await<std::shared_ptr<Connections>>([&](auto done) { profile.connections(done); });
        QVERIFY(again.ok());
        QCOMPARE(again.value().get(), answers[0]);

        // reload(): built anew from what is saved now; the old one lives while held.
        std::shared_ptr<Connections> held = again.value();
        SettingsValues config = m_settings->values();
        config[Keys::ExchangeAccount] = u("other-sync@contoso.com");
        QVERIFY(m_settings->save(config).isEmpty());
        profile.reload();
        auto rebuilt = await<std::shared_ptr<Connections>>([&](auto done) { profile.connections(done); });
        QVERIFY2(rebuilt.ok(), qPrintable(messageOf(rebuilt)));
        QVERIFY(rebuilt.value().get() != held.get());
        QCOMPARE(rebuilt.value()->servers().first().account, u("other-sync@contoso.com"));
        QCOMPARE(held->servers().first().account, u("crm-sync@contoso.com"));
    }

    void aMissingSecretIsNamedAndNotKept()
    {
        QVERIFY(writeSecret(*m_secrets, Secret::CrmPassword, u("crm-pass")).ok());
        Profile profile(*m_settings, *m_secrets);
        auto missing = await<std::shared_ptr<Connections>>([&](auto done) { profile.connections(done); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, ErrorKind::Invalid);
        QVERIFY2(missing.error().field.contains(u("graph")) || missing.error().message.contains(u("secret")),
                 qPrintable(missing.error().field + u(" / ") + missing.error().message));
        // The admin stores it: the next call succeeds without a reload.
        QVERIFY(writeSecret(*m_secrets, Secret::GraphClientSecret, u("graph-secret")).ok());
        auto built = await<std::shared_ptr<Connections>>([&](auto done) { profile.connections(done); });
        QVERIFY2(built.ok(), qPrintable(messageOf(built)));
    }

    void serversHandsOutBothTogether()
    {
        QVERIFY(writeSecret(*m_secrets, Secret::CrmPassword, u("crm-pass")).ok());
        QVERIFY(writeSecret(*m_secrets, Secret::GraphClientSecret, u("graph-secret")).ok());
        Profile profile(*m_settings, *m_secrets);
        auto servers = await<Profile::Servers>([&](auto done) { profile.servers(done); });
        QVERIFY2(servers.ok(), qPrintable(messageOf(servers)));
        QVERIFY(servers.value().connections);
        QVERIFY(servers.value().journal);
        auto journal = profile.journal();
        QVERIFY(journal.ok());
        QCOMPARE(journal.value().get(), servers.value().journal.get());
    }

    void callersWaitingWhenTheProfileGoesAreTold()
    {
        QVERIFY(writeSecret(*m_secrets, Secret::CrmPassword, u("crm-pass")).ok());
        QVERIFY(writeSecret(*m_secrets, Secret::GraphClientSecret, u("graph-secret")).ok());
        std::optional<Result<std::shared_ptr<Connections>>> answer;
        LaterSecretStore later(*m_secrets);
        {
            Profile profile(*m_settings, later);
            profile.connections([&answer](Result<std::shared_ptr<Connections>> c) { answer.emplace(std::move(c)); });
        }
        QVERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, ErrorKind::Cancelled);
        // The secret reads still under way end without reaching the closed profile.
        QTest::qWait(50);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
