#include "MailboxLimiter.h"

#include <algorithm>

namespace cxsync::net {

MailboxLimiter::MailboxLimiter(int perMailbox) : m_limit(std::max(1, perMailbox)) {}

void MailboxLimiter::setLimit(int perMailbox)
{
    m_limit = std::max(1, perMailbox);
    const auto keys = m_waiting.keys();
    for (const QString &mailbox : keys)
        drain(mailbox);
}

void MailboxLimiter::setLimitFor(const QString &key, int limit)
{
    if (limit <= 0)
        m_limits.remove(key);
    else
        m_limits.insert(key, limit);
    drain(key);
}

int MailboxLimiter::clampSlots(int slots) const
{
    return std::clamp(slots, 1, m_limit);
}

MailboxLimiter::Ticket MailboxLimiter::acquire(const QString &mailbox, int slots, std::function<void()> start)
{
    const Ticket ticket = m_nextTicket++;
    if (mailbox.isEmpty()) {
        start();
        return ticket;
    }
    m_waiting[mailbox].push_back({ticket, clampSlots(slots), std::move(start)});
    drain(mailbox);
    return ticket;
}

void MailboxLimiter::release(const QString &mailbox, int slots)
{
    if (mailbox.isEmpty())
        return;
    const int left = std::max(0, m_inFlight.value(mailbox) - clampSlots(slots));
    if (left == 0)
        m_inFlight.remove(mailbox);
    else
        m_inFlight.insert(mailbox, left);
    drain(mailbox);
}

bool MailboxLimiter::cancel(Ticket ticket)
{
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        auto &queue = it.value();
        const auto found = std::find_if(queue.begin(), queue.end(), [ticket](const Waiting &waiting) {
            return waiting.ticket == ticket;
        });
        if (found == queue.end())
            continue;
        const bool wasHead = found == queue.begin();
        queue.erase(found);
        const QString mailbox = it.key();
        if (wasHead)
            drain(mailbox); // the next one may fit where the removed head did not
        return true;
    }
    return false;
}

int MailboxLimiter::queued(const QString &mailbox) const
{
    const auto it = m_waiting.constFind(mailbox);
    return it == m_waiting.constEnd() ? 0 : static_cast<int>(it->size());
}

void MailboxLimiter::drain(const QString &mailbox)
{
    // Starting a request may re-enter (release/acquire from a callback), so look the queue up afresh each
    // time.
    while (true) {
        auto it = m_waiting.find(mailbox);
        if (it == m_waiting.end() || it->empty()) {
            if (it != m_waiting.end())
                m_waiting.erase(it);
            return;
        }
        Waiting &head = it->front();
        if (m_inFlight.value(mailbox) + head.slots > limitOf(mailbox))
            return;
        m_inFlight[mailbox] += head.slots;
        std::function<void()> start = std::move(head.start);
        it->pop_front();
        start();
    }
}

} // namespace cxsync::net
