#include "HooksCommand.h"

#include "CliContext.h"
#include "config/Settings.h"
#include "connect/Connections.h"
#include "crm/CrmConnector.h"
#include "hooks/HooksInstaller.h"
#include "hooks/SubscriptionHealth.h"
#include "profile/Profile.h"
#include "store/Journal.h"
#include "users/UserLinkStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace cxsync {

HooksCommand::HooksCommand(Profile &profile, QTextStream &out, QTextStream &err, bool json, QObject *parent)
    : QObject(parent), m_profile(profile), m_settings(profile.settings()), m_out(out), m_err(err), m_json(json),
      m_clock(profile.clock())
{
}

HooksCommand::~HooksCommand() = default;

QString HooksCommand::usage()
{
    return tr("usage: cxsync hooks install | status [--json] | remove");
}

int HooksCommand::fail(int code, const QString &message)
{
    m_err << "cxsync: " << message << Qt::endl;
    return code;
}

void HooksCommand::finish(int code)
{
    m_out.flush();
    m_err.flush();
    if (auto done = std::move(m_done))
        done(code);
}

void HooksCommand::run(const QStringList &args, std::function<void(int)> done)
{
    m_done = std::move(done);
    const QString sub = args.value(0);
    if (args.size() != 1 || (sub != QLatin1String("install") && sub != QLatin1String("status") &&
                             sub != QLatin1String("remove"))) {
        finish(fail(2, usage()));
        return;
    }
    if (const ValidationIssues issues = m_settings.validate(); !issues.isEmpty()) {
        for (const ValidationIssue &issue : issues)
            m_err << "cxsync: " << issue.field << ": " << issue.message << '\n';
        finish(2);
        return;
    }
    if (const auto reason = HooksInstaller::unsupported(m_settings)) {
        finish(fail(1, reason->message));
        return;
    }
    if (sub == QLatin1String("install")) {
        install();
        return;
    }
    if (!openJournal())
        return;
    if (sub == QLatin1String("status"))
        status();
    else
        remove();
}

bool HooksCommand::openJournal()
{
    auto opened = m_profile.journal();
    if (!opened.ok()) {
        finish(fail(1, opened.error().message));
        return false;
    }
    m_journal = std::move(opened).value();
    return true;
}

void HooksCommand::withConnections(std::function<void()> next)
{
    m_profile.connections([this, next](Result<std::shared_ptr<Connections>> c) {
        if (!c.ok()) {
            finish(fail(c.error().kind == ErrorKind::Invalid ? 2 : 1, c.error().message));
            return;
        }
        m_connections = std::move(c).value();
        next();
    });
}

SubscriptionManager *HooksCommand::manager(const QString &clientState)
{
    SubscriptionManager::Options options;
    options.notificationUrl = m_settings.value(Keys::ListenerPublicUrl).toString();
    while (options.notificationUrl.endsWith(QLatin1Char('/')))
        options.notificationUrl.chop(1);
    options.lifecycleUrl = options.notificationUrl + QStringLiteral("/lifecycle");
    options.clientState = clientState;
    Connections *connections = m_connections.get();
    connections->useLinks(*m_journal); // each mailbox's subscription on its own Exchange server
    m_manager =
        std::make_unique<SubscriptionManager>(connections->exchange(), m_journal.get(), &m_clock, options);
    return m_manager.get();
}

void HooksCommand::printOutcomes(const QList<SubscriptionOutcome> &outcomes)
{
    for (const SubscriptionOutcome &o : outcomes) {
        if (o.action == SubscriptionAction::Failed) {
            ++m_failures;
            m_err << "cxsync: " << tr("%1: %2").arg(o.mailbox, o.error.message) << '\n';
            continue;
        }
        m_out << QStringLiteral("  %1  %2").arg(enumName(o.action), -9).arg(o.mailbox);
        if (o.record.expirationUtc.isValid() && o.action != SubscriptionAction::Removed)
            m_out << "  " << tr("expires %1").arg(o.record.expirationUtc.toString(Qt::ISODate));
        if (o.resyncNeeded)
            m_out << "  " << tr("(full read of the mailbox at the next sync)");
        m_out << '\n';
    }
}

void HooksCommand::install()
{
    // The work is HooksInstaller's (shared with the panel's Install Scripts), on this run's profile; this prints
    // what it says.
    m_installer = std::make_unique<HooksInstaller>(m_profile);
    connect(m_installer.get(), &HooksInstaller::message, this, [this](const QString &text, bool error) {
        if (error)
            m_err << "cxsync: " << text << Qt::endl;
        else
            m_out << text << Qt::endl;
    });
    connect(m_installer.get(), &HooksInstaller::outcome, this, [this](const SubscriptionOutcome &o) {
        if (o.action != SubscriptionAction::Failed) // failures came as an error message
            printOutcomes({o});
    });
    connect(m_installer.get(), &HooksInstaller::finished, this, [this](const HooksInstaller::Report &report) {
        if (report.fatal)
            return finish(report.fatal->kind == ErrorKind::Invalid ? 2 : 1);
        finish(report.ok() ? 0 : 1);
    });
    m_installer->start();
}

