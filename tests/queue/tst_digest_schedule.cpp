// The service's error e-mail schedule (core/service/DigestSchedule) on a FakeClock, against a real SMTP server
// (Debian's python3-aiosmtpd): a check when it starts, one every minute and one after a retry pass (check()),
// each sending only when the Digest Interval allows; nothing after stop(); SMTP settings that cannot be used
// said once, with no schedule.
#include "FakeClock.h"
#include "QueueTestSupport.h"
#include "SmtpTestServer.h"
#include "config/MemorySecretStore.h"
#include "config/Settings.h"
#include "config/SettingsSchema.h"
#include "queue/FailedMessageQueue.h"
#include "service/DigestSchedule.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace cxsync;
using namespace cxsync::queue;
using namespace cxsync::testsupport;

class TestDigestSchedule : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<FailedMessageQueue> m_queue;
    std::unique_ptr<SmtpTestServer> m_smtp;
    std::unique_ptr<DigestSchedule> m_schedule;
    QList<qint64> m_sent;       // each digest sent: its failure count
    QList<Error> m_notSent;
    QList<Error> m_unavailable;
    int m_failures = 0;

    void set(const QString &key, const QString &value)
    {
        const Status s = m_settings->set(key, value);
        QVERIFY2(s.ok(), qPrintable(key + QStringLiteral(": ") + (s.ok() ? QString() : s.error().message)));
    }
    void recordFailure()
    {
        QVERIFY(m_queue->record(networkFailure(QStringLiteral("anna@contoso.com"),
                                               QStringLiteral("N%1").arg(++m_failures)))
                    .ok());
    }
    void makeSchedule()
    {
        m_schedule = std::make_unique<DigestSchedule>(*m_settings, *m_secrets, *m_clock, *m_queue);
        connect(m_schedule.get(), &DigestSchedule::sent, this, [this](qint64 n) { m_sent << n; });
        connect(m_schedule.get(), &DigestSchedule::notSent, this, [this](const Error &e) { m_notSent << e; });
        connect(m_schedule.get(), &DigestSchedule::unavailable, this,
                [this](const Error &e) { m_unavailable << e; });
    }
    // Waits for the `count`th digest at the server (and its outcome here).
    bool waitForDigest(int count)
    {
        return m_smtp->waitForMessages(count, 15000) &&
               QTest::qWaitFor([this, count] { return m_sent.size() >= count; }, 15000);
    }
    // A moment for a digest that should not go, then the count there is.
    int digestsAfterAWhile()
    {
        QTest::qWait(300);
        return int(m_smtp->messages().size());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto opened = Settings::open(m_dir->filePath(QStringLiteral("profile.ini")));
        QVERIFY(opened.ok());
        m_settings = std::move(opened).value();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_journal = Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite"))).value();
        m_clock = std::make_unique<FakeClock>();
        m_queue = std::make_unique<FailedMessageQueue>(*m_journal, *m_clock, RetrySchedule{}, 5);
        m_smtp = std::make_unique<SmtpTestServer>();
        QString error;
        QVERIFY2(m_smtp->start({}, &error), qPrintable(error));
        set(Keys::ErrorEmail, QStringLiteral("crm-admin@example.com"));
        set(Keys::SmtpHost, QStringLiteral("127.0.0.1"));
        set(Keys::SmtpPort, QString::number(m_smtp->port()));
        set(Keys::SmtpTlsMode, QStringLiteral("none"));
        set(Keys::SmtpSender, QStringLiteral("cxsync@example.com"));
        set(Keys::DigestIntervalMinutes, QStringLiteral("1"));
        m_sent.clear();
        m_notSent.clear();
        m_unavailable.clear();
        m_failures = 0;
    }
    void cleanup()
    {
        m_schedule.reset();
        m_smtp.reset();
        m_queue.reset();
        m_journal.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void wantedOnlyWithAnAddressToNotify()
    {
        QVERIFY(DigestSchedule::wanted(*m_settings));
        set(Keys::ErrorEmail, QString());
        QVERIFY(!DigestSchedule::wanted(*m_settings));
    }

    void checksAtStartEveryMinuteAndAfterARetryPass()
    {
        recordFailure();
        makeSchedule();
        m_schedule->start();
        // At start: the failure there is goes at once.
        QVERIFY(waitForDigest(1));
        QCOMPARE(m_sent, QList<qint64>{1});
        QVERIFY(m_schedule->isRunning());

        // 30 s on, after a retry pass: a new failure, but the interval (1 minute) has not passed.
        recordFailure();
        m_clock->advance(30 * 1000);
        m_schedule->check();
        QCOMPARE(digestsAfterAWhile(), 1);
        // At the minute, the schedule's own check sends it.
        m_clock->advance(30 * 1000);
        QVERIFY(waitForDigest(2));
        QCOMPARE(m_sent.last(), qint64(1));

        // The next minute finds nothing new: no mail. A failure then, and a retry pass 30 s later (90 s after
        // the last digest) sends it between two minutes.
        m_clock->advance(60 * 1000);
        QCOMPARE(digestsAfterAWhile(), 2);
        recordFailure();
        m_clock->advance(30 * 1000);
        m_schedule->check();
        QVERIFY(waitForDigest(3));
        QCOMPARE(m_sent.size(), 3);
        // Every minute goes on: the one 30 s after that digest is too early, the one after sends.
        recordFailure();
        m_clock->advance(30 * 1000);
        QCOMPARE(digestsAfterAWhile(), 3);
        m_clock->advance(60 * 1000);
        QVERIFY(waitForDigest(4));

        // Stopped: neither the minute nor a retry pass sends the next one.
        recordFailure();
        m_schedule->stop();
        QVERIFY(!m_schedule->isRunning());
        QCOMPARE(m_clock->pendingCount(), 0);
        m_clock->advance(5 * 60 * 1000);
        m_schedule->check();
        QCOMPARE(digestsAfterAWhile(), 4);
        QCOMPARE(m_sent, (QList<qint64>{1, 1, 1, 1}));
        QVERIFY(m_notSent.isEmpty());
        QVERIFY(m_unavailable.isEmpty());
    }

    void aDigestNotSentIsSaidAndGoesAtTheNextMinute()
    {
        recordFailure();
        const quint16 live = m_smtp->port();
        set(Keys::SmtpPort, QString::number(SmtpTestServer::freePort())); // nobody listens there
        makeSchedule();
        m_schedule->start();
        QVERIFY(QTest::qWaitFor([this] { return !m_notSent.isEmpty(); }, 20000));
        QCOMPARE(m_notSent.first().kind, ErrorKind::Network);
        QVERIFY(m_sent.isEmpty());
        // The schedule keeps its settings until the service starts again: a new one with the right port sends
        // at its start (the failed attempt's interval has passed by then).
        m_schedule.reset();
        set(Keys::SmtpPort, QString::number(live));
        m_clock->advance(60 * 1000);
        makeSchedule();
        m_schedule->start();
        QVERIFY(waitForDigest(1));
        QCOMPARE(m_sent, QList<qint64>{1});
    }

    void unusableSmtpSettingsAreSaidOnceAndNothingIsScheduled()
    {
        recordFailure();
        set(Keys::SmtpUser, QStringLiteral("mailer")); // and no SMTP password stored
        makeSchedule();
        m_schedule->start();
        QVERIFY(QTest::qWaitFor([this] { return !m_unavailable.isEmpty(); }, 5000));
        QCOMPARE(m_unavailable.size(), 1);
        QCOMPARE(m_unavailable.first().field, QStringLiteral("secret/smtp-password"));
        QVERIFY(!m_schedule->isRunning());
        QCOMPARE(m_clock->pendingCount(), 0);
        m_schedule->start(); // once only
        m_schedule->check();
        m_clock->advance(5 * 60 * 1000);
        QCOMPARE(digestsAfterAWhile(), 0);
        QCOMPARE(m_unavailable.size(), 1);
        QVERIFY(m_sent.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDigestSchedule)
#include "tst_digest_schedule.moc"
