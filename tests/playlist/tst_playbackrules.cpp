#include "playlist/PlaybackController.h"
#include "support/ScriptedEngine.h"

#include <QSignalSpy>
#include <QTest>

using namespace liner;
using engine::PlaybackState;
using playlist::PlaybackController;
using playlist::RepeatMode;
using testing::ScriptedEngine;

namespace {

library::Track track(int number)
{
    library::Track track;
    track.path = QStringLiteral("/music/%1.flac").arg(number, 2, 10, QLatin1Char('0'));
    track.title = QStringLiteral("Track %1").arg(number);
    track.trackNumber = number;
    track.durationMs = 180'000 + number;
    return track;
}

QList<library::Track> tracks(int count)
{
    QList<library::Track> list;
    for (int number = 1; number <= count; ++number)
        list << track(number);
    return list;
}

// The queue's tracks by number, in the order they play.
QList<int> numbers(const PlaybackController& controller)
{
    QList<int> list;
    for (const library::Track& queued : controller.queue().tracks())
        list << queued.trackNumber;
    return list;
}

// Which track a source names, by the number in its file's name.
int numberOf(const engine::TrackSource& source)
{
    return source.path.isEmpty() ? 0 : source.path.section(QLatin1Char('/'), -1).left(2).toInt();
}

} // namespace

