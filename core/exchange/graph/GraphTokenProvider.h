#pragma once

#include "Clock.h"
#include "Result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <vector>

namespace cxsync::net {
class HttpClient;
}

namespace cxsync::exchange {

struct GraphCredentials {
    QUrl authority = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    QString tenant; // GUID or domain
    QString clientId;
    QString clientSecret;
    QString resource = QStringLiteral("https://graph.microsoft.com"); // scope = resource + "/.default"
    // Certificate credential, used instead of clientSecret when certificateFile is set: a PEM file with the
    // certificate and its (possibly encrypted) private key, or a PKCS#12 file (.pfx/.p12); the password is
    // Secret::GraphCertificatePassword (may be empty). See GraphClientAssertion.
    QString certificateFile;
    QString certificatePassword;

    bool usesCertificate() const { return !certificateFile.isEmpty(); }
    // The token endpoint: {authority}/{tenant}/oauth2/v2.0/token (also the audience of client assertions).
    QUrl tokenEndpoint() const;
};

// App-only tokens (OAuth 2.0 client credentials with a client secret or a certificate, PROTOCOLS.md A1). The
// token is cached and fetched again when less than refreshMargin remains (by the Clock); callers that ask
// while a fetch is under way share it. AADSTS failures become ErrorKind::Auth with serverCode
// "AADSTS<number>". With a certificate, every fetch reads the file again (a renewed certificate is picked up
// without a restart) and signs a fresh client assertion; a certificate that cannot be used (unreadable, wrong
// password, key and certificate not matching, expired by the Clock) fails the fetch before any request is
// sent.
class GraphTokenProvider final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphTokenProvider)
public:
    using Callback = std::function<void(Result<QString>)>;

    GraphTokenProvider(net::HttpClient *http, Clock *clock, GraphCredentials credentials,
                       QObject *parent = nullptr);
    ~GraphTokenProvider() override;

    // The callback runs from the event loop, never inside this call.
    void token(Callback callback);
    // The server refused `token` (401): forget it so that the next token() fetches a new one.
    void invalidate(const QString &token);
    void setRefreshMarginSecs(int seconds) { m_marginSecs = seconds; }
    int fetchCount() const { return m_fetches; }

    // Error for a failed token response (pure; for tests). With `certificate`, errors about the credential
    // name the setting graph/certificateFile instead of clientSecret.
    static Error tokenError(const Error &httpError, bool certificate = false);

private:
    void fetch();
    void fail(const Error &error); // from the event loop, never inside token()
    void deliver(const Result<QString> &result);

    net::HttpClient *m_http;
    Clock *m_clock;
    GraphCredentials m_credentials;
    QString m_token;
    QDateTime m_expiresUtc;
    int m_marginSecs = 300;
    int m_fetches = 0;
    bool m_fetching = false;
    std::vector<Callback> m_waiting;
};

} // namespace cxsync::exchange
