#include "ServiceCommand.h"

#include "CliContext.h"

#include <QTextStream>

#ifdef Q_OS_WIN
#include "ServeCommand.h"
#include "config/LayeredSecretStore.h"
#include "config/Settings.h"
#include "diagnostics/RotatingLogFile.h"
#include "platform/windows/WinEventLog.h"
#include "platform/windows/WinService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSettings>
#include <QTimer>

#include <thread>
#endif

namespace cxsync {

namespace {

#ifdef Q_OS_WIN

constexpr qint64 kLogFileBytes = 10 * 1024 * 1024;
constexpr int kLogFilesKept = 5;
const QString kEventSourceKey = QStringLiteral(
    "HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\EventLog\\Application\\CRM Exchange Sync");

// Where Qt's messages go while the service runs: everything to the rotating file, errors and warnings also to
// the Event Log. One service per process, so one set of sinks.
QMutex g_sinkMutex;
RotatingLogFile *g_logFile = nullptr;
win::EventLog *g_eventLog = nullptr;

void serviceMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString formatted = qFormatLogMessage(type, context, message);
    QMutexLocker lock(&g_sinkMutex);
    if (g_logFile)
        (void)g_logFile->append(QDateTime::currentDateTimeUtc().toString(Qt::ISODate) + QStringLiteral("  ") +
                                formatted);
    if (g_eventLog && (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg))
        g_eventLog->report(type == QtWarningMsg ? win::EventKind::Warning : win::EventKind::Error,
                           formatted.toStdString());
}

QString quoted(const QString &path)
{
    return QLatin1Char('"') + QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()) + QLatin1Char('"');
}

// The SCM's side of one `cxsync service run`: the dispatcher on its own thread (it blocks until the service
// reports STOPPED), the serve loop on this (the main) thread's event loop.
class ServiceRun final : public QObject {
    Q_DECLARE_TR_FUNCTIONS(cxsync::ServiceCommand)
public:
    ServiceRun(CommandCall &call) : m_cx(call.context), m_done(call.done)
    {
        m_stopPending.setInterval(5000);
        connect(&m_stopPending, &QTimer::timeout, this, [] { win::reportStopPending(30000); });
    }

    ~ServiceRun() override
    {
        if (m_dispatcher.joinable()) {
            // Ended before the service said so (the event loop quit): tell the SCM, which ends the
            // dispatcher.
            win::reportStopped(m_finished ? m_exitCode : ExitFailed);
            m_dispatcher.join();
        }
        uninstallSinks();
    }

    // `this` outlives the dispatcher thread (the destructor joins it), and a call queued to a destroyed
    // QObject is dropped, so the hooks may name it from the dispatcher's thread.
    void start()
    {
        win::ServiceHooks hooks;
        hooks.start = [this] {
            QMetaObject::invokeMethod(
                this, [this] { startServe(); }, Qt::QueuedConnection);
        };
        hooks.stop = [this] {
            QMetaObject::invokeMethod(
                this, [this] { stop(); }, Qt::QueuedConnection);
        };
        m_dispatcher = std::thread([this, hooks = std::move(hooks)]() mutable {
            const unsigned long error = win::runServiceDispatcher(std::move(hooks));
            QMetaObject::invokeMethod(
                this, [this, error] { dispatcherEnded(error); }, Qt::QueuedConnection);
        });
    }

private:
    void startServe()
    {
        // Settings and secrets as `cxsync serve` opens them; a failure stops the service with its exit code
        // (the message is on standard error, which a service does not have: said in the Event Log too).
        if (!m_cx.openProfile([this](int code) { serveFinished(code); }))
            return;
        if (Status s = installSinks(); !s.ok())
            m_eventLog.report(win::EventKind::Warning, s.error().message.toStdString());
        m_serve = std::make_unique<ServeCommand>(m_cx.profile(), m_outStream, m_errStream);
        m_serve->run([this](int code) { serveFinished(code); });
        // Settings valid and the stop path installed: running (the connections open while running and retry).
        if (!m_finished)
            win::reportRunning();
    }

