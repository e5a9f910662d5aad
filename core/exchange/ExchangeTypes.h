#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cxsync::exchange {

// A mailbox owner as the directory describes it.
struct ExchangeUser {
    QString id;   // directory object id (GUID)
    QString mail; // primary SMTP address, may be empty
    QString upn;  // userPrincipalName
    QString givenName;
    QString surname;
    QString displayName;
    QStringList aliases; // other SMTP addresses (proxyAddresses without the "smtp:" prefix), if known
    bool enabled = true;
    // The Exchange server or tenant the mailbox is on ("graph:<tenant>", Connections::exchangeServerName());
    // set when the directory of several servers is read (Connections' exchange()).
    QString server;
};

// What user sync knows of a CRM user when it looks for the user's mailbox (ExchangeConnector::findUsers).
struct DirectoryQuery {
    QString email;
    QString logon; // the CRM logon, often the mailbox alias
    QString firstName;
    QString lastName;
};

struct ExchangeAttendee {
    QString address;
    QString name;
    QString type = QStringLiteral("required"); // required | optional | resource
    QString response =
        QStringLiteral("none"); // none | organizer | tentativelyAccepted | accepted | declined | notResponded
};

// One calendar item, as much as synchronization needs. Times are UTC; `timeZone` keeps the zone the item was
// created in (a Windows name such as "W. Europe Standard Time", or "UTC"), for writing it back the same way.
struct ExchangeEvent {
    QString id;
    QString iCalUId;
    QString changeKey;
    QString subject;
    QString bodyText;
    QString location;
    QDateTime startUtc;
    QDateTime endUtc;
    QString timeZone; // Windows zone name; empty = UTC
    bool isAllDay = false;
    bool isPrivate = false; // sensitivity private (or confidential)
    bool reminderOn = false;
    int reminderMinutes = 15;
    // Writes only: false leaves the reminder as it is (Outlook's default on a create), e.g. when the admin
    // switched Copy Reminders off.
    bool writeReminder = true;
    // Writes only: false leaves the attendee list as it is (no "attendees" is sent). Exchange sends every
    // attendee an update for a write that carries the list, and an empty list removes them all, so an update
    // that does not change attendees sets this to false. Creates keep true.
    bool writeAttendees = true;
    bool isCancelled = false;
    bool isOrganizer = true;
    ExchangeAttendee organizer; // address + name; response "organizer"
    QList<ExchangeAttendee> attendees;
    QString type = QStringLiteral("singleInstance"); // singleInstance | occurrence | exception | seriesMaster
    QString seriesMasterId;
    QDateTime lastModifiedUtc;
    // The idempotency key the item was created with (Graph `transactionId`, returned only when set): an item
    // this product created carries its own key, so a create whose answer was lost is recognised when the item
    // shows up in a later read.
    QString transactionId;
    bool removed = false;  // delta: "@removed" (only id is meaningful then)
    bool skeletal = false; // delta occurrence with only id/type/start/end/seriesMasterId: fetch the master
};

// One page of a mailbox's calendar changes (ExchangeConnector::readChanges).
struct ChangePage {
    QList<ExchangeEvent> changed; // added or updated (occurrences may be skeletal)
    QStringList removed;          // ids reported removed (also items that only left the window: check them)
    QList<Error> invalid;       // items that failed validation (skipped, each naming field and item)
    // Opaque to the caller: where the next read starts (the next page mid-round, the next round after the
    // last page). The caller stores it together with the page's changes and hands it back unchanged.
    QString cursor;
    bool last = false; // the round is complete after this page
    // The cursor handed in is no longer valid (Graph 410 SyncStateNotFound, EWS ErrorInvalidSyncStateData):
    // nothing else is set; read the whole window again from an empty cursor.
    bool cursorExpired = false;
};

// What a change subscription asks the server for (ExchangeConnector::subscribe).
struct SubscriptionRequest {
    QString mailbox;         // the user's id or address, as for the other calls
    QString notificationUrl; // the listener's public URL: where the server reports changes
    // Where the server reports the subscription's own fate (Graph lifecycle notifications: removed,
    // reauthorization required, missed). Kinds without such events ignore it.
    QString lifecycleUrl;
    // A secret the server repeats in every notification so the listener can tell ours from forgeries (Graph
    // clientState, at most 128 characters). Kinds that have no such field put it where the listener finds
    // it again (e.g. in the notification URL's path).
    QString clientState;
    QDateTime expirationUtc; // the end of life asked for; the server may grant less
    // Where an earlier subscription of this mailbox left off (ChangeSubscription / PushReceipt::resumePoint,
    // as the journal kept it): the server reports what changed since, so nothing is missed across a restart.
    // Empty: from now. Kinds without such a position (Graph) ignore it.
    QString resumeFrom;
};

// A change subscription on one mailbox's calendar, as the server confirmed it. The caller
// (SubscriptionManager) stores it in the journal; nothing in it is specific to one Exchange kind.
struct ChangeSubscription {
    QString id;       // the server's id, which notifications and lifecycle events name
    QString mailbox;  // as asked for
    QString resource; // what it watches, in the server's words (Graph: /users/{id}/events), for the admin
    QDateTime expirationUtc; // when it ends unless renewed
    // The position the server's notifications have reached (EWS: the watermark), for a later resumeFrom;
    // empty for kinds without one.
    QString resumePoint;
    // The server took up the asked resumeFrom: nothing since then is missed. False when none was asked or
    // the server refused it (EWS ErrorInvalidWatermark, e.g. expired): the subscription starts from now and
    // the mailbox must be read in full.
    bool resumed = false;
};

// A notification a server pushed to the listener in its own format (EWS: Exchange calling SendNotification),
// as the connector read it (ExchangeConnector::receivePush).
struct PushReceipt {
    QByteArray answer;      // what to answer the server with (HTTP 200)
    QByteArray contentType; // of `answer`
    QString subscriptionId;
    QString mailbox;    // the mailbox whose calendar changed; empty for a status ping or an unknown subscription
    bool known = false; // one of this connector's live subscriptions (answered "keep"; else "unsubscribe")
    // Where the subscription's notifications now stand (EWS: the last watermark of this call), for the
    // journal once what it notified is stored; empty when unknown.
    QString resumePoint;
};

// What a quick read of one mailbox's calendar saw (ExchangeConnector::probeCalendar).
struct CalendarProbe {
    bool any = false;     // at least one item in the range
    bool more = false;    // more than one
    QString firstSubject; // the first item's subject (when any)
    qint64 elapsedMs = 0; // how long the server took to answer
};

} // namespace cxsync::exchange
