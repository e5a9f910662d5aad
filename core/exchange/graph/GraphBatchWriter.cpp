#include "exchange/graph/GraphBatchWriter.h"

#include "exchange/graph/GraphConnector.h"
#include "net/HttpClient.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QUuid>

#include <algorithm>
#include <optional>
#include <vector>

Q_LOGGING_CATEGORY(lcGraphBatch, "cxsync.exchange.graph.batch", QtInfoMsg)

namespace cxsync::exchange {

namespace {

const QString kJson = QStringLiteral("application/json");

Error invalid(const QString &message, const QString &field)
{
    return makeError(ErrorKind::Invalid, message, field);
}

QString pathSegment(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, QByteArrayLiteral("@")));
}

} // namespace

GraphEventWrite GraphEventWrite::create(const ExchangeEvent &event, const QString &transactionId)
{
    GraphEventWrite write;
    write.kind = Kind::Create;
    write.event = event;
    write.transactionId = transactionId;
    return write;
}

GraphEventWrite GraphEventWrite::update(const ExchangeEvent &event)
{
    GraphEventWrite write;
    write.kind = Kind::Update;
    write.event = event;
    return write;
}

GraphEventWrite GraphEventWrite::remove(const QString &eventId, const QString &changeKey)
{
    GraphEventWrite write;
    write.kind = Kind::Delete;
    write.event.id = eventId;
    write.event.changeKey = changeKey;
    return write;
}

struct GraphBatchWriter::Member {
    GraphEventWrite write;
    QString id;          // the member id in the envelope: input position + 1, the same in every round
    QJsonObject request; // {id, method, url, headers, body}
    bool idempotent = false;
    int attempts = 0;
    std::optional<Result<ExchangeEvent>> result;
    // The latest transient failure: decided on when the round ends.
    bool retryPending = false;
    int failedStatus = 0;
    QByteArray failedBody;
    QByteArray retryAfter;
    bool mayHaveActed = false; // a 504 came back: the server may have carried the write out
    // The client-request-id of the envelope that carried the latest attempt: Graph logs the members under
    // it, so a member's failure names it.
    QByteArray clientRequestId;
};

struct GraphBatchWriter::Job {
    QString mailbox;
    std::vector<Member> members;
    Done done;
    int round = 0;
    int outstanding = 0; // envelopes of this round still unanswered
    qint64 lastDelayMs = 0;
    std::unique_ptr<QObject> waitGuard; // context of the scheduled next round
};

GraphBatchWriter::GraphBatchWriter(GraphConnector *connector, net::HttpClient *http, Clock *clock,
                                   QObject *parent)
    : QObject(parent), m_connector(connector), m_http(http), m_clock(clock)
{
}

GraphBatchWriter::~GraphBatchWriter() = default;

void GraphBatchWriter::write(const QString &mailbox, const QList<GraphEventWrite> &writes, Done done)
{
    auto job = std::make_unique<Job>();
    job->mailbox = mailbox;
    job->done = std::move(done);
    const QString base = QStringLiteral("/users/") + pathSegment(mailbox) + QStringLiteral("/events");
    for (int i = 0; i < writes.size(); ++i) {
        Member m;
        m.write = writes.at(i);
        m.id = QString::number(i + 1);
        const ExchangeEvent &event = m.write.event;
        // Headers of the envelope are not the members': each member asks for immutable ids itself.
        QJsonObject headers;
        headers.insert(QStringLiteral("Prefer"), QString::fromLatin1(GraphConnector::kImmutableIdPreference));
        QJsonObject request{{QStringLiteral("id"), m.id}};
        if (mailbox.isEmpty()) {
            m.result = invalid(tr("No mailbox given for the batch."), QStringLiteral("mailbox"));
        } else if (m.write.kind == GraphEventWrite::Kind::Create) {
            Result<QJsonObject> body = GraphConnector::eventToJson(event);
            if (!body.ok()) {
                m.result = body.error();
            } else {
                QJsonObject json = body.value();
                if (!m.write.transactionId.isEmpty())
                    json.insert(QStringLiteral("transactionId"), m.write.transactionId);
                request.insert(QStringLiteral("method"), QStringLiteral("POST"));
                request.insert(QStringLiteral("url"), base);
                request.insert(QStringLiteral("body"), json);
                headers.insert(QStringLiteral("Content-Type"), kJson);
                m.idempotent = !m.write.transactionId.isEmpty();
            }
        } else if (event.id.isEmpty()) {
            m.result = invalid(tr("No event id given."), QStringLiteral("id"));
        } else {
            request.insert(QStringLiteral("url"), base + QLatin1Char('/') + pathSegment(event.id));
            if (!event.changeKey.isEmpty())
                headers.insert(QStringLiteral("If-Match"), QStringLiteral("W/\"%1\"").arg(event.changeKey));
            if (m.write.kind == GraphEventWrite::Kind::Delete) {
                request.insert(QStringLiteral("method"), QStringLiteral("DELETE"));
                m.idempotent = true;
            } else {
                Result<QJsonObject> body = GraphConnector::eventToJson(event);
                if (!body.ok()) {
                    m.result = body.error();
                } else {
                    request.insert(QStringLiteral("method"), QStringLiteral("PATCH"));
                    request.insert(QStringLiteral("body"), body.value());
                    headers.insert(QStringLiteral("Content-Type"), kJson);
                    // absolute values with If-Match: a repeated write fails on the changeKey instead of
                    // applying twice
                    m.idempotent = !event.changeKey.isEmpty();
                }
            }
        }
        request.insert(QStringLiteral("headers"), headers);
        m.request = request;
        job->members.push_back(std::move(m));
    }
    const quint64 id = m_nextJob++;
    m_jobs.emplace(id, std::move(job));
    QMetaObject::invokeMethod(
        this, [this, id] { startRound(id); }, Qt::QueuedConnection);
}

