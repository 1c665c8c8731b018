#include "demo/FixtureWriter.h"
#include "engine/PlaybackEngine.h"
#include "support/AudioCapture.h"
#include "support/DecodedAudio.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;
using engine::PlaybackEngine;
using engine::TrackSource;

namespace {

constexpr int kRate = 44100;
// Far past the end of any file written here.
constexpr qint64 kPastTheEndUs = 600'000'000;

} // namespace

// Tracks no player can play, each between two good ones: the engine reports the bad one, skips
// it, and plays the track after it whole. Any of them used to stall the engine for ever.
class TestHostileTracks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_before = m_dir.filePath(QStringLiteral("before.flac"));
        m_after = m_dir.filePath(QStringLiteral("after.flac"));
        // Odd lengths, so no boundary falls on a codec block boundary.
        QCOMPARE(demo::encodeAudioFile(m_before, demo::FixtureFormat::Flac,
                                       demo::fixtureSignal(kRate, 2, 20011, 3)),
                 QString());
        QCOMPARE(demo::encodeAudioFile(m_after, demo::FixtureFormat::Flac,
                                       demo::fixtureSignal(kRate, 2, 27930, 4)),
                 QString());
    }

    void skipsTheTrackAndPlaysTheNextWhole_data()
    {
        QTest::addColumn<QList<TrackSource>>("tracks");
        QTest::addColumn<int>("hostile"); // which of them is reported
        QTest::addColumn<QString>("reason");

        // Files that open, with a stream, and hold no audio frame.
        const auto empty = [this](demo::FixtureFormat format, int rate) {
            const QString path = m_dir.filePath(
                QStringLiteral("empty-%1.%2").arg(rate).arg(demo::fileExtension(format)));
            const QString error = demo::encodeAudioFile(path, format, {rate, 2, {}});
            return error.isEmpty() ? path : error;
        };
        QTest::newRow("FLAC without frames")
            << QList<TrackSource>{{m_before}, {empty(demo::FixtureFormat::Flac, kRate)}, {m_after}}
            << 1 << QStringLiteral("the file holds no audio");
        QTest::newRow("WAV without frames")
            << QList<TrackSource>{{m_before}, {empty(demo::FixtureFormat::Wav, kRate)}, {m_after}}
            << 1 << QStringLiteral("the file holds no audio");
        // One whose format would need a stream of its own.
        QTest::newRow("no frames at another rate")
            << QList<TrackSource>{{m_before}, {empty(demo::FixtureFormat::Flac, 48000)}, {m_after}}
            << 1 << QStringLiteral("the file holds no audio");
        // A CUE sheet whose INDEX lies past the end of its file.
        QTest::newRow("CUE track starting past the end")
            << QList<TrackSource>{{m_before}, {m_before, kPastTheEndUs, -1}, {m_after}} << 1
            << QStringLiteral("the track starts at 10:00.00, after the end of its file");
        // ... and the track before it, which the same INDEX ends past the end of the file: it
        // plays to the file's end.
        QTest::newRow("CUE tracks of one file, the second past its end")
            << QList<TrackSource>{{m_before, 0, kPastTheEndUs},
                                  {m_before, kPastTheEndUs, kPastTheEndUs + 1'000'000},
                                  {m_after}}
            << 1 << QStringLiteral("the track starts at 10:00.00, after the end of its file");
        // Two INDEX lines at one time: a track of no length between two that join seamlessly.
        const qint64 middleUs = 200'000;
        QTest::newRow("empty CUE track between two of its file")
            << QList<TrackSource>{{m_before, 0, middleUs},
                                  {m_before, middleUs, middleUs},
                                  {m_before, middleUs, -1},
                                  {m_after}}
            << 1 << QStringLiteral("the track is empty: it ends where it starts (0:00.20)");
        QTest::newRow("the first track")
            << QList<TrackSource>{{empty(demo::FixtureFormat::Flac, kRate)}, {m_before}, {m_after}}
            << 0 << QStringLiteral("the file holds no audio");
    }

    void skipsTheTrackAndPlaysTheNextWhole()
    {
        QFETCH(QList<TrackSource>, tracks);
        QFETCH(int, hostile);
        QFETCH(QString, reason);
        for (const TrackSource& track : std::as_const(tracks))
            QVERIFY2(track.path.startsWith(m_dir.path()), qPrintable(track.path));

        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        capture.applyToThisProcess();
        {
            PlaybackEngine engine;
            connect(&engine, &PlaybackEngine::nextWanted, &engine, [&](int current) {
                if (current < tracks.size())
                    engine.setNext(current, tracks.at(current), current + 1);
                else
                    engine.setNext(current, {}, 0);
            });
            QSignalSpy started(&engine, &PlaybackEngine::trackStarted);
            QSignalSpy failed(&engine, &PlaybackEngine::trackFailed);
            QSignalSpy finished(&engine, &PlaybackEngine::finished);
            engine.play(tracks.first(), 1);
            QVERIFY2(finished.wait(30'000), "the engine stalled");
            QCOMPARE(failed.size(), 1);
            QCOMPARE(failed.first().at(0).toInt(), hostile + 1);
            QCOMPARE(failed.first().at(2).toString(), reason);
            QCOMPARE(started.size(), tracks.size() - 1);
            QCOMPARE(started.last().first().toInt(), tracks.size());
        }
        const QStringList captures = capture.finishedCaptureFiles();
        QVERIFY(!captures.isEmpty());
        const std::vector<float> captured = testing::AudioCapture::readFloats(captures.last());
        const std::vector<float> after = testing::decodeFile(m_after).samples;
        const auto at =
            std::search(captured.begin(), captured.end(), after.begin(), after.begin() + 4096);
        QVERIFY2(at != captured.end(), "the track after it never reached the device");
        QVERIFY2(captured.end() - at >= std::ptrdiff_t(after.size()), "it was cut short");
        QVERIFY(std::equal(after.begin(), after.end(), at));
    }

private:
    QTemporaryDir m_dir;
    QString m_before;
    QString m_after;
};

QTEST_GUILESS_MAIN(TestHostileTracks)
#include "tst_hostiletracks.moc"
