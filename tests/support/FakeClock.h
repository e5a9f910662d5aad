#pragma once

// A Clock for tests: time stands still until the test calls advance(), which runs the callbacks that fall
// due, in order of due time (then of scheduling), each seeing the clock at its own due time. Header-only.
#include "Clock.h"

#include <QPointer>

#include <algorithm>
#include <optional>
#include <vector>

namespace cxsync::testsupport {

class FakeClock final : public Clock {
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC))
        : m_start(std::move(start))
    {
    }

    QDateTime nowUtc() const override { return m_start.addMSecs(m_elapsed); }
    qint64 elapsedMs() const override { return m_elapsed; }
    void schedule(qint64 delayMs, QObject *context, std::function<void()> callback) override
    {
        m_entries.push_back(
            {m_elapsed + std::max<qint64>(0, delayMs), m_sequence++, context, std::move(callback)});
    }

    void advance(qint64 ms)
    {
        const qint64 target = m_elapsed + std::max<qint64>(0, ms);
        while (true) {
            purge();
            const auto next = std::min_element(m_entries.begin(), m_entries.end(), earlier);
            if (next == m_entries.end() || next->due > target)
                break;
            m_elapsed = next->due;
            std::function<void()> callback = std::move(next->callback); // the context may die inside
            m_entries.erase(next);
            callback();
        }
        m_elapsed = target;
    }

    // Callbacks still due (their context alive).
    int pendingCount()
    {
        purge();
        return static_cast<int>(m_entries.size());
    }
    // Time until the next callback falls due.
    std::optional<qint64> nextDueIn()
    {
        purge();
        const auto next = std::min_element(m_entries.begin(), m_entries.end(), earlier);
        if (next == m_entries.end())
            return std::nullopt;
        return next->due - m_elapsed;
    }

private:
    struct Entry {
        qint64 due;
        quint64 sequence;
        QPointer<QObject> context;
        std::function<void()> callback;
    };
    static bool earlier(const Entry &a, const Entry &b)
    {
        return a.due != b.due ? a.due < b.due : a.sequence < b.sequence;
    }
    void purge()
    {
        m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                       [](const Entry &entry) { return entry.context.isNull(); }),
                        m_entries.end());
    }

    QDateTime m_start;
    qint64 m_elapsed = 0;
    quint64 m_sequence = 0;
    std::vector<Entry> m_entries;
};

} // namespace cxsync::testsupport
