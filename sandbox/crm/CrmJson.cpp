#include "CrmJson.h"

#include <QRegularExpression>

namespace cxsync::sandbox {

QString CrmJson::formatDate(const QDateTime &utc, const QTimeZone &zone, bool precise)
{
    return utc.toTimeZone(zone).toString(precise ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                                 : QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

std::optional<QDateTime> CrmJson::parseDate(const QString &input, const QTimeZone &zone)
{
    QString text = input.trimmed();
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), zone).toUTC();
    }
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    static const QRegularExpression withOffset(QStringLiteral("T.*(Z|[+-]\\d{2}:?\\d{2})$"));
    static const QRegularExpression shape(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return std::nullopt;
    if (withOffset.match(text).hasMatch())
        return parsed.toUTC();
    return QDateTime(parsed.date(), parsed.time(), zone).toUTC();
}

QString CrmJson::storedDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime CrmJson::fromStoredDate(const QString &stored)
{
    return QDateTime::fromString(stored, Qt::ISODateWithMs).toUTC();
}

QJsonValue CrmJson::toWire(const CrmField &field, const QJsonValue &stored, const QTimeZone &zone,
                           bool preciseStamps)
{
    if (stored.isNull() || stored.isUndefined())
        return QJsonValue::Null;
    if (field.type == CrmFieldType::DateTime)
        return formatDate(fromStoredDate(stored.toString()), zone, field.precise && preciseStamps);
    return stored;
}

std::optional<QJsonValue> CrmJson::fromWire(const CrmField &field, const QJsonValue &wire,
                                            const QTimeZone &zone, QString *error)
{
    auto invalid = [&](const QString &what) -> std::optional<QJsonValue> {
        if (error)
            *error = QStringLiteral("Invalid value for field '%1': %2").arg(field.name, what);
        return std::nullopt;
    };
    if (wire.isNull() || wire.isUndefined())
        return QJsonValue(QJsonValue::Null);
    switch (field.type) {
    case CrmFieldType::Integer: {
        if (wire.isDouble()) {
            const double value = wire.toDouble();
            if (value != double(qint64(value)))
                return invalid(QStringLiteral("expected an integer"));
            return QJsonValue(qint64(value));
        }
        if (wire.isString()) {
            if (wire.toString().isEmpty())
                return QJsonValue(QJsonValue::Null);
            bool ok = false;
            const qint64 value = wire.toString().toLongLong(&ok);
            if (ok)
                return QJsonValue(value);
        }
        return invalid(QStringLiteral("expected an integer"));
    }
    case CrmFieldType::Checkbox: {
        if (wire.isBool())
            return wire.toBool() ? QJsonValue(QStringLiteral("Y")) : QJsonValue(QJsonValue::Null);
        if (wire.isDouble())
            return wire.toDouble() != 0 ? QJsonValue(QStringLiteral("Y")) : QJsonValue(QJsonValue::Null);
        const QString text = wire.toString().trimmed().toLower();
        if (text == QLatin1String("y") || text == QLatin1String("true") || text == QLatin1String("1"))
            return QJsonValue(QStringLiteral("Y"));
        if (text.isEmpty() || text == QLatin1String("n") || text == QLatin1String("false") ||
            text == QLatin1String("0"))
            return QJsonValue(QJsonValue::Null);
        return invalid(QStringLiteral("expected \"Y\" or \"N\""));
    }
    case CrmFieldType::DateTime: {
        if (!wire.isString())
            return invalid(QStringLiteral("expected a date/time string"));
        if (wire.toString().isEmpty())
            return QJsonValue(QJsonValue::Null);
        const auto parsed = parseDate(wire.toString(), zone);
        if (!parsed)
            return invalid(QStringLiteral("expected yyyy-MM-ddTHH:mm:ss, got '%1'").arg(wire.toString()));
        return QJsonValue(storedDate(*parsed));
    }
    case CrmFieldType::String:
    case CrmFieldType::Text: {
        if (!wire.isString())
            return invalid(QStringLiteral("expected a string"));
        if (field.length > 0 && wire.toString().size() > field.length)
            return invalid(QStringLiteral("longer than %1 characters").arg(field.length));
        return wire;
    }
    }
    return invalid(QStringLiteral("unsupported type"));
}

QJsonObject CrmJson::record(const CrmEntity &entity, const QJsonObject &row, bool customPresent,
                            const QTimeZone &zone, const QUrl &restBase, bool preciseStamps)
{
    const QString key = QString::number(row.value(entity.keyField).toInteger());
    QJsonObject record;
    record.insert(QStringLiteral("$key"), key);
    QString title = row.value(entity.titleField).toVariant().toString();
    if (title.isEmpty() && entity.name == QLatin1String("Communication"))
        title = row.value(QStringLiteral("Comm_Note")).toString().section(QLatin1Char('\n'), 0, 0);
    record.insert(QStringLiteral("$title"), title);
    record.insert(QStringLiteral("$url"),
                  restBase.resolved(QUrl(QStringLiteral("%1('%2')").arg(entity.name, key))).toString());
    for (const CrmField &field : entity.visibleFields(customPresent))
        record.insert(field.name, toWire(field, row.value(field.name), zone, preciseStamps));
    return record;
}

QJsonObject CrmJson::collection(const QJsonArray &resources, int total, int startIndex, int itemsPerPage)
{
    return QJsonObject{{QStringLiteral("$totalResults"), total},
                       {QStringLiteral("$startIndex"), startIndex},
                       {QStringLiteral("$itemsPerPage"), itemsPerPage},
                       {QStringLiteral("$resources"), resources}};
}

QJsonObject CrmJson::prototype(const CrmEntity &entity, bool customPresent, const QUrl &restBase,
                               CrmPrototypeShape shape)
{
    const QString url = restBase.resolved(QUrl(QStringLiteral("$prototypes/%1").arg(entity.name))).toString();
    if (shape == CrmPrototypeShape::Properties) {
        QJsonObject properties;
        for (const CrmField &field : entity.visibleFields(customPresent))
            properties.insert(field.name,
                              QJsonObject{{QStringLiteral("$title"), field.name},
                                          {QStringLiteral("$type"), crmFieldTypeName(field.type)},
                                          {QStringLiteral("$isMandatory"), field.name == entity.keyField},
                                          {QStringLiteral("$isHidden"), false},
                                          {QStringLiteral("$isReadOnly"), field.readOnly}});
        return QJsonObject{{QStringLiteral("$title"), entity.name},
                           {QStringLiteral("$baseUrl"), restBase.toString()},
                           {QStringLiteral("$url"), url},
                           {QStringLiteral("$resourceKind"), entity.name},
                           {QStringLiteral("$properties"), properties}};
    }
    QJsonArray fields;
    for (const CrmField &field : entity.visibleFields(customPresent)) {
        QJsonObject description{{QStringLiteral("name"), field.name},
                                {QStringLiteral("type"), crmFieldTypeName(field.type)},
                                {QStringLiteral("readOnly"), field.readOnly},
                                {QStringLiteral("custom"), field.custom}};
        if (field.length > 0)
            description.insert(QStringLiteral("length"), field.length);
        if (field.name == entity.keyField)
            description.insert(QStringLiteral("key"), true);
        fields.append(description);
    }
    return QJsonObject{{QStringLiteral("$key"), entity.name},
                       {QStringLiteral("$title"), entity.name},
                       {QStringLiteral("$url"), url},
                       {QStringLiteral("entity"), entity.name},
                       {QStringLiteral("keyField"), entity.keyField},
                       {QStringLiteral("fields"), fields}};
}

QJsonObject CrmJson::prototypes(bool customPresent, const QUrl &restBase, CrmPrototypeShape shape)
{
    QJsonArray resources;
    for (const CrmEntity &entity : crmEntities())
        resources.append(prototype(entity, customPresent, restBase, shape));
    return collection(resources, int(resources.size()), 1, int(resources.size()));
}

QJsonObject CrmJson::error(int status, const QString &code, const QString &message)
{
    return QJsonObject{{QStringLiteral("$httpStatus"), status},
                       {QStringLiteral("$diagnoses"),
                        QJsonArray{QJsonObject{{QStringLiteral("$severity"), QStringLiteral("error")},
                                               {QStringLiteral("$sdataCode"), code},
                                               {QStringLiteral("$message"), message}}}}};
}

} // namespace cxsync::sandbox
