#include "CrmStore.h"

#include "CrmJson.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace cxsync::sandbox {

namespace {

// A typed value for comparisons; null only for integer and date/time columns without a value.
struct Value {
    bool null = false;
    qint64 integer = 0;
    QDateTime dateTime;
    QString text;
};

// CrmStore::select()'s per-query caches (the sandbox serves one request at a time; select() clears them): a
// query's literals and like patterns are read once, not once per row
QHash<const CrmWhereNode *, QList<Value>> literalCache;
QHash<const CrmWhereNode *, QRegularExpression> likeCache;

std::optional<Value> literalValue(const CrmField &field, const QString &literal, const QTimeZone &zone)
{
    Value value;
    switch (field.type) {
    case CrmFieldType::Integer: {
        bool ok = false;
        value.integer = literal.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        return value;
    }
    case CrmFieldType::DateTime: {
        const auto parsed = CrmJson::parseDate(literal, zone);
        if (!parsed)
            return std::nullopt;
        value.dateTime = *parsed;
        return value;
    }
    case CrmFieldType::Checkbox: {
        const QString lower = literal.trimmed().toLower();
        if (lower == QLatin1String("y") || lower == QLatin1String("1") || lower == QLatin1String("true"))
            value.text = QStringLiteral("Y");
        else if (!(lower.isEmpty() || lower == QLatin1String("n") || lower == QLatin1String("0") ||
                   lower == QLatin1String("false")))
            return std::nullopt;
        return value;
    }
    case CrmFieldType::String:
    case CrmFieldType::Text:
        value.text = literal;
        return value;
    }
    return std::nullopt;
}

Value rowValue(const CrmField &field, const QJsonValue &stored)
{
    Value value;
    const bool missing = stored.isNull() || stored.isUndefined();
    switch (field.type) {
    case CrmFieldType::Integer:
        value.null = missing;
        value.integer = stored.toInteger();
        break;
    case CrmFieldType::DateTime:
        value.null = missing;
        if (!missing) {
            // stored stamps repeat across queries: parsed once each
            static QHash<QString, QDateTime> parsed;
            const QString text = stored.toString();
            auto it = parsed.constFind(text);
            if (it == parsed.cend()) {
                if (parsed.size() > 500000)
                    parsed.clear();
                it = parsed.insert(text, CrmJson::fromStoredDate(text));
            }
            value.dateTime = *it;
        }
        break;
    case CrmFieldType::Checkbox:
    case CrmFieldType::String:
    case CrmFieldType::Text:
        value.text = stored.toString();
        break;
    }
    return value;
}

// <0, 0, >0; nullopt when either side is null.
std::optional<int> compare(const CrmField &field, const Value &a, const Value &b)
{
    if (a.null || b.null)
        return std::nullopt;
    switch (field.type) {
    case CrmFieldType::Integer:
        return a.integer < b.integer ? -1 : (a.integer > b.integer ? 1 : 0);
    case CrmFieldType::DateTime:
        return a.dateTime < b.dateTime ? -1 : (a.dateTime > b.dateTime ? 1 : 0);
    default:
        return a.text.compare(b.text, Qt::CaseInsensitive);
    }
}

QRegularExpression likePattern(const QString &pattern)
{
    QString regex;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('%'))
            regex += QStringLiteral(".*");
        else if (c == QLatin1Char('_'))
            regex += QLatin1Char('.');
        else
            regex += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(regex),
                              QRegularExpression::CaseInsensitiveOption |
                                  QRegularExpression::DotMatchesEverythingOption);
}

} // namespace

CrmStore::CrmStore()
{
    clear();
}

namespace {
bool isIndexed(const QString &entity, const QString &field)
{
    return (entity == QLatin1String("Communication") && field == QLatin1String("Comm_ExchangeId")) ||
           (entity == QLatin1String("Comm_Link") && field == QLatin1String("CmLi_Comm_CommunicationId"));
}
} // namespace

QString CrmStore::indexKey(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isString())
        return value.toString().toCaseFolded(); // SQL Server compares text case-insensitively
    return QString();
}

void CrmStore::index(const CrmEntity &entity, qint64 id, const QJsonObject &row, bool add)
{
    for (const CrmField &field : entity.fields) {
        if (!isIndexed(entity.name, field.name))
            continue;
        const QString key = indexKey(row.value(field.name));
        if (key.isNull())
            continue;
        QHash<QString, QSet<qint64>> &byValue = m_index[entity.name + QLatin1Char('|') + field.name];
        if (add) {
            byValue[key].insert(id);
        } else if (auto it = byValue.find(key); it != byValue.end()) {
            it->remove(id);
            if (it->isEmpty())
                byValue.erase(it);
        }
    }
}

