#pragma once

#include "Command.h"
#include "StopSignals.h"

#include "Clock.h"
#include "Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

class QDateTime;
class QTextStream;

namespace cxsync {

namespace sync {
class CalendarSync;
class SyncRetries;
struct SyncReport;
} // namespace sync
namespace users {
class UserSync;
}
class Connections;
class Journal;
class Settings;
class LayeredSecretStore;
class Profile;
class TestConnectionCommand;
class SandboxProcess;
class SandboxAdminClient;

// `cxsync demo`: starts the Graph and Sage CRM sandboxes with sample data as a child process (the
// cxsync-sandbox executable, SandboxProcess: this binary holds no sandbox code), which writes a throw-away
// profile and secrets file for them, and runs the product against them, printing each step: Test Connection,
// the user sync (links, no CRM users created), a calendar sync both ways over the sample data, one change
// made on each side by a "user" and a second sync that carries them across. Every figure printed is read from
// the engine's reports or back from the sandboxes through their loopback admin endpoint (SandboxAdminClient).
// The child stops with the demo: at its end, on a failure, on SIGINT/SIGTERM.
class DemoCommand final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString directory; // where the profile, secrets and journal go; empty = a temporary folder
        int users = 50;
        int appointments = 200;
        quint64 seed = 1;
        bool serve = false; // keep the sandboxes running until interrupted
    };

    DemoCommand(Options options, QTextStream &out, QTextStream &err, QObject *parent = nullptr);
    ~DemoCommand() override;

    void run(std::function<void(int)> done);

private:
    // A linked user, from the journal after the user sync.
    struct Person {
        QString crmUserId;
        QString crmName;
        QString address; // the mailbox's address
    };
    // What the sandboxes hold, as read through the admin endpoint: the live communications, and the events
    // of each linked mailbox.
    struct World {
        QList<QJsonObject> communications;
        QHash<QString, QList<QJsonObject>> events; // by mailbox address
    };
    // Their ids, to tell afterwards what a sync run created.
    struct Snapshot {
        QSet<QString> communications;
        QHash<QString, QSet<QString>> events; // by mailbox address
    };
    struct Created {
        QList<QPair<QString, QJsonObject>> events; // (mailbox address, event) new in a linked mailbox
        QList<QJsonObject> communications;         // new live communications
    };

    int fail(const QString &message);
    // Ends the demo with `result`'s error, put into `format` (%1), when it failed (true then).
    template <typename T> bool endsOn(const Result<T> &result, const QString &format = QStringLiteral("%1"))
    {
        if (result.ok())
            return false;
        finish(fail(format.arg(result.error().message)));
        return true;
    }
    void finish(int code);
    void stopOnSignal(int signalNumber);
    void sandboxReady(const QJsonObject &line);
    void showWorld();
    void openEngine();
    void linkUsers();
    void firstSync();
    void describeFirstSync(const World &after);
    void actAsUsers();
    void createCommunicationAs(const Person &person, const QDateTime &start);
    void secondSync();
    void describeSecondSync(const World &after);
    void whereNext();
    qint64 openFailedMessages();
    // A retry pass over the due failed messages, then one calendar sync both ways; `next` gets the report.
    void runSync(std::function<void(const sync::SyncReport &)> next);
    bool reportProblems(const sync::SyncReport &report);
    // Reads the communications and every linked mailbox's events, then calls `next` (on failure the demo
    // ends).
    void readWorld(std::function<void(const World &)> next);
    // Reads the world, runs a sync (runSync), reads it again and hands that to `describe` (m_before: the
    // first).
    void syncAndReadBack(std::function<void(const World &)> describe);
    static Snapshot snapshot(const World &world);
    Created createdSince(const Snapshot &before, const World &after) const;
    QString personName(const QString &crmUserId) const;
    QString eventLine(const QString &mailbox, const QJsonObject &event) const;
    QString communicationLine(const QJsonObject &communication) const;

    Options m_options;
    QTextStream &m_out;
    QTextStream &m_err;
    StopSignals m_signals;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<SandboxAdminClient> m_admin;
    QString m_tempDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<LayeredSecretStore> m_secrets;
    // The demo profile over the two above (its journal and connections, the system clock); the engine's
    // pieces below hold references to it.
    std::unique_ptr<Profile> m_engine;
    std::unique_ptr<TestConnectionCommand> m_test;
    std::function<void(int)> m_done;
    QJsonObject m_line;
    QString m_profile;
    QString m_secretsPath;
    std::shared_ptr<Connections> m_connections;
    std::shared_ptr<Journal> m_journal;
    std::unique_ptr<users::UserSync> m_userSync;
    std::unique_ptr<sync::SyncRetries> m_retries;
    std::unique_ptr<sync::CalendarSync> m_sync;
    QList<Person> m_people;
    Snapshot m_before;
    QString m_outlookSubject; // the two changes the demo makes as users, looked for after the second sync
    QString m_crmSubject;
    QString m_changeMailbox;
    int m_code = 0; // worst outcome so far (a failed write is reported, and the demo goes on)
};

// `cxsync demo` on the command line.
std::unique_ptr<Command> makeDemoCommand();

} // namespace cxsync
