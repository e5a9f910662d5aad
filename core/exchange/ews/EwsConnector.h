#pragma once

#include "Clock.h"
#include "exchange/ExchangeConnector.h"
#include "exchange/ews/EwsAutodiscover.h"
#include "exchange/ews/EwsSoap.h"
#include "net/HttpClient.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace cxsync::exchange {

// How to reach one on-premises Exchange server (the profile's Primary Exchange Server, NT Domain\Account with
// its keychain password, EWS URL, impersonation).
struct EwsSettings {
    QUrl url; // https://<server>/EWS/Exchange.asmx (EwsConnector::defaultUrl when the setting is empty)
    QString account;  // "DOMAIN\account" or "account@domain" (NTLM / Basic)
    QString password; // from the keychain; kept in memory only
    // On: every call acts as the mailbox it names (ExchangeImpersonation, ApplicationImpersonation role) and
    // carries X-AnchorMailbox. Off: the account's own rights (delegate access to the mailbox's calendar).
    bool impersonation = true;
    // When the EWS URL setting is empty: POX Autodiscover (EwsAutodiscover) for this address, the Exchange
    // Account, at these endpoints, before the first call; the URL it finds is used from then on, `url` (the
    // Primary Exchange Server's https://<server>/EWS/Exchange.asmx) when it finds none. Empty: `url` as set.
    QString autodiscoverAddress;
    QList<QUrl> autodiscoverUrls;
};

// What EwsConnector::resolveUser looks for, tried in this order: the SMTP address, the alias, "First Last".
struct EwsUserQuery {
    QString smtp;
    QString alias;
    QString firstName;
    QString lastName;
};

