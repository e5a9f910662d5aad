#include "SyncJournal.h"

#include "StringPool.h"
#include "store/Journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cxsync::sync {

const QString SyncJournal::kWatermarkScope = QStringLiteral("crm:watermark");

namespace {

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

QString stampText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime stamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : parsed;
}

Error storageError(const QString &what, const QSqlError &error)
{
    return makeError(ErrorKind::Storage, SyncJournal::tr("journal: %1: %2").arg(what, error.text()));
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Runs `body` inside one transaction on the journal's connection.
template <typename Body> Status inTransaction(Journal &journal, const QString &what, Body body)
{
    QSqlDatabase db = journal.database();
    if (!db.transaction())
        return storageError(what, db.lastError());
    const Status status = body(db);
    if (!status.ok()) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return storageError(what, error);
    }
    return Status();
}

} // namespace

SyncJournal::SyncJournal(Journal &journal) : m_journal(journal) {}

namespace {
const QString kLinkColumns = QStringLiteral(
    "SELECT id, mailbox, exchange_item_id, crm_comm_id, ical_uid, exchange_change_key, exchange_hash, crm_hash,"
    " crm_updated_utc, is_organizer, start_utc, crm_user_id, series_master_id FROM item_links");

QList<ItemLink> readLinkRows(QSqlQuery &q)
{
    QList<ItemLink> out;
    StringPool pool;
    while (q.next()) {
        ItemLink l;
        l.rowId = q.value(0).toLongLong();
        l.mailbox = pool(q.value(1).toString());
        l.exchangeItemId = q.value(2).toString();
        l.crmCommId = q.value(3).toString();
        l.iCalUId = q.value(4).toString();
        l.changeKey = q.value(5).toString();
        l.exchangeHash = q.value(6).toString();
        l.crmHash = q.value(7).toString();
        l.crmUpdatedUtc = stamp(q.value(8).toString());
        l.isOrganizer = q.value(9).toInt() != 0;
        l.startUtc = stamp(q.value(10).toString());
        l.crmUserId = pool(q.value(11).toString());
        l.seriesMasterId = q.value(12).toString();
        out.append(std::move(l));
    }
    return out;
}
} // namespace

QString SyncJournal::linkSelect()
{
    return kLinkColumns;
}

QList<ItemLink> SyncJournal::readLinks(QSqlQuery &query)
{
    return readLinkRows(query);
}

Result<QHash<QString, int>> SyncJournal::linkedItemsByMailbox() const
{
    // an occurrence counts with its series: the series is one item (CalendarPlan::itemsByMailbox)
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT mailbox, SUM(series_master_id IS NULL OR series_master_id = ''),"
                               " COUNT(DISTINCT NULLIF(series_master_id, '')) FROM item_links GROUP BY mailbox")))
        return storageError(tr("reading item links"), q.lastError());
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt() + q.value(2).toInt());
    return out;
}

Result<QList<ItemLink>> SyncJournal::links() const
{
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true); // rows read once: the driver keeps no copy of them all
    if (!q.exec(kLinkColumns + QStringLiteral(" ORDER BY id")))
        return storageError(tr("reading item links"), q.lastError());
    return readLinkRows(q);
}

Result<std::optional<ItemLink>> SyncJournal::link(const QString &mailbox, const QString &exchangeItemId) const
{
    QSqlQuery q(m_journal.database());
    q.prepare(kLinkColumns + QStringLiteral(" WHERE mailbox = ? AND exchange_item_id = ?"));
    q.addBindValue(mailbox);
    q.addBindValue(exchangeItemId);
    if (!q.exec())
        return storageError(tr("reading item links"), q.lastError());
    const QList<ItemLink> found = readLinkRows(q);
    return found.isEmpty() ? std::optional<ItemLink>() : std::optional<ItemLink>(found.constFirst());
}

Result<QList<ItemLink>> SyncJournal::linksOf(const QString &crmCommId) const
{
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    q.prepare(kLinkColumns + QStringLiteral(" WHERE crm_comm_id = ? ORDER BY id"));
    q.addBindValue(crmCommId);
    if (!q.exec())
        return storageError(tr("reading item links"), q.lastError());
    return readLinkRows(q);
}

