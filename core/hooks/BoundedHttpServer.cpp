#include "hooks/BoundedHttpServer.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>
#include <memory>

namespace cxsync {

namespace {

constexpr qint64 kReadChunk = 64 * 1024;        // what is taken from the socket at a time
constexpr qint64 kMaxUnsentBytes = 1024 * 1024; // answers a client does not read (pipelining without reading)

} // namespace

struct BoundedHttpServer::Connection final : QObject {
    Connection(QTcpSocket *s, const HttpRequestReader::Limits &limits, QObject *parent)
        : QObject(parent), socket(s), reader(limits)
    {
        socket->setParent(this);
    }

    QTcpSocket *socket;
    HttpRequestReader reader;
    Phase phase = Phase::FirstRequest;
    quint64 generation = 0;
    std::unique_ptr<QObject> deadline; // context of the phase's timeout: replacing it cancels the old one
};

BoundedHttpServer::BoundedHttpServer(Clock *clock, Limits limits, Handler handler, QObject *parent)
    : QTcpServer(parent), m_clock(clock), m_limits(limits), m_handler(std::move(handler))
{
    // Qt's default backlog of 50 leaves a burst of connections waiting in the kernel (their final ACK is
    // dropped, the client thinks it is connected) for seconds, refused or not: they should meet the limit
    // here.
    setListenBacklogSize(std::max(50, m_limits.maxConnections + 64));
}

BoundedHttpServer::~BoundedHttpServer()
{
    close();
    for (Connection *c : std::as_const(m_open)) {
        c->deadline.reset();
        c->socket->disconnect(this);
        c->socket->abort();
    }
}

void BoundedHttpServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
}

QByteArray BoundedHttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 414:
        return QByteArrayLiteral("URI Too Long");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    default:
        return QByteArrayLiteral("Status");
    }
}

void BoundedHttpServer::incomingConnection(qintptr handle)
{
    if (m_open.size() >= m_limits.maxConnections)
        return refuseConnection(handle);
    QTcpSocket *socket = isTls() ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    const HttpRequestReader::Limits readerLimits{m_limits.maxHeaderBytes, m_limits.maxBodyBytes};
    auto *c = new Connection(socket, readerLimits, this);
    m_open.insert(c);
    // Qt reads no further ahead than this: a client that sends faster than we parse waits in TCP.
    socket->setReadBufferSize(kReadChunk);
    connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadable(c); });
    connect(socket, &QTcpSocket::disconnected, this, [this, c] { drop(c); });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, c](QAbstractSocket::SocketError) {
        if (c->socket->state() == QAbstractSocket::UnconnectedState)
            drop(c);
    });
    arm(c, Phase::FirstRequest, m_limits.headerTimeoutMs); // the TLS handshake counts
    if (auto *tls = qobject_cast<QSslSocket *>(socket)) {
        tls->setLocalCertificate(m_certificate);
        tls->setPrivateKey(m_key);
        tls->setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
        tls->startServerEncryption();
    }
}