// ExchangeConnector over EWS (PROTOCOLS.md B) for Exchange Server 2016 / 2019 / SE. Every request goes
// through the HttpClient with the mailbox as concurrency key (at most 4 in flight per mailbox); the
// HttpClient answers the NTLM / Basic challenge with the account. ErrorServerBusy (SOAP Fault or inline) is
// retried after the server's BackOffMilliseconds; 503 by the HttpClient's RetryPolicy.
class EwsConnector final : public QObject, public ExchangeConnector {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EwsConnector)
public:
    EwsConnector(net::HttpClient *http, Clock *clock, EwsSettings settings, QObject *parent = nullptr);
    ~EwsConnector() override;

    // https://<primaryServer>/EWS/Exchange.asmx; invalid when the server name is empty or not a host name.
    static QUrl defaultUrl(const QString &primaryServer);
    QUrl url() const { return m_settings.url; }
    // The EWS URL to use: at once when the settings name it (found.endpoint empty), else what Autodiscover
    // found (run once and kept; a failed run is tried again by the next call). When Autodiscover finds
    // nothing, the error; calls then go to the fallback `url`, if there is one.
    void resolveUrl(std::function<void(Result<AutodiscoverResult>)> done);

    // EWS has no directory listing: answered with ErrorKind::Unavailable, serverCode "NotSupported". Users
    // are resolved one by one with resolveUser().
    void listUsers(Callback<QList<ExchangeUser>> done) override;
    // ResolveNames (ActiveDirectory): the SMTP address, then the alias, then "First Last". One mailbox: the
    // user (id = primary SMTP address); several: ErrorKind::Conflict naming the candidates; none: NotFound.
    void resolveUser(const EwsUserQuery &query, Callback<ExchangeUser> done);
    // User sync's lookup: each query resolved as resolveUser does (kResolveAtOnce at a time), every candidate
    // answered (several for an ambiguous name: the matcher reports the conflict with their names), a query
    // nothing matches left out. Any other failure fails the whole answer: a user the directory could not be
    // asked about must never look like a user without a mailbox.
    void findUsers(const QList<DirectoryQuery> &wanted, Callback<QList<ExchangeUser>> done) override;
    static constexpr int kResolveAtOnce = 4;

    void getEvent(const QString &mailbox, const QString &eventId, Callback<ExchangeEvent> done) override;
    // SyncFolderItems (IdOnly, <= 512 changes) finds what changed, GetItem (kGetItemBatch per request) reads
    // it, FindItem CalendarView expands changed recurring masters into their occurrences in the window. The
    // cursor is this connector's own (base64 JSON of the SyncState, the window and the items still to read).
    // The first round (empty cursor, or a new window) reads every item in the window.
    void readChanges(const QString &mailbox, const QString &cursor, const QDateTime &windowStartUtc,
                     const QDateTime &windowEndUtc, Callback<ChangePage> done) override;
    void setChangePageSize(int items) { m_pageSize = qBound(1, items, 500); }
    // CreateItem in the mailbox's calendar; invitations (SendToAllAndSaveCopy) only when the event has
    // attendees. The transaction id is stored in an extended property and read back by every read. EWS has
    // no idempotency key: with a transaction id, FindItem looks for an item carrying it first (one round
    // trip more per create) and answers that item when an earlier attempt made it. A CreateItem whose
    // outcome is unknown (reset, timeout, an error page: ErrorKind::Network) is tried again here, up to
    // kCreateAttempts, each time after the look-up; without a transaction id it is never sent twice.
    void createEvent(const QString &mailbox, const ExchangeEvent &event, const QString &transactionId,
                     Callback<ExchangeEvent> done) override;
    // UpdateItem with the ChangeKey and ConflictResolution NeverOverwrite: a stale ChangeKey is
    // ErrorIrresolvableConflict (Conflict). Without a ChangeKey the current one is read first.
    void updateEvent(const QString &mailbox, const ExchangeEvent &event,
                     Callback<ExchangeEvent> done) override;
    // DeleteItem (MoveToDeletedItems, cancellations to attendees as Graph's delete does). EWS's DeleteItem
    // does not check a ChangeKey: with one, the item's current ChangeKey is read first and a different one is
    // Conflict.
    void deleteEvent(const QString &mailbox, const QString &eventId, const QString &changeKey,
                     StatusCallback done) override;
    // CreateItem CancelCalendarItem (SendAndSaveCopy) with the comment as the cancellation's body.
    void cancelEvent(const QString &mailbox, const QString &eventId, const QString &comment,
                     StatusCallback done) override;
    // FindItem CalendarView with MaxEntriesReturned 2.
    void probeCalendar(const QString &mailbox, const QDateTime &fromUtc, const QDateTime &toUtc,
                       Callback<CalendarProbe> done) override;

    // Push subscriptions (ExchangeConnector.h, EWS notes): the id is EWS's SubscriptionId; the watermark and
    // when the server last called are kept here, in memory, and handed out as the resume point (describe(),
    // receivePush()) for the journal. After a restart every id is unknown (NotFound): the caller recreates
    // the subscription with the journal's resume point as SubscriptionRequest::resumeFrom, which Subscribe
    // sends as its Watermark, so Exchange replays what changed meanwhile (resumed); a watermark Exchange
    // refuses (ErrorInvalidWatermark: expired) is dropped and the subscription starts from now (not resumed:
    // the caller reads the mailbox in full).
    void subscribe(const SubscriptionRequest &request, Callback<ChangeSubscription> done) override;
    void getSubscription(const QString &mailbox, const QString &id,
                         Callback<ChangeSubscription> done) override;
    void renewSubscription(const QString &mailbox, const QString &id, const QDateTime &expirationUtc,
                           Callback<ChangeSubscription> done) override;
    void unsubscribe(const QString &mailbox, const QString &id, StatusCallback done) override;

    // The listener's side of a push subscription: the body Exchange POSTed (m:SendNotification). Advances the
    // kept watermark, and answers with the SendNotificationResult to send back (HTTP 200, text/xml): OK for a
    // subscription this connector holds, Unsubscribe for an unknown or unsubscribed one. `mailbox` is set
    // to the subscription's mailbox when the notification carries item events (not just a status ping).
    struct PushAnswer {
        QByteArray body;
        QString subscriptionId;
        QString mailbox;   // the mailbox to read now; empty for a status ping or an unknown subscription
        bool keep = false; // answered OK
        QString watermark; // the subscription's watermark after this call (kept ones only)
    };
    Result<PushAnswer> handleSendNotification(const QByteArray &body);
    // handleSendNotification through the seam (the listener's EWS path).
    Result<PushReceipt> receivePush(const QByteArray &body) override;
    static QByteArray sendNotificationResult(bool keep);

    static constexpr int kGetItemBatch = 10;    // items per GetItem (PROTOCOLS.md B2)
    static constexpr int kMaxSyncChanges = 512; // SyncFolderItems MaxChangesReturned maximum
    static constexpr int kMaxBusyRetries = 4;   // ErrorServerBusy waits before giving up as Throttled
    static constexpr int kCreateAttempts = 3;   // CreateItem attempts with a transaction id (see createEvent)

    // The operation: builds the envelope (impersonating `mailbox` when on), sends it, reads the answer,
    // retries ErrorServerBusy after BackOffMilliseconds. Public for tests of the SOAP layer.
    void call(const QString &mailbox, const QString &operation, const ews::EwsEnvelope::BodyWriter &body,
              bool idempotent, std::function<void(Result<ews::EwsResponse>)> done);

