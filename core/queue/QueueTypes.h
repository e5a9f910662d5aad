#pragma once

// The failed-message queue's records: what the engine hands in when a write fails (FailureRecord), what the
// journal keeps (FailedMessage with its event history) and how lists are filtered and paged.
#include "Result.h"
#include "store/EnumNames.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cxsync::queue {

enum class Direction { CrmToExchange, ExchangeToCrm };
QString directionName(Direction direction); // "crm_to_exchange", as stored
std::optional<Direction> directionFromName(const QString &name);

// waiting: retried at nextAttemptUtc; retrying: a retrier has it; parked: waits for the admin (permanent
// error or too many attempts); resolved: applied or superseded; discarded: the admin gave it up.
enum class MessageState { Waiting, Retrying, Parked, Resolved, Discarded };
QString stateName(MessageState state);
std::optional<MessageState> stateFromName(const QString &name);
bool isOpen(MessageState state); // waiting, retrying or parked

// A name as a person types it (any case, spaces around): the error kind, or nothing. Rows are read with
// enumFromName<ErrorKind>(), which names what it refuses.
std::optional<ErrorKind> errorKindFromName(const QString &name);

// What happened to a failed message, one line of its history (failed_message_events.event holds the names).
enum class MessageEventKind { Failed, Retrying, Resolved, Superseded, Parked, Discarded, Requeued, Replaced };

} // namespace cxsync::queue

namespace cxsync {
template <> struct EnumNames<queue::MessageEventKind> {
    static constexpr EnumName<queue::MessageEventKind> names[] = {
        {queue::MessageEventKind::Failed, "failed"},     {queue::MessageEventKind::Retrying, "retrying"},
        {queue::MessageEventKind::Resolved, "resolved"}, {queue::MessageEventKind::Superseded, "superseded"},
        {queue::MessageEventKind::Parked, "parked"},     {queue::MessageEventKind::Discarded, "discarded"},
        {queue::MessageEventKind::Requeued, "requeued"}, {queue::MessageEventKind::Replaced, "replaced"}};
    static QString what()
    {
        return QCoreApplication::translate("cxsync::queue::FailedMessageQueue", "a failed message event");
    }
};
} // namespace cxsync

namespace cxsync::queue {

// A failed write, as the engine reports it.
struct FailureRecord {
    Direction direction = Direction::ExchangeToCrm;
    QString crmUserId;
    QString mailbox;
    QString crmItemId;      // the CRM communication id, if known (empty for a create towards the CRM)
    QString exchangeItemId; // the event id in `mailbox`, if known
    QString operation;      // create | update | delete | respond
    QString subject;        // for lists and the digest
    QJsonObject snapshot;   // everything the retrier needs to apply the change again (never secrets)
    Error error;            // kind, message, HTTP status, server code
    std::optional<qint64> retryAfterMs; // the server asked for at least this wait (Retry-After)
    // Identifies the item across failures; empty: derived from direction, mailbox and the source-side id.
    QString itemKey;
};

// One line of a message's history.
struct MessageEvent {
    QDateTime timeUtc;
    MessageEventKind event = MessageEventKind::Failed;
    int attempt = 0;
    std::optional<ErrorKind> errorKind; // events without an error (retrying, requeued, ...) have none
    QString errorMessage;
    int httpStatus = 0;
    QString errorCode;
    QDateTime nextAttemptUtc;
    QString note;
};

// A failed message. Lists (FailedMessageQueue::list()) fill only what a list shows: id, direction, CRM user,
// mailbox, operation, subject, the error, attempts, the failure and next-attempt times, state and note, plus
// snapshotBytes; the item ids, the item key, the change snapshot and the history stay empty so that a list of
// 100,000 rows stays small. get() / getMany() load the whole message (hasDetails).
struct FailedMessage {
    qint64 id = 0;
    Direction direction = Direction::ExchangeToCrm;
    QString crmUserId;
    QString mailbox;
    QString crmItemId;
    QString exchangeItemId;
    QString operation;
    QString subject;
    QJsonObject snapshot;
    ErrorKind errorKind = ErrorKind::Invalid;
    QString errorMessage;
    int httpStatus = 0;
    QString errorCode;
    int attempts = 0;
    QDateTime firstFailureUtc;
    QDateTime lastFailureUtc;
    QDateTime nextAttemptUtc; // invalid unless waiting
    MessageState state = MessageState::Waiting;
    QString note; // why parked, resolved or discarded
    QString itemKey;
    QList<MessageEvent> history; // filled by FailedMessageQueue::get()
    qint64 snapshotBytes = 0;    // size of the stored snapshot (its JSON text), also in list rows
    bool hasDetails = false;     // snapshot, item ids and history were loaded (not a list row)
};

// Position after the last row of a page (lists run newest failure first).
struct PageCursor {
    QDateTime lastFailureUtc;
    qint64 id = 0;
    bool isNull() const { return id == 0; }
};

// Everything is optional; an empty filter matches every row.
struct MessageFilter {
    std::optional<Direction> direction;
    QString user; // CRM user id or mailbox (case-insensitive)
    std::optional<ErrorKind> errorKind;
    QList<MessageState> states; // empty: any
    QDateTime fromUtc;          // last failure at or after
    QDateTime toUtc;            // last failure before
    PageCursor newerThan;       // (last failure, id) after this one: what came since a digest
};

struct MessagePage {
    QList<FailedMessage> rows;
    PageCursor next; // null when this was the last page
};

// Outcome of record(): the row that holds the failure and what happens next.
struct RecordedFailure {
    qint64 id = 0;
    MessageState state = MessageState::Waiting;
    int attempts = 0;
    QDateTime nextAttemptUtc;
    bool merged = false; // an open row for the same item took the newer change
};

} // namespace cxsync::queue
