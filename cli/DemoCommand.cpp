#include "DemoCommand.h"

#include "CliContext.h"
#include "TestConnectionCommand.h"
#include "config/LayeredSecretStore.h"
#include "connect/Connections.h"
#include "profile/Profile.h"
#include "queue/FailedMessageQueue.h"
#include "store/Journal.h"
#include "sync/CalendarSync.h"
#include "sync/SyncRetries.h"
#include "users/UserLinkStore.h"
#include "users/UserSync.h"

#include "SandboxAdminClient.h"
#include "SandboxProcess.h"
#include "config/SecretsFile.h"
#include "config/Settings.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QPointer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

namespace cxsync {

DemoCommand::DemoCommand(Options options, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_out(out), m_err(err),
      m_sandbox(std::make_unique<SandboxProcess>())
{
    connect(&m_signals, &StopSignals::stopRequested, this, &DemoCommand::stopOnSignal);
    // Ctrl+C in a terminal reaches the sandboxes too, and they may end before StopSignals (which polls every
    // 100 ms) reports it: a stop that soon after is the signal's doing, not a failure.
    connect(m_sandbox.get(), &SandboxProcess::exitedUnexpectedly, this, [this](const QString &message) {
        QTimer::singleShot(300, this, [this, message] {
            if (m_done)
                finish(fail(message));
        });
    });
}

DemoCommand::~DemoCommand()
{
    // The engine closes the journal before its folder goes; the sandboxes stop before their profile goes.
    m_sync.reset();
    m_retries.reset();
    m_userSync.reset();
    m_journal.reset();
    m_connections.reset();
    if (m_engine)
        m_engine->close();
    m_admin.reset();
    m_sandbox->stop();
    m_signals.uninstall();
    if (!m_tempDir.isEmpty())
        QDir(m_tempDir).removeRecursively();
}

int DemoCommand::fail(const QString &message)
{
    m_err << "cxsync: " << message << Qt::endl;
    return 1;
}

void DemoCommand::finish(int code)
{
    if (auto done = std::exchange(m_done, nullptr)) {
        // Whatever the outcome, the sandboxes end with the demo, before it reports.
        m_sandbox->stop();
        done(code);
    }
}

void DemoCommand::stopOnSignal(int signalNumber)
{
    if (!m_done)
        return;
    m_sandbox->stop();
    m_err << "cxsync: "
          << tr("stopped by %1; the sandboxes were stopped").arg(StopSignals::signalName(signalNumber))
          << Qt::endl;
    finish(StopSignals::exitCodeFor(signalNumber));
}

void DemoCommand::run(std::function<void(int)> done)
{
    m_done = std::move(done);
    QString dir = m_options.directory;
    if (dir.isEmpty()) {
        QTemporaryDir temp;
        temp.setAutoRemove(false);
        if (!temp.isValid()) {
            finish(fail(tr("cannot create a temporary folder for the demo")));
            return;
        }
        dir = m_tempDir = temp.path();
    } else if (!QDir().mkpath(dir)) {
        finish(fail(tr("cannot create the folder '%1'").arg(dir)));
        return;
    }

    // Ctrl+C and SIGTERM stop the sandboxes and remove the temporary folder instead of leaving them behind.
    m_signals.install(true);
    m_profile = dir + QStringLiteral("/demo-profile.ini");
    m_secretsPath = dir + QStringLiteral("/demo-secrets");
    const Result<QString> program = SandboxProcess::locate();
    if (!program.ok()) {
        finish(fail(program.error().message));
        return;
    }
    SandboxProcess::Options options;
    options.users = m_options.users;
    options.appointments = m_options.appointments;
    options.seed = m_options.seed;
    options.profilePath = m_profile;
    options.secretsPath = m_secretsPath;
    m_out
        << tr("1. Starting the Microsoft Graph and Sage CRM sandboxes (%1 users, %2 appointments, seed %3)…")
               .arg(m_options.users)
               .arg(m_options.appointments)
               .arg(m_options.seed)
        << '\n'
        << "   "
        << tr("%1, waiting up to %2 s for it to report ready")
               .arg(QDir::toNativeSeparators(program.value()))
               .arg(SandboxProcess::startTimeoutMs(options) / 1000)
        << Qt::endl;
    connect(m_sandbox.get(), &SandboxProcess::waiting, this, [this](int elapsed, int timeout) {
        m_out << "   " << tr("still starting (%1 s of at most %2 s)…").arg(elapsed).arg(timeout) << Qt::endl;
    });
    QPointer<DemoCommand> self(this);
    m_sandbox->start(options, [self](Result<QJsonObject> ready) {
        if (!self)
            return;
        if (!ready.ok())
            return self->finish(self->fail(tr("the sandboxes did not start: %1").arg(ready.error().message)));
        self->sandboxReady(ready.value());
    });
}

void DemoCommand::sandboxReady(const QJsonObject &line)
{
    m_line = line;
    m_admin = std::make_unique<SandboxAdminClient>(QUrl(line.value(QStringLiteral("admin")).toString()));
    m_out << "   " << tr("ready: process %1").arg(m_sandbox->processId()) << '\n'
          << "   " << tr("Graph: %1").arg(line.value(QStringLiteral("graph")).toString()) << '\n'
          << "   " << tr("Sage CRM: %1").arg(line.value(QStringLiteral("crm")).toString()) << '\n'
          << "   " << tr("Admin endpoint: %1").arg(line.value(QStringLiteral("admin")).toString())
          << Qt::endl;

    const QString &profile = m_profile;
    const QString &secrets = m_secretsPath;
    m_out << tr("2. The sandbox wrote a profile for them: %1 (secrets: %2, mode 0600)").arg(profile, secrets)
          << Qt::endl;

    m_out << tr("3. Validating the profile as the panel's Save would…") << Qt::endl;
    auto opened = Settings::open(profile);
    if (!opened.ok()) {
        finish(fail(opened.error().message));
        return;
    }
    const ValidationIssues issues = opened.value()->validate();
    for (const ValidationIssue &issue : issues)
        m_err << "cxsync: " << issue.field << ": " << issue.message << '\n';
    if (!issues.isEmpty()) {
        finish(fail(tr("the demo profile is not valid")));
        return;
    }
    auto loaded = SecretsFile::load(secrets);
    if (!loaded.ok()) {
        finish(fail(loaded.error().message));
        return;
    }
    m_out << "   " << tr("valid; %1 secrets ready for --secrets-file").arg(loaded.value().size()) << Qt::endl;
    // The sandboxes were just filled afresh: a journal left by an earlier demo in the same folder describes a
    // world that no longer exists (its links and cursors would point at nothing), so it goes.
    if (const QString journal = opened.value()->journalPath(); QFile::exists(journal)) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(journal + suffix);
        m_out << "   " << tr("removed the journal of an earlier demo run: %1").arg(journal) << Qt::endl;
    }

    m_out << tr("4. Test Connection, step by step (the listener step warns until the service runs):")
          << Qt::endl;
    m_settings = std::move(opened).value();
    m_secrets = std::make_unique<LayeredSecretStore>(nullptr);
    m_secrets->setOverrides(loaded.value());
    m_engine = std::make_unique<Profile>(*m_settings, *m_secrets);
    m_test = std::make_unique<TestConnectionCommand>(*m_engine, ConnectionTestOptions{}, false, m_out);
    m_test->run([this](int) { showWorld(); });
}

void DemoCommand::showWorld()
{
    m_out << tr("5. What the sandboxes hold:") << Qt::endl;
    const QString mailbox = m_line.value(QStringLiteral("mailbox")).toString();
    QPointer<DemoCommand> self(this);
    m_admin->crmUsers([self, mailbox](Result<SandboxAdminClient::Items> users) {
        if (!self || self->endsOn(users))
            return;
        self->m_admin->communications(
            [self, mailbox, users = users.value().size()](Result<SandboxAdminClient::Items> communications) {
                if (!self || self->endsOn(communications))
                    return;
                self->m_admin->events(mailbox, [self, mailbox, users,
                                                communications = communications.value().size()](
                                                   Result<SandboxAdminClient::Items> events) {
                    if (!self || self->endsOn(events))
                        return;
                    self->m_out << "   "
                                << tr("CRM users: %1; CRM communications: %2").arg(users).arg(communications)
                                << '\n'
                                << "   "
                                << tr("events in %1's mailbox: %2").arg(mailbox).arg(events.value().size())
                                << Qt::endl;
                    self->openEngine();
                });
            });
    });
}

void DemoCommand::openEngine()
{
    QPointer<DemoCommand> self(this);
    m_engine->connections([self](Result<std::shared_ptr<Connections>> opened) {
        if (!self || self->endsOn(opened))
            return;
        self->m_connections = std::move(opened).value();
        auto journal = self->m_engine->journal();
        if (!journal.ok())
            return self->finish(self->fail(journal.error().message));
        self->m_journal = std::move(journal).value();
        self->linkUsers();
    });
}

void DemoCommand::linkUsers()
{
    m_out << tr("6. Sync Users With CRM: linking CRM users to their mailboxes (no CRM users are created):")
          << Qt::endl;
    exchange::ExchangeConnector *exchange = m_connections->exchange(); // never null
    m_userSync = std::make_unique<users::UserSync>(
        m_connections->crm(), *exchange, *m_journal, m_engine->clock(),
        users::UserSync::matchOptions(*m_settings, m_connections->exchangeServerNames()));
    QPointer<DemoCommand> self(this);
    m_userSync->preparePlan([self](Result<users::UserSyncPlan> prepared) {
        if (!self || self->endsOn(prepared))
            return;
        const users::UserSyncPlan plan = prepared.value();
        self->m_out << "   "
                    << tr("plan: %1 mailboxes, %2 CRM users; %3 to link, %4 to create, %5 conflicts, %6 not "
                          "linked")
                           .arg(plan.exchangeUsers)
                           .arg(plan.crmUsers)
                           .arg(plan.count(users::PlanAction::Link))
                           .arg(plan.count(users::PlanAction::Create))
                           .arg(plan.count(users::PlanAction::Conflict))
                           .arg(plan.count(users::PlanAction::Skip))
                    << Qt::endl;
        users::UserSyncApplier &applier = self->m_userSync->applier();
        connect(&applier, &users::UserSyncApplier::itemFailed, self,
                [self](const QString &who, const QString &message) {
                    self->m_err << "cxsync: " << tr("%1: %2").arg(who, message) << Qt::endl;
                });
        connect(&applier, &users::UserSyncApplier::finished, self, [self](const users::UserSyncReport &r) {
            if (r.fatal)
                return self->finish(self->fail(r.fatal->message));
            self->m_out << "   "
                        << tr("applied in %1 ms: %2 linked, %3 unchanged, %4 creations declined (the demo "
                              "does not create CRM users), %5 conflicts, %6 skipped, %7 failed")
                               .arg(r.elapsedMs)
                               .arg(r.linked)
                               .arg(r.unchanged)
                               .arg(r.declined)
                               .arg(r.conflicts)
                               .arg(r.skipped)
                               .arg(r.failed)
                        << Qt::endl;
            if (r.failed > 0)
                self->m_code = 1;
            const auto links = users::UserLinkStore(*self->m_journal).all();
            if (!links.ok())
                return self->finish(self->fail(links.error().message));
            for (const users::UserLink &l : links.value()) {
                if (l.state == users::LinkState::Linked)
                    self->m_people.append(Person{l.crmUserId, l.crmName, l.mailbox});
            }
            self->m_out << "   "
                        << tr("the journal now links %n CRM user(s) to a mailbox", nullptr,
                              int(self->m_people.size()))
                        << Qt::endl;
            if (self->m_people.isEmpty())
                return self->finish(
                    self->fail(tr("no CRM user was linked, so there is nothing to synchronize")));
            QTimer::singleShot(0, self, [self] {
                if (self)
                    self->firstSync();
            });
        });
        applier.start(plan, users::ApplyOptions{false, 4});
    });
}

void DemoCommand::runSync(std::function<void(const sync::SyncReport &)> next)
{
    // The profile's own settings, as `cxsync sync` runs them (both directions are on by default).
    const sync::SyncRunOptions options = sync::SyncRunOptions::fromSettings(*m_settings);
    if (!m_retries)
        m_retries = std::make_unique<sync::SyncRetries>(*m_connections, *m_journal, m_engine->clock(), options);
    QPointer<DemoCommand> self(this);
    // As `cxsync sync` does: the failed messages whose time has come first, then the run.
    m_retries->runDue([self, options, next](const queue::DrainReport &drained) {
        if (!self)
            return;
        if (const QString line = sync::SyncRetries::describe(drained); !line.isEmpty())
            self->m_out << "   " << line << Qt::endl;
        self->m_sync = std::make_unique<sync::CalendarSync>(*self->m_connections, *self->m_journal,
                                                            self->m_engine->clock(), options);
        self->m_sync->setDecider([self](const sync::SafetyStop &stop, std::function<void(bool)> answer) {
            if (self)
                self->m_out
                    << "   "
                    << tr("%1: this run would delete %2 of %3 synchronized items; kept (the demo never "
                          "confirms a mass delete)")
                           .arg(stop.mailbox)
                           .arg(stop.deletes)
                           .arg(stop.items)
                    << Qt::endl;
            answer(false);
        });
        connect(self->m_sync.get(), &sync::CalendarSync::finished, self,
                [self, next](const sync::SyncReport &r) {
                    const sync::SyncReport report = r;
                    QTimer::singleShot(0, self, [self, next, report] {
                        if (self)
                            next(report);
                    });
                });
        self->m_sync->start();
    });
}

bool DemoCommand::reportProblems(const sync::SyncReport &report)
{
    m_out << "   " << sync::CalendarSync::describe(report) << Qt::endl;
    // The same note can come once per occurrence of a series: each is printed once, with its count.
    QStringList notes;
    QHash<QString, int> times;
    for (const QString &note : report.notes) {
        if (times[note]++ == 0)
            notes.append(note);
    }
    for (const QString &note : std::as_const(notes))
        m_out << "   "
              << (times.value(note) > 1 ? tr("note (%1 times): %2").arg(times.value(note)).arg(note)
                                        : tr("note: %1").arg(note))
              << '\n';
    for (const QString &failure : report.failures)
        m_err << "cxsync: " << failure << '\n';
    m_out.flush();
    m_err.flush();
    if (!report.error.isEmpty()) {
        finish(fail(report.error));
        return false;
    }
    if (!report.ok() || !report.stops.isEmpty())
        m_code = 1;
    return true;
}

void DemoCommand::readWorld(std::function<void(const World &)> next)
{
    // Two requests: the communications, then every mailbox's events (of which the linked ones are kept).
    QPointer<DemoCommand> self(this);
    m_admin->communications([self, next](Result<SandboxAdminClient::Items> communications) {
        if (!self || self->endsOn(communications))
            return;
        self->m_admin->allEvents([self, next, communications = std::move(communications).value()](
                                     Result<QHash<QString, SandboxAdminClient::Items>> events) {
            if (!self || self->endsOn(events))
                return;
            World world;
            world.communications = communications;
            for (const Person &p : std::as_const(self->m_people)) {
                const auto found = events.value().constFind(p.address.toLower());
                if (found == events.value().cend())
                    return self->finish(self->fail(
                        tr("the sandbox lists no mailbox %1, which the journal links").arg(p.address)));
                world.events.insert(p.address, found.value());
            }
            next(world);
        });
    });
}

void DemoCommand::syncAndReadBack(std::function<void(const World &)> describe)
{
    readWorld([this, describe](const World &before) {
        m_before = snapshot(before);
        runSync([this, describe](const sync::SyncReport &report) {
            if (reportProblems(report))
                readWorld(describe);
        });
    });
}

DemoCommand::Snapshot DemoCommand::snapshot(const World &world)
{
    Snapshot s;
    for (const QJsonObject &c : world.communications)
        s.communications.insert(c.value(QStringLiteral("$key")).toString());
    for (auto it = world.events.cbegin(); it != world.events.cend(); ++it) {
        QSet<QString> &ids = s.events[it.key()];
        for (const QJsonObject &e : it.value())
            ids.insert(e.value(QStringLiteral("id")).toString());
    }
    return s;
}

DemoCommand::Created DemoCommand::createdSince(const Snapshot &before, const World &after) const
{
    Created created;
    for (const QJsonObject &c : after.communications) {
        if (!before.communications.contains(c.value(QStringLiteral("$key")).toString()))
            created.communications.append(c);
    }
    for (const Person &p : m_people) {
        const QSet<QString> known = before.events.value(p.address);
        for (const QJsonObject &e : after.events.value(p.address)) {
            if (!known.contains(e.value(QStringLiteral("id")).toString()))
                created.events.append({p.address, e});
        }
    }
    // The next upcoming items first: the easiest ones for an admin to find in Outlook or the CRM.
    const QString now = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm"));
    auto eventKey = [now](const QJsonObject &e) {
        const QString start =
            e.value(QStringLiteral("start")).toObject().value(QStringLiteral("dateTime")).toString();
        return (start < now ? QStringLiteral("1") : QStringLiteral("0")) + start;
    };
    std::stable_sort(created.events.begin(), created.events.end(), [&eventKey](const auto &a, const auto &b) {
        return eventKey(a.second) < eventKey(b.second);
    });
    auto commKey = [now](const QJsonObject &c) {
        const QString start = c.value(QStringLiteral("Comm_DateTime")).toString();
        return (start < now ? QStringLiteral("1") : QStringLiteral("0")) + start;
    };
    std::stable_sort(
        created.communications.begin(), created.communications.end(),
        [&commKey](const QJsonObject &a, const QJsonObject &b) { return commKey(a) < commKey(b); });
    return created;
}

QString DemoCommand::personName(const QString &crmUserId) const
{
    for (const Person &p : m_people) {
        if (p.crmUserId == crmUserId)
            return p.crmName;
    }
    return tr("CRM user %1").arg(crmUserId);
}

QString DemoCommand::eventLine(const QString &mailbox, const QJsonObject &event) const
{
    const QJsonObject start = event.value(QStringLiteral("start")).toObject();
    return tr("\"%1\" on %2 (%3) is in %4's Outlook calendar (event id %5…)")
        .arg(event.value(QStringLiteral("subject")).toString(),
             start.value(QStringLiteral("dateTime"))
                 .toString()
                 .left(16)
                 .replace(QLatin1Char('T'), QLatin1Char(' ')),
             start.value(QStringLiteral("timeZone")).toString(), mailbox,
             event.value(QStringLiteral("id")).toString().left(12));
}

QString DemoCommand::communicationLine(const QJsonObject &c) const
{
    return tr("\"%1\" on %2 (CRM server time) is CRM communication %3 for %4")
        .arg(c.value(QStringLiteral("Comm_Subject")).toString(),
             c.value(QStringLiteral("Comm_DateTime"))
                 .toString()
                 .left(16)
                 .replace(QLatin1Char('T'), QLatin1Char(' ')),
             c.value(QStringLiteral("$key")).toString(),
             personName(c.value(QStringLiteral("Comm_UserId")).toVariant().toString()));
}

void DemoCommand::firstSync()
{
    m_out << tr("7. Calendar sync, both ways, over the sample data (a retry pass, then one run):")
          << Qt::endl;
    syncAndReadBack([this](const World &after) { describeFirstSync(after); });
}

void DemoCommand::describeFirstSync(const World &after)
{
    const Created created = createdSince(m_before, after);
    m_out << "   "
          << tr("read back from the sandboxes: %1 new event(s) in %2 linked mailbox(es), %3 new CRM "
                "communication(s)")
                 .arg(created.events.size())
                 .arg(m_people.size())
                 .arg(created.communications.size())
          << '\n';
    if (!created.events.isEmpty())
        m_out << "   "
              << tr("CRM → Outlook, for example: %1")
                     .arg(eventLine(created.events.first().first, created.events.first().second))
              << '\n';
    else
        m_out << "   " << tr("CRM → Outlook: no CRM appointment needed a new Outlook event") << '\n';
    if (!created.communications.isEmpty())
        m_out << "   "
              << tr("Outlook → CRM, for example: %1").arg(communicationLine(created.communications.first()))
              << '\n';
    else
        m_out << "   " << tr("Outlook → CRM: no Outlook appointment needed a new CRM communication") << '\n';
    m_out.flush();
    actAsUsers();
}

void DemoCommand::actAsUsers()
{
    m_out << tr("8. Acting as users do (through the sandboxes' user-action API):") << Qt::endl;
    // One linked user makes both changes, so both land in one calendar: the profile's own mailbox when it is
    // linked, else the first linked user.
    const QString profileMailbox = m_line.value(QStringLiteral("mailbox")).toString();
    Person person = m_people.first();
    for (const Person &p : std::as_const(m_people)) {
        if (p.address.compare(profileMailbox, Qt::CaseInsensitive) == 0)
            person = p;
    }
    m_changeMailbox = person.address;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(1);
    const QJsonObject event{
        {QStringLiteral("subject"), tr("Demo: project kick-off")},
        {QStringLiteral("start"),
         QJsonObject{{QStringLiteral("dateTime"), start.toString(QStringLiteral("yyyy-MM-ddTHH:00:00"))},
                     {QStringLiteral("timeZone"), QStringLiteral("UTC")}}},
        {QStringLiteral("end"),
         QJsonObject{{QStringLiteral("dateTime"),
                      start.addSecs(3600).toString(QStringLiteral("yyyy-MM-ddTHH:00:00"))},
                     {QStringLiteral("timeZone"), QStringLiteral("UTC")}}}};
    QPointer<DemoCommand> self(this);
    m_admin->createEvent(m_changeMailbox, event, [self, person, start](Result<QJsonObject> created) {
        if (!self || self->endsOn(created, tr("the sandboxes refused the demo's changes: %1")))
            return;
        self->m_outlookSubject = created.value().value(QStringLiteral("subject")).toString();
        const QString id = created.value().value(QStringLiteral("id")).toString();
        self->m_admin->events(
            self->m_changeMailbox, [self, person, start, id](Result<SandboxAdminClient::Items> events) {
                if (!self || self->endsOn(events))
                    return;
                self->m_out << "   "
                            << tr("%1 created \"%2\" in Outlook (id %3…); the mailbox now holds %4 events")
                                   .arg(self->m_changeMailbox, self->m_outlookSubject, id.left(12))
                                   .arg(events.value().size())
                            << Qt::endl;
                self->createCommunicationAs(person, start);
            });
    });
}

void DemoCommand::createCommunicationAs(const Person &person, const QDateTime &start)
{
    const QJsonObject fields{
        {QStringLiteral("Comm_Type"), QStringLiteral("Appointment")},
        {QStringLiteral("Comm_Action"), QStringLiteral("Meeting")},
        {QStringLiteral("Comm_Status"), QStringLiteral("Pending")},
        {QStringLiteral("Comm_Subject"), tr("Demo: customer call")},
        {QStringLiteral("Comm_DateTime"), start.toString(QStringLiteral("yyyy-MM-ddT14:00:00"))},
        {QStringLiteral("Comm_ToDateTime"), start.toString(QStringLiteral("yyyy-MM-ddT14:30:00"))},
        {QStringLiteral("Comm_UserId"), person.crmUserId.toInt()}};
    QPointer<DemoCommand> self(this);
    m_admin->createCommunication(fields, {person.crmUserId}, [self, person](Result<QJsonObject> comm) {
        if (!self || self->endsOn(comm, tr("the sandboxes refused the demo's changes: %1")))
            return;
        self->m_crmSubject = comm.value().value(QStringLiteral("Comm_Subject")).toString();
        self->m_out << "   "
                    << tr("%1 created \"%2\" in the CRM (Comm_CommunicationId %3)")
                           .arg(person.crmName, self->m_crmSubject,
                                comm.value().value(QStringLiteral("$key")).toString())
                    << Qt::endl;
        if (self->m_outlookSubject.isEmpty() || self->m_crmSubject.isEmpty())
            return self->finish(self->fail(tr("the sandboxes refused the demo's changes")));
        self->secondSync();
    });
}

void DemoCommand::secondSync()
{
    m_out << tr("9. Calendar sync again: it carries the two changes above across:") << Qt::endl;
    syncAndReadBack([this](const World &after) { describeSecondSync(after); });
}

void DemoCommand::describeSecondSync(const World &after)
{
    const Created created = createdSince(m_before, after);
    bool outlookArrived = false;
    bool crmArrived = false;
    for (const QJsonObject &c : created.communications) {
        m_out << "   " << tr("Outlook → CRM: %1").arg(communicationLine(c)) << '\n';
        outlookArrived =
            outlookArrived || c.value(QStringLiteral("Comm_Subject")).toString() == m_outlookSubject;
    }
    for (const auto &[mailbox, event] : created.events) {
        m_out << "   " << tr("CRM → Outlook: %1").arg(eventLine(mailbox, event)) << '\n';
        crmArrived = crmArrived || (mailbox == m_changeMailbox &&
                                    event.value(QStringLiteral("subject")).toString() == m_crmSubject);
    }
    m_out.flush();
    if (!outlookArrived) {
        m_err << "cxsync: " << tr("\"%1\" did not reach the CRM").arg(m_outlookSubject) << Qt::endl;
        m_code = 1;
    }
    if (!crmArrived) {
        m_err << "cxsync: "
              << tr("\"%1\" did not reach %2's Outlook calendar").arg(m_crmSubject, m_changeMailbox)
              << Qt::endl;
        m_code = 1;
    }
    if (outlookArrived && crmArrived)
        m_out << "   "
              << tr("both changes crossed: %1 new CRM communication(s), %2 new Outlook event(s) in all")
                     .arg(created.communications.size())
                     .arg(created.events.size())
              << Qt::endl;
    whereNext();
}

qint64 DemoCommand::openFailedMessages()
{
    if (!m_retries)
        return 0;
    queue::MessageFilter filter;
    filter.states = {queue::MessageState::Waiting, queue::MessageState::Retrying,
                     queue::MessageState::Parked};
    const Result<qint64> n = m_retries->queue().count(filter);
    return n.ok() ? n.value() : 0;
}

void DemoCommand::whereNext()
{
    m_out << tr("10. Where to look next:") << '\n';
    const QString cli = QStringLiteral("cxsync --config %1 --secrets-file %2").arg(m_profile, m_secretsPath);
    m_out
        << "   "
        << tr("%1 queue list   (failed messages waiting for a retry: %2)").arg(cli).arg(openFailedMessages())
        << '\n'
        << "   " << tr("%1 log          (the transaction log: every write of the runs above)").arg(cli)
        << '\n'
        << "   " << tr("%1 users list   (each CRM user's link)").arg(cli) << '\n'
        << "   "
        << tr("cxsync-panel --config %1   (the panel: Status, Failed Messages and Log tabs, Sync Now)")
               .arg(m_profile)
        << Qt::endl;
    if (m_tempDir.isEmpty() || m_options.serve)
        m_out << tr("Try it: %1 test-connection").arg(cli) << Qt::endl;
    else
        m_out << tr("The profile and journal are removed when the demo ends; keep them with --dir DIR.")
              << Qt::endl;
    if (m_options.serve) {
        m_out << tr("Serving until interrupted (Ctrl+C).") << Qt::endl;
        return; // done is never called: the process runs until a signal ends it
    }
    m_out << tr("The sandboxes stop with the demo; --serve keeps them running for `cxsync sync` and the "
                "panel.")
          << Qt::endl;
    finish(m_code);
}

namespace {

class DemoCommandLine final : public Command {
    Q_DECLARE_TR_FUNCTIONS(cxsync::DemoCommand)
public:
    DemoCommandLine()
        : Command(QStringLiteral("demo"),
                  QStringLiteral("demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]"),
                  tr("start the Graph and Sage CRM sandboxes with sample data, write a\n"
                     "profile for them and run what the product can do against them"))
    {
        addOption(QCommandLineOption(
            QStringLiteral("dir"),
            tr("Keep the profile, secrets and journal here (default: a temporary folder)."),
            QStringLiteral("DIR")));
        addOption(QCommandLineOption(QStringLiteral("users"), tr("Sample users, 1 to 100000."),
                                     QStringLiteral("N"), QStringLiteral("50")));
        addOption(QCommandLineOption(QStringLiteral("appointments"), tr("Sample appointments, 0 to 1000000."),
                                     QStringLiteral("M"), QStringLiteral("200")));
        addOption(QCommandLineOption(QStringLiteral("seed"), tr("Seed of the sample data."),
                                     QStringLiteral("S"), QStringLiteral("1")));
        addOption(
            QCommandLineOption(QStringLiteral("serve"), tr("Keep the sandboxes running until interrupted.")));
    }

