#include "canary/CanaryJournal.h"

#include "store/Journal.h"
#include "store/JournalSql.h"

#include <QSqlQuery>

namespace cxsync::canary {

using namespace journalsql;

namespace {

const char *kColumns = "id, started_utc, direction, crm_user_id, mailbox, marker, slot_start_utc, slot_end_utc,"
                       " crm_item_id, exchange_item_id, written_utc, seen_utc, latency_ms, state, error, cleaned,"
                       " reported";

} // namespace

std::optional<CanaryState> stateFromName(const QString &name)
{
    for (CanaryState s : {CanaryState::Writing, CanaryState::Waiting, CanaryState::Arrived, CanaryState::Late,
                          CanaryState::Lost, CanaryState::Failed}) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString directionName(CanaryDirection direction)
{
    return direction == CanaryDirection::CrmToExchange ? QStringLiteral("crm_to_exchange")
                                                       : QStringLiteral("exchange_to_crm");
}

QString stateName(CanaryState state)
{
    switch (state) {
    case CanaryState::Writing:
        return QStringLiteral("writing");
    case CanaryState::Waiting:
        return QStringLiteral("waiting");
    case CanaryState::Arrived:
        return QStringLiteral("arrived");
    case CanaryState::Late:
        return QStringLiteral("late");
    case CanaryState::Lost:
        return QStringLiteral("lost");
    case CanaryState::Failed:
        break;
    }
    return QStringLiteral("failed");
}

CanaryJournal::CanaryJournal(Journal &journal) : m_journal(journal) {}

Status CanaryJournal::begin(CanaryRound &round)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("INSERT INTO canary_rounds (started_utc, direction, crm_user_id, mailbox, marker,"
                             " slot_start_utc, slot_end_utc, state) VALUES (?,?,?,?,?,?,?,?)"));
    q.addBindValue(stamp(round.startedUtc));
    q.addBindValue(directionName(round.direction));
    q.addBindValue(round.crmUserId);
    q.addBindValue(round.mailbox);
    q.addBindValue(round.marker);
    q.addBindValue(stamp(round.slotStartUtc));
    q.addBindValue(stamp(round.slotEndUtc));
    q.addBindValue(stateName(round.state));
    if (Status s = execOrError(q); !s.ok())
        return s;
    round.id = q.lastInsertId().toLongLong();
    return {};
}

Status CanaryJournal::setWritten(qint64 id, const QString &crmItemId, const QString &exchangeItemId,
                                 const QDateTime &writtenUtc)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("UPDATE canary_rounds SET crm_item_id = coalesce(?, crm_item_id),"
                             " exchange_item_id = coalesce(?, exchange_item_id), written_utc = ?,"
                             " state = 'waiting' WHERE id = ?"));
    q.addBindValue(textOrNull(crmItemId));
    q.addBindValue(textOrNull(exchangeItemId));
    q.addBindValue(stamp(writtenUtc));
    q.addBindValue(id);
    return execOrError(q);
}

Status CanaryJournal::setItemIds(qint64 id, const QString &crmItemId, const QString &exchangeItemId)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("UPDATE canary_rounds SET crm_item_id = coalesce(?, crm_item_id),"
                             " exchange_item_id = coalesce(?, exchange_item_id) WHERE id = ?"));
    q.addBindValue(textOrNull(crmItemId));
    q.addBindValue(textOrNull(exchangeItemId));
    q.addBindValue(id);
    return execOrError(q);
}

Status CanaryJournal::finish(qint64 id, CanaryState state, const QDateTime &seenUtc, qint64 latencyMs,
                             const QString &error)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("UPDATE canary_rounds SET state = ?, seen_utc = ?, latency_ms = ?, error = ?"
                             " WHERE id = ?"));
    q.addBindValue(stateName(state));
    q.addBindValue(stampOrNull(seenUtc));
    q.addBindValue(latencyMs >= 0 ? QVariant(latencyMs) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(textOrNull(error));
    q.addBindValue(id);
    return execOrError(q);
}

