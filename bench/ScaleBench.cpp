// bench_scale (issue 20): the engine at the scale users have, through the real processes on loopback.
//
// Starts cxsync-sandbox with --users 1000 --appointments 1000 --latency 20 (each Graph answer held 20 ms
// while it counts against its mailbox, each CRM request delayed 20 ms), writes a profile for it, runs `cxsync
// users sync --yes`, then times four `cxsync sync --once` runs:
//  - first:          the first synchronization of every linked mailbox (what an admin waits for on day one);
//  - second:         right after it: nothing to write, but every mailbox's delta round brings back the first
//                    run's own writes, which are read and recognized (the service's first poll);
//  - no_change:      again: nothing changed anywhere (every later poll of the service costs this much);
//  - no_change_0ms:  the same with the latency set to 0 ms at run time (PUT /admin/latency), so the ratio of
//                    the two no-change passes says how much of a pass is waiting on the network. (Comparing
//                    with `second` would not be like with like: at 0 ms it costs 8 s against 1 s today.)
// Both passes after the first must write nothing and stay within the no-change budget.
// Each run is a child spawned and reaped here: wall time, the kernel's peak resident set (wait4's
// ru_maxrss, exact up to the exit) and user + system CPU. The items written come from the run's own
// summary. Before each run the sandbox's per-mailbox in-flight counters are reset and afterwards read
// (GET /admin/graph/concurrency): the peak number of requests the engine had in flight against one
// mailbox, counting a request refused over Exchange's limit of 4 as one more.
// --large repeats the first and second runs against a second sandbox with 20,000 appointments (same
// users) to see whether the peak resident set grows with the appointment count: PASS only when the larger of
// the two large peaks is within kRssGrowthMax of the larger of the two base peaks. It is off by default: the
// two large runs write 27,000 items and take several minutes even at --large-latency (default 0 ms; the
// question there is memory, not time).
// Every run is stopped after --run-timeout seconds (SIGTERM, SIGKILL 10 s later) with a FAIL line, so the
// bench ends in bounded time. Not part of CTest; `make bench` runs it.
#include "BenchProcesses.h"
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

#include <optional>
#include <utility>

using namespace Qt::StringLiterals;
using namespace cxsync::bench;

