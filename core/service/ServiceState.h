#pragma once

#include "Clock.h"
#include "Result.h"
#include "store/EnumNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QString>

#include <optional>

namespace cxsync {

class Journal;
namespace sync {
struct SyncReport;
}

// What the last `cxsync serve` on this journal said about itself (journal table `service_state`).
struct ServiceHeartbeat {
    qint64 pid = 0;
    QString host;
    QDateTime startedUtc;
    QDateTime heartbeatUtc;
    int pollIntervalSecs = 0;
    QString listenUrl; // where the listener itself listens (bind address:port + path); empty without push
    QString publicUrl; // the URL Graph calls (Listener Public URL)
    QDateTime lastRunUtc;
    bool lastRunOk = false;
    QString lastRunResult; // one line, in the service's language
    QDateTime stoppedUtc;  // set by a clean stop
};

// Whether the service is running, judged from its heartbeat (the panel cannot ask the process: it may run on
// another machine or as another user; the journal is what both see).
enum class ServiceLiveness {
    NeverStarted, // no heartbeat in this journal
    Running,      // a heartbeat within two poll intervals
    Stopped,      // stopped cleanly
    NotResponding // no heartbeat for more than two poll intervals and no clean stop: crashed, killed or hung
};
// The names the panel's object property, `cxsync status --json` and the dashboard use.
template <> struct EnumNames<ServiceLiveness> {
    static constexpr EnumName<ServiceLiveness> names[] = {{ServiceLiveness::NeverStarted, "neverStarted"},
                                                          {ServiceLiveness::Running, "running"},
                                                          {ServiceLiveness::Stopped, "stopped"},
                                                          {ServiceLiveness::NotResponding, "notResponding"}};
    static QString what() { return QCoreApplication::translate("cxsync::ServiceState", "a service state"); }
};


// The service's heartbeat. SyncService writes it on start, at every poll and on stop, and records each run's
// end; failures to write are logged (cxsync.service.state) and never stop the service.
class ServiceState final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::ServiceState)
public:
    ServiceState(Journal &journal, Clock &clock);

    // This process (pid, host name) starts: replaces the previous service's row.
    Status started(const QString &listenUrl, const QString &publicUrl, int pollIntervalSecs);
    Status beat();
    Status runFinished(const QString &scope, const sync::SyncReport &report);
    Status stopped();

    static Result<std::optional<ServiceHeartbeat>> read(Journal &journal);
    // A heartbeat older than twice the poll interval (the service's own, else `pollIntervalSecs`) is not
    // running.
    static ServiceLiveness liveness(const std::optional<ServiceHeartbeat> &heartbeat, const QDateTime &nowUtc,
                                    int pollIntervalSecs);
    // http(s)://bind:port/path of the listener, for the heartbeat.
    static QString listenUrl(const QHostAddress &bind, quint16 port, const QString &publicUrl, bool tls);

private:
    Status exec(const QString &sql, const QVariantList &values, const char *what);

    Journal &m_journal;
    Clock &m_clock;
};

} // namespace cxsync
