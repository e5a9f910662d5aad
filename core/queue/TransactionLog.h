#pragma once

#include "Clock.h"
#include "Result.h"
#include "queue/QueueTypes.h"
#include "store/EnumNames.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

class QIODevice;

namespace cxsync {

class Journal;

namespace queue {

// How an applied (or attempted) change ended; the journal stores the names.
enum class LogResult { Ok, Failed, Conflict, Skipped, Resolved, Superseded, Parked };

} // namespace queue

template <> struct EnumNames<queue::LogResult> {
    static constexpr EnumName<queue::LogResult> names[] = {{queue::LogResult::Ok, "ok"},
                                                           {queue::LogResult::Failed, "failed"},
                                                           {queue::LogResult::Conflict, "conflict"},
                                                           {queue::LogResult::Skipped, "skipped"},
                                                           {queue::LogResult::Resolved, "resolved"},
                                                           {queue::LogResult::Superseded, "superseded"},
                                                           {queue::LogResult::Parked, "parked"}};
    static QString what()
    {
        return QCoreApplication::translate("cxsync::queue::TransactionLog", "a transaction log result");
    }
};

namespace queue {

// One applied (or attempted) change, as the admin reads it in the Log page and `cxsync log`.
struct LogEntry {
    qint64 id = 0;
    QDateTime timeUtc; // invalid on append: now
    QString direction; // crm_to_exchange | exchange_to_crm | empty (not a write between the two sides)
    QString user;      // CRM logon or user id, or mailbox
    QString item;      // subject or item id
    QString action;    // create | update | delete | retry create | ...
    LogResult result = LogResult::Ok;
    qint64 durationMs = -1;
    QString message;      // one line for the admin
    QJsonObject conflict; // both versions: {"crm": {...}, "exchange": {...}, "kept": "crm" | "exchange"}
    QString detail;       // request-level detail; kept only in Diagnostic Mode, always redacted
    qint64 failedMessageId = 0;
    // When the change began at its source, by the source's stamp (CRM → Exchange: the CRM record's update
    // stamp); optional. append() stores it and latency_ms = timeUtc - sourceUtc (at least 0) for the dashboard.
    QDateTime sourceUtc;
    qint64 latencyMs = -1; // read back only; -1: no source stamp
};

struct LogFilter {
    QDateTime sinceUtc; // at or after
    QDateTime untilUtc; // before
    QString user;       // exact, case-insensitive
    std::optional<Direction> direction;
    std::optional<LogResult> result;
};

struct LogCursor {
    QDateTime timeUtc;
    qint64 id = 0;
    bool isNull() const { return id == 0; }
};

struct LogEntryPage {
    QList<LogEntry> rows; // newest first
    LogCursor next;       // null on the last page
};

// The transaction log in the journal (table transaction_log): append, page newest first, prune by age,
// export.
class TransactionLog final {
    Q_DECLARE_TR_FUNCTIONS(cxsync::queue::TransactionLog)
public:
    TransactionLog(Journal &journal, Clock &clock);
    Q_DISABLE_COPY_MOVE(TransactionLog)

    // Diagnostic Mode: request-level detail is stored (redacted with HttpTrace::redact); otherwise dropped.
    void setDiagnosticMode(bool on) { m_diagnostic = on; }
    bool diagnosticMode() const { return m_diagnostic; }

    Result<qint64> append(LogEntry entry);
    Result<LogEntryPage> query(const LogFilter &filter, const LogCursor &after, int limit);
    Result<qint64> count(const LogFilter &filter);
    // Removes entries older than `retentionDays` days; gives how many.
    Result<int> prune(int retentionDays);

    enum class Format { Csv, Json };
    // By the file's extension (.csv, .json); Invalid for anything else.
    static Result<Format> formatForPath(const QString &path);
    // Oldest first, streamed page by page; written atomically (complete or absent). Gives the row count.
    Result<qint64> exportTo(const QString &path, const LogFilter &filter);
    Result<qint64> write(QIODevice *device, Format format, const LogFilter &filter);

    static QStringList csvColumns();
    // One entry as the JSON export and `cxsync log --json` write it.
    static QJsonObject toJson(const LogEntry &entry);

private:
    Journal &m_journal;
    Clock &m_clock;
    bool m_diagnostic = false;
};

} // namespace queue
} // namespace cxsync
