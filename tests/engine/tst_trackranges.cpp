#include "demo/FixtureWriter.h"
#include "engine/PlaybackEngine.h"
#include "support/AudioCapture.h"
#include "support/DecodedAudio.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;
using engine::PlaybackEngine;
using engine::TrackSource;

namespace {

constexpr int kRate = 44100;

// A CUE sheet's time (minutes, seconds, 1/75 s frames) in whole microseconds, as a library
// stores it.
qint64 cueUs(int minutes, int seconds, int cdFrames)
{
    return qRound64(((minutes * 60 + seconds) * 75 + cdFrames) * 1e6 / 75);
}

qint64 usToFrames(qint64 us)
{
    return qRound64(double(us) * kRate / 1e6);
}

} // namespace

// Tracks that are ranges of one file, as a CUE sheet describes an album ripped to one FLAC.
class TestTrackRanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("album.flac"));
        QVERIFY(demo::writeFixture(m_path, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(kRate, 2, 4 * kRate + 1234, 5), {})
                    .isEmpty());
        m_audio = testing::decodeFile(m_path).samples;
        // CD-frame boundaries, one of them on an odd frame.
        m_bounds = {0, cueUs(0, 1, 0), cueUs(0, 1, 37), cueUs(0, 3, 1)};
    }

    // Consecutive ranges of one file play as the file itself: every range exactly
    // [round(start * rate), round(end * rate)), no sample lost or added at any join, all from the
    // decoder that opened the file for the first range: the file is deleted as soon as that one
    // has opened it, so any re-open would fail.
    void playsConsecutiveRangesAsTheFile()
    {
        const QString copy = m_dir.filePath(QStringLiteral("deleted.flac"));
        QVERIFY(QFile::copy(m_path, copy));
        std::vector<TrackSource> tracks;
        for (std::size_t i = 0; i < m_bounds.size(); ++i)
            tracks.emplace_back(copy, m_bounds[i], i + 1 < m_bounds.size() ? m_bounds[i + 1] : -1);

        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        capture.applyToThisProcess();
        {
            PlaybackEngine engine;
            connect(&engine, &PlaybackEngine::nextWanted, &engine, [&](int current) {
                QFile::remove(copy);
                if (current < int(tracks.size()))
                    engine.setNext(current, tracks[std::size_t(current)], current + 1);
                else
                    engine.setNext(current, {}, 0);
            });
            QSignalSpy started(&engine, &PlaybackEngine::trackStarted);
            QSignalSpy failed(&engine, &PlaybackEngine::trackFailed);
            QSignalSpy finished(&engine, &PlaybackEngine::finished);
            engine.play(tracks.front(), 1);
            QVERIFY(finished.wait(30000));
            QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
            QCOMPARE(started.size(), int(tracks.size()));
            // Each track's duration is its range's.
            for (std::size_t i = 0; i + 1 < tracks.size(); ++i)
                QCOMPARE(started.at(int(i)).at(1).toLongLong(),
                         (usToFrames(m_bounds[i + 1]) - usToFrames(m_bounds[i])) * 1000 / kRate);
        }
        const QStringList captures = capture.finishedCaptureFiles();
        QCOMPARE(captures.size(), 1);
        const std::vector<float> captured = testing::AudioCapture::readFloats(captures.first());
        QCOMPARE(captured.size(), m_audio.size());
        const auto [at, capturedAt] =
            std::mismatch(m_audio.begin(), m_audio.end(), captured.begin());
        QVERIFY2(
            at == m_audio.end(),
            qPrintable(
                QStringLiteral("first difference at frame %1").arg((at - m_audio.begin()) / 2)));
    }

    // A range played alone is exactly its frames; a seek counts from the range's start and stays
    // inside it.
    void seeksWithinARange()
    {
        const TrackSource track(m_path, m_bounds[1], m_bounds[2] + cueUs(0, 1, 0));
        const qint64 first = usToFrames(track.startUs);
        const qint64 end = usToFrames(track.endUs);
        constexpr qint64 kSeekMs = 700;
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Paced);
        capture.applyToThisProcess();
        {
            PlaybackEngine engine;
            connect(&engine, &PlaybackEngine::nextWanted, &engine,
                    [&engine](int current) { engine.setNext(current, {}, 0); });
            QSignalSpy started(&engine, &PlaybackEngine::trackStarted);
            QSignalSpy position(&engine, &PlaybackEngine::positionChanged);
            QSignalSpy finished(&engine, &PlaybackEngine::finished);
            engine.play(track, 1);
            QVERIFY(started.wait(10000));
            QCOMPARE(started.first().at(1).toLongLong(), (end - first) * 1000 / kRate);
            engine.seek(kSeekMs);
            QTRY_VERIFY(!position.isEmpty() && position.last().at(1).toLongLong() >= kSeekMs);
            // The 0.8 s left after the seek, paced, can end while the QTRY above still spins.
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
            // Positions count from the range's start.
            QVERIFY(position.last().at(1).toLongLong() <= (end - first) * 1000 / kRate);
        }
        const std::vector<float> captured =
            testing::AudioCapture::readFloats(capture.finishedCaptureFiles().first());
        // The capture ends with the rest of the range after the seek target, then only silence.
        const auto from = m_audio.begin() + std::ptrdiff_t(2 * (first + kSeekMs * kRate / 1000));
        const auto to = m_audio.begin() + std::ptrdiff_t(2 * end);
        const auto at = std::find_end(captured.begin(), captured.end(), from, from + 256);
        QVERIFY2(at != captured.end(), "the frames at the seek target never reached the device");
        QVERIFY(std::size_t(captured.end() - at) >= std::size_t(to - from));
        QVERIFY(std::equal(from, to, at));
        const auto after = at + (to - from);
        QVERIFY(std::all_of(after, captured.end(), [](float sample) { return sample == 0.0F; }));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::vector<float> m_audio;
    std::vector<qint64> m_bounds;
};

QTEST_GUILESS_MAIN(TestTrackRanges)
#include "tst_trackranges.moc"
