#include "CheckCommand.h"

#include "CliContext.h"
#include "config/Settings.h"
#include "connect/Connections.h"
#include "profile/Profile.h"
#include "store/Journal.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTextStream>

namespace cxsync {

ConsistencyRun::ConsistencyRun(Profile &profile, QTextStream &out, QTextStream &err, Options options,
                               QObject *parent)
    : QObject(parent), m_profile(profile), m_settings(profile.settings()), m_out(out), m_err(err),
      m_options(std::move(options)), m_clock(profile.clock())
{
    connect(&m_signals, &StopSignals::stopRequested, this, &ConsistencyRun::stop);
}

ConsistencyRun::~ConsistencyRun() = default;

void ConsistencyRun::run(std::function<void(int)> done)
{
    m_done = std::move(done);
    m_signals.install(true);
    QPointer<ConsistencyRun> self(this);
    m_profile.connections([self](Result<std::shared_ptr<Connections>> opened) {
        if (!self)
            return;
        if (!opened.ok()) {
            self->m_err << "cxsync: " << opened.error().message << '\n';
            return self->finish(opened.error().kind == ErrorKind::Invalid ? ExitUsage : ExitFailed);
        }
        self->m_connections = std::move(opened).value();
        auto journal = self->m_profile.journal();
        if (!journal.ok()) {
            self->m_err << "cxsync: " << journal.error().message << '\n';
            return self->finish(ExitFailed);
        }
        self->m_journal = std::move(journal).value();
        consistency::CheckOptions options = consistency::CheckOptions::fromSettings(self->m_settings);
        options.user = self->m_options.user;
        self->m_checker = std::make_unique<consistency::ConsistencyChecker>(
            *self->m_connections, *self->m_journal, self->m_clock, options);
        if (!self->m_options.json)
            connect(self->m_checker.get(), &consistency::ConsistencyChecker::progress, self,
                    [self](const QString &message, int done, int total) {
                        self->m_out << "  " << message;
                        if (total > 0)
                            self->m_out << " (" << done << '/' << total << ')';
                        self->m_out << '\n';
                        self->m_out.flush();
                    });
        connect(self->m_checker.get(), &consistency::ConsistencyChecker::finished, self,
                &ConsistencyRun::checked);
        if (!self->m_options.json) {
            self->m_out
                << tr("Consistency check (read-only): Exchange, the CRM and the journal's links in the "
                      "sync window.")
                << '\n';
            self->m_out.flush();
        }
        self->m_checker->start();
    });
}

void ConsistencyRun::stop()
{
    if (m_checker && m_checker->isRunning())
        m_checker->cancel();
    if (m_repairer && m_repairer->isRunning())
        m_repairer->cancel();
}

void ConsistencyRun::checked(const consistency::CheckReport &report)
{
    using consistency::ConsistencyText;
    if (!report.error.isEmpty()) {
        m_err << "cxsync: " << report.error << '\n';
        return finish(report.errorKind == ErrorKind::Invalid ? ExitUsage : ExitFailed);
    }
    if (m_options.json && !m_options.repair) {
        m_out << QJsonDocument(ConsistencyText::toJson(report)).toJson(QJsonDocument::Indented);
        m_out.flush();
    } else {
        for (const consistency::Finding &f : report.findings)
            m_out << "  " << ConsistencyText::describe(f) << '\n';
        m_out << ConsistencyText::summary(report) << '\n';
        m_out.flush();
    }
    for (const QString &e : report.errors)
        m_err << "cxsync: " << e << '\n';
    m_err.flush();
    if (report.cancelled) {
        m_out << tr("Stopped by %1 before the check was complete.")
                     .arg(StopSignals::signalName(m_signals.signalNumber()))
              << Qt::endl;
        return finish(StopSignals::exitCodeFor(m_signals.signalNumber()));
    }
    if (!m_options.repair)
        return finish(report.clean() ? ExitOk : ExitFailed);
    if (!report.errors.isEmpty()) {
        m_err << "cxsync: "
              << tr("part of the check could not be read; nothing is repaired (run check again).")
              << Qt::endl;
        return finish(ExitFailed);
    }
    consistency::RepairOptions options;
    options.dryRun = m_options.dryRun;
    const consistency::CheckOptions checkOptions = consistency::CheckOptions::fromSettings(m_settings);
    options.mapping = checkOptions.mapping;
    options.policy = checkOptions.policy;
    options.exchangeToCrm = checkOptions.exchangeToCrm;
    options.diagnosticMode = m_settings.diagnosticMode();
    for (const consistency::Finding &f : report.findings)
        m_leftForAdmin += f.repair == consistency::RepairAction::None ? 1 : 0;
    m_repairer =
        std::make_unique<consistency::ConsistencyRepairer>(*m_connections, *m_journal, m_clock, options);
    connect(m_repairer.get(), &consistency::ConsistencyRepairer::progress, this,
            [this](const QString &message, int done, int total) {
                m_out << "  " << tr("repairing: %1 (%2/%3)").arg(message).arg(done).arg(total) << '\n';
                m_out.flush();
            });
    connect(m_repairer.get(), &consistency::ConsistencyRepairer::finished, this, &ConsistencyRun::repaired);
    m_out << (m_options.dryRun ? tr("Repair (dry run): nothing is written.") : tr("Repair")) << '\n';
    m_out.flush();
    m_repairer->start(report, m_checker->directory());
}

void ConsistencyRun::repaired(const consistency::RepairReport &report)
{
    for (const QString &line : report.lines)
        m_out << "  " << line << '\n';
    m_out << consistency::ConsistencyRepairer::describe(report) << '\n';
    m_out.flush();
    for (const QString &f : report.failures)
        m_err << "cxsync: " << f << '\n';
    m_err.flush();
    if (report.cancelled && m_signals.signalNumber() != 0)
        return finish(StopSignals::exitCodeFor(m_signals.signalNumber()));
    finish(report.ok() && report.skipped == 0 && m_leftForAdmin == 0 ? ExitOk : ExitFailed);
}

void ConsistencyRun::finish(int code)
{
    m_signals.uninstall();
    if (m_done) {
        auto done = std::move(m_done);
        m_done = nullptr;
        done(code);
    }
}

namespace {

class CheckCommandLine final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cxsync::CheckCommand)
public:
    CheckCommandLine()
        : Command(QStringLiteral("check"), QStringLiteral("check [--user USER] [--json]"),
                  tr("compare Exchange, the CRM and the journal's links for the linked users in\n"
                     "the sync window (read-only): orphans, duplicates, unlinked twins, field\n"
                     "drift; exit 0 when clean, 1 with findings"))
    {
        addOption(Command::userOption(tr("Only this user (CRM logon or mailbox).")));
        addOption(Command::jsonOption());
    }

    void run(CommandCall &call) override
    {
        CliContext &cx = call.context;
        if (!call.args.isEmpty()) {
            call.done(cx.fail(ExitUsage, tr("usage: cxsync check [--user USER] [--json]")));
            return;
        }
        if (!cx.openProfile(call.done))
            return;
        ConsistencyRun::Options options;
        options.json = call.isSet(QStringLiteral("json"));
        options.user = call.value(QStringLiteral("user"));
        cx.keep(std::make_unique<ConsistencyRun>(cx.profile(), cx.out(), cx.err(), options))
            ->run(call.done);
    }
};

} // namespace

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<CheckCommandLine>();
}

} // namespace cxsync
