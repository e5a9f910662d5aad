#pragma once

#include "Command.h"
#include "JournalCommand.h"

#include <optional>

namespace cxsync {

// The failed-message queue on the command line:
//   queue list [--json] [--state S[,S]] [--user U] [--since DATE] [--limit N] | queue show ID [--json] |
//   queue retry ID | queue retry --all [--state S] [--user U] [--since DATE] | queue discard ID --yes |
//   queue export FILE [--state S[,S]] [--user U] [--since DATE]
// Exit codes: 0 done, 1 the operation failed (unknown id, journal error), 2 usage or settings.
class QueueCommand final : public JournalCommand {
    Q_OBJECT
public:
    using JournalCommand::JournalCommand;

    // `args`: what follows "queue".
    void run(const QStringList &args, std::function<void(int)> done);

    static QString usage();

private:
    int list();
    int show(const QString &id);
    int retry(const QStringList &args);
    int discard(const QStringList &args);
    int exportQueue(const QString &path);
    std::optional<qint64> parseId(const QString &text);
};

// `cxsync queue` and its subcommands.
std::unique_ptr<Command> makeQueueCommand();

} // namespace cxsync
