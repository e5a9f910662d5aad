#include "UsersCommand.h"

#include "CliContext.h"
#include "config/Settings.h"
#include "connect/Connections.h"
#include "profile/Profile.h"
#include "store/Journal.h"
#include "users/UserExclusions.h"
#include "users/UserLinkStore.h"
#include "users/UserSync.h"

#include <QSet>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTextStream>

#include <utility>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace cxsync {

using namespace users;

namespace {

constexpr int kOk = 0;
constexpr int kFailed = 1;
constexpr int kUsage = 2;

QString stamp(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QJsonObject itemJson(const UserPlanItem &item)
{
    QJsonObject o{{QStringLiteral("action"), actionName(item.action)},
                  {QStringLiteral("reason"), item.reason}};
    if (item.rule != MatchRule::None)
        o.insert(QStringLiteral("rule"), ruleName(item.rule));
    if (item.crmUser)
        o.insert(QStringLiteral("crmUser"), QJsonObject{{QStringLiteral("id"), item.crmUser->id},
                                                        {QStringLiteral("logon"), item.crmUser->logon},
                                                        {QStringLiteral("name"), fullName(*item.crmUser)}});
    if (item.mailbox)
        o.insert(QStringLiteral("mailbox"),
                 QJsonObject{{QStringLiteral("id"), item.mailbox->id},
                             {QStringLiteral("address"), mailboxAddress(*item.mailbox)},
                             {QStringLiteral("server"), item.mailbox->server}});
    if (item.action == PlanAction::Create)
        o.insert(QStringLiteral("newUser"), QJsonObject{{QStringLiteral("logon"), item.newUser.logon},
                                                        {QStringLiteral("firstName"), item.newUser.firstName},
                                                        {QStringLiteral("lastName"), item.newUser.lastName},
                                                        {QStringLiteral("email"), item.newUser.email},
                                                        {QStringLiteral("resource"), item.newUser.resource}});
    if (!item.related.isEmpty())
        o.insert(QStringLiteral("related"), QJsonArray::fromStringList(item.related));
    return o;
}

QJsonObject linkJson(const UserLink &link)
{
    QJsonObject o{{QStringLiteral("crmUserId"), link.crmUserId},
                  {QStringLiteral("logon"), link.crmLogon},
                  {QStringLiteral("name"), link.crmName},
                  {QStringLiteral("state"), stateName(link.state)}};
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("mailbox", link.mailbox);
    put("exchangeUserId", link.exchangeUserId);
    put("exchangeServer", link.exchangeServer);
    put("rule", ruleName(link.rule));
    put("lastSyncUtc", link.lastSyncUtc.isValid() ? link.lastSyncUtc.toString(Qt::ISODate) : QString());
    put("excludedUtc", link.excludedUtc.isValid() ? link.excludedUtc.toString(Qt::ISODate) : QString());
    put("note", link.note);
    put("lastError", link.lastError);
    return o;
}

} // namespace

UsersCommand::UsersCommand(Profile &profile, QIODevice *input, QTextStream &out, QTextStream &err,
                           Options options, QObject *parent)
    : QObject(parent), m_profile(profile), m_settings(profile.settings()), m_input(input), m_out(out),
      m_err(err), m_options(options), m_clock(profile.clock())
{
    connect(&m_signals, &StopSignals::stopRequested, this, &UsersCommand::requestStop);
}

UsersCommand::~UsersCommand() = default;

QString UsersCommand::usage()
{
    return tr("usage: cxsync users sync [--dry-run] [--yes] [--json] | users list [--json] | "
              "users disable USER | users enable USER");
}

int UsersCommand::fail(int code, const QString &message)
{
    m_err << "cxsync: " << message << Qt::endl;
    return code;
}

void UsersCommand::finish(int code)
{
    m_signals.uninstall();
    m_out.flush();
    m_err.flush();
    if (auto done = std::exchange(m_done, nullptr))
        done(code);
}

void UsersCommand::run(const QStringList &args, std::function<void(int)> done)
{
    m_done = std::move(done);
    const QString sub = args.value(0);
    if (sub == QLatin1String("sync") && args.size() == 1) {
        m_signals.install(true);
        openConnections([this] { sync(); });
        return;
    }
    if (sub == QLatin1String("list") && args.size() == 1)
        return finish(list());
    if (sub == QLatin1String("disable") && args.size() == 2) {
        const QString user = args.at(1);
        openConnections([this, user] { disable(user); });
        return;
    }
    if (sub == QLatin1String("enable") && args.size() == 2)
        return finish(enable(args.at(1)));
    finish(fail(kUsage, usage()));
}

bool UsersCommand::openJournal()
{
    auto opened = m_profile.journal();
    if (!opened.ok()) {
        fail(kFailed, opened.error().message);
        return false;
    }
    m_journal = std::move(opened).value();
    return true;
}

void UsersCommand::openConnections(std::function<void()> next)
{
    QPointer<UsersCommand> self(this);
    m_profile.connections([self, next](Result<std::shared_ptr<Connections>> opened) {
        if (!self || self->m_interrupted)
            return;
        if (!opened.ok()) {
            const bool usage = opened.error().kind == ErrorKind::Invalid;
            return self->finish(self->fail(usage ? kUsage : kFailed, opened.error().message));
        }
        self->m_connections = std::move(opened).value();
        if (!self->openJournal())
            return self->finish(kFailed);
        next();
    });
}

// ---- sync

void UsersCommand::sync()
{
    exchange::ExchangeConnector *exchange = m_connections->exchange(); // Graph or EWS, never null
    m_sync =
        std::make_unique<UserSync>(m_connections->crm(), *exchange, *m_journal, m_clock,
                                   UserSync::matchOptions(m_settings, m_connections->exchangeServerNames()));
    if (!m_options.json)
        m_out << tr("Reading the mailboxes, the CRM users and the journal…") << Qt::endl;
    QPointer<UsersCommand> self(this);
    m_sync->preparePlan([self](Result<UserSyncPlan> plan) {
        if (!self || self->m_interrupted)
            return;
        if (!plan.ok())
            return self->finish(self->fail(kFailed, plan.error().message));
        self->printPlan(plan.value());
        if (self->m_options.dryRun) {
            if (!self->m_options.json)
                self->m_out << tr("Dry run: nothing was written.") << Qt::endl;
            else
                self->m_out << QJsonDocument(QJsonObject{{QStringLiteral("dryRun"), true}})
                                   .toJson(QJsonDocument::Compact)
                            << Qt::endl;
            return self->finish(kOk);
        }
        self->confirmAndApply(plan.value());
    });
}

bool UsersCommand::stdinIsTerminal() const
{
#ifdef Q_OS_UNIX
    const auto *file = qobject_cast<QFile *>(m_input);
    return file && file->handle() >= 0 && ::isatty(file->handle()) == 1;
#else
    return false;
#endif
}

void UsersCommand::confirmAndApply(const UserSyncPlan &plan)
{
    const int creations = plan.count(PlanAction::Create);
    ApplyOptions options;
    options.createUsers = m_options.yes;
    if (creations > 0 && !m_options.yes) {
        if (stdinIsTerminal() && !m_options.json) {
            m_out << tr("Create %n CRM user(s) as resources? [y/N] ", nullptr, creations);
            m_out.flush();
            const QString answer = QString::fromLocal8Bit(m_input->readLine()).trimmed().toLower();
            options.createUsers = answer == QLatin1String("y") || answer == QLatin1String("yes");
        }
        if (!options.createUsers && !m_options.json)
            m_out
                << tr("%n CRM user(s) not created: creating users needs --yes (or \"y\" at the prompt). The "
                      "links are applied.",
                      nullptr, creations)
                << Qt::endl;
    }
    UserSyncApplier &applier = m_sync->applier();
    connect(&applier, &UserSyncApplier::itemFailed, this, [this](const QString &who, const QString &message) {
        m_err << "cxsync: " << tr("%1: %2").arg(who, message) << Qt::endl;
    });
    connect(&applier, &UserSyncApplier::finished, this, [this, plan](const UserSyncReport &report) {
        printReport(report, plan);
        if (report.cancelled && m_signals.signalNumber() != 0)
            return finish(StopSignals::exitCodeFor(m_signals.signalNumber()));
        finish(report.fatal || report.failed > 0 || report.cancelled ? kFailed : kOk);
    });
    applier.start(plan, options);
}

void UsersCommand::printPlan(const UserSyncPlan &plan)
{
    if (m_options.json) {
        QJsonArray items;
        for (const UserPlanItem &item : plan.items)
            items.append(itemJson(item));
        const QJsonObject o{{QStringLiteral("exchangeServer"), plan.exchangeServer},
                            {QStringLiteral("mailboxes"), plan.exchangeUsers},
                            {QStringLiteral("crmUsers"), plan.crmUsers},
                            {QStringLiteral("creationAllowed"), plan.creationAllowed},
                            {QStringLiteral("warnings"), QJsonArray::fromStringList(plan.warnings)},
                            {QStringLiteral("items"), items}};
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("plan"), o}}).toJson(QJsonDocument::Compact)
              << Qt::endl;
        return;
    }
    m_out << tr("User sync plan for %1: %2 mailboxes, %3 CRM users")
                 .arg(m_connections->exchangeServerNames().join(QStringLiteral(", ")))
                 .arg(plan.exchangeUsers)
                 .arg(plan.crmUsers)
          << '\n';
    for (const QString &warning : plan.warnings)
        m_out << tr("Warning: %1").arg(warning) << '\n';
    auto row = [this](const QString &label, int count, const QString &detail = {}) {
        m_out << "  " << label.leftJustified(10) << QString::number(count).rightJustified(6);
        if (!detail.isEmpty())
            m_out << "  " << detail;
        m_out << '\n';
    };
    row(actionLabel(PlanAction::Link), plan.count(PlanAction::Link),
        tr("(stored id %1, e-mail %2, alias %3, name %4)")
            .arg(plan.count(PlanAction::Link, MatchRule::StoredId))
            .arg(plan.count(PlanAction::Link, MatchRule::PrimarySmtp))
            .arg(plan.count(PlanAction::Link, MatchRule::Alias))
            .arg(plan.count(PlanAction::Link, MatchRule::Name)));
    row(actionLabel(PlanAction::Create), plan.count(PlanAction::Create),
        plan.creationAllowed ? tr("as resources (Create CRM Users)") : QString());
    row(actionLabel(PlanAction::Unlink), plan.count(PlanAction::Unlink));
    row(actionLabel(PlanAction::Exclude), plan.count(PlanAction::Exclude));
    row(actionLabel(PlanAction::Unchanged), plan.count(PlanAction::Unchanged));
    row(actionLabel(PlanAction::Conflict), plan.count(PlanAction::Conflict));
    row(actionLabel(PlanAction::Skip), plan.count(PlanAction::Skip));

    const QList<QPair<PlanAction, QString>> sections{
        {PlanAction::Link, tr("Links:")},         {PlanAction::Create, tr("Creations:")},
        {PlanAction::Unlink, tr("Unlinks:")},     {PlanAction::Exclude, tr("Exclusions:")},
        {PlanAction::Conflict, tr("Conflicts:")}, {PlanAction::Skip, tr("Not linked:")}};
    for (const auto &section : sections) {
        if (plan.count(section.first) == 0)
            continue;
        m_out << section.second << '\n';
        for (const UserPlanItem &item : plan.items) {
            if (item.action != section.first)
                continue;
            QString who;
            switch (item.action) {
            case PlanAction::Link:
                who = QStringLiteral("%1 <-> %2 [%3]")
                          .arg(item.crmLabel(), item.mailboxLabel(), ruleLabel(item.rule));
                break;
            case PlanAction::Create:
                who = tr("%1 (%2 %3) <- %4, resource")
                          .arg(item.newUser.logon, item.newUser.firstName, item.newUser.lastName,
                               item.newUser.email);
                break;
            default:
                who = item.crmUser ? item.crmLabel() : item.mailboxLabel();
                if (item.crmUser && item.mailbox)
                    who += QStringLiteral(" / ") + item.mailboxLabel();
                break;
            }
            m_out << "  " << who;
            if (item.action != PlanAction::Create)
                m_out << ": " << item.reason;
            if (item.action == PlanAction::Conflict && !item.related.isEmpty())
                m_out << tr(" [with %1]").arg(item.related.join(QStringLiteral(", ")));
            m_out << '\n';
        }
    }
    m_out.flush();
}

