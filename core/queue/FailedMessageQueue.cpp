#include "FailedMessageQueue.h"

#include "config/Settings.h"
#include "store/Journal.h"
#include "store/JournalSql.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

Q_LOGGING_CATEGORY(lcQueue, "cxsync.queue", QtInfoMsg)

namespace cxsync::queue {

using namespace journalsql;

namespace {

const QString kColumns = QStringLiteral(
    "id, direction, crm_user_id, mailbox, crm_item_id, exchange_item_id, operation, subject, snapshot, "
    "error_kind, error_message, http_status, error_code, attempts, first_failure_utc, last_failure_utc, "
    "next_attempt_utc, state, note, item_key, length(CAST(snapshot AS BLOB))");

// What a list shows (FailedMessage's comment): no snapshot, item ids or item key. The snapshot is only
// measured, inside SQLite; rows written before migration 3's operation column take it from the snapshot
// there.
const QString kListColumns = QStringLiteral(
    "id, direction, crm_user_id, mailbox, CASE WHEN operation = '' AND json_valid(snapshot) THEN"
    " coalesce(json_extract(snapshot, '$.operation'), '') ELSE operation END, subject, error_kind,"
    " error_message, http_status, error_code, attempts, first_failure_utc, last_failure_utc,"
    " next_attempt_utc, state, note, length(CAST(snapshot AS BLOB))");

const QString kOpenStates = QStringLiteral("('waiting','retrying','parked')");

// A name column read back: a name this version does not know (a damaged row, or a newer version's) is a
// Storage error that names the row and the name.
template <typename E> Result<E> nameColumn(const QVariant &value, qint64 messageId)
{
    auto known = enumFromName<E>(value.toString());
    if (!known.ok())
        return makeError(ErrorKind::Storage,
                         FailedMessageQueue::tr("The journal could not read failed message %1: %2")
                             .arg(messageId)
                             .arg(known.error().message));
    return known.value();
}

Result<FailedMessage> readRow(const QSqlQuery &q)
{
    FailedMessage m;
    m.id = q.value(0).toLongLong();
    m.direction = directionFromName(q.value(1).toString()).value_or(Direction::ExchangeToCrm);
    m.crmUserId = q.value(2).toString();
    m.mailbox = q.value(3).toString();
    m.crmItemId = q.value(4).toString();
    m.exchangeItemId = q.value(5).toString();
    m.operation = q.value(6).toString();
    m.subject = q.value(7).toString();
    m.snapshot = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    const auto kind = nameColumn<ErrorKind>(q.value(9), m.id);
    if (!kind.ok())
        return kind.error();
    m.errorKind = kind.value();
    m.errorMessage = q.value(10).toString();
    m.httpStatus = q.value(11).toInt();
    m.errorCode = q.value(12).toString();
    m.attempts = q.value(13).toInt();
    m.firstFailureUtc = fromStamp(q.value(14));
    m.lastFailureUtc = fromStamp(q.value(15));
    m.nextAttemptUtc = fromStamp(q.value(16));
    m.state = stateFromName(q.value(17).toString()).value_or(MessageState::Waiting);
    m.note = q.value(18).toString();
    m.itemKey = q.value(19).toString();
    m.snapshotBytes = q.value(20).toLongLong();
    m.hasDetails = true;
    if (m.operation.isEmpty()) // rows written before migration 3's column kept it in the snapshot
        m.operation = m.snapshot.value(QStringLiteral("operation")).toString();
    return m;
}

// Lists repeat the same few mailboxes, operations and error texts on every row: rows of one page
// share one copy of each (QString is implicitly shared), which keeps a long table small.
class Interner {
public:
    QString operator()(const QVariant &value)
    {
        const QString text = value.toString();
        if (text.isEmpty())
            return {};
        const auto it = m_seen.constFind(text);
        if (it != m_seen.cend())
            return *it;
        m_seen.insert(text);
        return text;
    }

private:
    QSet<QString> m_seen;
};

Result<FailedMessage> readListRow(const QSqlQuery &q, Interner &intern)
{
    FailedMessage m;
    m.id = q.value(0).toLongLong();
    m.direction = directionFromName(q.value(1).toString()).value_or(Direction::ExchangeToCrm);
    m.crmUserId = intern(q.value(2));
    m.mailbox = intern(q.value(3));
    m.operation = intern(q.value(4));
    m.subject = q.value(5).toString();
    const auto kind = nameColumn<ErrorKind>(q.value(6), m.id);
    if (!kind.ok())
        return kind.error();
    m.errorKind = kind.value();
    m.errorMessage = intern(q.value(7));
    m.httpStatus = q.value(8).toInt();
    m.errorCode = intern(q.value(9));
    m.attempts = q.value(10).toInt();
    m.firstFailureUtc = fromStamp(q.value(11));
    m.lastFailureUtc = fromStamp(q.value(12));
    m.nextAttemptUtc = fromStamp(q.value(13));
    m.state = stateFromName(q.value(14).toString()).value_or(MessageState::Waiting);
    m.note = intern(q.value(15));
    m.snapshotBytes = q.value(16).toLongLong();
    return m;
}

// How a filter's user is matched. The user filter is `crm_user_id = ? OR mailbox = ? COLLATE NOCASE`; an OR
// of two columns cannot walk one index in list order (SQLite reads both indexes whole and sorts), so pages
// and counts split it into two disjoint legs, each on its own index (migration 7): rows whose mailbox
// matches, and rows whose CRM user id matches but whose mailbox does not. Their union is exactly the OR's
// rows, once.
enum class UserMatch {
    Either,        // the OR (UPDATEs, where one statement is wanted)
    Mailbox,       // leg 1: failed_messages_mailbox_recent
    CrmUserIdOnly, // leg 2: failed_messages_user_recent; `IS NOT 1` also keeps rows whose mailbox is NULL
};

Where whereFor(const MessageFilter &filter, UserMatch match = UserMatch::Either)
{
    Where w;
    // In a leg, the user's index must be the one walked: SQLite has no statistics and would as soon take the
    // state or kind index and read the table for every row of that state (all the waiting rows, for a user
    // who has none). A unary + keeps a term off the indexes (same value, these columns have no collation);
    // the user indexes hold these columns, so the terms are still checked without reading rows.
    const QString off = match == UserMatch::Either ? QString() : QStringLiteral("+");
    if (filter.direction) {
        w.clauses << off + QStringLiteral("direction = ?");
        w.values << directionName(*filter.direction);
    }
    if (const QString user = filter.user.trimmed(); !user.isEmpty()) {
        switch (match) {
        case UserMatch::Either:
            w.clauses << QStringLiteral("(crm_user_id = ? OR mailbox = ? COLLATE NOCASE)");
            w.values << user << user;
            break;
        case UserMatch::Mailbox:
            w.clauses << QStringLiteral("mailbox = ? COLLATE NOCASE");
            w.values << user;
            break;
        case UserMatch::CrmUserIdOnly:
            w.clauses << QStringLiteral("crm_user_id = ? AND (mailbox = ? COLLATE NOCASE) IS NOT 1");
            w.values << user << user;
            break;
        }
    }
    if (filter.errorKind) {
        w.clauses << off + QStringLiteral("error_kind = ?");
        w.values << errorKindName(*filter.errorKind);
    }
    if (!filter.states.isEmpty()) {
        QStringList marks;
        for (MessageState s : filter.states) {
            marks << QStringLiteral("?");
            w.values << stateName(s);
        }
        w.clauses << off + QStringLiteral("state IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.fromUtc.isValid()) {
        w.clauses << QStringLiteral("last_failure_utc >= ?");
        w.values << stamp(filter.fromUtc);
    }
    if (filter.toUtc.isValid()) {
        w.clauses << QStringLiteral("last_failure_utc < ?");
        w.values << stamp(filter.toUtc);
    }
    if (!filter.newerThan.isNull())
        w.after(QStringLiteral("last_failure_utc"), filter.newerThan.lastFailureUtc, filter.newerThan.id);
    return w;
}

// The filter as disjoint legs whose rows together are the filter's rows: one leg, or two with a user filter
// (UserMatch). Each leg is a plain conjunction SQLite can answer from one index in list order.
QList<Where> legsFor(const MessageFilter &filter)
{
    if (filter.user.trimmed().isEmpty())
        return {whereFor(filter)};
    return {whereFor(filter, UserMatch::Mailbox), whereFor(filter, UserMatch::CrmUserIdOnly)};
}

const QString kListOrder = QStringLiteral(" ORDER BY last_failure_utc DESC, id DESC");

// A page of list rows, newest first: rows offset .. offset + limit - 1 of the legs' union. With two legs,
// each leg gives its own first offset + limit rows (walking its index in list order) and the union of those
// few is sorted: the page's rows are among them.
struct Statement {
    QString sql;
    QVariantList values;
};

Statement pageStatement(const QList<Where> &legs, int limit, int offset)
{
    Statement s;
    if (legs.size() == 1) {
        s.sql = QStringLiteral("SELECT %1 FROM failed_messages%2%3 LIMIT ? OFFSET ?")
                    .arg(kListColumns, legs.first().sql(), kListOrder);
        s.values = legs.first().values;
    } else {
        QStringList parts;
        for (const Where &leg : legs) {
            parts << QStringLiteral("SELECT * FROM (SELECT %1 FROM failed_messages%2%3 LIMIT ?)")
                         .arg(kListColumns, leg.sql(), kListOrder);
            s.values += leg.values;
            s.values << qint64(limit) + qint64(offset);
        }
        s.sql = parts.join(QStringLiteral(" UNION ALL ")) + kListOrder + QStringLiteral(" LIMIT ? OFFSET ?");
    }
    s.values << limit << offset;
    return s;
}

// list(filter, after, ...)'s statement for `rows` rows: those after `after`, newest first.
Statement keysetStatement(const MessageFilter &filter, const PageCursor &after, int rows)
{
    QList<Where> legs = legsFor(filter);
    if (!after.isNull()) {
        for (Where &w : legs)
            w.before(QStringLiteral("last_failure_utc"), after.lastFailureUtc, after.id);
    }
    return pageStatement(legs, rows, 0);
}

QVariant intOrNull(int value)
{
    return value == 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(value);
}

int intSetting(const Settings &settings, const QString &key)
{
    const SettingDef *def = SettingsSchema::find(key);
    const QVariant v = settings.value(key);
    if (!def || SettingsSchema::check(*def, v))
        return def ? def->defaultValue.toInt() : 0;
    return v.toInt();
}

} // namespace

RetrySchedule RetrySchedule::fromSettings(const Settings &settings)
{
    RetrySchedule s;
    s.baseMs = qint64(intSetting(settings, Keys::RetryBaseSeconds)) * 1000;
    s.capMs = std::max(s.baseMs, qint64(intSetting(settings, Keys::RetryCapSeconds)) * 1000);
    s.maxAttempts = intSetting(settings, Keys::RetryMaxAttempts);
    return s;
}

qint64 RetrySchedule::delayMs(int failures, double unit) const
{
    const int exponent = std::clamp(failures - 1, 0, 40);
    const double full = std::min(double(capMs), double(baseMs) * std::pow(2.0, exponent));
    const double u = std::clamp(unit, 0.0, 1.0);
    return std::max<qint64>(1, qint64(full * (1.0 - std::clamp(jitter, 0.0, 1.0) * u)));
}

bool isTransient(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Network:
    case ErrorKind::Throttled:
    case ErrorKind::Unavailable:
    case ErrorKind::Cancelled:
    case ErrorKind::Storage:
        return true;
    default:
        break;
    }
    const int s = error.httpStatus;
    return s == 408 || s == 429 || s == 500 || s == 502 || s == 503 || s == 504;
}

FailedMessageQueue::FailedMessageQueue(Journal &journal, Clock &clock, RetrySchedule schedule, quint64 seed)
    : m_journal(journal), m_clock(clock), m_schedule(schedule),
      m_random(seed != 0 ? seed : std::random_device{}())
{
}

QString FailedMessageQueue::itemKeyFor(const FailureRecord &failure)
{
    if (!failure.itemKey.isEmpty())
        return failure.itemKey;
    // The source side's id identifies the change: the Exchange event for Exchange→CRM, the CRM communication
    // (per mailbox) for CRM→Exchange.
    const QString source =
        failure.direction == Direction::ExchangeToCrm ? failure.exchangeItemId : failure.crmItemId;
    if (source.isEmpty())
        return {};
    return QStringLiteral("%1|%2|%3")
        .arg(directionName(failure.direction), failure.mailbox.toLower(), source);
}

void FailedMessageQueue::decide(const Error &error, int failures, std::optional<qint64> retryAfterMs,
                                const QDateTime &atUtc, MessageState *state, QDateTime *next, QString *note)
{
    if (!isTransient(error)) {
        *state = MessageState::Parked;
        *next = QDateTime();
        *note = tr("parked: a %1 error does not go away by retrying; fix the cause, then retry it")
                    .arg(errorKindName(error.kind));
        return;
    }
    if (failures >= m_schedule.maxAttempts) {
        *state = MessageState::Parked;
        *next = QDateTime();
        *note = tr("parked after %n failed attempt(s)", nullptr, failures);
        return;
    }
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    qint64 delay = m_schedule.delayMs(failures, unit(m_random));
    if (retryAfterMs && *retryAfterMs > delay)
        delay = std::min<qint64>(*retryAfterMs, std::max(m_schedule.capMs, delay));
    *state = MessageState::Waiting;
    *next = atUtc.addMSecs(delay);
    note->clear();
}

Status FailedMessageQueue::addEvent(qint64 id, MessageEventKind event, int attempt, const Error *error,
                                    const QDateTime &atUtc, const QDateTime &next, const QString &note)
{
    QSqlQuery &q = statement(QStringLiteral(
        "INSERT INTO failed_message_events (message_id, time_utc, event, attempt, error_kind, error_message,"
        " http_status, error_code, next_attempt_utc, note) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(id);
    q.addBindValue(stamp(atUtc));
    q.addBindValue(enumName(event));
    q.addBindValue(attempt);
    q.addBindValue(error ? QVariant(errorKindName(error->kind)) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(error ? textOrNull(error->message) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(error ? intOrNull(error->httpStatus) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(error ? textOrNull(error->serverCode) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(stampOrNull(next));
    q.addBindValue(textOrNull(note));
    return execOrError(q);
}

QSqlQuery &FailedMessageQueue::statement(const QString &sql)
{
    // Prepared once: recording a batch of thousands of failures must not compile its SQL thousands of times.
    auto it = m_statements.find(sql);
    if (it != m_statements.end() && it->second) {
        it->second->finish();
        return *it->second;
    }
    auto q = std::make_unique<QSqlQuery>(m_journal.database());
    if (!q->prepare(sql)) {
        m_failedStatement = std::move(q); // its exec() reports the error
        return *m_failedStatement;
    }
    QSqlQuery &ref = *q;
    m_statements[sql] = std::move(q);
    return ref;
}

Result<RecordedFailure> FailedMessageQueue::writeOne(const FailureRecord &failure, const QDateTime &atUtc)
{
    const QString key = itemKeyFor(failure);
    const QString snapshot =
        QString::fromUtf8(QJsonDocument(failure.snapshot).toJson(QJsonDocument::Compact));
    std::optional<FailedMessage> open;
    if (!key.isEmpty()) {
        QSqlQuery &q =
            statement(QStringLiteral("SELECT %1 FROM failed_messages WHERE item_key = ? AND state IN %2")
                          .arg(kColumns, kOpenStates));
        q.addBindValue(key);
        if (Status s = execOrError(q); !s.ok())
            return s.error();
        if (q.next()) {
            auto row = readRow(q);
            if (!row.ok())
                return row.error();
            open = std::move(row).value();
        }
        q.finish();
    }
    RecordedFailure out;
    out.attempts = open ? open->attempts + 1 : 1;
    QString note;
    decide(failure.error, out.attempts, failure.retryAfterMs, atUtc, &out.state, &out.nextAttemptUtc, &note);
    if (open) {
        out.id = open->id;
        out.merged = true;
        QSqlQuery &q = statement(QStringLiteral(
            "UPDATE failed_messages SET crm_user_id = ?, mailbox = ?, crm_item_id = ?, exchange_item_id = ?,"
            " operation = ?, subject = ?, snapshot = ?, error_kind = ?, error_message = ?, http_status = ?,"
            " error_code = ?, attempts = ?, last_failure_utc = ?, next_attempt_utc = ?, state = ?, note = ?,"
            " state_changed_utc = ?, claimed_utc = NULL WHERE id = ?"));
        const auto pick = [](const QString &newer, const QString &older) {
            return textOrNull(newer.isEmpty() ? older : newer);
        };
        q.addBindValue(pick(failure.crmUserId, open->crmUserId));
        q.addBindValue(pick(failure.mailbox, open->mailbox));
        q.addBindValue(pick(failure.crmItemId, open->crmItemId));
        q.addBindValue(pick(failure.exchangeItemId, open->exchangeItemId));
        q.addBindValue(failure.operation);
        q.addBindValue(pick(failure.subject, open->subject));
        q.addBindValue(snapshot);
        q.addBindValue(errorKindName(failure.error.kind));
        q.addBindValue(failure.error.message);
        q.addBindValue(intOrNull(failure.error.httpStatus));
        q.addBindValue(textOrNull(failure.error.serverCode));
        q.addBindValue(out.attempts);
        q.addBindValue(stamp(atUtc));
        q.addBindValue(stampOrNull(out.nextAttemptUtc));
        q.addBindValue(stateName(out.state));
        q.addBindValue(textOrNull(note));
        q.addBindValue(stamp(atUtc));
        q.addBindValue(out.id);
        if (Status s = execOrError(q); !s.ok())
            return s.error();
        const QString replaced = tr("a newer change of this item (%1) replaced the queued one (%2)")
                                     .arg(failure.operation, open->operation);
        if (Status s = addEvent(out.id, MessageEventKind::Replaced, out.attempts, &failure.error, atUtc,
                                out.nextAttemptUtc,
                                note.isEmpty() ? replaced : replaced + QStringLiteral("; ") + note);
            !s.ok())
            return s.error();
    } else {
        QSqlQuery &q = statement(QStringLiteral(
            "INSERT INTO failed_messages (direction, crm_user_id, mailbox, crm_item_id, exchange_item_id,"
            " operation, subject, snapshot, error_kind, error_message, http_status, error_code, attempts,"
            " first_failure_utc, last_failure_utc, next_attempt_utc, state, note, item_key, "
            "state_changed_utc)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        q.addBindValue(directionName(failure.direction));
        q.addBindValue(textOrNull(failure.crmUserId));
        q.addBindValue(textOrNull(failure.mailbox));
        q.addBindValue(textOrNull(failure.crmItemId));
        q.addBindValue(textOrNull(failure.exchangeItemId));
        q.addBindValue(failure.operation);
        q.addBindValue(textOrNull(failure.subject));
        q.addBindValue(snapshot);
        q.addBindValue(errorKindName(failure.error.kind));
        q.addBindValue(failure.error.message);
        q.addBindValue(intOrNull(failure.error.httpStatus));
        q.addBindValue(textOrNull(failure.error.serverCode));
        q.addBindValue(out.attempts);
        q.addBindValue(stamp(atUtc));
        q.addBindValue(stamp(atUtc));
        q.addBindValue(stampOrNull(out.nextAttemptUtc));
        q.addBindValue(stateName(out.state));
        q.addBindValue(textOrNull(note));
        q.addBindValue(textOrNull(key));
        q.addBindValue(stamp(atUtc));
        if (Status s = execOrError(q); !s.ok())
            return s.error();
        out.id = q.lastInsertId().toLongLong();
        if (Status s = addEvent(out.id, MessageEventKind::Failed, out.attempts, &failure.error, atUtc,
                                out.nextAttemptUtc, note);
            !s.ok())
            return s.error();
    }
    return out;
}

Result<QList<RecordedFailure>> FailedMessageQueue::writeBatch(const QList<Pending> &batch)
{
    QSqlDatabase db = m_journal.database();
    if (!db.transaction())
        return storageError(tr("cannot start a journal transaction"), db.lastError());
    QList<RecordedFailure> out;
    for (const Pending &p : batch) {
        auto written = writeOne(p.failure, p.atUtc);
        if (!written.ok()) {
            db.rollback();
            return written.error();
        }
        out.append(written.value());
    }
    if (Status s = commitOrRollback(db); !s.ok())
        return s.error();
    return out;
}

Status FailedMessageQueue::flushPending()
{
    if (m_pending.isEmpty())
        return {};
    auto written = writeBatch(m_pending);
    if (!written.ok())
        return written.error();
    qCInfo(lcQueue) << "wrote" << m_pending.size()
                    << "failed message(s) kept in memory while the journal failed";
    m_pending.clear();
    return {};
}

Result<RecordedFailure> FailedMessageQueue::record(const FailureRecord &failure)
{
    auto all = recordAll({failure});
    if (!all.ok())
        return all.error();
    return all.value().first();
}

Result<QList<RecordedFailure>> FailedMessageQueue::recordAll(const QList<FailureRecord> &failures)
{
    const QDateTime now = m_clock.nowUtc();
    QList<Pending> batch;
    for (const FailureRecord &f : failures)
        batch.append({f, now});
    // Older failures kept in memory go first, so the journal sees them in the order they happened.
    const int before = static_cast<int>(m_pending.size());
    QList<Pending> all = m_pending + batch;
    auto written = writeBatch(all);
    if (!written.ok()) {
        m_pending = all;
        qCWarning(lcQueue) << "journal write failed;" << m_pending.size()
                           << "failed message(s) kept in memory:" << written.error().message;
        return makeError(
            ErrorKind::Storage,
            tr("the failed message could not be written to the journal (%1); it is kept in memory "
               "and written with the next failure or flush")
                .arg(written.error().message));
    }
    m_pending.clear();
    return written.value().mid(before);
}

Result<QList<FailedMessage>> FailedMessageQueue::due(const QDateTime &nowUtc, int limit)
{
    QSqlQuery q(m_journal.database());
    q.prepare(
        QStringLiteral("SELECT %1 FROM failed_messages WHERE (state = 'waiting' AND next_attempt_utc <= ?)"
                       " OR (state = 'retrying' AND (claimed_utc IS NULL OR claimed_utc <= ?))"
                       " ORDER BY next_attempt_utc, id LIMIT ?")
            .arg(kColumns));
    q.addBindValue(stamp(nowUtc));
    q.addBindValue(stamp(nowUtc.addMSecs(-m_schedule.claimLeaseMs)));
    q.addBindValue(std::max(0, limit));
    if (Status s = execOrError(q); !s.ok())
        return s.error();
    QList<FailedMessage> rows;
    while (q.next()) {
        auto row = readRow(q);
        if (!row.ok())
            return row.error();
        rows.append(std::move(row).value());
    }
    return rows;
}

Result<QDateTime> FailedMessageQueue::nextDueUtc()
{
    // Waiting rows fall due at their next attempt, stale claims when their lease runs out.
    QSqlQuery q(m_journal.database());
    if (Status s = execOrError(q, QStringLiteral("SELECT (SELECT min(next_attempt_utc) FROM failed_messages"
                                                 " WHERE state = 'waiting'), (SELECT min(claimed_utc) FROM"
                                                 " failed_messages WHERE state = 'retrying')"));
        !s.ok())
        return s.error();
    QDateTime best;
    if (!q.next())
        return best;
    if (!q.value(0).isNull())
        best = fromStamp(q.value(0));
    if (!q.value(1).isNull()) {
        const QDateTime lease = fromStamp(q.value(1)).addMSecs(m_schedule.claimLeaseMs);
        if (!best.isValid() || lease < best)
            best = lease;
    }
    return best;
}

Result<FailedMessage> FailedMessageQueue::markRetrying(qint64 id)
{
    const QDateTime now = m_clock.nowUtc();
    QSqlDatabase db = m_journal.database();
    if (!db.transaction())
        return storageError(tr("cannot start a journal transaction"), db.lastError());
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE failed_messages SET state = 'retrying', claimed_utc = ?, state_changed_utc = ?"
                       " WHERE id = ? AND (state = 'waiting' OR (state = 'retrying' AND"
                       " (claimed_utc IS NULL OR claimed_utc <= ?)))"));
    q.addBindValue(stamp(now));
    q.addBindValue(stamp(now));
    q.addBindValue(id);
    q.addBindValue(stamp(now.addMSecs(-m_schedule.claimLeaseMs)));
    if (Status s = execOrError(q); !s.ok()) {
        db.rollback();
        return s.error();
    }
    if (q.numRowsAffected() != 1) {
        db.rollback();
        return makeError(ErrorKind::Conflict, tr("failed message %1 is not waiting for a retry").arg(id));
    }
    QSqlQuery read(db);
    read.prepare(QStringLiteral("SELECT %1 FROM failed_messages WHERE id = ?").arg(kColumns));
    read.addBindValue(id);
    if (Status s = execOrError(read); !s.ok() || !read.next()) {
        db.rollback();
        return s.ok() ? makeError(ErrorKind::NotFound, tr("failed message %1 does not exist").arg(id))
                      : s.error();
    }
    const auto row = readRow(read);
    if (!row.ok()) {
        db.rollback();
        return row.error();
    }
    const FailedMessage &message = row.value();
    if (Status s = addEvent(id, MessageEventKind::Retrying, message.attempts, nullptr, now, {}, {});
        !s.ok()) {
        db.rollback();
        return s.error();
    }
    if (Status s = commitOrRollback(db); !s.ok())
        return s.error();
    return message;
}

Status FailedMessageQueue::setState(qint64 id, std::optional<int> revision, const QList<MessageState> &from,
                                    MessageState to, MessageEventKind event, const QString &note,
                                    bool clearNext)
{
    const QDateTime now = m_clock.nowUtc();
    QSqlDatabase db = m_journal.database();
    if (!db.transaction())
        return storageError(tr("cannot start a journal transaction"), db.lastError());
    QStringList marks;
    for (int i = 0; i < from.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE failed_messages SET state = ?, note = ?, state_changed_utc = ?,"
                             " claimed_utc = NULL%1 WHERE id = ? AND state IN (%2)%3")
                  .arg(clearNext ? QStringLiteral(", next_attempt_utc = NULL") : QString(),
                       marks.join(QLatin1Char(',')),
                       revision ? QStringLiteral(" AND attempts = ?") : QString()));
    q.addBindValue(stateName(to));
    q.addBindValue(textOrNull(note));
    q.addBindValue(stamp(now));
    q.addBindValue(id);
    for (MessageState s : from)
        q.addBindValue(stateName(s));
    if (revision)
        q.addBindValue(*revision);
    if (Status s = execOrError(q); !s.ok()) {
        db.rollback();
        return s;
    }
    if (q.numRowsAffected() != 1) {
        db.rollback();
        auto current = get(id);
        if (!current.ok())
            return current.error();
        return makeError(ErrorKind::Conflict,
                         tr("failed message %1 is %2 (changed meanwhile); nothing was done")
                             .arg(id)
                             .arg(stateName(current.value().state)));
    }
    QSqlQuery attempts(db);
    attempts.prepare(QStringLiteral("SELECT attempts FROM failed_messages WHERE id = ?"));
    attempts.addBindValue(id);
    int attempt = 0;
    if (execOrError(attempts).ok() && attempts.next())
        attempt = attempts.value(0).toInt();
    if (Status s = addEvent(id, event, attempt, nullptr, now, {}, note); !s.ok()) {
        db.rollback();
        return s;
    }
    if (Status s = commitOrRollback(db); !s.ok())
        return s.error();
    return {};
}

Status FailedMessageQueue::markResolved(qint64 id, int revision, const QString &note, bool superseded)
{
    return setState(id, revision, {MessageState::Retrying}, MessageState::Resolved,
                    superseded ? MessageEventKind::Superseded : MessageEventKind::Resolved, note, true);
}

Result<RecordedFailure> FailedMessageQueue::markFailedAgain(qint64 id, int revision, const Error &error,
                                                            std::optional<qint64> retryAfterMs)
{
    const QDateTime now = m_clock.nowUtc();
    RecordedFailure out;
    out.id = id;
    out.attempts = revision + 1;
    QString note;
    decide(error, out.attempts, retryAfterMs, now, &out.state, &out.nextAttemptUtc, &note);
    QSqlDatabase db = m_journal.database();
    if (!db.transaction())
        return storageError(tr("cannot start a journal transaction"), db.lastError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE failed_messages SET error_kind = ?, error_message = ?, http_status = ?, error_code = ?,"
        " attempts = ?, last_failure_utc = ?, next_attempt_utc = ?, state = ?, note = ?, state_changed_utc = "
        "?,"
        " claimed_utc = NULL WHERE id = ? AND state = 'retrying' AND attempts = ?"));
    q.addBindValue(errorKindName(error.kind));
    q.addBindValue(error.message);
    q.addBindValue(intOrNull(error.httpStatus));
    q.addBindValue(textOrNull(error.serverCode));
    q.addBindValue(out.attempts);
    q.addBindValue(stamp(now));
    q.addBindValue(stampOrNull(out.nextAttemptUtc));
    q.addBindValue(stateName(out.state));
    q.addBindValue(textOrNull(note));
    q.addBindValue(stamp(now));
    q.addBindValue(id);
    q.addBindValue(revision);
    if (Status s = execOrError(q); !s.ok()) {
        db.rollback();
        return s.error();
    }
    if (q.numRowsAffected() != 1) {
        db.rollback();
        return makeError(
            ErrorKind::Conflict,
            tr("failed message %1 changed while it was retried; the newer state is kept").arg(id));
    }
    if (Status s =
            addEvent(id, MessageEventKind::Failed, out.attempts, &error, now, out.nextAttemptUtc, note);
        !s.ok()) {
        db.rollback();
        return s.error();
    }
    if (Status s = commitOrRollback(db); !s.ok())
        return s.error();
    return out;
}

Result<int> FailedMessageQueue::deferDue(Direction direction, const QDateTime &untilUtc)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("UPDATE failed_messages SET next_attempt_utc = ? WHERE state = 'waiting'"
                             " AND direction = ? AND next_attempt_utc < ?"));
    q.addBindValue(stamp(untilUtc));
    q.addBindValue(directionName(direction));
    q.addBindValue(stamp(untilUtc));
    if (Status s = execOrError(q); !s.ok())
        return s.error();
    return q.numRowsAffected();
}

Status FailedMessageQueue::markParked(qint64 id, const QString &reason)
{
    return setState(id, std::nullopt, {MessageState::Waiting, MessageState::Retrying}, MessageState::Parked,
                    MessageEventKind::Parked, reason, true);
}

Status FailedMessageQueue::discard(qint64 id, const QString &reason)
{
    return setState(id, std::nullopt, {MessageState::Waiting, MessageState::Retrying, MessageState::Parked},
                    MessageState::Discarded, MessageEventKind::Discarded, reason, true);
}

Result<bool> FailedMessageQueue::settleSuperseded(const QString &itemKey, const QString &note)
{
    auto open = findOpen(itemKey);
    if (!open.ok())
        return open.error();
    if (!open.value() || open.value()->state == MessageState::Retrying)
        return false;
    const Status s = setState(open.value()->id, std::nullopt, {MessageState::Waiting, MessageState::Parked},
                              MessageState::Resolved, MessageEventKind::Superseded, note, true);
    if (!s.ok())
        return s.error().kind == ErrorKind::Conflict ? Result<bool>(false) : Result<bool>(s.error());
    return true;
}

Status FailedMessageQueue::retryNow(qint64 id)
{
    auto current = get(id);
    if (!current.ok())
        return current.error();
    if (current.value().state == MessageState::Resolved)
        return makeError(ErrorKind::Invalid, tr("failed message %1 is already resolved").arg(id));
    if (current.value().state == MessageState::Retrying)
        return makeError(ErrorKind::Conflict, tr("failed message %1 is being retried right now").arg(id));
    const QDateTime now = m_clock.nowUtc();
    QSqlDatabase db = m_journal.database();
    if (!db.transaction())
        return storageError(tr("cannot start a journal transaction"), db.lastError());
    QSqlQuery q(db);
    // A discarded row may hold an item that has a newer open row by now: the unique index refuses it.
    q.prepare(
        QStringLiteral("UPDATE failed_messages SET state = 'waiting', next_attempt_utc = ?, note = NULL,"
                       " state_changed_utc = ? WHERE id = ? AND state IN ('waiting','parked','discarded')"));
    q.addBindValue(stamp(now));
    q.addBindValue(stamp(now));
    q.addBindValue(id);
    if (Status s = execOrError(q); !s.ok()) {
        db.rollback();
        if (s.error().message.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive))
            return makeError(
                ErrorKind::Conflict,
                tr("failed message %1 cannot be retried: a newer change of the same item is queued").arg(id));
        return s;
    }
    if (Status s = addEvent(id, MessageEventKind::Requeued, current.value().attempts, nullptr, now, now,
                            tr("retry requested by the administrator"));
        !s.ok()) {
        db.rollback();
        return s;
    }
    if (Status s = commitOrRollback(db); !s.ok())
        return s.error();
    return {};
}

Result<int> FailedMessageQueue::retryAll(const MessageFilter &filter)
{
    MessageFilter f = filter;
    const bool withDiscarded = filter.states.contains(MessageState::Discarded);
    f.states.clear();
    for (MessageState s : {MessageState::Waiting, MessageState::Parked, MessageState::Discarded}) {
        if (s == MessageState::Discarded && !withDiscarded)
            continue;
        if (filter.states.isEmpty() || filter.states.contains(s))
            f.states << s;
    }
    if (f.states.isEmpty())
        return 0;
    const Where w = whereFor(f);
    const QDateTime now = m_clock.nowUtc();
    QSqlDatabase db = m_journal.database();
    if (!db.transaction())
        return storageError(tr("cannot start a journal transaction"), db.lastError());
    // History first (it needs the rows' current attempts), then the rows. Discarded rows whose item has a
    // newer open row stay discarded.
    const QString eligible =
        w.sql() +
        QStringLiteral(" AND NOT (state = 'discarded' AND item_key IS NOT NULL AND EXISTS (SELECT 1 FROM"
                       " failed_messages o WHERE o.item_key = failed_messages.item_key AND o.state IN %1))")
            .arg(kOpenStates);
    QSqlQuery events(db);
    events.prepare(QStringLiteral("INSERT INTO failed_message_events (message_id, time_utc, event, attempt,"
                                  " next_attempt_utc, note) SELECT id, ?, ?, attempts, ?, ? FROM"
                                  " failed_messages%1")
                       .arg(eligible));
    events.addBindValue(stamp(now));
    events.addBindValue(enumName(MessageEventKind::Requeued));
    events.addBindValue(stamp(now));
    events.addBindValue(tr("retry of all matching messages requested by the administrator"));
    for (const QVariant &v : w.values)
        events.addBindValue(v);
    if (Status s = execOrError(events); !s.ok()) {
        db.rollback();
        return s.error();
    }
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE failed_messages SET state = 'waiting', next_attempt_utc = ?, note = NULL,"
                       " state_changed_utc = ?%1")
            .arg(eligible));
    q.addBindValue(stamp(now));
    q.addBindValue(stamp(now));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (Status s = execOrError(q); !s.ok()) {
        db.rollback();
        return s.error();
    }
    const int changed = q.numRowsAffected();
    if (Status s = commitOrRollback(db); !s.ok())
        return s.error();
    return changed;
}

