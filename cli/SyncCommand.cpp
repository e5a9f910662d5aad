#include "SyncCommand.h"

#include "CliContext.h"
#include "config/Settings.h"
#include "connect/Connections.h"
#include "profile/Profile.h"
#include "store/Journal.h"

#include <QPointer>
#include <QTextStream>

namespace cxsync {

namespace {
constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

int writes(const sync::SyncCounts &c)
{
    return c.exchangeCreates + c.exchangeUpdates + c.exchangeDeletes + c.crmCreates + c.crmUpdates +
           c.crmDeletes;
}
} // namespace

SyncCommand::SyncCommand(Profile &profile, QTextStream &out, QTextStream &err, Options options, QObject *parent)
    : QObject(parent), m_profile(profile), m_settings(profile.settings()), m_out(out), m_err(err),
      m_options(std::move(options)), m_clock(profile.clock())
{
    m_next.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &SyncCommand::startRun);
    connect(&m_signals, &StopSignals::stopRequested, this, &SyncCommand::requestStop);
}

SyncCommand::~SyncCommand() = default;

void SyncCommand::run(std::function<void(int)> done)
{
    m_done = std::move(done);
    m_signals.install(true);
    QPointer<SyncCommand> self(this);
    m_profile.connections([self](Result<std::shared_ptr<Connections>> opened) {
        if (!self)
            return;
        if (!opened.ok()) {
            self->m_err << "cxsync: " << opened.error().message << '\n';
            return self->finish(opened.error().kind == ErrorKind::Invalid ? kUsage : kFailed);
        }
        self->m_connections = std::move(opened).value();
        auto journal = self->m_profile.journal();
        if (!journal.ok()) {
            self->m_err << "cxsync: " << journal.error().message << '\n';
            return self->finish(kFailed);
        }
        self->m_journal = std::move(journal).value();
        self->startRun();
    });
}

void SyncCommand::requestStop()
{
    if (m_stop)
        return;
    m_stop = true;
    m_out << tr("Stopping after the current write… (press Ctrl+C again to quit at once)") << '\n';
    m_out.flush();
    if (m_sync && m_sync->isRunning()) {
        m_sync->cancel();
        return;
    }
    if (m_retrying) {
        m_retries->cancel(); // the pass ends after the message under way, then the run is not started
        return;
    }
    m_next.stop();
    if (m_options.once && m_signals.signalNumber() != 0) {
        m_out << tr("Interrupted by %1 before the run started; nothing was written.")
                     .arg(StopSignals::signalName(m_signals.signalNumber()))
              << Qt::endl;
        return finish(StopSignals::exitCodeFor(m_signals.signalNumber()));
    }
    finish(m_worst);
}

void SyncCommand::startRun()
{
    if (m_stop)
        return finish(m_worst);
    sync::SyncRunOptions options = sync::SyncRunOptions::fromSettings(m_settings);
    options.dryRun = m_options.dryRun;
    options.user = m_options.user;
    if (m_options.dryRun)
        return startSync(options);
    // Failed messages whose time has come go first, so an item's older change never lands after its newer
    // one.
    if (!m_retries)
        m_retries = std::make_unique<sync::SyncRetries>(*m_connections, *m_journal, m_clock, options);
    m_retrying = true;
    m_retries->runDue([this, options](const queue::DrainReport &report) {
        m_retrying = false;
        if (const QString line = sync::SyncRetries::describe(report); !line.isEmpty()) {
            m_out << line << '\n';
            m_out.flush();
        }
        if (report.parked > 0 || !report.problems.isEmpty())
            m_worst = qMax(m_worst, kFailed);
        if (m_stop) {
            if (m_options.once && m_signals.signalNumber() != 0) {
                m_out << tr("Interrupted by %1 before the sync run started.")
                             .arg(StopSignals::signalName(m_signals.signalNumber()))
                      << Qt::endl;
                return finish(StopSignals::exitCodeFor(m_signals.signalNumber()));
            }
            return finish(m_worst);
        }
        startSync(options);
    });
}

void SyncCommand::startSync(const sync::SyncRunOptions &options)
{
    m_sync = std::make_unique<sync::CalendarSync>(*m_connections, *m_journal, m_clock, options);
    const bool yes = m_options.yes;
    m_sync->setDecider([this, yes](const sync::SafetyStop &stop, std::function<void(bool)> answer) {
        m_out << tr("%1: this run would delete %2 of %3 synchronized items (more than %4 %).")
                     .arg(stop.mailbox)
                     .arg(stop.deletes)
                     .arg(stop.items)
                     .arg(stop.percent)
              << ' ' << (yes ? tr("Going ahead (--yes).") : tr("Declined: run again with --yes to delete."))
              << '\n';
        m_out.flush();
        answer(yes);
    });
    connect(m_sync.get(), &sync::CalendarSync::progress, this,
            [this](const QString &mailbox, const QString &message, int done, int total) {
                m_out << "  " << (mailbox.isEmpty() ? QStringLiteral("CRM") : mailbox) << ": " << message;
                if (total > 0)
                    m_out << " (" << done << '/' << total << ')';
                m_out << '\n';
                m_out.flush();
            });
    connect(m_sync.get(), &sync::CalendarSync::finished, this, [this](const sync::SyncReport &report) {
        printReport(report);
        int code = kOk;
        if (!report.error.isEmpty() || report.failed > 0 || !report.stops.isEmpty())
            code = kFailed;
        m_worst = qMax(m_worst, code);
        if (report.cancelled && m_signals.signalNumber() != 0) {
            // Interrupted mid-run: say what was written and what is left, and exit as the signal asks.
            printInterrupted(report);
            return finish(StopSignals::exitCodeFor(m_signals.signalNumber()));
        }
        if (m_options.once || m_stop)
            return finish(m_stop ? m_worst : code);
        const int seconds = m_settings.pollIntervalSeconds();
        m_out << tr("Next run in %1 s (Ctrl+C to stop).").arg(seconds) << '\n';
        m_out.flush();
        m_next.start(seconds * 1000);
    });
    m_out << (m_options.dryRun ? tr("Calendar sync (dry run): nothing is written.") : tr("Calendar sync"))
          << '\n';
    m_out.flush();
    m_sync->start();
}

