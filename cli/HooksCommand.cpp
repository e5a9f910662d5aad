#include "HooksCommand.h"

#include "SecretStore.h"
#include "Settings.h"
#include "connect/Connections.h"
#include "crm/CrmConnector.h"
#include "hooks/NotificationInbox.h"
#include "hooks/NotificationListener.h"
#include "store/Journal.h"
#include "users/UserLinkStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <QUrl>

namespace cxsync {

namespace {

QString randomClientState()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QString out;
    for (int i = 0; i < 48; ++i)
        out.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    return out;
}

} // namespace

HooksCommand::HooksCommand(Settings &settings, SecretStore &secrets, QTextStream &out, QTextStream &err, bool json,
                           QObject *parent)
    : QObject(parent), m_settings(settings), m_secrets(secrets), m_out(out), m_err(err), m_json(json)
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
    if (!m_settings.usesGraph()) {
        finish(fail(1, tr("change hooks for on-premises Exchange (EWS) are not available in this version; "
                          "changes are found by polling")));
        return;
    }
    if (!openJournal())
        return;
    if (sub == QLatin1String("status"))
        status();
    else if (sub == QLatin1String("install"))
        install();
    else
        remove();
}

bool HooksCommand::openJournal()
{
    auto opened = Journal::open(m_settings.journalPath());
    if (!opened.ok()) {
        finish(fail(1, opened.error().message));
        return false;
    }
    m_journal = std::move(opened).value();
    return true;
}

void HooksCommand::withConnections(std::function<void()> next)
{
    Connections::open(m_settings, m_secrets, &m_clock, [this, next](Result<std::unique_ptr<Connections>> c) {
        if (!c.ok()) {
            finish(fail(c.error().kind == ErrorKind::Invalid ? 2 : 1, c.error().message));
            return;
        }
        m_connections = std::move(c).value();
        next();
    });
}

