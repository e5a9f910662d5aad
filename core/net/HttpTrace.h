#pragma once

#include <QByteArray>
#include <QList>
#include <QLoggingCategory>
#include <QPair>
#include <QString>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcNetTrace)

namespace cxsync::net {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// The one place HTTP traffic is logged (category `cxsync.net.trace`, debug level, off unless Diagnostic Mode
// turns it on). Everything passes through redact() first: Authorization/Cookie/Set-Cookie headers, Basic and
// Bearer credentials, client_secret, client_assertion, password, access_token, refresh_token, id_token and
// clientState values in JSON or form bodies, and `code`/`sig` query items become "***".
class HttpTrace final {
public:
    HttpTrace() = delete;

    // Diagnostic Mode switch.
    static void setEnabled(bool enabled);
    static bool isEnabled();

    // Pure functions, for tests and for anything else that must print HTTP text.
    static QByteArray redact(const QByteArray &text);
    static QString redactUrl(const QUrl &url);
    static HeaderList redactHeaders(const HeaderList &headers);

    static void logRequest(const QString &label, const QByteArray &method, const QUrl &url,
                           const HeaderList &headers, const QByteArray &body, int attempt);
    static void logResponse(const QString &label, const QByteArray &method, const QUrl &url, int status,
                            qint64 durationMs, const HeaderList &headers, const QByteArray &body);
    static void logFailure(const QString &label, const QByteArray &method, const QUrl &url, qint64 durationMs,
                           const QString &problem);
};

} // namespace cxsync::net
