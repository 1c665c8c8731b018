#include "common/InParts.h"

#include <QMutex>
#include <QSemaphore>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <vector>

class TestInParts : public QObject
{
    Q_OBJECT

private slots:
    // Every item is in exactly one part, whatever the count against the cores.
    void coversEachItemOnce()
    {
        for (const qsizetype count : {0, 1, 999, 1000, 1001, 2000, 12345}) {
            std::vector<std::atomic<int>> seen(static_cast<std::size_t>(count));
            liner::common::inParts(count, [&seen](qsizetype from, qsizetype to) {
                for (qsizetype i = from; i < to; ++i)
                    ++seen[std::size_t(i)];
            });
            for (qsizetype i = 0; i < count; ++i)
                QCOMPARE(seen[std::size_t(i)].load(), 1);
        }
    }

    // A large range is done on as many threads as there are cores, one of them the caller's; a
    // small one on the caller's alone.
    void largeRangesUseEveryCore()
    {
        const QSet<QThread*> large = threadsDoingParts(100'000, QThread::idealThreadCount());
        QCOMPARE(large.size(), QThread::idealThreadCount());
        QVERIFY(large.contains(QThread::currentThread()));
        QCOMPARE(threadsDoingParts(10, 1), QSet<QThread*>{QThread::currentThread()});
    }

    // Called from a thread of the global pool while every other one is taken (as grouping is
    // while a library pass waits), its parts still run at once.
    void runsFromAFullGlobalPool()
    {
        if (QThread::idealThreadCount() < 2)
            QSKIP("one core: nothing is shared out");
        QThreadPool& pool = *QThreadPool::globalInstance();
        QSemaphore release;
        QList<QFuture<void>> blockers;
        for (int i = 1; i < pool.maxThreadCount(); ++i)
            blockers << QtConcurrent::run(&pool, [&release] { release.acquire(); });
        const QSet<QThread*> threads =
            QtConcurrent::run(&pool, [] {
                return threadsDoingParts(100'000, QThread::idealThreadCount());
            }).result();
        release.release(int(blockers.size()));
        for (QFuture<void>& blocker : blockers)
            blocker.waitForFinished();
        QCOMPARE(threads.size(), QThread::idealThreadCount());
    }

private:
    // The threads that did the parts of `count` items, expected in `parts` parts. Each part
    // waits (five seconds at most) until every part has begun, so no thread can do two of them
    // unless the parts ran one after the other.
    static QSet<QThread*> threadsDoingParts(qsizetype count, int parts)
    {
        QMutex mutex;
        QSet<QThread*> threads;
        QSemaphore begun;
        liner::common::inParts(count, [&](qsizetype, qsizetype) {
            {
                const QMutexLocker lock(&mutex);
                threads.insert(QThread::currentThread());
            }
            begun.release();
            if (begun.tryAcquire(parts, 5000))
                begun.release(parts);
        });
        return threads;
    }
};

QTEST_GUILESS_MAIN(TestInParts)
#include "tst_inparts.moc"