    void run(CommandCall &call) override
    {
        CliContext &cx = call.context;
        if (!call.args.isEmpty()) {
            call.done(cx.fail(
                ExitUsage,
                tr("usage: cxsync demo [--dir DIR] [--users N] [--appointments M] [--seed S] [--serve]")));
            return;
        }
        DemoCommand::Options options;
        bool ok1 = false, ok2 = false, ok3 = false;
        options.users = call.value(QStringLiteral("users")).toInt(&ok1);
        options.appointments = call.value(QStringLiteral("appointments")).toInt(&ok2);
        options.seed = call.value(QStringLiteral("seed")).toULongLong(&ok3);
        if (!ok1 || !ok2 || !ok3 || options.users < 1 || options.users > 100000 || options.appointments < 0 ||
            options.appointments > 1000000) {
            call.done(cx.fail(
                ExitUsage,
                tr("--users (1 to 100000), --appointments (0 to 1000000) and --seed must be whole numbers")));
            return;
        }
        options.directory = call.value(QStringLiteral("dir"));
        options.serve = call.isSet(QStringLiteral("serve"));
        cx.keep(std::make_unique<DemoCommand>(options, cx.out(), cx.err()))->run(call.done);
    }
};

} // namespace

std::unique_ptr<Command> makeDemoCommand()
{
    return std::make_unique<DemoCommandLine>();
}

} // namespace cxsync
