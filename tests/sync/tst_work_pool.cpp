// WorkPool (issue 20): the run's concurrency. At most `limit` tasks at once and `perKey` of one key, tasks of a
// key in the order they were added, stop() starting nothing new, and `finished` exactly once, from the event
// loop, after the last task under way.
#include "sync/WorkPool.h"

#include <QDeadlineTimer>
#include <QTest>
#include <QTimer>

using namespace cxsync::sync;

class tst_WorkPool : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void boundsTotalAndPerKey_data();
    void boundsTotalAndPerKey();
    void boundsKeysInFlight();
    void keepsOrderWithinAKey();
    void stopStartsNothingNew();
    void finishesOnceWhenEmpty();
    void taskDoneInsideTheCallIsFine();
    void tasksAddedWhileRunningRun();
};

namespace {
// Runs `pool` to its end with tasks that finish after `delayMs`; returns whether `finished` came.
bool runToEnd(WorkPool &pool, int timeoutMs = 10000)
{
    bool finished = false;
    pool.start([&finished] { finished = true; });
    QDeadlineTimer deadline(timeoutMs);
    while (!finished && !deadline.hasExpired())
        QTest::qWait(5);
    return finished;
}
} // namespace

void tst_WorkPool::boundsTotalAndPerKey_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("perKey");
    QTest::addColumn<int>("keys");
    QTest::addColumn<int>("tasksPerKey");
    QTest::newRow("16 of 100 mailboxes, 4 each") << 16 << 4 << 100 << 6;
    QTest::newRow("one busy mailbox") << 16 << 4 << 1 << 40;
    QTest::newRow("one at a time") << 1 << 4 << 5 << 3;
    QTest::newRow("readers: one task per key") << 8 << 1 << 30 << 1;
}

void tst_WorkPool::boundsTotalAndPerKey()
{
    QFETCH(int, limit);
    QFETCH(int, perKey);
    QFETCH(int, keys);
    QFETCH(int, tasksPerKey);
    WorkPool pool(limit, perKey, 0);
    int running = 0, peak = 0, done = 0;
    QHash<QString, int> perKeyRunning;
    int perKeyPeak = 0;
    for (int t = 0; t < tasksPerKey; ++t) {
        for (int k = 0; k < keys; ++k) {
            const QString key = QStringLiteral("mailbox%1").arg(k);
            pool.add(key, [&, key](WorkPool::Done finish) {
                ++running;
                peak = qMax(peak, running);
                perKeyPeak = qMax(perKeyPeak, ++perKeyRunning[key]);
                QTimer::singleShot(1 + (k * 7 + t) % 5, [&, key, finish] {
                    --running;
                    --perKeyRunning[key];
                    ++done;
                    finish();
                });
            });
        }
    }
    bool finished = false;
    pool.start([&finished] { finished = true; });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
    QCOMPARE(done, keys * tasksPerKey);
    QCOMPARE(running, 0);
    QVERIFY2(peak <= limit, qPrintable(QStringLiteral("peak %1 > limit %2").arg(peak).arg(limit)));
    QVERIFY(perKeyPeak <= perKey);
    QCOMPARE(pool.peakRunning(), peak);
    QCOMPARE(pool.peakPerKey(), perKeyPeak);
    // the pool uses what it may: with enough work it reaches its limits
    QCOMPARE(peak, qMin(limit, keys * qMin(perKey, tasksPerKey)));
}

void tst_WorkPool::boundsKeysInFlight()
{
    // 16 mailboxes in flight, 4 items each: 64 at once at most, never a 17th mailbox
    WorkPool pool(64, 4, 16);
    QHash<QString, int> perKey;
    int peakKeys = 0, done = 0;
    for (int t = 0; t < 10; ++t) {
        for (int k = 0; k < 40; ++k) {
            const QString key = QString::number(k);
            pool.add(key, [&, key, t](WorkPool::Done finish) {
                ++perKey[key];
                peakKeys = qMax(peakKeys, int(perKey.size()));
                QTimer::singleShot(1 + (t + key.toInt()) % 3, [&, key, finish] {
                    if (--perKey[key] == 0)
                        perKey.remove(key);
                    ++done;
                    finish();
                });
            });
        }
    }
    QVERIFY(runToEnd(pool, 20000));
    QCOMPARE(done, 400);
    QCOMPARE(peakKeys, 16);
    QCOMPARE(pool.peakKeys(), 16);
    QCOMPARE(pool.peakRunning(), 64);
}

void tst_WorkPool::keepsOrderWithinAKey()
{
    WorkPool pool(8, 1);
    QHash<QString, QList<int>> seen;
    for (int i = 0; i < 20; ++i) {
        const QString key = QStringLiteral("k%1").arg(i % 3);
        pool.add(key, [&seen, key, i](WorkPool::Done finish) {
            seen[key].append(i);
            QTimer::singleShot((20 - i) % 4, finish);
        });
    }
    QVERIFY(runToEnd(pool));
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        QList<int> sorted = it.value();
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(it.value(), sorted);
    }
    QCOMPARE(seen.value(QStringLiteral("k0")).size() + seen.value(QStringLiteral("k1")).size() +
                 seen.value(QStringLiteral("k2")).size(),
             20);
}

void tst_WorkPool::stopStartsNothingNew()
{
    WorkPool pool(2, 2);
    int started = 0, done = 0;
    bool finished = false;
    for (int i = 0; i < 10; ++i) {
        pool.add(QStringLiteral("m"), [&, i](WorkPool::Done finish) {
            ++started;
            if (i == 1)
                pool.stop(); // a cancel while two are under way
            QTimer::singleShot(20, [&, finish] {
                ++done;
                finish();
            });
        });
    }
    pool.start([&] {
        QCOMPARE(done, started); // the tasks under way finished first
        finished = true;
    });
    QTRY_VERIFY(finished);
    QCOMPARE(started, 2);
    QCOMPARE(done, 2);
    QVERIFY(pool.isStopped());
    QCOMPARE(pool.queued(), 8);
}

void tst_WorkPool::finishesOnceWhenEmpty()
{
    WorkPool pool(4, 1);
    int finished = 0;
    pool.start([&finished] { ++finished; });
    QCOMPARE(finished, 0); // never inside start()
    QTRY_COMPARE(finished, 1);
    pool.stop();
    QTest::qWait(20);
    QCOMPARE(finished, 1);
}

void tst_WorkPool::taskDoneInsideTheCallIsFine()
{
    // 100,000 tasks that have nothing to do and say so at once: no recursion, every one runs
    WorkPool pool(16, 4);
    int ran = 0;
    for (int i = 0; i < 100000; ++i) {
        pool.add(QString::number(i % 50), [&ran](WorkPool::Done finish) {
            ++ran;
            finish();
            finish(); // a second call is ignored
        });
    }
    QVERIFY(runToEnd(pool, 60000));
    QCOMPARE(ran, 100000);
    QCOMPARE(pool.running(), 0);
}

void tst_WorkPool::tasksAddedWhileRunningRun()
{
    WorkPool pool(3, 1);
    QStringList order;
    pool.add(QStringLiteral("a"), [&](WorkPool::Done finish) {
        order.append(QStringLiteral("a1"));
        pool.add(QStringLiteral("a"), [&order](WorkPool::Done f) {
            order.append(QStringLiteral("a2"));
            f();
        });
        QTimer::singleShot(5, finish);
    });
    QVERIFY(runToEnd(pool));
    QCOMPARE(order, (QStringList{QStringLiteral("a1"), QStringLiteral("a2")}));
}

QTEST_GUILESS_MAIN(tst_WorkPool)
#include "tst_work_pool.moc"