Status CanaryJournal::setCleaned(qint64 id)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("UPDATE canary_rounds SET cleaned = 1 WHERE id = ?"));
    q.addBindValue(id);
    return execOrError(q);
}

Result<QList<CanaryRound>> CanaryJournal::select(const QString &where, const QVariantList &values,
                                                 const QString &order, int limit) const
{
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM canary_rounds WHERE %2 ORDER BY %3 LIMIT ?")
                  .arg(QLatin1String(kColumns), where, order));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(qMax(1, limit));
    if (Status s = execOrError(q); !s.ok())
        return s.error();
    QList<CanaryRound> rounds;
    while (q.next()) {
        CanaryRound r;
        r.id = q.value(0).toLongLong();
        r.startedUtc = fromStamp(q.value(1));
        r.direction = q.value(2).toString() == directionName(CanaryDirection::ExchangeToCrm)
                          ? CanaryDirection::ExchangeToCrm
                          : CanaryDirection::CrmToExchange;
        r.crmUserId = q.value(3).toString();
        r.mailbox = q.value(4).toString();
        r.marker = q.value(5).toString();
        r.slotStartUtc = fromStamp(q.value(6));
        r.slotEndUtc = fromStamp(q.value(7));
        r.crmItemId = q.value(8).toString();
        r.exchangeItemId = q.value(9).toString();
        r.writtenUtc = fromStamp(q.value(10));
        r.seenUtc = fromStamp(q.value(11));
        r.latencyMs = q.value(12).isNull() ? -1 : q.value(12).toLongLong();
        const auto state = stateFromName(q.value(13).toString());
        if (!state)
            return makeError(ErrorKind::Storage,
                             tr("canary round %1 has an unknown state '%2'").arg(r.id).arg(q.value(13).toString()));
        r.state = *state;
        r.error = q.value(14).toString();
        r.cleaned = q.value(15).toInt() != 0;
        r.reported = q.value(16).toInt() != 0;
        rounds.append(r);
    }
    return rounds;
}

Result<std::optional<CanaryRound>> CanaryJournal::last() const
{
    auto rows = select(QStringLiteral("state IN ('arrived','late','lost','failed')"), {},
                       QStringLiteral("started_utc DESC, id DESC"), 1);
    if (!rows.ok())
        return rows.error();
    if (rows.value().isEmpty())
        return std::optional<CanaryRound>();
    return std::optional<CanaryRound>(rows.value().first());
}

Result<QList<CanaryRound>> CanaryJournal::series(const QDateTime &fromUtc, const QDateTime &toUtc, int limit) const
{
    return select(QStringLiteral("started_utc >= ? AND started_utc < ?"), {stamp(fromUtc), stamp(toUtc)},
                  QStringLiteral("started_utc, id"), limit);
}

Result<QList<CanaryRound>> CanaryJournal::uncleaned() const
{
    return select(QStringLiteral("cleaned = 0"), {}, QStringLiteral("id"), 1000);
}

Result<QList<CanaryRound>> CanaryJournal::unreportedProblems(int limit) const
{
    return select(QStringLiteral("reported = 0 AND state IN ('late','lost','failed')"), {},
                  QStringLiteral("started_utc DESC, id DESC"), limit);
}

Status CanaryJournal::markReported(const QList<qint64> &ids)
{
    QSqlDatabase db = m_journal.database();
    if (!db.transaction())
        return storageError(tr("cannot start a journal transaction"), db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE canary_rounds SET reported = 1 WHERE id = ?"));
    for (qint64 id : ids) {
        q.addBindValue(id);
        if (Status s = execOrError(q); !s.ok()) {
            db.rollback();
            return s;
        }
    }
    return commitOrRollback(db);
}

} // namespace cxsync::canary
