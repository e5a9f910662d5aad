// The synthetic canary (issue 18) against the sandboxes: a round each way through the real service (its sync
// runs carry the item; the round measures how long), every canary item gone afterwards; a round the service
// never finished (killed) cleaned at the next start, also when the CRM id of its item never reached the
// journal; a round nothing carries is lost and becomes an entry of the error digest.
#include "Clock.h"
#include "CrmSandbox.h"
#include "GraphSandbox.h"
#include "SandboxEnvironment.h"
#include "SandboxProfileSupport.h"
#include "ServeTestSupport.h"
#include "canary/Canary.h"
#include "canary/CanaryJournal.h"
#include "config/LayeredSecretStore.h"
#include "config/SecretsFile.h"
#include "config/Settings.h"
#include "connect/Connections.h"
#include "notify/ErrorMailer.h"
#include "notify/ErrorNotifier.h"
#include "queue/FailedMessageQueue.h"
#include "service/SyncService.h"
#include "store/Journal.h"
#include "sync/CalendarSync.h"
#include "users/UserLinkStore.h"

#include <QJsonArray>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cxsync;
using namespace cxsync::canary;
using namespace cxsync::sandbox;

class TestCanary : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SandboxEnvironment> m_env;
    SandboxProfilePaths m_paths;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LayeredSecretStore> m_secrets;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Connections> m_connections;
    SystemClock m_clock;
    QString m_logon;
    QString m_mailbox;

    CanaryOptions options() const
    {
        CanaryOptions o;
        o.crmLogon = m_logon;
        o.mailbox = m_mailbox;
        o.intervalMs = 10 * 60 * 1000; // rounds are started by hand below
        o.lateMs = 30 * 1000;
        o.checkEveryMs = 200;
        return o;
    }

    // Items carrying `marker` still on either side (not deleted).
    int leftovers(const QString &marker) const
    {
        int n = 0;
        for (const QJsonValue &c : m_env->crm()->communications(false))
            n += c.toObject().value(QStringLiteral("Comm_Subject")).toString().contains(marker) ? 1 : 0;
        for (const QJsonValue &e : m_env->graph()->events(m_mailbox))
            n += e.toObject().value(QStringLiteral("subject")).toString().contains(marker) ? 1 : 0;
        return n;
    }

    std::unique_ptr<SyncService> startService()
    {
        SyncService::Options o = SyncService::Options::fromSettings(*m_settings, QString());
        o.pollIntervalSecs = 1; // every poll is a full run (no push): the canary crosses within a second or two
        o.push = false;
        o.publicUrl.clear();
        o.canary = options();
        auto service = std::make_unique<SyncService>(*m_settings, *m_connections, *m_journal, m_clock, o);
        connect(service.get(), &SyncService::message, this, [](const QString &text) {
            if (qEnvironmentVariableIsSet("CXSYNC_CANARY_DEBUG"))
                qInfo("service: %s", qPrintable(text));
        });
        connect(service.get(), &SyncService::runFinished, this, [](const QString &scope, const sync::SyncReport &report) {
            if (qEnvironmentVariableIsSet("CXSYNC_CANARY_DEBUG"))
                qInfo("run %s: %s", qPrintable(scope), qPrintable(report.error));
        });
        const Status started = service->start();
        if (!started.ok())
            qWarning("%s", qPrintable(started.error().message));
        return service;
    }

    void stopService(SyncService &service)
    {
        bool stopped = false;
        service.stop([&stopped] { stopped = true; });
        QVERIFY(QTest::qWaitFor([&stopped] { return stopped; }, 30000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = std::make_unique<SandboxEnvironment>();
        const QString error = startWithProfile(*m_env, 6, m_dir.path(), &m_paths);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(testsupport::runCli(m_paths.profile, m_paths.secrets,
                                     {QStringLiteral("users"), QStringLiteral("sync"), QStringLiteral("--yes")}),
                 0);
        auto opened = Settings::open(m_paths.profile);
        QVERIFY(opened.ok());
        m_settings = std::move(opened).value();
        auto secrets = SecretsFile::load(m_paths.secrets);
        QVERIFY(secrets.ok());
        m_secrets = std::make_unique<LayeredSecretStore>(nullptr);
        m_secrets->setOverrides(secrets.value());
        auto journal = Journal::open(m_settings->value(Keys::JournalPath).toString());
        QVERIFY(journal.ok());
        m_journal = std::move(journal).value();
        // The canary pair: a linked CRM user and its mailbox.
        const auto links = users::UserLinkStore(*m_journal).all();
        QVERIFY(links.ok());
        for (const users::UserLink &link : links.value()) {
            if (link.state == users::LinkState::Linked && !link.mailbox.isEmpty()) {
                m_logon = link.crmLogon;
                m_mailbox = link.mailbox;
                break;
            }
        }
        QVERIFY(!m_mailbox.isEmpty());
        bool done = false;
        Connections::open(*m_settings, *m_secrets, &m_clock, [&](Result<std::unique_ptr<Connections>> c) {
            QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
            m_connections = std::move(c).value();
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&done] { return done; }, 20000));
    }

    void roundsBothWaysThroughTheService()
    {
        auto service = startService();
        QVERIFY(QTest::qWaitFor([&service] { return service->canary() != nullptr && service->runs() > 0; }, 20000));
        QSignalSpy finished(service->canary(), &Canary::roundFinished);
        QVERIFY(finished.wait(30000));
        const auto first = finished.at(0).at(0).value<CanaryRound>();
        QCOMPARE(first.direction, CanaryDirection::CrmToExchange);
        QVERIFY2(first.state == CanaryState::Arrived, qPrintable(stateName(first.state) + QLatin1Char(' ') + first.error));
        QVERIFY(first.latencyMs >= 0 && first.latencyMs < 30000);
        QVERIFY(!first.crmItemId.isEmpty() && !first.exchangeItemId.isEmpty());
        QVERIFY(first.cleaned);
        service->canary()->runRound(); // the other way at once (the timer would wait the interval)
        QVERIFY(QTest::qWaitFor([&finished] { return finished.size() == 2; }, 30000));
        const auto second = finished.at(1).at(0).value<CanaryRound>();
        QCOMPARE(second.direction, CanaryDirection::ExchangeToCrm);
        QVERIFY2(second.state == CanaryState::Arrived, qPrintable(stateName(second.state) + QLatin1Char(' ') + second.error));
        QVERIFY(second.latencyMs >= 0 && second.latencyMs < 30000);
        QVERIFY(second.cleaned);
        qInfo("canary latency: CRM -> Exchange %lld ms, Exchange -> CRM %lld ms", first.latencyMs, second.latencyMs);
        // A run or two later (the deletions cross too) nothing of either round is anywhere.
        QTest::qWait(2500);
        QCOMPARE(leftovers(first.marker), 0);
        QCOMPARE(leftovers(second.marker), 0);
        stopService(*service);
        // The query API: the last round and the series, as the journal keeps them.
        CanaryJournal store(*m_journal);
        const auto last = store.last();
        QVERIFY(last.ok() && last.value());
        QCOMPARE(last.value()->marker, second.marker);
        QCOMPARE(last.value()->latencyMs, second.latencyMs);
        const auto series = store.series(first.startedUtc, QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(series.ok());
        QCOMPARE(series.value().size(), 2);
        QCOMPARE(series.value().at(0).state, CanaryState::Arrived);
        QVERIFY(series.value().at(0).cleaned && series.value().at(1).cleaned);
        // Nothing went to the failed-message queue on the way.
        QSqlQuery q(m_journal->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM failed_messages WHERE state IN ('waiting','parked')")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void killedRoundIsCleanedAtNextStart()
    {
        // A canary writes its CRM item and then the process dies: no cleanup, no journal update after that.
        QString marker;
        {
            Canary canary(*m_connections, *m_journal, m_clock, options());
            canary.start();
            CanaryJournal store(*m_journal);
            QVERIFY(QTest::qWaitFor([&] {
                const auto open = store.uncleaned();
                return open.ok() && !open.value().isEmpty() && open.value().first().state == CanaryState::Waiting;
            }, 20000));
            marker = store.uncleaned().value().first().marker;
            QVERIFY(!store.uncleaned().value().first().crmItemId.isEmpty());
        } // destroyed like a killed process: nothing more is done
        // As if the crash came between the CRM's answer and the journal write: the id is not known.
        QSqlQuery q(m_journal->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE canary_rounds SET crm_item_id = NULL, state = 'writing' WHERE cleaned = 0")));
        // The synchronization carries the orphan to Exchange meanwhile: both sides hold it now.
        QCOMPARE(testsupport::runCli(m_paths.profile, m_paths.secrets, {QStringLiteral("sync"), QStringLiteral("--once")}), 0);
        QCOMPARE(leftovers(marker), 2);
        // The next start cleans up before its first round.
        auto service = startService();
        QVERIFY(QTest::qWaitFor([&service] { return service->canary() != nullptr; }, 20000));
        QSignalSpy cleaned(service->canary(), &Canary::cleanupFinished);
        QVERIFY(cleaned.wait(30000));
        QCOMPARE(cleaned.at(0).at(0).toInt(), 1);
        QVERIFY(cleaned.at(0).at(1).toStringList().isEmpty());
        QCOMPARE(leftovers(marker), 0);
        QTest::qWait(2000); // the service's runs see the deletions and put nothing back
        QCOMPARE(leftovers(marker), 0);
        stopService(*service);
        const auto rows = CanaryJournal(*m_journal).series(QDateTime::currentDateTimeUtc().addDays(-1),
                                                           QDateTime::currentDateTimeUtc().addSecs(1));
        QVERIFY(rows.ok());
        bool found = false;
        for (const CanaryRound &r : rows.value()) {
            if (r.marker == marker) {
                found = true;
                QVERIFY(r.cleaned);
                QCOMPARE(r.state, CanaryState::Failed);
            }
        }
        QVERIFY(found);
    }

    void lostRoundIsAnErrorDigestEntry()
    {
        // No service runs: nothing carries the item across, so the round is lost at its deadline.
        CanaryOptions o = options();
        o.lostAfterMs = 1500;
        Canary canary(*m_connections, *m_journal, m_clock, o);
        bool settled = false;
        canary.cleanUp([&settled](int, QStringList) { settled = true; }); // whatever earlier tests left
        QVERIFY(QTest::qWaitFor([&settled] { return settled; }, 20000));
        // Mark what earlier tests reported, so the digest holds this round only.
        CanaryJournal store(*m_journal);
        const auto earlier = store.unreportedProblems(1000);
        QVERIFY(earlier.ok());
        QList<qint64> ids;
        for (const CanaryRound &r : earlier.value())
            ids.append(r.id);
        QVERIFY(store.markReported(ids).ok());
        queue::FailedMessageQueue queue(*m_journal, m_clock);
        notify::ErrorMailer mailer;
        notify::ErrorNotifier notifier(queue, m_clock, mailer);
        notifier.setRecipients({QStringLiteral("admin@example.com")});
        auto before = notifier.collect();
        QVERIFY(before.ok());
        QVERIFY(before.value().canary.isEmpty());

        QSignalSpy finished(&canary, &Canary::roundFinished);
        canary.start();
        QVERIFY(finished.wait(20000));
        const auto round = finished.at(0).at(0).value<CanaryRound>();
        QCOMPARE(round.state, CanaryState::Lost);
        QVERIFY(round.cleaned);
        QCOMPARE(leftovers(round.marker), 0);
        canary.stop();

        auto content = notifier.collect();
        QVERIFY(content.ok());
        QCOMPARE(content.value().failures, 0);
        QCOMPARE(content.value().canary.size(), 1);
        QCOMPARE(content.value().canary.first().marker, round.marker);
        const notify::MailMessage mail = notifier.digestMail(content.value(), QStringLiteral("cxsync@example.com"));
        QVERIFY2(mail.subject.contains(QStringLiteral("canary")), qPrintable(mail.subject));
        QVERIFY2(mail.body.contains(QStringLiteral("lost")) && mail.body.contains(m_mailbox), qPrintable(mail.body));
        // Only the canary has news: the mail does not open with zero failed changes and empty tables.
        QVERIFY2(mail.body.startsWith(QStringLiteral("CRM Exchange Sync on ")) &&
                     mail.body.contains(QStringLiteral("applied every change")) &&
                     !mail.body.contains(QStringLiteral("By error kind")),
                 qPrintable(mail.body));
    }

    void cleanupTestCase()
    {
        m_connections.reset();
        m_journal.reset();
    }
};

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
