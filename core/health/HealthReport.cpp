#include "health/HealthReport.h"

#include "hooks/SubscriptionHealth.h"
#include "hooks/SubscriptionManager.h"
#include "store/Journal.h"
#include "store/JournalSql.h"
#include "users/UserLinkStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace cxsync::health {

using namespace journalsql;

QString levelName(Level level)
{
    switch (level) {
    case Level::Green:
        return QStringLiteral("green");
    case Level::Amber:
        return QStringLiteral("amber");
    case Level::Red:
        return QStringLiteral("red");
    }
    return {};
}

QString subscriptionName(const std::optional<SubscriptionHealth> &subscription)
{
    return subscription ? SubscriptionAssessment::name(*subscription) : QStringLiteral("none");
}

QString canaryName(const std::optional<canary::CanaryState> &state)
{
    return state ? canary::stateName(*state) : QString();
}

QString levelLabel(Level level)
{
    switch (level) {
    case Level::Green:
        return HealthReport::tr("Green");
    case Level::Amber:
        return HealthReport::tr("Amber");
    case Level::Red:
        return HealthReport::tr("Red");
    }
    return {};
}

QString periodName(Period period)
{
    return period == Period::Week ? QStringLiteral("7d") : QStringLiteral("24h");
}

std::optional<Period> periodFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("24h") || n == QLatin1String("1d"))
        return Period::Day;
    if (n == QLatin1String("7d") || n == QLatin1String("1w"))
        return Period::Week;
    return std::nullopt;
}

QString serviceStateName(ServiceLiveness liveness)
{
    return enumName(liveness);
}

QString durationText(qint64 secs)
{
    secs = qMax<qint64>(0, secs);
    if (secs < 120)
        return HealthReport::tr("%n second(s)", nullptr, int(secs));
    if (secs < 2 * 3600)
        return HealthReport::tr("%n minute(s)", nullptr, int(secs / 60));
    if (secs < 2 * 86400)
        return HealthReport::tr("%n hour(s)", nullptr, int(secs / 3600));
    return HealthReport::tr("%n day(s)", nullptr, int(secs / 86400));
}

namespace {

// Writes that crossed: applied (or applied by a retry) between the two sides. Link bookkeeping and conflict
// records are not writes.
// (`+direction`: the unary plus keeps SQLite on the time-leading covering index transaction_log_health
// instead of the direction index, which would read every row of the period from the table.)
const QString kIsWrite = QStringLiteral(
    "result IN ('ok','resolved') AND action NOT IN ('link','unlink','conflict') AND +direction = ?");

// "2026-12-07T17" of a stamp: the hour it falls in.
const QString kHourOf = QStringLiteral("substr(%1, 1, 13)");

QString hourKey(const QDateTime &utc)
{
    return stamp(utc).left(13);
}

// Mailbox keys of one link as journal rows name them, lower case.
struct MailboxKeys {
    QString crmUserId;
    QString id;      // exchange user id
    QString address; // mailbox address
};

// The filter on a series for one mailbox: `column` holds the mailbox (any of its names).
void mailboxFilter(const std::optional<MailboxKeys> &only, const QString &column, QString *sql,
                   QVariantList *binds)
{
    if (!only)
        return;
    *sql += QStringLiteral(" AND %1 COLLATE NOCASE IN (?, ?)").arg(column);
    *binds << only->id << only->address;
}

Reason because(Level level, const QString &code, const QString &message, const QString &mailbox = QString())
{
    Reason r;
    r.level = level;
    r.code = code;
    r.message = message;
    r.mailbox = mailbox;
    return r;
}

Level worse(Level a, Level b)
{
    return int(a) >= int(b) ? a : b;
}

// Nearest-rank p50 and p99 of `source`'s (h, l) rows, per hour h and over all, in SQL: a window numbers
// each hour's latencies in order and only the two ranks leave the database.
Status percentiles(QSqlDatabase db, const QString &source, const QVariantList &binds,
                   QHash<QString, Latency> *byHour, Latency *all)
{
    const QString ranks = QStringLiteral("(rn = (n * 50 + 99) / 100 OR rn = (n * 99 + 99) / 100)");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("WITH s(h, l) AS (%1) SELECT h, l, rn, n FROM (SELECT h, l,"
                             " row_number() OVER (PARTITION BY h ORDER BY l) AS rn,"
                             " count(*) OVER (PARTITION BY h) AS n FROM s) WHERE %2")
                  .arg(source, ranks));
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (Status s = execOrError(q); !s.ok())
        return s;
    auto take = [](Latency &lat, qint64 l, qint64 rn, qint64 n) {
        lat.count = n;
        if (rn == (n * 50 + 99) / 100)
            lat.p50Ms = l;
        if (rn == (n * 99 + 99) / 100)
            lat.p99Ms = l;
    };
    while (q.next())
        take((*byHour)[q.value(0).toString()], q.value(1).toLongLong(), q.value(2).toLongLong(),
             q.value(3).toLongLong());
    QSqlQuery t(db);
    t.setForwardOnly(true);
    t.prepare(QStringLiteral("WITH s(h, l) AS (%1) SELECT l, rn, n FROM (SELECT l,"
                             " row_number() OVER (ORDER BY l) AS rn, count(*) OVER () AS n FROM s) WHERE %2")
                  .arg(source, ranks));
    for (const QVariant &v : binds)
        t.addBindValue(v);
    if (Status s = execOrError(t); !s.ok())
        return s;
    while (t.next())
        take(*all, t.value(0).toLongLong(), t.value(1).toLongLong(), t.value(2).toLongLong());
    return {};
}

