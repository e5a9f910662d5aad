// bench_propagation (issue 7): how long a change takes to cross over, through the real processes on loopback.
//
// Starts cxsync-sandbox (Graph + Sage CRM, sample data, a generated profile whose listener is on a free
// loopback port), runs `cxsync users sync --yes` and `cxsync hooks install`, starts `cxsync serve`, then:
//  - Exchange → CRM: changes made as a user in Outlook (the sandbox's admin endpoint: creates, time moves and
//    renames over several linked mailboxes), one at a time, each timed from the write's acknowledgement until
//    the CRM's REST API shows it;
//  - CRM → Exchange: changes made through the CRM's REST API (creates, time moves, renames) at a steady pace,
//    several in flight, each timed until Graph shows it in the owner's mailbox;
//  - CRM → Exchange again with the product's default settings (the profile's Poll Interval removed, serve
//    restarted): printed as a figure (crm_to_exchange_default_settings), not judged; --default-changes 0
//    skips.
// `--exchange ews` (issue 15) measures the same through the sandbox's EWS face (`--ews`, profile
// exchange/kind=ews): the service resolves users with ResolveNames, reads with SyncFolderItems and is told of
// changes by EWS push notifications (SendNotification to its listener). The Outlook writes and the bench's
// own reads stay on the admin endpoint and Graph: both faces share one store, so they see what EWS sees.
// Its lines and targets are named ews_... (bench propagation direction=ews_exchange_to_crm ...).
// Visibility is polled every --poll-ms (20 ms). A change became visible between the last poll that did not
// see it and the first that did; the latency is taken at the middle of that span (the server handles a
// request between its send and its answer, so each poll counts at its midpoint), so the polling adds at most
// half a poll period of error either way, and the span is printed as the resolution.
//
// The bench is a measuring tool, not engine code: it talks HTTP synchronously (a local event loop per
// request) because a linear script is easier to trust than a state machine.
#include "BenchProcesses.h"
#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>
#include <limits>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;
using namespace cxsync::bench;

namespace {

struct Mailbox {
    QString graphId;
    QString address;
    QString crmUserId;
};

// One change on its way across, and what its polls saw.
struct Change {
    QString kind; // create | move | rename
    int mailbox = 0;
    QString subject;    // as it must appear on the other side
    QDateTime startUtc; // as it must appear on the other side
    double ackMs = 0;
    double lastMissMs = -1; // midpoint of the last poll after the ack that did not see it
    double seenMs = -1;     // midpoint of the first poll that saw it
    bool done = false;

    // The change became visible between the last miss (or the ack) and the first hit.
    double latencyMs() const
    {
        const double from = qMax(ackMs, lastMissMs);
        return (from + seenMs) / 2 - ackMs;
    }
    double spanMs() const { return seenMs - qMax(ackMs, lastMissMs); }
};

struct Item { // an appointment the bench made, on the side it made it
    int mailbox = 0;
    QString id;
    QString subject;
    QDateTime startUtc;
    bool busy = false; // a change to it is still on its way
};

class PropagationBench {
public:
    struct Options {
        QString cxsync;
        QString sandbox;
        int users = 25;
        int appointments = 200;
        int mailboxes = 6;
        int exchangeChanges = 210;
        int crmChanges = 210;
        int pollIntervalSecs = 5;
        int pollMs = 20;
        int crmPaceMs = 200;
        int timeoutMs = 20000;
        int defaultChanges = 100; // CRM → Exchange with default settings (0: not measured)
        bool ews = false;         // the service talks EWS (on-premises Exchange) instead of Graph
        bool keep = false;
    };

    explicit PropagationBench(Options options) : m_o(std::move(options)) {}
    ~PropagationBench() { stopAll(); }

    // A figure's or target's name, prefixed `ews_` when the service talks EWS.
    QString named(const QString &name) const { return m_o.ews ? u"ews_"_s + name : name; }

    int run()
    {
        if (!m_dir.isValid())
            return fatal(u"no temporary directory"_s);
        m_dir.setAutoRemove(!m_o.keep);
        if (!startSandbox() || !prepareProfile() ||
            !runCli({u"users"_s, u"sync"_s, u"--yes"_s}, u"users-sync"_s) ||
            !runCli({u"users"_s, u"list"_s, u"--json"_s}, u"users-list"_s) ||
            !runCli({u"hooks"_s, u"install"_s}, u"hooks-install"_s) || !startService() ||
            !discoverMailboxes())
            return failSetup();

        bool passed = true;
        const QList<Change> toCrm = exchangeToCrm();
        const QList<Change> toExchange =
            crmToExchange(m_o.crmChanges, 0, m_o.crmPaceMs, m_o.timeoutMs, 240000);
        const double intervalMs = m_o.pollIntervalSecs * 1000.0;

        line(named(u"propagation_setup"_s),
             {u"exchange=%1"_s.arg(m_o.ews ? u"ews"_s : u"graph"_s), u"sample_users=%1"_s.arg(m_o.users),
              u"linked_users=%1"_s.arg(m_linked), u"subscriptions=%1"_s.arg(m_subscribed),
              u"changed_mailboxes=%1"_s.arg(m_mailboxes.size()),
              u"poll_interval_s=%1"_s.arg(m_o.pollIntervalSecs)});
        report(named(u"exchange_to_crm"_s), toCrm, 0);
        report(named(u"crm_to_exchange"_s), toExchange, 0);
        report(named(u"crm_to_exchange_minus_poll_interval"_s), toExchange, intervalMs);
        serviceRuns();
        passed = checkDuplicates() && passed;

        const Summary a = summary(toCrm, 0);
        const Summary b = summary(toExchange, 0);
        const int aLost = lost(toCrm), bLost = lost(toExchange);
        passed =
            verdict(a.count >= 200 && aLost == 0 && a.p50 <= 1000, named(u"exchange_to_crm p50 <= 1000 ms"_s),
                    u"p50_ms=%1 changes=%2 lost=%3"_s.arg(ms(a.p50)).arg(a.count).arg(aLost)) &&
            passed;
        passed = verdict(a.count >= 200 && aLost == 0 && a.p99 <= 3000,
                         named(u"exchange_to_crm p99 <= 3000 ms"_s), u"p99_ms=%1"_s.arg(ms(a.p99))) &&
                 passed;
        passed = verdict(b.count >= 200 && bLost == 0 && b.p99 <= intervalMs + 1000,
                         named(u"crm_to_exchange p99 <= poll interval + 1000 ms"_s),
                         u"p99_ms=%1 bound_ms=%2 changes=%3 lost=%4"_s.arg(ms(b.p99))
                             .arg(intervalMs + 1000)
                             .arg(b.count)
                             .arg(bLost)) &&
                 passed;

        const bool stoppedCleanly = stopService();
        passed = verdict(stoppedCleanly, u"serve stops cleanly on SIGTERM"_s,
                         u"exit code %1"_s.arg(m_serveExit)) &&
                 passed;
        if (m_o.defaultChanges > 0)
            crmToExchangeWithDefaults(); // a figure, not a target
        if (!passed) {
            m_dir.setAutoRemove(false);
            note(u"kept the processes' output in %1"_s.arg(m_dir.path()));
        }
        return passed ? 0 : 1;
    }

private:
    // ---- setup -------------------------------------------------------------------------------------------

