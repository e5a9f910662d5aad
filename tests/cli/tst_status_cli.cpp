// `cxsync status` end to end (issue 18): the real binary on a seeded journal; the text and JSON reports, the
// exit codes (0 green, 3 amber, 1 red or no journal, 2 usage) and `help status`.
#include "HealthSeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace cxsync;
using namespace cxsync::testsupport;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestStatusCli final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
    QString m_journalPath;

    Run status(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/no-bus"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CXSYNC_CLI_PATH), QStringList{QStringLiteral("--config"), m_ini} + args);
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished(5000);
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    std::unique_ptr<Journal> journal()
    {
        auto opened = Journal::open(m_journalPath);
        return opened.ok() ? std::move(opened).value() : nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_ini = m_dir->filePath(QStringLiteral("cxsync.ini"));
        m_journalPath = m_dir->filePath(QStringLiteral("journal.sqlite"));
        QSettings s(m_ini, QSettings::IniFormat);
        s.setValue(QStringLiteral("store/journalPath"), m_journalPath);
        s.setValue(QStringLiteral("sync/pollIntervalSeconds"), 60);
    }

    void cleanup() { m_dir.reset(); }

    void noJournalIsRedAndCreatesNone()
    {
        const Run r = status({QStringLiteral("status")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("No journal at")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_journalPath));
    }

    void aRedJournalPrintsTheReasonsAndEachMailbox()
    {
        auto j = journal();
        QVERIFY(j && HealthSeed::all(*j, QDateTime::currentDateTimeUtc()));
        const Run r = status({QStringLiteral("status")});
        qInfo().noquote() << "\n" << r.out; // what an admin sees
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith(QStringLiteral("Health: RED (the last 24 hours")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("bert@contoso.com: its change subscription failed")));
        QVERIFY(r.out.contains(QStringLiteral("Writes: 10 CRM → Exchange, 4 Exchange → CRM; 1 conflict(s); 2 "
                                              "failure(s) (network 1, throttled 1)")));
        QVERIFY(r.out.contains(QStringLiteral("CRM → Exchange p50 5.0 s, p99 10.0 s (10 writes)")));
        const QStringList lines = r.out.split(QLatin1Char('\n'));
        const auto dora = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
            return l.startsWith(QStringLiteral("red    dora@contoso.com"));
        });
        QVERIFY2(dora != lines.cend(), qPrintable(r.out));
        QVERIFY(dora->contains(QStringLiteral("onprem")));
        QVERIFY(dora->contains(QStringLiteral("none")));
    }

    void jsonIsForMonitoring()
    {
        auto j = journal();
        QVERIFY(j && HealthSeed::all(*j, QDateTime::currentDateTimeUtc()));
        const Run r = status({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--period"),
                              QStringLiteral("7d")});
        QCOMPARE(r.exitCode, 1);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(o.value(QStringLiteral("level")).toString(), QStringLiteral("red"));
        QCOMPARE(o.value(QStringLiteral("period")).toString(), QStringLiteral("7d"));
        QCOMPARE(o.value(QStringLiteral("hours")).toArray().size(), 7 * 24 + 1);
        QCOMPARE(o.value(QStringLiteral("service")).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("running"));
        const QJsonArray boxes = o.value(QStringLiteral("mailboxes")).toArray();
        QCOMPARE(boxes.size(), 4);
        QCOMPARE(boxes.at(1).toObject().value(QStringLiteral("mailbox")).toString(),
                 QStringLiteral("bert@contoso.com"));
        QCOMPARE(boxes.at(1).toObject().value(QStringLiteral("subscription")).toString(),
                 QStringLiteral("failed"));
        QCOMPARE(boxes.at(1).toObject().value(QStringLiteral("failedOpen")).toInt(), 1);
        QCOMPARE(
            o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("writesCrmToExchange")).toInt(),
            10);

        const Run one = status({QStringLiteral("status"), QStringLiteral("--json"), QStringLiteral("--user"),
                                QStringLiteral("anna")});
        QCOMPARE(one.exitCode, 3); // anna alone: a young failure, amber
        const QJsonObject anna = QJsonDocument::fromJson(one.out.toUtf8()).object();
        QCOMPARE(anna.value(QStringLiteral("user")).toString(), QStringLiteral("anna"));
        QCOMPARE(anna.value(QStringLiteral("mailboxes")).toArray().size(), 1);
        QCOMPARE(anna.value(QStringLiteral("level")).toString(), QStringLiteral("amber"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("everything in step → 0 (green)") << "green" << 0;
        QTest::newRow("the service never ran → 3 (amber)") << "amber" << 3;
        QTest::newRow("the service stopped → 1 (red)") << "red" << 1;
    }

    void exitCodes()
    {
        QFETCH(QString, state);
        QFETCH(int, exitCode);
        auto j = journal();
        QVERIFY(j);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(HealthSeed::link(*j, QStringLiteral("anna"), QString(), users::LinkState::Linked, now));
        QVERIFY(HealthSeed::cursor(*j, QStringLiteral("anna"), now.addSecs(-30)));
        if (state != QLatin1String("amber")) {
            QVERIFY(HealthSeed::heartbeat(*j, now, false));
        }
        if (state == QLatin1String("red"))
            QVERIFY(
                HealthSeed::exec(*j, QStringLiteral("UPDATE service_state SET stopped_utc = heartbeat_utc")));
        const Run r = status({QStringLiteral("status")});
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("Health: ") +
                                 (state == QLatin1String("green")   ? QStringLiteral("GREEN")
                                  : state == QLatin1String("amber") ? QStringLiteral("AMBER")
                                                                    : QStringLiteral("RED"))));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("a period that is not 24h or 7d")
            << QStringList{QStringLiteral("--period"), QStringLiteral("2d")}
            << "--period: '2d' is not 24h or 7d";
        QTest::newRow("a user the journal does not know")
            << QStringList{QStringLiteral("--user"), QStringLiteral("nobody")}
            << "No mailbox of a CRM user \"nobody\"";
        QTest::newRow("an argument") << QStringList{QStringLiteral("now")}
                                     << "status takes no arguments: now";
        QTest::newRow("an option of another command")
            << QStringList{QStringLiteral("--state"), QStringLiteral("parked")} << "--state";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        auto j = journal();
        QVERIFY(j && HealthSeed::all(*j, QDateTime::currentDateTimeUtc()));
        const Run r = status(QStringList{QStringLiteral("status")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void helpNamesTheOptionsAndExitCodes()
    {
        const Run r = status({QStringLiteral("help"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("status [--json] [--user USER] [--period 24h|7d]")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("exit code 0 green, 3 amber, 1 red")));
        QVERIFY(r.out.contains(QStringLiteral("--period")));
    }
};

QTEST_GUILESS_MAIN(TestStatusCli)
#include "tst_status_cli.moc"
