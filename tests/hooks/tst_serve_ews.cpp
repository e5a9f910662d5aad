// `cxsync serve` against on-premises Exchange (issue 15, push): the EWS sandbox's push subscriptions call the
// listener with SOAP SendNotification (over loopback, NTLM for every EWS call the service makes), the service
// reads the notified mailbox only and the change reaches the CRM within seconds although the poll interval is
// 300 s. A restarted service makes new subscriptions from the watermarks the journal kept (Exchange replays
// what changed while it was down; an expired watermark is dropped and the mailbox read in full), answers the
// old ones' next call with Unsubscribe (Exchange drops them), and a change still crosses exactly once.
#include "CrmSandbox.h"
#include "EwsPush.h"
#include "EwsSandbox.h"
#include "GraphSandbox.h"
#include "SandboxProfileSupport.h"
#include "ServeCommand.h"
#include "ServeTestSupport.h"
#include "config/LayeredSecretStore.h"
#include "config/SecretsFile.h"
#include "config/Settings.h"
#include "config/SettingsSchema.h"
#include "profile/Profile.h"
#include "store/Journal.h"
#include "users/UserLinkStore.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace cxsync;
using namespace cxsync::sandbox;

class TestServeEws : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxEnvironment> m_env;
    QString m_profile;
    QString m_secretsPath;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LayeredSecretStore> m_secrets;
    QString m_mailbox; // a linked user's primary SMTP address (what EWS names mailboxes by)
    int m_linked = 0;

    int cli(const QStringList &args) { return testsupport::runCli(m_profile, m_secretsPath, args); }

    // The watermark the journal keeps for the mailbox's active subscription (read while the service is down).
    QString keptWatermark(const QString &mailbox) const
    {
        auto journal = Journal::open(m_settings->journalPath());
        if (!journal.ok())
            return {};
        QSqlQuery q(journal.value()->database());
        q.prepare(QStringLiteral("SELECT resume_point FROM subscriptions WHERE state = 'active' AND "
                                 "lower(mailbox) = lower(?)"));
        q.addBindValue(mailbox);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    // Active subscriptions that have a watermark kept.
    int keptWatermarks() const
    {
        auto journal = Journal::open(m_settings->journalPath());
        if (!journal.ok())
            return -1;
        QSqlQuery q(journal.value()->database());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM subscriptions WHERE state = 'active' AND "
                                     "resume_point <> ''")) &&
                       q.next()
                   ? q.value(0).toInt()
                   : -1;
    }

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
        const auto at = [](const QDateTime &t) {
            return QJsonObject{{QStringLiteral("dateTime"), t.toString(QStringLiteral("yyyy-MM-ddTHH:00:00"))},
                               {QStringLiteral("timeZone"), QStringLiteral("UTC")}};
        };
        return QJsonObject{{QStringLiteral("subject"), subject},
                           {QStringLiteral("start"), at(start)},
                           {QStringLiteral("end"), at(start.addSecs(3600))}};
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
        if (!QTest::qWaitFor(
                [raw] {
                    raw->outStream.flush();
                    return (raw->out.contains(QStringLiteral("Sync of all users")) &&
                            raw->out.contains(QStringLiteral("Change subscriptions:"))) ||
                           raw->code != -1;
                },
                60000))
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
        SandboxOptions options;
        options.users = 6;
        options.appointments = 0;
        options.ewsPort = 0;
        QString error;
        QVERIFY2(m_env->start(options, &error), qPrintable(error));
        m_env->ews()->push().setMinuteMs(200); // status pings and delivery retries in test time
        m_profile = m_dir.filePath(QStringLiteral("profile.ini"));
        m_secretsPath = m_dir.filePath(QStringLiteral("secrets"));
        const Status written = SandboxProfile::write(m_env->describe(), m_profile, m_secretsPath);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        {
            QSettings ini(m_profile, QSettings::IniFormat);
            ini.setValue(QStringLiteral("store/journalPath"), m_dir.filePath(QStringLiteral("journal.sqlite")));
            ini.setValue(QStringLiteral("exchange/kind"), QStringLiteral("ews"));
            ini.setValue(QStringLiteral("sync/pollIntervalSeconds"), 300); // push must do the work
        }
        QCOMPARE(cli({QStringLiteral("users"), QStringLiteral("sync"), QStringLiteral("--yes")}), 0);
        auto opened = Settings::open(m_profile);
        QVERIFY(opened.ok());
        m_settings = std::move(opened).value();
        auto secrets = SecretsFile::load(m_secretsPath);
        QVERIFY(secrets.ok());
        m_secrets = std::make_unique<LayeredSecretStore>(nullptr);
        m_secrets->setOverrides(secrets.value());
        auto journal = Journal::open(m_settings->journalPath());
        QVERIFY(journal.ok());
        const auto links = users::UserLinkStore(*journal.value()).all();
        QVERIFY(links.ok());
        for (const users::UserLink &l : links.value()) {
            if (l.state != users::LinkState::Linked)
                continue;
            ++m_linked;
            if (m_mailbox.isEmpty())
                m_mailbox = l.exchangeUserId;
        }
        QVERIFY2(m_linked >= 2, "user sync through EWS (ResolveNames) linked fewer than two users");
        QVERIFY2(m_mailbox.contains(QLatin1Char('@')), qPrintable(m_mailbox));
    }

    void notificationPropagatesWithinSeconds()
    {
        auto service = startService();
        QVERIFY2(service->code == -1, qPrintable(service->err));
        QVERIFY2(service->out.contains(QStringLiteral("Change subscriptions: %1 active, 0 failed").arg(m_linked)),
                 qPrintable(service->out + service->err));
        QCOMPARE(m_env->ews()->push().subscriptionCount(), m_linked);
        QElapsedTimer timer;
        timer.start();
        m_env->graph()->createEvent(m_mailbox, event(QStringLiteral("Pushed from Outlook on premises")));
        QVERIFY2(QTest::qWaitFor(
                     [this] { return crmCount(QStringLiteral("Pushed from Outlook on premises")) == 1; }, 20000),
                 qPrintable(service->out + service->err));
        const qint64 latency = timer.elapsed();
        qInfo("Exchange (EWS) -> CRM through a push notification: %lld ms", latency);
        QVERIFY2(latency < 10000, "slower than push should be (the poll interval is 300 s)");
        // the run that carried it read that mailbox only
        const QString runLine = QStringLiteral("Sync of %1:").arg(m_mailbox);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         service->outStream.flush();
                         return service->out.contains(runLine, Qt::CaseInsensitive);
                     },
                     10000),
                 qPrintable(service->out));
        stopService(*service);
    }

    void aRestartedServiceResubscribesAndTheOldSubscriptionsEnd()
    {
        auto service = startService();
        QVERIFY2(service->code == -1, qPrintable(service->err));
        // the old subscriptions' next call (a status ping) is answered Unsubscribe: only the new ones live on
        QVERIFY2(QTest::qWaitFor([this] { return m_env->ews()->push().subscriptionCount() == m_linked; }, 20000),
                 qPrintable(QStringLiteral("%1 subscriptions live, %2 mailboxes linked\n%3")
                                .arg(m_env->ews()->push().subscriptionCount())
                                .arg(m_linked)
                                .arg(service->out + service->err)));
        m_env->graph()->createEvent(m_mailbox, event(QStringLiteral("Pushed after a restart")));
        QVERIFY2(QTest::qWaitFor([this] { return crmCount(QStringLiteral("Pushed after a restart")) == 1; }, 20000),
                 qPrintable(service->out + service->err));
        QTest::qWait(1000);
        QCOMPARE(crmCount(QStringLiteral("Pushed after a restart")), 1);
        QCOMPARE(crmCount(QStringLiteral("Pushed from Outlook on premises")), 1);
        stopService(*service);
    }

    // The journal keeps each subscription's last watermark (advanced by every push the listener stored): a
    // restarted service resubscribes from it and Exchange replays what changed while it was down, as a push.
    // A watermark Exchange refuses (expired) is dropped: the subscription starts from now and the mailbox is
    // read in full, so the change still arrives, once.
    void aRestartResumesFromTheKeptWatermark()
    {
        EwsPush &push = m_env->ews()->push();
        auto service = startService();
        QVERIFY2(service->code == -1, qPrintable(service->err));
        m_env->graph()->createEvent(m_mailbox, event(QStringLiteral("Pushed before a stop")));
        QVERIFY2(
            QTest::qWaitFor([this] { return crmCount(QStringLiteral("Pushed before a stop")) == 1; }, 20000),
            qPrintable(service->out + service->err));
        stopService(*service);
        const QString before = keptWatermark(m_mailbox);
        QVERIFY2(!before.isEmpty(), "no watermark kept for the mailbox's active subscription");
        QCOMPARE(keptWatermarks(), m_linked); // every mailbox's subscription has one (Subscribe's at least)

        // Down: a change in Outlook. Up again: every subscription is made again from its watermark, and the
        // replayed event is pushed for that mailbox.
        m_env->graph()->createEvent(m_mailbox, event(QStringLiteral("Made while the service was down")));
        const int resumed = push.resumedSubscriptions();
        const int refused = push.refusedWatermarks();
        service = startService();
        QVERIFY2(service->code == -1, qPrintable(service->err));
        QVERIFY2(
            service->out.contains(QStringLiteral("Change subscriptions: %1 active, 0 failed").arg(m_linked)),
            qPrintable(service->out + service->err));
        QCOMPARE(push.resumedSubscriptions() - resumed, m_linked);
        QCOMPARE(push.refusedWatermarks(), refused);
        const QString pushed = QStringLiteral("Change notification for %1.").arg(m_mailbox);
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         service->outStream.flush();
                         return service->out.contains(pushed, Qt::CaseInsensitive);
                     },
                     10000),
                 qPrintable(service->out + service->err));
        QVERIFY2(
            QTest::qWaitFor(
                [this] { return crmCount(QStringLiteral("Made while the service was down")) == 1; }, 20000),
            qPrintable(service->out + service->err));
        stopService(*service);
        QVERIFY(!keptWatermark(m_mailbox).isEmpty());
        QVERIFY(keptWatermark(m_mailbox) != before);

        // Down again, and meanwhile every watermark expires: Subscribe refuses them (ErrorInvalidWatermark),
        // the service subscribes without and reads the mailboxes; the change arrives once.
        m_env->graph()->createEvent(m_mailbox, event(QStringLiteral("Made while the watermark expired")));
        push.setWatermarkLifetimeMs(0);
        const int refusedBefore = push.refusedWatermarks();
        const int resumedBefore = push.resumedSubscriptions();
        service = startService();
        push.setWatermarkLifetimeMs(30LL * 24 * 3600 * 1000);
        QVERIFY2(service->code == -1, qPrintable(service->err));
        QVERIFY2(
            service->out.contains(QStringLiteral("Change subscriptions: %1 active, 0 failed").arg(m_linked)),
            qPrintable(service->out + service->err));
        QCOMPARE(push.refusedWatermarks() - refusedBefore, m_linked);
        QCOMPARE(push.resumedSubscriptions(), resumedBefore);
        QVERIFY2(
            QTest::qWaitFor(
                [this] { return crmCount(QStringLiteral("Made while the watermark expired")) == 1; }, 20000),
            qPrintable(service->out + service->err));
        // The fresh subscriptions push as before.
        m_env->graph()->createEvent(m_mailbox, event(QStringLiteral("Pushed after the watermark expired")));
        QVERIFY2(QTest::qWaitFor(
                     [this] { return crmCount(QStringLiteral("Pushed after the watermark expired")) == 1; },
                     20000),
                 qPrintable(service->out + service->err));
        QTest::qWait(1000);
        for (const char *subject : {"Pushed before a stop", "Made while the service was down",
                                    "Made while the watermark expired", "Pushed after the watermark expired"})
            QCOMPARE(crmCount(QString::fromLatin1(subject)), 1);
        stopService(*service);
        QCOMPARE(keptWatermarks(), m_linked);
    }
};

QTEST_GUILESS_MAIN(TestServeEws)
#include "tst_serve_ews.moc"
