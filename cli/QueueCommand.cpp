#include "QueueCommand.h"

#include "CliContext.h"
#include "config/LayeredSecretStore.h"
#include "queue/FailedMessageQueue.h"
#include "queue/QueueExport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace cxsync {

using namespace queue;

QString QueueCommand::usage()
{
    return tr("usage: cxsync queue list [--json] [--state STATE[,STATE]] [--user USER] [--limit N] | "
              "queue show ID [--json] | queue retry ID | queue retry --all [--state STATE] [--user USER] | "
              "queue discard ID --yes | queue export FILE.xml|FILE.json|FILE.csv");
}

std::optional<qint64> QueueCommand::parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = QString(text).remove(QLatin1Char('#')).toLongLong(&ok);
    if (!ok || id <= 0) {
        fail(ExitUsage, tr("'%1' is not a failed message id (a number from `cxsync queue list`)").arg(text));
        return std::nullopt;
    }
    return id;
}

void QueueCommand::run(const QStringList &args, std::function<void(int)> done)
{
    m_done = std::move(done);
    if (!parseFilterOptions())
        return finish(ExitUsage);
    const QString sub = args.value(0);
    const bool known = (sub == QLatin1String("list") && args.size() == 1) ||
                       (sub == QLatin1String("show") && args.size() == 2) ||
                       (sub == QLatin1String("retry") && (args.size() == 2) != m_options.all) ||
                       (sub == QLatin1String("discard") && args.size() == 2) ||
                       (sub == QLatin1String("export") && args.size() == 2);
    if (!known)
        return finish(fail(ExitUsage, usage()));
    if (sub == QLatin1String("export")) {
        if (auto format = QueueExport::formatForPath(args.at(1)); !format.ok())
            return finish(fail(ExitUsage, format.error().message));
    }
    if (!openJournal())
        return finish(ExitFailed);
    if (sub == QLatin1String("list"))
        return finish(list());
    if (sub == QLatin1String("show"))
        return finish(show(args.at(1)));
    if (sub == QLatin1String("retry"))
        return finish(retry(args));
    if (sub == QLatin1String("discard"))
        return finish(discard(args));
    finish(exportQueue(args.at(1)));
}

namespace {
MessageFilter filterFrom(const QList<int> &states, const QString &user, const QDateTime &since)
{
    MessageFilter f;
    for (int s : states)
        f.states << MessageState(s);
    f.user = user;
    f.fromUtc = since;
    return f;
}
} // namespace

int QueueCommand::list()
{
    // Printed page by page: `--limit 0` over 100,000 rows holds one page of list rows, never the snapshots.
    const MessageFilter filter = filterFrom(m_states, m_options.user, m_since);
    auto total = m_queue->count(filter);
    if (!total.ok())
        return fail(ExitFailed, total.error().message);
    const QString gap = QStringLiteral("  ");
    qint64 shown = 0;
    PageCursor cursor;
    do {
        const int want = m_limit == 0 ? 1000 : int(std::min<qint64>(1000, m_limit - shown));
        auto page = m_queue->list(filter, cursor, want);
        if (!page.ok()) {
            if (m_options.json && shown > 0)
                m_out << "\n]}" << Qt::endl; // keep what was printed parseable
            return fail(ExitFailed, page.error().message);
        }
        const QList<FailedMessage> &rows = page.value().rows;
        if (shown == 0) {
            if (m_options.json) {
                m_out << "{\"total\": " << total.value() << ", \"failedMessages\": [";
            } else if (rows.isEmpty()) {
                m_out << tr("No failed messages%1.")
                             .arg(filter.states.isEmpty() && filter.user.isEmpty() ? QString() : tr(" match"))
                      << Qt::endl;
                return ExitOk;
            } else {
                m_out << pad(tr("ID"), 7) << gap << pad(tr("STATE"), 9) << gap << pad(tr("LAST FAILURE"), 19)
                      << gap << pad(tr("DIRECTION"), 15) << gap << pad(tr("USER"), 24) << gap
                      << pad(tr("OPERATION"), 9) << gap << pad(tr("ERROR"), 11) << gap
                      << tr("TRIES  SUBJECT  MESSAGE") << '\n';
            }
        }
        for (const FailedMessage &m : rows) {
            if (m_options.json) {
                m_out << (shown > 0 ? ",\n" : "\n")
                      << QString::fromUtf8(
                             QJsonDocument(QueueExport::toJson(m)).toJson(QJsonDocument::Compact));
            } else {
                m_out << pad(QString::number(m.id), 7) << gap << pad(stateName(m.state), 9) << gap
                      << pad(local(m.lastFailureUtc), 19) << gap << pad(directionName(m.direction), 15) << gap
                      << pad(oneLine(!m.mailbox.isEmpty() ? m.mailbox : m.crmUserId, 24), 24) << gap
                      << pad(m.operation, 9) << gap << pad(errorKindName(m.errorKind), 11) << gap
                      << pad(QString::number(m.attempts), 5) << gap << '"' << oneLine(m.subject, 40) << '"'
                      << gap << oneLine(m.errorMessage, 100) << '\n';
            }
            ++shown;
        }
        cursor = page.value().next;
    } while (!cursor.isNull() && (m_limit == 0 || shown < m_limit));
    if (m_options.json) {
        m_out << "\n]}" << Qt::endl;
        return ExitOk;
    }
    m_out
        << tr("%1 of %2 shown, newest failure first; `cxsync queue show ID` for details, --limit 0 for all.")
               .arg(shown)
               .arg(total.value())
        << Qt::endl;
    return ExitOk;
}

