#pragma once

#include "Clock.h"
#include "hooks/SubscriptionManager.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QTextStream;

namespace cxsync {

class Settings;
class SecretStore;
class Journal;
class Connections;
class NotificationInbox;
class NotificationListener;

// `cxsync hooks install | status [--json] | remove`: the change hooks of issue 7. Exchange side: one Graph
// subscription per linked mailbox (SubscriptionManager). CRM side: the custom fields the engine keeps its
// links in are checked; Sage CRM's REST API cannot create fields, so missing ones are listed for the admin.
// Install needs Graph to reach the listener for its validation handshake: when the service is not running
// (the listener's port is free), install answers the handshake itself for the duration of the command.
class HooksCommand final : public QObject {
    Q_OBJECT
public:
    HooksCommand(Settings &settings, SecretStore &secrets, QTextStream &out, QTextStream &err, bool json,
                 QObject *parent = nullptr);
    ~HooksCommand() override;

    void run(const QStringList &args, std::function<void(int)> done);
    static QString usage();

private:
    void install();
    void status();
    void remove();
    void withConnections(std::function<void()> next);
    void withClientState(bool create, std::function<void(QString)> next);
    bool openJournal();
    SubscriptionManager *manager(const QString &clientState);
    void printOutcomes(const QList<SubscriptionOutcome> &outcomes);
    void finish(int code);
    int fail(int code, const QString &message);

    Settings &m_settings;
    SecretStore &m_secrets;
    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json;
    SystemClock m_clock;
    std::function<void(int)> m_done;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<Connections> m_connections;
    std::unique_ptr<NotificationInbox> m_inbox;
    std::unique_ptr<NotificationListener> m_listener;
    std::unique_ptr<SubscriptionManager> m_manager;
    int m_failures = 0;
};

} // namespace cxsync
