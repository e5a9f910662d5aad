#pragma once

#include "exchange/ExchangeConnector.h"
#include "net/HttpClient.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace cxsync::exchange {

class GraphTokenProvider;

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
    void createEvent(const QString &mailbox, const ExchangeEvent &event, const QString &transactionId,
                     Callback<ExchangeEvent> done) override;
    void updateEvent(const QString &mailbox, const ExchangeEvent &event,
                     Callback<ExchangeEvent> done) override;
    void deleteEvent(const QString &mailbox, const QString &eventId, const QString &changeKey,
                     StatusCallback done) override;
    void cancelEvent(const QString &mailbox, const QString &eventId, const QString &comment,
                     StatusCallback done) override;

    // Sends `request` with a bearer token; on 401 fetches a new token and tries once more.
    void send(net::HttpRequest request, net::HttpClient::Callback done);
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
    void attempt(net::HttpRequest request, net::HttpClient::Callback done, bool retried);
    void fetchUsers(QUrl url, QList<ExchangeUser> users, Callback<QList<ExchangeUser>> done);

    net::HttpClient *m_http;
    GraphTokenProvider *m_tokens;
    QUrl m_base;
    int m_changePageSize = 50;
    int m_usersPageSize = 999;
};

} // namespace cxsync::exchange
