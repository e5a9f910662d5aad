#pragma once

#include "CrmSchema.h"
#include "CrmWhereParser.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTimeZone>

#include <optional>

namespace cxsync::sandbox {

struct CrmOrderKey {
    QString field;
    bool descending = false;
};

// The CRM tables of the sandbox. Rows hold stored values: integers, "Y"/null checkboxes, strings and UTC
// date/times ("yyyy-MM-ddTHH:mm:ss.zzzZ"). Keys are assigned per table from 1 upwards (never reused).
// Every write to an entity with an updated stamp sets it to a strictly increasing UTC time (at least 1 ms
// after the previous write, whatever the clock says), so a watermark `Comm_UpdatedDate gt last` never misses
// a write.
class CrmStore final {
public:
    CrmStore();

    void clear();
    void setCustomFieldsPresent(bool present) { m_customPresent = present; }
    bool customFieldsPresent() const { return m_customPresent; }

    // `values` are stored values of writable fields; key, stamps and the deleted flag are set here.
    QJsonObject insert(const CrmEntity &entity, const QJsonObject &values);
    std::optional<QJsonObject> update(const CrmEntity &entity, qint64 id, const QJsonObject &values);
    // Communication: soft delete (Comm_Deleted = 1, stamp bumped); others: removed. False if absent/already
    // deleted.
    bool remove(const CrmEntity &entity, qint64 id);
    std::optional<QJsonObject> row(const CrmEntity &entity, qint64 id) const;
    QList<QJsonObject> rows(const CrmEntity &entity) const; // in key order

    // Rows matching `where` (may be null), sorted by `order` and then by key. On a bad field or value:
    // nullopt and a message naming it.
    std::optional<QList<QJsonObject>> select(const CrmEntity &entity, const CrmWhereNode *where,
                                             const QList<CrmOrderKey> &order, const QTimeZone &zone,
                                             QString *error) const;

    QJsonObject toJson() const;
    bool fromJson(const QJsonObject &state, QString *error);

private:
    QDateTime nextStamp();
    bool validate(const CrmEntity &entity, const CrmWhereNode &node, const QTimeZone &zone,
                  QString *error) const;
    bool matches(const CrmEntity &entity, const CrmWhereNode &node, const QJsonObject &row,
                 const QTimeZone &zone) const;
    // Equality lookups: the rows an `eq` or `in` on the key or an indexed field (Comm_ExchangeId,
    // CmLi_Comm_CommunicationId: what a sync run looks up by) can match, in key order; nullopt when the query
    // has no such condition at its top (or under a top-level `and`) and every row must be read.
    std::optional<QList<qint64>> candidates(const CrmEntity &entity, const CrmWhereNode &node) const;
    void index(const CrmEntity &entity, qint64 id, const QJsonObject &row, bool add);
    static QString indexKey(const QJsonValue &value);

    // "entity|field" → value (case-folded text or the integer) → row ids; kept in step by every write
    QHash<QString, QHash<QString, QSet<qint64>>> m_index;

    QHash<QString, QMap<qint64, QJsonObject>> m_tables;
    QHash<QString, qint64> m_nextId;
    QDateTime m_lastStamp;
    bool m_customPresent = true;
};

} // namespace cxsync::sandbox
