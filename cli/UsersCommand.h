#pragma once

#include "Command.h"

#include "Clock.h"
#include "Result.h"
#include "StopSignals.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QIODevice;
class QTextStream;

namespace cxsync {

class Settings;
class Connections;
class Journal;
class Profile;

namespace users {
class UserSync;
struct UserSyncPlan;
struct UserSyncReport;
} // namespace users

// `cxsync users sync|list|disable|enable`:
//   sync [--dry-run] [--yes] [--json]  prints the plan (links by rule, creations, unlinks, conflicts, skips),
//                                      then applies it. Creating CRM users needs --yes, or a "y" at the
//                                      prompt when standard input is a terminal; otherwise links are applied
//                                      and the creations are declined, and the output says so. --dry-run
//                                      writes nothing.
//   list [--json]                      the journal's view of every CRM user (no network).
//   disable USER | enable USER         USER: CRM logon, CRM user id or mailbox address.
// Exit codes: 0 done (conflicts and skips are reported, not failures), 1 a read or write failed, 2 usage or
// settings, 130 `users sync` interrupted by SIGINT (Ctrl+C; 143 for SIGTERM): the writes under way finish,
// nothing new starts, the last line says what was applied and what was not, and the next `users sync`
// finishes the work. A second Ctrl+C quits at once.
class UsersCommand final : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool dryRun = false;
        bool yes = false;
        bool json = false;
    };

    UsersCommand(Profile &profile, QIODevice *input, QTextStream &out, QTextStream &err, Options options,
                 QObject *parent = nullptr);
    ~UsersCommand() override;

    // `args`: what follows "users".
    void run(const QStringList &args, std::function<void(int)> done);

    static QString usage();

private:
    void openConnections(std::function<void()> next);
    void sync();
    void confirmAndApply(const users::UserSyncPlan &plan);
    void printPlan(const users::UserSyncPlan &plan);
    void printReport(const users::UserSyncReport &report, const users::UserSyncPlan &plan);
    int list();
    void disable(const QString &user);
    int enable(const QString &user);
    bool openJournal();
    bool stdinIsTerminal() const;
    void finish(int code);
    int fail(int code, const QString &message);
    void requestStop();

    Profile &m_profile;
    Settings &m_settings;
    QIODevice *m_input;
    QTextStream &m_out;
    QTextStream &m_err;
    Options m_options;
    Clock &m_clock;
    std::shared_ptr<Connections> m_connections;
    std::shared_ptr<Journal> m_journal;
    std::unique_ptr<users::UserSync> m_sync;
    std::function<void(int)> m_done;
    StopSignals m_signals;
    bool m_interrupted = false;
};

// `cxsync users` and its subcommands.
std::unique_ptr<Command> makeUsersCommand();

} // namespace cxsync