Status SyncJournal::saveLink(const ItemLink &link, const QDateTime &nowUtc)
{
    return inTransaction(m_journal, tr("saving an item link"), [&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO item_links (mailbox, exchange_item_id, crm_comm_id, ical_uid, exchange_change_key,"
            " exchange_hash, crm_hash, crm_updated_utc, is_organizer, start_utc, crm_user_id,"
            " series_master_id, updated_utc) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(mailbox, exchange_item_id) DO UPDATE SET crm_comm_id = excluded.crm_comm_id,"
            " ical_uid = excluded.ical_uid, exchange_change_key = excluded.exchange_change_key,"
            " exchange_hash = excluded.exchange_hash, crm_hash = excluded.crm_hash,"
            " crm_updated_utc = excluded.crm_updated_utc, is_organizer = excluded.is_organizer,"
            " start_utc = excluded.start_utc, crm_user_id = excluded.crm_user_id,"
            " series_master_id = excluded.series_master_id,"
            " updated_utc = excluded.updated_utc"));
        q.addBindValue(link.mailbox);
        q.addBindValue(link.exchangeItemId);
        q.addBindValue(textOrNull(link.crmCommId));
        q.addBindValue(textOrNull(link.iCalUId));
        q.addBindValue(textOrNull(link.changeKey));
        q.addBindValue(textOrNull(link.exchangeHash));
        q.addBindValue(textOrNull(link.crmHash));
        q.addBindValue(textOrNull(stampText(link.crmUpdatedUtc)));
        q.addBindValue(link.isOrganizer ? 1 : 0);
        q.addBindValue(textOrNull(stampText(link.startUtc)));
        q.addBindValue(textOrNull(link.crmUserId));
        q.addBindValue(textOrNull(link.seriesMasterId));
        q.addBindValue(stampText(nowUtc));
        if (!q.exec())
            return storageError(tr("saving an item link"), q.lastError());
        return Status();
    });
}

Status SyncJournal::removeLink(const QString &mailbox, const QString &exchangeItemId)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("DELETE FROM item_links WHERE mailbox = ? AND exchange_item_id = ?"));
    q.addBindValue(mailbox);
    q.addBindValue(exchangeItemId);
    if (!q.exec())
        return storageError(tr("removing an item link"), q.lastError());
    return Status();
}

Status SyncJournal::removeLinksOf(const QString &crmCommId)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("DELETE FROM item_links WHERE crm_comm_id = ?"));
    q.addBindValue(crmCommId);
    if (!q.exec())
        return storageError(tr("removing item links"), q.lastError());
    return Status();
}

namespace {
// sync_cursors scopes of the mailboxes' change cursors; journals of earlier versions kept Graph's under the
// second, which is still read (and replaced on the next write)
const QString kChangeScope = QStringLiteral("changes:");
const QString kOldGraphScope = QStringLiteral("graph:delta:");
} // namespace

Result<ChangeCursor> SyncJournal::changeCursor(const QString &mailbox) const
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT cursor FROM sync_cursors WHERE scope IN (?, ?) ORDER BY scope = ? DESC LIMIT 1"));
    q.addBindValue(kChangeScope + mailbox);
    q.addBindValue(kOldGraphScope + mailbox);
    q.addBindValue(kChangeScope + mailbox);
    if (!q.exec())
        return storageError(tr("reading the change cursor of %1").arg(mailbox), q.lastError());
    ChangeCursor cursor;
    if (!q.next())
        return cursor;
    const QString text = q.value(0).toString();
    const QJsonObject o = parseObject(text);
    if (o.isEmpty()) { // a bare link of an early version: no window, so it is not used
        cursor.cursor = text;
        return cursor;
    }
    cursor.cursor = o.value(QStringLiteral("link")).toString();
    cursor.windowStartUtc = QDateTime::fromString(o.value(QStringLiteral("windowStart")).toString(), Qt::ISODate).toUTC();
    cursor.windowEndUtc = QDateTime::fromString(o.value(QStringLiteral("windowEnd")).toString(), Qt::ISODate).toUTC();
    return cursor;
}