void BoundedHttpServer::refuseConnection(qintptr handle)
{
    Q_EMIT refused(503, tr("more than %1 connections at once").arg(m_limits.maxConnections));
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (isTls()) { // an answer would need a handshake first: not for a connection that is not served
        socket->abort();
        socket->deleteLater();
        return;
    }
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->write("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Length: 0\r\n"
                  "Connection: close\r\n\r\n");
    socket->disconnectFromHost(); // after the answer is written
    m_clock->schedule(m_limits.lingerMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

void BoundedHttpServer::arm(Connection *c, Phase phase, int timeoutMs)
{
    c->phase = phase;
    c->deadline = std::make_unique<QObject>();
    const quint64 generation = ++c->generation;
    m_clock->schedule(timeoutMs, c->deadline.get(), [this, c, generation] { onTimeout(c, generation); });
}

void BoundedHttpServer::onTimeout(Connection *c, quint64 generation)
{
    if (!m_open.contains(c) || c->generation != generation)
        return;
    switch (c->phase) {
    case Phase::FirstRequest:
        if (!c->reader.hasStarted()) {
            Q_EMIT refused(0, tr("no request within %1 ms of connecting").arg(m_limits.headerTimeoutMs));
            return drop(c);
        }
        [[fallthrough]];
    case Phase::Request:
        Q_EMIT refused(
            408, tr("the request's header fields did not arrive within %1 ms").arg(m_limits.headerTimeoutMs));
        return respondAndClose(c, {408, {}, {}});
    case Phase::Body:
        Q_EMIT refused(408, tr("the request body did not arrive within %1 ms").arg(m_limits.bodyTimeoutMs));
        return respondAndClose(c, {408, {}, {}});
    case Phase::Idle:    // a kept-alive connection nobody uses: closed without a word, as is usual
    case Phase::Closing: // the answer is out (or the client does not read it)
        return drop(c);
    }
}

void BoundedHttpServer::onReadable(Connection *c)
{
    while (m_open.contains(c) && c->socket->bytesAvailable() > 0) {
        if (c->phase == Phase::Closing) { // input after a final answer is read and dropped
            c->socket->skip(c->socket->bytesAvailable());
            continue;
        }
        const QByteArray chunk = c->socket->read(kReadChunk);
        qsizetype offset = 0;
        while (offset < chunk.size() && m_open.contains(c) && c->phase != Phase::Closing) {
            const bool started = c->reader.hasStarted();
            const bool hadHeaders = c->reader.headersComplete();
            offset += c->reader.feed(QByteArrayView(chunk).sliced(offset));
            if (!started && c->reader.hasStarted() && c->phase == Phase::Idle)
                arm(c, Phase::Request, m_limits.headerTimeoutMs);
            if (c->reader.hasFailed()) {
                refuseRequest(c, c->reader.failureStatus(), c->reader.failureReason());
                break;
            }
            if (!hadHeaders && c->reader.headersComplete() && !c->reader.isComplete()) {
                arm(c, Phase::Body, m_limits.bodyTimeoutMs);
                if (c->reader.expectsContinue())
                    c->socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            if (c->reader.isComplete() && !serve(c))
                break;
        }
    }
}

bool BoundedHttpServer::serve(Connection *c)
{
    const HttpRequestReader::Request &request = c->reader.request();
    const Response response = m_handler(request);
    if (!m_open.contains(c))
        return false;
    if (!request.keepAlive) {
        respondAndClose(c, response);
        return false;
    }
    write(c, response, true);
    if (c->socket->bytesToWrite() > kMaxUnsentBytes) {
        Q_EMIT refused(0, tr("the client does not read the answers"));
        drop(c);
        return false;
    }
    c->reader.reset();
    arm(c, Phase::Idle, m_limits.idleTimeoutMs);
    return true;
}

void BoundedHttpServer::refuseRequest(Connection *c, int status, const QString &reason)
{
    Q_EMIT refused(status, reason);
    write(c, {status, {}, {}}, false);
    // Not closed yet: the client may still be sending (a body that is too large), and closing with unread
    // input makes the kernel reset the connection, which can destroy the answer before the client reads it.
    // Its input is dropped until it closes, or lingerMs pass.
    arm(c, Phase::Closing, m_limits.lingerMs);
}

void BoundedHttpServer::respondAndClose(Connection *c, const Response &response)
{
    write(c, response, false);
    arm(c, Phase::Closing, m_limits.lingerMs);
    c->socket->disconnectFromHost(); // once the answer is written; may drop `c` at once
}

void BoundedHttpServer::write(Connection *c, const Response &response, bool keepAlive)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    if (response.status == 503)
        out += "Retry-After: 5\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n\r\n")
                     : QByteArrayLiteral("Connection: close\r\n\r\n");
    out += response.body;
    c->socket->write(out);
}

void BoundedHttpServer::drop(Connection *c)
{
    if (!m_open.remove(c))
        return;
    c->deadline.reset();
    c->socket->disconnect(this);
    c->socket->abort();
    c->deleteLater();
}

} // namespace cxsync
