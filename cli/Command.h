#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QCommandLineParser;

namespace cxsync {

class CliContext;
class Command;

// Exit codes of every command: 0 ok, 1 the operation failed, 2 usage error or invalid configuration.
enum CliExit { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

// One invocation: the command named on the command line, its parsed options and what follows its family's
// name
// (`cxsync queue show 7` gives {"show", "7"}; `cxsync sync --once` gives {}).
struct CommandCall {
    CliContext &context;
    const Command &command;
    const QCommandLineParser &parser;
    QStringList args;
    std::function<void(int)> done;

    // An option the named command does not take reads as unset / empty (never asks the parser about it).
    bool isSet(const QString &option) const;
    QString value(const QString &option) const;
};

// A command of `cxsync` (after keepassxc-cli's model): its name, a synopsis and description for help, the
// options it takes, its subcommands, and what it does. Every command is parsed with its own options plus the
// global ones; any other option is a usage error naming it. A subcommand without its own run is run by its
// family (which dispatches on CommandCall::args).
class Command {
    Q_DECLARE_TR_FUNCTIONS(cxsync::Command)
public:
    // `synopsis`: what follows "cxsync " in a usage line ("queue show ID [--json]"); `description`: one or
    // more lines, the first a summary.
    Command(QString name, QString synopsis, QString description);
    virtual ~Command();

    QString name() const { return m_name; }
    QString synopsis() const { return m_synopsis; }
    QString description() const { return m_description; }
    // "queue list": the words that name this command after "cxsync".
    QString path() const;
    Command *parent() const { return m_parent; }

    Command &addOption(const QCommandLineOption &option);
    const QList<QCommandLineOption> &options() const { return m_options; }
    bool takesOption(const QString &name) const;

    Command *addSubcommand(std::unique_ptr<Command> command);
    Command *subcommand(const QString &name) const;
    const std::vector<std::unique_ptr<Command>> &subcommands() const { return m_subcommands; }
    // Whether `cxsync NAME` means something without a subcommand (`log` does; `queue` needs one).
    virtual bool runsWithoutSubcommand() const { return m_subcommands.empty(); }

    // Runs the command and calls call.done with the exit code, possibly later. The default hands the call to
    // the family; a command without one must override it.
    virtual void run(CommandCall &call);

    // The parser for this command: its options, `globals` and -h/--help.
    void configure(QCommandLineParser &parser, const QList<QCommandLineOption> &globals) const;
    // `cxsync help PATH` / `cxsync PATH --help`: usage, description and options (of each subcommand, for a
    // family), then the global options.
    QString helpText(const QList<QCommandLineOption> &globals) const;
    // One entry of the command list in `cxsync help`: the synopsis and the description beside or below it.
    QString listEntry() const;

    static QCommandLineOption helpOption();
    // Options several commands take, each with the same meaning.
    static QCommandLineOption jsonOption();
    static QCommandLineOption yesOption(const QString &description);
    static QCommandLineOption dryRunOption();
    static QCommandLineOption userOption(const QString &description);
    static QCommandLineOption sinceOption();
    static QCommandLineOption stateOption();
    static QCommandLineOption limitOption(const QString &description);
    // "  --state STATE    description (default: x)" lines, indented by `indent`.
    static QString optionTable(const QList<QCommandLineOption> &options, int indent);

private:
    QString m_name;
    QString m_synopsis;
    QString m_description;
    QList<QCommandLineOption> m_options;
    std::vector<std::unique_ptr<Command>> m_subcommands;
    Command *m_parent = nullptr;
    Q_DISABLE_COPY_MOVE(Command)
};

// A family whose subcommands one worker runs (it dispatches on CommandCall::args), started once the profile is
// open (its settings and secrets): `users`, `hooks`, `queue`, `log`, `notify`.
class ProfileFamily final : public Command {
public:
    using Start = std::function<void(CommandCall &call)>;

    // `synopsis` empty: "NAME SUBCOMMAND"; `runsAlone`: the family means something without a subcommand.
    ProfileFamily(const QString &name, const QString &synopsis, const QString &description, Start start,
                  bool runsAlone = false);

    bool runsWithoutSubcommand() const override { return m_runsAlone; }
    void run(CommandCall &call) override;

private:
    Start m_start;
    bool m_runsAlone;
};

} // namespace cxsync
