#include "HttpTrace.h"

#include <QRegularExpression>

// Defined by hand rather than with Q_LOGGING_CATEGORY, which yields a const object: Diagnostic Mode switches
// this category's debug level at run time (logging rules set later, e.g. QT_LOGGING_RULES, still win).
static QLoggingCategory &mutableTraceCategory()
{
    static QLoggingCategory category("cxsync.net.trace", QtWarningMsg);
    return category;
}

const QLoggingCategory &lcNetTrace()
{
    return mutableTraceCategory();
}

namespace cxsync::net {

namespace {

constexpr int kMaxBodyBytes = 4096;

const QByteArray kMask = QByteArrayLiteral("***");

bool isSecretHeader(const QByteArray &name)
{
    static const QByteArrayList names{"authorization", "proxy-authorization", "cookie", "set-cookie"};
    return names.contains(name.trimmed().toLower());
}

// Keys whose values are secrets in JSON members, form fields and query items. `code` (an OAuth authorization
// code) and `sig` (a SAS signature) only count in forms and queries: in JSON, "code" is a server's error
// code, which a trace must keep.
const QString kSecretJsonKeys =
    QStringLiteral("client_secret|client_assertion|password|access_token|refresh_token|id_token|clientState");
const QString kSecretFormKeys = kSecretJsonKeys + QStringLiteral("|code|sig");

QString renderHeaders(const HeaderList &headers)
{
    QString out;
    for (const auto &[name, value] : HttpTrace::redactHeaders(headers))
        out += QStringLiteral("\n    %1: %2").arg(QString::fromLatin1(name), QString::fromUtf8(value));
    return out;
}

QString renderBody(const QByteArray &body)
{
    if (body.isEmpty())
        return {};
    QByteArray shown = HttpTrace::redact(body.left(kMaxBodyBytes));
    if (body.size() > kMaxBodyBytes)
        shown += "... (" + QByteArray::number(body.size()) + " bytes)";
    return QStringLiteral("\n    ") + QString::fromUtf8(shown);
}

} // namespace

void HttpTrace::setEnabled(bool enabled)
{
    mutableTraceCategory().setEnabled(QtDebugMsg, enabled);
    mutableTraceCategory().setEnabled(QtInfoMsg, enabled);
}

bool HttpTrace::isEnabled()
{
    return lcNetTrace().isDebugEnabled();
}

QByteArray HttpTrace::redact(const QByteArray &text)
{
    static const QRegularExpression headerLine(
        QStringLiteral("^(\\s*(?:proxy-authorization|authorization|set-cookie|cookie)\\s*:\\s*).*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    static const QRegularExpression credentials(QStringLiteral("\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+"),
                                                QRegularExpression::CaseInsensitiveOption);
    // "key": "value" (escaped quotes inside the value included) and "key": 123.
    static const QRegularExpression jsonMember(
        QStringLiteral("(\"(?:%1)\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)").arg(kSecretJsonKeys),
        QRegularExpression::CaseInsensitiveOption);
    // key=value in query strings and form bodies: only at the start or after ?, &, ; or whitespace, so that
    // "errorcode=5" or "zipcode=" are left alone.
    static const QRegularExpression formField(
        QStringLiteral("(^|[?&;\\s])((?:%1)=)[^&\\s\"#]*").arg(kSecretFormKeys),
        QRegularExpression::CaseInsensitiveOption);

    QString out = QString::fromUtf8(text);
    out.replace(headerLine, QStringLiteral("\\1***"));
    out.replace(credentials, QStringLiteral("\\1 ***"));
    out.replace(jsonMember, QStringLiteral("\\1\"***\""));
    out.replace(formField, QStringLiteral("\\1\\2***"));
    return out.toUtf8();
}

QString HttpTrace::redactUrl(const QUrl &url)
{
    QUrl copy = url;
    copy.setPassword(QString());
    return QString::fromUtf8(redact(copy.toString(QUrl::FullyEncoded).toUtf8()));
}

HeaderList HttpTrace::redactHeaders(const HeaderList &headers)
{
    HeaderList out;
    out.reserve(headers.size());
    for (const auto &[name, value] : headers)
        out.append({name, isSecretHeader(name) ? kMask : redact(value)});
    return out;
}

void HttpTrace::logRequest(const QString &label, const QByteArray &method, const QUrl &url,
                           const HeaderList &headers, const QByteArray &body, int attempt)
{
    if (!lcNetTrace().isDebugEnabled())
        return;
    qCDebug(lcNetTrace).noquote() << QStringLiteral("--> [%1] %2 %3 (attempt %4)%5%6")
                                         .arg(label, QString::fromLatin1(method), redactUrl(url))
                                         .arg(attempt)
                                         .arg(renderHeaders(headers), renderBody(body));
}

void HttpTrace::logResponse(const QString &label, const QByteArray &method, const QUrl &url, int status,
                            qint64 durationMs, const HeaderList &headers, const QByteArray &body)
{
    if (!lcNetTrace().isDebugEnabled())
        return;
    qCDebug(lcNetTrace).noquote() << QStringLiteral("<-- [%1] %2 %3 %4 in %5 ms%6%7")
                                         .arg(label)
                                         .arg(status)
                                         .arg(QString::fromLatin1(method), redactUrl(url))
                                         .arg(durationMs)
                                         .arg(renderHeaders(headers), renderBody(body));
}

void HttpTrace::logFailure(const QString &label, const QByteArray &method, const QUrl &url, qint64 durationMs,
                           const QString &problem)
{
    if (!lcNetTrace().isDebugEnabled())
        return;
    qCDebug(lcNetTrace).noquote() << QStringLiteral("<-- [%1] %2 %3 failed after %4 ms: %5")
                                         .arg(label, QString::fromLatin1(method), redactUrl(url))
                                         .arg(durationMs)
                                         .arg(QString::fromUtf8(redact(problem.toUtf8())));
}

} // namespace cxsync::net
