#include "demo/FixtureWriter.h"
#include "engine/PlaybackEngine.h"
#include "playlist/PlayCounter.h"
#include "playlist/PlaybackController.h"
#include "support/AudioCapture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;
using playlist::PlaybackController;
using playlist::PlayCounter;

namespace {

constexpr int kTrackSeconds = 20;
constexpr qint64 kHalfMs = kTrackSeconds * 1000 / 2;
constexpr int kWaitMs = 120'000;

} // namespace

// When a play counts, through the real engine into a capture paced like a sound card (four times
// faster): skips count nothing, a listen counts once when half the track has been heard, seeks
// back do not count it again, a seek forward skips what it jumps over, and the same track started
// again is a new listen.
class TestPlayCounter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_capture.applyToThisProcess();
        for (int i = 0; i < 3; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("track%1.flac").arg(i));
            const auto pcm =
                demo::fixtureSignal(44100, 2, qint64(kTrackSeconds) * 44100, std::uint32_t(i + 3));
            QVERIFY(demo::writeFixture(path, demo::FixtureFormat::Flac, pcm, {}).isEmpty());
            library::Track track;
            track.path = path;
            m_tracks << track;
        }
    }

    void thresholdIsHalfTheTrackOrFourMinutes()
    {
        QCOMPARE(PlayCounter::thresholdMs(30'000), 15'000);
        QCOMPARE(PlayCounter::thresholdMs(7 * 60'000), 3 * 60'000 + 30'000);
        QCOMPARE(PlayCounter::thresholdMs(10 * 60'000), 4 * 60'000);
    }

    void countsWhatWasHeard()
    {
        engine::PlaybackEngine engine;
        PlaybackController controller(engine);
        PlayCounter counter(controller);
        QSignalSpy heard(&counter, &PlayCounter::heard);
        QSignalSpy started(&controller, &PlaybackController::trackStarted);
        qint64 positionWhenCounted = -1;
        connect(&counter, &PlayCounter::heard, this,
                [&] { positionWhenCounted = controller.position(); });
        controller.setQueue(m_tracks);

        // Two skips in a moment: neither counts.
        controller.playIndex(0);
        QVERIFY(started.wait(kWaitMs));
        controller.next();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, kWaitMs);
        controller.next();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 3, kWaitMs);
        QCOMPARE(started.last().first().toInt(), 2);
        QCOMPARE(heard.size(), 0);

        // The third is heard past half: it counts then, once.
        QVERIFY(heard.wait(kWaitMs));
        QCOMPARE(heard.size(), 1);
        QCOMPARE(heard.first().first().value<library::Track>().path, m_tracks[2].path);
        QVERIFY2(positionWhenCounted >= kHalfMs && positionWhenCounted < kHalfMs + 2000,
                 qPrintable(QString::number(positionWhenCounted)));

        // Heard again from the start within the same listen: still one.
        controller.seek(0);
        QTRY_VERIFY_WITH_TIMEOUT(controller.position() < kHalfMs, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(controller.position() > kHalfMs + 1000, kWaitMs);
        QCOMPARE(heard.size(), 1);

        // Started again: a new listen, which counts when heard past half again.
        controller.playIndex(2);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 4, kWaitMs);
        QVERIFY(heard.wait(kWaitMs));
        QCOMPARE(heard.size(), 2);

        // A seek past half skips to there: the rest heard is a quarter, and does not count.
        controller.playIndex(0);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 5, kWaitMs);
        controller.seek(kHalfMs + kHalfMs / 2);
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 6, kWaitMs);
        QCOMPARE(started.last().first().toInt(), 1);
        QCOMPARE(heard.size(), 2);
        controller.stop();
    }

private:
    QTemporaryDir m_dir;
    testing::AudioCapture m_capture{testing::AudioCapture::Pace::Paced, 4.0};
    QList<library::Track> m_tracks;
};

QTEST_GUILESS_MAIN(TestPlayCounter)
#include "tst_playcounter.moc"
