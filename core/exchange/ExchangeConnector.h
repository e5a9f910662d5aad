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

    // Every user of the directory (all pages). Kinds without a directory listing (EWS) answer an error that
    // says so; user sync asks findUsers instead.
    virtual void listUsers(Callback<QList<ExchangeUser>> done) = 0;
    // The directory entries user sync matches the CRM users in `wanted` against (UserMatcher decides the
    // matches and conflicts). Kinds that list their directory answer every user: the default is listUsers().
    // Kinds that cannot (EWS) look each query up (ResolveNames: the address, then the logon as alias, then
    // "First Last") and answer every candidate found, several for an ambiguous name, so that the matcher
    // reports the conflict with their names. A query nothing answers is simply absent from the answer.
    virtual void findUsers(const QList<DirectoryQuery> &wanted, Callback<QList<ExchangeUser>> done);
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

    // A quick look at one mailbox's calendar (Test Connection, Test Mailbox Access): reads at most the first
    // items between `fromUtc` and `toUtc` the way synchronization reads, proving the account may read it. A
    // refusal keeps the server's status and code (for ConnectionHints) and says in its message, in the kind's
    // own terms, what the admin can do (e.g. Graph: the permission or access policy that is missing).
    virtual void probeCalendar(const QString &mailbox, const QDateTime &fromUtc, const QDateTime &toUtc,
                               Callback<CalendarProbe> done) = 0;

    // Change subscriptions ("hooks"): the server tells the listener when a mailbox's calendar changes, so a
    // change is read within seconds instead of at the next poll. SubscriptionManager keeps them in the
    // journal and decides when to renew or recreate; the connector only speaks the protocol. Every call names
    // the mailbox so that a router can send it to the mailbox's server.
    //
    // A subscription the server no longer has is ErrorKind::NotFound on getSubscription, renewSubscription
    // and unsubscribe (the caller then recreates it and reads the mailbox in full, or counts it as removed).
    //
    // Graph (GraphSubscriptions.cpp): POST/GET/PATCH/DELETE /subscriptions on /users/{id}/events, with
    // clientState and the lifecycle URL; renewing is a PATCH of expirationDateTime and keeps the id.
    // EWS (issue 15) fits the same calls: subscribe = Subscribe with a PushSubscriptionRequest for the
    // calendar folder (the notification URL at the listener's EWS path, StatusFrequency from the asked
    // expiration); the SubscriptionId is the id and the returned Watermark stays in the EWS connector, which
    // the listener's SendNotification handling advances; it is also the resume point the journal keeps, so a
    // restarted service resubscribes from it (SubscriptionRequest::resumeFrom). A push subscription lives as
    // long as its notifications are answered, so renewSubscription answers from what the listener last heard
    // (a status ping within StatusFrequency: the same id, a later expiration) or, when the server stopped
    // calling, resubscribes from the kept watermark and returns the NEW id (callers store whatever id comes
    // back), or NotFound when the watermark expired too (resubscribe without it + resync, the recreate path).
    // unsubscribe is remembered and answered with SendNotificationResult Unsubscribe at the next call.
    virtual void subscribe(const SubscriptionRequest &request, Callback<ChangeSubscription> done) = 0;
    // Whether the server still has `id` (and until when).
    virtual void getSubscription(const QString &mailbox, const QString &id,
                                 Callback<ChangeSubscription> done) = 0;
    // Extends `id` to `expirationUtc` (the server may grant less); the answer's id may differ from `id`.
    virtual void renewSubscription(const QString &mailbox, const QString &id, const QDateTime &expirationUtc,
                                   Callback<ChangeSubscription> done) = 0;
    virtual void unsubscribe(const QString &mailbox, const QString &id, StatusCallback done) = 0;
    // The listener's side of a kind whose server pushes notifications in its own format rather than Graph's
    // JSON (EWS: the SendNotification SOAP call): reads `body`, keeps what the subscription needs (EWS: the
    // watermark) and says what to answer and which mailbox to read. Synchronous: the listener answers at once.
    // The default (Graph) is ErrorKind::Unavailable: such bodies are not this kind's.
    virtual Result<PushReceipt> receivePush(const QByteArray &body);
};

} // namespace cxsync::exchange