std::optional<QList<qint64>> CrmStore::candidates(const CrmEntity &entity, const CrmWhereNode &node) const
{
    if (node.kind == CrmWhereNode::Kind::And) {
        for (const CrmWhereNode &child : node.children) {
            if (auto ids = candidates(entity, child))
                return ids;
        }
        return std::nullopt;
    }
    const bool equality = (node.kind == CrmWhereNode::Kind::Comparison && node.op == QLatin1String("eq")) ||
                          node.kind == CrmWhereNode::Kind::In;
    const CrmField *field = equality ? entity.field(node.field, m_customPresent) : nullptr;
    if (!field)
        return std::nullopt;
    const bool key = field->name == entity.keyField;
    if (!key && !isIndexed(entity.name, field->name))
        return std::nullopt;
    QSet<qint64> ids;
    const auto byValue = m_index.constFind(entity.name + QLatin1Char('|') + field->name);
    for (const QString &literal : node.values) {
        if (field->type == CrmFieldType::Integer) {
            bool ok = false;
            const qint64 number = literal.toLongLong(&ok);
            if (!ok)
                continue;
            if (key) {
                if (m_tables.value(entity.name).contains(number))
                    ids.insert(number);
                continue;
            }
            if (byValue != m_index.cend())
                ids.unite(byValue->value(QString::number(number)));
        } else if (byValue != m_index.cend()) {
            ids.unite(byValue->value(literal.toCaseFolded()));
        }
    }
    QList<qint64> sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

void CrmStore::clear()
{
    m_index.clear();
    m_tables.clear();
    m_nextId.clear();
    for (const CrmEntity &entity : crmEntities()) {
        m_tables.insert(entity.name, {});
        m_nextId.insert(entity.name, 1);
    }
}

QDateTime CrmStore::nextStamp()
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lastStamp.isValid() && now <= m_lastStamp)
        now = m_lastStamp.addMSecs(1);
    m_lastStamp = now;
    return now;
}

QJsonObject CrmStore::insert(const CrmEntity &entity, const QJsonObject &values)
{
    const qint64 id = m_nextId.value(entity.name, 1);
    m_nextId.insert(entity.name, id + 1);
    QJsonObject row;
    for (const CrmField &field : entity.fields)
        row.insert(field.name, QJsonValue::Null);
    for (auto it = values.begin(); it != values.end(); ++it)
        row.insert(it.key(), it.value());
    row.insert(entity.keyField, id);
    if (!entity.deletedField.isEmpty())
        row.insert(entity.deletedField, values.value(entity.deletedField).toInteger(0));
    if (!entity.createdField.isEmpty() || !entity.updatedField.isEmpty()) {
        const QString stamp = CrmJson::storedDate(nextStamp());
        if (!entity.createdField.isEmpty())
            row.insert(entity.createdField, stamp);
        if (!entity.updatedField.isEmpty())
            row.insert(entity.updatedField, stamp);
    }
    m_tables[entity.name].insert(id, row);
    index(entity, id, row, true);
    return row;
}

std::optional<QJsonObject> CrmStore::update(const CrmEntity &entity, qint64 id, const QJsonObject &values)
{
    auto &table = m_tables[entity.name];
    auto it = table.find(id);
    if (it == table.end())
        return std::nullopt;
    index(entity, id, *it, false);
    for (auto value = values.begin(); value != values.end(); ++value) {
        if (value.key() != entity.keyField)
            it->insert(value.key(), value.value());
    }
    if (!entity.updatedField.isEmpty())
        it->insert(entity.updatedField, CrmJson::storedDate(nextStamp()));
    index(entity, id, *it, true);
    return *it;
}

bool CrmStore::remove(const CrmEntity &entity, qint64 id)
{
    auto &table = m_tables[entity.name];
    auto it = table.find(id);
    if (it == table.end())
        return false;
    if (!entity.softDelete) {
        index(entity, id, *it, false);
        table.erase(it);
        return true;
    }
    if (it->value(entity.deletedField).toInteger() == 1)
        return false;
    it->insert(entity.deletedField, 1);
    if (!entity.updatedField.isEmpty())
        it->insert(entity.updatedField, CrmJson::storedDate(nextStamp()));
    return true;
}