bool tableExists(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next();
}

QJsonValue stampOrNullJson(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(stamp(utc)) : QJsonValue(QJsonValue::Null);
}

QJsonObject latencyJson(const Latency &l)
{
    QJsonObject o{{QStringLiteral("count"), l.count}};
    if (l.count > 0) {
        o.insert(QStringLiteral("p50Ms"), l.p50Ms);
        o.insert(QStringLiteral("p99Ms"), l.p99Ms);
    }
    return o;
}

QJsonArray reasonsJson(const QList<Reason> &reasons)
{
    QJsonArray a;
    for (const Reason &r : reasons) {
        QJsonObject o{{QStringLiteral("level"), levelName(r.level)},
                      {QStringLiteral("code"), r.code},
                      {QStringLiteral("message"), r.message}};
        if (!r.mailbox.isEmpty())
            o.insert(QStringLiteral("mailbox"), r.mailbox);
        a.append(o);
    }
    return a;
}

void sortReasons(QList<Reason> &reasons)
{
    std::stable_sort(reasons.begin(), reasons.end(),
                     [](const Reason &a, const Reason &b) { return int(a.level) > int(b.level); });
}

} // namespace

QJsonObject HealthReport::toJson() const
{
    QJsonObject service{{QStringLiteral("state"), serviceStateName(this->service)}};
    if (heartbeat) {
        service.insert(QStringLiteral("host"), heartbeat->host);
        service.insert(QStringLiteral("pid"), heartbeat->pid);
        service.insert(QStringLiteral("heartbeatUtc"), stampOrNullJson(heartbeat->heartbeatUtc));
        service.insert(QStringLiteral("lastRunUtc"), stampOrNullJson(heartbeat->lastRunUtc));
        if (heartbeat->lastRunUtc.isValid())
            service.insert(QStringLiteral("lastRunOk"), heartbeat->lastRunOk);
        service.insert(QStringLiteral("push"), !heartbeat->listenUrl.isEmpty());
    }
    QJsonArray boxes;
    for (const MailboxHealth &m : mailboxes) {
        QJsonObject o{{QStringLiteral("crmUserId"), m.crmUserId},
                      {QStringLiteral("crmLogon"), m.crmLogon},
                      {QStringLiteral("crmName"), m.crmName},
                      {QStringLiteral("mailbox"), m.mailbox},
                      {QStringLiteral("exchangeUserId"), m.exchangeUserId},
                      {QStringLiteral("server"), m.server},
                      {QStringLiteral("linkState"), users::stateName(m.linkState)},
                      {QStringLiteral("level"), levelName(m.level)},
                      {QStringLiteral("lastSyncUtc"), stampOrNullJson(m.lastSyncUtc)},
                      {QStringLiteral("lastError"), m.lastError},
                      {QStringLiteral("lastErrorUtc"), stampOrNullJson(m.lastErrorUtc)},
                      {QStringLiteral("subscription"), subscriptionName(m.subscription)},
                      {QStringLiteral("subscriptionDetail"), m.subscriptionDetail},
                      {QStringLiteral("failedOpen"), m.failedOpen},
                      {QStringLiteral("failedParked"), m.failedParked},
                      {QStringLiteral("oldestFailureUtc"), stampOrNullJson(m.oldestFailureUtc)},
                      {QStringLiteral("reasons"), reasonsJson(m.reasons)}};
        if (m.canaryState) {
            QJsonObject canary{{QStringLiteral("state"), canaryName(m.canaryState)},
                               {QStringLiteral("startedUtc"), stampOrNullJson(m.canaryUtc)}};
            if (m.canaryLatencyMs >= 0)
                canary.insert(QStringLiteral("latencyMs"), m.canaryLatencyMs);
            o.insert(QStringLiteral("canary"), canary);
        }
        boxes.append(o);
    }
    QJsonObject kinds;
    for (auto it = failuresByKind.cbegin(); it != failuresByKind.cend(); ++it)
        kinds.insert(it.key(), it.value());
    QJsonArray hourArray;
    for (const HourBucket &h : hours) {
        QJsonObject o{{QStringLiteral("hourUtc"), stamp(h.hourUtc)},
                      {QStringLiteral("writesCrmToExchange"), h.writesToExchange},
                      {QStringLiteral("writesExchangeToCrm"), h.writesToCrm},
                      {QStringLiteral("conflicts"), h.conflicts},
                      {QStringLiteral("failures"), h.failures},
                      {QStringLiteral("latencyCrmToExchange"), latencyJson(h.toExchange)},
                      {QStringLiteral("latencyExchangeToCrm"), latencyJson(h.toCrm)}};
        hourArray.append(o);
    }
    QJsonObject o{
        {QStringLiteral("generatedUtc"), stamp(generatedUtc)},
        {QStringLiteral("period"), periodName(period)},
        {QStringLiteral("fromUtc"), stamp(fromUtc)},
        {QStringLiteral("level"), levelName(level)},
        {QStringLiteral("reasons"), reasonsJson(reasons)},
        {QStringLiteral("service"), service},
        {QStringLiteral("mailboxes"), boxes},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("writesCrmToExchange"), writesToExchange},
                                               {QStringLiteral("writesExchangeToCrm"), writesToCrm},
                                               {QStringLiteral("conflicts"), conflicts},
                                               {QStringLiteral("failures"), failures}}},
        {QStringLiteral("failuresByKind"), kinds},
        {QStringLiteral("latency"), QJsonObject{{QStringLiteral("crmToExchange"), latencyJson(toExchange)},
                                                {QStringLiteral("exchangeToCrm"), latencyJson(toCrm)}}},
        {QStringLiteral("hours"), hourArray},
        {QStringLiteral("elapsedMs"), elapsedMs}};
    if (!user.isEmpty())
        o.insert(QStringLiteral("user"), user);
    return o;
}

