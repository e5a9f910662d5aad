// `cxsync demo` and `cxsync-panel --demo` run the sandboxes as a child process (the cxsync-sandbox
// executable): the child ends with the demo however the demo ends (its own end, SIGTERM, SIGINT, even
// SIGKILL), and a missing executable is an error that says where it was looked for. Real binaries through
// QProcess; the children are found in /proc.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace {

// The process's state letter from /proc/PID/stat ('R', 'S', 'Z'...), 0 if there is no such process.
char stateOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    const int close = line.lastIndexOf(')');
    return close > 0 && close + 2 < line.size() ? line.at(close + 2) : 0;
}

// Still running: present and not a zombie waiting for a parent that does not reap (as init in a container may
// not).
bool running(qint64 pid)
{
    const char state = stateOf(pid);
    return state != 0 && state != 'Z' && state != 'X';
}

QString commandOf(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    return comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll()).trimmed() : QString();
}

// The running cxsync-sandbox processes whose parent is `parent`.
QList<qint64> sandboxChildren(qint64 parent)
{
    QList<qint64> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (!number)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        // After the command: state, ppid.
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent &&
            commandOf(pid) == QLatin1String("cxsync-sandbox") && running(pid))
            found.append(pid);
    }
    return found;
}

} // namespace

