#pragma once

// Test support for the calendar sync's property, crash and fault suites: both sandboxes on loopback with
// linked users (a CRM zone and sync window of the suite's choosing), the engine run in this process, and the
// three views (Exchange, CRM, journal) read straight from the sandboxes and the journal's tables, normalized
// so that two worlds built from the same data compare equal. Header-only.
#include "Clock.h"
#include "CoreTestSupport.h"
#include "CrmSandbox.h"
#include "EwsCalendarItem.h"
#include "EwsSandbox.h"
#include "GraphSandbox.h"
#include "SandboxEnvironment.h"
#include "SandboxProfile.h"
#include "config/Settings.h"
#include "connect/Connections.h"
#include "store/Journal.h"
#include "sync/CalendarSync.h"
#include "sync/SyncJournal.h"
#include "sync/SyncRetries.h"
#include "users/UserLinkStore.h"
#include "users/UserSync.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

#include <csignal>
#include <sys/types.h>

namespace cxsync::testsupport {

struct CalendarPerson {
    QString crmId;
    QString mailbox; // Graph user id
    QString address; // lower case
    QString name;
};


class CalendarWorld {
public:
    struct Options {
        int users = 4;
        QByteArray crmZone = "Europe/London";
        int windowPastDays = 30;
        int windowFutureDays = 180;
        int retryBaseSeconds = 60; // failed messages: the first retry after
        quint64 seed = 1;
        // The mailboxes through the EWS face of the same sandbox (on-premises Exchange, NTLM, impersonation)
        // instead of Graph: the views below read the same store, so a scenario's views compare across kinds.
        bool ews = false;
    };

    struct Run {
        bool killed = false;
        int exitCode = -1;
        qint64 ms = 0;
        QString output;
    };

    explicit CalendarWorld(const Options &options) : m_options(options)
    {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return;
        }
        sandbox::SandboxOptions env;
        env.users = options.users;
        env.appointments = 0;
        env.seed = options.seed;
        env.crmTimeZone = options.crmZone;
        if (options.ews)
            env.ewsPort = 0;
        if (!m_env.start(env, &m_error))
            return;
        m_profile = m_dir.filePath(QStringLiteral("profile.ini"));
        m_secrets = m_dir.filePath(QStringLiteral("secrets"));
        if (const Status s = sandbox::SandboxProfile::write(m_env.describe(), m_profile, m_secrets);
            !s.ok()) {
            m_error = s.error().message;
            return;
        }
        {
            QSettings ini(m_profile, QSettings::IniFormat);
            ini.setValue(QStringLiteral("store/journalPath"),
                         m_dir.filePath(QStringLiteral("journal.sqlite")));
            ini.setValue(QStringLiteral("sync/windowPastDays"), options.windowPastDays);
            ini.setValue(QStringLiteral("sync/windowFutureDays"), options.windowFutureDays);
            ini.setValue(QStringLiteral("queue/retryBaseSeconds"), options.retryBaseSeconds);
            if (options.ews)
                ini.setValue(QStringLiteral("exchange/kind"), QStringLiteral("ews"));
        }
        auto opened = Settings::open(m_profile);
        if (!opened.ok()) {
            m_error = opened.error().message;
            return;
        }
        m_settings = std::move(opened).value();
        m_ok = linkUsers();
    }

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    sandbox::GraphSandbox &graph() { return *m_env.graph(); }
    sandbox::CrmSandbox &crm() { return *m_env.crm(); }
    sandbox::EwsSandbox *ews() { return m_env.ews(); } // null unless Options::ews
    Settings &settings() { return *m_settings; }
    QString profilePath() const { return m_profile; }
    QString secretsPath() const { return m_secrets; }
    QString dir() const { return m_dir.path(); }
    QTimeZone crmZone() const { return QTimeZone(m_options.crmZone); }
    const QList<CalendarPerson> &people() const { return m_people; }
    Journal &journal() { return *m_journal; }
    SystemClock &clock() { return m_clock; }

    ConnectionSecrets secrets() const
    {
        const QJsonObject line = m_env.describe();
        ConnectionSecrets s;
        s.crmPassword = line.value(QStringLiteral("crmPassword")).toString();
        s.graphClientSecret = line.value(QStringLiteral("clientSecret")).toString();
        s.ntPassword = line.value(QStringLiteral("ewsPassword")).toString();
        return s;
    }

    // The journal is closed while a separate cxsync process works on it, and opened again afterwards.
    void closeJournal()
    {
        m_connections.reset();
        m_journal.reset();
    }
    bool openJournal()
    {
        if (m_journal)
            return true;
        auto opened = Journal::open(m_settings->journalPath());
        if (!opened.ok()) {
            m_error = opened.error().message;
            return false;
        }
        m_journal = std::move(opened).value();
        return true;
    }

