#pragma once

#include "Command.h"

#include "Clock.h"
#include "StopSignals.h"
#include "sync/CalendarSync.h"
#include "sync/SyncRetries.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QTextStream;

namespace cxsync {

class Settings;
class Connections;
class Journal;
class Profile;

// `cxsync sync --once | --watch [--dry-run] [--yes] [--user USER]`: one calendar synchronization run, or one
// every Poll Interval until SIGTERM / Ctrl+C (the run in progress stops between writes, so nothing is left
// half-written). Progress per mailbox; --dry-run prints the planned creates / updates / deletes per side and
// the invitations and cancellations that would be sent, and writes nothing. A run that would delete more than
// the safety share of a mailbox is declined unless --yes. Exit codes: 0 all written, 1 something failed (or
// a safety stop was declined), 2 usage or settings, 130 interrupted by SIGINT (Ctrl+C; 143 for SIGTERM) in
// the middle of a run: the writes done are kept, the last line says how many were done and how many were not
// started, and the next run continues with those. A second Ctrl+C quits at once.
class SyncCommand final : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool once = true;
        bool dryRun = false;
        bool yes = false;
        QString user;
    };

    SyncCommand(Profile &profile, QTextStream &out, QTextStream &err, Options options, QObject *parent = nullptr);
    ~SyncCommand() override;

    void run(std::function<void(int)> done);
    // Ends --watch after the current run (also what SIGTERM / SIGINT do).
    void requestStop();

private:
    void startRun();
    void startSync(const sync::SyncRunOptions &options);
    void printReport(const sync::SyncReport &report);
    void printInterrupted(const sync::SyncReport &report);
    void finish(int code);

    Profile &m_profile;
    Settings &m_settings;
    QTextStream &m_out;
    QTextStream &m_err;
    Options m_options;
    Clock &m_clock;
    std::shared_ptr<Connections> m_connections;
    std::shared_ptr<Journal> m_journal;
    std::unique_ptr<sync::CalendarSync> m_sync;
    std::unique_ptr<sync::SyncRetries> m_retries; // due failed messages, retried before each run
    bool m_retrying = false;
    StopSignals m_signals;
    QTimer m_next;
    bool m_stop = false;
    int m_worst = 0;
    std::function<void(int)> m_done;
};

// `cxsync sync` on the command line.
std::unique_ptr<Command> makeSyncCommand();

} // namespace cxsync