class TestDemoProcess final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CXSYNC_CONFIG"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

    // Starts `cxsync demo ARGS` (small sample data) and waits until its output contains `until`.
    bool startDemo(QProcess &demo, const QStringList &args, const QString &until, QString *out,
                   bool ownProcessGroup = false)
    {
        demo.setProcessEnvironment(environment());
        // As a shell starts a job: a process group of its own, which the terminal's Ctrl+C reaches as a
        // whole.
        if (ownProcessGroup)
            demo.setChildProcessModifier([] { ::setpgid(0, 0); });
        demo.start(QStringLiteral(CXSYNC_CLI_PATH),
                   QStringList{QStringLiteral("demo"), QStringLiteral("--users"), QStringLiteral("12"),
                               QStringLiteral("--appointments"), QStringLiteral("10")} +
                       args);
        if (!demo.waitForStarted(10000))
            return false;
        QElapsedTimer waited;
        waited.start();
        while (!out->contains(until) && demo.state() == QProcess::Running && waited.elapsed() < 60000) {
            demo.waitForReadyRead(200);
            out->append(QString::fromUtf8(demo.readAllStandardOutput()));
        }
        return out->contains(until);
    }

    // The child's pid from the demo's "ready: process N" line, checked against /proc.
    static qint64 sandboxPid(const QString &out, qint64 demoPid)
    {
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("ready: process (\\d+)")).match(out);
        if (!m.hasMatch())
            return 0;
        const qint64 pid = m.captured(1).toLongLong();
        return sandboxChildren(demoPid).contains(pid) ? pid : 0;
    }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void missingSandboxIsNamed_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QStringList>("args");
        QTest::newRow("cxsync demo") << QStringLiteral(CXSYNC_CLI_PATH)
                                     << QStringList{QStringLiteral("demo")};
        QTest::newRow("cxsync-panel --demo")
            << QStringLiteral(CXSYNC_PANEL_PATH)
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--screenshot"),
                           QStringLiteral("never-written.png")};
    }

    // A copy of the binary in a folder of its own, with an empty PATH: no sandbox anywhere.
    void missingSandboxIsNamed()
    {
        QFETCH(QString, binary);
        QFETCH(QStringList, args);
        const QString bin = m_dir->filePath(QStringLiteral("bin"));
        QVERIFY(QDir().mkpath(bin));
        const QString copy = QDir(bin).filePath(QFileInfo(binary).fileName());
        QVERIFY(QFile::copy(binary, copy));
        QProcess p;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("PATH"), m_dir->filePath(QStringLiteral("empty")));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir->path());
        p.start(copy, args);
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 1, qPrintable(err));
        for (const QString &named : {QStringLiteral("cxsync-sandbox"), bin, QStringLiteral("PATH"),
                                     QStringLiteral("cmake --build build --target cxsync-sandbox")})
            QVERIFY2(err.contains(named), qPrintable(err));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("never-written.png"))));
    }

    // The demo's own end: the sandbox process is gone when `cxsync demo` returns.
    void theSandboxEndsWithTheDemo()
    {
        QProcess demo;
        QString out;
        QVERIFY2(startDemo(demo, {QStringLiteral("--dir"), m_dir->filePath(QStringLiteral("demo"))},
                           QStringLiteral("ready: process"), &out),
                 qPrintable(out + QString::fromUtf8(demo.readAllStandardError())));
        const qint64 sandbox = sandboxPid(out, demo.processId());
        QVERIFY2(sandbox > 0, qPrintable(out));
        QVERIFY(demo.waitForFinished(60000));
        out += QString::fromUtf8(demo.readAllStandardOutput());
        QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
        QVERIFY(out.contains(QLatin1String("both changes crossed")));
        QVERIFY2(!running(sandbox),
                 qPrintable(QStringLiteral("cxsync-sandbox %1 outlived the demo").arg(sandbox)));
    }

    void theSandboxEndsWhenTheDemoIsStopped_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<bool>("group");   // to the demo's process group (the sandbox gets it too)
        QTest::addColumn<int>("exitCode"); // -1: killed, no exit code
        QTest::newRow("SIGTERM: stopped, exit 143, its temporary folder removed")
            << int(SIGTERM) << false << 143;
        QTest::newRow("SIGINT: stopped, exit 130") << int(SIGINT) << false << 130;
        QTest::newRow("Ctrl+C (SIGINT to the demo and the sandbox at once): exit 130")
            << int(SIGINT) << true << 130;
        QTest::newRow("SIGKILL: the kernel ends the child (PR_SET_PDEATHSIG)") << int(SIGKILL) << false << -1;
    }

    // `cxsync demo --serve` keeps the sandboxes until the demo is ended by a signal; then they end too.
    void theSandboxEndsWhenTheDemoIsStopped()
    {
        QFETCH(int, signal);
        QFETCH(bool, group);
        QFETCH(int, exitCode);
        QProcess demo;
        QString out;
        QVERIFY2(startDemo(demo, {QStringLiteral("--serve")}, QStringLiteral("Serving until interrupted"),
                           &out, group),
                 qPrintable(out + QString::fromUtf8(demo.readAllStandardError())));
        const qint64 sandbox = sandboxPid(out, demo.processId());
        QVERIFY2(sandbox > 0, qPrintable(out));
        const QRegularExpressionMatch secrets =
            QRegularExpression(QStringLiteral("\\(secrets: (.+), mode 0600\\)")).match(out);
        QVERIFY2(secrets.hasMatch() && QFile::exists(secrets.captured(1)), qPrintable(out));
        QCOMPARE(::kill(group ? -pid_t(demo.processId()) : pid_t(demo.processId()), signal), 0);
        QVERIFY(demo.waitForFinished(30000));
        const QString err = QString::fromUtf8(demo.readAllStandardError());
        if (exitCode >= 0) {
            QVERIFY2(demo.exitStatus() == QProcess::NormalExit && demo.exitCode() == exitCode,
                     qPrintable(err));
            QVERIFY2(err.contains(QLatin1String("the sandboxes were stopped")), qPrintable(err));
            // The throw-away profile and its secrets go with the demo.
            QVERIFY2(!QFile::exists(secrets.captured(1)), qPrintable(secrets.captured(1)));
        } else {
            QCOMPARE(demo.exitStatus(), QProcess::CrashExit);
            QFile::remove(secrets.captured(1)); // nothing could remove it
            QDir(QFileInfo(secrets.captured(1)).path()).removeRecursively();
        }
        QTRY_VERIFY2_WITH_TIMEOUT(
            !running(sandbox), qPrintable(QStringLiteral("cxsync-sandbox %1 outlived the demo").arg(sandbox)),
            10000);
    }

    void theSandboxEndsWithThePanel_data()
    {
        QTest::addColumn<bool>("screenshot");
        QTest::newRow("the panel exits on its own (--screenshot)") << true;
        QTest::newRow("the panel is killed (SIGKILL)") << false;
    }

    void theSandboxEndsWithThePanel()
    {
        QFETCH(bool, screenshot);
        const QString png = m_dir->filePath(QStringLiteral("panel.png"));
        QProcess panel;
        panel.setProcessEnvironment(environment());
        panel.start(QStringLiteral(CXSYNC_PANEL_PATH),
                    screenshot ? QStringList{QStringLiteral("--demo"), QStringLiteral("--screenshot"), png}
                               : QStringList{QStringLiteral("--demo")});
        QVERIFY(panel.waitForStarted(10000));
        QList<qint64> children;
        QTRY_VERIFY_WITH_TIMEOUT(!(children = sandboxChildren(panel.processId())).isEmpty(), 30000);
        QCOMPARE(children.size(), 1);
        if (screenshot) {
            QVERIFY(panel.waitForFinished(60000));
            QVERIFY2(panel.exitCode() == 0, panel.readAllStandardError().constData());
            QVERIFY(QFile::exists(png));
        } else {
            // Let it read the ready line and open the window on the sandboxes first.
            QTest::qWait(1000);
            QCOMPARE(::kill(pid_t(panel.processId()), SIGKILL), 0);
            QVERIFY(panel.waitForFinished(10000));
        }
        QTRY_VERIFY2_WITH_TIMEOUT(
            !running(children.first()),
            qPrintable(QStringLiteral("cxsync-sandbox %1 outlived the panel").arg(children.first())), 10000);
    }
};

QTEST_GUILESS_MAIN(TestDemoProcess)
#include "tst_demo_process.moc"
