#pragma once

// The health dashboard's figures (issue 18), read from the journal alone: no server is asked, so the panel
// and `cxsync status` answer at once and a monitoring system can call it every minute.
#include "Clock.h"
#include "Result.h"
#include "canary/CanaryJournal.h"
#include "hooks/SubscriptionHealth.h"
#include "service/ServiceState.h"
#include "users/UserSyncTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace cxsync {

class Journal;

namespace health {

// Red: something is broken and changes are not crossing (or will not, soon); amber: degraded or needing a
// look; green: nothing to do. The order matters: the worst level wins.
enum class Level { Green, Amber, Red };
QString levelName(Level level);  // green | amber | red (stable, for JSON and tests)
QString levelLabel(Level level); // translated

// A mailbox's subscription and canary as JSON, `cxsync status` and the dashboard name them:
// healthy | expiring | failed | none, and the canary state's name or empty without a round.
QString subscriptionName(const std::optional<SubscriptionHealth> &subscription);
QString canaryName(const std::optional<canary::CanaryState> &state);

// The period the series cover, ending now.
enum class Period { Day, Week };
QString periodName(Period period); // 24h | 7d
std::optional<Period> periodFromName(const QString &name);
QString serviceStateName(ServiceLiveness liveness); // running | stopped | notResponding | neverStarted

// A span of time as the dashboard, `cxsync status` and the panel's Service tab say it (translated, one
// wording): "45 seconds" up to 2 minutes, then "12 minutes", "3 hours" (from 2 hours), "2 days" (from 2
// days). A negative span (a clock ahead of this one) is 0 seconds.
QString durationText(qint64 secs);

// When a figure turns amber or red. The defaults are what docs/admin-guide.md ("Dashboard and cxsync status")
// documents.
struct Thresholds {
    // An open failed message (waiting, retrying or parked) whose first failure is older than this: red. Any
    // younger open failure: amber. The retry schedule's first intervals fit well inside an hour, so a failure
    // still open after it is not a passing hiccup.
    qint64 failedRedAgeSecs = 60 * 60;
    // A linked mailbox whose changes were not read successfully for this long: amber, then red. The service
    // reads every mailbox at least every five minutes (its full run), so half an hour is six missed runs.
    qint64 staleAmberSecs = 30 * 60;
    qint64 staleRedSecs = 6 * 60 * 60;
    // Propagation latency p99 over the period above this: amber (the legacy product took one to two minutes).
    qint64 latencyP99AmberMs = 5 * 60 * 1000;
};

// Why a level is what it is. `code` is stable (JSON, tests); `message` is for people.
struct Reason {
    Level level = Level::Green;
    QString code;
    QString message;
    QString mailbox; // the mailbox it concerns, if one
};

// One mailbox of user_links (linked, excluded or in conflict).
struct MailboxHealth {
    QString crmUserId;
    QString crmLogon;
    QString crmName;
    QString mailbox;        // the address
    QString exchangeUserId; // what the engine's journal rows name the mailbox by
    QString server;         // the Exchange server's name; empty: the primary one
    users::LinkState linkState = users::LinkState::Linked; // linked, excluded or conflict
    QDateTime lastSyncUtc;  // its changes last read successfully (invalid: never)
    QString lastError;      // the newest open failure's error, else the link's last error
    QDateTime lastErrorUtc;
    std::optional<SubscriptionHealth> subscription; // none: the mailbox has no change subscription
    QString subscriptionDetail;
    int failedOpen = 0; // waiting, retrying or parked
    int failedParked = 0;
    QDateTime oldestFailureUtc;
    // The newest canary round of this mailbox, when the journal has canary rounds; none: no round.
    std::optional<canary::CanaryState> canaryState;
    qint64 canaryLatencyMs = -1;
    QDateTime canaryUtc;
    Level level = Level::Green;
    QList<Reason> reasons;
};

struct Latency {
    qint64 count = 0;
    qint64 p50Ms = -1; // nearest rank; -1 without samples
    qint64 p99Ms = -1;
};

// One hour of the period (UTC), empty hours included.
struct HourBucket {
    QDateTime hourUtc;
    qint64 writesToExchange = 0;
    qint64 writesToCrm = 0;
    qint64 conflicts = 0;
    qint64 failures = 0;
    Latency toExchange;
    Latency toCrm;
};

struct HealthReport {
    Q_DECLARE_TR_FUNCTIONS(cxsync::health::HealthReport)
public:
    QDateTime generatedUtc;
    Period period = Period::Day;
    QDateTime fromUtc;
    QString user; // the --user filter, if any
    Level level = Level::Green;
    QList<Reason> reasons; // the worst first
    ServiceLiveness service = ServiceLiveness::NeverStarted;
    std::optional<ServiceHeartbeat> heartbeat;
    QList<MailboxHealth> mailboxes; // by logon
    QList<HourBucket> hours;        // oldest first
    QMap<QString, qint64> failuresByKind;
    qint64 writesToExchange = 0;
    qint64 writesToCrm = 0;
    qint64 conflicts = 0;
    qint64 failures = 0;
    // CRM → Exchange: the CRM record's update stamp → the Exchange write confirmed (transaction_log
    // latency_ms); Exchange → CRM: the change notification received → the run that read it finished.
    Latency toExchange;
    Latency toCrm;
    qint64 elapsedMs = 0; // how long reading took

    // The document `cxsync status --json` prints (field names in docs/admin-guide.md).
    QJsonObject toJson() const;
};

// Reads a HealthReport from the journal. Every series is one aggregate query over an indexed time range
// (journal migration 9), so the cost follows the rows in the period, not the journal's size.
class HealthReader final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::health::HealthReader)
public:
    // `pollIntervalSecs`: the settings' poll interval, for a service that never said its own.
    HealthReader(Journal &journal, Clock &clock, int pollIntervalSecs, Thresholds thresholds = {});

    // `user`: a CRM logon, mailbox address or Exchange user id (case-insensitive) narrows the mailboxes and
    // the series to that mailbox; NotFound when no mailbox matches. Empty: everything.
    Result<HealthReport> read(Period period, const QString &user = {}) const;

    const Thresholds &thresholds() const { return m_thresholds; }

private:
    Journal &m_journal;
    Clock &m_clock;
    int m_pollIntervalSecs;
    Thresholds m_thresholds;
};

} // namespace health
} // namespace cxsync
