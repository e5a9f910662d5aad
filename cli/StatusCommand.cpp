#include "StatusCommand.h"

#include "CliContext.h"
#include "config/Settings.h"
#include "profile/Profile.h"
#include "store/Journal.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace cxsync {

using namespace health;

namespace {

QString local(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                         : QStringLiteral("-");
}

QString seconds(qint64 ms)
{
    return ms < 0 ? QStringLiteral("-") : QStringLiteral("%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

QString cell(const QString &text, int width)
{
    QString s = text.simplified();
    if (s.size() > width)
        s = s.left(width - 1) + QChar(0x2026);
    return s.leftJustified(width);
}

} // namespace

StatusCommand::StatusCommand(Profile &profile, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_profile(profile), m_out(out), m_err(err)
{
}

int StatusCommand::exitCodeFor(Level level)
{
    switch (level) {
    case Level::Green:
        return ExitOk;
    case Level::Amber:
        return ExitAmber;
    case Level::Red:
        return ExitFailed;
    }
    return ExitFailed;
}

int StatusCommand::fail(int code, const QString &message)
{
    m_err << "cxsync: " << message << Qt::endl;
    return code;
}

int StatusCommand::run(bool json, const QString &user, const QString &periodText)
{
    const auto period =
        periodText.isEmpty() ? std::optional<Period>(Period::Day) : periodFromName(periodText);
    if (!period)
        return fail(ExitUsage, tr("--period: '%1' is not 24h or 7d").arg(periodText));
    const QString path = m_profile.journalPath();
    if (!QFileInfo::exists(path)) // looking must not create it
        return fail(ExitFailed,
                    tr("No journal at %1: nothing has been synchronized with this profile yet.").arg(path));
    auto journal = m_profile.journal();
    if (!journal.ok())
        return fail(ExitFailed, journal.error().message);
    HealthReader reader(*journal.value(), m_profile.clock(), m_profile.settings().pollIntervalSeconds());
    auto report = reader.read(*period, user.trimmed());
    if (!report.ok())
        return fail(report.error().kind == ErrorKind::NotFound ? ExitUsage : ExitFailed,
                    report.error().message);
    if (json)
        m_out << QJsonDocument(report.value().toJson()).toJson(QJsonDocument::Indented);
    else
        printText(report.value());
    m_out.flush();
    return exitCodeFor(report.value().level);
}

void StatusCommand::printText(const HealthReport &r)
{
    m_out << tr("Health: %1 (the last %2, until %3)")
                 .arg(levelName(r.level).toUpper(), r.period == Period::Week ? tr("7 days") : tr("24 hours"),
                      local(r.generatedUtc))
          << '\n';
    for (const Reason &reason : r.reasons)
        m_out << "  " << cell(levelName(reason.level), 6) << ' ' << reason.message << '\n';
    QString service;
    switch (r.service) {
    case ServiceLiveness::Running:
        service = tr("running on %1 (process %2), last heartbeat %3")
                      .arg(r.heartbeat->host)
                      .arg(r.heartbeat->pid)
                      .arg(local(r.heartbeat->heartbeatUtc));
        break;
    case ServiceLiveness::Stopped:
        service = tr("stopped at %1").arg(local(r.heartbeat->stoppedUtc));
        break;
    case ServiceLiveness::NotResponding:
        service = tr("not responding since %1").arg(local(r.heartbeat->heartbeatUtc));
        break;
    case ServiceLiveness::NeverStarted:
        service = tr("never started on this journal");
        break;
    }
    m_out << tr("Service: %1").arg(service) << '\n';
    QStringList kinds;
    for (auto it = r.failuresByKind.cbegin(); it != r.failuresByKind.cend(); ++it)
        kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    m_out << tr("Writes: %1 CRM → Exchange, %2 Exchange → CRM; %3 conflict(s); %4 failure(s)%5")
                 .arg(r.writesToExchange)
                 .arg(r.writesToCrm)
                 .arg(r.conflicts)
                 .arg(r.failures)
                 .arg(kinds.isEmpty() ? QString()
                                      : QStringLiteral(" (%1)").arg(kinds.join(QStringLiteral(", "))))
          << '\n';
    m_out << tr("Latency: CRM → Exchange p50 %1, p99 %2 (%3 writes); Exchange → CRM p50 %4, p99 %5 (%6 "
                "notifications)")
                 .arg(seconds(r.toExchange.p50Ms), seconds(r.toExchange.p99Ms))
                 .arg(r.toExchange.count)
                 .arg(seconds(r.toCrm.p50Ms), seconds(r.toCrm.p99Ms))
                 .arg(r.toCrm.count)
          << '\n';
    if (r.mailboxes.isEmpty()) {
        m_out << tr("No linked mailboxes.") << Qt::endl;
        return;
    }
    m_out << '\n'
          << cell(tr("LEVEL"), 6) << ' ' << cell(tr("MAILBOX"), 28) << ' ' << cell(tr("SERVER"), 10) << ' '
          << cell(tr("STATE"), 9) << ' ' << cell(tr("LAST SYNC"), 19) << ' ' << cell(tr("SUBSCRIPTION"), 12)
          << ' ' << cell(tr("FAILED"), 6) << ' ' << cell(tr("CANARY"), 8) << ' ' << tr("LAST ERROR") << '\n';
    for (const MailboxHealth &m : r.mailboxes) {
        const QString canary = !m.canaryState           ? QStringLiteral("-")
                               : m.canaryLatencyMs >= 0 ? seconds(m.canaryLatencyMs)
                                                        : canaryName(m.canaryState);
        m_out << cell(levelName(m.level), 6) << ' ' << cell(m.mailbox, 28) << ' '
              << cell(m.server.isEmpty() ? tr("primary") : m.server, 10) << ' '
              << cell(users::stateName(m.linkState), 9) << ' ' << cell(local(m.lastSyncUtc), 19) << ' '
              << cell(subscriptionName(m.subscription), 12) << ' ' << cell(QString::number(m.failedOpen), 6)
              << ' ' << cell(canary, 8) << ' '
              << (m.lastError.isEmpty() ? QStringLiteral("-") : m.lastError.simplified()) << '\n';
    }
}

namespace {

// Settings only: the report reads the journal, so a monitoring probe needs no secrets and no keychain.
class StatusCommandLine final : public Command {
public:
    StatusCommandLine()
        : Command(
              QStringLiteral("status"), QStringLiteral("status [--json] [--user USER] [--period 24h|7d]"),
              StatusCommand::tr("the health summary (red / amber / green with the reasons) and each "
                                "mailbox's health, from the journal;\nexit code 0 green, 3 amber, 1 red or "
                                "no journal, 2 usage"))
    {
        addOption(Command::jsonOption())
            .addOption(Command::userOption(
                StatusCommand::tr("Only this mailbox (CRM logon, mailbox address or Exchange user id).")))
            .addOption(QCommandLineOption(QStringLiteral("period"),
                                          StatusCommand::tr("The series' period: 24h (default) or 7d."),
                                          QStringLiteral("PERIOD")));
    }

    void run(CommandCall &call) override
    {
        CliContext &cx = call.context;
        if (!call.args.isEmpty())
            return call.done(cx.fail(
                ExitUsage,
                StatusCommand::tr("status takes no arguments: %1").arg(call.args.join(QLatin1Char(' ')))));
        if (!cx.openProfileWithoutSecrets())
            return call.done(ExitUsage);
        StatusCommand command(cx.profile(), cx.out(), cx.err());
        call.done(command.run(call.isSet(QStringLiteral("json")), call.value(QStringLiteral("user")),
                              call.value(QStringLiteral("period"))));
    }
};

} // namespace

std::unique_ptr<Command> makeStatusCommand()
{
    return std::make_unique<StatusCommandLine>();
}

} // namespace cxsync
