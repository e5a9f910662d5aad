#include "HelpCommand.h"

#include "CliContext.h"

#include <cxsync/Version.h>

#include <QTextStream>

namespace cxsync {

namespace {

class HelpCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cxsync::HelpCommand)
public:
    HelpCommand()
        : Command(QStringLiteral("help"), QStringLiteral("help [COMMAND [SUBCOMMAND]]"),
                  tr("this list, or what one command takes (also: cxsync COMMAND --help)"))
    {
    }

    void run(CommandCall &call) override
    {
        CliContext &cx = call.context;
        const Command &root = *parent();
        if (call.args.isEmpty()) {
            cx.out() << generalHelp(root);
            cx.out().flush();
            call.done(ExitOk);
            return;
        }
        const Command *command = &root;
        for (const QString &word : std::as_const(call.args)) {
            const Command *next = command->subcommand(word);
            if (!next) {
                call.done(cx.fail(
                    ExitUsage,
                    command == &root
                        ? tr("unknown command '%1'; see cxsync help").arg(word)
                        : tr("'%1' has no subcommand '%2'; see cxsync help %1").arg(command->path(), word)));
                return;
            }
            command = next;
        }
        cx.out() << command->helpText(globalCommandOptions());
        cx.out().flush();
        call.done(ExitOk);
    }
};

class VersionCommand final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cxsync::VersionCommand)
public:
    VersionCommand() : Command(QStringLiteral("version"), QStringLiteral("version"), tr("print the version"))
    {
    }

    void run(CommandCall &call) override
    {
        call.context.out() << "cxsync " << kVersion << " (Qt " << qVersion() << ")" << Qt::endl;
        call.done(ExitOk);
    }
};

// Every command that runs, in the order of the list: a family's own entry (if it runs alone), then its
// subcommands.
void listCommands(const Command &command, QString *text)
{
    if (command.parent() && (command.subcommands().empty() || command.runsWithoutSubcommand()))
        *text += command.listEntry();
    for (const auto &sub : command.subcommands())
        listCommands(*sub, text);
}

} // namespace

QList<QCommandLineOption> globalCommandOptions()
{
    return {QCommandLineOption(QStringLiteral("config"),
                               HelpCommand::tr("The settings file (INI); default: CXSYNC_CONFIG, else the "
                                               "per-user profile."),
                               QStringLiteral("PATH")),
            QCommandLineOption(QStringLiteral("secrets-file"),
                               HelpCommand::tr("Secrets as name=value lines, in a file of mode 0600."),
                               QStringLiteral("PATH")),
            QCommandLineOption(QStringLiteral("password-stdin"),
                               HelpCommand::tr("Read name=value secret lines from standard input."))};
}

QString generalHelp(const Command &root)
{
    QString commands;
    listCommands(root, &commands);
    return HelpCommand::tr("Usage: cxsync [--config PATH] [--secrets-file PATH] [--password-stdin] COMMAND "
                           "[OPTIONS]\n") +
           QLatin1Char('\n') + HelpCommand::tr("Commands:") + QLatin1Char('\n') + commands +
           QLatin1Char('\n') +
           HelpCommand::tr(
               "`cxsync help COMMAND` or `cxsync COMMAND --help` lists the options a command takes; "
               "any other\noption is a usage error.\n") +
           QLatin1Char('\n') + HelpCommand::tr("Global options (before or after the command):") +
           QLatin1Char('\n') + Command::optionTable(globalCommandOptions() << Command::helpOption(), 2) +
           QLatin1Char('\n') +
           HelpCommand::tr(
               "Secrets: crm-password, nt-password, graph-client-secret, graph-certificate-password,\n"
               "smtp-password, listener-client-state. Headless runs may supply them through\n"
               "CXSYNC_SECRET_<NAME> (e.g. CXSYNC_SECRET_CRM_PASSWORD), --secrets-file (name=value lines,\n"
               "mode 0600) or --password-stdin (the same lines on standard input).\n"
               "\n"
               "Exit codes: 0 ok, 1 the operation failed, 2 usage error or invalid configuration.\n");
}

std::unique_ptr<Command> makeHelpCommand()
{
    return std::make_unique<HelpCommand>();
}

std::unique_ptr<Command> makeVersionCommand()
{
    return std::make_unique<VersionCommand>();
}

} // namespace cxsync
