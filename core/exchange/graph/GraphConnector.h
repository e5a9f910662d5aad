#pragma once

#include "exchange/ExchangeConnector.h"
#include "net/HttpClient.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace cxsync::exchange {

class GraphTokenProvider;

// What translateExchangeIds answered: the ids it translated, and those it could not with Graph's reason.
struct GraphIdTranslation {
    QHash<QString, QString> targetBySource;
    QHash<QString, QString> failedBySource; // "<code>: <message>" from errorDetails
};

// ExchangeConnector over Microsoft Graph v1.0 (PROTOCOLS.md A2, A3, A7, A8). Every request goes through the
// HttpClient with the mailbox as concurrency key; a 401 is retried once with a fresh token.
class GraphConnector final : public QObject, public ExchangeConnector {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphConnector)
public:
    // `graphBase` is the versioned root, e.g. https://graph.microsoft.com/v1.0
    GraphConnector(net::HttpClient *http, GraphTokenProvider *tokens, QUrl graphBase,
                   QObject *parent = nullptr);
    ~GraphConnector() override;

    void setUsersPageSize(int top) { m_usersPageSize = top; }

    void listUsers(Callback<QList<ExchangeUser>> done) override;
    void getEvent(const QString &mailbox, const QString &eventId, Callback<ExchangeEvent> done) override;
    // calendarView/delta (PROTOCOLS.md A4, E1): the cursor is the nextLink or deltaLink, followed verbatim;
    // empty starts a round for the window. 410 SyncStateNotFound is cursorExpired.
    void readChanges(const QString &mailbox, const QString &cursor, const QDateTime &windowStartUtc,
                     const QDateTime &windowEndUtc, Callback<ChangePage> done) override;
    void setChangePageSize(int items) { m_changePageSize = items; }
    // The journal's stored ids of `mailbox` become immutable ids, once (GraphIdMigration): every request asks
    // for immutable ids, and a journal written before that holds REST ids. Done already: no request, called
    // back at once (from the event loop); no stored ids: marked done without a request.
    void prepareMailbox(const QString &mailbox, Journal &journal, const QDateTime &nowUtc,
                        StatusCallback done) override;
    void createEvent(const QString &mailbox, const ExchangeEvent &event, const QString &transactionId,
                     Callback<ExchangeEvent> done) override;
    void updateEvent(const QString &mailbox, const ExchangeEvent &event,
                     Callback<ExchangeEvent> done) override;
    void deleteEvent(const QString &mailbox, const QString &eventId, const QString &changeKey,
                     StatusCallback done) override;
    void cancelEvent(const QString &mailbox, const QString &eventId, const QString &comment,
                     StatusCallback done) override;
    // calendarView, at most one item (GraphCalendarProbe.cpp).
    void probeCalendar(const QString &mailbox, const QDateTime &fromUtc, const QDateTime &toUtc,
                       Callback<CalendarProbe> done) override;
    // /subscriptions on the mailbox's events (GraphSubscriptions.cpp).
    void subscribe(const SubscriptionRequest &request, Callback<ChangeSubscription> done) override;
    void getSubscription(const QString &mailbox, const QString &id,
                         Callback<ChangeSubscription> done) override;
    void renewSubscription(const QString &mailbox, const QString &id, const QDateTime &expirationUtc,
                           Callback<ChangeSubscription> done) override;
    void unsubscribe(const QString &mailbox, const QString &id, StatusCallback done) override;

    // POST /users/{mailbox}/translateExchangeIds (PROTOCOLS.md A3, E10): REST ids (restId) to immutable ones
    // (restImmutableEntryId), at most kMaxTranslateIds at once. An answer that names an id not asked for, or
    // a result without targetId or errorDetails, is Invalid naming the field.
    static constexpr int kMaxTranslateIds = 1000;
    void translateIds(const QString &mailbox, const QStringList &restIds, Callback<GraphIdTranslation> done);

    // Sends `request` with a bearer token; on 401 fetches a new token and tries once more. Every request gets
    // (prepare()) a client-request-id and Prefer: IdType="ImmutableId"; a failure's message names the
    // client-request-id (and Graph's request-id), and is logged with it, so that an admin can quote them.
    void send(net::HttpRequest request, net::HttpClient::Callback done);
    // Graph etiquette for one request, added only where the request does not set them itself:
    // - client-request-id: a fresh GUID for the logical request. Retries (the HttpClient's, and send()'s
    //   once after a 401) go out with the same one, as the Graph SDKs' telemetry handler does (it adds one
    //   only if absent), so one id covers every attempt of an operation in Microsoft's logs;
    // - Prefer: IdType="ImmutableId" (PROTOCOLS.md A3, E10): ids that stay the same when Outlook moves an
    //   item to another folder, in responses, delta pages and (when the subscription is created with it)
    //   change notifications. It is added next to the request's own Prefer values; the HttpClient sends all
    //   of them as one Prefer line (E11: a second header of the same name must not replace the first).
    // User-Agent is the HttpClient's (HttpClient::defaultUserAgent()).
    static void prepare(net::HttpRequest &request);
    static constexpr const char *kImmutableIdPreference = "IdType=\"ImmutableId\"";
    // The Prefer header of a request that wants immutable ids and `extra` preferences (e.g.
    // "odata.maxpagesize=50", "outlook.timezone=\"UTC\""), as one header; also for $batch members.
    static QPair<QByteArray, QByteArray> preferHeader(const QList<QByteArray> &extra = {});
    // The client-request-id a request carries (empty if none).
    static QByteArray clientRequestId(const net::HeaderList &headers);
    // `error` with the client-request-id appended to its message, for the admin to quote to Microsoft.
    static Error withClientRequestId(Error error, const QByteArray &clientRequestId);
    QUrl graphBase() const { return m_base; }
    // {base}/users/{mailbox}{suffix}
    QUrl mailboxUrl(const QString &mailbox, const QString &suffix) const;

    // Server JSON <-> types. Every field used is checked: a missing id, an unparsable dateTime or an unknown
    // zone gives ErrorKind::Invalid naming the field and the item.
    static Result<ExchangeEvent> parseEvent(const QJsonObject &json);
    static Result<ExchangeUser> parseUser(const QJsonObject &json);
    // Writable fields; start/end in event.timeZone (a Windows name; empty = UTC).
    static Result<QJsonObject> eventToJson(const ExchangeEvent &event);
    // Graph dateTime ("2026-04-15T12:00:00.0000000", optional Z) in a zone (Windows or IANA name) -> UTC.
    static Result<QDateTime> parseDateTimeTimeZone(const QJsonValue &value, const QString &field,
                                                   const QString &item);
    static Result<QDateTime> parseUtcStamp(const QString &text, const QString &field, const QString &item);
    // The typed error for a failed write of an item (also a $batch member): HttpClient's mapping by status
    // and Graph code, with a 412 (If-Match no longer matching) always Conflict "ErrorIrresolvableConflict".
    static Error writeError(const Error &httpError);

private:
    // An argument error answered as every call answers: once, from the event loop, never inside the call.
    template <typename Done> void failLater(const Done &done, const Error &error)
    {
        QMetaObject::invokeMethod(
            this, [done, error] { done(error); }, Qt::QueuedConnection);
    }

    void attempt(net::HttpRequest request, net::HttpClient::Callback done, bool retried);
    void fetchUsers(QUrl url, QList<ExchangeUser> users, Callback<QList<ExchangeUser>> done);

    net::HttpClient *m_http;
    GraphTokenProvider *m_tokens;
    QUrl m_base;
    int m_changePageSize = 50;
    int m_usersPageSize = 999;
};

} // namespace cxsync::exchange
