#include "RetryPolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace cxsync::net {

RetryPolicy::RetryPolicy() : RetryPolicy(Options{}) {}

RetryPolicy::RetryPolicy(const Options &options, quint64 seed) : m_options(options), m_random(seed) {}

bool RetryPolicy::isTransientStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 503 || httpStatus == 504;
}

bool RetryPolicy::isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure: // e.g. a truncated body when the peer drops the connection
    case QNetworkReply::ContentReSendError: // the connection closed under a request that may not be resent
        return true;
    default:
        return false; // host not found, TLS, content and protocol errors need a person
    }
}

bool RetryPolicy::isTransient(const AttemptOutcome &outcome) const
{
    if (outcome.timedOut)
        return true;
    if (outcome.httpStatus != 0)
        return isTransientStatus(outcome.httpStatus);
    return isTransientNetworkError(outcome.networkError);
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds) || seconds < 0)
            return std::nullopt;
        return static_cast<qint64>(std::llround(seconds * 1000.0));
    }
    // HTTP-date (RFC 9110 IMF-fixdate, "Wed, 21 Oct 2015 07:28:00 GMT").
    const QString text = QString::fromLatin1(trimmed);
    QDateTime when = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

double RetryPolicy::uniform()
{
    if (m_source)
        return std::clamp(m_source(), 0.0, 1.0);
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
}

qint64 RetryPolicy::backoffMs(int attempt, qint64 previousDelayMs)
{
    const qint64 base = std::max<qint64>(1, m_options.baseDelayMs);
    const qint64 cap = std::max(base, m_options.maxDelayMs);
    if (m_options.jitter == Jitter::Decorrelated) {
        const qint64 upper = std::min(cap, std::max(base, previousDelayMs) * 3);
        return std::min(cap, base + static_cast<qint64>(uniform() * static_cast<double>(upper - base)));
    }
    const int exponent = std::clamp(attempt - 1, 0, 40);
    const double ceiling =
        std::min(static_cast<double>(cap), static_cast<double>(base) * std::ldexp(1.0, exponent));
    return static_cast<qint64>(uniform() * ceiling);
}

RetryDecision RetryPolicy::decide(const AttemptOutcome &outcome, int attempt, qint64 previousDelayMs,
                                  const QDateTime &nowUtc)
{
    RetryDecision decision;
    if (attempt >= m_options.maxAttempts || !isTransient(outcome))
        return decision;
    if (!outcome.idempotent) {
        const bool notProcessed = outcome.httpStatus == 429 || outcome.httpStatus == 503 ||
                                  (outcome.httpStatus == 0 && !outcome.timedOut &&
                                   outcome.networkError == QNetworkReply::ConnectionRefusedError);
        if (!notProcessed)
            return decision;
    }
    if (const auto retryAfter = parseRetryAfter(outcome.retryAfter, nowUtc)) {
        if (*retryAfter > m_options.maxRetryAfterMs)
            return decision;
        decision.retry = true;
        decision.delayMs = *retryAfter;
        decision.fromRetryAfter = true;
        return decision;
    }
    decision.retry = true;
    decision.delayMs = backoffMs(attempt, previousDelayMs);
    return decision;
}

} // namespace cxsync::net