Status SyncJournal::clearChangeCursor(const QString &mailbox)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("DELETE FROM sync_cursors WHERE scope IN (?, ?)"));
    q.addBindValue(kChangeScope + mailbox);
    q.addBindValue(kOldGraphScope + mailbox);
    if (!q.exec())
        return storageError(tr("clearing the change cursor of %1").arg(mailbox), q.lastError());
    return Status();
}

Status SyncJournal::stage(const QString &mailbox, const QList<exchange::ExchangeEvent> &changed,
                          const QStringList &removed, const QDateTime &nowUtc,
                          const std::optional<ChangeCursor> &next)
{
    return inTransaction(m_journal, tr("staging Exchange changes"), [&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        if (next) {
            QSqlQuery c(db);
            c.prepare(QStringLiteral("DELETE FROM sync_cursors WHERE scope = ?"));
            c.addBindValue(kOldGraphScope + mailbox);
            if (!c.exec())
                return storageError(tr("moving the change cursor of %1").arg(mailbox), c.lastError());
            c.prepare(QStringLiteral("INSERT INTO sync_cursors (scope, cursor, updated_utc) VALUES (?,?,?)"
                                     " ON CONFLICT(scope) DO UPDATE SET cursor = excluded.cursor,"
                                     " updated_utc = excluded.updated_utc"));
            c.addBindValue(kChangeScope + mailbox);
            c.addBindValue(compact(QJsonObject{
                {QStringLiteral("link"), next->cursor},
                {QStringLiteral("windowStart"), next->windowStartUtc.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("windowEnd"), next->windowEndUtc.toUTC().toString(Qt::ISODate)}}));
            c.addBindValue(stampText(nowUtc));
            if (!c.exec())
                return storageError(tr("moving the change cursor of %1").arg(mailbox), c.lastError());
        }
        // a later change of the same item replaces the staged one
        q.prepare(QStringLiteral(
            "INSERT INTO sync_inbox (mailbox, exchange_item_id, removed, payload, received_utc)"
            " VALUES (?,?,?,?,?) ON CONFLICT(mailbox, exchange_item_id) DO UPDATE SET"
            " removed = excluded.removed, payload = excluded.payload, received_utc = excluded.received_utc"));
        for (const exchange::ExchangeEvent &e : changed) {
            q.addBindValue(mailbox);
            q.addBindValue(e.id);
            q.addBindValue(0);
            q.addBindValue(compact(eventToJson(e)));
            q.addBindValue(stampText(nowUtc));
            if (!q.exec())
                return storageError(tr("staging Exchange changes"), q.lastError());
        }
        for (const QString &id : removed) {
            q.addBindValue(mailbox);
            q.addBindValue(id);
            q.addBindValue(1);
            q.addBindValue(QVariant(QMetaType(QMetaType::QString)));
            q.addBindValue(stampText(nowUtc));
            if (!q.exec())
                return storageError(tr("staging Exchange changes"), q.lastError());
        }
        return Status();
    });
}

Result<QList<InboxItem>> SyncJournal::inbox() const
{
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true); // each row's JSON is parsed and dropped: the driver keeps no copy of them all
    if (!q.exec(QStringLiteral(
            "SELECT id, mailbox, exchange_item_id, removed, payload FROM sync_inbox ORDER BY id")))
        return storageError(tr("reading staged Exchange changes"), q.lastError());
    QList<InboxItem> out;
    StringPool pool;
    while (q.next()) {
        InboxItem item;
        item.rowId = q.value(0).toLongLong();
        item.mailbox = pool(q.value(1).toString());
        item.exchangeItemId = q.value(2).toString();
        item.removed = q.value(3).toInt() != 0;
        if (!item.removed) {
            item.event = eventFromJson(parseObject(q.value(4).toString()));
            // a meeting's copies in its attendees' mailboxes carry the same texts (the body above all), and its
            // attendees are the same few people in many items: each text is held once
            item.event.iCalUId = pool(item.event.iCalUId);
            item.event.subject = pool(item.event.subject);
            item.event.bodyText = pool(item.event.bodyText);
            item.event.location = pool(item.event.location);
            item.event.seriesMasterId = pool(item.event.seriesMasterId);
            item.event.organizer.address = pool(item.event.organizer.address);
            item.event.organizer.name = pool(item.event.organizer.name);
            for (exchange::ExchangeAttendee &a : item.event.attendees) {
                a.address = pool(a.address);
                a.name = pool(a.name);
                a.type = pool(a.type);
                a.response = pool(a.response);
            }
            item.event.timeZone = pool(item.event.timeZone);
            item.event.type = pool(item.event.type);
        }
        item.event.id = item.exchangeItemId;
        item.event.removed = item.removed;
        out.append(std::move(item));
    }
    return out;
}