    void stop()
    {
        m_stopPending.start();
        if (m_serve && !m_finished)
            m_serve->requestStop(); // as SIGTERM: the write under way finishes, then the loop ends with 0
    }

    void serveFinished(int code)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_exitCode = code;
        m_stopPending.stop();
        if (code != 0)
            m_eventLog.report(
                win::EventKind::Error,
                tr("The service stopped with exit code %1 (2: invalid settings, see `cxsync config "
                   "validate`; 1: the operation failed, see %2).")
                    .arg(code)
                    .arg(m_logPath.isEmpty() ? tr("the log file") : m_logPath)
                    .toStdString());
        m_outStream.flush();
        m_errStream.flush();
        win::reportStopped(code); // the dispatcher returns, then dispatcherEnded()
    }

    void dispatcherEnded(unsigned long error)
    {
        if (m_dispatcher.joinable())
            m_dispatcher.join();
        if (error == 1063 /* ERROR_FAILED_SERVICE_CONTROLLER_CONNECT */) {
            m_done(m_cx.fail(ExitUsage,
                             tr("'cxsync service run' is started by the Service Control Manager "
                                "(services.msc, 'sc start cxsync'); in a console use 'cxsync serve'.")));
            return;
        }
        if (error != 0) {
            m_done(m_cx.fail(ExitFailed, tr("cannot connect to the Service Control Manager: %1")
                                             .arg(QString::fromStdString(win::errorText(error)))));
            return;
        }
        m_done(m_exitCode);
    }

    Status installSinks()
    {
        const QString path = m_cx.settings().dataDirectory() + QStringLiteral("/logs/cxsync.log");
        auto log = RotatingLogFile::open(path, kLogFileBytes, kLogFilesKept);
        if (!log.ok())
            return log.error();
        m_log = std::move(log).value();
        m_logPath = QDir::toNativeSeparators(path);
        QMutexLocker lock(&g_sinkMutex);
        g_logFile = m_log.get();
        g_eventLog = &m_eventLog;
        qInstallMessageHandler(serviceMessageHandler);
        return {};
    }

    void uninstallSinks()
    {
        qInstallMessageHandler(nullptr);
        QMutexLocker lock(&g_sinkMutex);
        g_logFile = nullptr;
        g_eventLog = nullptr;
    }

    void writeLine(const QString &line, bool error)
    {
        if (m_log) // serve's lines carry their own time stamps
            (void)m_log->append(line);
        if (error)
            m_eventLog.report(win::EventKind::Error, line.toStdString());
    }

    CliContext &m_cx;
    std::function<void(int)> m_done;
    std::thread m_dispatcher;
    win::EventLog m_eventLog;
    std::unique_ptr<RotatingLogFile> m_log;
    QString m_logPath;
    // cxsync serve's standard output and error, as lines into the log (errors also into the Event Log).
    LineSinkDevice m_outDevice{[this](const QString &line) { writeLine(line, false); }};
    LineSinkDevice m_errDevice{[this](const QString &line) { writeLine(line, true); }};
    QTextStream m_outStream{&m_outDevice};
    QTextStream m_errStream{&m_errDevice};
    // Owned here, after the streams it writes to, so that it goes first.
    std::unique_ptr<ServeCommand> m_serve;
    QTimer m_stopPending;
    bool m_finished = false;
    int m_exitCode = 0;
};

QString installError(unsigned long error)
{
    switch (error) {
    case 5: // ERROR_ACCESS_DENIED
        return ServiceRun::tr(
            "installing or removing the service needs an elevated prompt (Run as administrator).");
    case 1073: // ERROR_SERVICE_EXISTS
        return ServiceRun::tr(
            "the service cxsync is already installed; 'cxsync service uninstall' removes it.");
    case 1060: // ERROR_SERVICE_DOES_NOT_EXIST
        return ServiceRun::tr("the service cxsync is not installed.");
    default:
        return QString::fromStdString(win::errorText(error));
    }
}

#endif // Q_OS_WIN

