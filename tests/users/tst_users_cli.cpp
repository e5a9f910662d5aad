// `cxsync users ...` end to end: the real binary, a profile and secrets file written for sandboxes running in
// this process (the test keeps its event loop turning while the binary runs so they can answer).
#include "UserSyncWorld.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#endif

using namespace cxsync;
using namespace cxsync::testsupport;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestUsersCli final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<UserSyncWorld> m_world;

    Run cxsync(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CXSYNC_CONFIG"));
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(CXSYNC_CLI_PATH),
                QStringList{QStringLiteral("--config"), m_world->profilePath(),
                            QStringLiteral("--secrets-file"), m_world->secretsPath()} +
                    args);
        if (!p.waitForStarted(10000))
            return {};
        p.closeWriteChannel(); // standard input is not a terminal: a non-interactive run
        if (!finished.wait(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    int crmUsersWithExchangeId()
    {
        int n = 0;
        for (const QJsonObject &user : m_world->crmUsers())
            n += user.value(QStringLiteral("User_ExchangeUserId")).toString().isEmpty() ? 0 : 1;
        return n;
    }
    int resources()
    {
        int n = 0;
        for (const QJsonObject &user : m_world->crmUsers())
            n += user.value(QStringLiteral("User_Resource")).toString() == QLatin1String("Y") ? 1 : 0;
        return n;
    }
    QJsonArray listJson()
    {
        const Run r = cxsync({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("users list --json: %s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }
    int mailboxesWithoutCrmUser() const
    {
        int n = 0;
        for (const sandbox::SampleUser &u : m_world->data().users)
            n += u.hasMailbox && u.accountEnabled && !u.hasCrmUser ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_world = std::make_unique<UserSyncWorld>(60);
        QVERIFY2(m_world->ok(), qPrintable(m_world->error()));
        QVERIFY(mailboxesWithoutCrmUser() > 0);
    }
    void cleanup() { m_world.reset(); }

    void dryRunPrintsThePlanAndWritesNothing()
    {
        const int usersBefore = int(m_world->crmUsers().size());
        const Run r = cxsync({QStringLiteral("users"), QStringLiteral("sync"), QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("User sync plan for graph:")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("Links:")));
        QVERIFY(r.out.contains(QLatin1String("Creations:")));
        QVERIFY(r.out.contains(QLatin1String("Conflicts:"))); // the sample's two Anna Bergs
        QVERIFY(r.out.contains(QLatin1String("ambiguous name")));
        QVERIFY(r.out.contains(QLatin1String("Dry run: nothing was written.")));
        QCOMPARE(int(m_world->crmUsers().size()), usersBefore);
        QCOMPARE(crmUsersWithExchangeId(), 0);
        QCOMPARE(listJson().size(), 0);

        // The same plan, machine-readable.
        const Run json = cxsync({QStringLiteral("users"), QStringLiteral("sync"), QStringLiteral("--dry-run"),
                                 QStringLiteral("--json")});
        QCOMPARE(json.code, 0);
        const QJsonObject plan = QJsonDocument::fromJson(json.out.section(QLatin1Char('\n'), 0, 0).toUtf8())
                                     .object()
                                     .value(QStringLiteral("plan"))
                                     .toObject();
        QCOMPARE(plan.value(QStringLiteral("crmUsers")).toInt(), usersBefore);
        int creates = 0;
        for (const QJsonValue &item : plan.value(QStringLiteral("items")).toArray()) {
            QVERIFY(!item.toObject().value(QStringLiteral("reason")).toString().isEmpty());
            if (item.toObject().value(QStringLiteral("action")).toString() == QLatin1String("create")) {
                ++creates;
                QVERIFY(item.toObject()
                            .value(QStringLiteral("newUser"))
                            .toObject()
                            .value(QStringLiteral("resource"))
                            .toBool());
            }
        }
        QCOMPARE(creates, mailboxesWithoutCrmUser());
        QCOMPARE(crmUsersWithExchangeId(), 0);
    }

    void withoutYesLinksButDeclinesCreations()
    {
        const int usersBefore = int(m_world->crmUsers().size());
        const Run r = cxsync({QStringLiteral("users"), QStringLiteral("sync")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("not created: creating users needs --yes")), qPrintable(r.out));
        QCOMPARE(int(m_world->crmUsers().size()), usersBefore);
        QVERIFY(crmUsersWithExchangeId() > 20);
        QVERIFY(r.out.contains(QStringLiteral("%1 creation(s) declined.").arg(mailboxesWithoutCrmUser())));
    }

    void yesCreatesTheMissingUsersAsResources()
    {
        const int usersBefore = int(m_world->crmUsers().size());
        const int resourcesBefore = resources();
        const Run r = cxsync({QStringLiteral("users"), QStringLiteral("sync"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const int created = mailboxesWithoutCrmUser();
        QCOMPARE(int(m_world->crmUsers().size()), usersBefore + created);
        QCOMPARE(resources(), resourcesBefore + created);
        QVERIFY2(r.out.contains(QStringLiteral("%1 created").arg(created)), qPrintable(r.out));

        // The journal as `users list` shows it, and a second run that has nothing to do.
        const QJsonArray rows = listJson();
        QCOMPARE(rows.size(), int(m_world->crmUsers().size()));
        int linked = 0;
        for (const QJsonValue &row : rows)
            linked +=
                row.toObject().value(QStringLiteral("state")).toString() == QLatin1String("linked") ? 1 : 0;
        QCOMPARE(linked, crmUsersWithExchangeId());
        const Run text = cxsync({QStringLiteral("users"), QStringLiteral("list")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.startsWith(QLatin1String("LOGON")));
        QVERIFY(text.out.contains(QLatin1String("created")));
        const Run again = cxsync({QStringLiteral("users"), QStringLiteral("sync"), QStringLiteral("--yes")});
        QCOMPARE(again.code, 0);
        QVERIFY2(again.out.contains(QLatin1String(" 0 linked, 0 created, 0 unlinked")),
                 qPrintable(again.out));
    }

    // Ctrl+C in the middle of `users sync --yes`: the writes under way finish, nothing new starts, the exit
    // code is 130 and the last line says what was applied and what was not; the next run does the rest.
    void ctrlCStopsBetweenWritesAndTheNextRunFinishes()
    {
#ifndef Q_OS_UNIX
        QSKIP("signals are POSIX");
#else
        const int usersBefore = int(m_world->crmUsers().size());
        const int resourcesBefore = resources();
        const int created = mailboxesWithoutCrmUser();
        m_world->crm().http().setLatency(250); // slow CRM writes: the run is still applying when SIGINT comes
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CXSYNC_CONFIG"));
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(CXSYNC_CLI_PATH),
                {QStringLiteral("--config"), m_world->profilePath(), QStringLiteral("--secrets-file"),
                 m_world->secretsPath(), QStringLiteral("users"), QStringLiteral("sync"),
                 QStringLiteral("--yes")});
        QVERIFY(p.waitForStarted(10000));
        p.closeWriteChannel();
        QElapsedTimer waited;
        waited.start();
        while (crmUsersWithExchangeId() < 3 && p.state() == QProcess::Running && waited.elapsed() < 60000)
            QTest::qWait(10);
        QVERIFY2(p.state() == QProcess::Running, qPrintable(QString::fromUtf8(p.readAllStandardError())));
        QVERIFY(crmUsersWithExchangeId() >= 3);
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QVERIFY(finished.wait(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 130,
                 qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(p.exitCode()).arg(out, err)));
        const QString last = out.trimmed().section(QLatin1Char('\n'), -1);
        const QRegularExpression line(QStringLiteral(
            R"(^Interrupted by SIGINT: (\d+) change\(s\) applied \((\d+) linked, (\d+) created, (\d+) unlinked\), (\d+) failed, (\d+) not started; run `cxsync users sync` again to finish\.$)"));
        const QRegularExpressionMatch match = line.match(last);
        QVERIFY2(match.hasMatch(), qPrintable(out));
        qInfo().noquote() << last;
        const int linkedByFirst = match.captured(2).toInt();
        const int createdByFirst = match.captured(3).toInt();
        QVERIFY(linkedByFirst >= 3);
        QVERIFY2(match.captured(6).toInt() > 0, qPrintable(last)); // stopped before the end
        QCOMPARE(match.captured(5).toInt(), 0);
        // What the line says is what the CRM holds.
        QCOMPARE(crmUsersWithExchangeId(), linkedByFirst + createdByFirst);
        QCOMPARE(int(m_world->crmUsers().size()), usersBefore + createdByFirst);

        // The second run completes the work.
        m_world->crm().http().setLatency(0);
        const Run again = cxsync({QStringLiteral("users"), QStringLiteral("sync"), QStringLiteral("--yes")});
        QVERIFY2(again.code == 0, qPrintable(again.out + again.err));
        QCOMPARE(int(m_world->crmUsers().size()), usersBefore + created);
        QCOMPARE(resources(), resourcesBefore + created);
        int linked = 0;
        for (const QJsonValue &row : listJson())
            linked +=
                row.toObject().value(QStringLiteral("state")).toString() == QLatin1String("linked") ? 1 : 0;
        QCOMPARE(linked, crmUsersWithExchangeId());
        QVERIFY(linked > linkedByFirst + createdByFirst);
        const Run third = cxsync({QStringLiteral("users"), QStringLiteral("sync"), QStringLiteral("--yes")});
        QVERIFY2(third.out.contains(QLatin1String(" 0 linked, 0 created, 0 unlinked")),
                 qPrintable(third.out));
#endif
    }

    // The same for `sync --once`: interrupted between writes, exit 130, a line with what was done and what
    // was not; the next run finishes and a run after it has nothing left to do.
    void ctrlCStopsACalendarSyncAndTheNextRunFinishes()
    {
#ifndef Q_OS_UNIX
        QSKIP("signals are POSIX");
#else
        m_world.reset();
        m_world = std::make_unique<UserSyncWorld>(12, 1, 80);
        QVERIFY2(m_world->ok(), qPrintable(m_world->error()));
        const Run users = cxsync({QStringLiteral("users"), QStringLiteral("sync"), QStringLiteral("--yes")});
        QVERIFY2(users.code == 0, qPrintable(users.out + users.err));
        const auto items = [this] {
            int n = int(m_world->crm().communications(true).size());
            for (const QJsonValue &user : m_world->graph().users())
                n += int(
                    m_world->graph().events(user.toObject().value(QStringLiteral("mail")).toString()).size());
            return n;
        };
        const int before = items();
        m_world->crm().http().setLatency(200);
        m_world->graph().setLatency(200);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CXSYNC_CONFIG"));
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(CXSYNC_CLI_PATH),
                {QStringLiteral("--config"), m_world->profilePath(), QStringLiteral("--secrets-file"),
                 m_world->secretsPath(), QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY(p.waitForStarted(10000));
        p.closeWriteChannel();
        QElapsedTimer waited;
        waited.start();
        while (items() < before + 3 && p.state() == QProcess::Running && waited.elapsed() < 90000)
            QTest::qWait(10);
        QVERIFY2(p.state() == QProcess::Running,
                 qPrintable(QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())));
        QVERIFY2(items() >= before + 3, "the run wrote nothing within 90 s");
        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0);
        QVERIFY(finished.wait(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 130,
                 qPrintable(QStringLiteral("exit %1\n%2\n%3").arg(p.exitCode()).arg(out, err)));
        const QRegularExpression line(QStringLiteral(
            R"(^Interrupted by SIGINT: (\d+) of (\d+) planned write\(s\) done, (\d+) failed \(queued for retry\), (\d+) not started; the next run continues with them\.$)"));
        const QRegularExpressionMatch match = line.match(out.trimmed().section(QLatin1Char('\n'), -1));
        QVERIFY2(match.hasMatch(), qPrintable(out));
        qInfo().noquote() << out.trimmed().section(QLatin1Char('\n'), -1);
        QVERIFY(match.captured(1).toInt() >= 1);
        QVERIFY2(match.captured(4).toInt() > 0, qPrintable(out)); // stopped before the end

        m_world->crm().http().setLatency(0);
        m_world->graph().setLatency(0);
        const Run second = cxsync({QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(second.code == 0, qPrintable(second.out + second.err));
        const Run third = cxsync({QStringLiteral("sync"), QStringLiteral("--once")});
        QVERIFY2(third.code == 0, qPrintable(third.out + third.err));
        QVERIFY2(third.out.contains(QLatin1String("Exchange: 0 to create, 0 to update, 0 to delete")) &&
                     third.out.contains(QLatin1String("CRM: 0 to create, 0 to update, 0 to delete")),
                 qPrintable(third.out));
#endif
    }

    void disableAndEnable()
    {
        QCOMPARE(cxsync({QStringLiteral("users"), QStringLiteral("sync"), QStringLiteral("--yes")}).code, 0);
        QString logon;
        QString id;
        for (const QJsonValue &row : listJson()) {
            if (row.toObject().value(QStringLiteral("state")).toString() == QLatin1String("linked")) {
                logon = row.toObject().value(QStringLiteral("logon")).toString();
                id = row.toObject().value(QStringLiteral("crmUserId")).toString();
                break;
            }
        }
        QVERIFY(!logon.isEmpty());
        const Run off = cxsync({QStringLiteral("users"), QStringLiteral("disable"), logon});
        QVERIFY2(off.code == 0, qPrintable(off.err));
        QVERIFY(off.out.contains(QStringLiteral("cxsync users enable %1").arg(logon)));
        QVERIFY(
            m_world->crmUsers().value(id).value(QStringLiteral("User_ExchangeUserId")).toString().isEmpty());

        const Run sync = cxsync({QStringLiteral("users"), QStringLiteral("sync"), QStringLiteral("--yes")});
        QCOMPARE(sync.code, 0);
        QVERIFY2(sync.out.contains(QLatin1String("excluded by the administrator")), qPrintable(sync.out));
        QVERIFY(
            m_world->crmUsers().value(id).value(QStringLiteral("User_ExchangeUserId")).toString().isEmpty());

        const Run on = cxsync({QStringLiteral("users"), QStringLiteral("enable"), logon});
        QVERIFY2(on.code == 0, qPrintable(on.err));
        QCOMPARE(cxsync({QStringLiteral("users"), QStringLiteral("sync")}).code, 0);
        QVERIFY(
            !m_world->crmUsers().value(id).value(QStringLiteral("User_ExchangeUserId")).toString().isEmpty());
    }

    void mistakesAreSaidInOneLine()
    {
        const Run bare = cxsync({QStringLiteral("users")});
        QCOMPARE(bare.code, 2);
        QVERIFY(bare.err.startsWith(QLatin1String("cxsync: usage: cxsync users sync")));
        QCOMPARE(cxsync({QStringLiteral("users"), QStringLiteral("disable")}).code, 2);
        const Run nobody =
            cxsync({QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("nobody")});
        QCOMPARE(nobody.code, 1);
        QCOMPARE(nobody.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(nobody.err.contains(QLatin1String("no CRM user has the logon, id or address 'nobody'")),
                 qPrintable(nobody.err));
        const Run notExcluded =
            cxsync({QStringLiteral("users"), QStringLiteral("enable"), QStringLiteral("nobody")});
        QCOMPARE(notExcluded.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestUsersCli)
#include "tst_users_cli.moc"