void UsersCommand::printReport(const UserSyncReport &report, const UserSyncPlan &plan)
{
    Q_UNUSED(plan)
    if (m_options.json) {
        QJsonArray failures;
        for (const auto &f : report.failures)
            failures.append(
                QJsonObject{{QStringLiteral("user"), f.first}, {QStringLiteral("error"), f.second}});
        QJsonObject o{
            {QStringLiteral("linked"), report.linked},       {QStringLiteral("created"), report.created},
            {QStringLiteral("unlinked"), report.unlinked},   {QStringLiteral("excluded"), report.excluded},
            {QStringLiteral("unchanged"), report.unchanged}, {QStringLiteral("conflicts"), report.conflicts},
            {QStringLiteral("skipped"), report.skipped},     {QStringLiteral("declined"), report.declined},
            {QStringLiteral("failed"), report.failed},       {QStringLiteral("failures"), failures},
            {QStringLiteral("elapsedMs"), report.elapsedMs}};
        if (report.fatal)
            o.insert(QStringLiteral("fatal"), report.fatal->message);
        if (report.cancelled) {
            o.insert(QStringLiteral("cancelled"), true);
            o.insert(QStringLiteral("notStarted"), report.notStarted);
        }
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("report"), o}}).toJson(QJsonDocument::Compact)
              << Qt::endl;
        return;
    }
    if (report.fatal) {
        fail(kFailed, tr("nothing was applied: %1").arg(report.fatal->message));
        return;
    }
    m_out << tr("Applied in %1 ms: %2 linked, %3 created, %4 unlinked, %5 excluded, %6 unchanged, %7 "
                "conflicts, "
                "%8 not linked")
                 .arg(report.elapsedMs)
                 .arg(report.linked)
                 .arg(report.created)
                 .arg(report.unlinked)
                 .arg(report.excluded)
                 .arg(report.unchanged)
                 .arg(report.conflicts)
                 .arg(report.skipped)
          << Qt::endl;
    if (report.declined > 0)
        m_out << tr("%n creation(s) declined.", nullptr, report.declined) << Qt::endl;
    if (report.failed > 0)
        fail(kFailed,
             tr("%n user(s) failed; see the lines above and `cxsync users list`", nullptr, report.failed));
    if (report.cancelled && m_signals.signalNumber() != 0) {
        m_out
            << tr("Interrupted by %1: %2 change(s) applied (%3 linked, %4 created, %5 unlinked), %6 failed, "
                  "%7 not started; run `cxsync users sync` again to finish.")
                   .arg(StopSignals::signalName(m_signals.signalNumber()))
                   .arg(report.linked + report.created + report.unlinked)
                   .arg(report.linked)
                   .arg(report.created)
                   .arg(report.unlinked)
                   .arg(report.failed)
                   .arg(report.notStarted)
            << Qt::endl;
    } else if (report.cancelled) {
        fail(kFailed,
             tr("cancelled: %n change(s) not started; run the sync again", nullptr, report.notStarted));
    }
}

