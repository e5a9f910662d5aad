#pragma once

// Builds Sage CRM `where` expressions (PROTOCOLS C1). Values are always quoted and escaped ('' for ') or
// written as integers, field names are checked against [A-Za-z_][A-Za-z0-9_]*: caller text is never pasted
// into the expression. A builder made from an invalid field name is invalid (isValid() false, toString()
// empty) and so is every combination containing it. `like` patterns keep their % and _ wildcards (Sage CRM
// has no escape clause for them); in eq/ne/... a '%' is literal. Percent-encoding for the URL is the HTTP
// layer's business, not this class's.
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace cxsync::crm::sagecrm {

class SageWhere final {
public:
    SageWhere() = default; // empty: no condition

    static SageWhere eq(const QString &field, const QString &value);
    static SageWhere ne(const QString &field, const QString &value);
    static SageWhere gt(const QString &field, const QString &value);
    static SageWhere ge(const QString &field, const QString &value);
    static SageWhere lt(const QString &field, const QString &value);
    static SageWhere le(const QString &field, const QString &value);
    static SageWhere like(const QString &field, const QString &pattern);
    static SageWhere in(const QString &field, const QStringList &values);
    static SageWhere eq(const QString &field, qint64 value);
    static SageWhere in(const QString &field, const QList<qint64> &values);
    // Date/time comparisons: `utc` written as the server's local time without offset, whole seconds.
    static SageWhere compare(const QString &field, const QString &op, const QDateTime &utc,
                             const QTimeZone &zone);

    static SageWhere allOf(const QList<SageWhere> &parts); // and
    static SageWhere anyOf(const QList<SageWhere> &parts); // or
    SageWhere operator&&(const SageWhere &other) const { return allOf({*this, other}); }
    SageWhere operator||(const SageWhere &other) const { return anyOf({*this, other}); }

    bool isValid() const { return m_valid; }
    bool isEmpty() const { return m_text.isEmpty(); }
    QString toString() const { return m_valid ? m_text : QString(); }

    static QString quote(const QString &value); // 'O''Brien'
    static bool isFieldName(const QString &field);
    static QString formatDate(const QDateTime &utc, const QTimeZone &zone); // yyyy-MM-ddTHH:mm:ss local

private:
    static SageWhere make(const QString &field, const QString &op, const QString &literal);
    static SageWhere combine(const QList<SageWhere> &parts, const QString &op);
    static SageWhere invalid();

    QString m_text;
    bool m_valid = true;
    bool m_compound = false; // needs parentheses inside another combination
};

} // namespace cxsync::crm::sagecrm
