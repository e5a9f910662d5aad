#include "LogCommand.h"

#include "CliContext.h"
#include "config/LayeredSecretStore.h"
#include "config/Settings.h"
#include "queue/TransactionLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace cxsync {

using namespace queue;

QString LogCommand::usage()
{
    return tr("usage: cxsync log [--since DATE] [--user USER] [--json] [--limit N] | "
              "log export FILE.csv|FILE.json [--since DATE] [--user USER] | log prune");
}

void LogCommand::run(const QStringList &args, std::function<void(int)> done)
{
    m_done = std::move(done);
    if (!parseFilterOptions())
        return finish(ExitUsage);
    if (args.value(0) == QLatin1String("export") && args.size() == 2) {
        if (auto format = TransactionLog::formatForPath(args.at(1)); !format.ok())
            return finish(fail(ExitUsage, format.error().message));
    } else if (!(args.isEmpty() || (args.value(0) == QLatin1String("prune") && args.size() == 1))) {
        return finish(fail(ExitUsage, usage()));
    }
    if (!openJournal())
        return finish(ExitFailed);
    if (args.isEmpty())
        return finish(printLog());
    if (args.at(0) == QLatin1String("export"))
        return finish(exportLog(args.at(1)));
    finish(pruneLog());
}

int LogCommand::printLog()
{
    LogFilter filter;
    filter.sinceUtc = m_since;
    filter.user = m_options.user;
    const int limit = m_options.limit.isEmpty() ? 100 : m_limit;
    QList<LogEntry> rows;
    LogCursor cursor;
    do {
        auto page =
            m_log->query(filter, cursor, limit == 0 ? 1000 : std::min(1000, limit - int(rows.size())));
        if (!page.ok())
            return fail(ExitFailed, page.error().message);
        rows += page.value().rows;
        cursor = page.value().next;
    } while (!cursor.isNull() && (limit == 0 || rows.size() < limit));
    if (m_options.json) {
        QJsonArray array;
        for (const LogEntry &e : rows) {
            array.append(TransactionLog::toJson(e));
        }
        m_out
            << QJsonDocument(QJsonObject{{QStringLiteral("entries"), array}}).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (rows.isEmpty()) {
        m_out << tr("The transaction log has no entries%1.")
                     .arg(filter.sinceUtc.isValid() || !filter.user.isEmpty() ? tr(" that match") : QString())
              << Qt::endl;
        return ExitOk;
    }
    // Oldest first on screen, like a log file.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        const LogEntry &e = *it;
        const QString gap = QStringLiteral("  ");
        m_out << local(e.timeUtc) << gap << pad(e.direction.isEmpty() ? QStringLiteral("-") : e.direction, 15)
              << gap << pad(oneLine(e.user, 24), 24) << gap << pad(e.action, 14) << gap
              << pad(enumName(e.result), 10) << gap
              << (e.durationMs >= 0 ? tr("%1 ms").arg(e.durationMs) : QStringLiteral("-")).rightJustified(8)
              << gap << '"' << oneLine(e.item, 40) << '"' << gap << oneLine(e.message, 120) << '\n';
        if (!e.conflict.isEmpty())
            m_out << "    "
                  << tr("conflict: %1")
                         .arg(QString::fromUtf8(QJsonDocument(e.conflict).toJson(QJsonDocument::Compact)))
                  << '\n';
    }
    m_out.flush();
    return ExitOk;
}

int LogCommand::exportLog(const QString &path)
{
    LogFilter filter;
    filter.sinceUtc = m_since;
    filter.user = m_options.user;
    auto rows = m_log->exportTo(path, filter);
    if (!rows.ok())
        return fail(exitFor(rows.error()), rows.error().message);
    m_out << tr("Exported %n log entr(y/ies) to %1.", nullptr, int(rows.value())).arg(path) << Qt::endl;
    return ExitOk;
}

int LogCommand::pruneLog()
{
    const SettingDef *def = SettingsSchema::find(Keys::LogRetentionDays);
    QVariant days = m_settings.value(Keys::LogRetentionDays);
    if (!def || SettingsSchema::check(*def, days))
        return fail(ExitUsage, tr("%1 is not valid; see cxsync config validate").arg(Keys::LogRetentionDays));
    auto removed = m_log->prune(days.toInt());
    if (!removed.ok())
        return fail(ExitFailed, removed.error().message);
    m_out << tr("Removed %1 log entries older than %2 days.").arg(removed.value()).arg(days.toInt())
          << Qt::endl;
    return ExitOk;
}

std::unique_ptr<Command> makeLogCommand()
{
    const QCommandLineOption user =
        Command::userOption(LogCommand::tr("Only entries of this user (CRM logon or mailbox)."));
    auto log = std::make_unique<ProfileFamily>(
        QStringLiteral("log"), QStringLiteral("log [--since DATE] [--user USER] [--json] [--limit N]"),
        LogCommand::tr("the transaction log: what was applied, when, with what result"),
        [](CommandCall &call) {
            CliContext &cx = call.context;
            cx.keep(std::make_unique<LogCommand>(cx.profile(), cx.out(), cx.err(),
                                                 JournalCommand::optionsFrom(call)))
                ->run(call.args, call.done);
        },
        true);
    log->addOption(Command::sinceOption())
        .addOption(user)
        .addOption(Command::jsonOption())
        .addOption(
            Command::limitOption(LogCommand::tr("At most N entries, the newest (default 100; 0: all).")));
    log->addSubcommand(
           std::make_unique<Command>(QStringLiteral("export"),
                                     QStringLiteral("log export FILE [--since DATE] [--user USER]"),
                                     LogCommand::tr("FILE.csv or FILE.json")))
        ->addOption(Command::sinceOption())
        .addOption(user);
    log->addSubcommand(
        std::make_unique<Command>(QStringLiteral("prune"), QStringLiteral("log prune"),
                                  LogCommand::tr("remove the entries older than log/retentionDays")));
    return log;
}

} // namespace cxsync