class ServiceCommandLine final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cxsync::ServiceCommand)
public:
    ServiceCommandLine()
        : Command(QStringLiteral("service"), QStringLiteral("service SUBCOMMAND"),
                  tr("Windows only: cxsync serve as the Windows service cxsync. Subcommands:\n"
                     "run (for the Service Control Manager), install [--config FILE]\n"
                     "[--secrets-file FILE], configure (delayed start and recovery, as install\n"
                     "sets them), uninstall. On Linux the systemd unit cxsync.service does this."))
    {
    }

    bool runsWithoutSubcommand() const override { return true; }

    void run(CommandCall &call) override
    {
        CliContext &cx = call.context;
#ifndef Q_OS_WIN
        call.done(
            cx.fail(ExitUsage, tr("'cxsync service' is for Windows only; on Linux the systemd unit "
                                  "cxsync.service runs cxsync serve (systemctl enable --now cxsync).")));
#else
        const QString usage = tr("usage: cxsync service run|install|configure|uninstall");
        if (call.args.size() != 1 || !QStringList{QStringLiteral("run"), QStringLiteral("install"),
                                                  QStringLiteral("configure"), QStringLiteral("uninstall")}
                                          .contains(call.args.first())) {
            call.done(cx.fail(ExitUsage, usage));
            return;
        }
        const QString sub = call.args.first();
        if (sub == QLatin1String("run")) {
            cx.keep(std::make_unique<ServiceRun>(call))->start();
            return;
        }
        if (sub == QLatin1String("install")) {
            QString commandLine =
                quoted(QCoreApplication::applicationFilePath()) + QStringLiteral(" service run");
            const QString config = call.parser.value(QStringLiteral("config"));
            const QString secrets = call.parser.value(QStringLiteral("secrets-file"));
            if (!config.isEmpty())
                commandLine += QStringLiteral(" --config ") + quoted(config);
            if (!secrets.isEmpty())
                commandLine += QStringLiteral(" --secrets-file ") + quoted(secrets);
            win::InstallOptions options;
            options.commandLine = commandLine.toStdWString();
            options.description = tr("Synchronizes CRM appointments with Exchange calendars: notifications, "
                                     "retries and the error e-mail (cxsync serve).")
                                      .toStdWString();
            if (const unsigned long error = win::installService(options); error != 0) {
                call.done(cx.fail(ExitFailed, installError(error)));
                return;
            }
            // The Event Log source, as the installer registers it (see WinEventLog.h).
            QSettings source(kEventSourceKey, QSettings::NativeFormat);
            source.setValue(
                QStringLiteral("EventMessageFile"),
                qEnvironmentVariable("SystemRoot", QStringLiteral("C:\\Windows")) +
                    QStringLiteral("\\Microsoft.NET\\Framework64\\v4.0.30319\\EventLogMessages.dll"));
            source.setValue(QStringLiteral("TypesSupported"), 7);
            source.sync();
            cx.out() << tr("Installed the service cxsync (account NT SERVICE\\cxsync, delayed automatic "
                           "start): %1")
                            .arg(commandLine)
                     << Qt::endl;
            cx.out() << tr("Start it with 'sc start cxsync' or in services.msc.") << Qt::endl;
            call.done(ExitOk);
            return;
        }
        if (sub == QLatin1String("configure")) {
            if (const unsigned long error = win::configureService(); error != 0) {
                call.done(cx.fail(ExitFailed, installError(error)));
                return;
            }
            cx.out() << tr("The service cxsync starts delayed and restarts after failures.") << Qt::endl;
            call.done(ExitOk);
            return;
        }
        if (const unsigned long error = win::uninstallService(30000); error != 0) {
            call.done(cx.fail(ExitFailed, installError(error)));
            return;
        }
        QSettings(kEventSourceKey, QSettings::NativeFormat).remove(QString());
        cx.out() << tr("Removed the service cxsync; its settings and data are kept.") << Qt::endl;
        call.done(ExitOk);
#endif
    }
};

} // namespace

std::unique_ptr<Command> makeServiceCommand()
{
    return std::make_unique<ServiceCommandLine>();
}

} // namespace cxsync
