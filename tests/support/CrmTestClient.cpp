#include "CrmTestClient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace cxsync::sandbox {

namespace {

QString firstDiagnosis(const QJsonObject &json, const QString &field)
{
    return json.value(QStringLiteral("$diagnoses")).toArray().at(0).toObject().value(field).toString();
}

} // namespace

QString CrmHttpResult::firstMessage() const
{
    return firstDiagnosis(json, QStringLiteral("$message"));
}

QString CrmHttpResult::firstCode() const
{
    return firstDiagnosis(json, QStringLiteral("$sdataCode"));
}

QStringList CrmHttpResult::column(const QString &field) const
{
    QStringList values;
    for (const QJsonValue &value : json.value(QStringLiteral("$resources")).toArray())
        values.append(value.toObject().value(field).toVariant().toString());
    return values;
}

CrmHttpResult CrmTestClient::request(const QByteArray &verb, const QString &resource, const CrmQuery &query,
                                     const QByteArray &body)
{
    QUrl url = m_crm.restBaseUrl();
    url.setPath(resource.startsWith(QLatin1Char('/')) ? resource : url.path() + resource);
    QStringList parts;
    for (const auto &[key, value] : query)
        parts.append(key + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!parts.isEmpty())
        url.setQuery(parts.join(QLatin1Char('&')), QUrl::StrictMode);
    QNetworkRequest request(url);
    if (m_sendAuth)
        request.setRawHeader("Authorization",
                             "Basic " + (m_user + QLatin1Char(':') + m_password).toUtf8().toBase64());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    CrmHttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    for (const auto &[key, value] : reply->rawHeaderPairs())
        result.headers.insert(key.toLower(), value);
    result.json = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}

} // namespace cxsync::sandbox