void UsersCommand::requestStop()
{
    if (m_interrupted)
        return;
    m_interrupted = true;
    const QString signal = StopSignals::signalName(m_signals.signalNumber());
    if (m_sync && m_sync->applier().isRunning()) {
        // The applier lets the writes in flight finish and reports the rest as not started.
        if (!m_options.json)
            m_out << tr("%1: finishing the writes under way, starting no new ones… (press Ctrl+C again to "
                        "quit at once)")
                         .arg(signal)
                  << Qt::endl;
        m_sync->applier().cancel();
        return;
    }
    // Still reading the directories (or asking): nothing was written yet.
    m_out << tr("Interrupted by %1 before anything was written; the plan was not applied.").arg(signal)
          << Qt::endl;
    finish(StopSignals::exitCodeFor(m_signals.signalNumber()));
}

// ---- list, disable, enable

int UsersCommand::list()
{
    if (!openJournal())
        return kFailed;
    auto rows = UserLinkStore(*m_journal).all();
    if (!rows.ok())
        return fail(kFailed, rows.error().message);
    if (m_options.json) {
        QJsonArray array;
        for (const UserLink &link : rows.value())
            array.append(linkJson(link));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return kOk;
    }
    if (rows.value().isEmpty()) {
        m_out << tr("No users in the journal yet: run `cxsync users sync`.") << Qt::endl;
        return kOk;
    }
    // Several Exchange servers (seed chapter 5): a column says which one each user is on.
    QSet<QString> servers;
    for (const UserLink &link : rows.value()) {
        if (!link.exchangeServer.isEmpty())
            servers.insert(link.exchangeServer.toLower());
    }
    const bool serverColumn = servers.size() > 1 || !m_settings.additionalServers().isEmpty();
    QStringList header{tr("LOGON"), tr("NAME"), tr("MAILBOX")};
    if (serverColumn)
        header.append(tr("EXCHANGE SERVER"));
    header << tr("RULE") << tr("STATE") << tr("LAST SYNC") << tr("DETAILS");
    QList<QStringList> table{header};
    for (const UserLink &link : rows.value()) {
        QStringList line{link.crmLogon, link.crmName, link.mailbox};
        if (serverColumn)
            line.append(link.state == LinkState::Linked ? link.exchangeServer : QString());
        line << ruleLabel(link.rule) << stateLabel(link.state) << stamp(link.lastSyncUtc)
             << (link.lastError.isEmpty() ? link.note : tr("error: %1").arg(link.lastError));
        table.append(line);
    }
    const int columns = int(header.size()) - 1; // the last one is not padded
    QList<int> widths(columns, 0);
    for (const QStringList &line : std::as_const(table)) {
        for (int c = 0; c < columns; ++c)
            widths[c] = qMax(widths[c], int(line.at(c).size()));
    }
    for (const QStringList &line : std::as_const(table)) {
        for (int c = 0; c < columns; ++c)
            m_out << line.at(c).leftJustified(widths.at(c)) << "  ";
        m_out << line.at(columns) << '\n';
    }
    return kOk;
}

