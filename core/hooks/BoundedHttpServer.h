#pragma once

#include "Clock.h"
#include "hooks/HttpRequestReader.h"

#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <functional>

namespace cxsync {

// An HTTP/1.1 server for clients nobody vouches for (the notification listener faces the internet): whatever
// they send or withhold, it holds at most Limits::maxConnections connections, each with at most one request
// of bounded size (HttpRequestReader) and a deadline for every phase.
//
// - Beyond maxConnections a new connection gets 503 with Retry-After and is closed (over TLS it is closed
//   without a handshake).
// - The request headers must be complete within headerTimeoutMs of connecting (TLS handshake included) or of
//   the first byte of a further request on a kept-alive connection, the body within bodyTimeoutMs of the
//   headers: else 408 and the connection is closed. A kept-alive connection without a request is closed after
//   idleTimeoutMs.
// - A request the reader refuses (413, 431, 414, 400, 501, 505) is answered and the connection closed; its
//   remaining input is read and dropped for up to lingerMs meanwhile, so that the client can read the answer
//   (closing with unread input would reset the connection and lose it).
// Every such refusal is reported through refused(); the handler only ever sees complete requests.
// All deadlines go through the Clock.
class BoundedHttpServer final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundedHttpServer)
public:
    struct Limits {
        int maxConnections = 256;
        qsizetype maxHeaderBytes = 16 * 1024;
        qsizetype maxBodyBytes = 1024 * 1024;
        int headerTimeoutMs = 10000;
        int bodyTimeoutMs = 30000;
        int idleTimeoutMs = 30000;
        int lingerMs = 2000;
    };
    struct Response {
        int status = 200;
        QByteArray body;
        QByteArray contentType;
    };
    using Handler = std::function<Response(const HttpRequestReader::Request &)>;

    BoundedHttpServer(Clock *clock, Limits limits, Handler handler, QObject *parent = nullptr);
    ~BoundedHttpServer() override;

    // Serve HTTPS with this certificate and key (before listen()).
    void setTls(const QSslCertificate &certificate, const QSslKey &key);
    bool isTls() const { return !m_certificate.isNull(); }
    const Limits &limits() const { return m_limits; }
    int openConnections() const { return int(m_open.size()); }

    static QByteArray reasonPhrase(int status);

Q_SIGNALS:
    // A connection or request refused by the limits: the status answered, or 0 when the connection was closed
    // without an answer (no request at all, or a client that does not read its answers), and why.
    void refused(int status, const QString &reason);

protected:
    void incomingConnection(qintptr handle) override;

private:
    struct Connection;
    enum class Phase { FirstRequest, Request, Body, Idle, Closing };

    void refuseConnection(qintptr handle);
    void onReadable(Connection *c);
    bool serve(Connection *c); // false: the connection is closing
    void refuseRequest(Connection *c, int status, const QString &reason);
    void respondAndClose(Connection *c, const Response &response);
    void arm(Connection *c, Phase phase, int timeoutMs);
    void onTimeout(Connection *c, quint64 generation);
    void drop(Connection *c);
    void write(Connection *c, const Response &response, bool keepAlive);

    Clock *m_clock;
    Limits m_limits;
    Handler m_handler;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QSet<Connection *> m_open;
};

} // namespace cxsync
