#pragma once

#include "HttpSandbox.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

class QNetworkReply;

namespace cxsync::sandbox {

struct GraphHttpResult {
    int status = 0;
    QByteArray body;
    QJsonObject json;
    HeaderList headers;
    QByteArray header(const QByteArray &name) const;
    QString errorCode() const
    {
        return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
    }
};

// A small blocking HTTP client for the sandbox tests (test support only; it waits in a local event loop,
// which the product never does).
class GraphTestClient {
public:
    explicit GraphTestClient(const QUrl &base) : m_base(base) {}

    // POSTs the client-credentials form; on success remembers the access token.
    GraphHttpResult fetchToken(const QString &tenant, const QString &clientId, const QString &secret,
                               const QString &scope = QStringLiteral("https://graph.microsoft.com/.default"));
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    // `pathOrUrl` is absolute ("http://...") or a path ("/v1.0/users").
    QNetworkReply *start(const QString &method, const QString &pathOrUrl, const QByteArray &body = {},
                         const HeaderList &headers = {});
    GraphHttpResult send(const QString &method, const QString &pathOrUrl, const QJsonObject &body = {},
                         const HeaderList &headers = {});
    GraphHttpResult get(const QString &pathOrUrl, const HeaderList &headers = {})
    {
        return send(QStringLiteral("GET"), pathOrUrl, {}, headers);
    }
    static GraphHttpResult wait(QNetworkReply *reply, int timeoutMs = 15000);

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_token;
};

} // namespace cxsync::sandbox
