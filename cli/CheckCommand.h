#pragma once

#include "Command.h"

#include "Clock.h"
#include "StopSignals.h"
#include "consistency/ConsistencyChecker.h"
#include "consistency/ConsistencyRepairer.h"

#include <QObject>

#include <functional>
#include <memory>

class QTextStream;

namespace cxsync {

class Settings;
class Connections;
class Journal;
class Profile;

// `cxsync check [--user USER] [--json]` and `cxsync repair --dry-run | --yes [--user USER]` (issue 18): a
// consistency check of Exchange, the CRM and the journal's links for the linked users inside the sync window,
// and the guided repair of what it finds. check is read-only: exit 0 when clean, 1 with findings (or when
// part of it could not be read), 2 usage or settings. repair checks first, then applies each finding's repair
// (--yes) or only says what it would do (--dry-run): exit 0 when everything planned was done, 1 when a repair
// failed or findings are left for the admin. Ctrl+C / SIGTERM stop between reads or repairs.
class ConsistencyRun final : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool repair = false; // false: check only
        bool dryRun = false;
        bool json = false;
        QString user;
    };

    ConsistencyRun(Profile &profile, QTextStream &out, QTextStream &err, Options options, QObject *parent = nullptr);
    ~ConsistencyRun() override;

    void run(std::function<void(int)> done);

private:
    void checked(const consistency::CheckReport &report);
    void repaired(const consistency::RepairReport &report);
    void stop();
    void finish(int code);

    Profile &m_profile;
    Settings &m_settings;
    QTextStream &m_out;
    QTextStream &m_err;
    Options m_options;
    Clock &m_clock;
    std::shared_ptr<Connections> m_connections;
    std::shared_ptr<Journal> m_journal;
    std::unique_ptr<consistency::ConsistencyChecker> m_checker;
    std::unique_ptr<consistency::ConsistencyRepairer> m_repairer;
    int m_leftForAdmin = 0;
    StopSignals m_signals;
    std::function<void(int)> m_done;
};

// `cxsync check` on the command line (`cxsync repair`: RepairCommand.h).
std::unique_ptr<Command> makeCheckCommand();

} // namespace cxsync