private:
    struct Subscription {
        QString mailbox;
        QString url;
        QString watermark;
        int statusFrequencyMin = 30;
        QDateTime lastHeardUtc;
        bool unsubscribed = false;
    };
    struct ReadState;
    struct CreatedItem {
        QString id;
        QString changeKey;
    };
    // The item of the calendar that carries `transactionId` (a single or series master); nullopt: none.
    void findCreated(const QString &mailbox, const QString &transactionId,
                     std::function<void(Result<std::optional<CreatedItem>>)> done);
    void lookThenCreate(const QString &mailbox, const ExchangeEvent &event, const QString &transactionId,
                        int attempt, Callback<ExchangeEvent> done);
    void sendCreate(const QString &mailbox, const ExchangeEvent &event, const QString &transactionId, int attempt,
                    Callback<ExchangeEvent> done);
    template <typename Done> void failLater(const Done &done, const Error &error)
    {
        QMetaObject::invokeMethod(
            this, [done, error] { done(error); }, Qt::QueuedConnection);
    }
    void send(const QString &mailbox, const QString &operation, const QByteArray &envelope, bool idempotent,
              int busyRetries, std::function<void(Result<ews::EwsResponse>)> done);
    void writeCalendarFolder(QXmlStreamWriter &w, const QString &mailbox, const QString &element) const;
    void getItems(const QString &mailbox, const QStringList &ids,
                  std::function<void(Result<QList<Result<ExchangeEvent>>>)> done);
    void currentChangeKey(const QString &mailbox, const QString &id, Callback<QString> done);
    void resolveMasters(const QString &mailbox, QList<ExchangeEvent> events,
                        std::function<void(Result<QList<ExchangeEvent>>)> done);
    void readEventWithMaster(const QString &mailbox, const QString &id, Callback<ExchangeEvent> done);
    void calendarView(const QString &mailbox, QList<QPair<QDateTime, QDateTime>> ranges,
                      QList<QPair<QString, QString>> found,
                      std::function<void(Result<QList<QPair<QString, QString>>>)> done);
    void syncToEnd(const QString &mailbox, const QString &state, std::function<void(Result<QString>)> done);
    void continueRead(std::shared_ptr<ReadState> state);
    void fetchPage(std::shared_ptr<ReadState> state);
    void finishRead(std::shared_ptr<ReadState> state);
    // The candidates of the first step (address, alias, name) that finds any; NotFound when none does.
    void resolveStep(const EwsUserQuery &query, int step, Callback<QList<ExchangeUser>> done);
    struct DirectoryLookup;
    void lookupNext(const std::shared_ptr<DirectoryLookup> &lookup);
    void pushSubscribe(const QString &mailbox, const QString &url, int statusFrequencyMin,
                       const QString &watermark, Callback<QString> done);
    ChangeSubscription describe(const QString &id, const Subscription &s) const;

    net::HttpClient *m_http;
    Clock *m_clock;
    EwsSettings m_settings;
    // Autodiscover: pending until the first call asks; then under way (m_waiting), then done (m_discovered).
    std::unique_ptr<EwsAutodiscover> m_autodiscover;
    std::optional<Result<AutodiscoverResult>> m_discovered;
    QList<std::function<void(Result<AutodiscoverResult>)>> m_waiting;
    int m_pageSize = 50;
    QHash<QString, Subscription> m_subscriptions; // by SubscriptionId
};

} // namespace cxsync::exchange
