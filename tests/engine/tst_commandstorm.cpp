#include "demo/FixtureWriter.h"
#include "engine/PlaybackEngine.h"
#include "support/AudioCapture.h"
#include "support/DecodedAudio.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;
using engine::PlaybackEngine;
using engine::PlaybackState;

// Ten thousand random commands fired from the UI thread as fast as it can: no crash, no deadlock,
// and afterwards the engine still does exactly what it is asked.
class TestCommandStorm : public QObject
{
    Q_OBJECT

private slots:
    void survivesTenThousandRandomCommands()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QStringList parts;
        for (int i = 0; i < 3; ++i) {
            parts << dir.filePath(QStringLiteral("part%1.flac").arg(i));
            QVERIFY(demo::writeFixture(parts.last(), demo::FixtureFormat::Flac,
                                       demo::fixtureSignal(44100, 2, 20011 + 7919 * i, i + 1), {})
                        .isEmpty());
        }
        // Long enough that a position report well into it cannot be missed on a busy machine.
        const QString settle = dir.filePath(QStringLiteral("settle.flac"));
        QVERIFY(demo::writeFixture(settle, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 4 * 44100, 7), {})
                    .isEmpty());
        // Sound-card pacing, so the storm runs through the real-time callback.
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Paced);
        capture.applyToThisProcess();
        PlaybackEngine engine;
        connect(&engine, &PlaybackEngine::nextWanted, &engine, [&](int current) {
            engine.setNext(current, {parts.at(current % 3)}, current + 1);
        });
        // The capture device, or one that plays into nothing.
        const QStringList devices{QString(), QStringLiteral("linercapturenull")};
        QRandomGenerator random(20251125);
        for (int i = 0; i < 10'000; ++i) {
            const int serial = 1000 + i;
            switch (random.bounded(11)) {
            case 0:
                engine.play({parts.at(random.bounded(3))}, serial);
                break;
            case 1:
                engine.pause();
                break;
            case 2:
                engine.resume();
                break;
            case 3:
                engine.seek(random.bounded(800));
                break;
            case 4:
                engine.setVolume(random.bounded(100) / 100.0);
                break;
            case 5:
                engine.stop();
                break;
            case 6:
                // An answer to a nextWanted that may long be stale, or "nothing follows".
                engine.setNext(1000 + random.bounded(i + 1),
                               random.bounded(4) == 0 ? engine::TrackSource()
                                                      : engine::TrackSource(parts.at(i % 3)),
                               serial);
                break;
            case 7:
                engine.setReplayGain(engine::ReplayGainMode(random.bounded(3)),
                                     random.bounded(12) - 6.0, random.bounded(2) == 0);
                break;
            case 8:
                // Rarely: every device change opens a new stream.
                if (random.bounded(10) == 0)
                    engine.setDevice(devices.at(random.bounded(2)));
                break;
            default:
                QCoreApplication::processEvents();
                break;
            }
        }

        // Settled: back on the capture device, the last track plays and is heard.
        QSignalSpy started(&engine, &PlaybackEngine::trackStarted);
        QSignalSpy position(&engine, &PlaybackEngine::positionChanged);
        engine.setDevice({});
        engine.setVolume(1.0);
        engine.setReplayGain(engine::ReplayGainMode::Off, 0.0, true);
        engine.play({settle}, 99'999);
        const auto reported = [](const QSignalSpy& spy, qint64 minimum) {
            return std::any_of(spy.begin(), spy.end(), [minimum](const QList<QVariant>& report) {
                return report.at(0).toInt() == 99'999 && report.at(1).toLongLong() >= minimum;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(reported(started, 0), 120'000);
        QTRY_VERIFY_WITH_TIMEOUT(reported(position, 300), 60'000);
        engine.stop();
        QSignalSpy state(&engine, &PlaybackEngine::stateChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!state.isEmpty() && state.last().first().value<PlaybackState>() ==
                                                         PlaybackState::Stopped,
                                 60'000);
        // The last stream got the start of that track, untouched.
        const std::vector<float> first = testing::decodeFile(settle).samples;
        engine.setDevice(devices.at(1)); // closes the capture stream, which completes its file
        QTRY_VERIFY_WITH_TIMEOUT(!capture.finishedCaptureFiles(1000).isEmpty(), 60'000);
        const std::vector<float> captured =
            testing::AudioCapture::readFloats(capture.finishedCaptureFiles().last());
        QVERIFY(std::search(captured.begin(), captured.end(), first.begin(),
                            first.begin() + 4096) != captured.end());
    }
};

QTEST_GUILESS_MAIN(TestCommandStorm)
#include "tst_commandstorm.moc"
