#include "hooks/HooksInstaller.h"

#include "config/SecretStore.h"
#include "config/Settings.h"
#include "connect/Connections.h"
#include "crm/CrmConnector.h"
#include "hooks/NotificationInbox.h"
#include "hooks/NotificationListener.h"
#include "profile/Profile.h"
#include "store/Journal.h"
#include "users/UserLinkStore.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
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

QString publicUrlOf(const Settings &settings)
{
    QString url = settings.value(Keys::ListenerPublicUrl).toString();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}

} // namespace

int HooksInstaller::Report::count(SubscriptionAction action) const
{
    int n = 0;
    for (const SubscriptionOutcome &o : outcomes)
        n += o.action == action ? 1 : 0;
    return n;
}

HooksInstaller::HooksInstaller(Profile &profile, QObject *parent)
    : QObject(parent), m_profile(profile), m_settings(profile.settings()), m_secrets(profile.secrets()),
      m_clock(profile.clock())
{
}

HooksInstaller::~HooksInstaller()
{
    // An answer still coming from the profile finds nothing running.
    m_running = false;
    // The manager and the listener use the journal and the connections: they go first.
    m_manager.reset();
    m_listener.reset();
    m_inbox.reset();
    m_connections.reset();
    m_journal.reset();
}

std::optional<Error> HooksInstaller::unsupported(const Settings &settings)
{
    // Graph (change notifications) and EWS (push subscriptions) both have hooks. An EWS push subscription
    // lives in the process that answers it: the service takes over (recreates) what an install made when it
    // starts, and Exchange drops the old one when the service answers it with Unsubscribe.
    Q_UNUSED(settings)
    return std::nullopt;
}

QString HooksInstaller::describe(const SubscriptionOutcome &o)
{
    const QString expires = o.record.expirationUtc.isValid()
                                ? o.record.expirationUtc.toLocalTime().toString(Qt::ISODate)
                                : QString();
    QString text;
    switch (o.action) {
    case SubscriptionAction::Created:
        text = tr("subscription for %1 created; expires %2").arg(o.mailbox, expires);
        break;
    case SubscriptionAction::Kept:
        text = tr("subscription for %1 is in place; expires %2").arg(o.mailbox, expires);
        break;
    case SubscriptionAction::Renewed:
        text = tr("subscription for %1 renewed; expires %2").arg(o.mailbox, expires);
        break;
    case SubscriptionAction::Recreated:
        text = tr("subscription for %1 was gone at Graph and was created again; expires %2")
                   .arg(o.mailbox, expires);
        break;
    case SubscriptionAction::Removed:
        text = tr("subscription for %1 removed").arg(o.mailbox);
        break;
    case SubscriptionAction::Failed:
        text = tr("subscription for %1 failed: %2").arg(o.mailbox, o.error.message);
        break;
    }
    if (o.resyncNeeded)
        text += tr(" (the mailbox is read in full at the next sync)");
    return text;
}

void HooksInstaller::fail(const Error &error)
{
    m_report.fatal = error;
    Q_EMIT message(error.message, true);
    finish();
}

void HooksInstaller::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_listener.reset(); // the service answers Graph from now on
    if (!m_report.fatal) {
        if (m_report.cancelled)
            Q_EMIT message(tr("Cancelled: %n mailbox(es) were not handled; install again to finish.", nullptr,
                              m_report.notStarted),
                           false);
        if (m_report.mailboxes > 0)
            Q_EMIT message(tr("Subscriptions: %1 created, %2 renewed, %3 kept, %4 recreated, %5 failed.")
                               .arg(m_report.count(SubscriptionAction::Created))
                               .arg(m_report.count(SubscriptionAction::Renewed))
                               .arg(m_report.count(SubscriptionAction::Kept))
                               .arg(m_report.count(SubscriptionAction::Recreated))
                               .arg(m_report.count(SubscriptionAction::Failed)),
                           false);
    }
    // Never from inside a connector's callback: the owner may delete us once it has the report.
    QTimer::singleShot(0, this, [this] { Q_EMIT finished(m_report); });
}