void SyncCommand::printReport(const sync::SyncReport &r)
{
    const sync::SyncCounts &c = r.dryRun ? r.planned : r.done;
    if (r.dryRun)
        m_out << tr("Planned for %n mailbox(es):", nullptr, r.mailboxes) << '\n';
    else
        m_out << tr("Done for %n mailbox(es) in %1 ms:", nullptr, r.mailboxes).arg(r.durationMs) << '\n';
    m_out << "  " << tr("Exchange: %1 to create, %2 to update, %3 to delete")
                         .arg(c.exchangeCreates)
                         .arg(c.exchangeUpdates)
                         .arg(c.exchangeDeletes)
          << '\n';
    m_out << "  " << tr("CRM: %1 to create, %2 to update, %3 to delete")
                         .arg(c.crmCreates)
                         .arg(c.crmUpdates)
                         .arg(c.crmDeletes)
          << '\n';
    m_out << "  " << tr("invitations: %1, cancellations: %2").arg(c.invitations).arg(c.cancellations) << '\n';
    if (r.replayed)
        m_out << "  " << tr("replayed from an interrupted run: %1").arg(r.replayed) << '\n';
    if (r.conflicts)
        m_out << "  " << tr("conflicts (both sides changed; see the transaction log): %1").arg(r.conflicts) << '\n';
    for (const sync::SafetyStop &s : r.stops)
        m_out << "  " << tr("safety stop: %1 kept (%2 deletes not applied)").arg(s.mailbox).arg(s.deletes) << '\n';
    for (const QString &n : r.notes)
        m_out << "  " << tr("note: %1").arg(n) << '\n';
    if (r.cancelled)
        m_out << "  " << tr("stopped before the end; the next run continues") << '\n';
    m_out.flush();
    for (const QString &f : r.failures)
        m_err << "cxsync: " << f << '\n';
    if (!r.error.isEmpty())
        m_err << "cxsync: " << r.error << '\n';
    if (r.failed)
        m_err << "cxsync: " << tr("%n write(s) failed and wait in the failed-message queue.", nullptr, r.failed)
              << '\n';
    m_err.flush();
}

void SyncCommand::printInterrupted(const sync::SyncReport &r)
{
    const QString signal = StopSignals::signalName(m_signals.signalNumber());
    const int planned = writes(r.planned);
    if (planned == 0 && writes(r.done) == 0 && r.failed == 0) {
        m_out << tr("Interrupted by %1 before anything was written; the next run starts over.").arg(signal)
              << Qt::endl;
        return;
    }
    const int done = writes(r.done);
    m_out << tr("Interrupted by %1: %2 of %3 planned write(s) done, %4 failed (queued for retry), %5 not "
                "started; the next run continues with them.")
                 .arg(signal)
                 .arg(done)
                 .arg(planned)
                 .arg(r.failed)
                 .arg(qMax(0, planned - done - r.failed))
          << Qt::endl;
}

void SyncCommand::finish(int code)
{
    m_signals.uninstall();
    if (m_done) {
        auto done = std::move(m_done);
        m_done = nullptr;
        done(code);
    }
}

namespace {

class SyncCommandLine final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cxsync::SyncCommand)
public:
    SyncCommandLine()
        : Command(QStringLiteral("sync"),
                  QStringLiteral("sync --once | --watch [--dry-run] [--yes] [--user USER]"),
                  tr("synchronize calendars (CRM appointments <-> Outlook events) once, or\n"
                     "every Poll Interval until Ctrl+C; deletes above the safety share need --yes"))
    {
        addOption(QCommandLineOption(QStringLiteral("once"), tr("One run.")));
        addOption(QCommandLineOption(QStringLiteral("watch"),
                                     tr("A run every Poll Interval until Ctrl+C or SIGTERM.")));
        addOption(Command::dryRunOption());
        addOption(Command::yesOption(tr("Delete even above the safety share of a mailbox.")));
        addOption(Command::userOption(tr("Only this user (CRM logon or mailbox).")));
    }

    void run(CommandCall &call) override
    {
        CliContext &cx = call.context;
        const bool once = call.isSet(QStringLiteral("once"));
        if (once == call.isSet(QStringLiteral("watch")) || !call.args.isEmpty()) {
            call.done(cx.fail(ExitUsage,
                              tr("usage: cxsync sync --once | --watch [--dry-run] [--yes] [--user USER]")));
            return;
        }
        if (!cx.openProfile(call.done))
            return;
        const SyncCommand::Options options{once, call.isSet(QStringLiteral("dry-run")),
                                           call.isSet(QStringLiteral("yes")),
                                           call.value(QStringLiteral("user"))};
        cx.keep(std::make_unique<SyncCommand>(cx.profile(), cx.out(), cx.err(), options))
            ->run(call.done);
    }
};

} // namespace

std::unique_ptr<Command> makeSyncCommand()
{
    return std::make_unique<SyncCommandLine>();
}

} // namespace cxsync
