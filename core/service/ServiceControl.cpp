#include "service/ServiceControl.h"

#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QTimer>

#ifdef Q_OS_WIN
#include "platform/windows/WinService.h"

#include <QDir>
#include <thread>
#endif

namespace cxsync {

namespace {

Q_LOGGING_CATEGORY(lcControl, "cxsync.service.control")

// How long a start or stop may take before the panel says so (systemd's own default job timeout is 90 s).
constexpr int kActionTimeoutMs = 120000;
constexpr int kQueryTimeoutMs = 15000;

bool has(const QString &text, const char *needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

} // namespace

ServiceControl::ServiceControl(QObject *parent) : QObject(parent) {}

ServiceControl::~ServiceControl()
{
    // Nobody waits for the answers any more: no callback may run while this object goes.
    for (QProcess *process : findChildren<QProcess *>(Qt::FindDirectChildrenOnly)) {
        process->disconnect();
        process->kill();
        process->waitForFinished(2000);
    }
}

void ServiceControl::setPrograms(const QString &systemctl, const QString &journalctl)
{
    m_systemctl = systemctl;
    m_journalctl = journalctl;
}

QString ServiceControl::actionVerb(ServiceAction action)
{
    switch (action) {
    case ServiceAction::Start:
        return QStringLiteral("start");
    case ServiceAction::Stop:
        return QStringLiteral("stop");
    case ServiceAction::Restart:
        return QStringLiteral("restart");
    }
    return {};
}

ServiceControlOutcome ServiceControl::classifySystemctl(ServiceAction action, int exitCode, const QString &errors)
{
    ServiceControlOutcome outcome;
    outcome.details = errors.trimmed();
    const QString command = QStringLiteral("sudo systemctl %1 %2").arg(actionVerb(action), QLatin1String(kUnit));
    if (exitCode == 0) {
        switch (action) {
        case ServiceAction::Start:
            outcome.message = tr("The service was started.");
            break;
        case ServiceAction::Stop:
            outcome.message = tr("The service was stopped.");
            break;
        case ServiceAction::Restart:
            outcome.message = tr("The service was restarted.");
            break;
        }
        return outcome;
    }
    // systemd's texts: "System has not been booted with systemd as init system (PID 1). Can't operate.",
    // "Failed to connect to bus: ...", "Unit cxsync.service not found." / "not loaded." (exit 5),
    // "Access denied" / "Interactive authentication required." (exit 4), "Job for ... failed because ...".
    if (has(errors, "not been booted with systemd") || has(errors, "Failed to connect to bus")) {
        outcome.error = ServiceControlError::NoServiceManager;
        outcome.message = tr("systemd does not run on this machine (a container or a system without systemd), so "
                             "the service cannot be controlled from here. Run 'cxsync serve' under the "
                             "supervisor this machine uses.");
    } else if (exitCode == 5 || has(errors, "not found") || has(errors, "not loaded")) {
        outcome.error = ServiceControlError::NotInstalled;
        outcome.message = tr("The service %1 is not installed on this machine: install the cxsync package "
                             "(it brings the unit), then try again.")
                              .arg(QLatin1String(kUnit));
    } else if (exitCode == 4 || has(errors, "Access denied") || has(errors, "authentication required") ||
               has(errors, "Permission denied")) {
        outcome.error = ServiceControlError::NoRight;
        outcome.message = tr("You may not control system services as this user. Run '%1' in a terminal, or "
                             "start the panel as an administrator.")
                              .arg(command);
    } else {
        outcome.error = ServiceControlError::Failed;
        switch (action) {
        case ServiceAction::Start:
            outcome.message = tr("The service did not start (systemctl exit code %1). Its last log lines "
                                 "below say why.")
                                  .arg(exitCode);
            break;
        case ServiceAction::Stop:
            outcome.message = tr("The service did not stop (systemctl exit code %1).").arg(exitCode);
            break;
        case ServiceAction::Restart:
            outcome.message = tr("The service did not restart (systemctl exit code %1). Its last log lines "
                                 "below say why.")
                                  .arg(exitCode);
            break;
        }
    }
    return outcome;
}

QProcess *ServiceControl::runProcess(
    const QString &program, const QStringList &arguments, int timeoutMs,
    std::function<void(int exitCode, const QString &out, const QString &err, bool started)> done)
{
    auto *process = new QProcess(this);
    process->setProgram(program);
    process->setArguments(arguments);
    // The tools' own words in English: classifySystemctl reads them.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("SYSTEMD_PAGER"), QString());
    env.insert(QStringLiteral("SYSTEMD_COLORS"), QStringLiteral("0"));
    process->setProcessEnvironment(env);
    auto finish = [process, done](bool started) {
        process->disconnect();
        const int code = process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        const QString out = QString::fromLocal8Bit(process->readAllStandardOutput());
        const QString err = QString::fromLocal8Bit(process->readAllStandardError());
        process->deleteLater();
        done(code, out, err, started);
    };
    connect(process, &QProcess::finished, this, [finish] { finish(true); });
    connect(process, &QProcess::errorOccurred, this, [process, finish](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(false);
        else if (error == QProcess::Timedout)
            process->kill();
    });
    qCDebug(lcControl) << "running" << program << arguments;
    QTimer::singleShot(timeoutMs, process, [process] { process->kill(); });
    process->start();
    return process;
}

void ServiceControl::cancel()
{
    if (m_process) {
        m_cancelled = true;
        m_process->kill();
    }
}

bool ServiceControl::busy() const
{
    return !m_process.isNull() || m_windowsBusy;
}

#ifndef Q_OS_WIN

void ServiceControl::run(ServiceAction action, std::function<void(const ServiceControlOutcome &)> done)
{
    if (busy()) {
        done({ServiceControlError::Failed, tr("Another service operation is still under way."), {}});
        return;
    }
    const QString program = m_systemctl;
    m_cancelled = false;
    m_process = runProcess(program, {QStringLiteral("--no-ask-password"), actionVerb(action), QLatin1String(kUnit)},
               kActionTimeoutMs,
               [this, action, program, done](int code, const QString &, const QString &err, bool started) {
                   m_process = nullptr;
                   if (!started) {
                       done({ServiceControlError::NoServiceManager,
                             tr("'%1' cannot be run here, so the service cannot be controlled from the panel.")
                                 .arg(program),
                             {}});
                       return;
                   }
                   if (m_cancelled) {
                       done({ServiceControlError::Cancelled,
                             tr("Stopped waiting. systemd may still complete the %1 it was asked for; Refresh "
                                "shows the state.")
                                 .arg(actionVerb(action)),
                             {}});
                       return;
                   }
                   done(classifySystemctl(action, code, err));
               });
}

void ServiceControl::status(std::function<void(const ServiceManagerStatus &)> done)
{
    runProcess(m_systemctl,
               {QStringLiteral("show"), QLatin1String(kUnit),
                QStringLiteral("--property=LoadState,ActiveState,SubState,UnitFileState")},
               kQueryTimeoutMs, [done](int code, const QString &out, const QString &err, bool started) {
                   ServiceManagerStatus status;
                   if (!started || code != 0) {
                       const ServiceControlOutcome why =
                           classifySystemctl(ServiceAction::Start, code == 0 ? 1 : code, err);
                       status.message = started ? why.message
                                                : tr("'systemctl' cannot be run here, so the service's state is "
                                                     "not known.");
                       done(status);
                       return;
                   }
                   QHash<QString, QString> values;
                   for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                       const int eq = line.indexOf(QLatin1Char('='));
                       if (eq > 0)
                           values.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
                   }
                   const QString load = values.value(QStringLiteral("LoadState"));
                   if (load.isEmpty()) {
                       status.message = tr("systemctl gave no LoadState for %1.").arg(QLatin1String(kUnit));
                       done(status);
                       return;
                   }
                   status.known = true;
                   status.installed = load == QLatin1String("loaded");
                   const QString fileState = values.value(QStringLiteral("UnitFileState"));
                   status.enabled = fileState == QLatin1String("enabled") ||
                                    fileState == QLatin1String("enabled-runtime");
                   status.state = QStringLiteral("%1 (%2)").arg(values.value(QStringLiteral("ActiveState")),
                                                                values.value(QStringLiteral("SubState")));
                   done(status);
               });
}

void ServiceControl::lastLogLines(int count, std::function<void(const Result<QStringList> &)> done)
{
    const QString program = m_journalctl;
    runProcess(program,
               {QStringLiteral("--unit=%1").arg(QLatin1String(kUnit)), QStringLiteral("--lines=%1").arg(count),
                QStringLiteral("--no-pager"), QStringLiteral("--output=short-iso")},
               kQueryTimeoutMs, [program, done](int code, const QString &out, const QString &err, bool started) {
                   if (!started) {
                       done(makeError(ErrorKind::Unavailable,
                                  tr("'%1' cannot be run here, so the service's log cannot be shown.").arg(program)));
                       return;
                   }
                   if (code != 0) {
                       done(makeError(ErrorKind::Storage,
                                  tr("The system journal cannot be read: %1").arg(err.trimmed())));
                       return;
                   }
                   QStringList lines;
                   for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                       if (!line.startsWith(QLatin1String("-- "))) // "-- No entries --", "-- Boot ... --"
                           lines << line;
                   }
                   if (lines.isEmpty() && has(err, "No journal files were found")) {
                       done(makeError(ErrorKind::Unavailable,
                                      tr("This machine has no system journal (systemd's journal does not run "
                                         "here), so there are no service log lines to show.")));
                       return;
                   }
                   if (lines.isEmpty() && has(err, "not seeing messages")) {
                       done(makeError(ErrorKind::Permission,
                                  tr("This user may not read the service's log lines: members of the groups "
                                     "'adm' or 'systemd-journal' may ('journalctl -u %1' as root shows them).")
                                      .arg(QLatin1String(kUnit))));
                       return;
                   }
                   done(lines);
               });
}

