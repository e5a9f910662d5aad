#pragma once

#include "Clock.h"
#include "Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace cxsync {

class Connections;
class Journal;
class SecretStore;
class Settings;

// One configured profile as the panel, every CLI command and the service use it: its settings, the secrets a
// run reads, the clock, and, opened on first use and kept, its journal and its server connections. Nothing
// else in the product opens the journal or builds Connections (workers on another thread ask for a connection
// of their own: SQLite connections belong to one thread).
//
// The journal and the connections are handed out shared: whoever runs with them keeps them alive, so reload()
// (the panel saved new settings or secrets) and close() never pull them from under a run in progress; the
// next caller gets new ones.
class Profile final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Profile)
public:
    // `settings` and `secrets` outlive the profile (the CLI's context or the panel's main own them). Without a
    // clock, the system clock.
    Profile(Settings &settings, SecretStore &secrets, Clock *clock = nullptr, QObject *parent = nullptr);
    ~Profile() override;

    Settings &settings() { return m_settings; }
    const Settings &settings() const { return m_settings; }
    SecretStore &secrets() { return m_secrets; }
    Clock &clock() { return *m_clock; }

    // The journal, opened on first use (on this object's thread) and kept until reload() / close(). A failure
    // is not kept: the next call tries again.
    Result<std::shared_ptr<Journal>> journal();
    // A connection of its own to the same journal, for a worker thread (call it on that thread; the caller
    // owns it).
    Result<std::unique_ptr<Journal>> openJournalForThread() const;
    // openJournalForThread() for a worker started from this object's thread: the journal's path is read here
    // (the settings are read on this thread only), the connection is opened on the thread that calls the
    // function (the caller owns it). The function needs nothing of the profile once made.
    using JournalOpener = std::function<Result<std::unique_ptr<Journal>>()>;
    JournalOpener journalOpenerForThread() const;
    QString journalPath() const;

    using ConnectionsCallback = std::function<void(Result<std::shared_ptr<Connections>>)>;
    // The connections to the profile's servers, built once from the settings and the secrets they name (read
    // the first time, asynchronously); callers asking while they are built are answered together, in order.
    // Settings that do not validate or a missing secret come back as ErrorKind::Invalid. A failure is not
    // kept.
    void connections(ConnectionsCallback done);

    // Both, for what talks to the servers and records what it did (sync, hooks, user sync, check, repair).
    struct Servers {
        std::shared_ptr<Connections> connections;
        std::shared_ptr<Journal> journal;
    };
    void servers(std::function<void(Result<Servers>)> done);

    // Settings or secrets changed: the next callers get a journal and connections built anew (callers waiting
    // for connections under way get those). Holders keep what they have.
    void reload();
    // Lets go of the journal and the connections (holders keep theirs until they let go).
    void close();

private:
    Settings &m_settings;
    SecretStore &m_secrets;
    std::unique_ptr<Clock> m_ownClock;
    Clock *m_clock;
    std::shared_ptr<Journal> m_journal;
    std::shared_ptr<Connections> m_connections;
    std::vector<ConnectionsCallback> m_waiting;
    bool m_opening = false;
    quint64 m_generation = 0; // bumped by reload()/close(): connections opened for an older one are not kept
};

} // namespace cxsync