Result<MessagePage> FailedMessageQueue::list(const MessageFilter &filter, const PageCursor &after, int limit)
{
    const int n = std::clamp(limit, 1, 10000);
    const Statement st = keysetStatement(filter, after, n + 1);
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    q.prepare(st.sql);
    for (const QVariant &v : st.values)
        q.addBindValue(v);
    if (Status s = execOrError(q); !s.ok())
        return s.error();
    MessagePage page;
    Interner intern;
    while (q.next()) {
        if (page.rows.size() == n) {
            const FailedMessage &last = page.rows.last();
            page.next = PageCursor{last.lastFailureUtc, last.id};
            break;
        }
        auto row = readListRow(q, intern);
        if (!row.ok())
            return row.error();
        page.rows.append(std::move(row).value());
    }
    return page;
}

Result<QStringList> FailedMessageQueue::listPlan(const MessageFilter &filter, const PageCursor &after,
                                                 int limit)
{
    const Statement st = keysetStatement(filter, after, std::clamp(limit, 1, 10000) + 1);
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + st.sql);
    for (const QVariant &v : st.values)
        q.addBindValue(v);
    if (Status s = execOrError(q); !s.ok())
        return s.error();
    // Rows: id, parent id, (unused), detail; a parent comes before its children.
    QHash<int, QString> paths;
    QStringList steps;
    while (q.next()) {
        const QString parent = paths.value(q.value(1).toInt());
        const QString path =
            (parent.isEmpty() ? QString() : parent + QStringLiteral(" > ")) + q.value(3).toString();
        paths.insert(q.value(0).toInt(), path);
        steps << path;
    }
    return steps;
}

