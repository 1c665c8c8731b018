#include "demo/FixtureWriter.h"
#include "engine/PlaybackEngine.h"
#include "support/AudioCapture.h"
#include "support/DecodedAudio.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace liner;
using engine::PlaybackEngine;
using engine::PlaybackState;

// The engine on its own thread, driven through its queued API, playing into an ALSA capture.
class TestPlaybackEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (int i = 0; i < 3; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("part%1.flac").arg(i));
            // Odd lengths, so no track boundary falls on a codec block boundary; about two seconds
            // each, so the controller's answer to "what follows?" has a track's time to arrive
            // even from a starved thread (half-second tracks underran under ThreadSanitizer at a
            // load of 22).
            const auto pcm = demo::fixtureSignal(44100, 2, 88211 + 7919 * i, std::uint32_t(i + 1));
            QVERIFY(demo::writeFixture(path, demo::FixtureFormat::Flac, pcm, {}).isEmpty());
            m_parts << path;
        }
    }

    void chainsTracksWithoutAGap_data()
    {
        QTest::addColumn<testing::AudioCapture::Pace>("pace");
        QTest::newRow("sound card (callback)") << testing::AudioCapture::Pace::Paced;
        QTest::newRow("clockless sink (push)") << testing::AudioCapture::Pace::Unpaced;
    }

    // Three tracks chained through nextWanted/setNext reach the device as one unbroken stream:
    // both through the real-time callback of a device with a clock and through the push thread
    // that feeds a sink without one.
    void chainsTracksWithoutAGap()
    {
        QFETCH(testing::AudioCapture::Pace, pace);
        const testing::AudioCapture capture(pace);
        capture.applyToThisProcess();
        {
            PlaybackEngine engine;
            int serial = 0;
            connect(&engine, &PlaybackEngine::nextWanted, &engine, [&engine, this](int current) {
                if (current < m_parts.size())
                    engine.setNext(current, {m_parts.at(current)}, current + 1);
                else
                    engine.setNext(current, {}, 0);
            });
            QSignalSpy started(&engine, &PlaybackEngine::trackStarted);
            QSignalSpy finished(&engine, &PlaybackEngine::finished);
            engine.play({m_parts.first()}, ++serial);
            QVERIFY(finished.wait(30000));
            QCOMPARE(started.size(), 3);
            for (int i = 0; i < 3; ++i)
                QCOMPARE(started.at(i).first().toInt(), i + 1);
        } // the engine closes its stream, which completes the capture

        std::vector<float> expected;
        for (const QString& part : std::as_const(m_parts)) {
            const auto audio = testing::decodeFile(part);
            expected.insert(expected.end(), audio.samples.begin(), audio.samples.end());
        }
        const QStringList captures = capture.finishedCaptureFiles();
        QCOMPARE(captures.size(), 1);
        const std::vector<float> captured = testing::AudioCapture::readFloats(captures.first());
        const std::size_t start = testing::firstNonSilentSample(captured) & ~std::size_t(1);
        const std::size_t expectedStart = testing::firstNonSilentSample(expected) & ~std::size_t(1);
        const std::size_t length = expected.size() - expectedStart;
        QVERIFY(captured.size() - start >= length);
        const auto [expectedEnd, capturedAt] =
            std::mismatch(expected.begin() + std::ptrdiff_t(expectedStart), expected.end(),
                          captured.begin() + std::ptrdiff_t(start));
        QVERIFY2(expectedEnd == expected.end(),
                 qPrintable(QStringLiteral("first difference at frame %1 of %2")
                                .arg((expectedEnd - expected.begin()) / 2)
                                .arg(expected.size() / 2)));
    }

    // A seek in a lossless file lands on the exact frame: from there the device gets the rest of
    // the track sample for sample.
    void seeksToTheExactFrame()
    {
        const QString path = m_dir.filePath(QStringLiteral("long.flac"));
        QVERIFY(demo::writeFixture(path, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 4 * 44100, 9), {})
                    .isEmpty());
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Paced);
        capture.applyToThisProcess();
        constexpr qint64 kTargetMs = 2500;
        constexpr std::size_t kTargetSample = 2 * 110'250; // 2.5 s at 44.1 kHz, stereo
        {
            PlaybackEngine engine;
            connect(&engine, &PlaybackEngine::nextWanted, &engine,
                    [&engine](int current) { engine.setNext(current, {}, 0); });
            QSignalSpy started(&engine, &PlaybackEngine::trackStarted);
            QSignalSpy position(&engine, &PlaybackEngine::positionChanged);
            QSignalSpy finished(&engine, &PlaybackEngine::finished);
            engine.play({path}, 1);
            QVERIFY(started.wait(10000));
            engine.seek(kTargetMs);
            QTRY_VERIFY(!position.isEmpty() && position.last().at(1).toLongLong() >= kTargetMs);
            // The 1.5 s left after the seek, paced, can end while the QTRY above still spins.
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        }
        const std::vector<float> decoded = testing::decodeFile(path).samples;
        const std::vector<float> captured =
            testing::AudioCapture::readFloats(capture.finishedCaptureFiles().first());
        // The tail after the seek is the last thing the device got (then only silence).
        const auto tail = decoded.begin() + std::ptrdiff_t(kTargetSample);
        const auto at = std::find_end(captured.begin(), captured.end(), tail, tail + 256);
        QVERIFY2(at != captured.end(), "the frames at the seek target never reached the device");
        QVERIFY(std::size_t(captured.end() - at) >= decoded.size() - kTargetSample);
        const auto [tailAt, capturedAt] = std::mismatch(tail, decoded.end(), at);
        QVERIFY2(
            tailAt == decoded.end(),
            qPrintable(QStringLiteral("frame %1 after the seek target differs: %2 instead of %3")
                           .arg((tailAt - tail) / 2)
                           .arg(*capturedAt)
                           .arg(*tailAt)));
        // ... and it starts right at the target: the frame before it is not what preceded it.
        QVERIFY(at == captured.begin() || *(at - 2) != *(tail - 2) || *(at - 1) != *(tail - 1));
    }

    // Pausing and resuming on a sound card glide the gain down and up: nowhere does the output jump
    // further from one frame to the next than the music itself does.
    void pausesAndResumesWithoutAClick()
    {
        // A steady tone, so that any jump of the output stands out from the music's own steps.
        demo::PcmBuffer tone{44100, 2, {}};
        for (int frame = 0; frame < 3 * 44100; ++frame) {
            const auto value = float(0.5 * std::sin(2 * M_PI * 440.0 * frame / 44100.0));
            tone.samples.insert(tone.samples.end(), {value, value});
        }
        const QString path = m_dir.filePath(QStringLiteral("pause.flac"));
        QVERIFY(demo::writeFixture(path, demo::FixtureFormat::Flac, tone, {}).isEmpty());
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Paced);
        capture.applyToThisProcess();
        {
            PlaybackEngine engine;
            connect(&engine, &PlaybackEngine::nextWanted, &engine,
                    [&engine](int current) { engine.setNext(current, {}, 0); });
            QSignalSpy state(&engine, &PlaybackEngine::stateChanged);
            QSignalSpy position(&engine, &PlaybackEngine::positionChanged);
            QSignalSpy finished(&engine, &PlaybackEngine::finished);
            engine.play({path}, 1);
            QTRY_VERIFY(!position.isEmpty() && position.last().at(1).toLongLong() >= 500);
            engine.pause();
            QTRY_VERIFY(state.last().first().value<PlaybackState>() == PlaybackState::Paused);
            engine.resume();
            QVERIFY(finished.wait(30000));
        }
        const auto largestStep = [](const std::vector<float>& samples) {
            float largest = 0;
            for (std::size_t i = 2; i < samples.size(); ++i)
                largest = std::max(largest, std::abs(samples[i] - samples[i - 2]));
            return largest;
        };
        const float music = largestStep(testing::decodeFile(path).samples);
        const float output =
            largestStep(testing::AudioCapture::readFloats(capture.finishedCaptureFiles().first()));
        QVERIFY2(
            output <= music + 0.01F,
            qPrintable(QStringLiteral("output step %1, music step %2").arg(output).arg(music)));
    }

private:
    QTemporaryDir m_dir;
    QStringList m_parts;
};

QTEST_GUILESS_MAIN(TestPlaybackEngine)
#include "tst_playbackengine.moc"