void UsersCommand::disable(const QString &user)
{
    QPointer<UsersCommand> self(this);
    UserExclusions::disable(
        m_connections->crm(), *m_journal, m_clock, user, this, [self](Result<UserLink> row) {
            if (!self)
                return;
            if (!row.ok())
                return self->finish(self->fail(kFailed, row.error().message));
            self->m_out
                << tr("%1 is disabled: it is not synchronized, and user sync does not link it again until "
                      "`cxsync users enable %2`.")
                       .arg(row.value().crmName.isEmpty()
                                ? row.value().crmLogon
                                : QStringLiteral("%1 (%2)").arg(row.value().crmLogon, row.value().crmName),
                            row.value().crmLogon)
                << Qt::endl;
            self->finish(kOk);
        });
}

int UsersCommand::enable(const QString &user)
{
    if (!openJournal())
        return kFailed;
    Result<UserLink> row = UserExclusions::enable(*m_journal, user, m_clock.nowUtc());
    if (!row.ok())
        return fail(kFailed, row.error().message);
    m_out << tr("%1 is enabled: the next `cxsync users sync` links it.").arg(row.value().crmLogon)
          << Qt::endl;
    return kOk;
}

std::unique_ptr<Command> makeUsersCommand()
{
    auto users = std::make_unique<ProfileFamily>(
        QStringLiteral("users"), QString(),
        UsersCommand::tr("which CRM users are synchronized with which mailboxes"), [](CommandCall &call) {
            CliContext &cx = call.context;
            const UsersCommand::Options options{call.isSet(QStringLiteral("dry-run")),
                                                call.isSet(QStringLiteral("yes")),
                                                call.isSet(QStringLiteral("json"))};
            cx.keep(std::make_unique<UsersCommand>(cx.profile(), cx.input(), cx.out(), cx.err(), options))
                ->run(call.args, call.done);
        });
    users
        ->addSubcommand(std::make_unique<Command>(
            QStringLiteral("sync"), QStringLiteral("users sync [--dry-run] [--yes] [--json]"),
            UsersCommand::tr("link CRM users to mailboxes (and create missing ones as resources):\n"
                             "prints the plan, then applies it; creating users needs --yes")))
        ->addOption(Command::dryRunOption())
        .addOption(
            Command::yesOption(UsersCommand::tr("Create the CRM users the plan lists without asking.")))
        .addOption(Command::jsonOption());
    users
        ->addSubcommand(std::make_unique<Command>(
            QStringLiteral("list"), QStringLiteral("users list [--json]"),
            UsersCommand::tr("every CRM user's link, rule, state and last sync (from the journal)")))
        ->addOption(Command::jsonOption());
    users->addSubcommand(std::make_unique<Command>(
        QStringLiteral("disable"), QStringLiteral("users disable USER"),
        UsersCommand::tr("stop syncing a user and keep user sync from relinking it")));
    users->addSubcommand(std::make_unique<Command>(
        QStringLiteral("enable"), QStringLiteral("users enable USER"),
        UsersCommand::tr("let user sync link it again (USER: logon, CRM id or mailbox)")));
    return users;
}

} // namespace cxsync
