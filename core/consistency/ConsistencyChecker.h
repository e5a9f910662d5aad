#pragma once

// `cxsync check` and the panel's Check Consistency (issue 18): reads, for the linked users inside the sync
// window, every Outlook item (through ExchangeConnector, whichever kind serves the mailbox), the CRM's
// appointments and the journal's links, and reports what disagrees (ConsistencyAnalysis). Read-only: nothing
// is written to a server or the journal (no cursor is stored, no mailbox is prepared). Asynchronous: start()
// returns at once; progress() while it reads, finished() once.
#include "Clock.h"
#include "ConsistencyAnalysis.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace cxsync {
class Connections;
class Journal;
class Settings;
} // namespace cxsync

namespace cxsync::consistency {

struct CheckOptions {
    QString user; // only this CRM logon or mailbox address (empty: every linked user)
    int mailboxesInFlight = 8;
    int windowPastDays = 30;
    int windowFutureDays = 180;
    sync::MappingOptions mapping;
    sync::ConflictPolicy policy = sync::ConflictPolicy::LastModifiedWins;
    bool crmToExchange = true;
    bool exchangeToCrm = true;
    int massDeletePercent = 20;

    static CheckOptions fromSettings(const Settings &settings);
};

class ConsistencyChecker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsistencyChecker)
public:
    ConsistencyChecker(Connections &connections, Journal &journal, Clock &clock, CheckOptions options,
                       QObject *parent = nullptr);
    ~ConsistencyChecker() override;

    void start();
    // Nothing new is read; the reads under way finish and finished() reports cancelled.
    void cancel();
    bool isRunning() const { return m_running; }
    // The users checked (known once the check has started reading); the repair writes for them.
    const QList<sync::SyncUser> &users() const;
    const QList<sync::SyncUser> &directory() const;

Q_SIGNALS:
    // `done` of `total` steps (mailboxes read, then the CRM, then the confirmations); total 0: unknown.
    void progress(const QString &message, int done, int total);
    void finished(const cxsync::consistency::CheckReport &report);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    bool m_running = false;
};

} // namespace cxsync::consistency

Q_DECLARE_METATYPE(cxsync::consistency::CheckReport)
