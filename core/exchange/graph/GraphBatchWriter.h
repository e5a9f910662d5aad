#pragma once

#include "Clock.h"
#include "Result.h"
#include "exchange/ExchangeTypes.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>

namespace cxsync::net {
class HttpClient;
}

namespace cxsync::exchange {

class GraphConnector;

// One event write in a bulk job.
struct GraphEventWrite {
    enum class Kind { Create, Update, Delete };
    Kind kind = Kind::Create;
    // Create/Update: the fields written (as GraphConnector::eventToJson renders them). Update/Delete:
    // event.id; a non-empty event.changeKey is sent as If-Match, so the write only succeeds on that version.
    ExchangeEvent event;
    // Create: the idempotency key. With it a member that is retried never creates a second event.
    QString transactionId;

    static GraphEventWrite create(const ExchangeEvent &event, const QString &transactionId);
    static GraphEventWrite update(const ExchangeEvent &event);
    static GraphEventWrite remove(const QString &eventId, const QString &changeKey = QString());
};

// Bulk event writes for one mailbox through Graph JSON batching (PROTOCOLS.md A6, A7).
//
// The writes go out as POST {base}/$batch envelopes of at most 20 members. Each envelope takes one mailbox
// slot per member in the HttpClient's limiter (capped at its limit), because Outlook counts batch members
// against the 4 concurrent requests per mailbox. The envelope is sent through GraphConnector::send, so a 401
// fetches a new token and tries once more, and the HttpClient retries a throttled envelope.
//
// Members fail individually. Those that failed transiently (429, 503, and 504 when the member is idempotent:
// a create with transactionId, an update with If-Match, a delete) are collected and, once every envelope of
// the round has answered, sent again together after the longest wait any of them needs: its Retry-After when
// given (honoured exactly), otherwise the RetryPolicy's jittered backoff. Every member gets at most the
// policy's maxAttempts attempts. Waits run on the injected Clock.
//
// Results come back in input order, one per write: the event as Graph returned it (create/update), or for a
// delete an event carrying only its id with removed = true; failures are typed errors mapped as
// GraphConnector maps them (412 = Conflict "ErrorIrresolvableConflict", 404 = NotFound, 429 = Throttled...).
// The callback runs once, from the event loop, never inside write(). Destroying the writer drops its jobs
// without calling back.
class GraphBatchWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphBatchWriter)
public:
    using Done = std::function<void(QList<Result<ExchangeEvent>>)>;
    static constexpr int kMaxMembers = 20; // Graph's limit per $batch

    GraphBatchWriter(GraphConnector *connector, net::HttpClient *http, Clock *clock,
                     QObject *parent = nullptr);
    ~GraphBatchWriter() override;

    void write(const QString &mailbox, const QList<GraphEventWrite> &writes, Done done);
    // Per attempt of one envelope (default 60 s: up to 20 members, at most 4 of them running at a time).
    void setBatchTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }

Q_SIGNALS:
    // `members` members failed transiently in round `round` and go out again in `delayMs`.
    void retryScheduled(int round, int members, qint64 delayMs);

private:
    struct Member;
    struct Job;
    void startRound(quint64 jobId);
    void sendBatch(quint64 jobId, const QList<int> &indices);
    void onBatch(quint64 jobId, const QList<int> &indices, const Result<QByteArray> &body);
    void onMember(Member &member, const QJsonObject &response) const;
    void endRound(quint64 jobId);
    void finish(quint64 jobId);

    GraphConnector *m_connector;
    net::HttpClient *m_http;
    Clock *m_clock;
    int m_timeoutMs = 60000;
    quint64 m_nextJob = 1;
    std::map<quint64, std::unique_ptr<Job>> m_jobs;
};

} // namespace cxsync::exchange