Status SyncJournal::unstage(const QList<qint64> &rowIds)
{
    return inTransaction(m_journal, tr("clearing staged Exchange changes"), [&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM sync_inbox WHERE id = ?"));
        for (qint64 id : rowIds) {
            q.addBindValue(id);
            if (!q.exec())
                return storageError(tr("clearing staged Exchange changes"), q.lastError());
        }
        return Status();
    });
}

Result<OutboxEntry> SyncJournal::beginWrite(const OutboxEntry &entry, const QDateTime &nowUtc)
{
    OutboxEntry stored = entry;
    const Status status = inTransaction(m_journal, tr("recording an intended write"), [&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO outbox (direction, operation, mailbox, target_id, idempotency_key, payload, created_utc,"
            " attempts) VALUES (?,?,?,?,?,?,?,1) ON CONFLICT(idempotency_key) DO UPDATE SET"
            " attempts = attempts + 1"));
        q.addBindValue(entry.direction);
        q.addBindValue(entry.operation);
        q.addBindValue(textOrNull(entry.mailbox));
        q.addBindValue(textOrNull(entry.targetId));
        q.addBindValue(entry.idempotencyKey);
        q.addBindValue(compact(entry.payload));
        q.addBindValue(stampText(nowUtc));
        if (!q.exec())
            return storageError(tr("recording an intended write"), q.lastError());
        QSqlQuery id(db);
        id.prepare(QStringLiteral("SELECT id, attempts FROM outbox WHERE idempotency_key = ?"));
        id.addBindValue(entry.idempotencyKey);
        if (!id.exec() || !id.next())
            return storageError(tr("recording an intended write"), id.lastError());
        stored.rowId = id.value(0).toLongLong();
        stored.attempts = id.value(1).toInt();
        return Status();
    });
    if (!status.ok())
        return status.error();
    return stored;
}

Status SyncJournal::endWrite(qint64 rowId)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("DELETE FROM outbox WHERE id = ?"));
    q.addBindValue(rowId);
    if (!q.exec())
        return storageError(tr("clearing a confirmed write"), q.lastError());
    return Status();
}

Result<QList<OutboxEntry>> SyncJournal::pendingWrites() const
{
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, direction, operation, mailbox, target_id, idempotency_key, payload,"
                               " attempts FROM outbox ORDER BY id")))
        return storageError(tr("reading the outbox"), q.lastError());
    QList<OutboxEntry> out;
    while (q.next()) {
        OutboxEntry e;
        e.rowId = q.value(0).toLongLong();
        e.direction = q.value(1).toString();
        e.operation = q.value(2).toString();
        e.mailbox = q.value(3).toString();
        e.targetId = q.value(4).toString();
        e.idempotencyKey = q.value(5).toString();
        e.payload = parseObject(q.value(6).toString());
        e.attempts = q.value(7).toInt();
        out.append(e);
    }
    return out;
}

