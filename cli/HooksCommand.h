#pragma once

#include "Command.h"

#include "Clock.h"
#include "hooks/HooksInstaller.h"
#include "hooks/SubscriptionManager.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QTextStream;

namespace cxsync {

class Settings;
class Journal;
class Connections;
class Profile;

// `cxsync hooks install | status [--json] | remove`: the change hooks of issue 7. install is HooksInstaller
// (shared with the panel's Install Scripts button) printed to the terminal; status is the journal's view with
// each subscription's health (SubscriptionAssessment); remove deletes the subscriptions at Graph.
class HooksCommand final : public QObject {
    Q_OBJECT
public:
    HooksCommand(Profile &profile, QTextStream &out, QTextStream &err, bool json, QObject *parent = nullptr);
    ~HooksCommand() override;

    void run(const QStringList &args, std::function<void(int)> done);
    static QString usage();

private:
    void install();
    void status();
    void remove();
    void withConnections(std::function<void()> next);
    bool openJournal();
    SubscriptionManager *manager(const QString &clientState);
    void printOutcomes(const QList<SubscriptionOutcome> &outcomes);
    void finish(int code);
    int fail(int code, const QString &message);

    Profile &m_profile;
    Settings &m_settings;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json;
    Clock &m_clock;
    std::function<void(int)> m_done;
    std::shared_ptr<Journal> m_journal;
    std::shared_ptr<Connections> m_connections;
    std::unique_ptr<SubscriptionManager> m_manager;
    std::unique_ptr<HooksInstaller> m_installer;
    int m_failures = 0;
};

// `cxsync hooks` and its subcommands.
std::unique_ptr<Command> makeHooksCommand();

} // namespace cxsync
