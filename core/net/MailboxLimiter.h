#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <functional>

namespace cxsync::net {

// Keeps at most N requests in flight per mailbox (Exchange Online allows 4 concurrent requests per app and
// mailbox; members of a $batch count individually, PROTOCOLS.md A6/A7/E6). Excess requests wait in strict
// FIFO order: a queued batch needing 3 slots is not overtaken by later single requests, so it cannot starve.
// An empty mailbox key means "not limited".
class MailboxLimiter final {
public:
    using Ticket = quint64;

    explicit MailboxLimiter(int perMailbox = 4);

    void setLimit(int perMailbox);
    int limit() const { return m_limit; }
    // Another limit for one key (e.g. the CRM server, which is not a mailbox and takes more); 0 = the default.
    void setLimitFor(const QString &key, int limit);
    int limitOf(const QString &key) const { return m_limits.value(key, m_limit); }

    // Reserves `slots` (clamped to 1..limit) for `mailbox` and runs `start` once they are free: at once,
    // inside this call, when they already are. The caller must release() the same count when done.
    Ticket acquire(const QString &mailbox, int slots, std::function<void()> start);
    void release(const QString &mailbox, int slots);
    // Drops a request that is still waiting; false when it has already started (release it instead).
    bool cancel(Ticket ticket);

    int clampSlots(int slots) const; // to the default limit
    int inFlight(const QString &mailbox) const { return m_inFlight.value(mailbox); }
    int queued(const QString &mailbox) const;

private:
    struct Waiting {
        Ticket ticket;
        int slots;
        std::function<void()> start;
    };
    void drain(const QString &mailbox);

    int m_limit;
    QHash<QString, int> m_limits; // setLimitFor()
    Ticket m_nextTicket = 1;
    QHash<QString, int> m_inFlight;
    QHash<QString, std::deque<Waiting>> m_waiting;
};

} // namespace cxsync::net