Result<crm::CrmWatermark> SyncJournal::watermark() const
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT cursor FROM sync_cursors WHERE scope = ?"));
    q.addBindValue(kWatermarkScope);
    if (!q.exec())
        return storageError(tr("reading the CRM watermark"), q.lastError());
    crm::CrmWatermark w;
    if (!q.next())
        return w;
    const QJsonObject o = parseObject(q.value(0).toString());
    w.updatedUtc = stamp(o.value(QStringLiteral("updated")).toString());
    w.id = o.value(QStringLiteral("id")).toString().toLongLong();
    for (const QJsonValue &v : o.value(QStringLiteral("seen")).toArray()) {
        const QJsonArray pair = v.toArray();
        w.seenAtUpdated.append(qMakePair(pair.at(0).toString().toLongLong(), pair.at(1).toString()));
    }
    if (!o.isEmpty() && !w.updatedUtc.isValid())
        return makeError(ErrorKind::Storage, tr("journal: the stored CRM watermark is unreadable."),
                         kWatermarkScope);
    return w;
}

Result<bool> SyncJournal::crmFeedRead() const
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT 1 FROM sync_cursors WHERE scope = ?"));
    q.addBindValue(kWatermarkScope);
    if (!q.exec())
        return storageError(tr("reading the CRM watermark"), q.lastError());
    return q.next();
}

Status SyncJournal::saveWatermark(const crm::CrmWatermark &watermark, const QDateTime &nowUtc)
{
    // A CRM without appointments yet has no watermark; the row is still written (as {}) so that the next run
    // is not taken for the first one (which sends no invitations).
    QJsonObject o;
    if (!watermark.isNull()) {
        QJsonArray seen;
        for (const auto &pair : watermark.seenAtUpdated)
            seen.append(QJsonArray{QString::number(pair.first), pair.second});
        o = QJsonObject{{QStringLiteral("updated"), stampText(watermark.updatedUtc)},
                        {QStringLiteral("id"), QString::number(watermark.id)},
                        {QStringLiteral("seen"), seen}};
    }
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("INSERT INTO sync_cursors (scope, cursor, updated_utc) VALUES (?,?,?)"
                             " ON CONFLICT(scope) DO UPDATE SET cursor = excluded.cursor,"
                             " updated_utc = excluded.updated_utc"));
    q.addBindValue(kWatermarkScope);
    q.addBindValue(compact(o));
    q.addBindValue(stampText(nowUtc));
    if (!q.exec())
        return storageError(tr("saving the CRM watermark"), q.lastError());
    return Status();
}

QJsonObject SyncJournal::eventToJson(const exchange::ExchangeEvent &e)
{
    QJsonArray attendees;
    for (const exchange::ExchangeAttendee &a : e.attendees)
        attendees.append(QJsonObject{{QStringLiteral("address"), a.address},
                                     {QStringLiteral("name"), a.name},
                                     {QStringLiteral("type"), a.type},
                                     {QStringLiteral("response"), a.response}});
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("iCalUId"), e.iCalUId},
        {QStringLiteral("changeKey"), e.changeKey},
        {QStringLiteral("subject"), e.subject},
        {QStringLiteral("body"), e.bodyText},
        {QStringLiteral("location"), e.location},
        {QStringLiteral("start"), stampText(e.startUtc)},
        {QStringLiteral("end"), stampText(e.endUtc)},
        {QStringLiteral("timeZone"), e.timeZone},
        {QStringLiteral("isAllDay"), e.isAllDay},
        {QStringLiteral("isPrivate"), e.isPrivate},
        {QStringLiteral("reminderOn"), e.reminderOn},
        {QStringLiteral("reminderMinutes"), e.reminderMinutes},
        {QStringLiteral("writeReminder"), e.writeReminder},
        {QStringLiteral("writeAttendees"), e.writeAttendees},
        {QStringLiteral("isCancelled"), e.isCancelled},
        {QStringLiteral("isOrganizer"), e.isOrganizer},
        {QStringLiteral("organizer"), e.organizer.address},
        {QStringLiteral("organizerName"), e.organizer.name},
        {QStringLiteral("attendees"), attendees},
        {QStringLiteral("type"), e.type},
        {QStringLiteral("seriesMasterId"), e.seriesMasterId},
        {QStringLiteral("lastModified"), stampText(e.lastModifiedUtc)},
        {QStringLiteral("skeletal"), e.skeletal},
        {QStringLiteral("transactionId"), e.transactionId},
    };
}