std::optional<QJsonObject> CrmStore::row(const CrmEntity &entity, qint64 id) const
{
    const auto table = m_tables.value(entity.name);
    const auto it = table.constFind(id);
    if (it == table.constEnd())
        return std::nullopt;
    return *it;
}

QList<QJsonObject> CrmStore::rows(const CrmEntity &entity) const
{
    return m_tables.value(entity.name).values();
}

bool CrmStore::validate(const CrmEntity &entity, const CrmWhereNode &node, const QTimeZone &zone,
                        QString *error) const
{
    if (node.kind == CrmWhereNode::Kind::And || node.kind == CrmWhereNode::Kind::Or ||
        node.kind == CrmWhereNode::Kind::Not) {
        for (const CrmWhereNode &child : node.children) {
            if (!validate(entity, child, zone, error))
                return false;
        }
        return true;
    }
    const CrmField *field = entity.field(node.field, m_customPresent);
    if (!field) {
        *error = QStringLiteral("Unknown field '%1' at position %2 for entity %3")
                     .arg(node.field)
                     .arg(node.position)
                     .arg(entity.name);
        return false;
    }
    if (node.op == QLatin1String("like") && field->type != CrmFieldType::String &&
        field->type != CrmFieldType::Text) {
        *error = QStringLiteral("'like' needs a text field, '%1' at position %2 is %3")
                     .arg(field->name)
                     .arg(node.position)
                     .arg(crmFieldTypeName(field->type));
        return false;
    }
    if (node.op == QLatin1String("like"))
        return true;
    for (const QString &literal : node.values) {
        if (!literalValue(*field, literal, zone)) {
            *error = QStringLiteral("Value '%1' is not a valid %2 for field '%3' at position %4")
                         .arg(literal, crmFieldTypeName(field->type), field->name)
                         .arg(node.position);
            return false;
        }
    }
    return true;
}

bool CrmStore::matches(const CrmEntity &entity, const CrmWhereNode &node, const QJsonObject &row,
                       const QTimeZone &zone) const
{
    switch (node.kind) {
    case CrmWhereNode::Kind::And:
        return std::all_of(node.children.begin(), node.children.end(),
                           [&](const CrmWhereNode &child) { return matches(entity, child, row, zone); });
    case CrmWhereNode::Kind::Or:
        return std::any_of(node.children.begin(), node.children.end(),
                           [&](const CrmWhereNode &child) { return matches(entity, child, row, zone); });
    case CrmWhereNode::Kind::Not:
        return !matches(entity, node.children.constFirst(), row, zone);
    default:
        break;
    }
    const CrmField &field = *entity.field(node.field, m_customPresent);
    const Value actual = rowValue(field, row.value(field.name));
    // a query's literals (and like patterns) are read once, not once per row: select() clears the cache
    if (node.op == QLatin1String("like")) {
        auto pattern = likeCache.constFind(&node);
        if (pattern == likeCache.cend())
            pattern = likeCache.insert(&node, likePattern(node.values.constFirst()));
        return !actual.null && pattern->match(actual.text).hasMatch();
    }
    auto literals = literalCache.constFind(&node);
    if (literals == literalCache.cend()) {
        QList<Value> values;
        for (const QString &literal : node.values)
            values.append(*literalValue(field, literal, zone)); // validate() checked every literal
        literals = literalCache.insert(&node, values);
    }
    auto cmp = [&](int index) { return compare(field, actual, literals->at(index)); };
    if (node.kind == CrmWhereNode::Kind::In) {
        for (int i = 0; i < node.values.size(); ++i) {
            if (cmp(i) == 0)
                return true;
        }
        return false;
    }
    if (node.kind == CrmWhereNode::Kind::Between) {
        const auto low = cmp(0);
        const auto high = cmp(1);
        return low && high && *low >= 0 && *high <= 0;
    }
    const auto c = cmp(0);
    if (node.op == QLatin1String("ne"))
        return !c || *c != 0;
    if (!c)
        return false;
    if (node.op == QLatin1String("eq"))
        return *c == 0;
    if (node.op == QLatin1String("gt"))
        return *c > 0;
    if (node.op == QLatin1String("ge"))
        return *c >= 0;
    if (node.op == QLatin1String("lt"))
        return *c < 0;
    return *c <= 0; // le
}

