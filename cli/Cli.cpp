#include "Cli.h"

#include "CheckCommand.h"
#include "CliContext.h"
#include "Command.h"
#include "ConfigCommand.h"
#include "DemoCommand.h"
#include "HelpCommand.h"
#include "HooksCommand.h"
#include "LogCommand.h"
#include "NotifyCommand.h"
#include "QueueCommand.h"
#include "RepairCommand.h"
#include "SecretCommand.h"
#include "ServeCommand.h"
#include "ServiceCommand.h"
#include "StatusCommand.h"
#include "SyncCommand.h"
#include "TestConnectionCommand.h"
#include "UsersCommand.h"

#include <QCommandLineParser>
#include <QHash>
#include <QTextStream>

namespace cxsync {

namespace {

std::unique_ptr<Command> makeCommands()
{
    auto root = std::make_unique<Command>(QStringLiteral("cxsync"), QString(), QString());
    root->addSubcommand(makeConfigCommand());
    root->addSubcommand(makeSecretCommand());
    root->addSubcommand(makeDemoCommand());
    root->addSubcommand(makeTestConnectionCommand());
    root->addSubcommand(makeSyncCommand());
    root->addSubcommand(makeStatusCommand());
    root->addSubcommand(makeCheckCommand());
    root->addSubcommand(makeRepairCommand());
    root->addSubcommand(makeUsersCommand());
    root->addSubcommand(makeHooksCommand());
    root->addSubcommand(makeServeCommand());
    root->addSubcommand(makeServiceCommand());
    root->addSubcommand(makeQueueCommand());
    root->addSubcommand(makeLogCommand());
    root->addSubcommand(makeNotifyCommand());
    root->addSubcommand(makeVersionCommand());
    root->addSubcommand(makeHelpCommand());
    return root;
}

// Every option any command takes, once: enough to tell an option's value from the command's words before the
// command is known. `takesValue` holds each name's kind: a name takes a value for every command or for none.
void collectOptions(const Command &command, QHash<QString, bool> *takesValue,
                    QList<QCommandLineOption> *options)
{
    for (const QCommandLineOption &option : command.options()) {
        const QString name = option.names().first();
        const bool value = !option.valueName().isEmpty();
        if (takesValue->contains(name)) {
            Q_ASSERT_X(takesValue->value(name) == value, "cxsync::Cli",
                       "an option name takes a value in some commands and not in others");
            continue;
        }
        takesValue->insert(name, value);
        options->append(option);
    }
    for (const auto &sub : command.subcommands())
        collectOptions(*sub, takesValue, options);
}

// QCommandLineParser's error ("Missing value after '--config'.") without its full stop, to go on with ";
// see".
QString withoutFullStop(QString text)
{
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

// "--dry-run" / "-x", as typed.
QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

} // namespace

Cli::Cli(QStringList arguments, QProcessEnvironment environment, QIODevice *input, QIODevice *output,
         QIODevice *errors, QObject *parent)
    : QObject(parent), m_arguments(std::move(arguments)),
      m_context(std::make_unique<CliContext>(std::move(environment), input, output, errors)),
      m_commands(makeCommands())
{
}

Cli::~Cli() = default;

void Cli::run(std::function<void(int)> done)
{
    CliContext &cx = *m_context;
    const QList<QCommandLineOption> globals = globalCommandOptions();

    // First the words: which command, which subcommand. Options may come before or after them.
    QHash<QString, bool> seen;
    QList<QCommandLineOption> everyOption;
    collectOptions(*m_commands, &seen, &everyOption);
    auto words = std::make_unique<QCommandLineParser>();
    words->addOptions(everyOption);
    for (const QCommandLineOption &option : globals) {
        if (!seen.contains(option.names().first()))
            words->addOption(option);
    }
    words->addOption(Command::helpOption());
    if (!words->parse(m_arguments)) {
        const QStringList unknown = words->unknownOptionNames();
        done(cx.fail(Usage, unknown.isEmpty()
                                ? tr("%1; see cxsync help").arg(withoutFullStop(words->errorText()))
                                : tr("unknown option '%1'; see cxsync help").arg(dashed(unknown.first()))));
        return;
    }
    const QStringList positional = words->positionalArguments();
    const bool help = words->isSet(QStringLiteral("help"));
    if (positional.isEmpty()) {
        QTextStream &stream = help ? cx.out() : cx.err();
        stream << generalHelp(*m_commands);
        stream.flush();
        done(help ? Ok : Usage);
        return;
    }
    Command *command = m_commands->subcommand(positional.first());
    if (!command) {
        done(cx.fail(Usage, tr("unknown command '%1'; see cxsync help").arg(positional.first())));
        return;
    }
    if (Command *sub = command->subcommand(positional.value(1)))
        command = sub;

    // A family named without one of its subcommands answers with its own usage message (it lists them),
    // whatever options came with it; any other command is parsed with its own options and the global ones
    // only.
    const bool familyAlone = !command->subcommands().empty() && !command->runsWithoutSubcommand();
    if (familyAlone) {
        m_parser = std::move(words);
    } else {
        m_parser = std::make_unique<QCommandLineParser>();
        command->configure(*m_parser, globals);
        if (!m_parser->parse(m_arguments)) {
            const QStringList unknown = m_parser->unknownOptionNames();
            done(cx.fail(Usage, unknown.isEmpty()
                                    ? tr("%1; see cxsync help %2")
                                          .arg(withoutFullStop(m_parser->errorText()), command->path())
                                    : tr("unknown option '%1' for 'cxsync %2'; see cxsync help %2")
                                          .arg(dashed(unknown.first()), command->path())));
            return;
        }
    }
    if (help) {
        cx.out() << command->helpText(globals);
        cx.out().flush();
        done(Ok);
        return;
    }
    cx.setGlobalOptions(m_parser->value(QStringLiteral("config")),
                        m_parser->value(QStringLiteral("secrets-file")),
                        m_parser->isSet(QStringLiteral("password-stdin")));
    CommandCall call{cx, *command, *m_parser, positional.mid(1), std::move(done)};
    command->run(call);
}

} // namespace cxsync