#else // Q_OS_WIN: the Service Control Manager, on a worker thread (its calls block while the service moves).

namespace {

ServiceControlOutcome fromWin32(ServiceAction action, unsigned long error)
{
    ServiceControlOutcome outcome;
    if (error != 0)
        outcome.details = QString::fromStdString(win::errorText(error));
    switch (error) {
    case 0:
        outcome.message = action == ServiceAction::Stop ? ServiceControl::tr("The service was stopped.")
                          : action == ServiceAction::Start ? ServiceControl::tr("The service was started.")
                                                           : ServiceControl::tr("The service was restarted.");
        break;
    case 5: // ERROR_ACCESS_DENIED
        outcome.error = ServiceControlError::NoRight;
        outcome.message = ServiceControl::tr("You may not control Windows services as this user. Start the "
                                             "panel as an administrator (Run as administrator), or use "
                                             "'sc %1 cxsync' in an elevated prompt.")
                              .arg(action == ServiceAction::Stop ? QStringLiteral("stop") : QStringLiteral("start"));
        break;
    case 1060: // ERROR_SERVICE_DOES_NOT_EXIST
        outcome.error = ServiceControlError::NotInstalled;
        outcome.message = ServiceControl::tr("The service cxsync is not installed on this machine: run the "
                                             "installer (or 'cxsync service install'), then try again.");
        break;
    default:
        outcome.error = ServiceControlError::Failed;
        outcome.message = ServiceControl::tr("The Service Control Manager answered: %1").arg(outcome.details);
        break;
    }
    return outcome;
}

} // namespace