void HooksInstaller::cancel()
{
    if (m_running)
        m_cancel = true;
}

void HooksInstaller::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = false;
    m_report = Report();
    m_next = 0;
    if (const auto reason = unsupported(m_settings))
        return fail(*reason);
    if (publicUrlOf(m_settings).isEmpty())
        return fail(
            makeError(ErrorKind::Invalid,
                      tr("push is not configured: set %1 (%2); without it changes are found by polling")
                          .arg(SettingsSchema::label(Keys::ListenerPublicUrl), Keys::ListenerPublicUrl),
                      Keys::ListenerPublicUrl));
    auto opened = m_profile.journal();
    if (!opened.ok())
        return fail(opened.error());
    m_journal = std::move(opened).value();
    users::UserLinkStore links(*m_journal);
    const auto all = links.all();
    if (!all.ok())
        return fail(all.error());
    m_mailboxes.clear();
    for (const users::UserLink &link : all.value()) {
        if (link.state == users::LinkState::Linked && !link.exchangeUserId.isEmpty())
            m_mailboxes.append(link.exchangeUserId);
    }
    m_report.mailboxes = int(m_mailboxes.size());
    QPointer<HooksInstaller> self(this);
    m_profile.connections([self](Result<std::shared_ptr<Connections>> c) {
        if (!self || !self->m_running)
            return;
        if (!c.ok())
            return self->fail(c.error());
        self->m_connections = std::move(c).value();
        self->checkCrm();
    });
}

void HooksInstaller::checkCrm()
{
    QPointer<HooksInstaller> self(this);
    m_connections->crm().customFieldsPresent([self](Result<crm::CrmCustomFieldCheck> check) {
        if (!self)
            return;
        Report &report = self->m_report;
        if (!check.ok()) {
            ++report.failures;
            Q_EMIT self->message(
                tr("CRM side: the custom fields could not be checked: %1").arg(check.error().message), true);
        } else if (!check.value().complete()) {
            ++report.failures;
            report.crmChecked = true;
            report.crmMissing = check.value().missing;
            Q_EMIT self->message(
                tr("CRM side: Sage CRM's REST API cannot create fields. Add these text fields in "
                   "Administration > Customization, then install again:"),
                true);
            for (const QString &field : std::as_const(report.crmMissing)) {
                const QString entity = field.startsWith(QLatin1String("User_"), Qt::CaseInsensitive)
                                           ? tr("Users")
                                           : tr("Communication");
                Q_EMIT self->message(tr("  %1 (on %2)").arg(field, entity), true);
            }
        } else if (!check.value().certain()) {
            // Metadata the CRM would not show is no reason to stop: a field that is really absent is named by
            // the first write that needs it.
            report.crmChecked = true;
            Q_EMIT self->message(
                tr("CRM side: warning: could not confirm %1 (%2); if one is missing, the first "
                   "write that needs it names it.")
                    .arg(check.value().unknown.join(QStringLiteral(", ")),
                         check.value().notes.join(QStringLiteral("; "))),
                false);
        } else {
            report.crmChecked = true;
            Q_EMIT self->message(tr("CRM side: custom fields present; changes are read from the CRM every %n "
                                    "second(s)",
                                    nullptr, self->m_settings.pollIntervalSeconds()),
                                 false);
        }
        if (self->m_mailboxes.isEmpty()) {
            Q_EMIT self->message(
                tr("Exchange side: no linked users yet; synchronize users first (Sync Users With "
                   "CRM, or 'cxsync users sync')."),
                false);
            return self->finish();
        }
        if (self->m_cancel) {
            report.cancelled = true;
            report.notStarted = int(self->m_mailboxes.size());
            return self->finish();
        }
        self->withClientState([self](QString clientState) {
            if (!self)
                return;
            self->startListener(clientState);
            SubscriptionManager::Options options;
            options.notificationUrl = publicUrlOf(self->m_settings);
            options.lifecycleUrl = options.notificationUrl + QStringLiteral("/lifecycle");
            options.clientState = clientState;
            Connections *connections = self->m_connections.get();
            connections->useLinks(*self->m_journal); // each mailbox's subscription on its own Exchange server
            self->m_manager = std::make_unique<SubscriptionManager>(
                connections->exchange(), self->m_journal.get(), &self->m_clock, options);
            Q_EMIT self->message(tr("Exchange side: %n mailbox(es)", nullptr, int(self->m_mailboxes.size())),
                                 false);
            Q_EMIT self->progress(0, int(self->m_mailboxes.size()), QString());
            self->nextMailbox();
        });
    });
}