void HooksCommand::status()
{
    // The journal's view; no network needed.
    SubscriptionManager::Options options;
    SubscriptionManager view(nullptr, m_journal.get(), &m_clock, options);
    const auto records = view.records(false);
    if (!records.ok()) {
        finish(fail(1, records.error().message));
        return;
    }
    // Which Exchange server or tenant each mailbox is on (its user link); shown when there are several.
    QHash<QString, QString> serverOf;
    if (const auto links = users::UserLinkStore(*m_journal).all(); links.ok()) {
        for (const users::UserLink &link : links.value()) {
            if (!link.exchangeUserId.isEmpty())
                serverOf.insert(link.exchangeUserId.toCaseFolded(), link.exchangeServer);
            if (!link.mailbox.isEmpty())
                serverOf.insert(link.mailbox.toCaseFolded(), link.exchangeServer);
        }
    }
    const bool severalServers = !m_settings.additionalServers().isEmpty();
    const QDateTime now = m_clock.nowUtc();
    QJsonArray rows;
    int active = 0;
    for (const SubscriptionRecord &r : records.value()) {
        if (r.state == SubscriptionState::Removed)
            continue;
        if (r.state == SubscriptionState::Active)
            ++active;
        const SubscriptionAssessment assessment = SubscriptionAssessment::of(r, now);
        const QString health = SubscriptionAssessment::name(assessment.health);
        if (m_json) {
            rows.append(QJsonObject{{QStringLiteral("mailbox"), r.mailbox},
                                    {QStringLiteral("server"), serverOf.value(r.mailbox.toCaseFolded())},
                                    {QStringLiteral("subscriptionId"), r.id},
                                    {QStringLiteral("state"), health},
                                    {QStringLiteral("expires"), r.expirationUtc.toString(Qt::ISODate)},
                                    {QStringLiteral("renewalDue"), view.renewalDueUtc(r).toString(Qt::ISODate)},
                                    {QStringLiteral("lastError"), r.lastError},
                                    {QStringLiteral("reason"), assessment.reason}});
        } else {
            m_out << QStringLiteral("%1  %2  ").arg(health, -9).arg(r.mailbox);
            if (severalServers)
                m_out << '[' << serverOf.value(r.mailbox.toCaseFolded(), tr("server unknown")) << "]  ";
            m_out
                  << tr("expires %1, renewal due %2")
                         .arg(r.expirationUtc.toString(Qt::ISODate), view.renewalDueUtc(r).toString(Qt::ISODate));
            if (!assessment.reason.isEmpty())
                m_out << "  (" << assessment.reason << ')';
            m_out << '\n';
        }
    }
    if (m_json)
        m_out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    else if (active == 0)
        m_out << tr("No change subscriptions are installed; changes are found by polling.") << '\n';
    finish(0);
}

void HooksCommand::remove()
{
    withConnections([this] {
        m_out << tr("Removing the change subscriptions:") << Qt::endl;
        manager(QString())->removeAll([this](QList<SubscriptionOutcome> outcomes) {
            printOutcomes(outcomes);
            if (outcomes.isEmpty())
                m_out << tr("There were none.") << '\n';
            finish(m_failures > 0 ? 1 : 0);
        });
    });
}

std::unique_ptr<Command> makeHooksCommand()
{
    auto hooks = std::make_unique<ProfileFamily>(
        QStringLiteral("hooks"), QString(),
        HooksCommand::tr("the Graph change subscriptions that tell the service what changed"),
        [](CommandCall &call) {
            CliContext &cx = call.context;
            cx.keep(std::make_unique<HooksCommand>(cx.profile(), cx.out(), cx.err(), call.isSet(QStringLiteral("json"))))
                ->run(call.args, call.done);
        });
    hooks
        ->addSubcommand(std::make_unique<Command>(
            QStringLiteral("install"), QStringLiteral("hooks install [--json]"),
            HooksCommand::tr("one Graph change subscription per linked mailbox (clientState in the\n"
                             "keychain); checks the CRM's custom fields and lists missing ones")))
        ->addOption(Command::jsonOption());
    hooks
        ->addSubcommand(std::make_unique<Command>(
            QStringLiteral("status"), QStringLiteral("hooks status [--json]"),
            HooksCommand::tr("each subscription with its expiry, renewal time and health")))
        ->addOption(Command::jsonOption());
    hooks
        ->addSubcommand(std::make_unique<Command>(QStringLiteral("remove"),
                                                  QStringLiteral("hooks remove [--json]"),
                                                  HooksCommand::tr("delete the change subscriptions")))
        ->addOption(Command::jsonOption());
    return hooks;
}

} // namespace cxsync
