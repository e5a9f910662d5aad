// `cxsync serve` end to end on the sandbox profile: after a user sync, the service installs subscriptions,
// a change in Outlook reaches the CRM through a notification well before the next poll, changes made while the
// service was down arrive after a restart (delta catches up), nothing is duplicated, and stop is clean.
#include "Cli.h"
#include "CrmSandbox.h"
#include "GraphSandbox.h"
#include "GraphSubscriptions.h"
#include "SandboxEnvironment.h"
#include "SandboxProfileSupport.h"
#include "ServeCommand.h"
#include "ServeTestSupport.h"
#include "config/LayeredSecretStore.h"
#include "config/SecretsFile.h"
#include "config/Settings.h"
#include "profile/Profile.h"
#include "service/ServiceState.h"
#include "store/Journal.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace cxsync;
using namespace cxsync::sandbox;

class TestServe : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxEnvironment> m_env;
    QString m_profile;
    QString m_secretsPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LayeredSecretStore> m_secrets;
    QString m_mailbox;

    int cli(const QStringList &args) { return testsupport::runCli(m_profile, m_secretsPath, args); }

    int crmCount(const QString &subject) const
    {
        int n = 0;
        for (const QJsonValue &c : m_env->crm()->communications(false))
            n += c.toObject().value(QStringLiteral("Comm_Subject")).toString() == subject ? 1 : 0;
        return n;
    }

    QJsonObject event(const QString &subject) const
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(2);
        return QJsonObject{
            {QStringLiteral("subject"), subject},
            {QStringLiteral("start"), QJsonObject{{QStringLiteral("dateTime"), start.toString(QStringLiteral("yyyy-MM-ddTHH:00:00"))},
                                                  {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
            {QStringLiteral("end"), QJsonObject{{QStringLiteral("dateTime"), start.addSecs(3600).toString(QStringLiteral("yyyy-MM-ddTHH:00:00"))},
                                                {QStringLiteral("timeZone"), QStringLiteral("UTC")}}}};
    }

    struct Service {
        QString out, err;
        QTextStream outStream{&out}, errStream{&err};
        std::unique_ptr<Profile> profile; // as `cxsync serve` opens it, one per start
        std::unique_ptr<ServeCommand> command;
        int code = -1;
    };
    std::unique_ptr<Service> startService()
    {
        auto s = std::make_unique<Service>();
        s->profile = std::make_unique<Profile>(*m_settings, *m_secrets);
        s->command = std::make_unique<ServeCommand>(*s->profile, s->outStream, s->errStream);
        Service *raw = s.get();
        s->command->run([raw](int code) { raw->code = code; });
        if (!QTest::qWaitFor([raw] { raw->outStream.flush(); return raw->out.contains(QStringLiteral("Sync of all users")) || raw->code != -1; }, 60000))
            qWarning("the service's first run did not finish");
        return s;
    }
    void stopService(Service &s)
    {
        s.command->requestStop();
        QVERIFY(QTest::qWaitFor([&s] { return s.code != -1; }, 30000));
        QCOMPARE(s.code, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = std::make_unique<SandboxEnvironment>();
        SandboxProfilePaths paths;
        const QString error = startWithProfile(*m_env, 6, m_dir.path(), &paths);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_profile = paths.profile;
        m_secretsPath = paths.secrets;
        {
            QSettings ini(m_profile, QSettings::IniFormat);
            ini.setValue(QStringLiteral("sync/pollIntervalSeconds"), 300); // push must do the work, not polling
        }
        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("sync"), QStringLiteral("--yes")}), 0);
        auto opened = Settings::open(m_profile);
        QVERIFY(opened.ok());
        m_settings = std::move(opened).value();
        auto secrets = SecretsFile::load(m_secretsPath);
        QVERIFY(secrets.ok());
        m_secrets = std::make_unique<LayeredSecretStore>(nullptr);
        m_secrets->setOverrides(secrets.value());
        m_mailbox = m_env->describe().value(QStringLiteral("mailbox")).toString();
    }

    void notificationPropagatesWithinSeconds()
    {
        auto service = startService();
        QVERIFY2(service->code == -1, qPrintable(service->err));
        QVERIFY2(!m_env->graph()->subscriptions().toJson().isEmpty(), qPrintable(service->out));
        // A linked user's mailbox: the one the first subscription watches.
        const QString resource =
            m_env->graph()->subscriptions().toJson().first().toObject().value(QStringLiteral("resource")).toString();
        m_mailbox = resource.section(QLatin1Char('/'), -2, -2);
        QVERIFY(!m_mailbox.isEmpty());
        QElapsedTimer timer;
        timer.start();
        m_env->graph()->createEvent(m_mailbox, event(QStringLiteral("Pushed from Outlook")));
        QVERIFY2(QTest::qWaitFor([this] { return crmCount(QStringLiteral("Pushed from Outlook")) == 1; }, 20000),
                 qPrintable(service->out + service->err));
        const qint64 latency = timer.elapsed();
        qInfo("Exchange -> CRM through a notification: %lld ms", latency);
        QVERIFY2(latency < 10000, "slower than push should be (the poll interval is 300 s)");
        stopService(*service);
    }

    void changesWhileDownArriveAfterRestartOnce()
    {
        m_env->graph()->createEvent(m_mailbox, event(QStringLiteral("Made while the service was down")));
        QTest::qWait(500); // Graph's delivery to the stopped listener fails (retried later)
        auto service = startService();
        QVERIFY2(QTest::qWaitFor([this] { return crmCount(QStringLiteral("Made while the service was down")) == 1; }, 20000),
                 qPrintable(service->out + service->err));
        // Graph's retried deliveries and the next runs change nothing.
        QTest::qWait(1500);
        QCOMPARE(crmCount(QStringLiteral("Made while the service was down")), 1);
        QCOMPARE(crmCount(QStringLiteral("Pushed from Outlook")), 1);
        stopService(*service);
    }

    void heartbeatIsRecordedForThePanel()
    {
        // A short poll interval so that a poll's heartbeat can be seen.
        QVERIFY(m_settings->set(Keys::PollInterval, QStringLiteral("5")).ok());
        auto service = startService();
        QVERIFY2(service->code == -1, qPrintable(service->err));
        auto journal = Journal::open(m_settings->journalPath());
        QVERIFY(journal.ok());
        auto read = ServiceState::read(*journal.value());
        QVERIFY(read.ok() && read.value().has_value());
        const ServiceHeartbeat started = *read.value();
        QCOMPARE(started.pid, QCoreApplication::applicationPid());
        QCOMPARE(started.pollIntervalSecs, 5);
        QCOMPARE(started.listenUrl, QStringLiteral("http://127.0.0.1:%1/cxsync/notifications")
                                        .arg(m_settings->value(Keys::ListenerPort).toInt()));
        QCOMPARE(started.publicUrl, m_settings->value(Keys::ListenerPublicUrl).toString());
        // the start-up run, or a CRM-feed poll after it (every sync/crmPollSeconds while push works)
        QVERIFY2(started.lastRunResult.startsWith(QStringLiteral("all users: ")) ||
                     started.lastRunResult.startsWith(QStringLiteral("CRM changes: ")),
                 qPrintable(started.lastRunResult));
        QCOMPARE(ServiceState::liveness(started, QDateTime::currentDateTimeUtc(), 300), ServiceLiveness::Running);
        // The poll beats.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto now = ServiceState::read(*journal.value());
                return now.ok() && now.value() && now.value()->heartbeatUtc > started.heartbeatUtc &&
                       now.value()->startedUtc == started.startedUtc;
            },
            12000));
        stopService(*service);
        read = ServiceState::read(*journal.value());
        QVERIFY(read.ok() && read.value().has_value());
        QVERIFY(read.value()->stoppedUtc.isValid());
        QCOMPARE(ServiceState::liveness(read.value(), QDateTime::currentDateTimeUtc(), 300), ServiceLiveness::Stopped);
        QVERIFY(m_settings->set(Keys::PollInterval, QStringLiteral("300")).ok());
    }
};

QTEST_MAIN(TestServe)
#include "tst_serve.moc"