Result<QList<FailedMessage>> FailedMessageQueue::list(const MessageFilter &filter, int offset, int limit)
{
    const Statement st = pageStatement(legsFor(filter), std::clamp(limit, 1, 10000), std::max(0, offset));
    QSqlQuery q(m_journal.database());
    q.setForwardOnly(true);
    q.prepare(st.sql);
    for (const QVariant &v : st.values)
        q.addBindValue(v);
    if (Status s = execOrError(q); !s.ok())
        return s.error();
    QList<FailedMessage> rows;
    Interner intern;
    while (q.next()) {
        auto row = readListRow(q, intern);
        if (!row.ok())
            return row.error();
        rows.append(std::move(row).value());
    }
    return rows;
}

Result<qint64> FailedMessageQueue::count(const MessageFilter &filter)
{
    // The legs are disjoint: their counts add up.
    const QList<Where> legs = legsFor(filter);
    QStringList parts;
    for (const Where &leg : legs)
        parts << QStringLiteral("(SELECT count(*) FROM failed_messages%1)").arg(leg.sql());
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT ") + parts.join(QStringLiteral(" + ")));
    for (const Where &leg : legs) {
        for (const QVariant &v : leg.values)
            q.addBindValue(v);
    }
    if (Status s = execOrError(q); !s.ok())
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

namespace {
Result<QMap<QString, qint64>> groupCount(Journal &journal, const MessageFilter &filter, const QString &column)
{
    const QList<Where> legs = legsFor(filter);
    QStringList parts;
    for (const Where &leg : legs)
        parts << QStringLiteral("SELECT %1 FROM failed_messages%2").arg(column, leg.sql());
    QSqlQuery q(journal.database());
    q.prepare(QStringLiteral("SELECT %1, count(*) FROM (%2) GROUP BY %1")
                  .arg(column, parts.join(QStringLiteral(" UNION ALL "))));
    for (const Where &leg : legs) {
        for (const QVariant &v : leg.values)
            q.addBindValue(v);
    }
    if (Status s = execOrError(q); !s.ok())
        return s.error();
    QMap<QString, qint64> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toLongLong());
    return counts;
}
} // namespace

