#include "users/UserSync.h"

#include "config/Settings.h"
#include "config/SettingsSchema.h"
#include "crm/CrmConnector.h"
#include "exchange/ExchangeConnector.h"
#include "store/Journal.h"
#include "users/UserLinkStore.h"

#include <QPointer>

#include <memory>

namespace cxsync::users {

UserSync::UserSync(crm::CrmConnector &crm, exchange::ExchangeConnector &exchange, Journal &journal,
                   Clock &clock, MatchOptions options, QObject *parent)
    : QObject(parent), m_crm(crm), m_exchange(exchange), m_journal(journal), m_clock(clock),
      m_options(std::move(options)), m_applier(new UserSyncApplier(crm, journal, clock, this))
{
}

UserSync::~UserSync() = default;

MatchOptions UserSync::matchOptions(const Settings &settings, const QStringList &exchangeServers)
{
    MatchOptions options;
    options.exchangeServer = exchangeServers.value(0);
    options.exchangeServers = exchangeServers;
    const bool wanted = settings.value(Keys::CreateCrmUsers).toBool();
    const bool crmServer = !settings.onExchangeServer();
    options.createUsers = wanted && crmServer;
    if (!wanted)
        options.creationOffReason = tr("no CRM user matches it; Create CRM Users is off");
    else if (!crmServer)
        options.creationOffReason = tr(
            "no CRM user matches it; CRM users are created on the CRM server only (Which Server Are You On)");
    return options;
}

void UserSync::preparePlan(PlanCallback done)
{
    struct State {
        std::optional<Result<QList<exchange::ExchangeUser>>> mailboxes;
        std::optional<Result<QList<crm::CrmUser>>> crmUsers;
        QStringList warnings;
        PlanCallback done;
        bool answered = false;
    };
    auto state = std::make_shared<State>();
    state->done = std::move(done);
    QPointer<UserSync> self(this);

    auto finish = [self, state]() {
        if (!self || state->answered || !state->mailboxes || !state->crmUsers)
            return;
        state->answered = true;
        if (!state->mailboxes->ok())
            return state->done(state->mailboxes->error());
        if (!state->crmUsers->ok())
            return state->done(state->crmUsers->error());
        UserLinkStore store(self->m_journal);
        Result<QList<UserLink>> links = store.all();
        if (!links.ok())
            return state->done(links.error());
        UserSyncPlan plan = UserMatcher::plan(state->mailboxes->value(), state->crmUsers->value(),
                                              links.value(), self->m_options);
        plan.warnings = state->warnings;
        state->done(plan);
    };

    // The legacy panel added the two Users columns itself; over REST they must exist already, or every
    // link would fail one by one.
    m_crm.customFieldsPresent([self, state, finish](Result<crm::CrmCustomFieldCheck> check) {
        if (!self)
            return;
        if (!check.ok()) {
            state->answered = true;
            return state->done(check.error());
        }
        QStringList missing;
        for (const QString &field : check.value().missing) {
            if (field.startsWith(QLatin1String("User_")))
                missing.append(field);
        }
        if (!missing.isEmpty()) {
            state->answered = true;
            return state->done(makeError(
                ErrorKind::Invalid,
                tr("the CRM's Users table lacks %1: add the Exchange custom fields in the CRM's "
                   "customization (Administration | Customization | Users) before synchronizing users")
                    .arg(missing.join(QStringLiteral(", "))),
                missing.first()));
        }
        // Metadata that could not be read is no reason to stop: the first write names a field that is absent.
        QStringList unknown;
        for (const QString &field : check.value().unknown) {
            if (field.startsWith(QLatin1String("User_")))
                unknown.append(field);
        }
        if (!unknown.isEmpty())
            state->warnings.append(
                tr("the CRM could not show whether its Users table has %1 (%2); the links are written "
                   "anyway, and if a field is missing the first write says which and how to add it")
                    .arg(unknown.join(QStringLiteral(", ")), check.value().notes.join(QStringLiteral("; "))));
        // The CRM users first: a directory that cannot be listed (EWS) is asked for each of them.
        self->m_crm.listUsers([self, state, finish](Result<QList<crm::CrmUser>> users) {
            if (!self)
                return;
            QList<exchange::DirectoryQuery> wanted;
            if (users.ok()) {
                for (const crm::CrmUser &u : users.value()) {
                    if (!u.deleted)
                        wanted.append(exchange::DirectoryQuery{u.email, u.logon, u.firstName, u.lastName});
                }
            }
            state->crmUsers = std::move(users);
            if (!state->crmUsers->ok()) {
                state->mailboxes = Result<QList<exchange::ExchangeUser>>(QList<exchange::ExchangeUser>());
                return finish();
            }
            self->m_exchange.findUsers(wanted, [self, state, finish](Result<QList<exchange::ExchangeUser>> found) {
                if (!self)
                    return;
                state->mailboxes = std::move(found);
                finish();
            });
        });
    });
}

} // namespace cxsync::users
