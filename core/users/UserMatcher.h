#pragma once

#include "users/UserSyncTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace cxsync::users {

struct MatchOptions {
    QString exchangeServer;    // this profile's primary Exchange server name (Connections::exchangeServerName())
    // Every Exchange server or tenant of the profile (Connections::exchangeServerNames(), the primary first;
    // empty means the primary alone). A mailbox is linked on the server ExchangeUser::server names (the primary
    // when empty); a CRM user linked to a server not listed here is left alone.
    QStringList exchangeServers;
    bool createUsers = false;  // Create CRM Users is on and this is the CRM server
    QString creationOffReason; // why mailboxes without a CRM user are not created (for the skip reason)
    // The admin's way of disabling a user in the legacy product was clearing its Exchange user id in the CRM.
    // A handful of such users are honoured as exclusions; many at once (more than massClearMinimum and more
    // than massClearShare of the linked users) look like a restored or re-created CRM database, and the ids
    // are put back from the journal instead.
    int massClearMinimum = 10;
    double massClearShare = 0.2;
};

// Pairs CRM users with mailboxes. Pure: the same input gives the same plan, nothing is read or written.
//
// Rules, strongest first; a rule only sees what the stronger rules left:
//   1. the Exchange user id stored on the CRM user (User_ExchangeUserId) is the mailbox's id;
//   2. the CRM e-mail is the mailbox's primary SMTP address (case-insensitive);
//   3. the CRM e-mail is one of the mailbox's aliases (smtp: proxy addresses);
//   4. first + last name (compared without case and accents), only when no other CRM user and no other
//      mailbox has that name.
// One mailbox ↔ one CRM user: several CRM users claiming one mailbox by the same rule are a conflict (unless
// the journal already links one of them, which keeps it); a CRM user claiming a mailbox a stronger rule gave
// to another is a conflict too. Deleted, disabled and excluded CRM users take part in matching only to stop a
// duplicate from being created for their mailbox; they are never linked. Disabled Exchange accounts, guests
// and directory users without a mailbox are never linked either.
class UserMatcher final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::users::UserMatcher)
public:
    static UserSyncPlan plan(const QList<exchange::ExchangeUser> &mailboxes,
                             const QList<crm::CrmUser> &crmUsers, const QList<UserLink> &journal,
                             const MatchOptions &options);

    // Case- and accent-insensitive identity of "first last"; empty when either part is empty.
    static QString nameKey(const QString &first, const QString &last);
    // The CRM user created for a mailbox: a resource, logon from the address's local part (ASCII, at most
    // 32 characters, unique against `takenLogons`, compared in lower case), names from the directory.
    static crm::CrmUser newUserFor(const exchange::ExchangeUser &mailbox, const QSet<QString> &takenLogons,
                                   const QString &exchangeServer);
};

} // namespace cxsync::users
