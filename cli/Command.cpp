#include "Command.h"

#include "CliContext.h"

#include <QCommandLineParser>

namespace cxsync {

namespace {

constexpr int kListColumn = 28; // where descriptions start in `cxsync help`'s command list

QString optionNames(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString text = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        text += QLatin1Char(' ') + option.valueName();
    return text;
}

// `text`'s lines after the first, indented by `indent`.
QString indentContinuation(const QString &text, int indent)
{
    QString out = text;
    out.replace(QLatin1Char('\n'), QLatin1Char('\n') + QString(indent, QLatin1Char(' ')));
    return out;
}

} // namespace

bool CommandCall::isSet(const QString &option) const
{
    return command.takesOption(option) && parser.isSet(option);
}

QString CommandCall::value(const QString &option) const
{
    return command.takesOption(option) ? parser.value(option) : QString();
}

Command::Command(QString name, QString synopsis, QString description)
    : m_name(std::move(name)), m_synopsis(std::move(synopsis)), m_description(std::move(description))
{
}

Command::~Command() = default;

QString Command::path() const
{
    // The root ("cxsync") is not part of a command's path.
    return m_parent && m_parent->m_parent ? m_parent->path() + QLatin1Char(' ') + m_name : m_name;
}

Command &Command::addOption(const QCommandLineOption &option)
{
    m_options.append(option);
    return *this;
}

bool Command::takesOption(const QString &name) const
{
    for (const QCommandLineOption &option : m_options) {
        if (option.names().contains(name))
            return true;
    }
    return false;
}

Command *Command::addSubcommand(std::unique_ptr<Command> command)
{
    command->m_parent = this;
    m_subcommands.push_back(std::move(command));
    return m_subcommands.back().get();
}

Command *Command::subcommand(const QString &name) const
{
    for (const auto &command : m_subcommands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

void Command::run(CommandCall &call)
{
    if (m_parent) {
        m_parent->run(call);
        return;
    }
    // A top-level command without a run of its own is a programming error; say so rather than hang.
    call.done(call.context.fail(ExitFailed, tr("the command '%1' cannot be run").arg(path())));
}

void Command::configure(QCommandLineParser &parser, const QList<QCommandLineOption> &globals) const
{
    parser.addOptions(m_options);
    parser.addOptions(globals);
    parser.addOption(helpOption());
}

QString Command::helpText(const QList<QCommandLineOption> &globals) const
{
    QString text;
    if (m_subcommands.empty() || runsWithoutSubcommand()) {
        text += tr("Usage: cxsync %1").arg(m_synopsis) + QLatin1Char('\n');
        text += QLatin1Char('\n') + m_description + QLatin1Char('\n');
        if (!m_options.isEmpty())
            text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + optionTable(m_options, 2);
    } else {
        text += tr("Usage: cxsync %1 SUBCOMMAND").arg(path()) + QLatin1Char('\n');
    }
    for (const auto &sub : m_subcommands) {
        text += QLatin1Char('\n') + QStringLiteral("cxsync ") + sub->synopsis() + QLatin1Char('\n');
        text += QStringLiteral("  ") + indentContinuation(sub->description(), 2) + QLatin1Char('\n');
        if (!sub->options().isEmpty())
            text += optionTable(sub->options(), 4);
    }
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n') +
            optionTable(QList<QCommandLineOption>(globals) << helpOption(), 2);
    return text;
}

QString Command::listEntry() const
{
    QString entry = QStringLiteral("  ") + m_synopsis;
    if (entry.size() < kListColumn)
        entry = entry.leftJustified(kListColumn);
    else
        entry += QLatin1Char('\n') + QString(kListColumn, QLatin1Char(' '));
    return entry + indentContinuation(m_description, kListColumn) + QLatin1Char('\n');
}

QString Command::optionTable(const QList<QCommandLineOption> &options, int indent)
{
    int width = 0;
    for (const QCommandLineOption &option : options)
        width = std::max(width, int(optionNames(option).size()));
    QString table;
    for (const QCommandLineOption &option : options) {
        QString line = QString(indent, QLatin1Char(' ')) + optionNames(option).leftJustified(width + 2) +
                       option.description();
        if (!option.defaultValues().isEmpty())
            line += QLatin1Char(' ') + tr("(default: %1)").arg(option.defaultValues().join(QLatin1Char(',')));
        table += line + QLatin1Char('\n');
    }
    return table;
}

QCommandLineOption Command::helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
}

QCommandLineOption Command::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Machine-readable output (JSON)."));
}

QCommandLineOption Command::yesOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("yes"), description);
}

QCommandLineOption Command::dryRunOption()
{
    return QCommandLineOption(QStringLiteral("dry-run"), tr("Show what would change; write nothing."));
}

QCommandLineOption Command::userOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("user"), description, QStringLiteral("USER"));
}

QCommandLineOption Command::sinceOption()
{
    return QCommandLineOption(
        QStringLiteral("since"),
        tr("Only from this date (2026-01-31, local midnight) or time (2026-01-31T14:00, with "
           "Z or an offset for UTC)."),
        QStringLiteral("DATE"));
}

QCommandLineOption Command::stateOption()
{
    return QCommandLineOption(
        QStringLiteral("state"),
        tr("Only messages in these states, comma-separated: waiting, retrying, parked, resolved, discarded."),
        QStringLiteral("STATE"));
}

QCommandLineOption Command::limitOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("limit"), description, QStringLiteral("N"));
}

ProfileFamily::ProfileFamily(const QString &name, const QString &synopsis, const QString &description,
                             Start start, bool runsAlone)
    : Command(name, synopsis.isEmpty() ? name + QStringLiteral(" SUBCOMMAND") : synopsis, description),
      m_start(std::move(start)), m_runsAlone(runsAlone)
{
}

void ProfileFamily::run(CommandCall &call)
{
    if (call.context.openProfile(call.done))
        m_start(call);
}

} // namespace cxsync
