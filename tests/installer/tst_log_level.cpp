// The Logging Level setting (log/level, the legacy "logging level") through QLoggingCategory rules,
// Diagnostic Mode's HTTP trace on top of it, and journald priorities when systemd connects standard error to
// the journal.
#include "config/Settings.h"
#include "config/SettingsSchema.h"
#include "diagnostics/LogSetup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

using namespace cxsync;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

// Categories as the product declares them: most at info, some (the journal, user sync) at warning.
QLoggingCategory &infoCategory()
{
    static QLoggingCategory c("cxsync.sync.calendar", QtInfoMsg);
    return c;
}
QLoggingCategory &warningCategory()
{
    static QLoggingCategory c("cxsync.store.journal", QtWarningMsg);
    return c;
}
QLoggingCategory &traceCategory()
{
    static QLoggingCategory c("cxsync.net.trace", QtWarningMsg);
    return c;
}
QLoggingCategory &qtCategory()
{
    static QLoggingCategory c("qt.network.ssl", QtInfoMsg);
    return c;
}

QString levels(const QLoggingCategory &c)
{
    QString out;
    out += c.isCriticalEnabled() ? QLatin1Char('C') : QLatin1Char('-');
    out += c.isWarningEnabled() ? QLatin1Char('W') : QLatin1Char('-');
    out += c.isInfoEnabled() ? QLatin1Char('I') : QLatin1Char('-');
    out += c.isDebugEnabled() ? QLatin1Char('D') : QLatin1Char('-');
    return out;
}

} // namespace