namespace {

// Targets (issue 20).
constexpr double kFirstSyncBudgetS = 30;
constexpr double kNoChangeBudgetS = 5;
constexpr double kLatencySensitivityMax = 2;
constexpr double kPeakRssBudgetMB = 300;
constexpr int kInFlightPerMailboxMax = 4;
// 20 times the appointments may cost at most a quarter more resident memory: what grows with the
// appointment count must be streamed, not held.
constexpr double kRssGrowthMax = 1.25;

QString num(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

// "bench scale <name> <value> <unit>": one figure per line, flushed at once.
void figure(const QString &name, const QString &value, const QString &unit)
{
    QTextStream out(stdout);
    out << "bench scale " << name << ' ' << value << ' ' << unit << Qt::endl;
}

struct SyncFigures {
    QString name;
    ChildRun run;
    bool measured = false; // the run was attempted
    int items = -1;        // writes on both sides, from the run's summary; -1 = no summary
    int mailboxes = -1;    // from the summary
    double engineMs = -1;  // the duration the run reports for itself
    int peakInFlight = -1; // at the sandbox, max over mailboxes
    int peakDemand = -1;   // the same, counting refusals over the limit
    int refused = -1;      // MailboxConcurrency 429s
    QString busiest;
    double loadBefore = 0, loadAfter = 0;
    QString errPath; // the run's stderr

    double peakRssMB() const { return double(run.maxRssKib) * 1024.0 / 1e6; }
    bool finished() const { return measured && run.ok(); }
};

class ScaleBench {
public:
    struct Options {
        QString cxsync;
        QString sandbox;
        int users = 1000;
        int appointments = 1000;
        int latencyMs = 20;
        int seed = 7;
        double runTimeoutS = 600;
        double startupTimeoutS = 600;
        bool large = false;
        int largeAppointments = 20000;
        int largeLatencyMs = 0;
        double largeStartupTimeoutS = 1800;
        bool keep = false;
    };

    explicit ScaleBench(Options options) : m_o(std::move(options)) {}
    ~ScaleBench() { stopProcess(m_sandbox); }

    int run()
    {
        if (!m_dir.isValid())
            return fatal(u"no temporary directory"_s);
        m_dir.setAutoRemove(!m_o.keep);
        figure(u"users"_s, QString::number(m_o.users), u"users"_s);
        figure(u"appointments"_s, QString::number(m_o.appointments), u"appointments"_s);
        figure(u"latency"_s, QString::number(m_o.latencyMs), u"ms"_s);
        figure(u"cpus"_s, QString::number(QThread::idealThreadCount()), u"cores"_s);
        figure(u"load_avg_start"_s, num(loadAverage(), 2), u"load"_s);

        if (!startWorld(u"base"_s, m_o.appointments, m_o.latencyMs, m_o.startupTimeoutS))
            return failSetup();
        SyncFigures first = syncOnce(u"first"_s);
        if (stopSignal() != 0)
            return interrupted();
        SyncFigures second, noChange, noChangeZero;
        if (first.finished())
            second = syncOnce(u"second"_s);
        if (second.finished()) {
            noChange = syncOnce(u"no_change"_s);
            if (setLatency(0))
                noChangeZero = syncOnce(u"no_change_0ms"_s);
            else
                note(u"the sandbox did not take the new latency: %1"_s.arg(m_setupError));
        }
        stopProcess(m_sandbox);
        if (stopSignal() != 0)
            return interrupted();

        SyncFigures largeFirst, largeSecond;
        if (m_o.large) {
            if (startWorld(u"large"_s, m_o.largeAppointments, m_o.largeLatencyMs, m_o.largeStartupTimeoutS)) {
                largeFirst = syncOnce(u"large_first"_s);
                if (largeFirst.finished())
                    largeSecond = syncOnce(u"large_second"_s);
            } else {
                note(u"the large run could not start: %1"_s.arg(m_setupError));
            }
            stopProcess(m_sandbox);
            if (stopSignal() != 0)
                return interrupted();
        }
        figure(u"load_avg_end"_s, num(loadAverage(), 2), u"load"_s);

        // ---- verdicts ----
        bool passed = true;
        const QString notMeasured = u"not measured: an earlier run did not finish"_s;
        const QList<const SyncFigures *> base{&first, &second, &noChange, &noChangeZero};
        const QList<const SyncFigures *> large{&largeFirst, &largeSecond};
        for (const SyncFigures *f : base + large) {
            if (!f->measured)
                continue;
            passed = verdict(f->finished(),
                             u"cxsync sync --once (%1) ends on its own with exit 0 within %2 s"_s.arg(
                                 f->name, num(m_o.runTimeoutS, 0)),
                             describeEnd(*f)) &&
                     passed;
        }
        passed = verdict(first.finished() && first.run.wallMs / 1000 <= kFirstSyncBudgetS,
                         u"first sync --once <= %1 s"_s.arg(kFirstSyncBudgetS),
                         u"wall_s=%1 items=%2 mailboxes=%3"_s.arg(num(first.run.wallMs / 1000))
                             .arg(first.items)
                             .arg(first.mailboxes)) &&
                 passed;
        passed = verdict(second.finished() && noChange.finished() && second.items == 0 && noChange.items == 0,
                         u"the passes after the first write nothing"_s,
                         noChange.measured
                             ? u"second_items=%1 no_change_items=%2"_s.arg(second.items).arg(noChange.items)
                             : notMeasured) &&
                 passed;
        passed =
            verdict(second.finished() && noChange.finished() &&
                        second.run.wallMs / 1000 <= kNoChangeBudgetS &&
                        noChange.run.wallMs / 1000 <= kNoChangeBudgetS,
                    u"no-change sync --once <= %1 s (at %2 ms; the second pass and a later one)"_s
                        .arg(kNoChangeBudgetS)
                        .arg(m_o.latencyMs),
                    noChange.measured ? u"second_s=%1 no_change_s=%2"_s.arg(num(second.run.wallMs / 1000),
                                                                            num(noChange.run.wallMs / 1000))
                                      : notMeasured) &&
            passed;
        const bool ratioKnown = noChange.finished() && noChangeZero.finished() && noChangeZero.run.wallMs > 0;
        const double ratio = ratioKnown ? noChange.run.wallMs / noChangeZero.run.wallMs : 0;
        if (ratioKnown)
            figure(u"latency_sensitivity"_s, num(ratio, 2), u"ratio"_s);
        passed = verdict(ratioKnown && ratio <= kLatencySensitivityMax,
                         u"latency sensitivity (no-change at %1 ms / at 0 ms) <= %2"_s.arg(m_o.latencyMs)
                             .arg(kLatencySensitivityMax),
                         ratioKnown
                             ? u"ratio=%1 (%2 s / %3 s)"_s.arg(num(ratio, 2), num(noChange.run.wallMs / 1000),
                                                               num(noChangeZero.run.wallMs / 1000))
                             : notMeasured) &&
                 passed;
        double peakRss = 0;
        int rssRuns = 0;
        for (const SyncFigures *f : base + large) {
            if (f->measured && f->run.started) {
                peakRss = qMax(peakRss, f->peakRssMB());
                ++rssRuns;
            }
        }
        passed = verdict(rssRuns > 0 && peakRss <= kPeakRssBudgetMB,
                         u"peak resident memory of cxsync <= %1 MB"_s.arg(kPeakRssBudgetMB),
                         u"peak_mb=%1 over %2 runs"_s.arg(num(peakRss)).arg(rssRuns)) &&
                 passed;
        int peakDemand = -1, refused = 0;
        QString busiest;
        for (const SyncFigures *f : base + large) {
            if (f->peakDemand > peakDemand) {
                peakDemand = f->peakDemand;
                busiest = f->busiest;
            }
            refused += qMax(0, f->refused);
        }
        passed =
            verdict(peakDemand >= 1 && peakDemand <= kInFlightPerMailboxMax && refused == 0,
                    u"peak requests in flight per mailbox at the sandbox <= %1"_s.arg(kInFlightPerMailboxMax),
                    u"peak=%1 (%2) refused_over_limit=%3"_s.arg(peakDemand).arg(busiest).arg(refused)) &&
            passed;
        if (m_o.large) {
            const double baseRss = qMax(first.peakRssMB(), second.peakRssMB());
            const double largeRss = qMax(largeFirst.peakRssMB(), largeSecond.peakRssMB());
            const bool known =
                first.finished() && largeFirst.finished() && largeSecond.finished() && baseRss > 0;
            if (known)
                figure(u"rss_growth"_s, num(largeRss / baseRss, 2), u"ratio"_s);
            passed =
                verdict(known && largeRss <= kRssGrowthMax * baseRss,
                        u"peak resident memory does not grow with the appointments (%1 vs %2: <= %3x)"_s
                            .arg(m_o.largeAppointments)
                            .arg(m_o.appointments)
                            .arg(kRssGrowthMax),
                        u"large_mb=%1 base_mb=%2%3"_s.arg(
                            num(largeRss), num(baseRss), known ? QString() : u" (a run did not finish)"_s)) &&
                passed;
        } else {
            QTextStream(stdout)
                << "SKIP peak resident memory does not grow with the appointments (run with --large: "
                   "a second sandbox with "
                << m_o.largeAppointments << " appointments)" << Qt::endl;
        }
        if (!passed && m_o.keep)
            note(u"the processes' output is in %1"_s.arg(m_dir.path()));
        return passed ? 0 : 1;
    }

private:
    int fatal(const QString &message)
    {
        QTextStream(stderr) << "bench_scale: " << message << Qt::endl;
        return 2;
    }
    int interrupted()
    {
        stopProcess(m_sandbox);
        note(u"stopped by signal %1"_s.arg(int(stopSignal())));
        return 128 + int(stopSignal());
    }
    int failSetup()
    {
        m_dir.setAutoRemove(false);
        stopProcess(m_sandbox);
        return fatal(u"setup failed: %1 (output kept in %2)"_s.arg(m_setupError, m_dir.path()));
    }
    bool setupError(const QString &message)
    {
        m_setupError = message;
        return false;
    }
    QString path(const QString &name) const { return m_dir.filePath(m_tag + u'-' + name); }

    // A sandbox with `appointments`, a profile for it, and the users linked.
    bool startWorld(const QString &tag, int appointments, int latencyMs, double startupS)
    {
        m_tag = tag;
        note(u"starting cxsync-sandbox --users %1 --appointments %2 --latency %3 (%4)"_s.arg(m_o.users)
                 .arg(appointments)
                 .arg(latencyMs)
                 .arg(tag));
        QString error;
        const double started = nowMs();
        const QJsonObject line = startSandbox(
            m_sandbox, m_o.sandbox,
            {u"--users"_s, QString::number(m_o.users), u"--appointments"_s, QString::number(appointments),
             u"--latency"_s, QString::number(latencyMs), u"--seed"_s, QString::number(m_o.seed),
             u"--profile"_s, path(u"profile.ini"_s), u"--secrets"_s, path(u"secrets"_s)},
            path(u"sandbox.out"_s), path(u"sandbox.err"_s), startupS * 1000, &error);
        if (line.isEmpty())
            return setupError(error);
        figure(tag + u"_sandbox_startup"_s, num((nowMs() - started) / 1000), u"s"_s);
        m_world = SandboxLine::from(line);

        QSettings ini(path(u"profile.ini"_s), QSettings::IniFormat);
        ini.setValue(u"store/journalPath"_s, path(u"journal.sqlite"_s));
        ini.setValue(u"paths/dataDir"_s, path(u"data"_s));
        ini.sync();
        if (ini.status() != QSettings::NoError)
            return setupError(u"cannot write the profile"_s);

        note(u"cxsync users sync --yes"_s);
        const ChildRun users = cli({u"users"_s, u"sync"_s, u"--yes"_s}, u"users-sync"_s, u"users sync"_s);
        if (!users.ok())
            return setupError(u"cxsync users sync failed (%1): %2"_s.arg(
                describeRun(users), fileText(path(u"users-sync.err"_s)).trimmed()));
        static const QRegularExpression applied(u"Applied in \\d+ ms: (\\d+) linked, (\\d+) created"_s);
        const auto m = applied.match(fileText(path(u"users-sync.out"_s)));
        figure(tag + u"_users_sync"_s, num(users.wallMs / 1000), u"s"_s);
        if (m.hasMatch())
            figure(tag + u"_users_linked"_s, QString::number(m.captured(1).toInt() + m.captured(2).toInt()),
                   u"users"_s);
        return true;
    }

    ChildRun cli(const QStringList &command, const QString &logName, const QString &label)
    {
        const QString out = path(logName + u".out"_s);
        return ChildRun::run(
            m_o.cxsync,
            QStringList{u"--config"_s, path(u"profile.ini"_s), u"--secrets-file"_s, path(u"secrets"_s)} +
                command,
            englishEnvironment(), out, path(logName + u".err"_s), m_o.runTimeoutS * 1000, 30000,
            [&](double elapsedMs) {
                const QString text = fileText(out).trimmed();
                note(u"  %1: %2 s, %3"_s.arg(label, num(elapsedMs / 1000, 0),
                                             text.mid(text.lastIndexOf(u'\n') + 1).trimmed()));
            });
    }

    bool setLatency(int ms)
    {
        const HttpResult r = m_http.send("PUT", QUrl(m_world.admin + u"/latency"_s), {},
                                         QJsonDocument(QJsonObject{{u"milliseconds"_s, ms}}).toJson());
        return r.ok() || setupError(u"PUT /admin/latency answered %1 %2"_s.arg(r.status).arg(
                             QString::fromUtf8(r.body)));
    }

    SyncFigures syncOnce(const QString &name)
    {
        SyncFigures f;
        f.name = name;
        f.measured = true;
        const QUrl concurrency(m_world.admin + u"/graph/concurrency"_s);
        if (!m_http.send("DELETE", concurrency, {}).ok())
            note(u"could not reset the sandbox's in-flight counters"_s);
        note(u"cxsync sync --once (%1)"_s.arg(name));
        f.loadBefore = loadAverage();
        f.run = cli({u"sync"_s, u"--once"_s}, u"sync-"_s + name, u"sync --once (%1)"_s.arg(name));
        f.loadAfter = loadAverage();
        f.errPath = path(u"sync-"_s + name + u".err"_s);
        const QString out = fileText(path(u"sync-"_s + name + u".out"_s));
        static const QRegularExpression done(u"^Done for (\\d+) mailbox\\(es\\) in (\\d+) ms:"_s,
                                             QRegularExpression::MultilineOption);
        static const QRegularExpression counts(
            u"^  (Exchange|CRM): (\\d+) to create, (\\d+) to update, (\\d+) to delete$"_s,
            QRegularExpression::MultilineOption);
        if (const auto m = done.match(out); m.hasMatch()) {
            f.mailboxes = m.captured(1).toInt();
            f.engineMs = m.captured(2).toDouble();
            f.items = 0;
            auto it = counts.globalMatch(out, m.capturedEnd());
            while (it.hasNext()) {
                const auto c = it.next();
                f.items += c.captured(2).toInt() + c.captured(3).toInt() + c.captured(4).toInt();
            }
        }
        const HttpResult r = m_http.send("GET", concurrency, {});
        if (r.ok()) {
            const QJsonObject c = r.json();
            f.peakInFlight = c.value(u"peakInFlight"_s).toInt();
            f.peakDemand = c.value(u"peakDemand"_s).toInt();
            f.refused = c.value(u"refused"_s).toInt();
            f.busiest = c.value(u"busiest"_s).toString();
        }
        print(f);
        return f;
    }

    void print(const SyncFigures &f)
    {
        const QString p = f.name + u'_';
        figure(p + u"wall"_s, num(f.run.wallMs / 1000, 2), u"s"_s);
        if (f.engineMs >= 0)
            figure(p + u"engine_reported"_s, num(f.engineMs / 1000, 2), u"s"_s);
        if (f.mailboxes >= 0)
            figure(p + u"mailboxes"_s, QString::number(f.mailboxes), u"mailboxes"_s);
        figure(p + u"items_written"_s, QString::number(f.items), u"items"_s);
        figure(p + u"peak_rss"_s, num(f.peakRssMB()), u"MB"_s);
        figure(p + u"cpu_user"_s, num(f.run.userS, 2), u"s"_s);
        figure(p + u"cpu_system"_s, num(f.run.systemS, 2), u"s"_s);
        if (f.items > 0)
            figure(p + u"cpu_per_item"_s, num(f.run.cpuS() * 1000 / f.items, 2), u"ms/item"_s);
        if (f.run.wallMs > 0)
            figure(p + u"cpu_share"_s, num(100 * f.run.cpuS() * 1000 / f.run.wallMs), u"%"_s);
        figure(p + u"peak_in_flight_per_mailbox"_s, QString::number(f.peakInFlight), u"requests"_s);
        figure(p + u"peak_demand_per_mailbox"_s, QString::number(f.peakDemand), u"requests"_s);
        figure(p + u"refused_over_limit"_s, QString::number(f.refused), u"requests"_s);
        figure(p + u"load_avg"_s, u"%1..%2"_s.arg(num(f.loadBefore, 2), num(f.loadAfter, 2)), u"load"_s);
    }

    static QString describeRun(const ChildRun &r)
    {
        if (!r.started)
            return r.error;
        if (r.timedOut)
            return u"stopped after %1 s"_s.arg(num(r.wallMs / 1000, 0));
        if (r.interrupted)
            return u"stopped: the bench was interrupted"_s;
        if (r.signal)
            return u"killed by signal %1"_s.arg(r.signal);
        return u"exit %1"_s.arg(r.exitCode);
    }
    static QString describeEnd(const SyncFigures &f)
    {
        QString d = describeRun(f.run);
        if (f.run.exitCode != 0) {
            // The run's own verdict ("cxsync: ..."), not the log lines before it.
            const QStringList lines = fileText(f.errPath).trimmed().split(u'\n');
            QString said = lines.constLast();
            for (const QString &l : lines) {
                if (l.startsWith(u"cxsync: "_s))
                    said = l;
            }
            if (!said.isEmpty())
                d += u", stderr: "_s + said.left(200);
        }
        return d;
    }

    Options m_o;
    QTemporaryDir m_dir;
    QString m_tag;
    QString m_setupError;
    Http m_http;
    QProcess m_sandbox;
    SandboxLine m_world;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    nowMs(); // the clock starts here
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The engine at scale: cxsync sync --once against a 1,000-user sandbox (issue 20)"_s);
    parser.addHelpOption();
    ScaleBench::Options o;
    o.cxsync = QString::fromUtf8(CXSYNC_CLI_PATH);
    o.sandbox = QString::fromUtf8(CXSYNC_SANDBOX_PATH);
    const QCommandLineOption cxsyncOpt(u"cxsync"_s, u"The cxsync executable."_s, u"PATH"_s, o.cxsync);
    const QCommandLineOption sandboxOpt(u"sandbox"_s, u"The cxsync-sandbox executable."_s, u"PATH"_s,
                                        o.sandbox);
    const QCommandLineOption usersOpt(u"users"_s, u"Sample users (default 1000)."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption apptOpt(u"appointments"_s, u"Sample appointments (default 1000)."_s, u"N"_s,
                                     u"1000"_s);
    const QCommandLineOption latencyOpt(
        u"latency"_s, u"Latency the sandbox adds per request (default 20 ms)."_s, u"MS"_s, u"20"_s);
    const QCommandLineOption timeoutOpt(
        u"run-timeout"_s, u"Seconds after which a cxsync run is stopped and fails (default 600)."_s, u"S"_s,
        u"600"_s);
    const QCommandLineOption startupOpt(
        u"startup-timeout"_s, u"Seconds the sandbox may take to start (default 600)."_s, u"S"_s, u"600"_s);
    const QCommandLineOption largeOpt(
        u"large"_s,
        u"Also run against a sandbox with --large-appointments (peak memory growth; slow today)."_s);
    const QCommandLineOption largeApptOpt(
        u"large-appointments"_s, u"Appointments of the large run (default 20000)."_s, u"N"_s, u"20000"_s);
    const QCommandLineOption largeLatencyOpt(u"large-latency"_s,
                                             u"Latency of the large run (default 0 ms)."_s, u"MS"_s, u"0"_s);
    const QCommandLineOption largeStartupOpt(u"large-startup-timeout"_s,
                                             u"Seconds the large sandbox may take to start (default 1800)."_s,
                                             u"S"_s, u"1800"_s);
    const QCommandLineOption keepOpt(u"keep"_s,
                                     u"Keep the temporary directory (profiles, journals, logs)."_s);
    parser.addOptions({cxsyncOpt, sandboxOpt, usersOpt, apptOpt, latencyOpt, timeoutOpt, startupOpt, largeOpt,
                       largeApptOpt, largeLatencyOpt, largeStartupOpt, keepOpt});
    parser.process(app);

    // Every number is checked; a bad one is named and the bench does not start.
    const auto number = [&parser](const QCommandLineOption &opt, int min, int max, int *out) {
        bool ok = false;
        const int v = parser.value(opt).toInt(&ok);
        if (!ok || v < min || v > max) {
            QTextStream(stderr) << "bench_scale: --" << opt.names().constFirst()
                                << " must be a whole number from " << min << " to " << max << ", not '"
                                << parser.value(opt) << "'" << Qt::endl;
            return false;
        }
        *out = v;
        return true;
    };
    int runTimeout = 0, startup = 0, largeStartup = 0;
    if (!number(usersOpt, 4, 100000, &o.users) || !number(apptOpt, 0, 1000000, &o.appointments) ||
        !number(latencyOpt, 0, 60000, &o.latencyMs) || !number(timeoutOpt, 1, 86400, &runTimeout) ||
        !number(startupOpt, 1, 86400, &startup) || !number(largeApptOpt, 0, 1000000, &o.largeAppointments) ||
        !number(largeLatencyOpt, 0, 60000, &o.largeLatencyMs) ||
        !number(largeStartupOpt, 1, 86400, &largeStartup))
        return 2;
    o.cxsync = parser.value(cxsyncOpt);
    o.sandbox = parser.value(sandboxOpt);
    o.runTimeoutS = runTimeout;
    o.startupTimeoutS = startup;
    o.largeStartupTimeoutS = largeStartup;
    o.large = parser.isSet(largeOpt);
    o.keep = parser.isSet(keepOpt);
    installStopHandlers();
    ScaleBench bench(o);
    return bench.run();
}
