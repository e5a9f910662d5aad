#pragma once

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <functional>
#include <memory>

class QCommandLineParser;
class QIODevice;

namespace cxsync {

class CliContext;
class Command;

// The `cxsync` command line: finds the command named in the arguments, parses them with that command's own
// options (plus the global ones; anything else is a usage error naming the option), answers -h/--help and
// `cxsync help`, and runs the command against core. One line per problem on standard error.
// Exit codes: 0 ok, 1 the operation failed, 2 usage error or invalid configuration.
class Cli final : public QObject {
    Q_OBJECT
public:
    enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

    Cli(QStringList arguments, QProcessEnvironment environment, QIODevice *input, QIODevice *output,
        QIODevice *errors, QObject *parent = nullptr);
    ~Cli() override;

    // Runs the command; `done` gets the exit code (possibly later: the keychain answers asynchronously).
    void run(std::function<void(int)> done);

private:
    QStringList m_arguments;
    std::unique_ptr<CliContext> m_context;
    std::unique_ptr<Command> m_commands;          // the root: every command is a child
    std::unique_ptr<QCommandLineParser> m_parser; // the named command's, read while it runs
    Q_DISABLE_COPY_MOVE(Cli)
};

} // namespace cxsync
