#include "users/UserMatcher.h"

#include <QHash>

namespace cxsync::users {

namespace {

using crm::CrmUser;
using exchange::ExchangeUser;

QString addressKey(const QString &address)
{
    return address.trimmed().toCaseFolded();
}

QString stripMarks(const QString &text)
{
    QString out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

QString namePart(const QString &part)
{
    return stripMarks(part).toCaseFolded().simplified();
}

struct CrmEntry {
    const CrmUser *user = nullptr;
    std::optional<UserLink> journal;
    QString storedId; // the id rule 1 uses (the CRM field, or the journal's when restoring)
    bool restored = false;
    QString staleId;          // a stored id that is not in the directory
    QString blocked;          // why it can never be linked (deleted, disabled, excluded), empty if eligible
    bool excluded = false;    // by the journal
    bool excludedNow = false; // its Exchange user id was cleared in the CRM since the last sync
    bool otherServer = false; // the CRM fields name another Exchange server
    QString nameKey;
    bool done = false;

    bool eligible() const { return blocked.isEmpty(); }
    bool journalLinked() const { return journal && journal->state == LinkState::Linked; }
    bool previouslyLinked() const { return journalLinked() || !user->exchangeUserId.isEmpty(); }
};

struct MailboxEntry {
    const ExchangeUser *user = nullptr;
    QString nameKey;
    QString problem; // why it cannot be linked (disabled, guest, no mailbox), empty if usable
    bool done = false;
    QString takenBy;           // the CRM user it went to (or "a conflict"), for later claimants
    QStringList blockedClaims; // CRM users that may not be linked but match it: no duplicate is created
};

class Planner {
public:
    Planner(const QList<ExchangeUser> &mailboxes, const QList<CrmUser> &crmUsers,
            const QList<UserLink> &journal, const MatchOptions &options)
        : m_options(options)
    {
        m_plan.exchangeServer = options.exchangeServer;
        m_plan.creationAllowed = options.createUsers;
        m_plan.exchangeUsers = int(mailboxes.size());
        m_plan.crmUsers = int(crmUsers.size());
        for (const UserLink &link : journal)
            m_journal.insert(link.crmUserId, link);
        for (const ExchangeUser &user : mailboxes) {
            MailboxEntry entry;
            entry.user = &user;
            entry.nameKey = UserMatcher::nameKey(user.givenName, user.surname);
            if (!user.enabled)
                entry.problem = UserMatcher::tr("the Exchange account is disabled");
            else if (user.upn.contains(QLatin1String("#EXT#"), Qt::CaseInsensitive))
                entry.problem = UserMatcher::tr("guest account: it has no mailbox in this organization");
            else if (user.mail.trimmed().isEmpty())
                entry.problem =
                    UserMatcher::tr("the directory user has no mailbox (no primary SMTP address)");
            const int index = int(m_mailboxes.size());
            m_mailboxes.append(entry);
            m_mailboxById.insert(user.id, index);
            if (!user.mail.trimmed().isEmpty())
                m_byPrimary[addressKey(user.mail)].append(index);
            for (const QString &alias : user.aliases)
                m_byAlias[addressKey(alias)].append(index);
            if (!entry.nameKey.isEmpty())
                m_mailboxesByName[entry.nameKey].append(index);
        }
        for (const CrmUser &user : crmUsers) {
            CrmEntry entry;
            entry.user = &user;
            if (m_journal.contains(user.id))
                entry.journal = m_journal.value(user.id);
            entry.nameKey = UserMatcher::nameKey(user.firstName, user.lastName);
            entry.storedId = user.exchangeUserId.trimmed();
            entry.otherServer = !entry.storedId.isEmpty() && !user.exchangeServer.isEmpty() &&
                                !configuredServer(user.exchangeServer);
            m_crm.append(entry);
        }
    }

    bool configuredServer(const QString &server) const
    {
        if (server.compare(m_options.exchangeServer, Qt::CaseInsensitive) == 0)
            return true;
        for (const QString &known : m_options.exchangeServers) {
            if (server.compare(known, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    QString serverOf(const ExchangeUser &mailbox) const
    {
        return mailbox.server.isEmpty() ? m_options.exchangeServer : mailbox.server;
    }

    UserSyncPlan run()
    {
        classify();
        ruleStoredId();
        ruleAddress(MatchRule::PrimarySmtp, m_byPrimary);
        ruleAddress(MatchRule::Alias, m_byAlias);
        ruleName();
        remainingMailboxes();
        remainingCrmUsers();
        vanishedCrmUsers();
        return m_plan;
    }

private:
    // ---- who may be linked

    void classify()
    {
        int linked = 0;
        QList<int> cleared;
        for (auto it = m_journal.cbegin(); it != m_journal.cend(); ++it)
            linked += it->state == LinkState::Linked ? 1 : 0;
        for (int i = 0; i < m_crm.size(); ++i) {
            CrmEntry &c = m_crm[i];
            if (c.journal && c.journal->state == LinkState::Excluded)
                c.excluded = true;
            if (!c.user->deleted && c.journalLinked() && c.storedId.isEmpty())
                cleared.append(i);
        }
        const bool massClear =
            cleared.size() > m_options.massClearMinimum && cleared.size() > m_options.massClearShare * linked;
        for (int i : std::as_const(cleared)) {
            CrmEntry &c = m_crm[i];
            if (massClear) {
                c.storedId = c.journal->exchangeUserId;
                c.restored = true;
                m_restoredCount = int(cleared.size());
            } else {
                c.excludedNow = true;
            }
        }
        for (CrmEntry &c : m_crm) {
            if (c.user->deleted)
                c.blocked = UserMatcher::tr("the CRM user is deleted");
            else if (c.excludedNow)
                c.blocked = UserMatcher::tr("its Exchange user id was cleared in the CRM, the legacy way of "
                                            "disabling a user: excluded until enabled again");
            else if (c.excluded)
                c.blocked = c.journal->excludedUtc.isValid()
                                ? UserMatcher::tr("excluded by the administrator on %1")
                                      .arg(c.journal->excludedUtc.toString(Qt::ISODate))
                                : UserMatcher::tr("excluded by the administrator");
            else if (c.user->disabled)
                c.blocked = UserMatcher::tr("the CRM user is disabled");
        }
    }

    // ---- the rules

    void ruleStoredId()
    {
        QList<int> order;
        QHash<int, QList<int>> groups;
        for (int i = 0; i < m_crm.size(); ++i) {
            CrmEntry &c = m_crm[i];
            if (c.done || c.storedId.isEmpty())
                continue;
            const auto found = m_mailboxById.constFind(c.storedId);
            if (found == m_mailboxById.cend()) {
                c.staleId = c.storedId;
                continue;
            }
            if (!groups.contains(*found))
                order.append(*found);
            groups[*found].append(i);
        }
        for (int j : std::as_const(order))
            resolve(j, groups.value(j), MatchRule::StoredId);
    }

    void ruleAddress(MatchRule rule, const QHash<QString, QList<int>> &index)
    {
        QList<int> order;
        QHash<int, QList<int>> groups;
        for (int i = 0; i < m_crm.size(); ++i) {
            CrmEntry &c = m_crm[i];
            const QString email = addressKey(c.user->email);
            if (c.done || email.isEmpty())
                continue;
            const QList<int> hits = index.value(email);
            if (hits.isEmpty())
                continue;
            if (hits.size() > 1) {
                // The directory should never hand out one address twice; if it did, nobody gets it.
                QStringList related;
                for (int j : hits)
                    related.append(describe(*m_mailboxes.at(j).user));
                if (c.eligible())
                    conflict(
                        i, std::nullopt, rule,
                        UserMatcher::tr("its e-mail %1 belongs to %n mailboxes", nullptr, int(hits.size()))
                            .arg(c.user->email),
                        related);
                else
                    blockedItem(i, std::nullopt);
                for (int j : hits) {
                    if (!m_mailboxes.at(j).done)
                        mailboxConflict(
                            j, UserMatcher::tr("its address %1 is also another mailbox's").arg(c.user->email),
                            {describe(*c.user)});
                }
                continue;
            }
            const int j = hits.first();
            if (!groups.contains(j))
                order.append(j);
            groups[j].append(i);
        }
        for (int j : std::as_const(order))
            resolve(j, groups.value(j), rule);
    }

    void ruleName()
    {
        QHash<QString, QList<int>> eligibleByName; // every eligible CRM user, linked or not
        for (int i = 0; i < m_crm.size(); ++i) {
            if (m_crm.at(i).eligible() && !m_crm.at(i).nameKey.isEmpty())
                eligibleByName[m_crm.at(i).nameKey].append(i);
        }
        for (int i = 0; i < m_crm.size(); ++i) {
            CrmEntry &c = m_crm[i];
            if (c.done || !c.eligible() || c.nameKey.isEmpty())
                continue;
            const QList<int> all = m_mailboxesByName.value(c.nameKey);
            QList<int> usable;
            for (int j : all) {
                if (m_mailboxes.at(j).problem.isEmpty())
                    usable.append(j);
            }
            const QList<int> namesakes = eligibleByName.value(c.nameKey);
            const QString name = fullName(*c.user);
            if (usable.isEmpty()) {
                // Only mailboxes that cannot be linked have the name: the one namesake reports why.
                if (namesakes.size() == 1 && all.size() == 1 && !m_mailboxes.at(all.first()).done)
                    pair(i, all.first(), MatchRule::Name,
                         UserMatcher::tr("first + last name \"%1\" is unique on both sides").arg(name));
                continue;
            }
            if (namesakes.size() > 1 || usable.size() > 1) {
                QStringList related;
                for (int j : std::as_const(usable))
                    related.append(describe(*m_mailboxes.at(j).user));
                for (int other : namesakes) {
                    if (other != i)
                        related.append(describe(*m_crm.at(other).user));
                }
                const QString reason =
                    UserMatcher::tr("ambiguous name \"%1\": %2 CRM users and %3 mailboxes have it")
                        .arg(name)
                        .arg(namesakes.size())
                        .arg(usable.size());
                conflict(i, std::nullopt, MatchRule::Name, reason, related);
                for (int j : std::as_const(usable)) {
                    if (m_mailboxes.at(j).done)
                        continue;
                    QStringList crmSide;
                    for (int other : namesakes)
                        crmSide.append(describe(*m_crm.at(other).user));
                    mailboxConflict(j, reason, crmSide);
                }
                continue;
            }
            const int j = usable.first();
            if (m_mailboxes.at(j).done) {
                notLinked(i, UserMatcher::tr("the only mailbox named \"%1\", %2, is taken by %3")
                                 .arg(name, describe(*m_mailboxes.at(j).user), m_mailboxes.at(j).takenBy));
                continue;
            }
            pair(i, j, MatchRule::Name,
                 UserMatcher::tr("first + last name \"%1\" is unique on both sides").arg(name));
        }
    }

    // Several CRM users found mailbox j by one rule.
    void resolve(int j, const QList<int> &candidates, MatchRule rule)
    {
        MailboxEntry &m = m_mailboxes[j];
        if (m.done) {
            for (int i : candidates) {
                if (!m_crm.at(i).eligible()) {
                    blockedItem(i, std::nullopt);
                    continue;
                }
                conflict(i, std::nullopt, rule,
                         UserMatcher::tr("matches mailbox %1 by %2, but that mailbox is taken by %3")
                             .arg(describe(*m.user), ruleLabel(rule), m.takenBy),
                         {describe(*m.user)});
            }
            return;
        }
        QList<int> eligible;
        QList<int> blocked;
        for (int i : candidates)
            (m_crm.at(i).eligible() ? eligible : blocked).append(i);
        if (eligible.size() > 1) {
            int keeper = -1;
            for (int i : std::as_const(eligible)) {
                const CrmEntry &c = m_crm.at(i);
                if (c.journalLinked() && c.journal->exchangeUserId == m.user->id)
                    keeper = keeper == -1 ? i : -2;
            }
            if (keeper >= 0) {
                pair(keeper, j, rule, evidence(keeper, j, rule));
                for (int i : std::as_const(eligible)) {
                    if (i != keeper)
                        conflict(
                            i, std::nullopt, rule,
                            UserMatcher::tr("matches mailbox %1 by %2, but that mailbox is linked to %3")
                                .arg(describe(*m.user), ruleLabel(rule), describe(*m_crm.at(keeper).user)),
                            {describe(*m.user)});
                }
            } else {
                QStringList names;
                for (int i : std::as_const(eligible))
                    names.append(describe(*m_crm.at(i).user));
                QString reason;
                switch (rule) {
                case MatchRule::StoredId:
                    reason = UserMatcher::tr("%n CRM users carry this mailbox's Exchange user id", nullptr,
                                             int(eligible.size()));
                    break;
                case MatchRule::PrimarySmtp:
                    reason = UserMatcher::tr("duplicate e-mail: %n CRM users have the address %1", nullptr,
                                             int(eligible.size()))
                                 .arg(m.user->mail);
                    break;
                default:
                    reason = UserMatcher::tr("%n CRM users have e-mail addresses that are aliases of %1",
                                             nullptr, int(eligible.size()))
                                 .arg(describe(*m.user));
                    break;
                }
                for (int i : std::as_const(eligible)) {
                    QStringList related{describe(*m.user)};
                    for (const QString &other : std::as_const(names)) {
                        if (other != describe(*m_crm.at(i).user))
                            related.append(other);
                    }
                    conflict(i, std::nullopt, rule, reason, related);
                }
                mailboxConflict(j, reason, names);
            }
            for (int i : std::as_const(blocked))
                blockedItem(i, std::nullopt);
            return;
        }
        if (eligible.size() == 1) {
            pair(eligible.first(), j, rule, evidence(eligible.first(), j, rule));
            for (int i : std::as_const(blocked))
                blockedItem(i, std::nullopt);
            return;
        }
        // Only CRM users that may not be linked claim it. The mailbox stays available to weaker rules (a
        // deleted user's address reused by a new user is common), but is never created again.
        for (int i : std::as_const(blocked)) {
            m.blockedClaims.append(describe(*m_crm.at(i).user));
            blockedItem(i, j, rule);
        }
    }

    QString evidence(int i, int j, MatchRule rule) const
    {
        const CrmEntry &c = m_crm.at(i);
        const ExchangeUser &m = *m_mailboxes.at(j).user;
        switch (rule) {
        case MatchRule::StoredId:
            if (c.restored)
                return UserMatcher::tr("Exchange user id put back from the journal: %n linked CRM users lost "
                                       "theirs at once (a restored CRM database?)",
                                       nullptr, m_restoredCount);
            return UserMatcher::tr("the CRM user's Exchange user id is this mailbox's id");
        case MatchRule::PrimarySmtp:
            return UserMatcher::tr("CRM e-mail %1 is the mailbox's primary SMTP address").arg(c.user->email);
        case MatchRule::Alias:
            return UserMatcher::tr("CRM e-mail %1 is an alias of %2").arg(c.user->email, mailboxAddress(m));
        case MatchRule::Name:
        case MatchRule::Created:
        case MatchRule::None:
            break;
        }
        return {};
    }

    // ---- what is left

    void remainingMailboxes()
    {
        QHash<QString, QList<int>> crmByName; // any CRM user, whatever its state
        QSet<QString> logons;
        for (int i = 0; i < m_crm.size(); ++i) {
            if (!m_crm.at(i).nameKey.isEmpty())
                crmByName[m_crm.at(i).nameKey].append(i);
            logons.insert(m_crm.at(i).user->logon.toLower());
        }
        for (auto it = m_journal.cbegin(); it != m_journal.cend(); ++it)
            logons.insert(it->crmLogon.toLower());
        for (int j = 0; j < m_mailboxes.size(); ++j) {
            MailboxEntry &m = m_mailboxes[j];
            if (m.done)
                continue;
            UserPlanItem item;
            item.mailbox = *m.user;
            m.done = true;
            if (!m.problem.isEmpty()) {
                item.action = PlanAction::Skip;
                item.reason = m.problem;
            } else if (!m.blockedClaims.isEmpty()) {
                item.action = PlanAction::Skip;
                item.related = m.blockedClaims;
                item.reason =
                    UserMatcher::tr("its CRM user %1 may not be linked (deleted, disabled or excluded): "
                                    "not created again")
                        .arg(m.blockedClaims.join(QStringLiteral(", ")));
            } else if (!m.nameKey.isEmpty() && crmByName.contains(m.nameKey)) {
                QStringList names;
                for (int i : crmByName.value(m.nameKey))
                    names.append(describe(*m_crm.at(i).user));
                item.action = PlanAction::Skip;
                item.related = names;
                item.reason =
                    UserMatcher::tr("no CRM user matches it, but %1 has the same name: not created, to "
                                    "avoid a duplicate (give the CRM user this e-mail address to link "
                                    "them)")
                        .arg(names.join(QStringLiteral(", ")));
            } else if (m_options.createUsers) {
                item.action = PlanAction::Create;
                item.rule = MatchRule::Created;
                item.newUser = UserMatcher::newUserFor(*m.user, logons, serverOf(*m.user));
                logons.insert(item.newUser.logon.toLower());
                item.journalState = LinkState::Linked;
                item.writeCrm = true;
                item.writeJournal = true;
                item.reason = UserMatcher::tr("no CRM user matches it by id, e-mail, alias or name: create "
                                              "resource %1")
                                  .arg(item.newUser.logon);
            } else {
                item.action = PlanAction::Skip;
                item.reason = m_options.creationOffReason.isEmpty()
                                  ? UserMatcher::tr("no CRM user matches it; Create CRM Users is off")
                                  : m_options.creationOffReason;
            }
            m_plan.items.append(item);
        }
    }

    void remainingCrmUsers()
    {
        for (int i = 0; i < m_crm.size(); ++i) {
            const CrmEntry &c = m_crm.at(i);
            if (c.done)
                continue;
            if (!c.eligible()) {
                blockedItem(i, std::nullopt);
                continue;
            }
            if (c.otherServer && !c.staleId.isEmpty() && !c.journalLinked()) {
                // Linked by another Exchange server's sync (the legacy product's several servers): not ours.
                skipCrm(i, UserMatcher::tr("linked to Exchange server %1, not to this one: left alone")
                               .arg(c.user->exchangeServer));
                continue;
            }
            QString reason =
                UserMatcher::tr("no mailbox matches it by stored id, e-mail, alias or first + last "
                                "name");
            if (!c.staleId.isEmpty())
                reason =
                    UserMatcher::tr("its mailbox (Exchange user id %1) is no longer in the directory, and no "
                                    "other mailbox matches it")
                        .arg(c.staleId);
            else if (c.journalLinked())
                reason = UserMatcher::tr("its mailbox %1 is no longer in the directory, and no other mailbox "
                                         "matches it")
                             .arg(c.journal->mailbox);
            notLinked(i, reason);
        }
    }

    void vanishedCrmUsers()
    {
        QSet<QString> present;
        for (const CrmEntry &c : std::as_const(m_crm))
            present.insert(c.user->id);
        QStringList ids = m_journal.keys();
        std::sort(ids.begin(), ids.end());
        for (const QString &id : std::as_const(ids)) {
            if (present.contains(id))
                continue;
            const UserLink &link = m_journal.value(id);
            CrmUser ghost;
            ghost.id = link.crmUserId;
            ghost.logon = link.crmLogon;
            ghost.lastName = link.crmName;
            ghost.deleted = true;
            UserPlanItem item;
            item.crmUser = ghost;
            item.writeJournal = true;
            item.reason = UserMatcher::tr("the CRM user no longer exists");
            if (link.state == LinkState::Excluded) {
                item.action = PlanAction::Skip;
                item.journalState = LinkState::Excluded;
            } else {
                item.action = link.state == LinkState::Linked ? PlanAction::Unlink : PlanAction::Skip;
                item.journalState = LinkState::Unlinked;
            }
            m_plan.items.append(item);
        }
    }

    // ---- plan items

    UserPlanItem crmItem(int i, PlanAction action, const QString &reason) const
    {
        UserPlanItem item;
        item.action = action;
        item.crmUser = *m_crm.at(i).user;
        item.reason = reason;
        item.writeJournal = true;
        return item;
    }

    void append(int i, const UserPlanItem &item)
    {
        m_crm[i].done = true;
        m_plan.items.append(item);
    }

    void skipCrm(int i, const QString &reason)
    {
        UserPlanItem item = crmItem(i, PlanAction::Skip, reason);
        item.journalState = LinkState::Unlinked;
        append(i, item);
    }

    // An eligible CRM user that ends up without a mailbox: a link it had is undone on both sides.
    void notLinked(int i, const QString &reason)
    {
        const CrmEntry &c = m_crm.at(i);
        if (!c.previouslyLinked()) {
            skipCrm(i, reason);
            return;
        }
        UserPlanItem item = crmItem(i, PlanAction::Unlink, reason);
        item.writeCrm = !c.user->exchangeUserId.isEmpty() && !c.otherServer;
        item.journalState = LinkState::Unlinked;
        append(i, item);
    }

    void conflict(int i, std::optional<int> j, MatchRule rule, const QString &reason,
                  const QStringList &related)
    {
        UserPlanItem item = crmItem(i, PlanAction::Conflict, reason);
        item.rule = rule;
        item.related = related;
        item.journalState = LinkState::Conflict;
        if (j) {
            item.mailbox = *m_mailboxes.at(*j).user;
            m_mailboxes[*j].done = true;
            m_mailboxes[*j].takenBy = UserMatcher::tr("a conflict");
        }
        append(i, item);
    }

    void mailboxConflict(int j, const QString &reason, const QStringList &related)
    {
        MailboxEntry &m = m_mailboxes[j];
        UserPlanItem item;
        item.action = PlanAction::Conflict;
        item.mailbox = *m.user;
        item.reason = reason;
        item.related = related;
        m.done = true;
        m.takenBy = UserMatcher::tr("a conflict");
        m_plan.items.append(item);
    }

    // A CRM user that may not be linked; `j`: the mailbox it matched, reported with it.
    void blockedItem(int i, std::optional<int> j, MatchRule rule = MatchRule::None)
    {
        const CrmEntry &c = m_crm.at(i);
        UserPlanItem item = crmItem(i, PlanAction::Skip, c.blocked);
        item.rule = rule;
        if (j) {
            const MailboxEntry &m = m_mailboxes.at(*j);
            item.related = QStringList{describe(*m.user)};
            item.reason = UserMatcher::tr("%1 (it matches mailbox %2 by %3)")
                              .arg(c.blocked, describe(*m.user), ruleLabel(rule));
        }
        const bool clearable = !c.user->exchangeUserId.isEmpty() && !c.otherServer && !c.user->deleted;
        if (c.excludedNow) {
            item.action = PlanAction::Exclude;
            item.journalState = LinkState::Excluded;
        } else if (c.excluded) {
            item.journalState = LinkState::Excluded;
            if (clearable) {
                item.action = PlanAction::Unlink;
                item.writeCrm = true;
                item.reason += UserMatcher::tr("; the Exchange user id set on it in the CRM is cleared");
            }
        } else if (c.user->deleted) {
            item.writeJournal = c.journal.has_value();
            if (c.journalLinked())
                item.action = PlanAction::Unlink; // a deleted user cannot be written to: journal only
        } else if (c.previouslyLinked() && (c.journalLinked() || !c.otherServer)) {
            item.action = PlanAction::Unlink;
            item.writeCrm = clearable;
        }
        append(i, item);
    }

    void pair(int i, int j, MatchRule rule, const QString &evidenceText)
    {
        CrmEntry &c = m_crm[i];
        MailboxEntry &m = m_mailboxes[j];
        m.done = true;
        m.takenBy = describe(*c.user);
        UserPlanItem item = crmItem(i, PlanAction::Link, evidenceText);
        item.mailbox = *m.user;
        item.rule = rule;
        if (!m.problem.isEmpty()) {
            item.reason = UserMatcher::tr("%1 (matched by %2)").arg(m.problem, ruleLabel(rule));
            item.journalState = LinkState::Unlinked;
            if (c.previouslyLinked()) {
                item.action = PlanAction::Unlink;
                item.writeCrm = !c.user->exchangeUserId.isEmpty();
            } else {
                item.action = PlanAction::Skip;
            }
            append(i, item);
            return;
        }
        const QString server = serverOf(*m.user);
        const bool crmAgrees = c.user->exchangeUserId == m.user->id && c.user->exchangeServer == server;
        const bool journalAgrees = c.journalLinked() && c.journal->exchangeUserId == m.user->id &&
                                   c.journal->exchangeServer == server;
        item.journalState = LinkState::Linked;
        if (crmAgrees && journalAgrees) {
            item.action = PlanAction::Unchanged;
            if (c.journal->rule != MatchRule::None)
                item.rule = c.journal->rule;
            item.reason =
                UserMatcher::tr("linked by %1; the CRM and the journal agree").arg(ruleLabel(item.rule));
            item.writeJournal = true;
        } else {
            item.writeCrm = !crmAgrees;
            if (c.journalLinked() && c.journal->exchangeUserId != m.user->id && !c.journal->mailbox.isEmpty())
                item.reason = UserMatcher::tr("%1 (was %2)").arg(evidenceText, c.journal->mailbox);
        }
        append(i, item);
    }

    const MatchOptions &m_options;
    UserSyncPlan m_plan;
    QHash<QString, UserLink> m_journal;
    QList<CrmEntry> m_crm;
    QList<MailboxEntry> m_mailboxes;
    QHash<QString, int> m_mailboxById;
    QHash<QString, QList<int>> m_byPrimary;
    QHash<QString, QList<int>> m_byAlias;
    QHash<QString, QList<int>> m_mailboxesByName;
    int m_restoredCount = 0;
};

QString asciiLogon(const QString &text)
{
    QString out;
    for (QChar c : stripMarks(text).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-')
            out.append(c);
    }
    while (!out.isEmpty() && (out.front() == u'.' || out.front() == u'-'))
        out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == u'.' || out.back() == u'-'))
        out.chop(1);
    return out;
}

} // namespace

QString UserMatcher::nameKey(const QString &first, const QString &last)
{
    const QString a = namePart(first);
    const QString b = namePart(last);
    if (a.isEmpty() || b.isEmpty())
        return {};
    return a + QChar(u'|') + b;
}

crm::CrmUser UserMatcher::newUserFor(const exchange::ExchangeUser &mailbox, const QSet<QString> &takenLogons,
                                     const QString &exchangeServer)
{
    constexpr int kLogonLength = 32; // User_Logon
    const QString address = mailboxAddress(mailbox);
    const QString local = address.section(QLatin1Char('@'), 0, 0);
    QString base = asciiLogon(local);
    if (base.isEmpty())
        base = asciiLogon(mailbox.givenName.left(1) + mailbox.surname);
    if (base.isEmpty())
        base = QStringLiteral("user");
    base = base.left(kLogonLength);
    QString logon = base;
    for (int n = 2; takenLogons.contains(logon.toLower()); ++n) {
        const QString suffix = QString::number(n);
        logon = base.left(kLogonLength - int(suffix.size())) + suffix;
    }

    crm::CrmUser user;
    user.logon = logon;
    user.firstName = mailbox.givenName.trimmed();
    user.lastName = mailbox.surname.trimmed();
    if (user.firstName.isEmpty() && user.lastName.isEmpty()) {
        const QStringList words =
            mailbox.displayName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!words.isEmpty()) {
            user.lastName = words.last();
            user.firstName = words.mid(0, words.size() - 1).join(QLatin1Char(' '));
        } else {
            user.lastName = local;
        }
    }
    user.firstName = user.firstName.left(30); // User_FirstName
    user.lastName = user.lastName.left(40);   // User_LastName
    user.email = mailbox.mail;
    user.resource = true; // uses no licence (seed, chapter 3)
    user.exchangeServer = exchangeServer;
    user.exchangeUserId = mailbox.id;
    return user;
}

UserSyncPlan UserMatcher::plan(const QList<exchange::ExchangeUser> &mailboxes,
                               const QList<crm::CrmUser> &crmUsers, const QList<UserLink> &journal,
                               const MatchOptions &options)
{
    return Planner(mailboxes, crmUsers, journal, options).run();
}

} // namespace cxsync::users