    int fatal(const QString &message)
    {
        QTextStream(stderr) << "bench_propagation: " << message << Qt::endl;
        return 2;
    }
    int failSetup()
    {
        m_dir.setAutoRemove(false);
        stopAll();
        return fatal(u"setup failed: %1 (output kept in %2)"_s.arg(m_setupError, m_dir.path()));
    }
    bool setupError(const QString &message)
    {
        m_setupError = message;
        return false;
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool startSandbox()
    {
        note(u"starting %1"_s.arg(m_o.sandbox));
        QString error;
        const QJsonObject line = cxsync::bench::startSandbox(
            m_sandbox, m_o.sandbox,
            QStringList{u"--users"_s, QString::number(m_o.users), u"--appointments"_s,
                        QString::number(m_o.appointments), u"--seed"_s, u"7"_s, u"--profile"_s,
                        path(u"profile.ini"_s), u"--secrets"_s, path(u"secrets"_s)} +
                (m_o.ews ? QStringList{u"--ews"_s, u"0"_s} : QStringList{}),
            path(u"sandbox.out"_s), path(u"sandbox.err"_s), 60000, &error);
        if (line.isEmpty())
            return setupError(error);
        if (m_o.ews && line.value(u"ews"_s).toString().isEmpty())
            return setupError(u"cxsync-sandbox --ews printed no EWS URL"_s);
        const SandboxLine world = SandboxLine::from(line);
        m_graph = world.graph;
        m_tokenUrl = world.tokenUrl;
        m_clientId = world.clientId;
        m_clientSecret = world.clientSecret;
        m_crm = world.crm;
        m_admin = world.admin;
        m_crmZone = world.crmZone;
        m_crmAuth = world.crmAuth;
        return true;
    }

    bool prepareProfile()
    {
        QSettings ini(path(u"profile.ini"_s), QSettings::IniFormat);
        if (ini.value(u"listener/publicUrl"_s).toString().isEmpty())
            return setupError(u"the generated profile has no listener URL"_s);
        ini.setValue(u"store/journalPath"_s, path(u"journal.sqlite"_s));
        ini.setValue(u"paths/dataDir"_s, path(u"data"_s));
        ini.setValue(u"sync/pollIntervalSeconds"_s, m_o.pollIntervalSecs);
        if (m_o.ews) {
            // The sandbox names the EWS URL and the NT account and keeps the kind at Graph: switch it.
            if (ini.value(u"ews/url"_s).toString().isEmpty() ||
                ini.value(u"nt/account"_s).toString().isEmpty())
                return setupError(u"the generated profile has no EWS URL or NT account"_s);
            ini.setValue(u"exchange/kind"_s, u"ews"_s);
        }
        ini.sync();
        return ini.status() == QSettings::NoError || setupError(u"cannot write the profile"_s);
    }

    QStringList cliArgs(const QStringList &command) const
    {
        return QStringList{u"--config"_s, path(u"profile.ini"_s), u"--secrets-file"_s, path(u"secrets"_s)} +
               command;
    }

    bool runCli(const QStringList &command, const QString &logName)
    {
        note(u"cxsync %1"_s.arg(command.join(u' ')));
        QProcess p;
        p.setProgram(m_o.cxsync);
        p.setProcessEnvironment(englishEnvironment());
        p.setArguments(cliArgs(command));
        p.setStandardOutputFile(path(logName + u".out"_s));
        p.setStandardErrorFile(path(logName + u".err"_s));
        p.start();
        if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return setupError(u"cxsync %1 failed (exit %2): %3"_s.arg(command.join(u' '))
                                  .arg(p.exitCode())
                                  .arg(fileText(path(logName + u".err"_s)).trimmed()));
        return true;
    }

    bool startService(const QString &log = u"serve"_s)
    {
        note(u"cxsync serve"_s);
        m_serve.setProgram(m_o.cxsync);
        m_serve.setProcessEnvironment(englishEnvironment());
        m_serve.setArguments(cliArgs({u"serve"_s}));
        m_serve.setStandardOutputFile(path(log + u".out"_s));
        m_serve.setStandardErrorFile(path(log + u".err"_s));
        m_serve.start();
        if (!m_serve.waitForStarted(10000))
            return setupError(u"cxsync serve did not start"_s);
        // Ready once the catch-up run over every user is done and the subscriptions are in place.
        const double deadline = nowMs() + 180000;
        while (nowMs() < deadline && m_serve.state() == QProcess::Running) {
            const QString out = fileText(path(log + u".out"_s));
            if (out.contains(u"Sync of all users"_s) && out.contains(u"Change subscriptions:"_s))
                break;
            pause(100);
        }
        if (m_serve.state() != QProcess::Running || nowMs() >= deadline)
            return setupError(
                u"cxsync serve did not finish its first run: %1"_s.arg(fileText(path(log + u".err"_s))));
        // Steady state: the catch-up run's own writes come back as notifications and feed entries; measure
        // after the next full run has settled them.
        static const QRegularExpression poll(u"Sync of (all users|CRM changes):"_s);
        const auto polls = [this, log] { return int(fileText(path(log + u".out"_s)).count(poll)); };
        const int catchUp = polls();
        // A restart on a settled world writes nothing in its catch-up run: nothing comes back, nothing to
        // wait for.
        static const QRegularExpression nothingWritten(
            u"Sync of all users: Exchange 0 created, 0 updated, 0 deleted; CRM 0 created, 0 updated, 0 deleted "_s);
        if (!fileText(path(log + u".out"_s)).contains(nothingWritten)) {
            note(u"warming up: waiting for the next poll"_s);
            // A poll that finds only the service's own writes is quiet and prints no run (as EWS's
            // SyncFolderItems echoes of the catch-up are): output that stays still for two poll intervals
            // (10 s at least) means the echoes are settled too.
            const double stillMs = qMax(10000.0, 2000.0 * m_o.pollIntervalSecs);
            qsizetype size = -1;
            double changedMs = nowMs();
            while (nowMs() < deadline && m_serve.state() == QProcess::Running && polls() <= catchUp) {
                const qsizetype now = fileText(path(log + u".out"_s)).size();
                if (now != size) {
                    size = now;
                    changedMs = nowMs();
                } else if (nowMs() - changedMs > stillMs) {
                    note(u"the service has been quiet for %1 s"_s.arg(stillMs / 1000));
                    break;
                }
                pause(100);
            }
        }
        pause(1000);
        m_measureFrom = fileText(path(log + u".out"_s)).size();
        return m_serve.state() == QProcess::Running || setupError(u"cxsync serve stopped"_s);
    }

    QList<QPair<QByteArray, QByteArray>> graphHeaders()
    {
        if (m_token.isEmpty() || nowMs() > m_tokenExpiresMs) {
            QUrlQuery form;
            form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
            form.addQueryItem(u"client_id"_s, m_clientId);
            form.addQueryItem(u"client_secret"_s, m_clientSecret);
            form.addQueryItem(u"scope"_s, u"https://graph.microsoft.com/.default"_s);
            const HttpResult r =
                m_http.send("POST", QUrl(m_tokenUrl), {{"Content-Type", "application/x-www-form-urlencoded"}},
                            form.toString(QUrl::FullyEncoded).toUtf8());
            m_token = r.json().value(u"access_token"_s).toString().toUtf8();
            m_tokenExpiresMs = nowMs() + 1000.0 * qMax(60, r.json().value(u"expires_in"_s).toInt() - 60);
        }
        return {{"Authorization", "Bearer " + m_token}, {"Prefer", "outlook.timezone=\"UTC\""}};
    }
    QList<QPair<QByteArray, QByteArray>> crmHeaders() const
    {
        return {{"Authorization", m_crmAuth}, {"Accept", "application/json"}};
    }

    // The linked mailboxes (as `cxsync users list --json` shows them) the service subscribed to (as Graph
    // lists the subscriptions; EWS has no such list, so there the service's own count must cover them all).
    bool discoverMailboxes()
    {
        const QJsonArray links =
            QJsonDocument::fromJson(fileText(path(u"users-list.out"_s)).toUtf8()).array();
        if (m_o.ews)
            return discoverEwsMailboxes(links);
        const HttpResult subs = m_http.send("GET", QUrl(m_graph + u"/subscriptions"_s), graphHeaders());
        if (!subs.ok())
            return setupError(u"GET /subscriptions answered %1"_s.arg(subs.status));
        QSet<QString> subscribed;
        static const QRegularExpression user(u"users/([^/]+)/"_s, QRegularExpression::CaseInsensitiveOption);
        for (const QJsonValue &s : subs.json().value(u"value"_s).toArray()) // resource: [/]users/{id}/events
            subscribed.insert(user.match(s.toObject().value(u"resource"_s).toString()).captured(1).toLower());
        for (const QJsonValue &v : links) {
            const QJsonObject link = v.toObject();
            const QString id = link.value(u"exchangeUserId"_s).toString();
            if (link.value(u"state"_s).toString() != u"linked"_s || !subscribed.contains(id.toLower()))
                continue;
            m_mailboxes.append(
                Mailbox{id, link.value(u"mailbox"_s).toString(), link.value(u"crmUserId"_s).toString()});
            if (m_mailboxes.size() >= m_o.mailboxes)
                break;
        }
        m_subscribed = int(subscribed.size());
        for (const QJsonValue &v : links)
            m_linked += v.toObject().value(u"state"_s).toString() == u"linked"_s ? 1 : 0;
        note(u"%1 linked users, %2 subscriptions; the changes go to %3 mailboxes"_s.arg(m_linked)
                 .arg(subscribed.size())
                 .arg(m_mailboxes.size()));
        if (m_mailboxes.size() < 2)
            return setupError(u"fewer than two linked mailboxes with a subscription"_s);
        return true;
    }

    // EWS: the linked users' mailboxes by SMTP address (what the EWS connector links them by; the sandbox's
    // Graph face and admin endpoint take it too). Push subscriptions are not listed over EWS, so the
    // service's own report ("Change subscriptions: N active, M failed") must show one for every linked
    // mailbox.
    bool discoverEwsMailboxes(const QJsonArray &links)
    {
        static const QRegularExpression subscriptions(
            u"Change subscriptions: (\\d+) active, (\\d+) failed"_s);
        QRegularExpressionMatch said;
        for (auto it = subscriptions.globalMatch(fileText(path(u"serve.out"_s))); it.hasNext();)
            said = it.next(); // the latest report
        if (!said.hasMatch())
            return setupError(u"cxsync serve did not report its change subscriptions"_s);
        m_subscribed = said.captured(1).toInt();
        const int failed = said.captured(2).toInt();
        for (const QJsonValue &v : links) {
            const QJsonObject link = v.toObject();
            if (link.value(u"state"_s).toString() != u"linked"_s)
                continue;
            ++m_linked;
            const QString address = link.value(u"exchangeUserId"_s).toString();
            if (!address.contains(u'@'))
                return setupError(
                    u"a linked EWS user has no SMTP address as its Exchange id: \"%1\""_s.arg(address));
            if (m_mailboxes.size() < m_o.mailboxes)
                m_mailboxes.append(Mailbox{address, address, link.value(u"crmUserId"_s).toString()});
        }
        note(u"%1 linked users, %2 EWS push subscriptions (%3 failed); the changes go to %4 mailboxes"_s
                 .arg(m_linked)
                 .arg(m_subscribed)
                 .arg(failed)
                 .arg(m_mailboxes.size()));
        if (failed != 0 || m_subscribed < m_linked)
            return setupError(
                u"%1 EWS push subscriptions for %2 linked mailboxes (%3 failed)"_s.arg(m_subscribed)
                    .arg(m_linked)
                    .arg(failed));
        if (m_mailboxes.size() < 2)
            return setupError(u"fewer than two linked mailboxes with a subscription"_s);
        return true;
    }

    // ---- Exchange → CRM ----------------------------------------------------------------------------------

    static QJsonObject when(const QDateTime &startUtc)
    {
        const auto at = [](const QDateTime &t) {
            return QJsonObject{{u"dateTime"_s, t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s)},
                               {u"timeZone"_s, u"UTC"_s}};
        };
        return QJsonObject{{u"start"_s, at(startUtc)}, {u"end"_s, at(startUtc.addSecs(3600))}};
    }