    // One run of the engine in this process, with the profile's options.
    sync::SyncReport sync(const std::function<void(sync::SyncRunOptions &)> &tweak = {},
                          const std::function<void(sync::CalendarSync &)> &watch = {})
    {
        sync::SyncReport failed;
        if (!openJournal() || !connections()) {
            failed.error = m_error;
            return failed;
        }
        sync::SyncRunOptions o = sync::SyncRunOptions::fromSettings(*m_settings);
        o.massDeletePercent = 100;
        if (tweak)
            tweak(o);
        sync::CalendarSync engine(*m_connections, *m_journal, m_clock, o);
        if (watch)
            watch(engine);
        QSignalSpy finished(&engine, &sync::CalendarSync::finished);
        engine.start();
        if (!finished.wait(120000)) {
            engine.cancel();
            failed.error = QStringLiteral("the run did not finish within 120 s");
            return failed;
        }
        return finished.first().first().value<sync::SyncReport>();
    }

    // One pass over the failed messages that are due, as `cxsync sync` makes before each run.
    queue::DrainReport retryDue()
    {
        queue::DrainReport failed;
        if (!openJournal() || !connections()) {
            failed.problems.append(m_error);
            return failed;
        }
        sync::SyncRetries retries(*m_connections, *m_journal, m_clock,
                                  sync::SyncRunOptions::fromSettings(*m_settings));
        std::optional<queue::DrainReport> report;
        retries.runDue([&report](const queue::DrainReport &r) { report = r; });
        if (!QTest::qWaitFor([&report] { return report.has_value(); }, 60000)) {
            retries.cancel();
            failed.problems.append(QStringLiteral("the retry pass did not finish within 60 s"));
            return failed;
        }
        return *report;
    }

    // `cxsync ARGS` on this world's profile as a separate process, killed with SIGKILL after `killAfterMs`
    // (< 0: never). The sandboxes live in this process, so its event loop runs while the child works; the
    // journal is closed first (the child owns it).
    Run runCli(const QString &program, const QStringList &args, int killAfterMs = -1)
    {
        if (killAfterMs < 0)
            return runCliUntil(program, args, {}, 120000);
        QElapsedTimer since;
        since.start();
        return runCliUntil(
            program, args, [&since, killAfterMs] { return since.elapsed() >= killAfterMs; }, killAfterMs + 1000);
    }

