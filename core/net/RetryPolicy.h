#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>

#include <functional>
#include <optional>
#include <random>

namespace cxsync::net {

// What one attempt produced, as far as retrying is concerned.
struct AttemptOutcome {
    int httpStatus = 0;                                                // 0: no HTTP answer
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; // when httpStatus == 0
    bool timedOut = false;                                             // our own per-request timeout fired
    QByteArray retryAfter;                                             // the Retry-After header, if any
    bool idempotent = true;
};

struct RetryDecision {
    bool retry = false;
    qint64 delayMs = 0;
    bool fromRetryAfter = false; // the server chose the delay
};

// When and how long to wait before trying again (PROTOCOLS.md A7).
//
// Transient: HTTP 429, 503, 504; connection refused, reset, closed by the remote end, our timeout, temporary
// network failures and proxy timeouts. Everything else returns at once. "Host not found" is NOT transient: it
// is almost always a mistyped server name, which the admin should see immediately rather than after minutes
// of backoff; the sync scheduler's next run retries anyway. TLS failures are never transient either.
//
// Non-idempotent requests (POST/PATCH without an idempotency key such as Graph's transactionId) are retried
// only when the server certainly did not process them: 429 and 503 (throttling/unavailability answered before
// processing) and "connection refused" (nothing was sent). A reset, a timeout or a 504 may come after the
// server acted, so retrying could create duplicates (PROTOCOLS.md E8).
//
// Delays: Retry-After (seconds, fractional seconds such as "1.5", or an HTTP-date) is honoured exactly, up to
// maxRetryAfterMs (beyond that the request fails as throttled rather than parking for hours). Without it:
// exponential backoff with full jitter (uniform in [0, min(cap, base * 2^(n-1))]) or decorrelated jitter
// (uniform in [base, min(cap, 3 * previous)]), drawn from a seeded generator so runs are reproducible.
class RetryPolicy final {
public:
    enum class Jitter { Full, Decorrelated };
    struct Options {
        int maxAttempts = 5; // including the first
        qint64 baseDelayMs = 1000;
        qint64 maxDelayMs = 60000;
        qint64 maxRetryAfterMs = 300000;
        Jitter jitter = Jitter::Full;
    };

    RetryPolicy();
    explicit RetryPolicy(const Options &options, quint64 seed = 0x5eed);

    const Options &options() const { return m_options; }
    void setOptions(const Options &options) { m_options = options; }
    void setSeed(quint64 seed) { m_random.seed(seed); }
    // Replaces the generator: must return values uniformly in [0, 1).
    void setRandomSource(std::function<double()> source) { m_source = std::move(source); }

    // `attempt` is the number of the attempt that just failed (1-based); `previousDelayMs` the last wait (0
    // at first), for decorrelated jitter.
    RetryDecision decide(const AttemptOutcome &outcome, int attempt, qint64 previousDelayMs,
                         const QDateTime &nowUtc);
    bool isTransient(const AttemptOutcome &outcome) const;
    qint64 backoffMs(int attempt, qint64 previousDelayMs);

    static bool isTransientStatus(int httpStatus);
    static bool isTransientNetworkError(QNetworkReply::NetworkError error);
    // Milliseconds to wait, or nullopt when the header is absent or unreadable. Dates in the past give 0.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);

private:
    double uniform();

    Options m_options;
    std::mt19937_64 m_random;
    std::function<double()> m_source;
};

} // namespace cxsync::net
