#include "users/UserSyncTypes.h"

namespace cxsync::users {

QString ruleName(MatchRule rule)
{
    switch (rule) {
    case MatchRule::None:
        return {};
    case MatchRule::StoredId:
        return QStringLiteral("id");
    case MatchRule::PrimarySmtp:
        return QStringLiteral("email");
    case MatchRule::Alias:
        return QStringLiteral("alias");
    case MatchRule::Name:
        return QStringLiteral("name");
    case MatchRule::Created:
        return QStringLiteral("created");
    }
    return {};
}

std::optional<MatchRule> ruleFromName(const QString &name)
{
    for (MatchRule rule : {MatchRule::None, MatchRule::StoredId, MatchRule::PrimarySmtp, MatchRule::Alias,
                           MatchRule::Name, MatchRule::Created}) {
        if (ruleName(rule) == name)
            return rule;
    }
    return std::nullopt;
}

QString ruleLabel(MatchRule rule)
{
    switch (rule) {
    case MatchRule::None:
        return {};
    case MatchRule::StoredId:
        return UserSyncText::tr("stored id");
    case MatchRule::PrimarySmtp:
        return UserSyncText::tr("e-mail");
    case MatchRule::Alias:
        return UserSyncText::tr("alias");
    case MatchRule::Name:
        return UserSyncText::tr("first + last name");
    case MatchRule::Created:
        return UserSyncText::tr("created");
    }
    return {};
}

QString stateName(LinkState state)
{
    switch (state) {
    case LinkState::Linked:
        return QStringLiteral("linked");
    case LinkState::Unlinked:
        return QStringLiteral("unlinked");
    case LinkState::Excluded:
        return QStringLiteral("excluded");
    case LinkState::Conflict:
        return QStringLiteral("conflict");
    }
    return {};
}

std::optional<LinkState> stateFromName(const QString &name)
{
    for (LinkState state :
         {LinkState::Linked, LinkState::Unlinked, LinkState::Excluded, LinkState::Conflict}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString stateLabel(LinkState state)
{
    switch (state) {
    case LinkState::Linked:
        return UserSyncText::tr("linked");
    case LinkState::Unlinked:
        return UserSyncText::tr("not linked");
    case LinkState::Excluded:
        return UserSyncText::tr("excluded");
    case LinkState::Conflict:
        return UserSyncText::tr("conflict");
    }
    return {};
}

QString actionName(PlanAction action)
{
    switch (action) {
    case PlanAction::Link:
        return QStringLiteral("link");
    case PlanAction::Create:
        return QStringLiteral("create");
    case PlanAction::Unchanged:
        return QStringLiteral("unchanged");
    case PlanAction::Unlink:
        return QStringLiteral("unlink");
    case PlanAction::Exclude:
        return QStringLiteral("exclude");
    case PlanAction::Conflict:
        return QStringLiteral("conflict");
    case PlanAction::Skip:
        return QStringLiteral("skip");
    }
    return {};
}

QString actionLabel(PlanAction action)
{
    switch (action) {
    case PlanAction::Link:
        return UserSyncText::tr("link");
    case PlanAction::Create:
        return UserSyncText::tr("create");
    case PlanAction::Unchanged:
        return UserSyncText::tr("unchanged");
    case PlanAction::Unlink:
        return UserSyncText::tr("unlink");
    case PlanAction::Exclude:
        return UserSyncText::tr("exclude");
    case PlanAction::Conflict:
        return UserSyncText::tr("conflict");
    case PlanAction::Skip:
        return UserSyncText::tr("skip");
    }
    return {};
}

QString fullName(const crm::CrmUser &user)
{
    return QStringList{user.firstName.trimmed(), user.lastName.trimmed()}.join(QLatin1Char(' ')).trimmed();
}

QString describe(const crm::CrmUser &user)
{
    const QString name = fullName(user);
    const QString logon = user.logon.isEmpty() ? UserSyncText::tr("user %1").arg(user.id) : user.logon;
    return name.isEmpty() ? logon : QStringLiteral("%1 (%2)").arg(logon, name);
}

QString mailboxAddress(const exchange::ExchangeUser &user)
{
    return user.mail.isEmpty() ? user.upn : user.mail;
}

QString describe(const exchange::ExchangeUser &user)
{
    // The server is only set when several servers' directories were read: say which one it is on.
    if (!user.server.isEmpty())
        return QStringLiteral("%1 [%2]").arg(mailboxAddress(user), user.server);
    return mailboxAddress(user);
}

QString UserPlanItem::server(const QString &primary) const
{
    if (mailbox && !mailbox->server.isEmpty())
        return mailbox->server;
    if (action == PlanAction::Create && !newUser.exchangeServer.isEmpty())
        return newUser.exchangeServer;
    return primary;
}

QString UserPlanItem::crmLabel() const
{
    return crmUser ? describe(*crmUser) : QString();
}

QString UserPlanItem::mailboxLabel() const
{
    if (mailbox)
        return describe(*mailbox);
    if (action == PlanAction::Create)
        return newUser.email;
    return QString();
}

int UserSyncPlan::count(PlanAction action) const
{
    int n = 0;
    for (const UserPlanItem &item : items)
        n += item.action == action ? 1 : 0;
    return n;
}

int UserSyncPlan::count(PlanAction action, MatchRule rule) const
{
    int n = 0;
    for (const UserPlanItem &item : items)
        n += item.action == action && item.rule == rule ? 1 : 0;
    return n;
}

bool UserSyncPlan::hasChanges() const
{
    for (const UserPlanItem &item : items) {
        switch (item.action) {
        case PlanAction::Link:
        case PlanAction::Create:
        case PlanAction::Unlink:
        case PlanAction::Exclude:
            return true;
        case PlanAction::Unchanged:
        case PlanAction::Conflict:
        case PlanAction::Skip:
            break;
        }
    }
    return false;
}

} // namespace cxsync::users