class TestLogLevel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLoggingCategory::setFilterRules(QString()); }

    void levelsMapToCategories_data()
    {
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("diagnostic");
        QTest::addColumn<QString>("info");    // a category declared at info
        QTest::addColumn<QString>("warning"); // one declared at warning
        QTest::addColumn<QString>("trace");   // the HTTP trace
        QTest::newRow("errors: critical messages only")
            << u("errors") << false << u("C---") << u("C---") << u("C---");
        QTest::newRow("warnings: and warnings")
            << u("warnings") << false << u("CW--") << u("CW--") << u("CW--");
        QTest::newRow("info (default): each category's own threshold")
            << u("info") << false << u("CWI-") << u("CW--") << u("CW--");
        QTest::newRow("debug: everything but the HTTP trace")
            << u("debug") << false << u("CWID") << u("CWID") << u("CWI-");
        QTest::newRow("errors with Diagnostic Mode: the trace still on")
            << u("errors") << true << u("C---") << u("C---") << u("C--D");
        QTest::newRow("info with Diagnostic Mode")
            << u("info") << true << u("CWI-") << u("CW--") << u("CW-D");
    }

    void levelsMapToCategories()
    {
        QFETCH(QString, level);
        QFETCH(bool, diagnostic);
        QFETCH(QString, info);
        QFETCH(QString, warning);
        QFETCH(QString, trace);
        QLoggingCategory::setFilterRules(LogSetup::filterRules(level, diagnostic));
        QCOMPARE(levels(infoCategory()), info);
        QCOMPARE(levels(warningCategory()), warning);
        QCOMPARE(levels(traceCategory()), trace);
        QCOMPARE(levels(qtCategory()), u("CWI-")); // Qt's own categories are not the product's to change
    }

    void theSettingIsCheckedAndApplied()
    {
        QTemporaryDir dir;
        auto opened = Settings::open(dir.filePath(u("profile.ini")));
        QVERIFY(opened.ok());
        Settings &settings = *opened.value();
        QCOMPARE(settings.value(Keys::LogLevel).toString(), u("info"));
        const Status refused = settings.set(Keys::LogLevel, u("verbose"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u("Logging Level")), qPrintable(refused.error().message));
        QVERIFY(settings.set(Keys::LogLevel, u("warnings")).ok());
        LogSetup::apply(settings);
        QCOMPARE(levels(infoCategory()), u("CW--"));
        QVERIFY(settings.set(Keys::LogLevel, u("debug")).ok());
        LogSetup::apply(settings);
        QCOMPARE(levels(warningCategory()), u("CWID"));
    }

    void journalPrefixes()
    {
        QCOMPARE(LogSetup::journalLines(QtCriticalMsg, u("cxsync.store.journal: disk full")),
                 QByteArray("<3>cxsync.store.journal: disk full\n"));
        QCOMPARE(LogSetup::journalLines(QtWarningMsg, u("a\nb")), QByteArray("<4>a\n<4>b\n"));
        QCOMPARE(LogSetup::journalLines(QtInfoMsg, u("i")), QByteArray("<6>i\n"));
        QCOMPARE(LogSetup::journalLines(QtDebugMsg, u("d")), QByteArray("<7>d\n"));
    }

    void journalStreamMustBeThisStderr()
    {
        struct stat st {};
        QCOMPARE(::fstat(STDERR_FILENO, &st), 0);
        QProcessEnvironment env;
        QVERIFY(!LogSetup::stderrIsJournal(env));
        env.insert(u("JOURNAL_STREAM"), u("%1:%2").arg(qulonglong(st.st_dev)).arg(qulonglong(st.st_ino)));
        QVERIFY(LogSetup::stderrIsJournal(env));
        // Inherited by a child whose stderr went elsewhere: not ours.
        env.insert(u("JOURNAL_STREAM"), u("%1:%2").arg(qulonglong(st.st_dev)).arg(qulonglong(st.st_ino) + 1));
        QVERIFY(!LogSetup::stderrIsJournal(env));
        env.insert(u("JOURNAL_STREAM"), u("garbage"));
        QVERIFY(!LogSetup::stderrIsJournal(env));
    }

    // The real cxsync serve, its stderr a file named by JOURNAL_STREAM as systemd's socket would be: the CRM
    // is unreachable, so the HTTP layer logs its retries (info) until the catch-up run gives up.
    void serveLogsByLevelWithPriorities()
    {
        const QString cxsync = qEnvironmentVariable("CXSYNC_BUILD_DIR") + u("/app/cxsync");
        QVERIFY2(QFile::exists(cxsync), qPrintable(cxsync));
        QTemporaryDir dir;
        struct Run {
            QString level;
            bool journal;
            QString errFile;
            std::unique_ptr<QProcess> process;
            bool outToo = false; // standard output goes to the same stream, as under systemd
        };
        std::vector<Run> runs;
        runs.push_back({u("info"), true, {}, nullptr});
        runs.push_back({u("warnings"), true, {}, nullptr});
        runs.push_back({u("info"), false, {}, nullptr});
        runs.push_back({u("info"), true, {}, nullptr, true});
        for (size_t i = 0; i < runs.size(); ++i) {
            Run &run = runs[i];
            const QString base = dir.filePath(u("run%1").arg(i));
            QVERIFY(QDir().mkpath(base));
            const QString ini = base + u("/cxsync.ini");
            auto opened = Settings::open(ini);
            QVERIFY(opened.ok());
            const QList<QPair<QString, QString>> values{
                {u("crm/server"), u("127.0.0.1:9")},
                {u("crm/path"), u("crm")},
                {u("crm/user"), u("sync")},
                {u("exchange/account"), u("sync@example.com")},
                {u("notify/errorEmail"), u("admin@example.com")},
                {u("graph/tenantId"), u("contoso.onmicrosoft.com")},
                {u("graph/clientId"), u("11111111-2222-3333-4444-555555555555")},
                {u("graph/baseUrl"), u("http://127.0.0.1:9")},
                {u("graph/authorityUrl"), u("http://127.0.0.1:9")},
                {u("listener/port"), QString::number(40000 + int(::getpid() % 20000) + int(i))},
                {u("store/journalPath"), base + u("/journal.sqlite")},
                {Keys::LogLevel, run.level}};
            for (const auto &[key, value] : values) {
                const Status s = opened.value()->set(key, value);
                QVERIFY2(s.ok(), qPrintable(key + u(": ") + (s.ok() ? QString() : s.error().message)));
            }
            opened.value().reset();
            run.errFile = base + u("/stderr");
            QFile(run.errFile).open(QIODevice::WriteOnly);
            struct stat st {};
            QCOMPARE(::stat(QFile::encodeName(run.errFile).constData(), &st), 0);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            // Without a journal: JOURNAL_STREAM inherited from elsewhere (another inode).
            env.insert(
                u("JOURNAL_STREAM"),
                u("%1:%2").arg(qulonglong(st.st_dev)).arg(qulonglong(st.st_ino) + (run.journal ? 0 : 1)));
            env.insert(u("CXSYNC_SECRET_CRM_PASSWORD"), u("x"));
            env.insert(u("CXSYNC_SECRET_GRAPH_CLIENT_SECRET"), u("y"));
            env.insert(u("DBUS_SESSION_BUS_ADDRESS"), u("unix:path=/nonexistent/cxsync-no-bus"));
            env.remove(u("QT_LOGGING_RULES"));
            run.process = std::make_unique<QProcess>();
            run.process->setProcessEnvironment(env);
            run.process->setStandardErrorFile(run.errFile, QIODevice::Append);
            if (run.outToo)
                run.process->setStandardOutputFile(run.errFile, QIODevice::Append);
            run.process->start(cxsync, {u("--config"), ini, u("serve")});
            QVERIFY(run.process->waitForStarted());
        }
        // The catch-up run gives up after the HTTP layer's last retry (about 7 s); then each is stopped.
        QElapsedTimer clock;
        clock.start();
        for (Run &run : runs) {
            QByteArray out;
            while (!out.contains("Sync of all users failed") && clock.elapsed() < 25000) {
                run.process->waitForReadyRead(200);
                if (run.outToo) {
                    QFile file(run.errFile);
                    file.open(QIODevice::ReadOnly);
                    out = file.readAll();
                } else {
                    out += run.process->readAllStandardOutput();
                }
            }
            QVERIFY2(out.contains("Sync of all users failed"), out.constData());
            run.process->terminate();
            QVERIFY(run.process->waitForFinished(10000));
            QCOMPARE(run.process->exitCode(), 0);
        }
        auto errors = [](const Run &run) {
            QFile file(run.errFile);
            file.open(QIODevice::ReadOnly);
            return file.readAll();
        };
        const QByteArray infoJournal = errors(runs[0]);
        QVERIFY2(infoJournal.contains("\n<6>cxsync.net.http: retrying") ||
                     infoJournal.startsWith("<6>cxsync.net.http: retrying"),
                 infoJournal.constData());
        const QByteArray warningsJournal = errors(runs[1]);
        QVERIFY2(!warningsJournal.contains("retrying"), warningsJournal.constData());
        const QByteArray infoPlain = errors(runs[2]);
        QVERIFY2(infoPlain.contains("cxsync.net.http: retrying"), infoPlain.constData());
        QVERIFY2(!infoPlain.contains("<6>"), infoPlain.constData());
        // serve's own lines: the failed run an error, the rest info, and no time of their own (the journal's).
        const QByteArray shared = errors(runs[3]);
        QVERIFY2(shared.contains("\n<3>Sync of all users failed"), shared.constData());
        QVERIFY2(shared.contains("<6>Service running"), shared.constData());
        QVERIFY2(shared.contains("\n<6>Stopped."), shared.constData());
        QVERIFY2(!QRegularExpression(u("\\d{4}-\\d\\d-\\d\\dT")).match(QString::fromUtf8(shared)).hasMatch(),
                 shared.constData());
    }
};

QTEST_GUILESS_MAIN(TestLogLevel)
#include "tst_log_level.moc"
