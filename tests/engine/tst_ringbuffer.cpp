#include "engine/RingBuffer.h"

#include <QTest>
#include <thread>
#include <vector>

using liner::engine::RingBuffer;

class TestRingBuffer : public QObject
{
    Q_OBJECT

private slots:
    void roundsCapacityUpToPowerOfTwo()
    {
        const RingBuffer ring(1000);
        QCOMPARE(ring.capacity(), std::size_t(1024));
        QCOMPARE(ring.readable(), std::size_t(0));
        QCOMPARE(ring.writable(), std::size_t(1024));
    }

    void wrapsAroundKeepingOrder()
    {
        RingBuffer ring(8);
        std::vector<float> out(8);
        float next = 0;
        float expected = 0;
        for (int round = 0; round < 100; ++round) {
            const std::vector<float> in{next, next + 1, next + 2, next + 3, next + 4};
            QCOMPARE(ring.write(in.data(), in.size()), std::size_t(5));
            next += 5;
            QCOMPARE(ring.read(out.data(), 5), std::size_t(5));
            for (int i = 0; i < 5; ++i)
                QCOMPARE(out[i], expected++);
        }
    }

    void refusesWhatDoesNotFit()
    {
        RingBuffer ring(4);
        const std::vector<float> in{1, 2, 3, 4, 5, 6};
        QCOMPARE(ring.write(in.data(), in.size()), std::size_t(4));
        QCOMPARE(ring.writable(), std::size_t(0));
        std::vector<float> out(6);
        QCOMPARE(ring.read(out.data(), 6), std::size_t(4));
        QCOMPARE(out[3], 4.0F);
        QCOMPARE(ring.read(out.data(), 6), std::size_t(0));
    }

    void clearEmpties()
    {
        RingBuffer ring(16);
        const std::vector<float> in(10, 1.0F);
        ring.write(in.data(), in.size());
        ring.clear();
        QCOMPARE(ring.readable(), std::size_t(0));
        QCOMPARE(ring.writable(), std::size_t(16));
    }

    // One producer and one consumer thread, as the engine and the audio callback use it: every
    // sample arrives once, in order (ThreadSanitizer checks the memory ordering in scripts/test).
    void transfersBetweenThreadsInOrder()
    {
        RingBuffer ring(1024);
        constexpr std::size_t kTotal = 2'000'000;
        std::thread producer([&ring] {
            std::vector<float> block(333);
            std::size_t sent = 0;
            while (sent < kTotal) {
                const std::size_t count = std::min(block.size(), kTotal - sent);
                for (std::size_t i = 0; i < count; ++i)
                    block[i] = float((sent + i) % 1'000'000);
                std::size_t done = 0;
                while (done < count) {
                    done += ring.write(block.data() + done, count - done);
                    if (done < count)
                        std::this_thread::yield();
                }
                sent += count;
            }
        });
        std::vector<float> block(257);
        std::size_t received = 0;
        bool inOrder = true;
        while (received < kTotal) {
            const std::size_t got = ring.read(block.data(), block.size());
            for (std::size_t i = 0; i < got; ++i)
                inOrder = inOrder && block[i] == float((received + i) % 1'000'000);
            received += got;
            if (got == 0)
                std::this_thread::yield();
        }
        producer.join();
        QVERIFY(inOrder);
        QCOMPARE(received, kTotal);
    }
};

QTEST_GUILESS_MAIN(TestRingBuffer)
#include "tst_ringbuffer.moc"
