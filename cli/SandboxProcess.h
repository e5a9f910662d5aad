#pragma once

#include "Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace cxsync {

// The cxsync-sandbox executable as a child process, for `cxsync demo` and `cxsync-panel --demo`: the product
// binaries start the fake servers instead of linking them. The child writes the profile and its mode-0600
// secrets file, then prints one JSON line (SandboxEnvironment::describe(): where each server listens, the
// admin endpoint, the credentials): that line is its readiness signal. The child ends with this object
// (SIGTERM, then SIGKILL), and on Linux also when this process dies in any way (PR_SET_PDEATHSIG), so no
// sandbox outlives the demo that started it.
class SandboxProcess final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxProcess)
public:
    struct Options {
        int users = 50;
        int appointments = 200;
        quint64 seed = 1;
        QString profilePath; // written by the child
        QString secretsPath; // written by the child, mode 0600
    };

    explicit SandboxProcess(QObject *parent = nullptr);
    ~SandboxProcess() override; // stops the child

    // Where the executable is looked for, in this order: beside the running binary (an installed package puts
    // both in bin/), in ../sandbox/ from it (the build tree: build/app/cxsync, build/sandbox/cxsync-sandbox),
    // then on PATH.
    static QStringList searchFolders();
    // The executable, or an Unavailable error that names every place looked at and how to get it.
    static Result<QString> locate();

    // Starts the child; `ready` is called once, from the event loop, with the child's validated ready line or
    // an error (the child is stopped then). While it starts, waiting() reports progress every few seconds.
    void start(const Options &options, std::function<void(Result<QJsonObject>)> ready);
    // Ends the child (SIGTERM, then SIGKILL after 5 s) and waits for it. Safe to call more than once.
    void stop();

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    qint64 processId() const { return m_pid; }
    QString program() const { return m_process.program(); }
    // How long start() waits for the ready line: more sample data takes longer to generate.
    static int startTimeoutMs(const Options &options);

Q_SIGNALS:
    void waiting(int elapsedSeconds, int timeoutSeconds);
    // After it was ready, the child ended without being asked to (a crash, someone killed it).
    void exitedUnexpectedly(const QString &message);

private:
    void readOutput();
    void failStart(const QString &message);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    Result<QJsonObject> parseReadyLine(const QByteArray &line) const;
    QString stderrTail() const;

    QProcess m_process;
    QTimer m_progress;
    QElapsedTimer m_elapsed;
    Options m_options;
    int m_timeoutMs = 0;
    qint64 m_pid = 0;
    QByteArray m_stdout; // until the ready line
    QByteArray m_stderr; // the last few kilobytes, for error messages
    std::function<void(Result<QJsonObject>)> m_ready;
    bool m_isReady = false;
    bool m_stopping = false;
};

} // namespace cxsync