std::optional<QList<QJsonObject>> CrmStore::select(const CrmEntity &entity, const CrmWhereNode *where,
                                                   const QList<CrmOrderKey> &order, const QTimeZone &zone,
                                                   QString *error) const
{
    if (where && !validate(entity, *where, zone, error))
        return std::nullopt;
    QList<const CrmField *> orderFields;
    for (const CrmOrderKey &key : order) {
        const CrmField *field = entity.field(key.field, m_customPresent);
        if (!field) {
            *error =
                QStringLiteral("Unknown field '%1' in orderBy for entity %2").arg(key.field, entity.name);
            return std::nullopt;
        }
        orderFields.append(field);
    }
    QList<QJsonObject> result;
    literalCache.clear();
    likeCache.clear();
    const QMap<qint64, QJsonObject> &table = *m_tables.constFind(entity.name);
    if (const auto ids = where ? candidates(entity, *where) : std::nullopt) {
        for (qint64 id : *ids) { // in key order, as the scan below
            const auto row = table.constFind(id);
            if (row != table.cend() && matches(entity, *where, *row, zone))
                result.append(*row);
        }
    } else {
        for (const QJsonObject &row : table) {
            if (!where || matches(entity, *where, row, zone))
                result.append(row);
        }
    }
    std::stable_sort(result.begin(), result.end(), [&](const QJsonObject &a, const QJsonObject &b) {
        for (int i = 0; i < orderFields.size(); ++i) {
            const CrmField &field = *orderFields.at(i);
            const Value va = rowValue(field, a.value(field.name));
            const Value vb = rowValue(field, b.value(field.name));
            int c = 0;
            if (va.null != vb.null)
                c = va.null ? -1 : 1; // nulls first in ascending order, as SQL Server does
            else if (!va.null)
                c = *compare(field, va, vb);
            if (c != 0)
                return order.at(i).descending ? c > 0 : c < 0;
        }
        return false; // stable: key order
    });
    return result;
}

QJsonObject CrmStore::toJson() const
{
    QJsonObject tables;
    for (const CrmEntity &entity : crmEntities()) {
        QJsonArray rows;
        for (const QJsonObject &row : m_tables.value(entity.name))
            rows.append(row);
        tables.insert(entity.name, QJsonObject{{QStringLiteral("nextId"), m_nextId.value(entity.name)},
                                               {QStringLiteral("rows"), rows}});
    }
    return QJsonObject{
        {QStringLiteral("tables"), tables},
        {QStringLiteral("customFieldsPresent"), m_customPresent},
        {QStringLiteral("lastStamp"), m_lastStamp.isValid() ? CrmJson::storedDate(m_lastStamp) : QString()}};
}

bool CrmStore::fromJson(const QJsonObject &state, QString *error)
{
    const QJsonObject tables = state.value(QStringLiteral("tables")).toObject();
    QHash<QString, QMap<qint64, QJsonObject>> loaded;
    QHash<QString, qint64> nextIds;
    for (const CrmEntity &entity : crmEntities()) {
        const QJsonObject table = tables.value(entity.name).toObject();
        if (table.isEmpty()) {
            if (error)
                *error = QStringLiteral("state: table '%1' is missing").arg(entity.name);
            return false;
        }
        qint64 nextId = table.value(QStringLiteral("nextId")).toInteger(1);
        for (const QJsonValue &value : table.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = value.toObject();
            const qint64 id = row.value(entity.keyField).toInteger(0);
            if (id <= 0) {
                if (error)
                    *error =
                        QStringLiteral("state: a row of '%1' has no %2").arg(entity.name, entity.keyField);
                return false;
            }
            loaded[entity.name].insert(id, row);
            nextId = std::max(nextId, id + 1);
        }
        nextIds.insert(entity.name, nextId);
    }
    m_tables = loaded;
    m_index.clear();
    for (const CrmEntity &entity : crmEntities()) {
        const QMap<qint64, QJsonObject> &table = m_tables[entity.name];
        for (auto row = table.cbegin(); row != table.cend(); ++row)
            index(entity, row.key(), row.value(), true);
    }
    m_nextId = nextIds;
    m_customPresent = state.value(QStringLiteral("customFieldsPresent")).toBool(true);
    const QString stamp = state.value(QStringLiteral("lastStamp")).toString();
    m_lastStamp = stamp.isEmpty() ? QDateTime() : CrmJson::fromStoredDate(stamp);
    return true;
}

} // namespace cxsync::sandbox