    QDateTime freshStart(int i) const
    {
        // Distinct hours from two days out, inside the default sync window (180 days ahead).
        const QDateTime base(QDate::currentDate().addDays(2), QTime(0, 0), QTimeZone::utc());
        return base.addSecs(3600LL * (7 + (i * 37) % 2000));
    }

    // The CRM's view of an appointment with `subject`: its start, or nothing while it is not there.
    std::optional<QDateTime> crmStart(const QString &subject, HttpResult *raw)
    {
        QUrl url(m_crm + u"Communication"_s);
        QUrlQuery q;
        q.addQueryItem(u"where"_s, u"Comm_Subject eq '%1'"_s.arg(subject));
        q.addQueryItem(u"count"_s, u"10"_s);
        url.setQuery(q);
        *raw = m_http.send("GET", url, crmHeaders());
        for (const QJsonValue &v : raw->json().value(u"$resources"_s).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(u"Comm_Deleted"_s).toVariant().toInt() == 1)
                continue;
            return crmDate(o.value(u"Comm_DateTime"_s).toString());
        }
        return std::nullopt;
    }

    QDateTime crmDate(const QString &text) const
    {
        static const QRegularExpression offset(u"(Z|[+-]\\d{2}:?\\d{2})$"_s);
        if (offset.match(text).hasMatch())
            return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
        const QDateTime local = QDateTime::fromString(text.left(19), u"yyyy-MM-ddTHH:mm:ss"_s);
        return QDateTime(local.date(), local.time(), m_crmZone).toUTC();
    }

