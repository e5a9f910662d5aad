#pragma once

#include "Result.h"
#include "store/EnumNames.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QProcess;

namespace cxsync {

enum class ServiceAction { Start, Stop, Restart };

// Why a start, stop or restart did not happen, as far as the admin can act on it.
enum class ServiceControlError {
    None,
    NotInstalled,     // no unit cxsync.service / no service "cxsync": the package is not installed
    NoRight,          // the panel's user may not control system services
    NoServiceManager, // systemd is not the init system here (a container, WSL without systemd, ...)
    Cancelled,        // the admin stopped waiting; the service manager may still complete the job
    Failed            // the service manager tried and the service failed (see the log lines)
};
template <> struct EnumNames<ServiceControlError> {
    static constexpr EnumName<ServiceControlError> names[] = {
        {ServiceControlError::None, "none"},           {ServiceControlError::NotInstalled, "notInstalled"},
        {ServiceControlError::NoRight, "noRight"},     {ServiceControlError::NoServiceManager, "noServiceManager"},
        {ServiceControlError::Cancelled, "cancelled"}, {ServiceControlError::Failed, "failed"}};
    static QString what()
    {
        return QCoreApplication::translate("cxsync::ServiceControl", "a service control outcome");
    }
};


struct ServiceControlOutcome {
    ServiceControlError error = ServiceControlError::None;
    QString message; // one or two sentences in the admin's language: what happened, what to do
    QString details; // the service manager's own words, when it said something
    bool ok() const { return error == ServiceControlError::None; }
};

// What the service manager says about the installed service, for the Service tab's first line.
struct ServiceManagerStatus {
    bool known = false;   // the service manager answered
    bool installed = false;
    bool enabled = false; // starts with the machine
    QString state;        // "active (running)", "inactive (dead)", "failed", "RUNNING", ...
    QString message;      // when !known: why not
};

// Starts, stops and restarts the installed service and reads its last log lines: the systemd unit
// cxsync.service through systemctl/journalctl on Linux, the service "cxsync" through the Service Control Manager
// on Windows (its log: the data folder's logs/cxsync.log). Asynchronous (the panel stays responsive); one
// start/stop/restart at a time (busy()), status and log queries alongside; cancel() stops waiting for the
// start/stop/restart (the service manager may still finish the job it was given).
// Never asks for a password (systemctl --no-ask-password): a user without the right gets NoRight and the
// command that works (sudo systemctl ..., or an elevated panel on Windows).
class ServiceControl final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceControl)
public:
    static constexpr const char *kUnit = "cxsync.service";

    explicit ServiceControl(QObject *parent = nullptr);
    ~ServiceControl() override;

    bool busy() const;
    void run(ServiceAction action, std::function<void(const ServiceControlOutcome &)> done);
    void status(std::function<void(const ServiceManagerStatus &)> done);
    // The newest `count` lines of the service's log, oldest first; an error names why they cannot be read.
    void lastLogLines(int count, std::function<void(const Result<QStringList> &)> done);
    void cancel();

    // Windows: the service's rotating log (the data folder's logs/cxsync.log), read for lastLogLines.
    void setLogFile(const QString &path) { m_logFile = path; }
    // The programs used on Linux (tests point them at the real tools under other names; default: from PATH).
    void setPrograms(const QString &systemctl, const QString &journalctl);

    // systemctl's answer to `action` (exit code, standard error) as the admin reads it. Public for tests: the
    // texts are systemd's own (src/systemctl, src/shared/bus-error), matched loosely since they vary by version.
    static ServiceControlOutcome classifySystemctl(ServiceAction action, int exitCode, const QString &errors);
    static QString actionVerb(ServiceAction action); // "start" | "stop" | "restart" (systemctl's words)

private:
    // Runs `program`; `done` once, with the exit code (-1 when killed: cancel or `timeoutMs`).
    QProcess *runProcess(const QString &program, const QStringList &arguments, int timeoutMs,
                    std::function<void(int exitCode, const QString &out, const QString &err, bool started)> done);

    QString m_systemctl = QStringLiteral("systemctl");
    QString m_journalctl = QStringLiteral("journalctl");
    QString m_logFile;
    QPointer<QProcess> m_process; // the start/stop/restart under way
    bool m_cancelled = false;
    bool m_windowsBusy = false;
};

} // namespace cxsync