void GraphBatchWriter::startRound(quint64 jobId)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    job.waitGuard.reset();
    ++job.round;
    QList<int> pending;
    for (int i = 0; i < static_cast<int>(job.members.size()); ++i) {
        if (!job.members[static_cast<size_t>(i)].result)
            pending.append(i);
    }
    if (pending.isEmpty())
        return finish(jobId);
    QList<QList<int>> chunks;
    for (int start = 0; start < pending.size(); start += kMaxMembers)
        chunks.append(pending.mid(start, kMaxMembers));
    job.outstanding = static_cast<int>(chunks.size());
    for (const QList<int> &chunk : chunks)
        sendBatch(jobId, chunk);
}

void GraphBatchWriter::sendBatch(quint64 jobId, const QList<int> &indices)
{
    Job &job = *m_jobs.at(jobId);
    QJsonArray requests;
    bool idempotent = true;
    const QByteArray clientRequestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    for (int index : indices) {
        Member &m = job.members[static_cast<size_t>(index)];
        ++m.attempts;
        m.clientRequestId = clientRequestId;
        idempotent = idempotent && m.idempotent;
        requests.append(m.request);
    }
    QUrl url = m_connector->graphBase();
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/$batch"));
    net::HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.headers = {{QByteArrayLiteral("Content-Type"), kJson.toLatin1()},
                       {QByteArrayLiteral("Accept"), kJson.toLatin1()},
                       {QByteArrayLiteral("client-request-id"), clientRequestId}};
    request.body =
        QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson(QJsonDocument::Compact);
    request.mailbox = job.mailbox;
    request.slots = std::min(static_cast<int>(indices.size()), m_http->limiter().limit());
    // The envelope may be sent again (by the HttpClient, on 429/503/504) only if every member may.
    request.idempotent = idempotent;
    request.timeoutMs = m_timeoutMs;
    request.label = QStringLiteral("graph.batch");
    QPointer<GraphBatchWriter> self(this);
    m_connector->send(request, [self, jobId, indices](Result<net::HttpResponse> result) {
        if (!self)
            return;
        if (!result.ok())
            return self->onBatch(jobId, indices, result.error());
        self->onBatch(jobId, indices, result.value().body);
    });
}

void GraphBatchWriter::onBatch(quint64 jobId, const QList<int> &indices, const Result<QByteArray> &body)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    Job &job = *it->second;
    auto failAll = [&](const Error &error) {
        for (int index : indices)
            job.members[static_cast<size_t>(index)].result = error;
    };
    if (!body.ok()) {
        failAll(body.error());
    } else {
        QJsonParseError parseError{};
        const QJsonDocument doc = QJsonDocument::fromJson(body.value(), &parseError);
        const QJsonValue responses = doc.object().value(QLatin1String("responses"));
        if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !responses.isArray()) {
            failAll(invalid(tr("Graph answered a $batch request without a \"responses\" list."),
                            QStringLiteral("responses")));
        } else {
            QHash<QString, QJsonObject> byId;
            for (const QJsonValue &value : responses.toArray()) {
                const QJsonValue id = value.toObject().value(QLatin1String("id"));
                const QString key = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
                if (!key.isEmpty() && !byId.contains(key))
                    byId.insert(key, value.toObject());
            }
            for (int index : indices) {
                Member &m = job.members[static_cast<size_t>(index)];
                const auto found = byId.constFind(m.id);
                if (found == byId.constEnd())
                    m.result = invalid(tr("Graph's $batch answer has no response for request %1.").arg(m.id),
                                       QStringLiteral("responses.id"));
                else
                    onMember(m, found.value());
            }
        }
    }
    if (--job.outstanding == 0)
        endRound(jobId);
}