// The rules of play, against a scripted engine: no thread, no device, no file. Each test makes
// the engine's reports itself and checks what the controller tells the engine and its readers.
// tst_playqueue plays the same rules through the real engine into a capture.
class TestPlaybackRules : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_engine = std::make_unique<ScriptedEngine>();
        m_controller = std::make_unique<PlaybackController>(*m_engine);
    }

    void cleanup()
    {
        m_controller.reset();
        m_engine.reset();
    }

    // Each track's successor is told when the engine asks, naming the question; the queue plays
    // to its end, then the controller says it has finished.
    void playsTheQueueInOrderTellingWhatFollows()
    {
        QSignalSpy current(m_controller.get(), &PlaybackController::currentIndexChanged);
        QSignalSpy started(m_controller.get(), &PlaybackController::trackStarted);
        QSignalSpy finished(m_controller.get(), &PlaybackController::finished);
        m_controller->setQueue(tracks(3));
        m_controller->playIndex(0);
        QCOMPARE(numberOf(m_engine->playedSource()), 1);
        int serial = m_engine->playedSerial();
        m_engine->hear(serial);
        for (int number = 2; number <= 3; ++number) {
            const auto answer = m_engine->ask(serial);
            QVERIFY(answer);
            QCOMPARE(answer->afterSerial, serial);
            QCOMPARE(numberOf(answer->source), number);
            serial = m_engine->follow(serial);
            QCOMPARE(m_controller->currentIndex(), number - 1);
        }
        const auto last = m_engine->ask(serial);
        QVERIFY(last);
        QVERIFY(last->source.path.isEmpty());
        QCOMPARE(m_engine->follow(serial), 0);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(current.size(), 3);
        QCOMPARE(started.size(), 3);
        QCOMPARE(m_controller->currentTrack()->trackNumber, 3);
    }

    void nextAndPreviousStepThroughTheQueue()
    {
        m_controller->setQueue(tracks(3));
        m_controller->playIndex(1);
        m_engine->hear(m_engine->playedSerial());
        m_controller->next();
        QCOMPARE(numberOf(m_engine->playedSource()), 3);
        m_engine->hear(m_engine->playedSerial());
        // At the end, with repeat off, there is no next.
        const int plays = m_engine->plays();
        m_controller->next();
        QCOMPARE(m_engine->plays(), plays);
        // Early in a track, the one before it.
        m_engine->reportPosition(m_engine->playedSerial(),
                                 PlaybackController::kRestartThresholdMs - 1);
        m_controller->previous();
        QCOMPARE(numberOf(m_engine->playedSource()), 2);
    }

    // Later than three seconds into a track, "previous" starts it again, and says so.
    void previousLateInATrackRestartsIt()
    {
        QSignalSpy seeked(m_controller.get(), &PlaybackController::seeked);
        m_controller->setQueue(tracks(3));
        m_controller->playIndex(1);
        const int serial = m_engine->playedSerial();
        m_engine->hear(serial);
        m_engine->reportPosition(serial, PlaybackController::kRestartThresholdMs);
        m_controller->previous();
        QCOMPARE(m_engine->playedSerial(), serial);
        QCOMPARE(m_engine->seeks(), QList<qint64>{0});
        QCOMPARE(seeked.size(), 1);
        // The first track has none before it: always the start again.
        m_controller->playIndex(0);
        m_engine->hear(m_engine->playedSerial());
        m_controller->previous();
        QCOMPARE(numberOf(m_engine->playedSource()), 1);
        QCOMPARE(m_engine->seeks(), (QList<qint64>{0, 0}));
    }

    void repeatOneAndRepeatAll()
    {
        m_controller->setQueue(tracks(2));
        m_controller->playIndex(1);
        const int serial = m_engine->playedSerial();
        m_engine->hear(serial);
        QVERIFY(m_engine->ask(serial)->source.path.isEmpty());
        // Told again as soon as the mode changes what follows.
        m_controller->setRepeat(RepeatMode::One);
        QCOMPARE(numberOf(m_engine->lastAnswerAbout(serial)->source), 2);
        m_controller->setRepeat(RepeatMode::All);
        QCOMPARE(numberOf(m_engine->lastAnswerAbout(serial)->source), 1);
        // "Next" wraps around too, while repeating all; a repeated track is a new serial.
        QSignalSpy started(m_controller.get(), &PlaybackController::trackStarted);
        m_controller->setRepeat(RepeatMode::One);
        const int again = m_engine->follow(serial);
        QVERIFY(again != serial);
        QCOMPARE(started.size(), 1);
        QCOMPARE(m_controller->currentIndex(), 1);
        m_controller->setRepeat(RepeatMode::All);
        m_controller->next();
        QCOMPARE(numberOf(m_engine->playedSource()), 1);
    }

    // Shuffle keeps the track being heard first and plays every other once; off again, the queue
    // is back in the order it was queued in, and goes on after the track heard.
    void shuffleAndBack()
    {
        QSignalSpy layout(&m_controller->queue(), &QAbstractItemModel::layoutChanged);
        m_controller->setQueue(tracks(8));
        m_controller->playIndex(2);
        const int serial = m_engine->playedSerial();
        m_engine->hear(serial);
        m_controller->setShuffle(true);
        QCOMPARE(layout.size(), 1);
        QList<int> order = numbers(*m_controller);
        QCOMPARE(order.first(), 3);
        QCOMPARE(m_controller->currentIndex(), 0);
        std::ranges::sort(order);
        QCOMPARE(order, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8}));
        // What follows is the shuffled order's second.
        QCOMPARE(numberOf(m_engine->lastAnswerAbout(serial)->source),
                 m_controller->queue().track(1).trackNumber);
        m_controller->setShuffle(false);
        QCOMPARE(numbers(*m_controller), (QList<int>{1, 2, 3, 4, 5, 6, 7, 8}));
        QCOMPARE(m_controller->currentIndex(), 2);
        QCOMPARE(numberOf(m_engine->lastAnswerAbout(serial)->source), 4);
    }

    // A track picked while shuffling starts a new shuffled order, from it.
    void aTrackPickedWhileShufflingLeadsANewOrder()
    {
        m_controller->setShuffle(true);
        m_controller->setQueue(tracks(6));
        const int picked = m_controller->queue().track(4).trackNumber;
        m_controller->playIndex(4);
        QCOMPARE(numberOf(m_engine->playedSource()), picked);
        QCOMPARE(m_controller->queue().track(0).trackNumber, picked);
        // The window's double-click names a track of the album: the queue, already those
        // tracks, stays, and is shuffled anew after it.
        const int plays = m_engine->plays();
        const int stops = m_engine->stops();
        m_controller->playTracks(tracks(6), 1);
        QCOMPARE(m_engine->plays(), plays + 1);
        QCOMPARE(m_engine->stops(), stops);
        QCOMPARE(numberOf(m_engine->playedSource()), 2);
        QCOMPARE(m_controller->queue().track(0).trackNumber, 2);
    }

    // Other tracks replace the queue (and stop what plays); the same ones keep it, edits and all.
    void playTracksReplacesOnlyAnotherQueue()
    {
        m_controller->setQueue(tracks(3));
        m_controller->playIndex(0);
        m_engine->hear(m_engine->playedSerial());
        m_controller->addToQueue({track(9)});
        const int stops = m_engine->stops();
        m_controller->playTracks(tracks(3), 2);
        QCOMPARE(m_engine->stops(), stops + 1);
        QCOMPARE(numbers(*m_controller), (QList<int>{1, 2, 3}));
        QCOMPARE(numberOf(m_engine->playedSource()), 3);
        m_controller->addToQueue({track(9)});
        m_controller->playTracks(tracks(3) << track(9), 0);
        QCOMPARE(m_engine->stops(), stops + 1);
        QCOMPARE(numbers(*m_controller), (QList<int>{1, 2, 3, 9}));
    }

    // "Play next" goes right after the track being decoded: the one heard, or, in its last
    // seconds, the one already opened to follow it gaplessly. "Add to queue" goes to the end.
    // Either way the engine is told the new successor at once.
    void playNextAndAddToQueueWhilePlaying()
    {
        m_controller->setQueue(tracks(3));
        m_controller->playIndex(0);
        const int first = m_engine->playedSerial();
        m_engine->hear(first);
        m_engine->ask(first);
        m_controller->playNext({track(7)});
        QCOMPARE(numbers(*m_controller), (QList<int>{1, 7, 2, 3}));
        QCOMPARE(numberOf(m_engine->lastAnswerAbout(first)->source), 7);
        // The engine opens the next one for a gapless join: "play next" follows that one.
        const int second = m_engine->lastAnswerAbout(first)->serial;
        m_engine->ask(second);
        m_controller->playNext({track(8)});
        QCOMPARE(numbers(*m_controller), (QList<int>{1, 7, 8, 2, 3}));
        QCOMPARE(numberOf(m_engine->lastAnswerAbout(second)->source), 8);
        m_controller->addToQueue({track(9)});
        QCOMPARE(numbers(*m_controller), (QList<int>{1, 7, 8, 2, 3, 9}));
        // With nothing queued and nothing played, "play next" starts the queue.
        m_controller->setQueue({});
        m_controller->playNext({track(5)});
        QCOMPARE(numbers(*m_controller), QList<int>{5});
    }

    // "Play next" that comes after the engine opened the following track, but before the
    // controller heard of it: the engine plays that track next all the same, so the queue shows
    // it there, and what was queued follows it.
    void playNextJustAfterTheEngineWentOn()
    {
        m_controller->setQueue(tracks(3));
        m_controller->playIndex(0);
        const int first = m_engine->playedSerial();
        m_engine->hear(first);
        const int second = m_engine->ask(first)->serial; // the engine opens track 2 ...
        m_controller->playNext({track(9)});              // ... as the listener queues track 9
        QCOMPARE(numbers(*m_controller), (QList<int>{1, 9, 2, 3}));
        QSignalSpy moved(&m_controller->queue(), &QAbstractItemModel::rowsMoved);
        m_engine->ask(second);
        QCOMPARE(numbers(*m_controller), (QList<int>{1, 2, 9, 3}));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(numberOf(m_engine->lastAnswerAbout(second)->source), 9);
    }

    // Removing rows while playing leaves the track heard and the one opened after it; what
    // follows is told anew. Stopped, anything goes, the current track included.
    void removeRowsKeepsWhatPlays()
    {
        QSignalSpy current(m_controller.get(), &PlaybackController::currentIndexChanged);
        m_controller->setQueue(tracks(5));
        m_controller->playIndex(1);
        const int heard = m_engine->playedSerial();
        m_engine->hear(heard);
        const int opened = m_engine->ask(heard)->serial;
        m_engine->ask(opened);
        m_controller->removeRows({0, 1, 2, 3});
        QCOMPARE(numbers(*m_controller), (QList<int>{2, 3, 5}));
        QCOMPARE(m_controller->currentIndex(), 0);
        QCOMPARE(numberOf(m_engine->lastAnswerAbout(opened)->source), 5);
        QCOMPARE(current.size(), 1); // rows moving around the track heard are not a new one
        m_engine->stop();
        m_controller->removeRows({0});
        QCOMPARE(numbers(*m_controller), (QList<int>{3, 5}));
        QCOMPARE(m_controller->currentIndex(), -1);
        QCOMPARE(current.last().first().toInt(), -1);
    }

    // Rows a view moves (drag and drop) are the new play order; not shuffling, also the order to
    // come back to; while shuffling, only the play order.
    void rowsMovedByAViewAreTheNewOrder()
    {
        m_controller->setQueue(tracks(4));
        m_controller->playIndex(0);
        const int serial = m_engine->playedSerial();
        m_engine->hear(serial);
        m_engine->ask(serial);
        QVERIFY(m_controller->queue().moveRows({}, 3, 1, {}, 1));
        QCOMPARE(numbers(*m_controller), (QList<int>{1, 4, 2, 3}));
        QCOMPARE(numberOf(m_engine->lastAnswerAbout(serial)->source), 4);
        m_controller->setShuffle(true);
        m_controller->setShuffle(false);
        QCOMPARE(numbers(*m_controller), (QList<int>{1, 4, 2, 3}));
        m_controller->setShuffle(true);
        QVERIFY(m_controller->queue().moveRows({}, 0, 1, {}, 4));
        QCOMPARE(numbers(*m_controller).constLast(), 1);
        QCOMPARE(m_controller->currentIndex(), 3);
        m_controller->setShuffle(false);
        QCOMPARE(numbers(*m_controller), (QList<int>{1, 4, 2, 3}));
    }

    // Told that nothing follows, the engine plays out; tracks added meanwhile are told to it
    // (it may still join them), and if it finished first, they start after it.
    void tracksAddedAtTheEndOfTheQueueStillPlay()
    {
        QSignalSpy finished(m_controller.get(), &PlaybackController::finished);
        m_controller->setQueue(tracks(1));
        m_controller->playIndex(0);
        const int serial = m_engine->playedSerial();
        m_engine->hear(serial);
        QVERIFY(m_engine->ask(serial)->source.path.isEmpty());
        m_controller->addToQueue({track(2)});
        QCOMPARE(numberOf(m_engine->lastAnswerAbout(serial)->source), 2);
        m_controller->addToQueue({track(3)});
        m_engine->finish(); // the engine had finished before the answer reached it
        QCOMPARE(numberOf(m_engine->playedSource()), 2);
        QVERIFY(finished.isEmpty());
        m_engine->hear(m_engine->playedSerial());
        m_controller->next();
        m_engine->hear(m_engine->playedSerial());
        m_engine->finish();
        QCOMPARE(finished.size(), 1);
    }

    // Reports about tracks of an earlier queue, or of an earlier start, change nothing.
    void staleReportsAreDropped()
    {
        m_controller->setQueue(tracks(3));
        m_controller->playIndex(0);
        const int old = m_engine->playedSerial();
        m_engine->hear(old);
        m_engine->reportPosition(old, 2000);
        m_controller->playIndex(2);
        const int serial = m_engine->playedSerial();
        const qsizetype answers = m_engine->answers().size();
        QSignalSpy position(m_controller.get(), &PlaybackController::positionChanged);
        m_engine->hear(old);
        m_engine->reportPosition(old, 5000);
        QVERIFY(!m_engine->ask(old));
        QCOMPARE(m_engine->answers().size(), answers);
        QCOMPARE(m_controller->currentIndex(), 0);
        QCOMPARE(m_controller->position(), 2000);
        QVERIFY(position.isEmpty());
        m_engine->hear(serial);
        m_engine->reportPosition(old, 7000);
        m_engine->reportPosition(serial, 1000);
        QCOMPARE(m_controller->currentIndex(), 2);
        QCOMPARE(m_controller->position(), 1000);
        QCOMPARE(position.last().first().toLongLong(), 1000);
    }

    void failuresNameTheirRow()
    {
        QSignalSpy failed(m_controller.get(), &PlaybackController::trackFailed);
        m_controller->setQueue(tracks(3));
        m_controller->playIndex(0);
        const int serial = m_engine->playedSerial();
        const int next = m_engine->ask(serial)->serial;
        m_engine->fail(next, QStringLiteral("the file holds no audio"));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toInt(), 1);
        QCOMPARE(failed.first().at(2).toString(), QStringLiteral("the file holds no audio"));
        // The engine asks what follows the one it skipped.
        QCOMPARE(numberOf(m_engine->ask(next)->source), 3);
    }

    // Play before anything has played starts where the last session ended: that track, then a
    // seek once it is heard. Another choice of track forgets it.
    void playResumesTheLastSession()
    {
        m_controller->setQueue(tracks(3));
        m_controller->setResumePoint(2, 42'000);
        m_controller->playPause();
        QCOMPARE(numberOf(m_engine->playedSource()), 3);
        QVERIFY(m_engine->seeks().isEmpty());
        m_engine->hear(m_engine->playedSerial());
        QCOMPARE(m_engine->seeks(), QList<qint64>{42'000});
        m_controller->playPause();
        QCOMPARE(m_engine->state(), PlaybackState::Paused);
        m_controller->playPause();
        QCOMPARE(m_engine->state(), PlaybackState::Playing);

        m_controller->setQueue(tracks(3));
        m_controller->setResumePoint(1, 42'000);
        m_controller->playIndex(0);
        m_engine->stop();
        m_controller->playPause();
        QCOMPARE(numberOf(m_engine->playedSource()), 1);
    }

    // A new queue stops what plays, and nothing is current in it yet.
    void aNewQueueStopsWhatPlays()
    {
        QSignalSpy current(m_controller.get(), &PlaybackController::currentIndexChanged);
        m_controller->setQueue(tracks(2));
        m_controller->playIndex(0);
        m_engine->hear(m_engine->playedSerial());
        m_controller->setQueue(tracks(3));
        QCOMPARE(m_engine->state(), PlaybackState::Stopped);
        QCOMPARE(m_controller->currentIndex(), -1);
        QCOMPARE(current.last().first().toInt(), -1);
        QVERIFY(m_controller->currentTrack() == nullptr);
    }

    void volumeIsClampedAndToldOnce()
    {
        QSignalSpy volume(m_controller.get(), &PlaybackController::volumeChanged);
        m_controller->setVolume(1.5);
        QCOMPARE(m_engine->volume(), 1.0);
        QVERIFY(volume.isEmpty());
        m_controller->setVolume(-1);
        QCOMPARE(m_engine->volume(), 0.0);
        QCOMPARE(volume.size(), 1);
    }

private:
    std::unique_ptr<ScriptedEngine> m_engine;
    std::unique_ptr<PlaybackController> m_controller;
};

QTEST_GUILESS_MAIN(TestPlaybackRules)
#include "tst_playbackrules.moc"
