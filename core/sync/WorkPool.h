#pragma once

// The concurrency of a sync run in one place (issue 20): a queue of asynchronous tasks, each with a key (a
// mailbox), run at most `limit` at once, at most `perKey` of one key at once and tasks of at most `maxKeys`
// keys at once (mailboxes in flight), in the order they were added as far as the limits allow. CalendarSync uses one pool per phase: mailboxes read side by side (one task per
// mailbox, its pages in order inside the task), removals and occurrences checked against the server, and the
// writes (one task per item, the item's writes in order inside it).
//
// A task gets a `done` function and calls it exactly once, from the event loop, when it has finished (also
// when it failed: failures are the task's business). stop() starts nothing new; the tasks under way finish.
// The pool's own `finished` callback runs once, from the event loop (never inside add() or start()), when
// nothing is running and nothing more will start: every task done, or stopped.
#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QString>

#include <functional>

namespace cxsync::sync {

class WorkPool final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkPool)
public:
    using Done = std::function<void()>;
    using Task = std::function<void(Done done)>;

    // Every limit is at least 1; maxKeys 0 = as many keys as `limit` allows.
    WorkPool(int limit, int perKey, int maxKeys = 0, QObject *parent = nullptr);
    ~WorkPool() override;

    // Queues a task. Tasks added while the pool runs start as soon as the limits allow.
    void add(const QString &key, Task task);
    // Starts the queued tasks; `finished` runs once everything is done (also when nothing was queued).
    void start(std::function<void()> finished);
    // Nothing more starts; `finished` follows once the tasks under way are done.
    void stop();

    bool isStopped() const { return m_stopped; }
    int running() const { return m_running; }
    int queued() const { return m_queued; }
    // Tasks started so far (for progress).
    int started() const { return m_started; }
    // The most tasks that were ever running at once, in total and for one key (for tests and benchmarks).
    int peakRunning() const { return m_peak; }
    int peakPerKey() const { return m_peakPerKey; }
    int peakKeys() const { return m_peakKeys; }

private:
    void pump();
    void taskDone(const QString &key);
    void markReady(const QString &key);

    int m_limit;
    int m_perKey;
    int m_maxKeys;
    bool m_begun = false;
    bool m_stopped = false;
    bool m_finished = false;
    bool m_pumping = false;
    int m_running = 0;
    int m_queued = 0;
    int m_started = 0;
    int m_peak = 0;
    int m_peakPerKey = 0;
    int m_peakKeys = 0;
    QHash<QString, QQueue<Task>> m_pending;
    QHash<QString, int> m_runningPerKey;
    QQueue<QString> m_ready; // keys with queued tasks and room to start one, in the order they became so
    QHash<QString, bool> m_inReady;
    QQueue<QString> m_waitingForKeySlot; // ready keys not running yet while maxKeys keys run
    std::function<void()> m_finishedCallback;
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
};

} // namespace cxsync::sync
