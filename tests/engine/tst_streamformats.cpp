#include "demo/FixtureWriter.h"
#include "engine/Decoder.h"
#include "engine/PlaybackEngine.h"
#include "support/AudioCapture.h"
#include "support/DecodedAudio.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace liner;
using engine::PlaybackEngine;

namespace {

// Plays `paths` chained without a gap and waits until all has been heard.
void playChain(const QStringList& paths)
{
    PlaybackEngine engine;
    QObject::connect(&engine, &PlaybackEngine::nextWanted, &engine, [&](int current) {
        if (current < paths.size())
            engine.setNext(current, {paths.at(current)}, current + 1);
        else
            engine.setNext(current, {}, 0);
    });
    QSignalSpy started(&engine, &PlaybackEngine::trackStarted);
    QSignalSpy failed(&engine, &PlaybackEngine::trackFailed);
    QSignalSpy finished(&engine, &PlaybackEngine::finished);
    QSignalSpy outputFailed(&engine, &PlaybackEngine::outputFailed);
    engine.play({paths.first()}, 1);
    QVERIFY2(finished.wait(60000), qPrintable(outputFailed.value(0).value(0).toString()));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
    QCOMPARE(started.size(), paths.size());
}

// A pure tone: its frequency and level survive any good resampler.
demo::PcmBuffer tone(int rate, int channels, qint64 frames, double hz)
{
    demo::PcmBuffer pcm{rate, channels, {}};
    for (qint64 frame = 0; frame < frames; ++frame) {
        const auto value = float(0.5 * std::sin(2 * M_PI * hz * double(frame) / rate));
        pcm.samples.insert(pcm.samples.end(), std::size_t(channels), value);
    }
    return pcm;
}

} // namespace

