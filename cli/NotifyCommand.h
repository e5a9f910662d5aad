#pragma once

#include "Command.h"
#include "JournalCommand.h"

namespace cxsync {

namespace notify {
class ErrorMailer;
class ErrorNotifier;
} // namespace notify

// The error e-mail on the command line: `notify test` (a test mail now) | `notify digest` (the error digest,
// if one is due). Exit codes: 0 done, 1 the mail or the journal failed, 2 usage or settings.
class NotifyCommand final : public JournalCommand {
    Q_OBJECT
public:
    NotifyCommand(Profile &profile, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~NotifyCommand() override;

    // `args`: what follows "notify".
    void run(const QStringList &args, std::function<void(int)> done);

    static QString usage();

private:
    std::unique_ptr<notify::ErrorMailer> m_mailer;
    std::unique_ptr<notify::ErrorNotifier> m_notifier;
};

// `cxsync notify` and its subcommands.
std::unique_ptr<Command> makeNotifyCommand();

} // namespace cxsync
