#include "SageWhere.h"

namespace cxsync::crm::sagecrm {

namespace {

const QStringList &comparisonOperators()
{
    static const QStringList ops{QStringLiteral("eq"), QStringLiteral("ne"), QStringLiteral("gt"),
                                 QStringLiteral("ge"), QStringLiteral("lt"), QStringLiteral("le")};
    return ops;
}

} // namespace

bool SageWhere::isFieldName(const QString &field)
{
    if (field.isEmpty() || field.size() > 128)
        return false;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field.at(i);
        const bool letter = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                            (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c == QLatin1Char('_');
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

QString SageWhere::quote(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString SageWhere::formatDate(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toUTC().toTimeZone(zone).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

SageWhere SageWhere::invalid()
{
    SageWhere where;
    where.m_valid = false;
    return where;
}

SageWhere SageWhere::make(const QString &field, const QString &op, const QString &literal)
{
    if (!isFieldName(field))
        return invalid();
    SageWhere where;
    where.m_text = field + QLatin1Char(' ') + op + QLatin1Char(' ') + literal;
    return where;
}

SageWhere SageWhere::eq(const QString &field, const QString &value)
{
    return make(field, QStringLiteral("eq"), quote(value));
}
SageWhere SageWhere::ne(const QString &field, const QString &value)
{
    return make(field, QStringLiteral("ne"), quote(value));
}
SageWhere SageWhere::gt(const QString &field, const QString &value)
{
    return make(field, QStringLiteral("gt"), quote(value));
}
SageWhere SageWhere::ge(const QString &field, const QString &value)
{
    return make(field, QStringLiteral("ge"), quote(value));
}
SageWhere SageWhere::lt(const QString &field, const QString &value)
{
    return make(field, QStringLiteral("lt"), quote(value));
}
SageWhere SageWhere::le(const QString &field, const QString &value)
{
    return make(field, QStringLiteral("le"), quote(value));
}
SageWhere SageWhere::like(const QString &field, const QString &pattern)
{
    return make(field, QStringLiteral("like"), quote(pattern));
}
SageWhere SageWhere::eq(const QString &field, qint64 value)
{
    return make(field, QStringLiteral("eq"), QString::number(value));
}

SageWhere SageWhere::in(const QString &field, const QStringList &values)
{
    if (values.isEmpty())
        return invalid();
    QStringList quoted;
    quoted.reserve(values.size());
    for (const QString &value : values)
        quoted.append(quote(value));
    return make(field, QStringLiteral("in"),
                QLatin1Char('(') + quoted.join(QStringLiteral(", ")) + QLatin1Char(')'));
}

SageWhere SageWhere::in(const QString &field, const QList<qint64> &values)
{
    if (values.isEmpty())
        return invalid();
    QStringList numbers;
    numbers.reserve(values.size());
    for (qint64 value : values)
        numbers.append(QString::number(value));
    return make(field, QStringLiteral("in"),
                QLatin1Char('(') + numbers.join(QStringLiteral(", ")) + QLatin1Char(')'));
}

SageWhere SageWhere::compare(const QString &field, const QString &op, const QDateTime &utc,
                             const QTimeZone &zone)
{
    if (!comparisonOperators().contains(op) || !utc.isValid() || !zone.isValid())
        return invalid();
    return make(field, op, quote(formatDate(utc, zone)));
}

SageWhere SageWhere::combine(const QList<SageWhere> &parts, const QString &op)
{
    QStringList texts;
    for (const SageWhere &part : parts) {
        if (!part.m_valid)
            return invalid();
        if (part.isEmpty())
            continue;
        texts.append(part.m_compound ? QLatin1Char('(') + part.m_text + QLatin1Char(')') : part.m_text);
    }
    SageWhere where;
    if (texts.size() == 1) {
        where.m_text = texts.constFirst();
        // A single parenthesised part stays safe to nest as it is.
        return where;
    }
    where.m_text = texts.join(QLatin1Char(' ') + op + QLatin1Char(' '));
    where.m_compound = !texts.isEmpty();
    return where;
}

SageWhere SageWhere::allOf(const QList<SageWhere> &parts)
{
    return combine(parts, QStringLiteral("and"));
}

SageWhere SageWhere::anyOf(const QList<SageWhere> &parts)
{
    return combine(parts, QStringLiteral("or"));
}

} // namespace cxsync::crm::sagecrm
