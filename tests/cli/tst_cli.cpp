// The `cxsync` command line end to end: the real binary through QProcess, real INI files, and the real
// Secret Service (this suite runs under tests/with-keyring.sh).
#include "config/KeychainSecretStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace cxsync;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data, mode_t mode = 0600)
{
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return false;
    }
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

// "644" for a file of mode 0644; "" if there is nothing there.
QString modeOf(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QString::number(st.st_mode & 07777, 8);
}

bool isFifo(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

// A command and an option it does not take (another command does).
struct OptionRow {
    QString args;
    QString command;
    QString option;
};

QList<OptionRow> unknownOptionRows()
{
    return {
        {QStringLiteral("version --dry-run"), QStringLiteral("version"), QStringLiteral("--dry-run")},
        {QStringLiteral("help --json"), QStringLiteral("help"), QStringLiteral("--json")},
        {QStringLiteral("config show --yes"), QStringLiteral("config show"), QStringLiteral("--yes")},
        {QStringLiteral("config set crm/server elsewhere --json"), QStringLiteral("config set"),
         QStringLiteral("--json")},
        {QStringLiteral("config validate --json"), QStringLiteral("config validate"),
         QStringLiteral("--json")},
        {QStringLiteral("config import x.ini --dry-run"), QStringLiteral("config import"),
         QStringLiteral("--dry-run")},
        {QStringLiteral("config export x.ini --json"), QStringLiteral("config export"),
         QStringLiteral("--json")},
        {QStringLiteral("config remove-server eu --yes"), QStringLiteral("config remove-server"),
         QStringLiteral("--yes")},
        {QStringLiteral("secret set crm-password --json"), QStringLiteral("secret set"),
         QStringLiteral("--json")},
        {QStringLiteral("secret status --json"), QStringLiteral("secret status"), QStringLiteral("--json")},
        {QStringLiteral("demo --json"), QStringLiteral("demo"), QStringLiteral("--json")},
        {QStringLiteral("test-connection --yes"), QStringLiteral("test-connection"), QStringLiteral("--yes")},
        {QStringLiteral("sync --once --json"), QStringLiteral("sync"), QStringLiteral("--json")},
        {QStringLiteral("status --yes"), QStringLiteral("status"), QStringLiteral("--yes")},
        {QStringLiteral("check --yes"), QStringLiteral("check"), QStringLiteral("--yes")},
        {QStringLiteral("repair --dry-run --json"), QStringLiteral("repair"), QStringLiteral("--json")},
        {QStringLiteral("users sync --state parked"), QStringLiteral("users sync"),
         QStringLiteral("--state")},
        {QStringLiteral("users list --yes"), QStringLiteral("users list"), QStringLiteral("--yes")},
        {QStringLiteral("users disable anna --json"), QStringLiteral("users disable"),
         QStringLiteral("--json")},
        {QStringLiteral("users enable anna --dry-run"), QStringLiteral("users enable"),
         QStringLiteral("--dry-run")},
        {QStringLiteral("hooks install --yes"), QStringLiteral("hooks install"), QStringLiteral("--yes")},
        {QStringLiteral("hooks status --all"), QStringLiteral("hooks status"), QStringLiteral("--all")},
        {QStringLiteral("hooks remove --dry-run"), QStringLiteral("hooks remove"),
         QStringLiteral("--dry-run")},
        {QStringLiteral("serve --once"), QStringLiteral("serve"), QStringLiteral("--once")},
        {QStringLiteral("service --once"), QStringLiteral("service"), QStringLiteral("--once")},
        {QStringLiteral("queue list --yes"), QStringLiteral("queue list"), QStringLiteral("--yes")},
        {QStringLiteral("queue show 1 --limit 5"), QStringLiteral("queue show"), QStringLiteral("--limit")},
        {QStringLiteral("queue retry 1 --json"), QStringLiteral("queue retry"), QStringLiteral("--json")},
        {QStringLiteral("queue discard 1 --all"), QStringLiteral("queue discard"), QStringLiteral("--all")},
        {QStringLiteral("queue export x.csv --json"), QStringLiteral("queue export"),
         QStringLiteral("--json")},
        {QStringLiteral("log --yes"), QStringLiteral("log"), QStringLiteral("--yes")},
        {QStringLiteral("log export x.csv --json"), QStringLiteral("log export"), QStringLiteral("--json")},
        {QStringLiteral("log prune --since 2026-01-01"), QStringLiteral("log prune"),
         QStringLiteral("--since")},
        {QStringLiteral("notify test --json"), QStringLiteral("notify test"), QStringLiteral("--json")},
        {QStringLiteral("notify digest --yes"), QStringLiteral("notify digest"), QStringLiteral("--yes")}};
}

} // namespace

