#include "exchange/graph/GraphTokenProvider.h"

#include "config/SettingsSchema.h"
#include "exchange/graph/GraphClientAssertion.h"
#include "net/HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

namespace cxsync::exchange {

QUrl GraphCredentials::tokenEndpoint() const
{
    QUrl url = authority;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/') + tenant + QStringLiteral("/oauth2/v2.0/token"));
    return url;
}

GraphTokenProvider::GraphTokenProvider(net::HttpClient *http, Clock *clock, GraphCredentials credentials,
                                       QObject *parent)
    : QObject(parent), m_http(http), m_clock(clock), m_credentials(std::move(credentials))
{
}

GraphTokenProvider::~GraphTokenProvider() = default;

void GraphTokenProvider::token(Callback callback)
{
    if (!m_token.isEmpty() && m_clock->nowUtc().secsTo(m_expiresUtc) >= m_marginSecs) {
        QTimer::singleShot(0, this, [callback = std::move(callback), token = m_token] { callback(token); });
        return;
    }
    m_waiting.push_back(std::move(callback));
    if (!m_fetching)
        fetch();
}

void GraphTokenProvider::invalidate(const QString &token)
{
    if (token == m_token)
        m_token.clear();
}

Error GraphTokenProvider::tokenError(const Error &httpError, bool certificate)
{
    // HttpClient puts the OAuth error_description ("AADSTS7000215: Invalid client secret ... Trace ID: ...")
    // into the message.
    static const QRegularExpression re(QStringLiteral("\\bAADSTS(\\d+):?\\s*(.*?)(?:\\s+Trace ID:.*)?$"));
    const auto m = re.match(httpError.message);
    if (!m.hasMatch())
        return httpError;
    const QString code = QStringLiteral("AADSTS") + m.captured(1);
    Error error = makeError(
        ErrorKind::Auth,
        QObject::tr("Sign-in to Microsoft Entra failed (%1): %2").arg(code, m.captured(2).trimmed()),
        QStringLiteral("clientSecret"));
    if (code == QLatin1String("AADSTS700016"))
        error.field = QStringLiteral("clientId");
    else if (code == QLatin1String("AADSTS90002"))
        error.field = QStringLiteral("tenant");
    else if (code == QLatin1String("AADSTS1002012"))
        error.field = QStringLiteral("scope");
    else if (code == QLatin1String("AADSTS700024"))
        error.field.clear(); // the assertion's time range: this computer's clock, not the credential
    else if (certificate)
        error.field = Keys::GraphCertificateFile; // AADSTS700027 (key unknown, bad signature) and the like
    error.httpStatus = httpError.httpStatus;
    error.serverCode = code;
    return error;
}

void GraphTokenProvider::fetch()
{
    m_fetching = true;
    ++m_fetches;
    const QUrl url = m_credentials.tokenEndpoint();
    QUrlQuery form;
    auto add = [&form](const QString &key, const QString &value) {
        form.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("client_id"), m_credentials.clientId);
    add(QStringLiteral("scope"), m_credentials.resource + QStringLiteral("/.default"));
    const bool certificate = m_credentials.usesCertificate();
    if (certificate) {
        const QDateTime now = m_clock->nowUtc();
        const auto credential =
            GraphClientAssertion::load(m_credentials.certificateFile, m_credentials.certificatePassword, now);
        if (!credential.ok())
            return fail(credential.error());
        const Result<QString> assertion =
            credential.value()->create(url.toString(QUrl::FullyEncoded), m_credentials.clientId, now);
        if (!assertion.ok())
            return fail(assertion.error());
        add(QStringLiteral("client_assertion_type"),
            QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"));
        add(QStringLiteral("client_assertion"), assertion.value());
    } else {
        add(QStringLiteral("client_secret"), m_credentials.clientSecret);
    }
    add(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    net::HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.body = form.query(QUrl::FullyEncoded).toLatin1();
    request.idempotent = true; // asking twice only yields two tokens
    request.label = QStringLiteral("graph.token");
    const QDateTime askedUtc = m_clock->nowUtc();
    QPointer<GraphTokenProvider> self(this);
    m_http->send(request, [self, askedUtc, certificate](Result<net::HttpResponse> result) {
        if (!self)
            return;
        if (!result.ok()) {
            self->deliver(tokenError(result.error(), certificate));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(result.value().body).object();
        const QString token = o.value(QLatin1String("access_token")).toString();
        const QJsonValue expires = o.value(QLatin1String("expires_in"));
        const qint64 seconds = expires.isString() ? expires.toString().toLongLong() : expires.toInteger(-1);
        if (token.isEmpty() || seconds <= 0) {
            self->deliver(
                makeError(ErrorKind::Invalid,
                          QObject::tr("The token endpoint answered without access_token/expires_in."),
                          QStringLiteral("access_token")));
            return;
        }
        self->m_token = token;
        self->m_expiresUtc = askedUtc.addSecs(seconds);
        self->deliver(token);
    });
}

void GraphTokenProvider::fail(const Error &error)
{
    QPointer<GraphTokenProvider> self(this);
    QTimer::singleShot(0, this, [self, error] {
        if (self)
            self->deliver(error);
    });
}

void GraphTokenProvider::deliver(const Result<QString> &result)
{
    m_fetching = false;
    std::vector<Callback> waiting;
    waiting.swap(m_waiting);
    for (Callback &callback : waiting)
        callback(result);
}

} // namespace cxsync::exchange