void GraphBatchWriter::onMember(Member &m, const QJsonObject &response) const
{
    const QJsonValue statusValue = response.value(QLatin1String("status"));
    const int status = statusValue.isDouble() ? statusValue.toInt() : 0;
    if (status < 100 || status > 599) {
        m.result = invalid(tr("Graph answered $batch request %1 without a valid status.").arg(m.id),
                           QStringLiteral("responses.status"));
        return;
    }
    QByteArray retryAfter;
    const QJsonObject headers = response.value(QLatin1String("headers")).toObject();
    for (auto h = headers.begin(); h != headers.end(); ++h) {
        if (h.key().compare(QLatin1String("Retry-After"), Qt::CaseInsensitive) != 0)
            continue;
        retryAfter =
            h.value().isDouble() ? QByteArray::number(h.value().toDouble()) : h.value().toString().toUtf8();
    }
    // JSON bodies come as objects; anything else as a string.
    const QJsonValue bodyValue = response.value(QLatin1String("body"));
    QJsonObject body = bodyValue.toObject();
    if (bodyValue.isString())
        body = QJsonDocument::fromJson(bodyValue.toString().toUtf8()).object();
    const QByteArray bodyBytes =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);

    const bool isDelete = m.write.kind == GraphEventWrite::Kind::Delete;
    // A delete whose earlier attempt got a 504 may have been carried out then: gone is what was asked for.
    if (status < 300 || (isDelete && status == 404 && m.mayHaveActed)) {
        if (isDelete) {
            ExchangeEvent removed;
            removed.id = m.write.event.id;
            removed.removed = true;
            m.result = removed;
        } else if (body.isEmpty()) {
            m.result = invalid(tr("Graph answered $batch request %1 with HTTP %2 but without the event.")
                                   .arg(m.id)
                                   .arg(status),
                               QStringLiteral("responses.body"));
        } else {
            m.result = GraphConnector::parseEvent(body);
        }
        return;
    }
    net::AttemptOutcome outcome;
    outcome.httpStatus = status;
    outcome.retryAfter = retryAfter;
    outcome.idempotent = m.idempotent;
    if (m_http->retryPolicy().isTransient(outcome)) {
        m.retryPending = true;
        m.failedStatus = status;
        m.failedBody = bodyBytes;
        m.retryAfter = retryAfter;
        m.mayHaveActed = m.mayHaveActed || status == 504;
        return;
    }
    m.result =
        GraphConnector::withClientRequestId(GraphConnector::writeError(net::HttpClient::errorForResponse(
                                                status, bodyBytes, m_connector->graphBase())),
                                            m.clientRequestId);
}

void GraphBatchWriter::endRound(quint64 jobId)
{
    Job &job = *m_jobs.at(jobId);
    net::RetryPolicy &policy = m_http->retryPolicy();
    const QDateTime now = m_clock->nowUtc();
    qint64 delay = 0;
    int retrying = 0;
    for (Member &m : job.members) {
        if (!m.retryPending)
            continue;
        m.retryPending = false;
        net::AttemptOutcome outcome;
        outcome.httpStatus = m.failedStatus;
        outcome.retryAfter = m.retryAfter;
        outcome.idempotent = m.idempotent;
        const net::RetryDecision decision = policy.decide(outcome, m.attempts, job.lastDelayMs, now);
        if (decision.retry) {
            delay = std::max(delay, decision.delayMs);
            ++retrying;
            continue;
        }
        Error error = GraphConnector::writeError(
            net::HttpClient::errorForResponse(m.failedStatus, m.failedBody, m_connector->graphBase()));
        if (m.attempts > 1)
            error.message += QLatin1Char(' ') + tr("(gave up after %n attempts)", nullptr, m.attempts);
        m.result = GraphConnector::withClientRequestId(error, m.clientRequestId);
    }
    if (retrying == 0)
        return finish(jobId);
    qCInfo(lcGraphBatch).noquote() << "retrying" << retrying << "batch members for" << job.mailbox << "in"
                                   << delay << "ms after round" << job.round;
    job.lastDelayMs = delay;
    job.waitGuard = std::make_unique<QObject>();
    const int round = job.round;
    m_clock->schedule(delay, job.waitGuard.get(), [this, jobId] { startRound(jobId); });
    Q_EMIT retryScheduled(round, retrying, delay);
}

void GraphBatchWriter::finish(quint64 jobId)
{
    const auto it = m_jobs.find(jobId);
    if (it == m_jobs.end())
        return;
    std::unique_ptr<Job> job = std::move(it->second);
    m_jobs.erase(it);
    QList<Result<ExchangeEvent>> results;
    results.reserve(static_cast<qsizetype>(job->members.size()));
    for (Member &m : job->members)
        results.append(m.result ? std::move(*m.result)
                                : Result<ExchangeEvent>(makeError(ErrorKind::Cancelled, tr("Not sent."))));
    if (job->done)
        job->done(std::move(results));
}

} // namespace cxsync::exchange
