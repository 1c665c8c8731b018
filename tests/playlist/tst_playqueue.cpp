#include "demo/FixtureWriter.h"
#include "engine/PlaybackEngine.h"
#include "playlist/PlaybackController.h"
#include "support/AudioCapture.h"
#include "support/DecodedAudio.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;
using playlist::PlaybackController;
using playlist::RepeatMode;

namespace {

// The rows heard, in order, as trackStarted reported them.
QList<int> rowsOf(const QSignalSpy& started)
{
    QList<int> rows;
    for (const QList<QVariant>& signal : started)
        rows << signal.first().toInt();
    return rows;
}

// The tracks of the queue in the order they play, by their index in `tracks`.
QList<int> indexesOf(const PlaybackController& controller, const QList<library::Track>& tracks)
{
    QList<int> indexes;
    for (const library::Track& queued : controller.queue().tracks())
        indexes << int(tracks.indexOf(queued));
    return indexes;
}

} // namespace

// The rules of the play queue (play next, add to queue, shuffle, repeat one and all) through the
// real engine into an ALSA file capture: the tracks the controller reports are the ones the device
// got, whole and in that order.
class TestPlayQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QList<library::Track> m_tracks;
    QList<std::vector<float>> m_decoded;

    // The capture holds, from its first sound, these tracks one after the other, sample for
    // sample; the last one may be cut short when playback was stopped.
    void verifyHeard(const testing::AudioCapture& capture, const QList<int>& rows,
                     bool lastMayBeCut)
    {
        std::vector<float> expected;
        for (const int row : rows)
            expected.insert(expected.end(), m_decoded[row].begin(), m_decoded[row].end());
        const QStringList files = capture.finishedCaptureFiles();
        QCOMPARE(files.size(), 1);
        const std::vector<float> captured = testing::AudioCapture::readFloats(files.first());
        // Both start at their first sound: the device gets some silence first, and the first track
        // may begin with a zero sample.
        const std::size_t start = testing::firstNonSilentSample(captured) & ~std::size_t(1);
        const std::size_t expectedStart = testing::firstNonSilentSample(expected) & ~std::size_t(1);
        std::size_t end = expected.size();
        if (lastMayBeCut)
            end -= m_decoded[rows.constLast()].size();
        QVERIFY2(captured.size() - start >= end - expectedStart,
                 qPrintable(QStringLiteral("%1 frames captured, %2 expected")
                                .arg((captured.size() - start) / 2)
                                .arg((end - expectedStart) / 2)));
        const auto [at, unused] = std::mismatch(expected.begin() + std::ptrdiff_t(expectedStart),
                                                expected.begin() + std::ptrdiff_t(end),
                                                captured.begin() + std::ptrdiff_t(start));
        QVERIFY2(at == expected.begin() + std::ptrdiff_t(end),
                 qPrintable(QStringLiteral("first difference at frame %1 of %2")
                                .arg((at - expected.begin()) / 2)
                                .arg(end / 2)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < 5; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("track%1.flac").arg(i));
            // Odd lengths, and each its own signal, so that any mix-up shows in the samples. Two
            // seconds each: a paced device waits for no one, and a starved UI thread on a loaded
            // machine must still answer what follows before the track before it has played out.
            const auto pcm = demo::fixtureSignal(44100, 2, 88201 + 3001 * i, std::uint32_t(i + 11));
            QVERIFY(demo::writeFixture(path, demo::FixtureFormat::Flac, pcm, {}).isEmpty());
            library::Track track;
            track.path = path;
            track.trackNumber = i + 1;
            m_tracks << track;
            m_decoded << testing::decodeFile(path).samples;
            QVERIFY(!m_decoded.constLast().empty());
        }
    }

    void playNextAndAddToQueuePlaceTracksWhereTheySay()
    {
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        capture.applyToThisProcess();
        {
            engine::PlaybackEngine engine;
            PlaybackController controller(engine);
            QSignalSpy started(&controller, &PlaybackController::trackStarted);
            QSignalSpy finished(&controller, &PlaybackController::finished);
            controller.setQueue({m_tracks[0]});
            controller.playIndex(0);
            controller.playNext({m_tracks[1]});
            controller.addToQueue({m_tracks[2]});
            controller.playNext({m_tracks[3], m_tracks[4]});
            QCOMPARE(indexesOf(controller, m_tracks), (QList<int>{0, 3, 4, 1, 2}));
            QVERIFY(finished.wait(60000));
            QCOMPARE(rowsOf(started), (QList<int>{0, 1, 2, 3, 4}));
        }
        verifyHeard(capture, {0, 3, 4, 1, 2}, false);
    }

    // Added while the queue plays, perhaps after the engine was told nothing follows: still heard.
    void tracksAddedDuringPlaybackAreHeard()
    {
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Paced);
        capture.applyToThisProcess();
        QList<int> heard;
        int stops = 0;
        {
            engine::PlaybackEngine engine;
            PlaybackController controller(engine);
            QSignalSpy started(&controller, &PlaybackController::trackStarted);
            QSignalSpy finished(&controller, &PlaybackController::finished);
            QSignalSpy states(&controller, &PlaybackController::stateChanged);
            controller.setQueue({m_tracks[0], m_tracks[1]});
            controller.playIndex(0);
            QVERIFY(started.wait(60000));
            controller.playNext({m_tracks[2]});
            controller.addToQueue({m_tracks[3]});
            QVERIFY(finished.wait(60000));
            QCOMPARE(rowsOf(started), (QList<int>{0, 1, 2, 3}));
            heard = indexesOf(controller, m_tracks);
            for (const QList<QVariant>& state : std::as_const(states))
                stops +=
                    state.first().value<engine::PlaybackState>() == engine::PlaybackState::Stopped;
        }
        // "Play next" lands after the track the engine is decoding: track 0, or track 1 when the
        // engine had already opened it for a gapless join.
        QVERIFY(heard == (QList<int>{0, 2, 1, 3}) || heard == (QList<int>{0, 1, 2, 3}));
        // When the engine had already been told that nothing follows track 1, it stopped there
        // and the added tracks started anew; otherwise the whole run is gapless.
        if (stops == 1)
            verifyHeard(capture, heard, false);
    }

    void shufflePlaysEveryTrackOnceInTheOrderItShows()
    {
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        capture.applyToThisProcess();
        QList<int> order;
        {
            engine::PlaybackEngine engine;
            PlaybackController controller(engine);
            QSignalSpy started(&controller, &PlaybackController::trackStarted);
            QSignalSpy finished(&controller, &PlaybackController::finished);
            controller.setQueue(m_tracks);
            controller.setShuffle(true);
            controller.playIndex(int(controller.queue().tracks().indexOf(m_tracks[2])));
            order = indexesOf(controller, m_tracks);
            QCOMPARE(order.constFirst(), 2);
            QList<int> sorted = order;
            std::ranges::sort(sorted);
            QCOMPARE(sorted, (QList<int>{0, 1, 2, 3, 4}));
            QVERIFY(finished.wait(60000));
            // The queue shows the order it plays in.
            QCOMPARE(rowsOf(started), (QList<int>{0, 1, 2, 3, 4}));

            controller.setShuffle(false);
            QCOMPARE(indexesOf(controller, m_tracks), (QList<int>{0, 1, 2, 3, 4}));
        }
        verifyHeard(capture, order, false);
    }

    void repeatOnePlaysTheTrackAgainWithoutAGap()
    {
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        capture.applyToThisProcess();
        {
            engine::PlaybackEngine engine;
            PlaybackController controller(engine);
            QSignalSpy started(&controller, &PlaybackController::trackStarted);
            controller.setQueue({m_tracks[0], m_tracks[1]});
            controller.setRepeat(RepeatMode::One);
            controller.playIndex(1);
            QTRY_VERIFY_WITH_TIMEOUT(started.size() >= 4, 60000);
            controller.stop();
            QCOMPARE(rowsOf(started).first(4), (QList<int>{1, 1, 1, 1}));
        }
        verifyHeard(capture, {1, 1, 1, 1}, true);
    }

    void repeatAllStartsOverAfterTheLastTrack()
    {
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        capture.applyToThisProcess();
        {
            engine::PlaybackEngine engine;
            PlaybackController controller(engine);
            QSignalSpy started(&controller, &PlaybackController::trackStarted);
            controller.setQueue({m_tracks[0], m_tracks[1], m_tracks[2]});
            controller.setRepeat(RepeatMode::All);
            controller.playIndex(1);
            QTRY_VERIFY_WITH_TIMEOUT(started.size() >= 5, 60000);
            controller.stop();
            QCOMPARE(rowsOf(started).first(5), (QList<int>{1, 2, 0, 1, 2}));
        }
        verifyHeard(capture, {1, 2, 0, 1, 2}, true);
    }

    // "Next" and "previous" step through the shuffled order. Tracks are short and may end on their
    // own meanwhile, so each step is checked from the row current when it was taken; a report of
    // the old chain that was still on its way is dropped by the controller.
    void nextAndPreviousFollowTheShuffledOrder()
    {
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Paced);
        capture.applyToThisProcess();
        engine::PlaybackEngine engine;
        PlaybackController controller(engine);
        QSignalSpy started(&controller, &PlaybackController::trackStarted);
        controller.setQueue(m_tracks);
        controller.setShuffle(true);
        controller.setRepeat(RepeatMode::All);
        controller.playIndex(int(controller.queue().tracks().indexOf(m_tracks[4])));
        const QList<int> order = indexesOf(controller, m_tracks);
        QCOMPARE(order.constFirst(), 4);
        QVERIFY(started.wait(60000));
        for (const bool forward : {true, true, false, true, false}) {
            const int from = controller.currentIndex();
            const qsizetype reports = started.size();
            if (forward) {
                controller.next();
            } else {
                if (from == 0)
                    continue;
                controller.previous();
            }
            QTRY_VERIFY_WITH_TIMEOUT(started.size() > reports, 60000);
            const int expected = forward ? (from + 1) % int(order.size()) : from - 1;
            QCOMPARE(started.at(reports).first().toInt(), expected);
        }
        QCOMPARE(indexesOf(controller, m_tracks), order);
        controller.stop();
    }

    // Rows taken out of the queue and rows moved while it plays: the playing track goes on, and
    // what follows is the queue as edited, gapless. Tracks are long enough (8 s, paced) that the
    // engine is still decoding the first when the edits come.
    void queueEditsKeepTheTrackPlaying()
    {
        QList<library::Track> tracks;
        QList<std::vector<float>> decoded;
        for (int i = 0; i < 5; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("long%1.flac").arg(i));
            const auto pcm = demo::fixtureSignal(44100, 2, 44100 * 8 + i, std::uint32_t(i + 31));
            QVERIFY(demo::writeFixture(path, demo::FixtureFormat::Flac, pcm, {}).isEmpty());
            library::Track track;
            track.path = path;
            tracks << track;
            decoded << testing::decodeFile(path).samples;
        }
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Paced);
        capture.applyToThisProcess();
        QStringList heard;
        {
            engine::PlaybackEngine engine;
            PlaybackController controller(engine);
            QSignalSpy started(&controller, &PlaybackController::trackStarted);
            QSignalSpy finished(&controller, &PlaybackController::finished);
            QSignalSpy moved(&controller.queue(), &QAbstractItemModel::rowsMoved);
            // By file, as each starts: edits renumber the rows.
            connect(&controller, &PlaybackController::trackStarted, this,
                    [&heard, &controller](int row) {
                        heard << QFileInfo(controller.queue().track(row).path).fileName();
                    });
            controller.setQueue(tracks);
            controller.playIndex(0);
            QVERIFY(started.wait(60000));
            const int current = controller.currentIndex();
            QCOMPARE(current, 0);
            // The playing row is kept; the others go.
            controller.removeRows({0, 3});
            QCOMPARE(indexesOf(controller, tracks), (QList<int>{0, 1, 2, 4}));
            QCOMPARE(controller.currentIndex(), 0);
            // Track 2 is dragged before the playing one: it is not heard, and the playing row
            // follows its track.
            QVERIFY(controller.queue().moveRows({}, 2, 1, {}, 0));
            QCOMPARE(indexesOf(controller, tracks), (QList<int>{2, 0, 1, 4}));
            QCOMPARE(controller.currentIndex(), 1);
            // Onto itself: refused.
            QVERIFY(!controller.queue().moveRows({}, 1, 1, {}, 1));
            QCOMPARE(moved.size(), 1);
            QCOMPARE(controller.state(), engine::PlaybackState::Playing);
            QVERIFY(finished.wait(120000));
        }
        QCOMPARE(heard, (QStringList{"long0.flac", "long1.flac", "long4.flac"}));
        m_decoded.append(decoded);
        verifyHeard(capture, {5, 6, 9}, false);
        m_decoded.resize(5);
    }
};

QTEST_GUILESS_MAIN(TestPlayQueue)
#include "tst_playqueue.moc"
