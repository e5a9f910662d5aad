#include "HttpSandbox.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcSandboxHttp, "cxsync.sandbox.http", QtWarningMsg)

namespace cxsync::sandbox {

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 412:
        return "Precondition Failed";
    case 415:
        return "Unsupported Media Type";
    case 424:
        return "Failed Dependency";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

// ---- request ------------------------------------------------------------------------------------------

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<QByteArray> SandboxRequest::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values;
}

QJsonDocument SandboxRequest::json(QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (error)
        *error = doc.isNull() ? parseError.errorString() : QString();
    return doc;
}

// ---- reply --------------------------------------------------------------------------------------------

struct Reply::State {
    QPointer<QTcpSocket> socket;
    bool keepAlive = true;
    bool sent = false;
    std::optional<FaultKind> mangle; // malformed or truncated body
    qint64 clockOffsetSecs = 0;      // added to the Date header
    QList<std::function<void(int)>> finished;
};

namespace {
// IMF-fixdate (RFC 9110 5.6.7), e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}
} // namespace

void Reply::send(int status, const QByteArray &body, const QByteArray &contentType,
                 const HeaderList &headers) const
{
    if (!d || d->sent)
        return;
    d->sent = true;
    QByteArray payload = body;
    qint64 declaredLength = payload.size();
    if (d->mangle == FaultKind::ResetAfterApply) {
        // the server acted; the client never learns the outcome
        if (QTcpSocket *socket = d->socket)
            socket->abort();
        payload.clear();
    } else if (d->mangle == FaultKind::MalformedJson && status < 300) {
        payload = "{\"value\": [ {\"id\": \"AAMk" + QByteArray(40, '=') + "\", <html>";
        declaredLength = payload.size();
    } else if (d->mangle == FaultKind::TruncatedBody) {
        payload.truncate(payload.size() / 2);
        if (declaredLength == payload.size())
            declaredLength += 16; // an empty body still promises bytes that never come
    }
    if (QTcpSocket *socket = d->socket; socket && socket->state() == QAbstractSocket::ConnectedState) {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status) + "\r\n";
        bool hasContentType = false;
        for (const auto &[key, value] : headers) {
            head += key + ": " + value + "\r\n";
            if (key.compare("Content-Type", Qt::CaseInsensitive) == 0)
                hasContentType = true;
        }
        if (!hasContentType && !contentType.isEmpty() && status != 204)
            head += "Content-Type: " + contentType + "\r\n";
        head += "Date: " + httpDate(QDateTime::currentDateTimeUtc().addSecs(d->clockOffsetSecs)) + "\r\n";
        if (status != 204)
            head += "Content-Length: " + QByteArray::number(declaredLength) + "\r\n";
        const bool close = !d->keepAlive || d->mangle == FaultKind::TruncatedBody;
        head += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
        head += "\r\n";
        socket->write(head);
        if (status != 204)
            socket->write(payload);
        if (close)
            socket->disconnectFromHost();
    }
    const auto callbacks = d->finished;
    d->finished.clear();
    for (const auto &cb : callbacks)
        cb(status);
}

void Reply::json(int status, const QJsonDocument &document, const HeaderList &headers) const
{
    send(status, document.toJson(QJsonDocument::Compact),
         "application/json; odata.metadata=minimal; charset=utf-8", headers);
}

void Reply::json(int status, const QJsonObject &object, const HeaderList &headers) const
{
    json(status, QJsonDocument(object), headers);
}

void Reply::empty(int status, const HeaderList &headers) const
{
    send(status, QByteArray(), QByteArray(), headers);
}

bool Reply::isSent() const
{
    return d && d->sent;
}

void Reply::onFinished(std::function<void(int)> callback) const
{
    if (!d)
        return;
    if (d->sent) {
        callback(0);
        return;
    }
    d->finished.append(std::move(callback));
}

// ---- server -------------------------------------------------------------------------------------------

HttpSandbox::HttpSandbox(QObject *parent) : QAbstractHttpServer(parent) {}

HttpSandbox::~HttpSandbox() = default;

void HttpSandbox::route(const QString &method, const QString &pathPattern, Handler handler)
{
    m_routes.append({method.toUpper(), QRegularExpression(QRegularExpression::anchoredPattern(pathPattern)),
                     std::move(handler)});
}

bool HttpSandbox::listenLoopback(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
    return m_port != 0;
}

