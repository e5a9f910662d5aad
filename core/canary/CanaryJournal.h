#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QList>
#include <QString>

#include <optional>

namespace cxsync {
class Journal;
}

namespace cxsync::canary {

// Which way a canary round crosses: written in the CRM and looked for in Exchange, or the reverse.
enum class CanaryDirection { CrmToExchange, ExchangeToCrm };
// writing: recorded, the item may or may not exist yet; waiting: written, not seen on the other side yet;
// arrived / late: seen (late: after the threshold); lost: not seen before the round's deadline; failed: the
// round could not be run (the write was refused, the pair is not linked, ...).
enum class CanaryState { Writing, Waiting, Arrived, Late, Lost, Failed };

QString directionName(CanaryDirection direction); // "crm_to_exchange" | "exchange_to_crm"
QString stateName(CanaryState state);             // "writing", "waiting", "arrived", "late", "lost", "failed"
std::optional<CanaryState> stateFromName(const QString &name); // a stored name; nothing for any other text

// One canary round as the journal keeps it (table canary_rounds).
struct CanaryRound {
    qint64 id = 0;
    QDateTime startedUtc;
    CanaryDirection direction = CanaryDirection::CrmToExchange;
    QString crmUserId;
    QString mailbox;
    QString marker; // in the items' subject: how they are found when their ids were never stored
    QDateTime slotStartUtc;
    QDateTime slotEndUtc;
    QString crmItemId;      // the CRM communication (origin or mirror), once known
    QString exchangeItemId; // the Exchange item (origin or mirror), once known
    QString exchangeUid;    // its iCalUId (what the CRM record keeps as its Exchange id); in memory only
    QDateTime writtenUtc;   // the origin write was confirmed
    QDateTime seenUtc;      // the mirror was seen on the other side
    qint64 latencyMs = -1;  // written → seen; -1 while not seen
    CanaryState state = CanaryState::Writing;
    QString error;
    bool cleaned = false;  // both sides are free of the round's items
    bool reported = false; // a late / lost / failed round went out in an error digest

    bool finished() const { return state != CanaryState::Writing && state != CanaryState::Waiting; }
    bool problem() const
    {
        return state == CanaryState::Late || state == CanaryState::Lost || state == CanaryState::Failed;
    }
};

// The journal's canary_rounds table, and the query API the dashboard, the CLI and the error digest read:
// the last finished round and a series over time. Every write is one statement; SQL with bound values only.
class CanaryJournal final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::canary::CanaryJournal)
public:
    explicit CanaryJournal(Journal &journal);

    // Records a round before anything is written (state writing); sets round.id.
    Status begin(CanaryRound &round);
    // The origin write was confirmed: its id, and the round waits for the other side.
    Status setWritten(qint64 id, const QString &crmItemId, const QString &exchangeItemId,
                      const QDateTime &writtenUtc);
    // The items found on either side (empty leaves the stored id).
    Status setItemIds(qint64 id, const QString &crmItemId, const QString &exchangeItemId);
    // arrived / late (with seenUtc and latency), lost or failed (with the error).
    Status finish(qint64 id, CanaryState state, const QDateTime &seenUtc, qint64 latencyMs, const QString &error);
    Status setCleaned(qint64 id);

    // The newest finished round (arrived, late, lost or failed); nullopt when there is none.
    Result<std::optional<CanaryRound>> last() const;
    // Rounds started in [fromUtc, toUtc), oldest first, at most `limit`.
    Result<QList<CanaryRound>> series(const QDateTime &fromUtc, const QDateTime &toUtc, int limit = 1000) const;
    // Rounds whose items may still be on a server (not cleaned), oldest first.
    Result<QList<CanaryRound>> uncleaned() const;
    // Late, lost and failed rounds no digest has reported yet, newest first.
    Result<QList<CanaryRound>> unreportedProblems(int limit = 50) const;
    Status markReported(const QList<qint64> &ids);

private:
    Result<QList<CanaryRound>> select(const QString &where, const QVariantList &values, const QString &order,
                                      int limit) const;

    Journal &m_journal;
};

} // namespace cxsync::canary

Q_DECLARE_METATYPE(cxsync::canary::CanaryRound)
