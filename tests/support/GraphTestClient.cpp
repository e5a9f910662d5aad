#include "GraphTestClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace cxsync::sandbox {

QByteArray GraphHttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

GraphHttpResult GraphTestClient::fetchToken(const QString &tenant, const QString &clientId,
                                            const QString &secret, const QString &scope)
{
    QUrlQuery form;
    form.addQueryItem(u"client_id"_s, QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
    form.addQueryItem(u"scope"_s, QString::fromLatin1(QUrl::toPercentEncoding(scope)));
    form.addQueryItem(u"client_secret"_s, QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    QNetworkRequest request(m_base.resolved(QUrl(u"/%1/oauth2/v2.0/token"_s.arg(tenant))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    const GraphHttpResult result =
        wait(m_network.post(request, form.toString(QUrl::FullyEncoded).toLatin1()));
    if (result.status == 200)
        m_token = result.json.value("access_token"_L1).toString();
    return result;
}

QNetworkReply *GraphTestClient::start(const QString &method, const QString &pathOrUrl, const QByteArray &body,
                                      const HeaderList &headers)
{
    const QUrl url = pathOrUrl.startsWith("http"_L1) ? QUrl(pathOrUrl) : m_base.resolved(QUrl(pathOrUrl));
    QNetworkRequest request(url);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    for (const auto &[key, value] : headers) {
        // Prefer may repeat: QNetworkRequest keeps one value per name, so join with a comma as HTTP allows.
        const QByteArray existing = request.rawHeader(key);
        request.setRawHeader(key, existing.isEmpty() ? value : existing + ", " + value);
    }
    return m_network.sendCustomRequest(request, method.toLatin1(), body);
}

GraphHttpResult GraphTestClient::send(const QString &method, const QString &pathOrUrl,
                                      const QJsonObject &body, const HeaderList &headers)
{
    const QByteArray payload =
        body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return wait(start(method, pathOrUrl, payload, headers));
}

GraphHttpResult GraphTestClient::wait(QNetworkReply *reply, int timeoutMs)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    GraphHttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);
    reply->deleteLater();
    return result;
}

} // namespace cxsync::sandbox