    QList<Change> exchangeToCrm()
    {
        note(u"Exchange -> CRM: %1 changes through Outlook, over %2 mailboxes"_s.arg(m_o.exchangeChanges)
                 .arg(m_mailboxes.size()));
        QList<Change> changes;
        QList<Item> items;
        auto *random = QRandomGenerator::global();
        for (int i = 0; i < m_o.exchangeChanges; ++i) {
            const int box = i % int(m_mailboxes.size());
            QList<int> mine;
            for (int k = 0; k < items.size(); ++k) {
                if (items.at(k).mailbox == box)
                    mine.append(k);
            }
            Change c;
            c.mailbox = box;
            const QString events = m_admin + u"/outlook/"_s + m_mailboxes.at(box).address + u"/events"_s;
            HttpResult w;
            if (mine.size() < 2 || i % 3 == 0) {
                c.kind = u"create"_s;
                c.subject = u"Bench Outlook %1"_s.arg(i);
                c.startUtc = freshStart(i);
                QJsonObject body = when(c.startUtc);
                body.insert(u"subject"_s, c.subject);
                body.insert(u"location"_s, u"Room %1"_s.arg(i % 7));
                w = m_http.send("POST", QUrl(events), {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
                if (w.ok())
                    items.append(Item{box, w.json().value(u"id"_s).toString(), c.subject, c.startUtc});
            } else {
                Item &item = items[mine.at(int(random->bounded(quint32(mine.size()))))];
                QJsonObject patch;
                if (i % 3 == 1) {
                    c.kind = u"move"_s;
                    c.subject = item.subject;
                    c.startUtc = item.startUtc.addSecs(3600LL * (24 + i % 5));
                    patch = when(c.startUtc);
                } else {
                    c.kind = u"rename"_s;
                    c.subject = u"Bench Outlook %1 renamed %2"_s.arg(item.subject.section(u' ', 2, 2)).arg(i);
                    c.startUtc = item.startUtc;
                    patch.insert(u"subject"_s, c.subject);
                }
                w = m_http.send("PATCH", QUrl(events + u'/' + item.id), {},
                                QJsonDocument(patch).toJson(QJsonDocument::Compact));
                if (w.ok()) {
                    item.subject = c.subject;
                    item.startUtc = c.startUtc;
                }
            }
            if (!w.ok()) {
                note(u"Outlook write %1 failed: HTTP %2 %3"_s.arg(i).arg(w.status).arg(
                    QString::fromUtf8(w.body.left(200))));
                changes.append(c); // counted as lost
                continue;
            }
            c.ackMs = w.answeredMs;
            // Poll the CRM until it shows the change.
            double nextPoll = c.ackMs;
            while (nowMs() - c.ackMs < m_o.timeoutMs) {
                pause(nextPoll - nowMs());
                nextPoll = nowMs() + m_o.pollMs;
                HttpResult r;
                const std::optional<QDateTime> start = crmStart(c.subject, &r);
                if (start && *start == c.startUtc) {
                    c.seenMs = r.midMs();
                    c.done = true;
                    break;
                }
                c.lastMissMs = r.midMs();
            }
            if (!c.done)
                note(u"Exchange -> CRM %1 \"%2\" not seen within %3 ms"_s.arg(c.kind, c.subject)
                         .arg(m_o.timeoutMs));
            changes.append(c);
            if ((i + 1) % 50 == 0)
                note(u"  %1 done"_s.arg(i + 1));
            pause(random->bounded(100)); // think time: changes land at every phase of the poll timer
        }
        m_outlookCreated = 0;
        for (const Change &c : std::as_const(changes))
            m_outlookCreated += c.kind == u"create"_s && c.ackMs > 0 ? 1 : 0;
        return changes;
    }

    // ---- CRM → Exchange ----------------------------------------------------------------------------------

    QString crmDateText(const QDateTime &utc) const
    {
        return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'Z';
    }

    // Graph's view of a mailbox, kept current by calendarView delta (each poll returns only what changed
    // since the previous one, so polling every 20 ms stays cheap for the sandbox the service also talks to).
    struct Shown {
        QString subject;
        QDateTime startUtc;
    };
    const QHash<QString, Shown> &readMailbox(int box, HttpResult *last)
    {
        QHash<QString, Shown> &events = m_shown[box];
        QString &link = m_deltaLinks[box];
        if (link.isEmpty()) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QUrl url(m_graph + u"/users/"_s + m_mailboxes.at(box).graphId + u"/calendarView/delta"_s);
            url.setQuery(u"startDateTime=%1&endDateTime=%2"_s.arg(now.addDays(-1).toString(Qt::ISODate),
                                                                  now.addDays(400).toString(Qt::ISODate)));
            link = url.toString();
        }
        for (QString next = link; !next.isEmpty();) {
            *last = m_http.send("GET", QUrl(next), graphHeaders());
            if (!last->ok())
                break;
            const QJsonObject page = last->json();
            for (const QJsonValue &v : page.value(u"value"_s).toArray()) {
                const QJsonObject e = v.toObject();
                const QString id = e.value(u"id"_s).toString();
                if (e.contains(u"@removed"_s)) {
                    events.remove(id);
                    continue;
                }
                QDateTime t = QDateTime::fromString(
                    e.value(u"start"_s).toObject().value(u"dateTime"_s).toString().left(19),
                    u"yyyy-MM-ddTHH:mm:ss"_s);
                t.setTimeZone(QTimeZone::utc());
                events.insert(id, Shown{e.value(u"subject"_s).toString(), t});
            }
            next = page.value(u"@odata.nextLink"_s).toString();
            if (next.isEmpty())
                link = page.value(u"@odata.deltaLink"_s).toString();
        }
        return events;
    }

    // `count` changes, numbered from `first` (subjects stay unique across phases), one every ~`paceMs`; each
    // is lost after `timeoutMs`, and the phase gives up after `capMs`.
    QList<Change> crmToExchange(int count, int first, int paceMs, double timeoutMs, double capMs)
    {
        for (int box = 0; box < m_mailboxes.size(); ++box) {
            HttpResult r;
            readMailbox(box, &r); // the initial round, before any change
        }
        note(u"CRM -> Exchange: %1 changes through the CRM REST API, one every ~%2 ms, poll interval %3 s"_s
                 .arg(count)
                 .arg(paceMs)
                 .arg(m_pollIntervalSaid.isEmpty() ? QString::number(m_o.pollIntervalSecs)
                                                   : m_pollIntervalSaid));
        QList<Change> changes;
        QList<Item> items;
        QList<int> itemOfChange;
        auto *random = QRandomGenerator::global();
        QHash<int, double> nextPollOf; // mailbox → when it may be polled again
        double nextWrite = nowMs();
        int made = 0;
        const double started = nowMs();
        while (true) {
            int open = 0;
            for (const Change &c : std::as_const(changes))
                open += c.done || c.ackMs <= 0 ? 0 : 1;
            if (made >= count && open == 0)
                break;
            if (nowMs() - started > capMs) {
                note(u"CRM -> Exchange: giving up after %1 s"_s.arg(capMs / 1000));
                break;
            }
            // Time outs.
            for (Change &c : changes) {
                if (!c.done && c.ackMs > 0 && nowMs() - c.ackMs > timeoutMs) {
                    c.ackMs = -c.ackMs; // lost
                    note(u"CRM -> Exchange %1 \"%2\" not seen within %3 ms"_s.arg(c.kind, c.subject)
                             .arg(timeoutMs));
                }
            }
            // The next write, at a steady pace with jitter.
            if (made < count && nowMs() >= nextWrite) {
                nextWrite = nowMs() + paceMs / 2 + random->bounded(paceMs);
                const int i = first + made++;
                Change c;
                int itemIndex = -1;
                QList<int> idle;
                for (int k = 0; k < items.size(); ++k) {
                    if (!items.at(k).busy)
                        idle.append(k);
                }
                HttpResult w;
                if (idle.size() < 4 || i % 3 == 0) {
                    c.kind = u"create"_s;
                    c.mailbox = i % int(m_mailboxes.size());
                    c.subject = u"Bench CRM %1"_s.arg(i);
                    c.startUtc = freshStart(1000 + i);
                    const QJsonObject body{{u"Comm_Type"_s, u"Appointment"_s},
                                           {u"Comm_Action"_s, u"Meeting"_s},
                                           {u"Comm_Status"_s, u"Pending"_s},
                                           {u"Comm_Subject"_s, c.subject},
                                           {u"Comm_Location"_s, u"Room %1"_s.arg(i % 5)},
                                           {u"Comm_DateTime"_s, crmDateText(c.startUtc)},
                                           {u"Comm_ToDateTime"_s, crmDateText(c.startUtc.addSecs(3600))},
                                           {u"Comm_UserId"_s, m_mailboxes.at(c.mailbox).crmUserId}};
                    w = m_http.send("POST", QUrl(m_crm + u"Communication"_s), crmHeaders(),
                                    QJsonDocument(body).toJson(QJsonDocument::Compact));
                    if (w.ok()) {
                        const QString id = w.json().value(u"$key"_s).toString();
                        // As the CRM's own screens do: the assigned user is also linked to the communication.
                        const QJsonObject link{{u"CmLi_Comm_CommunicationId"_s, id},
                                               {u"CmLi_Comm_UserId"_s, m_mailboxes.at(c.mailbox).crmUserId}};
                        m_http.send("POST", QUrl(m_crm + u"Comm_Link"_s), crmHeaders(),
                                    QJsonDocument(link).toJson(QJsonDocument::Compact));
                        items.append(Item{c.mailbox, id, c.subject, c.startUtc, true});
                        itemIndex = int(items.size()) - 1;
                    }
                } else {
                    itemIndex = idle.at(int(random->bounded(quint32(idle.size()))));
                    Item &item = items[itemIndex];
                    c.mailbox = item.mailbox;
                    QJsonObject fields;
                    if (i % 3 == 1) {
                        c.kind = u"move"_s;
                        c.subject = item.subject;
                        c.startUtc = item.startUtc.addSecs(3600LL * (24 + i % 5));
                        fields = {{u"Comm_DateTime"_s, crmDateText(c.startUtc)},
                                  {u"Comm_ToDateTime"_s, crmDateText(c.startUtc.addSecs(3600))}};
                    } else {
                        c.kind = u"rename"_s;
                        c.subject = u"Bench CRM %1 renamed %2"_s.arg(item.subject.section(u' ', 2, 2)).arg(i);
                        c.startUtc = item.startUtc;
                        fields = {{u"Comm_Subject"_s, c.subject}};
                    }
                    w = m_http.send("PUT", QUrl(m_crm + u"Communication('%1')"_s.arg(item.id)), crmHeaders(),
                                    QJsonDocument(fields).toJson(QJsonDocument::Compact));
                    if (w.ok()) {
                        item.subject = c.subject;
                        item.startUtc = c.startUtc;
                        item.busy = true;
                    }
                }
                if (!w.ok()) {
                    note(u"CRM write %1 failed: HTTP %2 %3"_s.arg(i).arg(w.status).arg(
                        QString::fromUtf8(w.body.left(200))));
                    c.ackMs = -1;
                    itemIndex = -1;
                } else {
                    c.ackMs = w.answeredMs;
                }
                changes.append(c);
                itemOfChange.append(itemIndex);
            }
            // Poll every mailbox that waits for something, at most every pollMs each.
            bool polled = false;
            for (int box = 0; box < m_mailboxes.size(); ++box) {
                bool waiting = false;
                for (const Change &c : std::as_const(changes))
                    waiting = waiting || (!c.done && c.ackMs > 0 && c.mailbox == box);
                if (!waiting || nowMs() < nextPollOf.value(box, 0))
                    continue;
                nextPollOf[box] = nowMs() + m_o.pollMs;
                polled = true;
                HttpResult r;
                const QHash<QString, Shown> &shown = readMailbox(box, &r);
                for (int k = 0; k < changes.size(); ++k) {
                    Change &c = changes[k];
                    if (c.done || c.ackMs <= 0 || c.mailbox != box || r.sentMs < c.ackMs)
                        continue;
                    bool seen = false;
                    for (const Shown &e : shown)
                        seen = seen || (e.subject == c.subject && e.startUtc == c.startUtc);
                    if (r.ok() && seen) {
                        c.seenMs = r.midMs();
                        c.done = true;
                        if (itemOfChange.at(k) >= 0)
                            items[itemOfChange.at(k)].busy = false;
                    } else {
                        c.lastMissMs = r.midMs();
                    }
                }
            }
            if (!polled) {
                double next = nextWrite;
                for (double t : std::as_const(nextPollOf))
                    next = qMin(next, t);
                pause(qBound(1.0, next - nowMs(), double(m_o.pollMs)));
            }
        }
        for (Change &c : changes) {
            if (!c.done)
                c.ackMs = 0; // lost (or never written)
        }
        m_crmCreated = 0;
        for (const Change &c : std::as_const(changes))
            m_crmCreated += c.kind == u"create"_s && c.done ? 1 : 0;
        return changes;
    }

    // ---- results -----------------------------------------------------------------------------------------

    static QList<double> latencies(const QList<Change> &changes, double minus)
    {
        QList<double> out;
        for (const Change &c : changes) {
            if (c.done)
                out.append(c.latencyMs() - minus);
        }
        return out;
    }
    static Summary summary(const QList<Change> &changes, double minus)
    {
        return Summary::of(latencies(changes, minus));
    }
    static int lost(const QList<Change> &changes)
    {
        int n = 0;
        for (const Change &c : changes)
            n += c.done ? 0 : 1;
        return n;
    }

    void report(const QString &direction, const QList<Change> &changes, double minus,
                const QString &pollInterval = {})
    {
        const Summary s = summary(changes, minus);
        QList<double> spans;
        for (const Change &c : changes) {
            if (c.done)
                spans.append(c.spanMs());
        }
        const Summary span = Summary::of(spans);
        QHash<QString, int> kinds;
        for (const Change &c : changes)
            kinds[c.kind] += 1;
        line(u"propagation"_s,
             {u"direction=%1"_s.arg(direction), u"changes=%1"_s.arg(changes.size()),
              u"seen=%1"_s.arg(s.count), u"lost=%1"_s.arg(lost(changes)),
              u"creates=%1"_s.arg(kinds.value(u"create"_s)), u"moves=%1"_s.arg(kinds.value(u"move"_s)),
              u"renames=%1"_s.arg(kinds.value(u"rename"_s)), u"mailboxes=%1"_s.arg(m_mailboxes.size()),
              u"p50_ms=%1"_s.arg(ms(s.p50)), u"p90_ms=%1"_s.arg(ms(s.p90)), u"p99_ms=%1"_s.arg(ms(s.p99)),
              u"max_ms=%1"_s.arg(ms(s.max)), u"mean_ms=%1"_s.arg(ms(s.mean)), u"poll_ms=%1"_s.arg(m_o.pollMs),
              u"resolution_p50_ms=%1"_s.arg(ms(span.p50)), u"resolution_max_ms=%1"_s.arg(ms(span.max)),
              u"poll_interval_s=%1"_s.arg(pollInterval.isEmpty() ? QString::number(m_o.pollIntervalSecs)
                                                                 : pollInterval)});
    }

    // CRM → Exchange with the product's default settings: `cxsync serve` again, on the same world, with the
    // profile's Poll Interval removed. Printed for the record (what an admin who changes nothing gets), not
    // judged: the targets above are for the configured interval.
    void crmToExchangeWithDefaults()
    {
        note(u"CRM -> Exchange with default settings: cxsync serve again, no Poll Interval in the profile"_s);
        {
            QSettings ini(path(u"profile.ini"_s), QSettings::IniFormat);
            ini.remove(u"sync/pollIntervalSeconds"_s);
        }
        m_setupError.clear();
        if (!startService(u"serve-default"_s)) {
            note(u"CRM -> Exchange with default settings not measured: %1"_s.arg(m_setupError));
            stopService();
            return;
        }
        // The interval as the service says it (the product's default may change); 60 s if it does not say.
        static const QRegularExpression every(u"CRM changes are read every (\\d+) second"_s);
        const QRegularExpressionMatch said = every.match(fileText(path(u"serve-default.out"_s)));
        const int intervalS = said.hasMatch() ? said.captured(1).toInt() : 60;
        m_pollIntervalSaid = said.hasMatch() ? said.captured(1) : u"default"_s;
        // Writes spread over one and a half intervals, so they land at every phase of the poll timer (the
        // service has just polled when the warm-up ends).
        const int pace = qMax(m_o.crmPaceMs, int(1.5 * intervalS * 1000 / m_o.defaultChanges));
        const double timeoutMs = intervalS * 1000.0 + 120000;
        const QList<Change> changes = crmToExchange(m_o.defaultChanges, 100000, pace, timeoutMs,
                                                    1.5 * m_o.defaultChanges * pace + timeoutMs + 60000);
        report(named(u"crm_to_exchange_default_settings"_s), changes, 0, m_pollIntervalSaid);
        if (!stopService())
            note(u"the second cxsync serve did not stop cleanly (exit code %1)"_s.arg(m_serveExit));
    }

    // The service's own account of its runs (the durations it prints per run).
    void serviceRuns()
    {
        // "<time>  Sync of <scope>: Exchange ... (<n> mailbox(es), <ms> ms)" (older builds: "... (<ms> ms)")
        static const QRegularExpression run(u"^\\S+\\s+Sync of (.+?): Exchange .*?(\\d+) ms\\)$"_s,
                                            QRegularExpression::MultilineOption);
        QList<double> full, crm, single;
        const QString out = fileText(path(u"serve.out"_s)).mid(m_measureFrom); // the runs while measuring
        auto it = run.globalMatch(out);
        while (it.hasNext()) {
            const auto m = it.next();
            (m.captured(1) == u"all users"_s     ? full
             : m.captured(1) == u"CRM changes"_s ? crm
                                                 : single)
                .append(m.captured(2).toDouble());
        }
        for (const auto &[scope, values] :
             {std::pair{u"all_users"_s, full}, std::pair{u"crm_feed_only"_s, crm},
              std::pair{u"one_mailbox"_s, single}}) {
            const Summary s = Summary::of(values);
            line(named(u"service_runs"_s),
                 {u"scope=%1"_s.arg(scope), u"runs=%1"_s.arg(s.count), u"p50_ms=%1"_s.arg(ms(s.p50)),
                  u"p90_ms=%1"_s.arg(ms(s.p90)), u"max_ms=%1"_s.arg(ms(s.max))});
        }
    }

    // One CRM communication per Outlook appointment and one Outlook appointment per CRM communication.
    bool checkDuplicates()
    {
        pause(1500); // let the last echoes settle
        QHash<QString, int> crmSubjects;
        QUrl url(m_crm + u"Communication"_s);
        for (int start = 1;; start += 1000) {
            url.setQuery(u"count=1000&startIndex=%1"_s.arg(start));
            const HttpResult r = m_http.send("GET", url, crmHeaders());
            const QJsonArray rows = r.json().value(u"$resources"_s).toArray();
            for (const QJsonValue &v : rows) {
                const QJsonObject o = v.toObject();
                if (o.value(u"Comm_Deleted"_s).toVariant().toInt() != 1 &&
                    o.value(u"Comm_Subject"_s).toString().startsWith(u"Bench "_s))
                    crmSubjects[o.value(u"Comm_Subject"_s).toString()] += 1;
            }
            if (rows.size() < 1000)
                break;
        }
        int crmDuplicates = 0, crmOutlook = 0;
        for (auto it = crmSubjects.cbegin(); it != crmSubjects.cend(); ++it) {
            crmDuplicates += it.value() - 1;
            crmOutlook += it.key().startsWith(u"Bench Outlook"_s) ? 1 : 0;
        }
        int exchangeDuplicates = 0, exchangeCrm = 0;
        for (const Mailbox &box : std::as_const(m_mailboxes)) {
            QUrl events(m_graph + u"/users/"_s + box.graphId + u"/events"_s);
            events.setQuery(u"$top=1000&$select=subject"_s);
            QHash<QString, int> subjects;
            for (const QJsonValue &v :
                 m_http.send("GET", events, graphHeaders()).json().value(u"value"_s).toArray())
                subjects[v.toObject().value(u"subject"_s).toString()] += 1;
            for (auto it = subjects.cbegin(); it != subjects.cend(); ++it) {
                if (!it.key().startsWith(u"Bench CRM"_s))
                    continue;
                exchangeDuplicates += it.value() - 1;
                exchangeCrm += 1;
            }
        }
        line(named(u"consistency"_s),
             {u"outlook_created=%1"_s.arg(m_outlookCreated), u"crm_records_for_them=%1"_s.arg(crmOutlook),
              u"crm_duplicates=%1"_s.arg(crmDuplicates), u"crm_created=%1"_s.arg(m_crmCreated),
              u"outlook_items_for_them=%1"_s.arg(exchangeCrm),
              u"outlook_duplicates=%1"_s.arg(exchangeDuplicates)});
        return verdict(
            crmDuplicates == 0 && exchangeDuplicates == 0 && crmOutlook == m_outlookCreated &&
                exchangeCrm == m_crmCreated,
            named(u"one copy of every change on the other side"_s),
            u"crm_duplicates=%1 outlook_duplicates=%2"_s.arg(crmDuplicates).arg(exchangeDuplicates));
    }

    // ---- teardown ----------------------------------------------------------------------------------------

    bool stopService()
    {
        if (m_serve.state() == QProcess::NotRunning)
            return false;
        m_serve.terminate(); // SIGTERM: the service finishes the write under way and stops
        if (!m_serve.waitForFinished(30000)) {
            m_serve.kill();
            m_serve.waitForFinished(5000);
            return false;
        }
        m_serveExit = m_serve.exitCode();
        return m_serve.exitStatus() == QProcess::NormalExit && m_serveExit == 0;
    }

    void stopAll()
    {
        for (QProcess *p : {&m_serve, &m_sandbox}) {
            if (p->state() == QProcess::NotRunning)
                continue;
            p->terminate();
            if (!p->waitForFinished(15000)) {
                p->kill();
                p->waitForFinished(5000);
            }
        }
    }

    Options m_o;
    QTemporaryDir m_dir;
    QString m_setupError;
    Http m_http;
    QProcess m_sandbox;
    QProcess m_serve;
    int m_serveExit = -1;
    QString m_pollIntervalSaid;  // the service's own word on its interval (default-settings phase)
    qsizetype m_measureFrom = 0; // serve.out up to here is setup and warm-up
    QString m_graph, m_tokenUrl, m_clientId, m_clientSecret, m_crm, m_admin;
    QByteArray m_crmAuth, m_token;
    double m_tokenExpiresMs = 0;
    QTimeZone m_crmZone;
    QList<Mailbox> m_mailboxes;
    QHash<int, QHash<QString, Shown>> m_shown;
    QHash<int, QString> m_deltaLinks;
    int m_outlookCreated = 0;
    int m_linked = 0;
    int m_subscribed = 0;
    int m_crmCreated = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    nowMs(); // the clock starts here
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Propagation latency of cxsync serve through the sandboxes (issues 7 and 15)"_s);
    parser.addHelpOption();
    PropagationBench::Options o;
    o.cxsync = QString::fromUtf8(CXSYNC_CLI_PATH);
    o.sandbox = QString::fromUtf8(CXSYNC_SANDBOX_PATH);
    const QCommandLineOption cxsyncOpt(u"cxsync"_s, u"The cxsync executable."_s, u"PATH"_s, o.cxsync);
    const QCommandLineOption sandboxOpt(u"sandbox"_s, u"The cxsync-sandbox executable."_s, u"PATH"_s,
                                        o.sandbox);
    const QCommandLineOption changesOpt(u"changes"_s, u"Changes per direction (default 210)."_s, u"N"_s,
                                        u"210"_s);
    const QCommandLineOption mailboxesOpt(
        u"mailboxes"_s, u"Linked mailboxes to spread the changes over (default 6)."_s, u"N"_s, u"6"_s);
    const QCommandLineOption usersOpt(u"users"_s, u"Sample users in the sandbox (default 25)."_s, u"N"_s,
                                      u"25"_s);
    const QCommandLineOption intervalOpt(
        u"poll-interval"_s, u"The service's Poll Interval in seconds (default 5, the minimum)."_s, u"S"_s,
        u"5"_s);
    const QCommandLineOption pollOpt(
        u"poll-ms"_s, u"How often the bench looks for a change (default 20 ms)."_s, u"MS"_s, u"20"_s);
    const QCommandLineOption defaultsOpt(
        u"default-changes"_s,
        u"CRM -> Exchange changes measured again with default settings (default 100, 0 = not measured)."_s,
        u"N"_s, u"100"_s);
    const QCommandLineOption exchangeOpt(
        u"exchange"_s,
        u"How the service talks to Exchange: graph (default) or ews (on-premises, the sandbox's EWS face)."_s,
        u"KIND"_s, u"graph"_s);
    const QCommandLineOption keepOpt(u"keep"_s, u"Keep the temporary directory (profile, journal, logs)."_s);
    parser.addOptions({cxsyncOpt, sandboxOpt, changesOpt, mailboxesOpt, usersOpt, intervalOpt, pollOpt,
                       defaultsOpt, exchangeOpt, keepOpt});
    parser.process(app);
    const QString exchange = parser.value(exchangeOpt).toLower();
    if (exchange != u"graph"_s && exchange != u"ews"_s) {
        QTextStream(stderr) << "bench_propagation: --exchange must be graph or ews, not \"" << exchange << '"'
                            << Qt::endl;
        return 2;
    }
    o.ews = exchange == u"ews"_s;
    o.cxsync = parser.value(cxsyncOpt);
    o.sandbox = parser.value(sandboxOpt);
    o.exchangeChanges = o.crmChanges = qMax(1, parser.value(changesOpt).toInt());
    o.mailboxes = qMax(2, parser.value(mailboxesOpt).toInt());
    o.users = qMax(4, parser.value(usersOpt).toInt());
    o.pollIntervalSecs = qMax(5, parser.value(intervalOpt).toInt());
    o.pollMs = qMax(1, parser.value(pollOpt).toInt());
    o.defaultChanges = qMax(0, parser.value(defaultsOpt).toInt());
    o.keep = parser.isSet(keepOpt);
    PropagationBench bench(o);
    return bench.run();
}
