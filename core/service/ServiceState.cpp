#include "service/ServiceState.h"

#include "store/Journal.h"
#include "store/JournalSql.h"
#include "sync/CalendarSync.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

Q_LOGGING_CATEGORY(lcServiceState, "cxsync.service.state", QtInfoMsg)

namespace cxsync {

namespace {

using journalsql::fromStamp;
using journalsql::stamp;

} // namespace

ServiceState::ServiceState(Journal &journal, Clock &clock) : m_journal(journal), m_clock(clock) {}

Status ServiceState::exec(const QString &sql, const QVariantList &values, const char *what)
{
    QSqlQuery query(m_journal.database());
    query.prepare(sql);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        const QString message = tr("The journal could not record the service's %1: %2")
                                    .arg(QString::fromLatin1(what), query.lastError().text());
        qCWarning(lcServiceState).noquote() << message;
        return makeError(ErrorKind::Storage, message);
    }
    return {};
}

Status ServiceState::started(const QString &listenUrl, const QString &publicUrl, int pollIntervalSecs)
{
    const QString now = stamp(m_clock.nowUtc());
    return exec(QStringLiteral(
                    "INSERT OR REPLACE INTO service_state (id, pid, host, started_utc, heartbeat_utc, "
                    "poll_interval_secs, listen_url, public_url, last_run_utc, last_run_ok, "
                    "last_run_result, stopped_utc) VALUES (1, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL)"),
                {QCoreApplication::applicationPid(), QHostInfo::localHostName(), now, now, pollIntervalSecs,
                 listenUrl.isEmpty() ? QVariant() : QVariant(listenUrl),
                 publicUrl.isEmpty() ? QVariant() : QVariant(publicUrl)},
                "start");
}

Status ServiceState::beat()
{
    return exec(
        QStringLiteral(
            "UPDATE service_state SET heartbeat_utc = ? WHERE id = 1 AND pid = ? AND stopped_utc IS NULL"),
        {stamp(m_clock.nowUtc()), QCoreApplication::applicationPid()}, "heartbeat");
}

Status ServiceState::runFinished(const QString &scope, const sync::SyncReport &report)
{
    QString result;
    if (!report.error.isEmpty())
        result = tr("%1: failed: %2").arg(scope, report.error);
    else {
        const sync::SyncCounts &d = report.done;
        const int written = d.exchangeCreates + d.exchangeUpdates + d.exchangeDeletes + d.crmCreates +
                            d.crmUpdates + d.crmDeletes;
        result = tr("%1: %2 change(s) written, %3 failed, %4 ms")
                     .arg(scope)
                     .arg(written)
                     .arg(report.failed)
                     .arg(report.durationMs);
        if (report.cancelled)
            result += tr(" (stopped early)");
    }
    const QString now = stamp(m_clock.nowUtc());
    // A finished run is also a sign of life, unless the service has already said it stopped.
    return exec(
        QStringLiteral("UPDATE service_state SET last_run_utc = ?, last_run_ok = ?, last_run_result = ?, "
                       "heartbeat_utc = CASE WHEN stopped_utc IS NULL THEN ? ELSE heartbeat_utc END "
                       "WHERE id = 1 AND pid = ?"),
        {now, report.error.isEmpty() && report.failed == 0 ? 1 : 0, result, now,
         QCoreApplication::applicationPid()},
        "last run");
}

Status ServiceState::stopped()
{
    const QString now = stamp(m_clock.nowUtc());
    return exec(QStringLiteral(
                    "UPDATE service_state SET stopped_utc = ?, heartbeat_utc = ? WHERE id = 1 AND pid = ?"),
                {now, now, QCoreApplication::applicationPid()}, "stop");
}

Result<std::optional<ServiceHeartbeat>> ServiceState::read(Journal &journal)
{
    QSqlQuery query(journal.database());
    if (!query.exec(
            QStringLiteral("SELECT pid, host, started_utc, heartbeat_utc, poll_interval_secs, listen_url, "
                           "public_url, last_run_utc, last_run_ok, last_run_result, stopped_utc "
                           "FROM service_state WHERE id = 1")))
        return makeError(
            ErrorKind::Storage,
            tr("The journal could not read the service's heartbeat: %1").arg(query.lastError().text()));
    if (!query.next())
        return std::optional<ServiceHeartbeat>();
    ServiceHeartbeat h;
    h.pid = query.value(0).toLongLong();
    h.host = query.value(1).toString();
    h.startedUtc = fromStamp(query.value(2));
    h.heartbeatUtc = fromStamp(query.value(3));
    h.pollIntervalSecs = query.value(4).toInt();
    h.listenUrl = query.value(5).toString();
    h.publicUrl = query.value(6).toString();
    h.lastRunUtc = fromStamp(query.value(7));
    h.lastRunOk = query.value(8).toInt() == 1;
    h.lastRunResult = query.value(9).toString();
    h.stoppedUtc = fromStamp(query.value(10));
    return std::optional<ServiceHeartbeat>(h);
}

ServiceLiveness ServiceState::liveness(const std::optional<ServiceHeartbeat> &heartbeat,
                                       const QDateTime &nowUtc, int pollIntervalSecs)
{
    if (!heartbeat)
        return ServiceLiveness::NeverStarted;
    if (heartbeat->stoppedUtc.isValid())
        return ServiceLiveness::Stopped;
    const int interval = heartbeat->pollIntervalSecs > 0 ? heartbeat->pollIntervalSecs : pollIntervalSecs;
    if (!heartbeat->heartbeatUtc.isValid() ||
        heartbeat->heartbeatUtc.secsTo(nowUtc) > 2 * qint64(qMax(1, interval)))
        return ServiceLiveness::NotResponding;
    return ServiceLiveness::Running;
}

QString ServiceState::listenUrl(const QHostAddress &bind, quint16 port, const QString &publicUrl, bool tls)
{
    QUrl url;
    url.setScheme(tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(bind.toString());
    url.setPort(port);
    url.setPath(QUrl(publicUrl).path());
    return url.toString();
}

} // namespace cxsync