void HooksCommand::withClientState(bool create, std::function<void(QString)> next)
{
    m_secrets.read(Secret::ListenerClientState, [this, create, next](Result<QString> value) {
        if (value.ok() && !value.value().isEmpty()) {
            next(value.value());
            return;
        }
        if (!create || (!value.ok() && value.error().kind != ErrorKind::NotFound)) {
            finish(fail(1, value.ok() ? tr("no listener client state is stored") : value.error().message));
            return;
        }
        // First install: a new random shared secret, kept in the keychain (never in settings or logs).
        const QString fresh = randomClientState();
        m_secrets.write(Secret::ListenerClientState, fresh, [this, fresh, next](Status stored) {
            if (!stored.ok()) {
                finish(fail(1, tr("the listener's client state could not be stored (%1); store one with "
                                  "'cxsync secret set listener-client-state'")
                                   .arg(stored.error().message)));
                return;
            }
            m_out << tr("A new listener client state was created and stored in the keychain.") << Qt::endl;
            next(fresh);
        });
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
    m_manager = std::make_unique<SubscriptionManager>(m_connections->graph(), m_journal.get(), &m_clock, options);
    return m_manager.get();
}

void HooksCommand::printOutcomes(const QList<SubscriptionOutcome> &outcomes)
{
    for (const SubscriptionOutcome &o : outcomes) {
        if (o.action == QLatin1String("failed")) {
            ++m_failures;
            m_err << "cxsync: " << tr("%1: %2").arg(o.mailbox, o.error.message) << '\n';
            continue;
        }
        m_out << QStringLiteral("  %1  %2").arg(o.action, -9).arg(o.mailbox);
        if (o.record.expirationUtc.isValid() && o.action != QLatin1String("removed"))
            m_out << "  " << tr("expires %1").arg(o.record.expirationUtc.toString(Qt::ISODate));
        if (o.resyncNeeded)
            m_out << "  " << tr("(full read of the mailbox at the next sync)");
        m_out << '\n';
    }
}

void HooksCommand::install()
{
    const QString publicUrl = m_settings.value(Keys::ListenerPublicUrl).toString();
    if (publicUrl.isEmpty()) {
        finish(fail(2, tr("push is not configured: set Listener Public URL (listener/publicUrl); without it "
                          "changes are found by polling")));
        return;
    }
    users::UserLinkStore links(*m_journal);
    const auto all = links.all();
    if (!all.ok()) {
        finish(fail(1, all.error().message));
        return;
    }
    QStringList mailboxes;
    for (const users::UserLink &link : all.value()) {
        if (link.state == users::LinkState::Linked && !link.exchangeUserId.isEmpty())
            mailboxes.append(link.exchangeUserId);
    }
    withConnections([this, mailboxes] {
        // CRM side first: the fields the engine keeps its links in.
        m_connections->crm().customFieldsPresent([this, mailboxes](Result<crm::CrmCustomFieldCheck> check) {
            m_out << tr("CRM side:") << '\n';
            if (!check.ok()) {
                ++m_failures;
                m_err << "cxsync: " << check.error().message << '\n';
            } else if (!check.value().complete()) {
                ++m_failures;
                m_out << "  " << tr("Sage CRM's REST API cannot create fields. Add these in Administration > "
                                    "Customization (text fields), then run install again:")
                      << '\n';
                for (const QString &field : check.value().missing)
                    m_out << "    " << field << '\n';
            } else {
                m_out << "  " << tr("custom fields present; changes are read from the CRM every %n second(s)",
                                    nullptr, m_settings.pollIntervalSeconds())
                      << '\n';
            }
            if (mailboxes.isEmpty()) {
                m_out << tr("Exchange side: no linked users yet; run 'cxsync users sync' first.") << Qt::endl;
                finish(m_failures > 0 ? 1 : 0);
                return;
            }
            withClientState(true, [this, mailboxes](QString clientState) {
                // Graph validates the listener while creating each subscription. If the service is not
                // running, answer the handshakes here for the duration of this command.
                m_inbox = std::make_unique<NotificationInbox>(m_journal.get());
                NotificationListener::Options options;
                options.bindAddress = QHostAddress(m_settings.value(Keys::ListenerBind).toString());
                options.port = quint16(m_settings.value(Keys::ListenerPort).toInt());
                options.path = QUrl(m_settings.value(Keys::ListenerPublicUrl).toString()).path();
                options.clientState = clientState;
                m_listener = std::make_unique<NotificationListener>(m_inbox.get(), &m_clock, options);
                if (m_listener->start().ok())
                    m_out << tr("(the service is not running: this command answers Graph's validation itself; "
                                "start the service to receive notifications)")
                          << '\n';
                else
                    m_listener.reset(); // the port is taken: presumably the running service
                m_out << tr("Exchange side: %n mailbox(es)", nullptr, int(mailboxes.size())) << Qt::endl;
                manager(clientState)->install(mailboxes, [this](QList<SubscriptionOutcome> outcomes) {
                    printOutcomes(outcomes);
                    m_listener.reset();
                    finish(m_failures > 0 ? 1 : 0);
                });
            });
        });
    });
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
    const QDateTime now = m_clock.nowUtc();
    QJsonArray rows;
    int active = 0;
    for (const SubscriptionRecord &r : records.value()) {
        if (r.state == QLatin1String("removed"))
            continue;
        QString health = r.state;
        if (r.state == QLatin1String("active")) {
            ++active;
            health = r.expirationUtc <= now                    ? QStringLiteral("expired")
                     : r.expirationUtc <= now.addSecs(24 * 3600) ? QStringLiteral("expiring")
                                                                 : QStringLiteral("healthy");
        }
        if (m_json) {
            rows.append(QJsonObject{{QStringLiteral("mailbox"), r.mailbox},
                                    {QStringLiteral("subscriptionId"), r.id},
                                    {QStringLiteral("state"), health},
                                    {QStringLiteral("expires"), r.expirationUtc.toString(Qt::ISODate)},
                                    {QStringLiteral("renewalDue"), view.renewalDueUtc(r).toString(Qt::ISODate)},
                                    {QStringLiteral("lastError"), r.lastError}});
        } else {
            m_out << QStringLiteral("%1  %2  ").arg(health, -9).arg(r.mailbox)
                  << tr("expires %1, renewal due %2")
                         .arg(r.expirationUtc.toString(Qt::ISODate), view.renewalDueUtc(r).toString(Qt::ISODate));
            if (!r.lastError.isEmpty())
                m_out << "  " << tr("last error: %1").arg(r.lastError);
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

} // namespace cxsync
