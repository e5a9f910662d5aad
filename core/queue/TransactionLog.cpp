#include "TransactionLog.h"

#include "net/HttpTrace.h"
#include "queue/Csv.h"
#include "store/Journal.h"
#include "store/JournalSql.h"
#include "store/OwnerOnlyFile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>

namespace cxsync::queue {

using namespace journalsql;

namespace {

const QString kColumns = QStringLiteral(
    "id, time_utc, direction, user, item, action, result, duration_ms, message, conflict, detail, "
    "failed_message_id, source_utc, latency_ms");

// A row of this or an earlier version; a result name this version does not know (a damaged row, or a newer
// version's) is a Storage error that names the entry and the name.
Result<LogEntry> readRow(const QSqlQuery &q)
{
    LogEntry e;
    e.id = q.value(0).toLongLong();
    e.timeUtc = fromStamp(q.value(1));
    e.direction = q.value(2).toString();
    e.user = q.value(3).toString();
    e.item = q.value(4).toString();
    e.action = q.value(5).toString();
    const auto result = enumFromName<LogResult>(q.value(6).toString());
    if (!result.ok())
        return makeError(ErrorKind::Storage, TransactionLog::tr("The journal could not read log entry %1: %2")
                                                 .arg(e.id)
                                                 .arg(result.error().message));
    e.result = result.value();
    e.durationMs = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
    e.message = q.value(8).toString();
    e.conflict = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    e.detail = q.value(10).toString();
    e.failedMessageId = q.value(11).toLongLong();
    e.sourceUtc = fromStamp(q.value(12));
    e.latencyMs = q.value(13).isNull() ? -1 : q.value(13).toLongLong();
    return e;
}

Where whereFor(const LogFilter &filter)
{
    Where w;
    if (filter.sinceUtc.isValid()) {
        w.clauses << QStringLiteral("time_utc >= ?");
        w.values << stamp(filter.sinceUtc);
    }
    if (filter.untilUtc.isValid()) {
        w.clauses << QStringLiteral("time_utc < ?");
        w.values << stamp(filter.untilUtc);
    }
    if (!filter.user.trimmed().isEmpty()) {
        w.clauses << QStringLiteral("user = ? COLLATE NOCASE");
        w.values << filter.user.trimmed();
    }
    if (filter.direction) {
        w.clauses << QStringLiteral("direction = ?");
        w.values << directionName(*filter.direction);
    }
    if (filter.result) {
        w.clauses << QStringLiteral("result = ?");
        w.values << enumName(*filter.result);
    }
    return w;
}

QString redacted(const QString &text)
{
    return text.isEmpty() ? text : QString::fromUtf8(net::HttpTrace::redact(text.toUtf8()));
}

QJsonObject entryToJson(const LogEntry &e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("timeUtc"), stamp(e.timeUtc)},
                  {QStringLiteral("direction"), e.direction},
                  {QStringLiteral("user"), e.user},
                  {QStringLiteral("item"), e.item},
                  {QStringLiteral("action"), e.action},
                  {QStringLiteral("result"), enumName(e.result)},
                  {QStringLiteral("message"), e.message}};
    if (e.durationMs >= 0)
        o.insert(QStringLiteral("durationMs"), e.durationMs);
    if (!e.conflict.isEmpty())
        o.insert(QStringLiteral("conflict"), e.conflict);
    if (!e.detail.isEmpty())
        o.insert(QStringLiteral("detail"), e.detail);
    if (e.failedMessageId != 0)
        o.insert(QStringLiteral("failedMessageId"), e.failedMessageId);
    if (e.sourceUtc.isValid())
        o.insert(QStringLiteral("sourceUtc"), stamp(e.sourceUtc));
    if (e.latencyMs >= 0)
        o.insert(QStringLiteral("latencyMs"), e.latencyMs);
    return o;
}