QUrl HttpSandbox::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QJsonObject HttpSandbox::errorBody(int status, const QString &code, const QString &message) const
{
    if (m_errorFormatter)
        return m_errorFormatter(status, code, message);
    return QJsonObject{{QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

void HttpSandbox::sendError(const Reply &reply, int status, const QString &code, const QString &message,
                            const HeaderList &headers) const
{
    reply.json(status, errorBody(status, code, message), headers);
}

bool HttpSandbox::handleRequest(const QHttpServerRequest &raw, QTcpSocket *socket)
{
    ++m_requests;
    SandboxRequest request;
    switch (raw.method()) {
    case QHttpServerRequest::Method::Get:
        request.method = QStringLiteral("GET");
        break;
    case QHttpServerRequest::Method::Post:
        request.method = QStringLiteral("POST");
        break;
    case QHttpServerRequest::Method::Put:
        request.method = QStringLiteral("PUT");
        break;
    case QHttpServerRequest::Method::Patch:
        request.method = QStringLiteral("PATCH");
        break;
    case QHttpServerRequest::Method::Delete:
        request.method = QStringLiteral("DELETE");
        break;
    case QHttpServerRequest::Method::Head:
        request.method = QStringLiteral("HEAD");
        break;
    case QHttpServerRequest::Method::Options:
        request.method = QStringLiteral("OPTIONS");
        break;
    default:
        request.method = QStringLiteral("OTHER");
        break;
    }
    request.url = raw.url();
    request.path = raw.url().path(QUrl::FullyDecoded);
    request.query = raw.query();
    request.body = raw.body();
    request.headers = raw.headers();
    request.peer = raw.remoteAddress();
    request.connection = socket;

    Reply reply;
    reply.d = std::make_shared<Reply::State>();
    reply.d->socket = socket;
    reply.d->clockOffsetSecs = m_clockOffsetSecs;
    reply.d->keepAlive = raw.value("Connection").compare("close", Qt::CaseInsensitive) != 0;
    const QString method = request.method;
    const QString path = request.path;
    QPointer<HttpSandbox> self(this);
    reply.onFinished([self, method, path](int status) {
        if (self)
            Q_EMIT self->served(method, path, status);
    });

    if (const auto fault =
            m_faults.decide(request.method, request.path, request.query.toString(QUrl::FullyDecoded))) {
        applyFault(*fault, request, reply);
        return true;
    }
    if (m_latencyMs > 0) {
        QTimer::singleShot(m_latencyMs, this, [this, request, reply] { dispatch(request, reply); });
        return true;
    }
    dispatch(request, reply);
    return true;
}

void HttpSandbox::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest() answers every request (404 included), so this is never reached.
}

void HttpSandbox::applyFault(const FaultDecision &fault, const SandboxRequest &request, const Reply &reply)
{
    qCInfo(lcSandboxHttp) << "fault" << faultKindName(fault.kind) << request.method << request.path;
    if (m_faultResponder && m_faultResponder(fault, request, reply))
        return;
    switch (fault.kind) {
    case FaultKind::TooManyRequests:
        sendError(reply, 429, QStringLiteral("TooManyRequests"), QStringLiteral("Please retry again later."),
                  {{"Retry-After", fault.retryAfter.toLatin1()}});
        return;
    case FaultKind::ServiceUnavailable: {
        HeaderList headers;
        if (!fault.retryAfter.isEmpty())
            headers.append({"Retry-After", fault.retryAfter.toLatin1()});
        sendError(reply, 503, QStringLiteral("serviceNotAvailable"),
                  QStringLiteral("The service is temporarily unavailable. Please retry later."), headers);
        return;
    }
    case FaultKind::ServerBusy:
        sendError(reply, 500, QStringLiteral("ErrorServerBusy"),
                  QStringLiteral("The server cannot service this request right now. Try again later."));
        return;
    case FaultKind::GatewayTimeout:
        sendError(reply, 504, QStringLiteral("gatewayTimeout"),
                  QStringLiteral("The gateway did not receive a timely response."));
        return;
    case FaultKind::ConnectionReset:
        if (reply.d->socket)
            reply.d->socket->abort();
        reply.d->sent = true;
        return;
    case FaultKind::Stall:
        QTimer::singleShot(static_cast<int>(fault.seconds * 1000), this,
                           [this, request, reply] { dispatch(request, reply); });
        return;
    case FaultKind::MalformedJson:
    case FaultKind::TruncatedBody:
    case FaultKind::ResetAfterApply:
        reply.d->mangle = fault.kind;
        dispatch(request, reply);
        return;
    }
}

void HttpSandbox::dispatch(const SandboxRequest &incoming, const Reply &reply)
{
    if (reply.isSent())
        return;
    bool pathMatched = false;
    for (const Route &route : std::as_const(m_routes)) {
        const auto match = route.pattern.match(incoming.path);
        if (!match.hasMatch())
            continue;
        pathMatched = true;
        if (route.method != incoming.method)
            continue;
        SandboxRequest request = incoming;
        for (int i = 1; i <= match.lastCapturedIndex(); ++i)
            request.captures.append(match.captured(i));
        route.handler(request, reply);
        return;
    }
    if (pathMatched)
        sendError(
            reply, 405, QStringLiteral("BadRequest"),
            QStringLiteral("The HTTP method '%1' is not supported for this resource.").arg(incoming.method));
    else
        sendError(reply, 404, QStringLiteral("BadRequest"),
                  QStringLiteral("Resource not found for the segment '%1'.")
                      .arg(incoming.path.section(QLatin1Char('/'), -1)));
}

} // namespace cxsync::sandbox
