#pragma once

// Shared by the benchmarks that drive the real executables (bench_propagation, bench_scale): one monotonic
// clock, a synchronous HTTP helper, the cxsync-sandbox process and its description line, and a child run
// measured by the kernel (wall time, peak resident set, CPU). Header-only, Qt Core + Network; the benches
// are measuring tools, not engine code, so they wait in local event loops where a linear script is easier
// to trust than a state machine.
#include <QByteArray>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QThread>
#include <QTimeZone>
#include <QTimer>

#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

namespace cxsync::bench {

// Milliseconds on one monotonic clock, started at the first call.
inline double nowMs()
{
    static const QElapsedTimer clock = [] {
        QElapsedTimer c;
        c.start();
        return c;
    }();
    return double(clock.nsecsElapsed()) / 1e6;
}

struct HttpResult {
    int status = 0;
    QByteArray body;
    double sentMs = 0;
    double answeredMs = 0;
    QString error;

    bool ok() const { return status >= 200 && status < 300; }
    double midMs() const { return (sentMs + answeredMs) / 2; }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class Http {
public:
    HttpResult send(const QByteArray &method, const QUrl &url,
                    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body = {},
                    int timeoutMs = 15000)
    {
        QNetworkRequest request(url);
        for (const auto &h : headers)
            request.setRawHeader(h.first, h.second);
        if (!body.isEmpty() && request.header(QNetworkRequest::ContentTypeHeader).isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setTransferTimeout(timeoutMs);
        HttpResult r;
        r.sentMs = nowMs();
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        r.answeredMs = nowMs();
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && r.status == 0)
            r.error = reply->errorString();
        reply->deleteLater();
        return r;
    }

private:
    QNetworkAccessManager m_nam;
};

// Sleeps without blocking the sockets' event processing.
inline void pause(double ms)
{
    if (ms <= 0)
        return;
    QEventLoop loop;
    QTimer::singleShot(int(std::ceil(ms)), &loop, &QEventLoop::quit);
    loop.exec();
}

inline QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The product's messages are read (counts, durations): in English, whatever the machine's locale.
inline QProcessEnvironment englishEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    return env;
}

// What cxsync-sandbox prints on its first line: where the servers listen and how to sign in to them.
struct SandboxLine {
    QString graph, tokenUrl, clientId, clientSecret, crm, admin;
    QByteArray crmAuth; // "Basic ..."
    QTimeZone crmZone;

