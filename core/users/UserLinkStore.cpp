#include "users/UserLinkStore.h"

#include "store/Journal.h"
#include "store/JournalSql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cxsync::users {

namespace {

using journalsql::fromStamp;
using journalsql::stampOrNull;
using journalsql::textOrNull;

Error storageError(const QString &what, const QSqlError &error)
{
    return makeError(ErrorKind::Storage, UserLinkStore::tr("journal: %1: %2").arg(what, error.text()));
}

const char *const kColumns = "crm_user_id, crm_logon, crm_name, exchange_server, exchange_user_id, mailbox, "
                             "match_rule, state, last_sync_utc, last_error, note, updated_utc, excluded_utc";

UserLink fromQuery(const QSqlQuery &q)
{
    UserLink link;
    link.crmUserId = q.value(0).toString();
    link.crmLogon = q.value(1).toString();
    link.crmName = q.value(2).toString();
    link.exchangeServer = q.value(3).toString();
    link.exchangeUserId = q.value(4).toString();
    link.mailbox = q.value(5).toString();
    link.rule = ruleFromName(q.value(6).toString()).value_or(MatchRule::None);
    link.state = stateFromName(q.value(7).toString()).value_or(LinkState::Unlinked);
    link.lastSyncUtc = fromStamp(q.value(8));
    link.lastError = q.value(9).toString();
    link.note = q.value(10).toString();
    link.updatedUtc = fromStamp(q.value(11));
    link.excludedUtc = fromStamp(q.value(12));
    return link;
}

} // namespace

UserLinkStore::UserLinkStore(Journal &journal) : m_journal(journal) {}

Result<QList<UserLink>> UserLinkStore::all() const
{
    QSqlQuery q(m_journal.database());
    if (!q.exec(QStringLiteral("SELECT %1 FROM user_links ORDER BY crm_logon COLLATE NOCASE, crm_user_id")
                    .arg(QLatin1String(kColumns))))
        return storageError(tr("reading user links"), q.lastError());
    QList<UserLink> links;
    while (q.next())
        links.append(fromQuery(q));
    return links;
}

Result<std::optional<UserLink>> UserLinkStore::find(const QString &crmUserId) const
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT %1 FROM user_links WHERE crm_user_id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(crmUserId);
    if (!q.exec())
        return storageError(tr("reading the link of CRM user %1").arg(crmUserId), q.lastError());
    if (!q.next())
        return std::optional<UserLink>();
    return std::optional<UserLink>(fromQuery(q));
}

Status UserLinkStore::write(const UserLink &link, const QDateTime &nowUtc)
{
    QSqlDatabase db = m_journal.database();
    const bool linked = link.state == LinkState::Linked && !link.exchangeUserId.isEmpty();
    if (linked) {
        // One mailbox, one CRM user: whoever held this mailbox before lets go of it here.
        QSqlQuery release(db);
        release.prepare(QStringLiteral(
            "UPDATE user_links SET exchange_user_id = NULL, state = 'unlinked', note = ?, updated_utc = ?"
            " WHERE exchange_server IS ? AND exchange_user_id = ? AND crm_user_id <> ?"));
        release.addBindValue(tr("its mailbox %1 was linked to %2").arg(link.mailbox, link.crmLogon));
        release.addBindValue(stampOrNull(nowUtc));
        release.addBindValue(textOrNull(link.exchangeServer));
        release.addBindValue(link.exchangeUserId);
        release.addBindValue(link.crmUserId);
        if (!release.exec())
            return storageError(tr("releasing mailbox %1").arg(link.mailbox), release.lastError());
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO user_links (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(link.crmUserId);
    q.addBindValue(link.crmLogon.isNull() ? QStringLiteral("") : link.crmLogon);
    q.addBindValue(textOrNull(link.crmName));
    q.addBindValue(textOrNull(link.exchangeServer));
    q.addBindValue(linked ? QVariant(link.exchangeUserId) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(textOrNull(link.mailbox));
    q.addBindValue(textOrNull(ruleName(link.rule)));
    q.addBindValue(stateName(link.state));
    q.addBindValue(stampOrNull(link.lastSyncUtc));
    q.addBindValue(textOrNull(link.lastError));
    q.addBindValue(textOrNull(link.note));
    q.addBindValue(stampOrNull(nowUtc));
    q.addBindValue(link.state == LinkState::Excluded
                       ? stampOrNull(link.excludedUtc.isValid() ? link.excludedUtc : nowUtc)
                       : QVariant(QMetaType(QMetaType::QString)));
    if (!q.exec())
        return storageError(tr("writing the link of %1").arg(link.crmLogon), q.lastError());
    return {};
}

Status UserLinkStore::save(const UserLink &link, const QDateTime &nowUtc)
{
    return saveAll({link}, nowUtc);
}

Status UserLinkStore::saveAll(const QList<UserLink> &links, const QDateTime &nowUtc)
{
    if (links.isEmpty())
        return {};
    QSqlDatabase db = m_journal.database();
    if (!db.transaction())
        return storageError(tr("starting a transaction"), db.lastError());
    for (const UserLink &link : links) {
        if (Status s = write(link, nowUtc); !s.ok()) {
            db.rollback();
            return s;
        }
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return storageError(tr("committing user links"), error);
    }
    return {};
}

Status UserLinkStore::recordError(const QString &crmUserId, const QString &crmLogon, const QString &crmName,
                                  const QString &message, const QDateTime &nowUtc)
{
    Result<std::optional<UserLink>> existing = find(crmUserId);
    if (!existing.ok())
        return existing.error();
    UserLink link;
    if (existing.value()) {
        link = *existing.value();
    } else {
        link.crmUserId = crmUserId;
        link.crmLogon = crmLogon;
        link.crmName = crmName;
    }
    link.lastError = message;
    link.lastSyncUtc = nowUtc;
    return save(link, nowUtc);
}

} // namespace cxsync::users
