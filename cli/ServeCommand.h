#pragma once

#include "Command.h"

#include "Clock.h"
#include "StopSignals.h"

#include <QObject>

#include <functional>
#include <memory>

class QTextStream;

namespace cxsync {

class Settings;
class SecretStore;
class Journal;
class Connections;
class Profile;
class SyncService;

// `cxsync serve`: runs SyncService (listener, subscriptions, scheduler) until SIGTERM / SIGINT, then lets the
// run under way finish its current write and exits 0. One line per run and per event on standard output, with
// the time; when systemd connects the output to the journal (JOURNAL_STREAM), without the time (the journal
// stamps it) and with its priority instead ("<3>" a failed run or write, "<4>" a warning, "<6>" the rest), so
// `journalctl -u cxsync -p warning` shows what needs the admin.
class ServeCommand final : public QObject {
    Q_OBJECT
public:
    ServeCommand(Profile &profile, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~ServeCommand() override;

    void run(std::function<void(int)> done);
    // As a signal would (tests).
    void requestStop();

private:
    void finish(int code);
    // One message on standard output (stamped) or, for errors of the command itself, standard error
    // ("cxsync: ..."); journal priorities as the class comment says.
    void say(QtMsgType type, const QString &text);
    void complain(const QString &text);
    // The service's error e-mail (DigestSchedule), its outcomes said as before.
    void startErrorMail();

    Profile &m_profile;
    Settings &m_settings;
    SecretStore &m_secrets;
    QTextStream &m_out;
    QTextStream &m_err;
    Clock &m_clock;
    StopSignals m_signals;
    std::function<void(int)> m_done;
    std::shared_ptr<Journal> m_journal;
    std::shared_ptr<Connections> m_connections;
    std::unique_ptr<SyncService> m_service;
    bool m_stopRequested = false;
    bool m_outIsJournal = false;
    bool m_errIsJournal = false;
};

// `cxsync serve` on the command line.
std::unique_ptr<Command> makeServeCommand();

} // namespace cxsync
