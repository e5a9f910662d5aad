#pragma once

// What every journal table's code needs around Qt SQL: UTC stamps as fixed-width ISO text (so text order is
// time order, and keyset pages can compare them), NULL for empty values, WHERE clauses built with their bound
// values, keyset positions, and query execution with Storage errors.
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace cxsync::journalsql {

// "2026-12-07T17:42:28.000Z"; an invalid time gives an empty text.
inline QString stamp(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

inline QString stampOrEmpty(const QDateTime &utc)
{
    return utc.isValid() ? stamp(utc) : QString();
}

inline QVariant stampOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(stamp(utc)) : QVariant(QMetaType(QMetaType::QString));
}

// Reads what stamp() wrote, and stamps without milliseconds (older rows); NULL or unreadable: invalid.
inline QDateTime fromStamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

inline QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// A WHERE clause and its bound values, in order.
struct Where {
    QStringList clauses;
    QVariantList values;

    QString sql() const
    {
        return clauses.isEmpty() ? QString()
                                 : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND "));
    }

    // Keyset paging on (timeColumn, id): rows strictly before (older, or as old with a smaller id) or after
    // the position (timeUtc, id). A page continues after its last row, so rows written meanwhile neither
    // shift nor repeat the rows still to come.
    void before(const QString &timeColumn, const QDateTime &timeUtc, qint64 id)
    {
        clauses << QStringLiteral("(%1, id) < (?, ?)").arg(timeColumn);
        values << stamp(timeUtc) << id;
    }
    void after(const QString &timeColumn, const QDateTime &timeUtc, qint64 id)
    {
        clauses << QStringLiteral("(%1, id) > (?, ?)").arg(timeColumn);
        values << stamp(timeUtc) << id;
    }
};

inline Error storageError(const QString &what, const QSqlError &error)
{
    return makeError(ErrorKind::Storage, QStringLiteral("%1: %2").arg(what, error.text()));
}

// Commits the transaction under way; when the commit fails, rolls back and names the journal error.
inline Status commitOrRollback(QSqlDatabase &db)
{
    if (db.commit())
        return Status();
    const QSqlError error = db.lastError();
    db.rollback();
    return storageError(
        QCoreApplication::translate("cxsync::queue::FailedMessageQueue", "cannot commit to the journal"),
        error);
}

inline Status execOrError(QSqlQuery &query)
{
    if (!query.exec())
        return storageError(QCoreApplication::translate("cxsync::queue::Journal", "journal query failed"),
                            query.lastError());
    return {};
}

inline Status execOrError(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql))
        return storageError(QCoreApplication::translate("cxsync::queue::Journal", "journal query failed"),
                            query.lastError());
    return {};
}

} // namespace cxsync::journalsql