int QueueCommand::show(const QString &idText)
{
    const auto id = parseId(idText);
    if (!id)
        return ExitUsage;
    auto message = m_queue->get(*id);
    if (!message.ok())
        return fail(ExitFailed, message.error().message);
    const FailedMessage &m = message.value();
    if (m_options.json) {
        m_out << QJsonDocument(QueueExport::toJson(m)).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const auto row = [this](const QString &label, const QString &value) {
        if (!value.isEmpty())
            m_out << QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -18).arg(value) << '\n';
    };
    row(tr("Failed message"), QString::number(m.id));
    row(tr("State"), stateName(m.state));
    row(tr("Note"), m.note);
    row(tr("Direction"), directionName(m.direction));
    row(tr("Operation"), m.operation);
    row(tr("Subject"), m.subject);
    row(tr("CRM user"), m.crmUserId);
    row(tr("Mailbox"), m.mailbox);
    row(tr("CRM item"), m.crmItemId);
    row(tr("Exchange item"), m.exchangeItemId);
    row(tr("Error"), QStringLiteral("%1: %2").arg(errorKindName(m.errorKind), m.errorMessage));
    row(tr("HTTP status"), m.httpStatus != 0 ? QString::number(m.httpStatus) : QString());
    row(tr("Server code"), m.errorCode);
    row(tr("Attempts"), QString::number(m.attempts));
    row(tr("First failure"), local(m.firstFailureUtc));
    row(tr("Last failure"), local(m.lastFailureUtc));
    if (m.state == MessageState::Waiting)
        row(tr("Next attempt"), local(m.nextAttemptUtc));
    m_out << tr("Change:") << '\n' << QJsonDocument(m.snapshot).toJson(QJsonDocument::Indented);
    m_out << tr("History:") << '\n';
    for (const MessageEvent &e : m.history) {
        QString line =
            QStringLiteral("  %1  %2  #%3").arg(local(e.timeUtc), enumName(e.event)).arg(e.attempt);
        if (e.errorKind)
            line += QStringLiteral("  %1: %2").arg(errorKindName(*e.errorKind), e.errorMessage);
        if (e.nextAttemptUtc.isValid())
            line += tr("  next %1").arg(local(e.nextAttemptUtc));
        if (!e.note.isEmpty())
            line += QStringLiteral("  (%1)").arg(e.note);
        m_out << line << '\n';
    }
    m_out.flush();
    return ExitOk;
}

int QueueCommand::retry(const QStringList &args)
{
    if (m_options.all) {
        auto changed = m_queue->retryAll(filterFrom(m_states, m_options.user, m_since));
        if (!changed.ok())
            return fail(ExitFailed, changed.error().message);
        m_out << tr("%n failed message(s) will be retried by the next `cxsync sync` or the running service.",
                    nullptr, changed.value())
              << Qt::endl;
        return ExitOk;
    }
    const auto id = parseId(args.at(1));
    if (!id)
        return ExitUsage;
    if (Status s = m_queue->retryNow(*id); !s.ok())
        return fail(ExitFailed, s.error().message);
    m_out
        << tr("Failed message %1 will be retried by the next `cxsync sync` or the running service.").arg(*id)
        << Qt::endl;
    return ExitOk;
}

