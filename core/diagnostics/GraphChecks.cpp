#include "diagnostics/GraphChecks.h"

#include "connect/Connections.h"
#include "exchange/graph/GraphConnector.h"
#include "exchange/graph/GraphTokenProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cxsync {

QStringList GraphChecks::tokenRoles(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {};
    const QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding);
    const QJsonArray roles =
        QJsonDocument::fromJson(payload).object().value(QStringLiteral("roles")).toArray();
    QStringList out;
    for (const QJsonValue &role : roles)
        out.append(role.toString());
    return out;
}

void GraphChecks::token(const ExchangeServerConnection &server, std::function<void(Result<QStringList>)> done)
{
    Q_ASSERT(server.graph && server.tokens);
    server.tokens->token([done = std::move(done)](Result<QString> token) {
        if (!token.ok())
            return done(token.error());
        done(tokenRoles(token.value()));
    });
}

void GraphChecks::readDirectory(const ExchangeServerConnection &server, int timeoutMs,
                                std::function<void(Status)> done)
{
    Q_ASSERT(server.graph && server.connector);
    net::HttpRequest request;
    QUrl url = server.connector->graphBase();
    url.setPath(url.path() + QStringLiteral("/users"));
    url.setQuery(QStringLiteral("$top=1&$select=id,mail"));
    request.url = url;
    request.label = QStringLiteral("graph.testUsers");
    request.timeoutMs = timeoutMs;
    server.connector->send(request, [done = std::move(done)](Result<net::HttpResponse> response) {
        if (!response.ok())
            return done(response.error());
        if (!QJsonDocument::fromJson(response.value().body).object().value(QStringLiteral("value")).isArray())
            return done(makeError(ErrorKind::Invalid, tr("The users answer has no 'value' list.")));
        done(Status());
    });
}

} // namespace cxsync