void ServiceControl::run(ServiceAction action, std::function<void(const ServiceControlOutcome &)> done)
{
    if (busy()) {
        done({ServiceControlError::Failed, tr("Another service operation is still under way."), {}});
        return;
    }
    m_windowsBusy = true;
    QPointer<ServiceControl> self(this);
    std::thread([self, action, done] {
        unsigned long error = 0;
        if (action != ServiceAction::Start) {
            error = win::stopService(kActionTimeoutMs);
            if (action == ServiceAction::Restart && error == 1062) // ERROR_SERVICE_NOT_ACTIVE: start it anyway
                error = 0;
        }
        if (error == 0 && action != ServiceAction::Stop)
            error = win::startService(kActionTimeoutMs);
        QMetaObject::invokeMethod(qApp, [self, action, done, error] {
            if (!self)
                return;
            self->m_windowsBusy = false;
            done(fromWin32(action, error));
        });
    }).detach();
}

void ServiceControl::status(std::function<void(const ServiceManagerStatus &)> done)
{
    ServiceManagerStatus status;
    unsigned long state = 0;
    const unsigned long error = win::queryService(&state);
    if (error == 1060) {
        status.known = true;
        status.state = tr("not installed");
    } else if (error != 0) {
        status.message = QString::fromStdString(win::errorText(error));
    } else {
        status.known = true;
        status.installed = true;
        status.enabled = true; // installed with automatic (delayed) start
        status.state = state == 4 ? tr("running") : state == 1 ? tr("stopped") : tr("changing state");
    }
    done(status);
}

void ServiceControl::lastLogLines(int count, std::function<void(const Result<QStringList> &)> done)
{
    QFile file(m_logFile);
    if (m_logFile.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        done(makeError(ErrorKind::Storage, tr("The service's log %1 cannot be read: %2")
                                            .arg(QDir::toNativeSeparators(m_logFile), file.errorString())));
        return;
    }
    // The tail only: the file rotates at a few MB.
    const qint64 tail = 256 * 1024;
    if (file.size() > tail)
        file.seek(file.size() - tail);
    QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (file.pos() > tail && !lines.isEmpty())
        lines.removeFirst(); // cut in the middle
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    done(lines);
}

#endif

} // namespace cxsync