    static SandboxLine from(const QJsonObject &line)
    {
        SandboxLine s;
        s.graph = line.value(QStringLiteral("graph")).toString();
        s.tokenUrl = line.value(QStringLiteral("token")).toString();
        s.clientId = line.value(QStringLiteral("clientId")).toString();
        s.clientSecret = line.value(QStringLiteral("clientSecret")).toString();
        s.crm = line.value(QStringLiteral("crm")).toString();
        s.admin = line.value(QStringLiteral("admin")).toString();
        s.crmZone = QTimeZone(line.value(QStringLiteral("crmTimeZone")).toString().toLatin1());
        s.crmAuth = "Basic " + (line.value(QStringLiteral("crmUser")).toString() + QLatin1Char(':') +
                                line.value(QStringLiteral("crmPassword")).toString())
                                   .toUtf8()
                                   .toBase64();
        if (!s.crm.isEmpty() && !s.crm.endsWith(QLatin1Char('/')))
            s.crm += QLatin1Char('/');
        return s;
    }
};

// Starts cxsync-sandbox (stdout to `outFile`, stderr to `errFile`, so a chatty sandbox never blocks on a
// full pipe) and waits up to `startupMs` for its description line. Returns an empty line on failure and
// says why in `error`.
inline QJsonObject startSandbox(QProcess &process, const QString &program, const QStringList &arguments,
                                const QString &outFile, const QString &errFile, double startupMs,
                                QString *error)
{
    process.setProgram(program);
    process.setArguments(arguments);
    process.setStandardOutputFile(outFile);
    process.setStandardErrorFile(errFile);
    process.start();
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("cxsync-sandbox did not start: %1").arg(process.errorString());
        return {};
    }
    const double deadline = nowMs() + startupMs;
    while (nowMs() < deadline && process.state() == QProcess::Running) {
        const QByteArray out = [&] {
            QFile f(outFile);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        if (const qsizetype end = out.indexOf('\n'); end >= 0)
            return QJsonDocument::fromJson(out.left(end)).object();
        process.waitForFinished(100);
    }
    *error =
        process.state() == QProcess::Running
            ? QStringLiteral("cxsync-sandbox printed no description line within %1 s").arg(startupMs / 1000)
            : QStringLiteral("cxsync-sandbox exited: %1").arg(fileText(errFile).trimmed());
    return {};
}

inline void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(15000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

// SIGINT/SIGTERM to the bench: remembered here, so a run under way is stopped (its child gets SIGTERM) and
// the bench can stop its sandbox and exit instead of leaving the processes behind.
inline volatile std::sig_atomic_t &stopSignal()
{
    static volatile std::sig_atomic_t received = 0;
    return received;
}
inline void installStopHandlers()
{
    const auto handler = [](int signal) { stopSignal() = signal; };
    std::signal(SIGINT, handler);
    std::signal(SIGTERM, handler);
}

// One run of a child process as the kernel accounts for it. The child is spawned and reaped here (not by
// QProcess) so that wait4() hands back its own rusage: ru_maxrss is the kernel's high-water mark of its
// resident set, exact up to its exit, which polling /proc/<pid>/status (VmHWM) cannot promise (the last
// poll comes some time before the exit, and the figure is gone once the process is a zombie); user and
// system CPU come from the same record.
struct ChildRun {
    bool started = false;
    bool timedOut = false;    // stopped after the time limit
    bool interrupted = false; // stopped because the bench was asked to stop
    int exitCode = -1;        // -1 when it did not exit normally
    int signal = 0;           // the signal that ended it, if any
    double wallMs = 0;
    long maxRssKib = 0;
    double userS = 0;
    double systemS = 0;
    QString error;

    double cpuS() const { return userS + systemS; }
    bool ok() const { return started && !timedOut && !interrupted && exitCode == 0; }

    // Runs `program arguments` with `environment`, stdout/stderr into the given files; after `timeoutMs`
    // it is sent SIGTERM, and SIGKILL 10 s later. `progress` is called about every `progressEveryMs`.
    template <typename Progress>
    static ChildRun run(const QString &program, const QStringList &arguments,
                        const QProcessEnvironment &environment, const QString &outFile,
                        const QString &errFile, double timeoutMs, double progressEveryMs, Progress progress)
    {
        ChildRun r;
        std::vector<QByteArray> argStore{QFile::encodeName(program)};
        for (const QString &a : arguments)
            argStore.push_back(a.toLocal8Bit());
        std::vector<QByteArray> envStore;
        for (const QString &e : environment.toStringList())
            envStore.push_back(e.toLocal8Bit());
        std::vector<char *> argv, envp;
        for (QByteArray &a : argStore)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        for (QByteArray &e : envStore)
            envp.push_back(e.data());
        envp.push_back(nullptr);

        posix_spawn_file_actions_t files;
        posix_spawn_file_actions_init(&files);
        const QByteArray out = QFile::encodeName(outFile), err = QFile::encodeName(errFile);
        posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0);
        posix_spawn_file_actions_addopen(&files, 1, out.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        posix_spawn_file_actions_addopen(&files, 2, err.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        pid_t pid = 0;
        const double started = nowMs();
        const int spawned = posix_spawn(&pid, argv.front(), &files, nullptr, argv.data(), envp.data());
        posix_spawn_file_actions_destroy(&files);
        if (spawned != 0) {
            r.error =
                QStringLiteral("cannot start %1: %2").arg(program, QString::fromLocal8Bit(strerror(spawned)));
            return r;
        }
        r.started = true;
        double nextProgress = started + progressEveryMs;
        double killAt = -1;
        int status = 0;
        rusage usage{};
        while (true) {
            const pid_t done = wait4(pid, &status, WNOHANG, &usage);
            if (done == pid)
                break;
            if (done < 0 && errno != EINTR) {
                r.error = QStringLiteral("wait4: %1").arg(QString::fromLocal8Bit(strerror(errno)));
                return r;
            }
            const double now = nowMs();
            if (!r.interrupted && !r.timedOut && stopSignal() != 0) {
                r.interrupted = true;
                ::kill(pid, SIGTERM);
                killAt = now + 10000;
            } else if (!r.interrupted && !r.timedOut && now - started > timeoutMs) {
                r.timedOut = true;
                ::kill(pid, SIGTERM);
                killAt = now + 10000;
            } else if (killAt > 0 && now > killAt) {
                ::kill(pid, SIGKILL);
                killAt = -1;
            }
            if (now >= nextProgress) {
                progress(now - started);
                nextProgress = now + progressEveryMs;
            }
            QThread::msleep(20);
        }
        r.wallMs = nowMs() - started;
        if (WIFEXITED(status))
            r.exitCode = WEXITSTATUS(status);
        if (WIFSIGNALED(status))
            r.signal = WTERMSIG(status);
        r.maxRssKib = usage.ru_maxrss; // KiB on Linux
        r.userS = double(usage.ru_utime.tv_sec) + double(usage.ru_utime.tv_usec) / 1e6;
        r.systemS = double(usage.ru_stime.tv_sec) + double(usage.ru_stime.tv_usec) / 1e6;
        return r;
    }
};

// The machine's 1-minute load average (other work on the machine skews every figure).
inline double loadAverage()
{
    const QString text = fileText(QStringLiteral("/proc/loadavg"));
    return text.section(QLatin1Char(' '), 0, 0).toDouble();
}

} // namespace cxsync::bench