int QueueCommand::discard(const QStringList &args)
{
    const auto id = parseId(args.at(1));
    if (!id)
        return ExitUsage;
    if (!m_options.yes)
        return fail(ExitUsage,
                    tr("discarding message %1 means its change is never applied; repeat with --yes to "
                       "confirm")
                        .arg(*id));
    if (Status s = m_queue->discard(*id, tr("discarded by the administrator (cxsync queue discard)"));
        !s.ok())
        return fail(ExitFailed, s.error().message);
    m_out << tr("Failed message %1 discarded; `cxsync queue retry %1` brings it back.").arg(*id) << Qt::endl;
    return ExitOk;
}

int QueueCommand::exportQueue(const QString &path)
{
    auto rows = QueueExport::exportTo(*m_queue, path, filterFrom(m_states, m_options.user, m_since),
                                      m_clock.nowUtc());
    if (!rows.ok())
        return fail(exitFor(rows.error()), rows.error().message);
    m_out << tr("Exported %n failed message(s) to %1.", nullptr, int(rows.value())).arg(path) << Qt::endl;
    return ExitOk;
}

std::unique_ptr<Command> makeQueueCommand()
{
    auto queue = std::make_unique<ProfileFamily>(
        QStringLiteral("queue"), QString(),
        QueueCommand::tr("the failed messages: list, show, retry, discard and export them"),
        [](CommandCall &call) {
            CliContext &cx = call.context;
            cx.keep(std::make_unique<QueueCommand>(cx.profile(), cx.out(), cx.err(),
                                                   JournalCommand::optionsFrom(call)))
                ->run(call.args, call.done);
        });
    const QCommandLineOption user =
        Command::userOption(QueueCommand::tr("Only this user's messages (CRM logon or mailbox)."));
    queue
        ->addSubcommand(std::make_unique<Command>(
            QStringLiteral("list"),
            QStringLiteral("queue list [--json] [--state STATE[,STATE]] [--user USER] [--since DATE] "
                           "[--limit N]"),
            QueueCommand::tr("failed messages, newest first (states: waiting, retrying, parked,\n"
                             "resolved, discarded)")))
        ->addOption(Command::jsonOption())
        .addOption(Command::stateOption())
        .addOption(user)
        .addOption(Command::sinceOption())
        .addOption(Command::limitOption(QueueCommand::tr("At most N messages (default 50; 0: all).")));
    queue
        ->addSubcommand(std::make_unique<Command>(
            QStringLiteral("show"), QStringLiteral("queue show ID [--json]"),
            QueueCommand::tr("one failed message: the change, the error and every attempt")))
        ->addOption(Command::jsonOption());
    queue
        ->addSubcommand(std::make_unique<Command>(
            QStringLiteral("retry"),
            QStringLiteral("queue retry ID | --all [--state STATE] [--user USER] [--since DATE]"),
            QueueCommand::tr("retry at the next sync or service pass, even if parked")))
        ->addOption(
            QCommandLineOption(QStringLiteral("all"),
                               QueueCommand::tr("Every message that matches --state, --user and --since.")))
        .addOption(Command::stateOption())
        .addOption(user)
        .addOption(Command::sinceOption());
    queue
        ->addSubcommand(std::make_unique<Command>(
            QStringLiteral("discard"), QStringLiteral("queue discard ID --yes"),
            QueueCommand::tr("give up a failed message (queue retry ID brings it back)")))
        ->addOption(Command::yesOption(QueueCommand::tr("Confirm: the message's change is never applied.")));
    queue
        ->addSubcommand(std::make_unique<Command>(
            QStringLiteral("export"),
            QStringLiteral("queue export FILE [--state STATE[,STATE]] [--user USER] [--since DATE]"),
            QueueCommand::tr("FILE.xml (like the legacy Event Data file), FILE.json or FILE.csv")))
        ->addOption(Command::stateOption())
        .addOption(user)
        .addOption(Command::sinceOption());
    return queue;
}

} // namespace cxsync
