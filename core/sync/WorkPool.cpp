#include "WorkPool.h"

#include <QMetaObject>

#include <memory>

namespace cxsync::sync {

WorkPool::WorkPool(int limit, int perKey, int maxKeys, QObject *parent)
    : QObject(parent), m_limit(qMax(1, limit)), m_perKey(qMax(1, perKey)),
      m_maxKeys(maxKeys > 0 ? maxKeys : m_limit)
{
}

WorkPool::~WorkPool() = default;

void WorkPool::add(const QString &key, Task task)
{
    m_pending[key].enqueue(std::move(task));
    ++m_queued;
    markReady(key);
    if (m_begun && !m_pumping)
        QMetaObject::invokeMethod(this, [this] { pump(); }, Qt::QueuedConnection);
}

void WorkPool::start(std::function<void()> finished)
{
    m_finishedCallback = std::move(finished);
    m_begun = true;
    QMetaObject::invokeMethod(this, [this] { pump(); }, Qt::QueuedConnection);
}

void WorkPool::stop()
{
    m_stopped = true;
    if (m_begun)
        QMetaObject::invokeMethod(this, [this] { pump(); }, Qt::QueuedConnection);
}

void WorkPool::markReady(const QString &key)
{
    if (m_inReady.value(key) || m_pending.value(key).isEmpty() || m_runningPerKey.value(key) >= m_perKey)
        return;
    m_inReady.insert(key, true);
    m_ready.enqueue(key);
}

void WorkPool::pump()
{
    if (m_finished)
        return;
    m_pumping = true;
    while (!m_stopped && m_running < m_limit && !m_ready.isEmpty()) {
        const QString key = m_ready.dequeue();
        m_inReady.insert(key, false);
        QQueue<Task> &queue = m_pending[key];
        if (queue.isEmpty() || m_runningPerKey.value(key) >= m_perKey)
            continue;
        if (!m_runningPerKey.contains(key) && m_runningPerKey.size() >= m_maxKeys) {
            // a new key while maxKeys keys run: it waits for one of them to finish
            m_inReady.insert(key, true);
            m_waitingForKeySlot.enqueue(key);
            continue;
        }
        Task task = queue.dequeue();
        --m_queued;
        ++m_running;
        ++m_started;
        const int perKey = ++m_runningPerKey[key];
        m_peak = qMax(m_peak, m_running);
        m_peakKeys = qMax(m_peakKeys, int(m_runningPerKey.size()));
        m_peakPerKey = qMax(m_peakPerKey, perKey);
        markReady(key); // still room for another of this key
        // `done` may be called inside the task (a task that had nothing to do) or later; either way the pool
        // goes on from the event loop, so a long queue never recurses
        auto called = std::make_shared<bool>(false);
        task([this, key, called, alive = std::weak_ptr<int>(m_alive)] {
            if (alive.expired() || *called)
                return;
            *called = true;
            QMetaObject::invokeMethod(
                this,
                [this, key, alive] {
                    if (!alive.expired())
                        taskDone(key);
                },
                Qt::QueuedConnection);
        });
    }
    m_pumping = false;
    if (m_running == 0 && (m_stopped || m_queued == 0)) {
        m_finished = true;
        if (m_finishedCallback)
            m_finishedCallback();
    }
}

void WorkPool::taskDone(const QString &key)
{
    --m_running;
    if (--m_runningPerKey[key] == 0) {
        m_runningPerKey.remove(key);
        // a key slot is free: the keys that waited for one are ready again, in their order
        while (!m_waitingForKeySlot.isEmpty()) {
            const QString waiting = m_waitingForKeySlot.dequeue();
            m_inReady.insert(waiting, false);
            markReady(waiting);
        }
    }
    markReady(key);
    pump();
}

} // namespace cxsync::sync