Result<QMap<QString, qint64>> FailedMessageQueue::countByKind(const MessageFilter &filter)
{
    return groupCount(m_journal, filter, QStringLiteral("error_kind"));
}

Result<QMap<QString, qint64>> FailedMessageQueue::countByState(const MessageFilter &filter)
{
    return groupCount(m_journal, filter, QStringLiteral("state"));
}

Result<QMap<qint64, QList<MessageEvent>>> FailedMessageQueue::histories(const QList<qint64> &ids)
{
    QMap<qint64, QList<MessageEvent>> out;
    for (int start = 0; start < ids.size(); start += 500) {
        const QList<qint64> chunk = ids.mid(start, 500);
        QStringList marks;
        for (int i = 0; i < chunk.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(m_journal.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT message_id, time_utc, event, attempt, error_kind, error_message,"
                                 " http_status, error_code, next_attempt_utc, note FROM failed_message_events"
                                 " WHERE message_id IN (%1) ORDER BY message_id, id")
                      .arg(marks.join(QLatin1Char(','))));
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (Status s = execOrError(q); !s.ok())
            return s.error();
        while (q.next()) {
            const qint64 messageId = q.value(0).toLongLong();
            MessageEvent e;
            e.timeUtc = fromStamp(q.value(1));
            const auto event = nameColumn<MessageEventKind>(q.value(2), messageId);
            if (!event.ok())
                return event.error();
            e.event = event.value();
            e.attempt = q.value(3).toInt();
            if (!q.value(4).isNull() && !q.value(4).toString().isEmpty()) {
                const auto kind = nameColumn<ErrorKind>(q.value(4), messageId);
                if (!kind.ok())
                    return kind.error();
                e.errorKind = kind.value();
            }
            e.errorMessage = q.value(5).toString();
            e.httpStatus = q.value(6).toInt();
            e.errorCode = q.value(7).toString();
            e.nextAttemptUtc = fromStamp(q.value(8));
            e.note = q.value(9).toString();
            out[messageId].append(e);
        }
    }
    return out;
}