// Rates, bit depths and channel counts: played bit-exact when the device takes them, with one
// stream per run of tracks that share a format; converted by libswresample only when it does not
// (that conversion is tested on the decoder: the test's ALSA devices take every format).
class TestStreamFormats : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // 44.1 kHz, 44.1 kHz, 48 kHz, 96 kHz/24-bit, mono, 5.1: a new stream where the format
    // changes and only there, and every track bit-exact in its stream.
    void reopensTheStreamOnlyWhenTheFormatChanges()
    {
        struct Part
        {
            int rate;
            int channels;
            int bits;
        };
        const std::vector<Part> parts{{44100, 2, 16}, {44100, 2, 16}, {48000, 2, 16},
                                      {96000, 2, 24}, {48000, 1, 16}, {48000, 6, 16}};
        QStringList paths;
        QMap<QString, std::vector<float>> expected; // by capture name
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const Part& part = parts[i];
            const QString path = m_dir.filePath(QStringLiteral("format%1.flac").arg(i));
            const auto pcm =
                demo::fixtureSignal(part.rate, part.channels, part.rate / 2 + 7 * qint64(i), 3);
            QCOMPARE(demo::encodeAudioFile(path, demo::FixtureFormat::Flac, pcm, part.bits),
                     QString());
            paths << path;
            const auto decoded = testing::decodeFile(path);
            auto& stream = expected
                [QStringLiteral("capture-%1-%2-FLOAT_LE.raw").arg(part.rate).arg(part.channels)];
            stream.insert(stream.end(), decoded.samples.begin(), decoded.samples.end());
        }
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        capture.applyToThisProcess();
        playChain(paths);
        if (QTest::currentTestFailed())
            return;
        const QStringList captures = capture.finishedCaptureFiles();
        QStringList names;
        for (const QString& file : captures)
            names << QFileInfo(file).fileName();
        QCOMPARE(names, QStringList(expected.keys()));
        for (const QString& file : captures) {
            const std::vector<float> captured = testing::AudioCapture::readFloats(file);
            QVERIFY2(captured == expected.value(QFileInfo(file).fileName()), qPrintable(file));
        }
    }

    // The downmix for a device with fewer channels than a track: libswresample's matrix keeps
    // each front channel on its side and puts the centre equally into both.
    void downmixesWithTheStandardMatrix()
    {
        constexpr int kRate = 48000;
        const auto fronts = demo::fixtureSignal(kRate, 2, kRate, 11);
        const auto centre = demo::fixtureSignal(kRate, 2, kRate, 12);
        demo::PcmBuffer surround{kRate, 6, std::vector<float>(std::size_t(kRate) * 6, 0.0F)};
        for (std::size_t frame = 0; frame < std::size_t(kRate); ++frame) {
            surround.samples[frame * 6] = fronts.samples[frame * 2];
            surround.samples[frame * 6 + 1] = fronts.samples[frame * 2 + 1];
            surround.samples[frame * 6 + 2] = centre.samples[frame * 2];
        }
        const QString path = m_dir.filePath(QStringLiteral("surround.flac"));
        QCOMPARE(demo::encodeAudioFile(path, demo::FixtureFormat::Flac, surround), QString());
        const auto source = testing::decodeFile(path);
        QCOMPARE(source.format.channels, 6);

        engine::Decoder decoder;
        QCOMPARE(decoder.open(path), QString());
        QCOMPARE(decoder.convertTo({kRate, 2}), QString());
        std::vector<float> captured;
        std::vector<float> block;
        while (decoder.decodeNext(block))
            captured.insert(captured.end(), block.begin(), block.end());
        QCOMPARE(captured.size(), std::size_t(2 * source.frames()));

        // Fit left = front * k + centre * m over the track, then check both sides against it.
        const auto sample = [&](std::size_t frame, std::size_t channel) {
            return double(source.samples[frame * 6 + channel]);
        };
        double ff = 0, fc = 0, cc = 0, fl = 0, cl = 0;
        for (std::size_t i = 0; i < std::size_t(source.frames()); ++i) {
            ff += sample(i, 0) * sample(i, 0);
            fc += sample(i, 0) * sample(i, 2);
            cc += sample(i, 2) * sample(i, 2);
            fl += sample(i, 0) * captured[2 * i];
            cl += sample(i, 2) * captured[2 * i];
        }
        const double determinant = ff * cc - fc * fc;
        const double k = (fl * cc - cl * fc) / determinant;
        const double m = (cl * ff - fl * fc) / determinant;
        QVERIFY2(k > 0.3 && m > 0.2,
                 qPrintable(QStringLiteral("front %1, centre %2").arg(k).arg(m)));
        double worst = 0;
        for (std::size_t i = 0; i < std::size_t(source.frames()); ++i) {
            worst =
                std::max(worst, std::abs(captured[2 * i] - (k * sample(i, 0) + m * sample(i, 2))));
            worst = std::max(worst,
                             std::abs(captured[2 * i + 1] - (k * sample(i, 1) + m * sample(i, 2))));
        }
        QVERIFY2(worst < 1e-4, qPrintable(QStringLiteral("off by %1").arg(worst)));
    }

    // The resampler a rejected rate goes through: a 1 kHz tone at 44.1 kHz comes out at 96 kHz
    // as the same tone, at the same level, over the same time.
    void resamplesWithHighQuality()
    {
        const QString path = m_dir.filePath(QStringLiteral("tone.wav"));
        QCOMPARE(
            demo::encodeAudioFile(path, demo::FixtureFormat::Wav, tone(44100, 2, 44100, 1000), 24),
            QString());
        engine::Decoder decoder;
        QCOMPARE(decoder.open(path), QString());
        QCOMPARE(decoder.convertTo({96000, 2}), QString());
        QCOMPARE(decoder.format(), (engine::StreamFormat{96000, 2}));
        QCOMPARE(decoder.durationFrames(), qint64(96000));
        std::vector<float> output;
        std::vector<float> block;
        while (decoder.decodeNext(block))
            output.insert(output.end(), block.begin(), block.end());
        QVERIFY(std::abs(qint64(output.size() / 2) - 96000) <= 96);
        // Away from the edges, where the filter starts and stops: a sine of 0.5 at 1 kHz.
        const std::size_t from = 9600;
        const std::size_t to = output.size() / 2 - 9600;
        double power = 0;
        int crossings = 0;
        for (std::size_t i = from; i < to; ++i) {
            power += double(output[2 * i]) * output[2 * i];
            if ((output[2 * i] < 0) != (output[2 * i + 2] < 0))
                ++crossings;
        }
        const double rms = std::sqrt(power / double(to - from));
        QVERIFY2(std::abs(rms - 0.5 / std::sqrt(2.0)) < 0.002, qPrintable(QString::number(rms)));
        const double expectedCrossings = 2.0 * 1000 * double(to - from) / 96000;
        QVERIFY2(std::abs(crossings - expectedCrossings) <= 2,
                 qPrintable(QString::number(crossings)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestStreamFormats)
#include "tst_streamformats.moc"