void HooksInstaller::withClientState(std::function<void(QString)> next)
{
    QPointer<HooksInstaller> self(this);
    m_secrets.read(Secret::ListenerClientState, [self, next](Result<QString> value) {
        if (!self)
            return;
        if (value.ok() && !value.value().isEmpty())
            return next(value.value());
        if (!value.ok() && value.error().kind != ErrorKind::NotFound)
            return self->fail(value.error());
        // First install: a new random shared secret, kept in the secret store (never in settings or logs).
        const QString fresh = randomClientState();
        self->m_secrets.write(Secret::ListenerClientState, fresh, [self, fresh, next](Status stored) {
            if (!self)
                return;
            if (!stored.ok())
                return self->fail(
                    makeError(ErrorKind::Unavailable,
                              tr("the listener's client state could not be stored (%1); store one "
                                 "with 'cxsync secret set listener-client-state'")
                                  .arg(stored.error().message),
                              QStringLiteral("secret/listener-client-state")));
            self->m_report.clientStateCreated = true;
            Q_EMIT self->message(tr("A new listener client state was created and stored in the %1.")
                                     .arg(self->m_secrets.backendName()),
                                 false);
            next(fresh);
        });
    });
}

void HooksInstaller::startListener(const QString &clientState)
{
    // Graph validates the listener while creating each subscription. If the service is not running, answer
    // the handshakes here for the duration of the install.
    m_inbox = std::make_unique<NotificationInbox>(m_journal.get());
    NotificationListener::Options options;
    options.bindAddress = QHostAddress(m_settings.value(Keys::ListenerBind).toString());
    options.port = quint16(m_settings.value(Keys::ListenerPort).toInt());
    options.path = QUrl(publicUrlOf(m_settings)).path();
    options.clientState = clientState;
    options.certificateFile = m_settings.value(Keys::ListenerCertificateFile).toString();
    options.keyFile = m_settings.value(Keys::ListenerKeyFile).toString();
    m_listener = std::make_unique<NotificationListener>(m_inbox.get(), &m_clock, options);
    if (m_listener->start().ok()) {
        m_report.answeredValidation = true;
        Q_EMIT message(
            tr("(the service is not running: Install Scripts answers Graph's validation itself; start the "
               "service to receive notifications)"),
            false);
    } else {
        m_listener.reset(); // the port is taken: presumably the running service
    }
}

void HooksInstaller::nextMailbox()
{
    const int total = int(m_mailboxes.size());
    if (m_next >= total)
        return finish();
    if (m_cancel) {
        m_report.cancelled = true;
        m_report.notStarted = total - m_next;
        return finish();
    }
    const QString mailbox = m_mailboxes.at(m_next++);
    QPointer<HooksInstaller> self(this);
    // One mailbox per call, so that cancel() takes effect between mailboxes.
    m_manager->install({mailbox}, [self, mailbox, total](QList<SubscriptionOutcome> outcomes) {
        if (!self)
            return;
        for (const SubscriptionOutcome &o : outcomes) {
            // A public URL that changed removes the old subscription first: not a result of its own.
            if (o.action == SubscriptionAction::Removed)
                continue;
            if (o.action == SubscriptionAction::Failed) {
                ++self->m_report.failures;
                Q_EMIT self->message(tr("%1: %2").arg(o.mailbox, o.error.message), true);
            }
            self->m_report.outcomes.append(o);
            Q_EMIT self->outcome(o);
        }
        Q_EMIT self->progress(self->m_next, total, mailbox);
        self->nextMailbox();
    });
}

} // namespace cxsync