HealthReader::HealthReader(Journal &journal, Clock &clock, int pollIntervalSecs, Thresholds thresholds)
    : m_journal(journal), m_clock(clock), m_pollIntervalSecs(pollIntervalSecs), m_thresholds(thresholds)
{
}

Result<HealthReport> HealthReader::read(Period period, const QString &user) const
{
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = m_journal.database();
    HealthReport r;
    r.generatedUtc = m_clock.nowUtc();
    r.period = period;
    r.user = user.trimmed();
    // Whole hours: the first bucket starts on the hour, so 24 h are 24 (or 25 with the current) buckets.
    const QDateTime now = r.generatedUtc;
    QDateTime from = now.addSecs(period == Period::Week ? -7 * 86400 : -86400);
    from = QDateTime(from.date(), QTime(from.time().hour(), 0), QTimeZone::utc());
    r.fromUtc = from;
    const QString fromText = stamp(from);
    const QString untilText = stamp(now.addSecs(1));

    // ---- mailboxes
    auto links = users::UserLinkStore(m_journal).all();
    if (!links.ok())
        return links.error();
    std::optional<MailboxKeys> only;
    for (const users::UserLink &l : links.value()) {
        if (l.mailbox.isEmpty() || l.state == users::LinkState::Unlinked)
            continue;
        if (!r.user.isEmpty() && l.crmLogon.compare(r.user, Qt::CaseInsensitive) != 0 &&
            l.mailbox.compare(r.user, Qt::CaseInsensitive) != 0 &&
            l.exchangeUserId.compare(r.user, Qt::CaseInsensitive) != 0)
            continue;
        MailboxHealth m;
        m.crmUserId = l.crmUserId;
        m.crmLogon = l.crmLogon;
        m.crmName = l.crmName;
        m.mailbox = l.mailbox;
        m.exchangeUserId = l.exchangeUserId;
        m.server = l.exchangeServer;
        m.linkState = l.state;
        m.lastError = l.lastError;
        r.mailboxes.append(m);
        if (!r.user.isEmpty())
            only = MailboxKeys{l.crmUserId, l.exchangeUserId.toLower(), l.mailbox.toLower()};
    }
    if (!r.user.isEmpty() && !only)
        return makeError(
            ErrorKind::NotFound,
            tr("No mailbox of a CRM user \"%1\" in the journal (see cxsync users list).").arg(r.user));
    if (only && r.mailboxes.size() > 1) // a logon and an address naming two rows: keep the first only
        r.mailboxes = r.mailboxes.mid(0, 1);
    QHash<QString, int> byKey; // exchange user id / address (lower case) → mailbox index
    QHash<QString, int> byUser;
    for (int i = 0; i < r.mailboxes.size(); ++i) {
        const MailboxHealth &m = r.mailboxes.at(i);
        if (!m.exchangeUserId.isEmpty())
            byKey.insert(m.exchangeUserId.toLower(), i);
        byKey.insert(m.mailbox.toLower(), i);
        byUser.insert(m.crmUserId, i);
    }
    auto indexOf = [&](const QString &crmUserId, const QString &mailbox) {
        const int i = byKey.value(mailbox.toLower(), -1);
        return i >= 0 ? i : byUser.value(crmUserId, -1);
    };

    // last successful read of each mailbox: its change cursor moved
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Status s =
                execOrError(q, QStringLiteral("SELECT scope, updated_utc FROM sync_cursors WHERE scope LIKE"
                                              " 'changes:%' OR scope LIKE 'graph:delta:%'"));
            !s.ok())
            return s.error();
        while (q.next()) {
            const QString scope = q.value(0).toString();
            const QString mailbox =
                scope.startsWith(QLatin1String("changes:")) ? scope.mid(8) : scope.mid(12);
            const int i = byKey.value(mailbox.toLower(), -1);
            if (i < 0)
                continue;
            const QDateTime t = fromStamp(q.value(1));
            if (t > r.mailboxes[i].lastSyncUtc)
                r.mailboxes[i].lastSyncUtc = t;
        }
    }

    // open failed messages per mailbox (open rows are few; the state index finds them)
    QDateTime oldestOpen;
    int openTotal = 0;
    int oldTotal = 0;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT crm_user_id, lower(mailbox), count(*), sum(state = 'parked'), min(first_failure_utc),"
            " sum(first_failure_utc < ?) FROM failed_messages WHERE state IN ('waiting','retrying','parked')"
            " GROUP BY crm_user_id, lower(mailbox)"));
        q.addBindValue(stamp(now.addSecs(-m_thresholds.failedRedAgeSecs)));
        if (Status s = execOrError(q); !s.ok())
            return s.error();
        while (q.next()) {
            const int i = indexOf(q.value(0).toString(), q.value(1).toString());
            if (only && i < 0)
                continue;
            const int open = q.value(2).toInt();
            const QDateTime oldest = fromStamp(q.value(4));
            openTotal += open;
            oldTotal += q.value(5).toInt();
            if (!oldestOpen.isValid() || oldest < oldestOpen)
                oldestOpen = oldest;
            if (i < 0)
                continue;
            MailboxHealth &m = r.mailboxes[i];
            m.failedOpen += open;
            m.failedParked += q.value(3).toInt();
            if (!m.oldestFailureUtc.isValid() || oldest < m.oldestFailureUtc)
                m.oldestFailureUtc = oldest;
        }
        // the newest open failure's error (SQLite gives the bare columns of the max() row)
        QSqlQuery e(db);
        e.setForwardOnly(true);
        if (Status s =
                execOrError(e, QStringLiteral("SELECT crm_user_id, lower(mailbox), error_message,"
                                              " max(last_failure_utc) FROM failed_messages WHERE state IN"
                                              " ('waiting','retrying','parked') GROUP BY crm_user_id,"
                                              " lower(mailbox)"));
            !s.ok())
            return s.error();
        while (e.next()) {
            const int i = indexOf(e.value(0).toString(), e.value(1).toString());
            if (i < 0)
                continue;
            MailboxHealth &m = r.mailboxes[i];
            const QDateTime t = fromStamp(e.value(3));
            if (!m.lastErrorUtc.isValid() || t > m.lastErrorUtc) {
                m.lastErrorUtc = t;
                m.lastError = e.value(2).toString();
            }
        }
    }

    // the service and its subscriptions
    const auto heartbeat = ServiceState::read(m_journal);
    if (!heartbeat.ok())
        return heartbeat.error();
    r.heartbeat = heartbeat.value();
    r.service = ServiceState::liveness(r.heartbeat, now, m_pollIntervalSecs);
    const bool push = r.heartbeat && !r.heartbeat->listenUrl.isEmpty();
    {
        SubscriptionManager view(nullptr, &m_journal, &m_clock, SubscriptionManager::Options());
        const auto records = view.records(true);
        if (!records.ok())
            return records.error();
        for (const SubscriptionRecord &rec : records.value()) {
            const int i = byKey.value(rec.mailbox.toLower(), -1);
            if (i < 0)
                continue;
            const SubscriptionAssessment a = SubscriptionAssessment::of(rec, now);
            r.mailboxes[i].subscription = a.health;
            r.mailboxes[i].subscriptionDetail = a.reason;
        }
    }

    // the newest canary round of each mailbox, when the journal keeps canary rounds
    if (tableExists(db, QStringLiteral("canary_rounds"))) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral(
                "SELECT mailbox, crm_user_id, state, latency_ms, started_utc, id FROM canary_rounds"
                " WHERE id IN (SELECT max(id) FROM canary_rounds GROUP BY mailbox)"))) {
            while (q.next()) {
                const int i = indexOf(q.value(1).toString(), q.value(0).toString());
                if (i < 0)
                    continue;
                MailboxHealth &m = r.mailboxes[i];
                const auto state = canary::stateFromName(q.value(2).toString());
                if (!state) // a newer version's state, or a damaged row
                    return makeError(ErrorKind::Storage,
                                     canary::CanaryJournal::tr("canary round %1 has an unknown state '%2'")
                                         .arg(q.value(5).toLongLong())
                                         .arg(q.value(2).toString()));
                m.canaryState = state;
                m.canaryLatencyMs = q.value(3).isNull() ? -1 : q.value(3).toLongLong();
                m.canaryUtc = fromStamp(q.value(4));
            }
        }
    }

    // ---- series: every hour of the period
    QHash<QString, int> hourIndex;
    for (QDateTime h = from; h <= now; h = h.addSecs(3600)) {
        hourIndex.insert(hourKey(h), int(r.hours.size()));
        HourBucket b;
        b.hourUtc = h;
        r.hours.append(b);
    }
    auto bucket = [&](const QString &key) -> HourBucket * {
        const int i = hourIndex.value(key, -1);
        return i < 0 ? nullptr : &r.hours[i];
    };
    {
        QString sql =
            QStringLiteral("SELECT %1, sum(%2), sum(%3), sum(result = 'conflict') FROM transaction_log"
                           " WHERE time_utc >= ? AND time_utc < ?")
                .arg(kHourOf.arg(QStringLiteral("time_utc")), kIsWrite, kIsWrite);
        QVariantList binds{QStringLiteral("crm_to_exchange"), QStringLiteral("exchange_to_crm"), fromText,
                           untilText};
        mailboxFilter(only, QStringLiteral("user"), &sql, &binds);
        sql += QStringLiteral(" GROUP BY 1");
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (Status s = execOrError(q); !s.ok())
            return s.error();
        while (q.next()) {
            HourBucket *b = bucket(q.value(0).toString());
            if (!b)
                continue;
            b->writesToExchange = q.value(1).toLongLong();
            b->writesToCrm = q.value(2).toLongLong();
            b->conflicts = q.value(3).toLongLong();
            r.writesToExchange += b->writesToExchange;
            r.writesToCrm += b->writesToCrm;
            r.conflicts += b->conflicts;
        }
    }
    {
        QString sql = QStringLiteral("SELECT %1, error_kind, count(*) FROM failed_message_events"
                                     " WHERE time_utc >= ? AND time_utc < ? AND event = 'failed'")
                          .arg(kHourOf.arg(QStringLiteral("time_utc")));
        QVariantList binds{fromText, untilText};
        if (only) {
            sql += QStringLiteral(" AND message_id IN (SELECT id FROM failed_messages WHERE crm_user_id = ?"
                                  " OR mailbox COLLATE NOCASE IN (?, ?))");
            binds << only->crmUserId << only->id << only->address;
        }
        sql += QStringLiteral(" GROUP BY 1, 2");
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (Status s = execOrError(q); !s.ok())
            return s.error();
        while (q.next()) {
            const qint64 n = q.value(2).toLongLong();
            r.failuresByKind[q.value(1).toString()] += n;
            r.failures += n;
            if (HourBucket *b = bucket(q.value(0).toString()))
                b->failures += n;
        }
    }
    {
        QString source = QStringLiteral("SELECT %1, latency_ms FROM transaction_log WHERE time_utc >= ? AND"
                                        " time_utc < ? AND latency_ms IS NOT NULL AND %2")
                             .arg(kHourOf.arg(QStringLiteral("time_utc")), kIsWrite);
        QVariantList binds{fromText, untilText, QStringLiteral("crm_to_exchange")};
        mailboxFilter(only, QStringLiteral("user"), &source, &binds);
        QHash<QString, Latency> hours;
        if (Status s = percentiles(db, source, binds, &hours, &r.toExchange); !s.ok())
            return s.error();
        for (auto it = hours.cbegin(); it != hours.cend(); ++it)
            if (HourBucket *b = bucket(it.key()))
                b->toExchange = it.value();
    }
    {
        QString source =
            QStringLiteral("SELECT %1, max(0, CAST(round((julianday(processed_utc) - julianday(received_utc))"
                           " * 86400000.0) AS INTEGER)) FROM notification_inbox WHERE processed_utc >= ? AND"
                           " processed_utc < ? AND kind = 'change'")
                .arg(kHourOf.arg(QStringLiteral("processed_utc")));
        QVariantList binds{fromText, untilText};
        mailboxFilter(only, QStringLiteral("mailbox"), &source, &binds);
        QHash<QString, Latency> hours;
        if (Status s = percentiles(db, source, binds, &hours, &r.toCrm); !s.ok())
            return s.error();
        for (auto it = hours.cbegin(); it != hours.cend(); ++it)
            if (HourBucket *b = bucket(it.key()))
                b->toCrm = it.value();
    }

    // ---- levels and reasons
    const Thresholds &t = m_thresholds;
    switch (r.service) {
    case ServiceLiveness::Running:
        break;
    case ServiceLiveness::NeverStarted:
        r.reasons.append(
            because(Level::Amber, QStringLiteral("service-never-started"),
                    tr("The service has never run on this journal: changes cross only when 'cxsync sync' "
                       "runs (a scheduled task).")));
        break;
    case ServiceLiveness::Stopped:
        r.reasons.append(because(Level::Red, QStringLiteral("service-not-running"),
                                 tr("The service is not running: it was stopped on %1 at %2.")
                                     .arg(r.heartbeat->host, r.heartbeat->stoppedUtc.toLocalTime().toString(
                                                                 QStringLiteral("yyyy-MM-dd HH:mm")))));
        break;
    case ServiceLiveness::NotResponding:
        r.reasons.append(
            because(Level::Red, QStringLiteral("service-not-running"),
                    tr("The service is not running: no heartbeat from %1 for %2 (crashed, killed or hung).")
                        .arg(r.heartbeat->host, durationText(r.heartbeat->heartbeatUtc.secsTo(now)))));
        break;
    }
    if (oldTotal > 0)
        r.reasons.append(because(
            Level::Red, QStringLiteral("failed-old"),
            tr("%n failed message(s) open for more than %1 (the oldest failed %2 ago).", nullptr, oldTotal)
                .arg(durationText(t.failedRedAgeSecs), durationText(oldestOpen.secsTo(now)))));
    else if (openTotal > 0)
        r.reasons.append(
            because(Level::Amber, QStringLiteral("failed-open"),
                    tr("%n failed message(s) waiting for a retry or the admin.", nullptr, openTotal)));
    if (r.toExchange.count > 0 && r.toExchange.p99Ms > t.latencyP99AmberMs)
        r.reasons.append(because(
            Level::Amber, QStringLiteral("latency-high"),
            tr("CRM → Exchange: 99% of changes crossed within %1, more than %2.")
                .arg(durationText(r.toExchange.p99Ms / 1000), durationText(t.latencyP99AmberMs / 1000))));
    if (r.toCrm.count > 0 && r.toCrm.p99Ms > t.latencyP99AmberMs)
        r.reasons.append(
            because(Level::Amber, QStringLiteral("latency-high"),
                    tr("Exchange → CRM: 99% of notifications were handled within %1, more than %2.")
                        .arg(durationText(r.toCrm.p99Ms / 1000), durationText(t.latencyP99AmberMs / 1000))));
    int linked = 0;
    QList<Reason> mailboxReasons;
    for (MailboxHealth &m : r.mailboxes) {
        QList<Reason> &why = m.reasons;
        if (m.linkState == users::LinkState::Excluded) {
            continue; // the admin took it out: no level of its own
        }
        if (m.linkState == users::LinkState::Conflict) {
            why.append(because(Level::Amber, QStringLiteral("link-conflict"),
                               tr("not linked: its link is contested (see the Users page)"), m.mailbox));
        } else {
            ++linked;
            if (m.failedOpen > 0 && m.oldestFailureUtc.secsTo(now) > t.failedRedAgeSecs)
                why.append(because(Level::Red, QStringLiteral("failed-old"),
                                   tr("%n failed message(s), the oldest %1 old", nullptr, m.failedOpen)
                                       .arg(durationText(m.oldestFailureUtc.secsTo(now))),
                                   m.mailbox));
            else if (m.failedOpen > 0)
                why.append(because(Level::Amber, QStringLiteral("failed-open"),
                                   tr("%n failed message(s) waiting", nullptr, m.failedOpen), m.mailbox));
            if (m.subscription == SubscriptionHealth::Failed)
                why.append(because(Level::Red, QStringLiteral("subscription-failed"),
                                   tr("its change subscription failed: %1").arg(m.subscriptionDetail),
                                   m.mailbox));
            else if (m.subscription == SubscriptionHealth::Expiring)
                why.append(because(Level::Amber, QStringLiteral("subscription-expiring"),
                                   tr("its change subscription %1").arg(m.subscriptionDetail), m.mailbox));
            else if (!m.subscription && push)
                why.append(because(
                    Level::Amber, QStringLiteral("subscription-missing"),
                    tr("no change subscription (Install Scripts creates it); polling covers it"), m.mailbox));
            if (!m.lastSyncUtc.isValid())
                why.append(because(Level::Amber, QStringLiteral("never-synchronized"),
                                   tr("its changes have never been read"), m.mailbox));
            else if (m.lastSyncUtc.secsTo(now) > t.staleRedSecs)
                why.append(because(
                    Level::Red, QStringLiteral("sync-stale"),
                    tr("its changes were last read %1 ago").arg(durationText(m.lastSyncUtc.secsTo(now))),
                    m.mailbox));
            else if (m.lastSyncUtc.secsTo(now) > t.staleAmberSecs)
                why.append(because(
                    Level::Amber, QStringLiteral("sync-stale"),
                    tr("its changes were last read %1 ago").arg(durationText(m.lastSyncUtc.secsTo(now))),
                    m.mailbox));
            if (m.canaryState == canary::CanaryState::Lost || m.canaryState == canary::CanaryState::Failed)
                why.append(because(Level::Red, QStringLiteral("canary-") + canaryName(m.canaryState),
                                   tr("its last canary round was %1").arg(canaryName(m.canaryState)),
                                   m.mailbox));
            else if (m.canaryState == canary::CanaryState::Late)
                why.append(because(Level::Amber, QStringLiteral("canary-late"),
                                   tr("its last canary arrived late"), m.mailbox));
        }
        sortReasons(why);
        for (const Reason &reason : std::as_const(why))
            m.level = worse(m.level, reason.level);
        for (const Reason &reason : std::as_const(why))
            if (reason.level != Level::Green && reason.code != QLatin1String("failed-old") &&
                reason.code != QLatin1String("failed-open")) // counted once above, over every mailbox
                mailboxReasons.append(because(reason.level, reason.code,
                                              tr("%1: %2").arg(m.mailbox, reason.message), m.mailbox));
    }
    if (linked == 0 && r.user.isEmpty())
        r.reasons.append(
            because(Level::Amber, QStringLiteral("no-linked-mailbox"),
                    tr("No linked mailbox: nothing is synchronized (Sync Users With CRM links them).")));
    sortReasons(mailboxReasons);
    r.reasons += mailboxReasons;
    sortReasons(r.reasons);
    for (const Reason &reason : std::as_const(r.reasons))
        r.level = worse(r.level, reason.level);
    r.elapsedMs = timer.elapsed();
    return r;
}

} // namespace cxsync::health