Result<FailedMessage> FailedMessageQueue::get(qint64 id)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT %1 FROM failed_messages WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (Status s = execOrError(q); !s.ok())
        return s.error();
    if (!q.next())
        return makeError(ErrorKind::NotFound, tr("there is no failed message %1").arg(id));
    auto row = readRow(q);
    if (!row.ok())
        return row.error();
    FailedMessage m = std::move(row).value();
    auto history = histories({id});
    if (!history.ok())
        return history.error();
    m.history = history.value().value(id);
    return m;
}

Result<QList<FailedMessage>> FailedMessageQueue::getMany(const QList<qint64> &ids, bool withHistory)
{
    QHash<qint64, FailedMessage> found;
    for (int start = 0; start < ids.size(); start += 500) {
        const QList<qint64> chunk = ids.mid(start, 500);
        QStringList marks;
        for (int i = 0; i < chunk.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery q(m_journal.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM failed_messages WHERE id IN (%2)")
                      .arg(kColumns, marks.join(QLatin1Char(','))));
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (Status s = execOrError(q); !s.ok())
            return s.error();
        while (q.next()) {
            auto row = readRow(q);
            if (!row.ok())
                return row.error();
            FailedMessage m = std::move(row).value();
            found.insert(m.id, std::move(m));
        }
    }
    if (withHistory) {
        auto history = histories(ids);
        if (!history.ok())
            return history.error();
        for (auto it = found.begin(); it != found.end(); ++it)
            it->history = history.value().value(it.key());
    }
    QList<FailedMessage> out;
    out.reserve(found.size());
    for (qint64 id : ids) {
        if (auto it = found.find(id); it != found.end())
            out.append(std::move(*it));
    }
    return out;
}

Result<std::optional<FailedMessage>> FailedMessageQueue::findOpen(const QString &itemKey)
{
    QSqlQuery q(m_journal.database());
    q.prepare(QStringLiteral("SELECT %1 FROM failed_messages WHERE item_key = ? AND state IN %2")
                  .arg(kColumns, kOpenStates));
    q.addBindValue(itemKey);
    if (Status s = execOrError(q); !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<FailedMessage>();
    auto row = readRow(q);
    if (!row.ok())
        return row.error();
    return std::optional<FailedMessage>(std::move(row).value());
}

} // namespace cxsync::queue
