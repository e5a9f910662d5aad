#pragma once

#include "Command.h"
#include "JournalCommand.h"

namespace cxsync {

// The transaction log on the command line:
//   log [--since DATE] [--user U] [--json] [--limit N] | log export FILE [--since DATE] [--user U] | log
//   prune
// Exit codes: 0 done, 1 the operation failed (journal or file error), 2 usage or settings.
class LogCommand final : public JournalCommand {
    Q_OBJECT
public:
    using JournalCommand::JournalCommand;

    // `args`: what follows "log".
    void run(const QStringList &args, std::function<void(int)> done);

    static QString usage();

private:
    int printLog();
    int exportLog(const QString &path);
    int pruneLog();
};

// `cxsync log` and its subcommands.
std::unique_ptr<Command> makeLogCommand();

} // namespace cxsync
