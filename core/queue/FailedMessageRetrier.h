#pragma once

// The seam between the failed-message queue and the sync engine. The engine implements one retrier per kind
// of change it queues (for example Exchange→CRM appointment writes) and hands it to RetryDriver; the driver
// claims due rows, calls retry(), and records what came back.
#include "Result.h"
#include "queue/QueueTypes.h"

#include <functional>
#include <optional>

namespace cxsync::queue {

struct RetryOutcome {
    enum class Kind {
        Resolved,   // the change is applied now (or found already applied: idempotent)
        Superseded, // the current state makes the change moot (a newer edit, a deletion): not replayed
        FailedAgain // still failing: the queue decides between waiting longer and parking
    };
    Kind kind = Kind::FailedAgain;
    QString note; // what happened, for the history and the transaction log ("created CRM appointment 42")
    Error error;  // FailedAgain only
    std::optional<qint64> retryAfterMs;

    static RetryOutcome resolved(QString note) { return {Kind::Resolved, std::move(note), {}, {}}; }
    static RetryOutcome superseded(QString note) { return {Kind::Superseded, std::move(note), {}, {}}; }
    static RetryOutcome failed(Error error, std::optional<qint64> retryAfterMs = {})
    {
        return {Kind::FailedAgain, {}, std::move(error), retryAfterMs};
    }
};

class FailedMessageRetrier {
public:
    using Done = std::function<void(RetryOutcome)>;
    virtual ~FailedMessageRetrier() = default;

    // Whether this retrier knows how to apply `message` (its direction and snapshot kind).
    virtual bool handles(const FailedMessage &message) const = 0;
    // Applies the message's snapshot against the current state of the target, idempotently: a change that was
    // applied by an earlier attempt whose answer was lost must be recognised, not applied twice. Calls `done`
    // exactly once, later, from the event loop. The retrier may be destroyed before answering; then `done` is
    // never called.
    virtual void retry(const FailedMessage &message, Done done) = 0;
};

} // namespace cxsync::queue
