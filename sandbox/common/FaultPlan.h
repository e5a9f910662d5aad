#pragma once

#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>
#include <random>

namespace cxsync::sandbox {

// What a fault plan can do to a request, as servers and networks do.
enum class FaultKind {
    TooManyRequests,    // 429 with Retry-After (integer or fractional seconds)
    ServiceUnavailable, // 503 (with Retry-After when given)
    GatewayTimeout,     // 504
    ConnectionReset,    // the TCP connection is aborted without a response, before the server acts
    ResetAfterApply,    // the server acts on the request, then aborts the connection instead of answering
    Stall,              // the response is held back for `seconds`, then served normally
    MalformedJson,      // 200 with a body that is not JSON
    TruncatedBody,      // the response's Content-Length promises more bytes than are sent
    ServerBusy,         // Exchange's throttling answer: EWS sends a SOAP fault ErrorServerBusy (HTTP 500) with
                        // BackOffMilliseconds; other servers a 500 JSON error
};

struct FaultRule {
    QString method;          // empty = any
    QRegularExpression path; // matched against the URL path
    QRegularExpression query; // matched against the decoded query string (empty pattern: any)
    double rate = 1.0;       // probability for each matching request, drawn from the plan's seeded generator
    int after = 0;           // let this many matching requests through first
    int times = -1;          // apply at most this often (-1 = unlimited)
    FaultKind kind = FaultKind::ServiceUnavailable;
    QString retryAfter; // for 429/503: sent verbatim ("2", "1.5")
    double seconds = 0; // for Stall
    int backOffMs = 0;  // for ServerBusy: the BackOffMilliseconds the server asks for
    // bookkeeping
    int matched = 0;
    int applied = 0;
};

struct FaultDecision {
    FaultKind kind;
    QString retryAfter;
    double seconds = 0;
    int backOffMs = 0;
};

// A deterministic list of fault rules. The first rule that matches a request and fires decides; the same
// plan, seed and request sequence always give the same faults.
//
// Plan (JSON): {"seed": 7, "rules": [{"method": "GET", "path": "^/v1.0/users/[^/]+/calendarView/delta",
//   "query": "(optional) regular expression on the decoded query string",
//   "rate": 0.25, "after": 0, "times": 3, "fault": "429", "retryAfter": "1.5"}, ...]}
// fault: "429" | "503" | "504" | "reset" | "reset-after" | "stall" (with "seconds") | "malformed" | "truncated"
//        | "server-busy" (with "backOffMilliseconds", default 5000).
class FaultPlan final {
public:
    FaultPlan() = default;
    // From JSON text or a path to a JSON file; the error names the rule and field.
    static std::optional<FaultPlan> parse(const QByteArray &json, QString *error);
    static std::optional<FaultPlan> load(const QString &pathOrJson, QString *error);

    void addRule(const FaultRule &rule) { m_rules.append(rule); }
    void setSeed(quint64 seed) { m_rng.seed(seed); }
    bool isEmpty() const { return m_rules.isEmpty(); }
    void clear() { m_rules.clear(); }

    std::optional<FaultDecision> decide(const QString &method, const QString &path, const QString &query = {});
    QJsonObject toJson() const;

private:
    QList<FaultRule> m_rules;
    std::mt19937_64 m_rng{0};
    quint64 m_seed = 0;
};

QString faultKindName(FaultKind kind);

} // namespace cxsync::sandbox