    // The same, killed with SIGKILL as soon as `killWhen` holds (asked every few milliseconds while the
    // sandboxes serve the child; empty: never), or after `timeoutMs` at the latest.
    Run runCliUntil(const QString &program, const QStringList &args, const std::function<bool()> &killWhen,
                    int timeoutMs)
    {
        closeJournal();
        Run run;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CXSYNC_CONFIG"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer timer;
        timer.start();
        p.start(program, QStringList{QStringLiteral("--config"), m_profile, QStringLiteral("--secrets-file"),
                                     m_secrets} +
                             args);
        if (!p.waitForStarted(10000)) {
            run.output = p.errorString();
            return run;
        }
        p.closeWriteChannel(); // not a terminal: a non-interactive run
        bool kill = false;
        const bool ended = QTest::qWaitFor(
            [&p, &killWhen, &kill] {
                if (p.state() == QProcess::NotRunning)
                    return true;
                kill = killWhen && killWhen();
                return kill;
            },
            timeoutMs);
        if (!ended || kill) {
            ::kill(pid_t(p.processId()), SIGKILL);
            run.killed = true;
            if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 10000))
                run.output = QStringLiteral("the killed process did not end");
        }
        run.ms = timer.elapsed();
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.output = QString::fromUtf8(p.readAll());
        return run;
    }

    QList<sync::ItemLink> links()
    {
        if (!openJournal())
            return {};
        auto l = sync::SyncJournal(*m_journal).links();
        return l.ok() ? l.value() : QList<sync::ItemLink>();
    }
    int countRows(const QString &table)
    {
        if (!openJournal())
            return -1;
        QSqlQuery q(m_journal->database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    // ---- raw sandbox state

    QList<QJsonObject> communications(bool includeDeleted)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : crm().communications(includeDeleted))
            out.append(v.toObject());
        return out;
    }
    QList<QJsonObject> events(const QString &mailbox)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : graph().events(mailbox))
            out.append(v.toObject());
        return out;
    }
    // The id the engine knows an item by: Graph's REST id, or with EWS the ItemId the EWS face gives it.
    QString itemIdOf(const QString &mailbox, const QJsonObject &e)
    {
        const QString id = text(e, "id");
        if (!m_options.ews)
            return id;
        const sandbox::GraphUser *user = graph().store().user(mailbox);
        if (!user)
            return id;
        return sandbox::EwsIds::itemId(user->id, graph().store().immutableIdOf(user->id, id));
    }
    static QString commId(const QJsonObject &c)
    {
        return c.value(QStringLiteral("Comm_CommunicationId")).toVariant().toString();
    }
    static QString text(const QJsonObject &o, const char *key)
    {
        return o.value(QLatin1String(key)).toVariant().toString();
    }

    // A CRM date field as an instant: naive values are wall times in the CRM server's zone (as Sage stores
    // them).
    QDateTime crmInstant(const QJsonValue &value) const
    {
        const QString s = value.toString();
        if (s.isEmpty())
            return {};
        QDateTime parsed = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!parsed.isValid())
            return {};
        if (parsed.timeSpec() == Qt::LocalTime)
            parsed = QDateTime(parsed.date(), parsed.time(), crmZone());
        return parsed.toUTC();
    }
    // A Graph dateTimeTimeZone as the sandbox stores it ("UTC" labelled): an instant.
    static QDateTime graphInstant(const QJsonValue &value)
    {
        const QJsonObject o = value.toObject();
        QString s = o.value(QStringLiteral("dateTime")).toString();
        const QDateTime local = QDateTime::fromString(s.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (!local.isValid())
            return {};
        const QString zone = o.value(QStringLiteral("timeZone")).toString();
        if (zone.isEmpty() || zone == QLatin1String("UTC"))
            return QDateTime(local.date(), local.time(), QTimeZone::utc());
        QTimeZone tz(QTimeZone::windowsIdToDefaultIanaId(zone.toUtf8()));
        if (!tz.isValid())
            tz = QTimeZone(zone.toUtf8());
        return QDateTime(local.date(), local.time(), tz).toUTC();
    }
    // An all-day item's date as Outlook shows it: the wall date Graph keeps (whatever zone label it carries).
    static QDate graphWallDate(const QJsonValue &value)
    {
        return QDate::fromString(value.toObject().value(QStringLiteral("dateTime")).toString().left(10),
                                 Qt::ISODate);
    }

    // ---- normalized views: equal for two worlds that hold the same calendars, whatever ids they use

    QString crmUserName(const QString &crmId) const
    {
        for (const CalendarPerson &p : m_people) {
            if (p.crmId == crmId)
                return p.address;
        }
        return QStringLiteral("crm-user-") + crmId;
    }
    QString personOfMailbox(const QString &mailbox) const
    {
        for (const CalendarPerson &p : m_people) {
            if (p.mailbox == mailbox)
                return p.address;
        }
        return mailbox;
    }

    // Every mailbox's items: subject, times (all-day as dates), flags, organizer or not, attendees.
    QStringList exchangeView()
    {
        QStringList rows;
        for (const CalendarPerson &p : m_people) {
            for (const QJsonObject &e : events(p.mailbox)) {
                const bool allDay = e.value(QStringLiteral("isAllDay")).toBool();
                QStringList attendees;
                for (const QJsonValue &a : e.value(QStringLiteral("attendees")).toArray())
                    attendees.append(a.toObject()
                                         .value(QStringLiteral("emailAddress"))
                                         .toObject()
                                         .value(QStringLiteral("address"))
                                         .toString()
                                         .toLower());
                attendees.sort();
                const QString times =
                    allDay ? QStringLiteral("allday %1..%2")
                                 .arg(graphWallDate(e.value(QStringLiteral("start"))).toString(Qt::ISODate),
                                      graphWallDate(e.value(QStringLiteral("end"))).toString(Qt::ISODate))
                           : QStringLiteral("%1..%2").arg(
                                 graphInstant(e.value(QStringLiteral("start"))).toString(Qt::ISODate),
                                 graphInstant(e.value(QStringLiteral("end"))).toString(Qt::ISODate));
                rows.append(QStringList{
                    p.address, text(e, "subject"),
                    e.value(QStringLiteral("body"))
                        .toObject()
                        .value(QStringLiteral("content"))
                        .toString()
                        .trimmed(),
                    e.value(QStringLiteral("location"))
                        .toObject()
                        .value(QStringLiteral("displayName"))
                        .toString(),
                    times, text(e, "sensitivity"),
                    e.value(QStringLiteral("isReminderOn")).toBool() ? text(e, "reminderMinutesBeforeStart")
                                                                     : QStringLiteral("no reminder"),
                    e.value(QStringLiteral("isCancelled")).toBool() ? QStringLiteral("cancelled") : QString(),
                    e.value(QStringLiteral("isOrganizer")).toBool(true) ? QStringLiteral("organizer")
                                                                        : QStringLiteral("attendee"),
                    attendees.join(QLatin1Char(','))}
                                .join(QLatin1String(" | ")));
            }
        }
        rows.sort();
        return rows;
    }

    // Every communication: its fields, owner and linked users by address, whether it carries a link
    // (Comm_ExchangeId) and whether it is deleted.
    QStringList crmView()
    {
        QStringList rows;
        QHash<QString, QStringList> linked;
        for (const QJsonValue &v : crm().commLinks()) {
            const QJsonObject l = v.toObject();
            linked[text(l, "CmLi_Comm_CommunicationId")].append(crmUserName(text(l, "CmLi_Comm_UserId")));
        }
        for (const QJsonObject &c : communications(true)) {
            QStringList users = linked.value(commId(c));
            users.sort();
            users.removeDuplicates();
            rows.append(QStringList{
                text(c, "Comm_Subject"), text(c, "Comm_Note").trimmed(), text(c, "Comm_Location"),
                crmInstant(c.value(QStringLiteral("Comm_DateTime"))).toString(Qt::ISODate),
                crmInstant(c.value(QStringLiteral("Comm_ToDateTime"))).toString(Qt::ISODate),
                text(c, "Comm_Private"),
                crmInstant(c.value(QStringLiteral("Comm_NotifyTime"))).toString(Qt::ISODate),
                text(c, "Comm_Status"), crmUserName(text(c, "Comm_UserId")), users.join(QLatin1Char(',')),
                text(c, "Comm_ExchangeId").isEmpty() ? QStringLiteral("unlinked") : QStringLiteral("linked"),
                c.value(QStringLiteral("Comm_Deleted")).toInt() == 1 ? QStringLiteral("deleted") : QString()}
                            .join(QLatin1String(" | ")));
        }
        rows.sort();
        return rows;
    }

    // The journal's links by what they join (mailbox, the item's subject, the communication's subject,
    // role), and what is left in flight (staged changes, outbox entries).
    QStringList journalView()
    {
        QStringList rows;
        QHash<QString, QString> commSubject;
        for (const QJsonObject &c : communications(true))
            commSubject.insert(commId(c), text(c, "Comm_Subject"));
        QHash<QString, QString> eventSubject;
        for (const CalendarPerson &p : m_people) {
            for (const QJsonObject &e : events(p.mailbox))
                eventSubject.insert(p.mailbox + QLatin1Char('|') + itemIdOf(p.mailbox, e), text(e, "subject"));
        }
        for (const sync::ItemLink &l : links())
            rows.append(QStringList{personOfMailbox(l.mailbox),
                                    eventSubject.value(l.mailbox + QLatin1Char('|') + l.exchangeItemId,
                                                       QStringLiteral("<no item>")),
                                    commSubject.value(l.crmCommId, QStringLiteral("<no communication>")),
                                    l.isOrganizer ? QStringLiteral("organizer") : QStringLiteral("attendee")}
                            .join(QLatin1String(" | ")));
        rows.sort();
        rows.append(QStringLiteral("staged: %1").arg(countRows(QStringLiteral("sync_inbox"))));
        rows.append(QStringLiteral("outbox: %1").arg(countRows(QStringLiteral("outbox"))));
        return rows;
    }

    // The rows only one of two views has, for a failure message (at most `limit` of them).
    static QString differences(const QStringList &clean, const QStringList &faulty, int limit = 40)
    {
        QStringList out;
        for (const QString &row : clean) {
            if (!faulty.contains(row))
                out.append(QStringLiteral("  only clean:  ") + row);
        }
        for (const QString &row : faulty) {
            if (!clean.contains(row))
                out.append(QStringLiteral("  only faulty: ") + row);
        }
        return out.mid(0, limit).join(QLatin1Char('\n'));
    }

    // What must hold after any sequence of runs that ended with a clean one: one communication per meeting
    // (iCalUId), one item per communication per mailbox, and every link joining an existing item to a live
    // communication. Returns every violation, empty when there is none.
    QStringList duplicatesAndBrokenLinks()
    {
        QStringList problems;
        QHash<QString, int> commsByUid;
        QSet<QString> liveComms;
        for (const QJsonObject &c : communications(false)) {
            liveComms.insert(commId(c));
            if (!text(c, "Comm_ExchangeId").isEmpty())
                commsByUid[text(c, "Comm_ExchangeId")] += 1;
        }
        for (auto it = commsByUid.cbegin(); it != commsByUid.cend(); ++it) {
            if (it.value() > 1)
                problems.append(
                    QStringLiteral("%1 live communications for meeting %2").arg(it.value()).arg(it.key()));
        }
        const QList<sync::ItemLink> all = links();
        QHash<QString, int> itemsPerCommAndMailbox;
        QHash<QString, QSet<QString>> itemIds;
        for (const CalendarPerson &p : m_people) {
            QHash<QString, int> byUid;
            for (const QJsonObject &e : events(p.mailbox)) {
                itemIds[p.mailbox].insert(itemIdOf(p.mailbox, e));
                if (!e.value(QStringLiteral("isCancelled")).toBool())
                    byUid[text(e, "iCalUId")] += 1;
            }
            for (auto it = byUid.cbegin(); it != byUid.cend(); ++it) {
                if (it.value() > 1)
                    problems.append(QStringLiteral("%1: %2 items of meeting %3")
                                        .arg(p.address)
                                        .arg(it.value())
                                        .arg(it.key()));
            }
        }
        QSet<QString> linkKeys;
        for (const sync::ItemLink &l : all) {
            const QString key = l.mailbox + QLatin1Char('|') + l.exchangeItemId;
            if (linkKeys.contains(key))
                problems.append(QStringLiteral("item %1 linked twice").arg(key));
            linkKeys.insert(key);
            itemsPerCommAndMailbox[l.crmCommId + QLatin1Char('|') + l.mailbox] += 1;
            if (!itemIds.value(l.mailbox).contains(l.exchangeItemId))
                problems.append(QStringLiteral("%1: link to missing item %2 (communication %3)")
                                    .arg(personOfMailbox(l.mailbox), l.exchangeItemId, l.crmCommId));
            if (!liveComms.contains(l.crmCommId))
                problems.append(QStringLiteral("%1: link to deleted or missing communication %2")
                                    .arg(personOfMailbox(l.mailbox), l.crmCommId));
        }
        for (auto it = itemsPerCommAndMailbox.cbegin(); it != itemsPerCommAndMailbox.cend(); ++it) {
            if (it.value() > 1)
                problems.append(
                    QStringLiteral("communication|mailbox %1 has %2 items").arg(it.key()).arg(it.value()));
        }
        return problems;
    }

private:
    Connections *connections()
    {
        if (!m_connections) {
            auto made = Connections::create(*m_settings, secrets(), &m_clock);
            if (!made.ok()) {
                m_error = made.error().message;
                return nullptr;
            }
            m_connections = std::move(made).value();
        }
        return m_connections.get();
    }

    bool linkUsers()
    {
        if (!openJournal() || !connections())
            return false;
        users::UserSync userSync(
            m_connections->crm(), *m_connections->exchange(), *m_journal, m_clock,
            users::UserSync::matchOptions(*m_settings, m_connections->exchangeServerNames()));
        auto plan = await<users::UserSyncPlan>([&](auto done) { userSync.preparePlan(done); });
        if (!plan.ok()) {
            m_error = plan.error().message;
            return false;
        }
        QSignalSpy applied(&userSync.applier(), &users::UserSyncApplier::finished);
        userSync.applier().start(plan.value(), users::ApplyOptions{false, 4});
        if (!applied.wait(30000)) {
            m_error = QStringLiteral("user sync did not finish");
            return false;
        }
        const auto userLinks = users::UserLinkStore(*m_journal).all(); // kept: value() of a temporary dangles
        if (!userLinks.ok()) {
            m_error = userLinks.error().message;
            return false;
        }
        for (const users::UserLink &l : userLinks.value()) {
            if (l.state == users::LinkState::Linked)
                m_people.append(
                    CalendarPerson{l.crmUserId, l.exchangeUserId, l.mailbox.toLower(), l.crmName});
        }
        std::sort(m_people.begin(), m_people.end(),
                  [](const CalendarPerson &a, const CalendarPerson &b) { return a.address < b.address; });
        if (m_people.size() < 2) {
            m_error = QStringLiteral("the sample needs two linked users, got %1").arg(m_people.size());
            return false;
        }
        return true;
    }

    Options m_options;
    QTemporaryDir m_dir;
    sandbox::SandboxEnvironment m_env;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Connections> m_connections;
    std::unique_ptr<Journal> m_journal;
    SystemClock m_clock;
    QString m_profile;
    QString m_secrets;
    QString m_error;
    QList<CalendarPerson> m_people;
    bool m_ok = false;
};

} // namespace cxsync::testsupport
