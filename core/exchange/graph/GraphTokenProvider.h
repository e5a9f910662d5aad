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
};

// App-only tokens (OAuth 2.0 client credentials with a client secret, PROTOCOLS.md A1). The token is cached
// and fetched again when less than refreshMargin remains (by the Clock); callers that ask while a fetch is
// under way share it. AADSTS failures become ErrorKind::Auth with serverCode "AADSTS<number>".
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

    // Error for a failed token response (pure; for tests).
    static Error tokenError(const Error &httpError);

private:
    void fetch();
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