QStringList toCsv(const LogEntry &e)
{
    return {QString::number(e.id),
            stamp(e.timeUtc),
            e.direction,
            e.user,
            e.item,
            e.action,
            enumName(e.result),
            e.durationMs >= 0 ? QString::number(e.durationMs) : QString(),
            e.message,
            e.conflict.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(e.conflict).toJson(QJsonDocument::Compact)),
            e.detail,
            e.failedMessageId != 0 ? QString::number(e.failedMessageId) : QString()};
}

} // namespace

TransactionLog::TransactionLog(Journal &journal, Clock &clock) : m_journal(journal), m_clock(clock) {}

QJsonObject TransactionLog::toJson(const LogEntry &entry)
{
    return entryToJson(entry);
}

QStringList TransactionLog::csvColumns()
{
    return {QStringLiteral("id"),       QStringLiteral("time_utc"),    QStringLiteral("direction"),
            QStringLiteral("user"),     QStringLiteral("item"),        QStringLiteral("action"),
            QStringLiteral("result"),   QStringLiteral("duration_ms"), QStringLiteral("message"),
            QStringLiteral("conflict"), QStringLiteral("detail"),      QStringLiteral("failed_message_id")};
}

Result<qint64> TransactionLog::append(LogEntry entry)
{
    if (entry.action.trimmed().isEmpty())
        return makeError(ErrorKind::Invalid, tr("a transaction log entry needs an action and a result"));
    if (enumName(entry.result).isEmpty()) // a value cast from a number that is not a LogResult
        return makeError(ErrorKind::Invalid, tr("a transaction log entry needs an action and a result"),
                         QStringLiteral("result"));
    if (!entry.direction.isEmpty() && !directionFromName(entry.direction))
        return makeError(
            ErrorKind::Invalid,
            tr("'%1' is not a direction (crm_to_exchange or exchange_to_crm)").arg(entry.direction),
            QStringLiteral("direction"));
    if (!entry.timeUtc.isValid())
        entry.timeUtc = m_clock.nowUtc();
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("INSERT INTO transaction_log (time_utc, direction, user, item, action, result,"
                             " duration_ms, message, conflict, detail, failed_message_id, source_utc,"
                             " latency_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(stamp(entry.timeUtc));
    q.addBindValue(textOrNull(
        entry.direction.isEmpty() ? QString() : directionName(*directionFromName(entry.direction))));
    q.addBindValue(textOrNull(entry.user));
    q.addBindValue(textOrNull(entry.item));
    q.addBindValue(entry.action.trimmed());
    q.addBindValue(enumName(entry.result));
    q.addBindValue(entry.durationMs >= 0 ? QVariant(entry.durationMs)
                                         : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(textOrNull(redacted(entry.message)));
    q.addBindValue(entry.conflict.isEmpty()
                       ? QVariant(QMetaType(QMetaType::QString))
                       : QVariant(redacted(QString::fromUtf8(
                             QJsonDocument(entry.conflict).toJson(QJsonDocument::Compact)))));
    q.addBindValue(m_diagnostic ? textOrNull(redacted(entry.detail))
                                : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(entry.failedMessageId != 0 ? QVariant(entry.failedMessageId)
                                              : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(stampOrNull(entry.sourceUtc));
    q.addBindValue(entry.sourceUtc.isValid()
                       ? QVariant(std::max<qint64>(0, entry.sourceUtc.msecsTo(entry.timeUtc)))
                       : QVariant(QMetaType(QMetaType::LongLong)));
    if (Status s = execOrError(q); !s.ok())
        return s.error();
    return q.lastInsertId().toLongLong();
}

Result<LogEntryPage> TransactionLog::query(const LogFilter &filter, const LogCursor &after, int limit)
{
    Where w = whereFor(filter);
    if (!after.isNull())
        w.before(QStringLiteral("time_utc"), after.timeUtc, after.id);
    const int n = std::clamp(limit, 1, 10000);
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM transaction_log%2 ORDER BY time_utc DESC, id DESC LIMIT ?")
                  .arg(kColumns, w.sql()));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    q.addBindValue(n + 1);
    if (Status s = execOrError(q); !s.ok())
        return s.error();
    LogEntryPage page;
    while (q.next()) {
        if (page.rows.size() == n) {
            page.next = LogCursor{page.rows.last().timeUtc, page.rows.last().id};
            break;
        }
        auto row = readRow(q);
        if (!row.ok())
            return row.error();
        page.rows.append(std::move(row).value());
    }
    return page;
}

Result<qint64> TransactionLog::count(const LogFilter &filter)
{
    const Where w = whereFor(filter);
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT count(*) FROM transaction_log%1").arg(w.sql()));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (Status s = execOrError(q); !s.ok())
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<int> TransactionLog::prune(int retentionDays)
{
    if (retentionDays < 1)
        return makeError(ErrorKind::Invalid, tr("the log retention must be at least one day"));
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("DELETE FROM transaction_log WHERE time_utc < ?"));
    q.addBindValue(stamp(m_clock.nowUtc().addDays(-retentionDays)));
    if (Status s = execOrError(q); !s.ok())
        return s.error();
    return q.numRowsAffected();
}

Result<TransactionLog::Format> TransactionLog::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    return makeError(ErrorKind::Invalid,
                     tr("'%1': the log is exported as .csv or .json; name the file accordingly").arg(path));
}

Result<qint64> TransactionLog::write(QIODevice *device, Format format, const LogFilter &filter)
{
    const Where base = whereFor(filter);
    qint64 lastId = 0;
    qint64 rows = 0;
    if (format == Format::Csv) {
        device->write(csv::line(csvColumns()).toUtf8());
    } else {
        const QJsonObject head{{QStringLiteral("product"), QStringLiteral("CRM Exchange Sync")},
                               {QStringLiteral("kind"), QStringLiteral("transaction-log")},
                               {QStringLiteral("exportedUtc"), stamp(m_clock.nowUtc())}};
        QByteArray opening = QJsonDocument(head).toJson(QJsonDocument::Compact);
        opening.chop(1); // the closing brace: entries follow
        device->write(opening + ",\"entries\":[\n");
    }
    while (true) {
        Where w = base;
        w.clauses << QStringLiteral("id > ?");
        w.values << lastId;
        QSqlQuery q(m_journal.database());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT %1 FROM transaction_log%2 ORDER BY id LIMIT 1000").arg(kColumns, w.sql()));
        for (const QVariant &v : w.values)
            q.addBindValue(v);
        if (Status s = execOrError(q); !s.ok())
            return s.error();
        int inPage = 0;
        while (q.next()) {
            const auto row = readRow(q);
            if (!row.ok())
                return row.error();
            const LogEntry &e = row.value();
            lastId = e.id;
            ++inPage;
            if (format == Format::Csv) {
                device->write(csv::line(toCsv(e)).toUtf8());
            } else {
                if (rows > 0)
                    device->write(",\n");
                device->write(QJsonDocument(entryToJson(e)).toJson(QJsonDocument::Compact));
            }
            ++rows;
        }
        if (inPage < 1000)
            break;
    }
    if (format == Format::Json)
        device->write("\n]}\n");
    return rows;
}

Result<qint64> TransactionLog::exportTo(const QString &path, const LogFilter &filter)
{
    auto format = formatForPath(path);
    if (!format.ok())
        return format.error();
    QSaveFile file(path);
    if (Status s = OwnerOnlyFile::open(file); !s.ok()) // owner-only, like the journal; never over a FIFO
        return s.error();
    auto rows = write(&file, format.value(), filter);
    if (!rows.ok()) {
        file.cancelWriting();
        return rows.error();
    }
    if (!file.commit())
        return makeError(ErrorKind::Storage, tr("cannot write '%1': %2").arg(path, file.errorString()));
    return rows.value();
}

} // namespace cxsync::queue