class TestCli final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    QString m_ini;

    Run run(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &extra = {},
            int timeoutMs = 60000)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CXSYNC_CONFIG"));
        const QStringList keys = extra.keys();
        for (const QString &k : keys)
            env.insert(k, extra.value(k));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CXSYNC_CLI_PATH), args);
        if (!p.waitForStarted(10000))
            return {};
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(5000);
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    Run cli(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &extra = {},
            int timeoutMs = 60000)
    {
        return run(QStringList{QStringLiteral("--config"), m_ini} + args, input, extra, timeoutMs);
    }
    // Feeds `chunk` to the command's standard input again and again (an endless stream) until it exits; gives
    // up after `timeoutMs` (code -1).
    Run cliStreaming(const QStringList &args, const QByteArray &chunk, int timeoutMs)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CXSYNC_CONFIG"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CXSYNC_CLI_PATH), QStringList{QStringLiteral("--config"), m_ini} + args);
        if (!p.waitForStarted(10000))
            return {};
        QElapsedTimer timer;
        timer.start();
        while (p.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs) {
            if (p.bytesToWrite() < 4 * chunk.size())
                p.write(chunk);
            p.waitForBytesWritten(20);
            p.waitForFinished(1);
        }
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(5000);
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    void importSample()
    {
        const Run r =
            cli({QStringLiteral("config"), QStringLiteral("import"), QStringLiteral(CXSYNC_SAMPLE_PROFILE)});
        QCOMPARE(r.code, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A typical umask, so that a file created without an explicit mode would be world-readable; and a
        // command that stops reading its standard input must not kill this suite.
        ::umask(022);
        std::signal(SIGPIPE, SIG_IGN);
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        m_ini = m_dir->filePath(QStringLiteral("cxsync.ini"));
    }
    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
    }

    void versionPrintsProductVersion()
    {
        const Run r = run({QStringLiteral("version")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("cxsync 0.")), qPrintable(r.out));
    }

    void usageErrorsExitTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown command names it")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command 'frobnicate'");
        QTest::newRow("unknown option names it")
            << QStringList{QStringLiteral("--frob"), QStringLiteral("version")} << QStringLiteral("frob");
        QTest::newRow("config without subcommand lists them")
            << QStringList{QStringLiteral("config")} << QStringLiteral("show, set, validate");
        QTest::newRow("config set without value shows usage")
            << QStringList{QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("crm/server")}
            << QStringLiteral("set KEY VALUE");
        QTest::newRow("unknown setting names it")
            << QStringList{QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("crm/sever"),
                           QStringLiteral("x")}
            << QStringLiteral("unknown setting 'crm/sever'");
        QTest::newRow("program-managed key refused")
            << QStringList{QStringLiteral("config"), QStringLiteral("set"),
                           QStringLiteral("meta/configVersion"), QStringLiteral("7")}
            << QStringLiteral("managed by the program");
        QTest::newRow("unknown secret names it")
            << QStringList{QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("root-password")}
            << QStringLiteral("unknown secret 'root-password'");
    }
    void usageErrorsExitTwoWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(r.err.startsWith(QLatin1String("cxsync: ")), qPrintable(r.err));
    }

    void noArgumentsPrintsUsage()
    {
        const Run r = run({});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("Usage: cxsync")));
    }

    // Each command is parsed with its own options: one another command takes is a usage error that names the
    // option and the command, and nothing runs (nothing on standard output, no settings file written).
    void unknownOptionPerCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("option");
        for (const OptionRow &row : unknownOptionRows())
            QTest::newRow(qPrintable(row.args))
                << row.args.split(QLatin1Char(' ')) << row.command << row.option;
    }
    void unknownOptionPerCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, command);
        QFETCH(QString, option);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.startsWith(
                     QStringLiteral("cxsync: unknown option '%1' for 'cxsync %2'").arg(option, command)),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QVERIFY(!QFileInfo::exists(m_ini));
    }
    // The rows above cover every command `cxsync help` lists.
    void unknownOptionRowsCoverEveryCommand()
    {
        const Run list = run({QStringLiteral("help")});
        QCOMPARE(list.code, 0);
        // "  queue retry ID | --all ...": the words before the first argument or option name the command.
        const QRegularExpression entry(QStringLiteral("^  ([a-z][a-z-]*(?: [a-z][a-z-]*)*)"),
                                       QRegularExpression::MultilineOption);
        QStringList listed;
        for (auto it = entry.globalMatch(list.out); it.hasNext();)
            listed << it.next().captured(1);
        QVERIFY2(listed.size() >= 30, qPrintable(listed.join(QLatin1Char(','))));
        QStringList covered;
        for (const OptionRow &row : unknownOptionRows())
            covered << row.command;
        for (const QString &command : std::as_const(listed))
            QVERIFY2(covered.contains(command),
                     qPrintable(command + QStringLiteral(" has no unknown-option row")));
    }

    // `cxsync help COMMAND` and `cxsync COMMAND --help` print the same text: the usage line and every option.
    void helpPerCommand_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        const auto row = [](const QString &command, const QString &options) {
            QTest::newRow(qPrintable(command))
                << command << (options.isEmpty() ? QStringList() : options.split(QLatin1Char(' ')));
        };
        row(QStringLiteral("version"), {});
        row(QStringLiteral("config show"), QStringLiteral("--json"));
        row(QStringLiteral("config set"), {});
        row(QStringLiteral("config validate"), {});
        row(QStringLiteral("config import"), {});
        row(QStringLiteral("config export"), {});
        row(QStringLiteral("config remove-server"), {});
        row(QStringLiteral("secret set"), {});
        row(QStringLiteral("secret status"), {});
        row(QStringLiteral("demo"), QStringLiteral("--dir --users --appointments --seed --serve"));
        row(QStringLiteral("test-connection"), QStringLiteral("--json --mailbox --write-probe"));
        row(QStringLiteral("sync"), QStringLiteral("--once --watch --dry-run --yes --user"));
        row(QStringLiteral("status"), QStringLiteral("--json --user --period"));
        row(QStringLiteral("check"), QStringLiteral("--user --json"));
        row(QStringLiteral("repair"), QStringLiteral("--dry-run --yes --user"));
        row(QStringLiteral("users sync"), QStringLiteral("--dry-run --yes --json"));
        row(QStringLiteral("users list"), QStringLiteral("--json"));
        row(QStringLiteral("users disable"), {});
        row(QStringLiteral("users enable"), {});
        row(QStringLiteral("hooks install"), QStringLiteral("--json"));
        row(QStringLiteral("hooks status"), QStringLiteral("--json"));
        row(QStringLiteral("hooks remove"), QStringLiteral("--json"));
        row(QStringLiteral("serve"), {});
        row(QStringLiteral("service"), {});
        row(QStringLiteral("queue list"), QStringLiteral("--json --state --user --since --limit"));
        row(QStringLiteral("queue show"), QStringLiteral("--json"));
        row(QStringLiteral("queue retry"), QStringLiteral("--all --state --user --since"));
        row(QStringLiteral("queue discard"), QStringLiteral("--yes"));
        row(QStringLiteral("queue export"), QStringLiteral("--state --user --since"));
        row(QStringLiteral("log"), QStringLiteral("--since --user --json --limit"));
        row(QStringLiteral("log export"), QStringLiteral("--since --user"));
        row(QStringLiteral("log prune"), {});
        row(QStringLiteral("notify test"), {});
        row(QStringLiteral("notify digest"), {});
    }
    void helpPerCommand()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        const QStringList words = command.split(QLatin1Char(' '));
        const Run help = cli(QStringList{QStringLiteral("help")} + words);
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: cxsync %1").arg(command)), qPrintable(help.out));
        QVERIFY(help.err.isEmpty());
        for (const QString &option : options)
            QVERIFY2(help.out.contains(QStringLiteral("  %1").arg(option)), qPrintable(option + help.out));
        // Only its own options (and the global ones) are listed.
        const QRegularExpression listedOption(QStringLiteral("^ +(--[a-z-]+)"),
                                              QRegularExpression::MultilineOption);
        const QStringList globals{QStringLiteral("--config"), QStringLiteral("--secrets-file"),
                                  QStringLiteral("--password-stdin")};
        for (auto it = listedOption.globalMatch(help.out); it.hasNext();) {
            const QString name = it.next().captured(1);
            QVERIFY2(options.contains(name) || globals.contains(name),
                     qPrintable(command + QStringLiteral(": ") + name));
        }
        const Run dashHelp = cli(words + QStringList{QStringLiteral("--help")});
        QCOMPARE(dashHelp.code, 0);
        QCOMPARE(dashHelp.out, help.out);
        QVERIFY(!QFileInfo::exists(m_ini)); // help runs nothing
    }
    void helpListsCommandsAndFamilies()
    {
        const Run list = run({QStringLiteral("help")});
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.startsWith(QLatin1String("Usage: cxsync")));
        QCOMPARE(run({QStringLiteral("--help")}).out, list.out);
        // A family without its subcommand: each subcommand with its options.
        const Run queue = run({QStringLiteral("help"), QStringLiteral("queue")});
        QCOMPARE(queue.code, 0);
        for (const char *sub : {"list", "show", "retry", "discard", "export"})
            QVERIFY2(queue.out.contains(QStringLiteral("cxsync queue %1").arg(QLatin1String(sub))),
                     qPrintable(queue.out));
        QVERIFY(queue.out.contains(QLatin1String("--state STATE")));
        QCOMPARE(run({QStringLiteral("queue"), QStringLiteral("--help")}).out, queue.out);
        const Run unknown = run({QStringLiteral("help"), QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.startsWith(QLatin1String("cxsync: unknown command 'frobnicate'")));
        const Run unknownSub = run({QStringLiteral("help"), QStringLiteral("queue"), QStringLiteral("frob")});
        QCOMPARE(unknownSub.code, 2);
        QVERIFY2(unknownSub.err.contains(QLatin1String("'queue' has no subcommand 'frob'")),
                 qPrintable(unknownSub.err));
    }
    // The global options work before the command, after it and after its arguments.
    void globalOptionsAnywhere()
    {
        const QString value = QStringLiteral("crm.example.test");
        Run r = run({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("crm/server"), value,
                     QStringLiteral("--config"), m_ini});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("config"), QStringLiteral("--config"), m_ini, QStringLiteral("show")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("crm/server = %1").arg(value)));
        r = run({QStringLiteral("--config"), m_ini, QStringLiteral("config"), QStringLiteral("show"),
                 QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(value));
        const QString secrets = m_dir->filePath(QStringLiteral("secrets"));
        QVERIFY(writeFile(secrets, "crm-password=from-file\n"));
        r = run({QStringLiteral("secret"), QStringLiteral("status"), QStringLiteral("--secrets-file"),
                 secrets, QStringLiteral("--config"), m_ini});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("crm-password: from --secrets-file")), qPrintable(r.out));
        r = run({QStringLiteral("secret"), QStringLiteral("status"), QStringLiteral("--password-stdin"),
                 QStringLiteral("--config"), m_ini},
                "nt-password=x\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("nt-password: from standard input")));
        // Before the command, a command's own option is still its own: `--json` belongs to `config show`.
        r = run({QStringLiteral("--json"), QStringLiteral("--config"), m_ini, QStringLiteral("config"),
                 QStringLiteral("show")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.trimmed().startsWith(QLatin1Char('{')));
    }

    void setRejectsBadValuesAndKeepsTheOldOne_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("expected");
        QTest::newRow("poll interval under 5 s") << QStringLiteral("sync/pollIntervalSeconds")
                                                 << QStringLiteral("4") << QStringLiteral("5 to 86400");
        QTest::newRow("port out of range")
            << QStringLiteral("smtp/port") << QStringLiteral("70000") << QStringLiteral("1 to 65535");
        QTest::newRow("not an e-mail")
            << QStringLiteral("notify/errorEmail") << QStringLiteral("admin-at-contoso")
            << QStringLiteral("not an e-mail address");
        QTest::newRow("unknown zone") << QStringLiteral("sync/timeZone") << QStringLiteral("Mars/Olympus")
                                      << QStringLiteral("not a known time zone");
        QTest::newRow("offset not in quarter hours")
            << QStringLiteral("sync/timeZone") << QStringLiteral("+1.2") << QStringLiteral("quarter hours");
        QTest::newRow("http to a remote host")
            << QStringLiteral("graph/baseUrl") << QStringLiteral("http://graph.microsoft.com")
            << QStringLiteral("must use https");
        QTest::newRow("role not in the list")
            << QStringLiteral("server/role") << QStringLiteral("both") << QStringLiteral("crm, exchange");
        QTest::newRow("bool garbage") << QStringLiteral("options/copyReminders") << QStringLiteral("maybe")
                                      << QStringLiteral("not true or false");
    }
    void setRejectsBadValuesAndKeepsTheOldOne()
    {
        QFETCH(QString, key);
        QFETCH(QString, bad);
        QFETCH(QString, expected);
        importSample();
        const QByteArray before = readAll(m_ini);
        const Run r = cli({QStringLiteral("config"), QStringLiteral("set"), key, bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        QCOMPARE(readAll(m_ini), before);
    }

    void setWritesAGoodValue()
    {
        const Run r = cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("sync/timeZone"),
                           QStringLiteral("+5:45")});
        QCOMPARE(r.code, 0);
        QSettings ini(m_ini, QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("sync/timeZone")).toString(), QStringLiteral("+5:45"));
        QCOMPARE(ini.value(QStringLiteral("meta/configVersion")).toInt(), 1);
    }

    void validateReportsEveryMissingFieldByName()
    {
        const Run r = cli({QStringLiteral("config"), QStringLiteral("validate")});
        QCOMPARE(r.code, 2);
        for (const char *field : {"crm/server:", "crm/path:", "crm/user:", "exchange/account:",
                                  "notify/errorEmail:", "graph/tenantId:", "graph/clientId:"})
            QVERIFY2(r.err.contains(QLatin1String(field)), field);
        importSample();
        const Run ok = cli({QStringLiteral("config"), QStringLiteral("validate")});
        QCOMPARE(ok.code, 0);
        QVERIFY(ok.out.contains(QLatin1String("configuration is valid")));
    }

    void importIsAllOrNothing()
    {
        importSample();
        const QByteArray before = readAll(m_ini);
        const QString bad = m_dir->filePath(QStringLiteral("bad.ini"));
        {
            QSettings s(bad, QSettings::IniFormat);
            s.setValue(QStringLiteral("crm/server"), QStringLiteral("other.example"));
            s.setValue(QStringLiteral("sync/pollIntervalSeconds"), QStringLiteral("1"));
        }
        const Run r = cli({QStringLiteral("config"), QStringLiteral("import"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("sync/pollIntervalSeconds")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("nothing was imported")));
        QCOMPARE(readAll(m_ini), before);
    }

    void importRefusesSecretsAndRoleConflicts()
    {
        const QString withSecret = m_dir->filePath(QStringLiteral("secret.ini"));
        {
            QSettings s(withSecret, QSettings::IniFormat);
            s.setValue(QStringLiteral("crm/password"), QStringLiteral("hunter2"));
        }
        Run r = cli({QStringLiteral("config"), QStringLiteral("import"), withSecret});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("secrets are not imported")));
        QVERIFY(!readAll(m_ini).contains("hunter2"));

        // The sample is a CRM-server profile with Create CRM Users; on the Exchange server that is refused.
        const QString exchangeRole = m_dir->filePath(QStringLiteral("role.ini"));
        QFile::copy(QStringLiteral(CXSYNC_SAMPLE_PROFILE), exchangeRole);
        QFile::setPermissions(exchangeRole, QFile::ReadOwner | QFile::WriteOwner);
        {
            QSettings s(exchangeRole, QSettings::IniFormat);
            s.setValue(QStringLiteral("server/role"), QStringLiteral("exchange"));
            s.setValue(QStringLiteral("store/journalPath"), m_dir->filePath(QStringLiteral("j.sqlite")));
        }
        r = cli({QStringLiteral("config"), QStringLiteral("import"), exchangeRole});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("options/createCrmUsers")), qPrintable(r.err));
    }

    // Seed chapter 5: an additional Exchange tenant goes through import, show, export and secret set; an import
    // that would configure one tenant twice writes nothing.
    void additionalServersImportShowExport()
    {
        importSample();
        const QString extra = m_dir->filePath(QStringLiteral("emea.ini"));
        {
            QSettings s(extra, QSettings::IniFormat);
            s.setValue(QStringLiteral("exchangeServers/emea/exchange/kind"), QStringLiteral("graph"));
            s.setValue(QStringLiteral("exchangeServers/emea/exchange/account"), QStringLiteral("sync@fabrikam.example"));
            s.setValue(QStringLiteral("exchangeServers/emea/graph/tenantId"), QStringLiteral("fabrikam.onmicrosoft.com"));
            s.setValue(QStringLiteral("exchangeServers/emea/graph/clientId"),
                       QStringLiteral("0b9c9a57-2f5e-4c1e-9a0c-5b7f3d1e2a44"));
        }
        Run r = cli({QStringLiteral("config"), QStringLiteral("import"), extra});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("config"), QStringLiteral("show")});
        QVERIFY2(r.out.contains(QLatin1String("exchangeServers/emea/graph/tenantId = fabrikam.onmicrosoft.com")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("config"), QStringLiteral("validate")});
        QVERIFY2(r.code == 0, qPrintable(r.err));

        // A second section for the primary's tenant: refused before anything is written.
        const QByteArray before = readAll(m_ini);
        const QString clash = m_dir->filePath(QStringLiteral("clash.ini"));
        {
            QSettings s(clash, QSettings::IniFormat);
            s.setValue(QStringLiteral("sync/pollIntervalSeconds"), QStringLiteral("30"));
            s.setValue(QStringLiteral("exchangeServers/apac/exchange/kind"), QStringLiteral("graph"));
            s.setValue(QStringLiteral("exchangeServers/apac/exchange/account"), QStringLiteral("sync@contoso.example"));
            s.setValue(QStringLiteral("exchangeServers/apac/graph/tenantId"), QStringLiteral("Contoso.onmicrosoft.com"));
            s.setValue(QStringLiteral("exchangeServers/apac/graph/clientId"),
                       QStringLiteral("0b9c9a57-2f5e-4c1e-9a0c-5b7f3d1e2a45"));
        }
        r = cli({QStringLiteral("config"), QStringLiteral("import"), clash});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("exchangeServers/apac/graph/tenantId")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("nothing was imported")));
        QCOMPARE(readAll(m_ini), before);

        // The export carries the section; importing it into an empty profile gives the same server.
        const QString exported = m_dir->filePath(QStringLiteral("export-servers.ini"));
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("export"), exported}).code, 0);
        QVERIFY(readAll(exported).contains("[exchangeServers]"));
        const QString copy = m_dir->filePath(QStringLiteral("copy-servers.ini"));
        r = run({QStringLiteral("--config"), copy, QStringLiteral("config"), QStringLiteral("import"), exported});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("--config"), copy, QStringLiteral("config"), QStringLiteral("show")});
        QVERIFY(r.out.contains(QLatin1String("exchangeServers/emea/graph/clientId = 0b9c9a57")));

        // secret set NAME@SERVER: only for a configured server.
        r = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("graph-client-secret@nowhere")},
                "x\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("no additional Exchange server 'nowhere'")), qPrintable(r.err));

        // secret set NAME@SERVER stores it apart from the primary's; remove-server deletes settings and secret.
        r = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("graph-client-secret@emea")},
                "emea-secret\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("secret"), QStringLiteral("status")});
        QVERIFY2(r.out.contains(QLatin1String("graph-client-secret@emea: in the")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("graph-client-secret: not set")), qPrintable(r.out));
        r = cli({QStringLiteral("config"), QStringLiteral("remove-server"), QStringLiteral("emea")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("config"), QStringLiteral("show")});
        QVERIFY(!r.out.contains(QLatin1String("exchangeServers/emea")));
        r = cli({QStringLiteral("secret"), QStringLiteral("status")});
        QVERIFY2(!r.out.contains(QLatin1String("@emea")), qPrintable(r.out));
        // Added again under the same name, it does not inherit the old secret.
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("import"), extra}).code, 0);
        r = cli({QStringLiteral("secret"), QStringLiteral("status")});
        QVERIFY2(r.out.contains(QLatin1String("graph-client-secret@emea: not set")), qPrintable(r.out));
        r = cli({QStringLiteral("config"), QStringLiteral("remove-server"), QStringLiteral("nowhere")});
        QCOMPARE(r.code, 2);
    }

    void showAndExportNeverContainSecrets()
    {
        importSample();
        const QByteArray password = "S3cret pass word!";
        Run r = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("crm-password")},
                    password + '\n');
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("crm-password stored")), qPrintable(r.out + r.err));

        r = cli({QStringLiteral("config"), QStringLiteral("show")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("crm/server = crm.contoso.example")));
        QVERIFY(r.out.contains(QLatin1String("listener/port = 8765    # default")));
        QVERIFY(!r.out.contains(QString::fromUtf8(password)));

        r = cli({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("\"sync/pollIntervalSeconds\": 60")));

        const QString exported = m_dir->filePath(QStringLiteral("export.ini"));
        r = cli({QStringLiteral("config"), QStringLiteral("export"), exported});
        QCOMPARE(r.code, 0);
        const QByteArray text = readAll(exported);
        QVERIFY(text.contains("server=crm.contoso.example"));
        QVERIFY(!text.contains(password));
        QVERIFY(!readAll(m_ini).contains(password));

        // The export imports back into an empty profile unchanged.
        const QString copy = m_dir->filePath(QStringLiteral("copy.ini"));
        r = run(
            {QStringLiteral("--config"), copy, QStringLiteral("config"), QStringLiteral("import"), exported});
        QCOMPARE(r.code, 0);
        const Run a = cli({QStringLiteral("config"), QStringLiteral("show")});
        const Run b =
            run({QStringLiteral("--config"), copy, QStringLiteral("config"), QStringLiteral("show")});
        QCOMPARE(a.out.section(QLatin1Char('\n'), 1).remove(QStringLiteral("    # default")),
                 b.out.section(QLatin1Char('\n'), 1).remove(QStringLiteral("    # default")));
    }

    void secretSetStoresInTheRealKeychain()
    {
        importSample();
        Run r = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("graph-client-secret")},
                    "abc~123.XYZ\n");
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("secret"), QStringLiteral("status")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("graph-client-secret: in the Secret Service keychain")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("smtp-password: not set")), qPrintable(r.out));

        // Read it back in-process through the same Secret Service, keyed by the profile id.
        QSettings ini(m_ini, QSettings::IniFormat);
        const QString profile = ini.value(QStringLiteral("meta/profileId")).toString();
        QVERIFY(!profile.isEmpty());
        KeychainSecretStore store(profile);
        bool done = false;
        QString value;
        store.read(Secret::GraphClientSecret, [&](Result<QString> res) {
            done = true;
            if (res.ok())
                value = res.value();
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(value, QStringLiteral("abc~123.XYZ"));
    }

    void secretSetRefusesEmptyOrMultiLineInput()
    {
        Run r = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("crm-password")}, "");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("no value on standard input")));
        r = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("crm-password")}, "a\nb\n");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("more than one line")));
    }

    void secretSourcesForHeadlessRuns()
    {
        importSample();
        const QString file = m_dir->filePath(QStringLiteral("secrets"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# test\ncrm-password=from-file\n");
        }
        QFile::setPermissions(file,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        Run r =
            cli({QStringLiteral("--secrets-file"), file, QStringLiteral("secret"), QStringLiteral("status")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("chmod 600")), qPrintable(r.err));

        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        QProcessEnvironment env;
        env.insert(QStringLiteral("CXSYNC_SECRET_SMTP_PASSWORD"), QStringLiteral("from-env"));
        r = cli({QStringLiteral("--secrets-file"), file, QStringLiteral("--password-stdin"),
                 QStringLiteral("secret"), QStringLiteral("status")},
                "nt-password=from-stdin\n", env);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("crm-password: from --secrets-file")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("smtp-password: from CXSYNC_SECRET_SMTP_PASSWORD")));
        QVERIFY(r.out.contains(QLatin1String("nt-password: from standard input")));
        for (const char *value : {"from-file", "from-env", "from-stdin"})
            QVERIFY(!r.out.contains(QLatin1String(value)));

        r = cli({QStringLiteral("--password-stdin"), QStringLiteral("secret"), QStringLiteral("status")},
                "bogus-name=1\n");
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("unknown secret 'bogus-name'")));
    }

    void configEnvironmentVariableSelectsTheFile()
    {
        importSample();
        QProcessEnvironment env;
        env.insert(QStringLiteral("CXSYNC_CONFIG"), m_ini);
        const Run r = run({QStringLiteral("config"), QStringLiteral("show")}, {}, env);
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(m_ini));
        QVERIFY(r.out.contains(QLatin1String("crm/user = exchangesync")));
    }

    void demoStartsTheSandboxesAndWritesAValidProfile()
    {
        const QString dir = m_dir->filePath(QStringLiteral("demo"));
        const Run r = run({QStringLiteral("demo"), QStringLiteral("--dir"), dir, QStringLiteral("--users"),
                           QStringLiteral("12"), QStringLiteral("--appointments"), QStringLiteral("10")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("valid; 3 secrets ready")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("created \"Demo: project kick-off\" in Outlook")));
        // Step 7 really synchronizes: the users are linked, the first run writes on both sides (its
        // summary and one item of each direction, read back from the sandboxes), and the second run carries
        // the two changes of step 8 across, and nothing else.
        const QRegularExpression linked(QStringLiteral("applied in \\d+ ms: (\\d+) linked"));
        const QRegularExpressionMatch users = linked.match(r.out);
        QVERIFY2(users.hasMatch() && users.captured(1).toInt() >= 2, qPrintable(r.out));
        const QRegularExpression summary(QStringLiteral(
            "Exchange (\\d+) created, (\\d+) updated, (\\d+) deleted; CRM (\\d+) created, (\\d+) "
            "updated, (\\d+) deleted.* \\((\\d+) mailbox"));
        QList<QRegularExpressionMatch> runs;
        for (auto it = summary.globalMatch(r.out); it.hasNext();)
            runs.append(it.next());
        QCOMPARE(runs.size(), 2);
        const int step7 = r.out.indexOf(QLatin1String("7. Calendar sync"));
        const int step8 = r.out.indexOf(QLatin1String("8. Acting as users"));
        const int step9 = r.out.indexOf(QLatin1String("9. Calendar sync again"));
        QVERIFY2(step7 > 0 && step7 < runs[0].capturedStart() && runs[0].capturedStart() < step8 &&
                     step9 < runs[1].capturedStart(),
                 qPrintable(r.out));
        QVERIFY2(runs[0].captured(1).toInt() > 0 && runs[0].captured(4).toInt() > 0, qPrintable(r.out));
        QCOMPARE(runs[0].captured(7).toInt(), users.captured(1).toInt());
        const QString first = r.out.mid(step7, step8 - step7);
        QVERIFY2(first.contains(QStringLiteral("CRM → Outlook, for example: \"")) &&
                     first.contains(QStringLiteral("Outlook → CRM, for example: \"")),
                 qPrintable(first));
        QCOMPARE(runs[1].captured(1).toInt(), 1); // the CRM user's customer call, now in Outlook
        QCOMPARE(runs[1].captured(4).toInt(), 1); // the Outlook kick-off, now in the CRM
        QCOMPARE(runs[1].captured(2).toInt() + runs[1].captured(3).toInt() + runs[1].captured(5).toInt() +
                     runs[1].captured(6).toInt(),
                 0); // no updates, no deletes
        const QString second = r.out.mid(step9);
        QVERIFY2(second.contains(QStringLiteral("Outlook → CRM: \"Demo: project kick-off\"")) &&
                     second.contains(QStringLiteral("CRM → Outlook: \"Demo: customer call\"")),
                 qPrintable(second));
        QVERIFY2(second.contains(QLatin1String("both changes crossed")), qPrintable(second));
        QVERIFY(second.contains(QLatin1String("queue list")));
        // The runs' writes are in the journal the demo leaves behind: the transaction log shows both changes.
        const Run log = run({QStringLiteral("--config"), dir + QStringLiteral("/demo-profile.ini"),
                             QStringLiteral("--secrets-file"), dir + QStringLiteral("/demo-secrets"),
                             QStringLiteral("log"), QStringLiteral("--limit"), QStringLiteral("0")});
        QCOMPARE(log.code, 0);
        QVERIFY2(log.out.contains(QLatin1String("\"Demo: customer call\"")) &&
                     log.out.contains(QLatin1String("\"Demo: project kick-off\"")),
                 qPrintable(log.out));
        // The profile it leaves behind works with the CLI as written.
        const Run status = run({QStringLiteral("--config"), dir + QStringLiteral("/demo-profile.ini"),
                                QStringLiteral("--secrets-file"), dir + QStringLiteral("/demo-secrets"),
                                QStringLiteral("secret"), QStringLiteral("status")});
        QCOMPARE(status.code, 0);
        QVERIFY2(status.out.contains(QLatin1String("crm-password: from --secrets-file")),
                 qPrintable(status.out));
        QVERIFY(status.out.contains(QLatin1String("graph-client-secret: from --secrets-file")));
        const Run bad = run({QStringLiteral("demo"), QStringLiteral("--users"), QStringLiteral("0")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QLatin1String("--users")));
    }

    void newerConfigVersionIsRefused()
    {
        {
            QSettings s(m_ini, QSettings::IniFormat);
            s.setValue(QStringLiteral("meta/configVersion"), 42);
        }
        const Run r = cli({QStringLiteral("config"), QStringLiteral("show")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("config version 42")), qPrintable(r.err));
    }

    // Issue 19 part 2: `config set store/journalPath /etc/passwd` used to pass, and the next command chmodded
    // the file before finding it was not a journal.
    void journalPathThatIsNotAJournalIsNeverTouched()
    {
        importSample();
        const QString passwd = m_dir->filePath(QStringLiteral("passwd"));
        const QByteArray text = "root:x:0:0:root:/root:/bin/bash\n";
        QVERIFY(writeFile(passwd, text, 0644));
        const QByteArray before = readAll(m_ini);

        Run r = cli(
            {QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("store/journalPath"), passwd});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("store/journalPath")) &&
                     r.err.contains(QLatin1String("not an SQLite database")),
                 qPrintable(r.err));
        QCOMPARE(readAll(m_ini), before);

        const QString missingFolder = m_dir->filePath(QStringLiteral("no-such-folder/journal.sqlite"));
        r = cli({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("store/journalPath"),
                 missingFolder});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("store/journalPath")) &&
                     r.err.contains(QLatin1String("does not exist")),
                 qPrintable(r.err));

        const QString import = m_dir->filePath(QStringLiteral("journal.ini"));
        {
            QSettings s(import, QSettings::IniFormat);
            s.setValue(QStringLiteral("store/journalPath"), passwd);
        }
        r = cli({QStringLiteral("config"), QStringLiteral("import"), import});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("store/journalPath:")), qPrintable(r.err));
        QCOMPARE(readAll(m_ini), before);

        // Written into the file by hand: validate names it, and a command that opens the journal refuses the
        // file without changing its mode or bytes.
        {
            QSettings s(m_ini, QSettings::IniFormat);
            s.setValue(QStringLiteral("store/journalPath"), passwd);
        }
        r = cli({QStringLiteral("config"), QStringLiteral("validate")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("store/journalPath:")), qPrintable(r.err));
        r = cli({QStringLiteral("queue"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(passwd), qPrintable(r.err));
        QCOMPARE(modeOf(passwd), QStringLiteral("644"));
        QCOMPARE(readAll(passwd), text);
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("passwd*")}),
                 QStringList{QStringLiteral("passwd")});
    }

    // Issue 19 part 5: secret input is bounded and never blocks.
    void secretInputIsBoundedAndNeverBlocks()
    {
        importSample();
        // An endless stream on standard input: refused after 1 MiB, not read for ever.
        const QByteArray comments = QByteArray("# ").append(QByteArray(8189, 'x')).append('\n');
        Run r = cliStreaming(
            {QStringLiteral("--password-stdin"), QStringLiteral("secret"), QStringLiteral("status")},
            comments, 15000);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("standard input")) && r.err.contains(QLatin1String("1 MiB")),
                 qPrintable(r.err));
        r = cliStreaming({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("crm-password")},
                         QByteArray(8192, 'p'), 15000);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("longer than 1024 bytes")), qPrintable(r.err));

        // A FIFO as --secrets-file: refused at once rather than waiting for a writer.
        const QString fifo = m_dir->filePath(QStringLiteral("secrets.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        r = cli({QStringLiteral("--secrets-file"), fifo, QStringLiteral("secret"), QStringLiteral("status")},
                {}, {}, 15000);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(fifo) && r.err.contains(QLatin1String("not a regular file")),
                 qPrintable(r.err));

        // A 2 MiB secrets file.
        const QString large = m_dir->filePath(QStringLiteral("large-secrets"));
        QByteArray data = "crm-password=T0pSecret\n";
        while (data.size() < 2 * 1024 * 1024)
            data += comments;
        QVERIFY(writeFile(large, data));
        r = cli(
            {QStringLiteral("--secrets-file"), large, QStringLiteral("secret"), QStringLiteral("status")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(large) && r.err.contains(QLatin1String("larger than 1 MiB")),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains(QLatin1String("T0pSecret")));

        // A 0600 file that belongs to another user, read by root.
        if (::geteuid() == 0) {
            const QString foreign = m_dir->filePath(QStringLiteral("foreign-secrets"));
            QVERIFY(writeFile(foreign, "crm-password=T0pSecret\n"));
            QCOMPARE(::chown(QFile::encodeName(foreign).constData(), 65534, 65534), 0);
            r = cli({QStringLiteral("--secrets-file"), foreign, QStringLiteral("secret"),
                     QStringLiteral("status")});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(foreign) && r.err.contains(QLatin1String("owned by user 65534")),
                     qPrintable(r.err));
        }
    }

    void secretsFileLinesAreChecked_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("expected"); // in stderr (code 2) or stdout (code 0)

        QTest::newRow("an empty value counts as not set")
            << QByteArray("crm-password=\n") << 0 << QStringLiteral("crm-password: not set");
        QTest::newRow("a name given twice names both lines")
            << QByteArray("crm-password=one-value\nnt-password=x\nCRM_PASSWORD=other-value\n") << 2
            << QStringLiteral("line 3: crm-password is already given on line 1");
        QTest::newRow("a server that is not in the profile is named")
            << QByteArray("crm-password=c\ngraph-client-secret@nowhere=x\n") << 2
            << QStringLiteral("line 2: there is no additional Exchange server 'nowhere'");
    }

    void secretsFileLinesAreChecked()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, code);
        QFETCH(QString, expected);
        importSample();
        const QString file = m_dir->filePath(QStringLiteral("secrets"));
        QVERIFY(writeFile(file, data));
        for (const bool fromStdin : {false, true}) {
            const Run r = fromStdin ? cli({QStringLiteral("--password-stdin"), QStringLiteral("secret"),
                                           QStringLiteral("status")},
                                          data)
                                    : cli({QStringLiteral("--secrets-file"), file, QStringLiteral("secret"),
                                           QStringLiteral("status")});
            QCOMPARE(r.code, code);
            QVERIFY2((code == 0 ? r.out : r.err).contains(expected), qPrintable(r.out + r.err));
            QVERIFY2(
                (code == 0 ? r.out : r.err).contains(fromStdin ? QStringLiteral("standard input") : file) ||
                    code == 0,
                qPrintable(r.err));
            QVERIFY(!r.err.contains(QLatin1String("other-value")));
        }
    }

    // Issue 19 part 6: text that is not UTF-8, values far beyond any sane length and a newer config version
    // are refused with the key named; nothing is written.
    void importRefusesBadTextAndNewerVersions_data()
    {
        QTest::addColumn<QByteArray>("ini");
        QTest::addColumn<QString>("expected");

        QTest::newRow("a value that is not valid UTF-8 names its key")
            << QByteArray("[crm]\nuser=sync\xff\xfeuser\n") << QStringLiteral("crm/user: ");
        QTest::newRow("a 100,000-character e-mail address names its key and the limit")
            << (QByteArray("[notify]\nerrorEmail=") + QByteArray(100000 - 12, 'a') + "@contoso.com\n")
            << QStringLiteral("notify/errorEmail: ");
        QTest::newRow("a newer config version is refused with its number")
            << QByteArray("[meta]\nconfigVersion=999\n[crm]\nserver=crm2.contoso.example\n")
            << QStringLiteral("configVersion 999 is newer than this version understands (1)");
        QTest::newRow("a file with no settings in it imports nothing and says so")
            << QByteArray("[meta]\nconfigVersion=1\n") << QStringLiteral("no settings");
    }

    void importRefusesBadTextAndNewerVersions()
    {
        QFETCH(QByteArray, ini);
        QFETCH(QString, expected);
        importSample();
        const QByteArray before = readAll(m_ini);
        const QString file = m_dir->filePath(QStringLiteral("import.ini"));
        QVERIFY(writeFile(file, ini));
        const Run r = cli({QStringLiteral("config"), QStringLiteral("import"), file});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err.left(2000)));
        QVERIFY2(r.err.size() < 2000, qPrintable(r.err.left(2000))); // the value is not repeated
        QVERIFY(r.err.contains(QLatin1String("nothing was imported")));
        QCOMPARE(readAll(m_ini), before);
    }

    void importCountsWhatItImported()
    {
        importSample();
        const QString file = m_dir->filePath(QStringLiteral("two.ini"));
        QVERIFY(writeFile(file, "[meta]\nconfigVersion=1\nprofileId=x\n[crm]\nserver=crm2.contoso.example\n"
                                "[sync]\npollIntervalSeconds=90\n"));
        const Run r = cli({QStringLiteral("config"), QStringLiteral("import"), file});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("imported 2 settings")), qPrintable(r.out));
    }

    // Issue 19 part 6: exports hold subjects, bodies and change snapshots: mode 0600, and never written
    // through a FIFO, device or folder.
    void exportsAreOwnerOnlyAndNeverReplaceSpecialFiles()
    {
        importSample();
        const QString settings = m_dir->filePath(QStringLiteral("settings-export.ini"));
        const QString queue = m_dir->filePath(QStringLiteral("queue.csv"));
        const QString log = m_dir->filePath(QStringLiteral("log.json"));
        QCOMPARE(cli({QStringLiteral("config"), QStringLiteral("export"), settings}).code, 0);
        Run r = cli({QStringLiteral("queue"), QStringLiteral("export"), queue});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({QStringLiteral("log"), QStringLiteral("export"), log});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QString &file : {settings, queue, log})
            QCOMPARE(modeOf(file), QStringLiteral("600"));
        // An existing world-readable export is replaced by an owner-only one.
        QVERIFY(::chmod(QFile::encodeName(queue).constData(), 0644) == 0);
        QCOMPARE(cli({QStringLiteral("queue"), QStringLiteral("export"), queue}).code, 0);
        QCOMPARE(modeOf(queue), QStringLiteral("600"));

        const QString fifo = m_dir->filePath(QStringLiteral("pipe.csv"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0644), 0);
        const QString folder = m_dir->filePath(QStringLiteral("folder.json"));
        QVERIFY(QDir().mkpath(folder));
        const QList<QStringList> commands{{QStringLiteral("config"), QStringLiteral("export"), fifo},
                                          {QStringLiteral("queue"), QStringLiteral("export"), fifo},
                                          {QStringLiteral("log"), QStringLiteral("export"), fifo},
                                          {QStringLiteral("config"), QStringLiteral("export"), folder},
                                          {QStringLiteral("log"), QStringLiteral("export"), folder}};
        for (const QStringList &command : commands) {
            r = cli(command, {}, {}, 15000);
            QVERIFY2(r.code != 0 && r.code != -1,
                     qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(QLatin1String("not a regular file")),
                     qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY(isFifo(fifo));
            QVERIFY(QFileInfo(folder).isDir());
        }
        QCOMPARE(QDir(m_dir->path()).entryList({QStringLiteral("*tmp*")}, QDir::AllEntries | QDir::Hidden),
                 QStringList());
    }

    void withoutAKeychainSecretSetFailsClearly()
    {
        importSample();
        QProcessEnvironment env;
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/cxsync-no-bus"));
        const Run r = cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("crm-password")},
                          "pw\n", env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("CXSYNC_SECRET_CRM_PASSWORD")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
