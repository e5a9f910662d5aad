#pragma once

#include "Result.h"
#include "exchange/ExchangeTypes.h"

#include <QList>
#include <QString>

#include <functional>

namespace cxsync {
class Journal;
}

namespace cxsync::exchange {

// The Exchange side of synchronization (Graph for Exchange Online; EWS for on-premises later). Every call is
// asynchronous: it returns at once and its callback runs exactly once, later, from the event loop (never
// inside the call, never in a nested event loop). `mailbox` is the user's id or UPN; implementations use it
// as the concurrency key so that at most 4 requests per mailbox are in flight.
class ExchangeConnector {
public:
    template <typename T> using Callback = std::function<void(Result<T>)>;
    using StatusCallback = std::function<void(Status)>;

    virtual ~ExchangeConnector() = default;

    // Every user of the directory (all pages).
    virtual void listUsers(Callback<QList<ExchangeUser>> done) = 0;
    virtual void getEvent(const QString &mailbox, const QString &eventId, Callback<ExchangeEvent> done) = 0;
    // The mailbox's change source: one page of the calendar's changes inside the window since `cursor` (empty:
    // every item in the window, as changes). The cursor is opaque: the caller stores the page's cursor in the
    // same transaction as the changes it covers and hands it back for the next page. An expired cursor is a
    // value (ChangePage::cursorExpired), so a full resync is an ordinary path.
    virtual void readChanges(const QString &mailbox, const QString &cursor, const QDateTime &windowStartUtc,
                             const QDateTime &windowEndUtc, Callback<ChangePage> done) = 0;
    // One-time work the connector must do on the journal's stored ids of this mailbox before the first
    // readChanges (or any other call naming a stored id) of the mailbox, e.g. Graph: stored REST ids become
    // immutable ids. Cheap when already done (no request); a failure changes nothing and the call can simply be
    // made again. The default does nothing. The callback runs once, from the event loop.
    virtual void prepareMailbox(const QString &mailbox, Journal &journal, const QDateTime &nowUtc,
                                StatusCallback done);
    // `transactionId` makes a retried create idempotent: the same key never creates a second item.
    virtual void createEvent(const QString &mailbox, const ExchangeEvent &event, const QString &transactionId,
                             Callback<ExchangeEvent> done) = 0;
    // Writes the item's fields. With a non-empty event.changeKey the write only succeeds if the item has not
    // changed since (otherwise ErrorKind::Conflict, serverCode "ErrorIrresolvableConflict").
    virtual void updateEvent(const QString &mailbox, const ExchangeEvent &event,
                             Callback<ExchangeEvent> done) = 0;
    // With a non-empty `changeKey` the delete only succeeds if the item has not changed since that version
    // (otherwise ErrorKind::Conflict), so a delete never removes an edit it has not seen; empty deletes the
    // item as it is.
    virtual void deleteEvent(const QString &mailbox, const QString &eventId, const QString &changeKey,
                             StatusCallback done) = 0;
    // Organizer only: cancels a meeting and notifies attendees with `comment`.
    virtual void cancelEvent(const QString &mailbox, const QString &eventId, const QString &comment,
                             StatusCallback done) = 0;
};

} // namespace cxsync::exchange