exchange::ExchangeEvent SyncJournal::eventFromJson(const QJsonObject &o)
{
    exchange::ExchangeEvent e;
    auto s = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
    e.id = s("id");
    e.iCalUId = s("iCalUId");
    e.changeKey = s("changeKey");
    e.subject = s("subject");
    e.bodyText = s("body");
    e.location = s("location");
    e.startUtc = stamp(s("start"));
    e.endUtc = stamp(s("end"));
    e.timeZone = s("timeZone");
    e.isAllDay = o.value(QStringLiteral("isAllDay")).toBool();
    e.isPrivate = o.value(QStringLiteral("isPrivate")).toBool();
    e.reminderOn = o.value(QStringLiteral("reminderOn")).toBool();
    e.reminderMinutes = o.value(QStringLiteral("reminderMinutes")).toInt(15);
    e.writeReminder = o.value(QStringLiteral("writeReminder")).toBool(true);
    // rows written before the flag existed sent the attendees with every write
    e.writeAttendees = o.value(QStringLiteral("writeAttendees")).toBool(true);
    e.isCancelled = o.value(QStringLiteral("isCancelled")).toBool();
    e.isOrganizer = o.value(QStringLiteral("isOrganizer")).toBool(true);
    e.organizer.address = s("organizer");
    e.organizer.name = s("organizerName");
    e.organizer.response = QStringLiteral("organizer");
    for (const QJsonValue &v : o.value(QStringLiteral("attendees")).toArray()) {
        const QJsonObject a = v.toObject();
        exchange::ExchangeAttendee at;
        at.address = a.value(QStringLiteral("address")).toString();
        at.name = a.value(QStringLiteral("name")).toString();
        at.type = a.value(QStringLiteral("type")).toString();
        at.response = a.value(QStringLiteral("response")).toString();
        e.attendees.append(at);
    }
    e.type = s("type");
    e.seriesMasterId = s("seriesMasterId");
    e.lastModifiedUtc = stamp(s("lastModified"));
    e.skeletal = o.value(QStringLiteral("skeletal")).toBool();
    e.transactionId = s("transactionId");
    return e;
}

QJsonObject SyncJournal::appointmentToJson(const crm::CrmAppointment &a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("subject"), a.subject},
        {QStringLiteral("details"), a.details},
        {QStringLiteral("location"), a.location},
        {QStringLiteral("start"), stampText(a.startUtc)},
        {QStringLiteral("end"), stampText(a.endUtc)},
        {QStringLiteral("private"), a.isPrivate},
        {QStringLiteral("notify"), a.notifyMinutes ? QJsonValue(*a.notifyMinutes) : QJsonValue()},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("type"), a.type},
        {QStringLiteral("action"), a.action},
        {QStringLiteral("owner"), a.ownerUserId},
        {QStringLiteral("links"), QJsonArray::fromStringList(a.linkedUserIds)},
        {QStringLiteral("exchangeId"), a.exchangeId},
        {QStringLiteral("responses"), a.exchangeResponses},
        {QStringLiteral("updated"), stampText(a.updatedUtc)},
        {QStringLiteral("deleted"), a.deleted},
    };
}

crm::CrmAppointment SyncJournal::appointmentFromJson(const QJsonObject &o)
{
    crm::CrmAppointment a;
    auto s = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
    a.id = s("id");
    a.subject = s("subject");
    a.details = s("details");
    a.location = s("location");
    a.startUtc = stamp(s("start"));
    a.endUtc = stamp(s("end"));
    a.isPrivate = o.value(QStringLiteral("private")).toBool();
    if (o.value(QStringLiteral("notify")).isDouble())
        a.notifyMinutes = o.value(QStringLiteral("notify")).toInt();
    a.status = s("status");
    a.type = s("type");
    a.action = s("action");
    a.ownerUserId = s("owner");
    for (const QJsonValue &v : o.value(QStringLiteral("links")).toArray())
        a.linkedUserIds.append(v.toString());
    a.exchangeId = s("exchangeId");
    a.exchangeResponses = s("responses");
    a.updatedUtc = stamp(s("updated"));
    a.deleted = o.value(QStringLiteral("deleted")).toBool();
    return a;
}

} // namespace cxsync::sync
