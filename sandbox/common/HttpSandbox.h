#pragma once

#include "FaultPlan.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QTcpSocket;

namespace cxsync::sandbox {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

struct SandboxRequest {
    QString method; // "GET", "POST", ...
    QUrl url;
    QString path; // decoded URL path
    QUrlQuery query;
    QByteArray body;
    HeaderList headers;
    QHostAddress peer;
    QStringList captures; // the route pattern's capture groups, 1..n at index 0..n-1
    // The TCP connection the request came on (null once it is gone): connection-bound state such as an NTLM
    // handshake lives here (EwsSandbox).
    QPointer<QTcpSocket> connection;

    QByteArray header(const QByteArray &name) const;              // first value, case-insensitive
    QList<QByteArray> headerValues(const QByteArray &name) const; // every value (Prefer may repeat)
    QJsonDocument json(QString *error = nullptr) const;           // body as JSON
};

// A response that may be sent now or later (stalls, latency, asynchronous work). Copies share one state;
// the first send() wins, later ones are ignored.
class Reply {
public:
    Reply() = default;
    void send(int status, const QByteArray &body, const QByteArray &contentType,
              const HeaderList &headers = {}) const;
    void json(int status, const QJsonDocument &document, const HeaderList &headers = {}) const;
    void json(int status, const QJsonObject &object, const HeaderList &headers = {}) const;
    void empty(int status, const HeaderList &headers = {}) const;
    bool isSent() const;
    // Runs once the response has been written (or the connection dropped).
    void onFinished(std::function<void(int status)> callback) const;

private:
    friend class HttpSandbox;
    struct State;
    std::shared_ptr<State> d;
};

// The base of the sandbox servers: a QAbstractHttpServer on loopback with regex routes, a deterministic fault
// plan applied before routing, optional per-request latency (which makes concurrency limits observable) and
// raw socket access so that faults can reset connections or truncate bodies as real networks do.
class HttpSandbox : public QAbstractHttpServer {
    Q_OBJECT
public:
    using Handler = std::function<void(const SandboxRequest &, Reply)>;
    using ErrorFormatter =
        std::function<QJsonObject(int status, const QString &code, const QString &message)>;
    // Answers a fault the plan decided in the server's own format (a SOAP fault for EWS); false = the default
    // answer (JSON error bodies).
    using FaultResponder =
        std::function<bool(const FaultDecision &fault, const SandboxRequest &request, const Reply &reply)>;

    explicit HttpSandbox(QObject *parent = nullptr);
    ~HttpSandbox() override;

    void route(const QString &method, const QString &pathPattern, Handler handler);
    bool listenLoopback(quint16 port = 0);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    FaultPlan &faultPlan() { return m_faults; }
    void setFaultPlan(const FaultPlan &plan) { m_faults = plan; }
    void setLatency(int milliseconds) { m_latencyMs = milliseconds; }
    // Shifts the Date header of every response, as a server whose clock is off would (clock-skew tests).
    void setClockOffsetSeconds(qint64 seconds) { m_clockOffsetSecs = seconds; }
    void setErrorFormatter(ErrorFormatter formatter) { m_errorFormatter = std::move(formatter); }
    void setFaultResponder(FaultResponder responder) { m_faultResponder = std::move(responder); }
    QJsonObject errorBody(int status, const QString &code, const QString &message) const;
    void sendError(const Reply &reply, int status, const QString &code, const QString &message,
                   const HeaderList &headers = {}) const;
    qint64 requestCount() const { return m_requests; }

Q_SIGNALS:
    void served(const QString &method, const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route {
        QString method;
        QRegularExpression pattern;
        Handler handler;
    };
    void dispatch(const SandboxRequest &request, const Reply &reply);
    void applyFault(const FaultDecision &fault, const SandboxRequest &request, const Reply &reply);

    QList<Route> m_routes;
    FaultPlan m_faults;
    ErrorFormatter m_errorFormatter;
    FaultResponder m_faultResponder;
    int m_latencyMs = 0;
    qint64 m_clockOffsetSecs = 0;
    quint16 m_port = 0;
    qint64 m_requests = 0;
};

QByteArray httpReasonPhrase(int status);

} // namespace cxsync::sandbox
