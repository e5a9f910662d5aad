#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>
#include <utility>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>
#endif

namespace cxsync {

namespace {

#ifdef Q_OS_WIN
const QString kExecutable = QStringLiteral("cxsync-sandbox.exe");
#else
const QString kExecutable = QStringLiteral("cxsync-sandbox");
#endif
constexpr int kStopGraceMs = 5000;
constexpr int kStderrKept = 4096;
constexpr int kReadyLineMax = 64 * 1024;

} // namespace

SandboxProcess::SandboxProcess(QObject *parent) : QObject(parent)
{
    m_progress.setInterval(5000);
    connect(&m_progress, &QTimer::timeout, this, [this] {
        const int elapsed = int(m_elapsed.elapsed());
        if (elapsed >= m_timeoutMs) {
            failStart(tr("%1 did not report ready within %2 s").arg(kExecutable).arg(m_timeoutMs / 1000));
            return;
        }
        Q_EMIT waiting(elapsed / 1000, m_timeoutMs / 1000);
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr.append(m_process.readAllStandardError());
        if (m_stderr.size() > kStderrKept)
            m_stderr.remove(0, m_stderr.size() - kStderrKept);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            failStart(tr("cannot start %1: %2").arg(m_process.program(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::started, this, [this] { m_pid = m_process.processId(); });
    connect(&m_process, &QProcess::finished, this, &SandboxProcess::onFinished);
}

SandboxProcess::~SandboxProcess()
{
    m_ready = nullptr;
    stop();
}

QStringList SandboxProcess::searchFolders()
{
    const QString here = QCoreApplication::applicationDirPath();
    return {here, QDir::cleanPath(here + QStringLiteral("/../sandbox"))};
}

Result<QString> SandboxProcess::locate()
{
    QStringList looked;
    for (const QString &folder : searchFolders()) {
        const QFileInfo candidate(QDir(folder).filePath(kExecutable));
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.absoluteFilePath();
        looked.append(QDir::toNativeSeparators(folder));
    }
    const QString onPath = QStandardPaths::findExecutable(kExecutable);
    if (!onPath.isEmpty())
        return onPath;
    return makeError(
        ErrorKind::Unavailable,
        tr("the demo needs the %1 executable (the sandbox servers, which this program does not contain), "
           "found neither in %2 nor on PATH; the cxsync-demo package installs it beside cxsync, and in a source "
           "tree it is built with: cmake --build build --target %1")
            .arg(kExecutable, looked.join(tr(" nor in "))));
}

int SandboxProcess::startTimeoutMs(const Options &options)
{
    // 30 s for start-up and the servers, plus generous time for the sample data (about 10 s per 100,000
    // appointments and 2 s per 1,000 users).
    return 30000 + options.appointments / 10 + options.users * 2;
}

void SandboxProcess::start(const Options &options, std::function<void(Result<QJsonObject>)> ready)
{
    m_options = options;
    m_ready = std::move(ready);
    m_isReady = false;
    m_stopping = false;
    m_stdout.clear();
    m_stderr.clear();
    const Result<QString> program = locate();
    if (!program.ok()) {
        // Always from the event loop, as every other outcome: a caller may not be in it yet.
        QTimer::singleShot(0, this, [this, error = program.error()] {
            if (auto done = std::exchange(m_ready, nullptr))
                done(error);
        });
        return;
    }
    // Files of an earlier run must not pass for this child's.
    QFile::remove(options.profilePath);
    QFile::remove(options.secretsPath);
    m_process.setProgram(program.value());
    m_process.setArguments(
        {QStringLiteral("--users"), QString::number(options.users), QStringLiteral("--appointments"),
         QString::number(options.appointments), QStringLiteral("--seed"), QString::number(options.seed),
         QStringLiteral("--profile"), options.profilePath, QStringLiteral("--secrets"), options.secretsPath});
#ifdef Q_OS_LINUX
    // In the child, between fork and exec (the setting survives exec): SIGTERM when this process dies, even
    // by SIGKILL. If this process died before the call took effect, the child was already re-parented.
    const pid_t parent = ::getpid();
    m_process.setChildProcessModifier([parent] {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent)
            ::_exit(1);
    });
#endif
    m_timeoutMs = startTimeoutMs(options);
    m_elapsed.start();
    m_progress.start();
    m_process.start(QIODevice::ReadOnly);
}

void SandboxProcess::readOutput()
{
    const QByteArray data = m_process.readAllStandardOutput();
    if (m_isReady || !m_ready)
        return; // after the ready line, the child has nothing to say on stdout
    m_stdout.append(data);
    const int newline = m_stdout.indexOf('\n');
    if (newline < 0) {
        if (m_stdout.size() > kReadyLineMax)
            failStart(tr("%1 printed no ready line (%2 bytes without a line end)")
                          .arg(kExecutable)
                          .arg(m_stdout.size()));
        return;
    }
    Result<QJsonObject> line = parseReadyLine(m_stdout.left(newline));
    m_stdout.clear();
    if (!line.ok()) {
        failStart(line.error().message);
        return;
    }
    m_progress.stop();
    m_isReady = true;
    if (auto done = std::exchange(m_ready, nullptr))
        done(std::move(line));
}

Result<QJsonObject> SandboxProcess::parseReadyLine(const QByteArray &line) const
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject())
        return makeError(
            ErrorKind::Invalid,
            tr("%1's ready line is not a JSON object: %2").arg(kExecutable, parseError.errorString()));
    const QJsonObject ready = doc.object();
    // The servers the demo talks to must be this machine's, over plain HTTP on loopback.
    for (const char *key : {"admin", "graph", "crm"}) {
        const QUrl url(ready.value(QLatin1String(key)).toString(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("http") ||
            url.host() != QLatin1String("127.0.0.1") || url.port() <= 0)
            return makeError(ErrorKind::Invalid, tr("%1's ready line has no loopback HTTP URL for '%2'")
                                                     .arg(kExecutable, QString::fromLatin1(key)));
    }
    if (!ready.value(QStringLiteral("mailbox")).toString().contains(QLatin1Char('@')))
        return makeError(ErrorKind::Invalid, tr("%1's ready line names no test mailbox").arg(kExecutable));
    if (!QFileInfo(m_options.profilePath).isFile())
        return makeError(
            ErrorKind::Storage,
            tr("%1 reported ready but wrote no profile at %2").arg(kExecutable, m_options.profilePath));
    const QFileInfo secrets(m_options.secretsPath);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (!secrets.isFile() || (secrets.permissions() & others))
        return makeError(ErrorKind::Storage, tr("%1 reported ready but wrote no private (mode 0600) secrets "
                                                "file at %2")
                                                 .arg(kExecutable, m_options.secretsPath));
    return ready;
}

QString SandboxProcess::stderrTail() const
{
    const QString text = QString::fromLocal8Bit(m_stderr).trimmed();
    return text.isEmpty() ? tr("(it wrote nothing on standard error)") : text;
}

void SandboxProcess::failStart(const QString &message)
{
    m_progress.stop();
    auto done = std::exchange(m_ready, nullptr);
    stop();
    if (done)
        done(makeError(ErrorKind::Unavailable, message));
}

void SandboxProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping)
        return;
    m_stderr.append(m_process.readAllStandardError());
    const QString how =
        status == QProcess::CrashExit ? tr("crashed") : tr("exited with code %1").arg(exitCode);
    if (!m_isReady) {
        failStart(tr("%1 %2 before it was ready: %3").arg(kExecutable, how, stderrTail()));
        return;
    }
    Q_EMIT exitedUnexpectedly(tr("%1 (pid %2) %3: %4").arg(kExecutable).arg(m_pid).arg(how, stderrTail()));
}

void SandboxProcess::stop()
{
    m_progress.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    if (m_process.state() == QProcess::Starting)
        m_process.waitForStarted(kStopGraceMs);
    m_process.terminate(); // SIGTERM: the sandbox saves nothing here and quits its event loop
    if (!m_process.waitForFinished(kStopGraceMs)) {
        m_process.kill();
        m_process.waitForFinished(kStopGraceMs);
    }
}

} // namespace cxsync
