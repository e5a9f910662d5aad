#pragma once

// Small helpers shared by the queue's journal tables: UTC stamps as fixed-width ISO text (so text order is
// time order) and query execution with Storage errors.
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cxsync::queue::journalsql {

inline QString stamp(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

inline QVariant stampOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(stamp(utc)) : QVariant(QMetaType(QMetaType::QString));
}

inline QDateTime fromStamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

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
    return storageError(QCoreApplication::translate("cxsync::queue::FailedMessageQueue",
                                                    "cannot commit to the journal"),
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

} // namespace cxsync::queue::journalsql
