#include "ServeCommand.h"

#include "CliContext.h"
#include "config/SecretStore.h"
#include "config/Settings.h"
#include "config/SettingsSchema.h"
#include "connect/Connections.h"
#include "diagnostics/LogSetup.h"
#include "profile/Profile.h"
#include "service/DigestSchedule.h"
#include "service/SyncService.h"
#include "store/Journal.h"
#include "sync/CalendarSync.h"

#include <QDateTime>
#include <QFile>
#include <QPointer>
#include <QTextStream>

namespace cxsync {

ServeCommand::ServeCommand(Profile &profile, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_profile(profile), m_settings(profile.settings()), m_secrets(profile.secrets()),
      m_out(out), m_err(err), m_clock(profile.clock())
{
    connect(&m_signals, &StopSignals::stopRequested, this, &ServeCommand::requestStop);
    // Only when these streams are the process's own (in-process tests hand in buffers).
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    auto handle = [](QTextStream &stream) {
        auto *file = qobject_cast<QFile *>(stream.device());
        return file ? file->handle() : -1;
    };
    m_outIsJournal = handle(out) == 1 && LogSetup::streamIsJournal(env, 1);
    m_errIsJournal = handle(err) == 2 && LogSetup::streamIsJournal(env, 2);
}

void ServeCommand::say(QtMsgType type, const QString &text)
{
    if (m_outIsJournal) {
        m_out << QString::fromUtf8(LogSetup::journalLines(type, text));
        m_out.flush();
        return;
    }
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_out << stamp << "  " << text << Qt::endl;
}

void ServeCommand::complain(const QString &text)
{
    const QString line = QStringLiteral("cxsync: ") + text;
    if (m_errIsJournal)
        m_err << QString::fromUtf8(LogSetup::journalLines(QtCriticalMsg, line));
    else
        m_err << line << '\n';
    m_err.flush();
}

ServeCommand::~ServeCommand() = default;

void ServeCommand::finish(int code)
{
    m_signals.uninstall();
    m_out.flush();
    m_err.flush();
    if (auto done = std::move(m_done))
        done(code);
}

void ServeCommand::requestStop()
{
    if (m_stopRequested)
        return;
    m_stopRequested = true;
    say(QtInfoMsg, tr("Stopping: finishing the write under way..."));
    if (!m_service) {
        finish(0);
        return;
    }
    m_service->stop([this] {
        say(QtInfoMsg, tr("Stopped."));
        finish(0);
    });
}

void ServeCommand::run(std::function<void(int)> done)
{
    m_done = std::move(done);
    if (const ValidationIssues issues = m_settings.validate(); !issues.isEmpty()) {
        for (const ValidationIssue &issue : issues)
            complain(issue.field + QStringLiteral(": ") + issue.message);
        finish(2);
        return;
    }
    // A service stopping is normal operation: exit 0, and a second SIGTERM does not cut the write under way.
    m_signals.install(false);
    auto opened = m_profile.journal();
    if (!opened.ok()) {
        complain(opened.error().message);
        finish(1);
        return;
    }
    m_journal = std::move(opened).value();
    QPointer<ServeCommand> self(this);
    m_profile.connections([self](Result<std::shared_ptr<Connections>> c) {
        if (!self)
            return;
        if (!c.ok()) {
            self->complain(c.error().message);
            self->finish(c.error().kind == ErrorKind::Invalid ? 2 : 1);
            return;
        }
        self->m_connections = std::move(c).value();
        self->m_secrets.read(Secret::ListenerClientState, [self](Result<QString> state) {
            if (!self)
                return;
            const QString clientState = state.ok() ? state.value() : QString();
            SyncService::Options options = SyncService::Options::fromSettings(self->m_settings, clientState);
            options.certificateFile = self->m_settings.value(Keys::ListenerCertificateFile).toString();
            options.keyFile = self->m_settings.value(Keys::ListenerKeyFile).toString();
            self->m_service = std::make_unique<SyncService>(self->m_settings, *self->m_connections,
                                                            *self->m_journal, self->m_clock, options);
            ServeCommand *me = self.data();
            connect(self->m_service.get(), &SyncService::message, self,
                    [me](const QString &text) { me->say(QtInfoMsg, text); });
            connect(self->m_service.get(), &SyncService::warning, self,
                    [me](const QString &text) { me->say(QtWarningMsg, text); });
            connect(self->m_service.get(), &SyncService::failure, self,
                    [me](const QString &text) { me->say(QtCriticalMsg, text); });
            connect(self->m_service.get(), &SyncService::runFinished, self,
                    [me, verbose = self->m_settings.diagnosticMode()](
                        const QString &scope, const sync::SyncReport &r, SyncService::RunKind kind) {
                        // a CRM-feed poll every few seconds, or a notified mailbox, that found nothing is said
                        // only in Diagnostic Mode; a run over all users always is (the catch-up at start, the
                        // safety net), so the admin sees it happened
                        if (!verbose && r.quiet() && kind != SyncService::RunKind::AllUsers)
                            return;
                        QStringList lines{tr("Sync of %1: %2").arg(scope, sync::CalendarSync::describe(r))};
                        for (const QString &line : r.failures)
                            lines << QStringLiteral("    ") + line;
                        for (const QString &line : r.notes)
                            lines << QStringLiteral("    ") + line;
                        me->say(r.ok() ? QtInfoMsg : QtCriticalMsg, lines.join(QLatin1Char('\n')));
                    });
            if (const Status started = self->m_service->start(); !started.ok()) {
                self->complain(started.error().message);
                self->finish(started.error().kind == ErrorKind::Invalid ? 2 : 1);
                return;
            }
            self->say(QtInfoMsg, tr("Service running; stop with Ctrl+C or SIGTERM."));
            self->startErrorMail();
        });
    });
}

// The error e-mail: a digest of new failed messages at most once per interval, checked every minute and after
// each retry pass (the service's DigestSchedule). Without an address to notify there is nothing to do; bad SMTP
// settings are said once.
void ServeCommand::startErrorMail()
{
    DigestSchedule *digest = m_service->errorDigest(m_secrets);
    if (!digest)
        return;
    connect(digest, &DigestSchedule::unavailable, this, [this](const Error &error) {
        complain(tr("error e-mail is off: %1").arg(error.message));
    });
    connect(digest, &DigestSchedule::notSent, this, [this](const Error &error) {
        say(QtWarningMsg, tr("Error e-mail not sent (tried again at the next interval): %1").arg(error.message));
    });
    connect(digest, &DigestSchedule::sent, this, [this](qint64 failures) {
        say(QtInfoMsg, tr("Error e-mail sent: %n new failure(s).", nullptr, int(failures)));
    });
    digest->start();
}

namespace {

class ServeCommandLine final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cxsync::ServeCommand)
public:
    ServeCommandLine()
        : Command(QStringLiteral("serve"), QStringLiteral("serve"),
                  tr("the service: notification listener, subscriptions (renewed), a sync of\n"
                     "a mailbox on each notification and of everything every poll interval;\n"
                     "stops cleanly on SIGTERM / Ctrl+C"))
    {
    }

    void run(CommandCall &call) override
    {
        CliContext &cx = call.context;
        if (!call.args.isEmpty()) {
            call.done(cx.fail(ExitUsage, tr("usage: cxsync serve")));
            return;
        }
        if (!cx.openProfile(call.done))
            return;
        cx.keep(std::make_unique<ServeCommand>(cx.profile(), cx.out(), cx.err()))
            ->run(call.done);
    }
};

} // namespace

std::unique_ptr<Command> makeServeCommand()
{
    return std::make_unique<ServeCommandLine>();
}

} // namespace cxsync
