#pragma once

// The calendar sync's tables in the journal: item links (one row per mailbox item ↔ CRM communication), the
// staged Exchange changes (sync_inbox), the write-ahead outbox and the CRM watermark (sync_cursors). Failed
// writes go to queue::FailedMessageQueue, applied ones to queue::TransactionLog. SQL with bound parameters
// only; each method is one transaction.
#include "Result.h"
#include "crm/CrmTypes.h"
#include "exchange/ExchangeTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

class QSqlQuery;

namespace cxsync {
class Journal;
}

namespace cxsync::sync {

struct ItemLink {
    qint64 rowId = 0;
    QString mailbox;
    QString exchangeItemId;
    QString crmCommId;
    QString iCalUId;
    QString changeKey;
    QString exchangeHash; // fingerprint of the Exchange item as last synchronized
    QString crmHash;      // fingerprint of the CRM record as last synchronized
    QDateTime crmUpdatedUtc;
    bool isOrganizer = true;
    QDateTime startUtc;
    QString crmUserId; // the linked user whose mailbox holds the item
    QString seriesMasterId; // an occurrence's series master: deleting the series deletes its occurrences
};

struct InboxItem {
    qint64 rowId = 0;
    QString mailbox;
    QString exchangeItemId;
    bool removed = false;
    exchange::ExchangeEvent event; // when not removed
};

// One intended write, stored before it is sent and deleted once confirmed.
struct OutboxEntry {
    qint64 rowId = 0;
    QString direction; // crm_to_exchange | exchange_to_crm
    QString operation; // create | update | delete | cancel | link
    QString mailbox;
    QString targetId;
    QString idempotencyKey;
    QJsonObject payload;
    int attempts = 0;
};

// Where a mailbox's change source continues: the connector's opaque cursor and the sync window of the round
// it belongs to (a cursor of another window is not used: the window moved, so the round starts again).
struct ChangeCursor {
    QString cursor;
    QDateTime windowStartUtc;
    QDateTime windowEndUtc;
    bool covers(const QDateTime &startUtc, const QDateTime &endUtc) const
    {
        return !cursor.isEmpty() && windowStartUtc.isValid() && windowEndUtc.isValid() &&
               windowStartUtc.toSecsSinceEpoch() == startUtc.toSecsSinceEpoch() &&
               windowEndUtc.toSecsSinceEpoch() == endUtc.toSecsSinceEpoch();
    }
};

class SyncJournal final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::sync::SyncJournal)
public:
    explicit SyncJournal(Journal &journal);

    Result<QList<ItemLink>> links() const;
    // Linked items per mailbox, a series once (the safety stop's measure), without reading the links.
    Result<QHash<QString, int>> linkedItemsByMailbox() const;
    // "SELECT <the link columns> FROM item_links", and the links a query of it gives: for queries of the
    // link table by other keys (RunStaging).
    static QString linkSelect();
    static QList<ItemLink> readLinks(QSqlQuery &query);
    Result<std::optional<ItemLink>> link(const QString &mailbox, const QString &exchangeItemId) const;
    Result<QList<ItemLink>> linksOf(const QString &crmCommId) const;
    Status saveLink(const ItemLink &link, const QDateTime &nowUtc); // by (mailbox, exchange item id)
    Status removeLink(const QString &mailbox, const QString &exchangeItemId);
    Status removeLinksOf(const QString &crmCommId);

    // Stages a page of changes; with `next`, the mailbox's change cursor moves past the page in the same
    // transaction, so a run that stops anywhere neither loses nor repeats a page.
    Status stage(const QString &mailbox, const QList<exchange::ExchangeEvent> &changed,
                 const QStringList &removed, const QDateTime &nowUtc,
                 const std::optional<ChangeCursor> &next = std::nullopt);
    Result<ChangeCursor> changeCursor(const QString &mailbox) const; // empty cursor: none stored
    Status clearChangeCursor(const QString &mailbox);
    Result<QList<InboxItem>> inbox() const;
    Status unstage(const QList<qint64> &rowIds);

    // Records the intent; an entry with the same key already there is kept (and returned).
    Result<OutboxEntry> beginWrite(const OutboxEntry &entry, const QDateTime &nowUtc);
    Status endWrite(qint64 rowId);
    Result<QList<OutboxEntry>> pendingWrites() const;

    Result<crm::CrmWatermark> watermark() const; // null when the CRM was never read
    Status saveWatermark(const crm::CrmWatermark &watermark, const QDateTime &nowUtc);
    // Whether a run has read the CRM feed to its end before (even an empty one): the first run is special.
    Result<bool> crmFeedRead() const;

    static QJsonObject eventToJson(const exchange::ExchangeEvent &event);
    static exchange::ExchangeEvent eventFromJson(const QJsonObject &json);
    static QJsonObject appointmentToJson(const crm::CrmAppointment &appointment);
    static crm::CrmAppointment appointmentFromJson(const QJsonObject &json);

    static const QString kWatermarkScope;

private:
    Journal &m_journal;
};

} // namespace cxsync::sync
