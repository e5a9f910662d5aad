#pragma once

// A journal with one of everything the health dashboard reads (tst_health, tst_dashboard_page): four CRM
// users, their change cursors, the service's heartbeat, subscriptions, failed messages, transaction log rows
// with latencies and handled notifications. Times are relative to `now`.
//
//  anna  linked, read 2 min ago, subscription healthy, one failure 5 min ago (throttled)  -> amber
//  bert  linked, read 10 min ago, subscription failed, one failure 2 h ago (network)      -> red
//  carl  excluded                                                                         -> green
//  dora  linked (server onprem), read 8 h ago, no subscription while push is on           -> red
#include "Clock.h"
#include "queue/FailedMessageQueue.h"
#include "service/ServiceState.h"
#include "store/Journal.h"
#include "store/JournalSql.h"
#include "users/UserLinkStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace cxsync::testsupport {

class HealthSeed {
public:
    // A clock that says what the seed tells it to.
    class SetClock final : public Clock {
    public:
        QDateTime now;
        QDateTime nowUtc() const override { return now; }
        qint64 elapsedMs() const override { return 0; }
        void schedule(qint64, QObject *, std::function<void()>) override {}
    };

    static bool exec(Journal &journal, const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(journal.database());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning("seed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    static QString at(const QDateTime &t) { return journalsql::stamp(t); }

    static bool link(Journal &journal, const QString &logon, const QString &server, users::LinkState state,
                     const QDateTime &now)
    {
        users::UserLink l;
        l.crmUserId = QStringLiteral("crm-") + logon;
        l.crmLogon = logon;
        l.crmName = logon.at(0).toUpper() + logon.mid(1) + QStringLiteral(" Example");
        l.exchangeServer = server;
        l.mailbox = logon + QStringLiteral("@contoso.com");
        if (state == users::LinkState::Linked)
            l.exchangeUserId = QStringLiteral("id-") + logon;
        l.rule = users::MatchRule::PrimarySmtp;
        l.state = state;
        return users::UserLinkStore(journal).save(l, now).ok();
    }

    static bool cursor(Journal &journal, const QString &logon, const QDateTime &readUtc)
    {
        return exec(
            journal,
            QStringLiteral("INSERT OR REPLACE INTO sync_cursors (scope, cursor, updated_utc) VALUES (?,?,?)"),
            {QStringLiteral("changes:id-") + logon, QStringLiteral("{}"), at(readUtc)});
    }

    static bool subscription(Journal &journal, const QString &logon, const QDateTime &now,
                             const QString &error)
    {
        return exec(
            journal,
            QStringLiteral("INSERT INTO subscriptions (id, mailbox, resource, change_type, notification_url,"
                           " expiration_utc, created_utc, state, last_error) VALUES (?,?,?,?,?,?,?,"
                           "'active',?)"),
            {QStringLiteral("sub-") + logon, QStringLiteral("id-") + logon,
             QStringLiteral("/users/id-%1/events").arg(logon), QStringLiteral("created,updated,deleted"),
             QStringLiteral("https://sync.contoso.com/notify"), at(now.addDays(3)), at(now.addDays(-1)),
             error.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(error)});
    }

    static bool failure(Journal &journal, const QString &logon, const QDateTime &when, ErrorKind kind,
                        const QString &message)
    {
        SetClock clock;
        clock.now = when;
        queue::FailedMessageQueue queue(journal, clock);
        queue::FailureRecord f;
        f.direction = queue::Direction::CrmToExchange;
        f.crmUserId = QStringLiteral("crm-") + logon;
        f.mailbox = QStringLiteral("id-") + logon;
        f.crmItemId = QStringLiteral("comm-") + logon;
        f.operation = QStringLiteral("update");
        f.subject = QStringLiteral("Review with ") + logon;
        f.snapshot = QJsonObject{{QStringLiteral("kind"), QStringLiteral("exchange-update")}};
        f.error = makeError(kind, message);
        return queue.record(f).ok();
    }

    static bool logRow(Journal &journal, const QDateTime &when, const QString &direction, const QString &user,
                       const QString &action, const QString &result, qint64 latencyMs = -1)
    {
        return exec(
            journal,
            QStringLiteral("INSERT INTO transaction_log (time_utc, direction, user, item, action, result,"
                           " source_utc, latency_ms) VALUES (?,?,?,?,?,?,?,?)"),
            {at(when), direction, user, QStringLiteral("Meeting"), action, result,
             latencyMs >= 0 ? QVariant(at(when.addMSecs(-latencyMs)))
                            : QVariant(QMetaType(QMetaType::QString)),
             latencyMs >= 0 ? QVariant(latencyMs) : QVariant(QMetaType(QMetaType::LongLong))});
    }

    static bool notification(Journal &journal, const QString &logon, const QDateTime &handledUtc,
                             qint64 latencyMs)
    {
        return exec(journal,
                    QStringLiteral(
                        "INSERT INTO notification_inbox (mailbox, kind, received_utc, state, processed_utc)"
                        " VALUES (?, 'change', ?, 'done', ?)"),
                    {QStringLiteral("id-") + logon, at(handledUtc.addMSecs(-latencyMs)), at(handledUtc)});
    }

    static bool heartbeat(Journal &journal, const QDateTime &now, bool push)
    {
        SetClock clock;
        clock.now = now.addSecs(-3600);
        ServiceState state(journal, clock);
        if (!state
                 .started(push ? QStringLiteral("http://0.0.0.0:8443/notify") : QString(),
                          push ? QStringLiteral("https://sync.contoso.com/notify") : QString(), 60)
                 .ok())
            return false;
        clock.now = now.addSecs(-10);
        return state.beat().ok();
    }

    // The whole seed described at the top.
    static bool all(Journal &journal, const QDateTime &now)
    {
        using users::LinkState;
        bool ok =
            link(journal, QStringLiteral("anna"), QString(), LinkState::Linked, now) &&
            link(journal, QStringLiteral("bert"), QString(), LinkState::Linked, now) &&
            link(journal, QStringLiteral("carl"), QString(), LinkState::Excluded, now) &&
            link(journal, QStringLiteral("dora"), QStringLiteral("onprem"), LinkState::Linked, now) &&
            cursor(journal, QStringLiteral("anna"), now.addSecs(-120)) &&
            cursor(journal, QStringLiteral("bert"), now.addSecs(-600)) &&
            cursor(journal, QStringLiteral("dora"), now.addSecs(-8 * 3600)) &&
            heartbeat(journal, now, true) && subscription(journal, QStringLiteral("anna"), now, QString()) &&
            subscription(journal, QStringLiteral("bert"), now, QStringLiteral("renewal refused: 403")) &&
            failure(journal, QStringLiteral("anna"), now.addSecs(-300), ErrorKind::Throttled,
                    QStringLiteral("429 Too Many Requests")) &&
            failure(journal, QStringLiteral("bert"), now.addSecs(-7200), ErrorKind::Network,
                    QStringLiteral("connection refused"));
        // CRM → Exchange writes 1..10 s, two hours ago; Exchange → CRM writes; one conflict; link bookkeeping
        for (int i = 1; ok && i <= 10; ++i)
            ok = logRow(journal, now.addSecs(-7200 + i), QStringLiteral("crm_to_exchange"),
                        QStringLiteral("anna@contoso.com"), QStringLiteral("exchange-update"),
                        QStringLiteral("ok"), i * 1000);
        for (int i = 1; ok && i <= 4; ++i)
            ok = logRow(journal, now.addSecs(-1800 + i), QStringLiteral("exchange_to_crm"),
                        QStringLiteral("bert@contoso.com"), QStringLiteral("crm-update"),
                        QStringLiteral("ok"));
        ok = ok &&
             logRow(journal, now.addSecs(-1700), QStringLiteral("crm_to_exchange"),
                    QStringLiteral("bert@contoso.com"), QStringLiteral("conflict"),
                    QStringLiteral("conflict")) &&
             logRow(journal, now.addSecs(-1600), QStringLiteral("exchange_to_crm"),
                    QStringLiteral("bert@contoso.com"), QStringLiteral("link"), QStringLiteral("ok")) &&
             // older than a week: outside both periods
             logRow(journal, now.addDays(-8), QStringLiteral("exchange_to_crm"),
                    QStringLiteral("bert@contoso.com"), QStringLiteral("crm-create"), QStringLiteral("ok")) &&
             notification(journal, QStringLiteral("bert"), now.addSecs(-1800), 500) &&
             notification(journal, QStringLiteral("bert"), now.addSecs(-1790), 1500) &&
             notification(journal, QStringLiteral("bert"), now.addSecs(-1780), 2500);
        return ok;
    }
};

} // namespace cxsync::testsupport
