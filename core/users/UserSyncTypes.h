#pragma once

// What user synchronization works with: the journal's view of one CRM user (UserLink), and the plan a user
// sync proposes (one item per CRM user and per mailbox, each with the rule or the reason behind it).
#include "Result.h"
#include "crm/CrmTypes.h"
#include "exchange/ExchangeTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cxsync::users {

// The translation context of user synchronization's messages (free functions and small helpers).
class UserSyncText {
    Q_DECLARE_TR_FUNCTIONS(cxsync::users::UserSync)
};

// How a CRM user was paired with its mailbox, strongest first (issue 5: stored id → primary SMTP → alias →
// first + last name). Created: the CRM user was created for the mailbox.
enum class MatchRule { None, StoredId, PrimarySmtp, Alias, Name, Created };

// The journal's user_links.state.
enum class LinkState { Linked, Unlinked, Excluded, Conflict };

enum class PlanAction {
    Link,      // write the link (CRM user's two Exchange fields where they differ, then the journal)
    Create,    // create the CRM user as a resource, linked to the mailbox
    Unchanged, // already linked, both sides agree
    Unlink,    // a link that no longer holds: journal first, then clear the CRM fields
    Exclude,   // the admin cleared the Exchange user id in the CRM: excluded until enabled
    Conflict,  // ambiguous or contested: nothing linked, reported
    Skip,      // not linked, for the reason given (disabled, deleted, excluded, no counterpart)
};

QString ruleName(MatchRule rule); // stable, for the journal and JSON: "id", "email", ...
std::optional<MatchRule> ruleFromName(const QString &name);
QString ruleLabel(MatchRule rule);  // for people: "stored id", "e-mail", ...
QString stateName(LinkState state); // the journal's values: "linked", ...
std::optional<LinkState> stateFromName(const QString &name);
QString stateLabel(LinkState state);
QString actionName(PlanAction action); // "link", "create", ...
QString actionLabel(PlanAction action);

// A row of user_links: one CRM user, its mailbox (if linked) and what the last user sync said about it.
struct UserLink {
    QString crmUserId;
    QString crmLogon;
    QString crmName;
    QString exchangeServer;
    QString exchangeUserId; // set only while state == Linked
    QString mailbox;        // the mailbox's address (also kept for conflicts and exclusions, for people)
    MatchRule rule = MatchRule::None;
    LinkState state = LinkState::Unlinked;
    QDateTime lastSyncUtc;
    QString lastError;
    QString note;
    QDateTime updatedUtc;
    QDateTime excludedUtc;
};

// "jsmith (John Smith)" / "john.smith@contoso.example".
QString describe(const crm::CrmUser &user);
QString describe(const exchange::ExchangeUser &user);
QString mailboxAddress(const exchange::ExchangeUser &user); // mail, else the UPN
QString fullName(const crm::CrmUser &user);

struct UserPlanItem {
    PlanAction action = PlanAction::Skip;
    MatchRule rule = MatchRule::None;
    std::optional<crm::CrmUser> crmUser;           // the CRM user this item is about (absent: mailbox only)
    std::optional<exchange::ExchangeUser> mailbox; // the mailbox this item is about (absent: CRM user only)
    QString reason;                                // why: the evidence for a link, or why not
    QStringList related;                           // the others involved in a conflict, for people
    LinkState journalState = LinkState::Unlinked;  // what the CRM user's journal row becomes
    bool writeCrm = false;     // Link: the CRM fields differ; Unlink: the CRM fields must be cleared
    bool writeJournal = false; // the CRM user has (or gets) a journal row to update
    crm::CrmUser newUser;      // Create: the user to create (logon, names, e-mail, resource, link)

    // The Exchange server the item links to: its mailbox's (ExchangeUser::server), a created user's, else
    // `primary`.
    QString server(const QString &primary) const;
    QString crmLabel() const;     // describe(crmUser) or empty
    QString mailboxLabel() const; // describe(mailbox), else the related mailbox, or empty
};

// The whole proposal. Every CRM user appears in exactly one item's crmUser, every directory user in exactly
// one item's mailbox; every item has a reason.
struct UserSyncPlan {
    QString exchangeServer;       // the primary server (UserPlanItem::server() gives each item's)
    bool creationAllowed = false; // Create CRM Users is on and this is the CRM server
    int exchangeUsers = 0;
    int crmUsers = 0;
    QList<UserPlanItem> items;
    QStringList warnings; // what the admin should know before applying (e.g. custom fields not confirmed)

    int count(PlanAction action) const;
    int count(PlanAction action, MatchRule rule) const;
    // Items that write something (everything but Unchanged, Conflict and Skip without a journal row).
    bool hasChanges() const;
};

} // namespace cxsync::users
