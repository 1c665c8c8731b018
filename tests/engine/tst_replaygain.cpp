#include "demo/FixtureWriter.h"
#include "engine/PlaybackEngine.h"
#include "engine/ReplayGain.h"
#include "support/AudioCapture.h"
#include "support/DecodedAudio.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace liner;
using engine::PlaybackEngine;
using engine::ReplayGainMode;
using engine::ReplayGainSettings;

// Declared before the first QTest::addColumn that names it, or a Release build rejects it.
Q_DECLARE_METATYPE(liner::ReplayGainTags)

namespace {

double dbToFactor(double db)
{
    return std::pow(10.0, db / 20.0);
}

} // namespace

class TestReplayGain : public QObject
{
    Q_OBJECT

private slots:
    void factor_data()
    {
        QTest::addColumn<ReplayGainTags>("tags");
        QTest::addColumn<int>("mode");
        QTest::addColumn<double>("preampDb");
        QTest::addColumn<bool>("preventClipping");
        QTest::addColumn<double>("expected");
        const ReplayGainTags all{-7.5, 0.9, -9.0, 0.95};
        const auto track = int(ReplayGainMode::Track);
        const auto album = int(ReplayGainMode::Album);
        QTest::newRow("off ignores tags and preamp")
            << all << int(ReplayGainMode::Off) << 6.0 << true << 1.0;
        QTest::newRow("track") << all << track << 0.0 << true << dbToFactor(-7.5);
        QTest::newRow("album") << all << album << 0.0 << true << dbToFactor(-9.0);
        QTest::newRow("preamp adds") << all << track << 3.5 << true << dbToFactor(-4.0);
        QTest::newRow("album falls back to track")
            << ReplayGainTags{-7.5, 0.9, {}, {}} << album << 0.0 << true << dbToFactor(-7.5);
        QTest::newRow("track falls back to album")
            << ReplayGainTags{{}, {}, -9.0, 0.95} << track << 0.0 << true << dbToFactor(-9.0);
        QTest::newRow("untagged stays unity, preamp or not")
            << ReplayGainTags{} << track << 6.0 << true << 1.0;
        QTest::newRow("clipping prevention caps at 1/peak")
            << ReplayGainTags{4.0, 0.8, {}, {}} << track << 0.0 << true << 1.0 / 0.8;
        QTest::newRow("clipping allowed when asked")
            << ReplayGainTags{4.0, 0.8, {}, {}} << track << 0.0 << false << dbToFactor(4.0);
        QTest::newRow("album mode caps at the album peak")
            << ReplayGainTags{4.0, 0.5, 4.0, 0.8} << album << 0.0 << true << 1.0 / 0.8;
        QTest::newRow("peak below the gain leaves it")
            << ReplayGainTags{-3.0, 0.99, {}, {}} << track << 0.0 << true << dbToFactor(-3.0);
        QTest::newRow("missing peak: no cap")
            << ReplayGainTags{4.0, {}, {}, {}} << track << 0.0 << true << dbToFactor(4.0);
    }

    void factor()
    {
        QFETCH(ReplayGainTags, tags);
        QFETCH(int, mode);
        QFETCH(double, preampDb);
        QFETCH(bool, preventClipping);
        QFETCH(double, expected);
        const double factor = engine::replayGainFactor(
            tags, ReplayGainSettings{ReplayGainMode(mode), preampDb, preventClipping});
        QVERIFY2(std::abs(factor - expected) < 1e-12,
                 qPrintable(QStringLiteral("%1 instead of %2").arg(factor).arg(expected)));
    }

    // Two tracks in album mode, one tagged with album values and one with track values only: the
    // device gets each track's decoded samples times its factor, exactly, except for the short
    // ramp that glides from the first factor to the second where the second track begins.
    void scalesEachTrackByItsFactor()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QList<engine::TrackSource> tracks;
        const std::vector<ReplayGainTags> tags{{-2.0, 0.7, -6.0, 0.9}, {-12.0, 0.5, {}, {}}};
        std::vector<std::vector<float>> decoded;
        for (int i = 0; i < 2; ++i) {
            const QString path = dir.filePath(QStringLiteral("%1.flac").arg(i));
            QVERIFY(demo::writeFixture(path, demo::FixtureFormat::Flac,
                                       demo::fixtureSignal(44100, 2, 30011 + 1000 * i, i + 3), {})
                        .isEmpty());
            tracks << engine::TrackSource(path, 0, -1, tags[std::size_t(i)]);
            decoded.push_back(testing::decodeFile(path).samples);
        }
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        capture.applyToThisProcess();
        {
            PlaybackEngine engine;
            engine.setReplayGain(ReplayGainMode::Album, 0.0, true);
            connect(&engine, &PlaybackEngine::nextWanted, &engine, [&](int current) {
                if (current < tracks.size())
                    engine.setNext(current, tracks.at(current), current + 1);
                else
                    engine.setNext(current, {}, 0);
            });
            QSignalSpy finished(&engine, &PlaybackEngine::finished);
            engine.play(tracks.first(), 1);
            QVERIFY(finished.wait(30000));
        }
        const std::vector<float> captured =
            testing::AudioCapture::readFloats(capture.finishedCaptureFiles().first());
        QCOMPARE(captured.size(), decoded[0].size() + decoded[1].size());
        const auto first = float(dbToFactor(-6.0));
        const auto second = float(dbToFactor(-12.0));
        for (std::size_t i = 0; i < decoded[0].size(); ++i)
            QCOMPARE(captured[i], decoded[0][i] * first);
        // The ramp covers the gain's whole range in 10 ms, so this step takes a fraction of it.
        const std::size_t rampSamples = 2 * 441;
        for (std::size_t i = rampSamples; i < decoded[1].size(); ++i)
            QCOMPARE(captured[decoded[0].size() + i], decoded[1][i] * second);
    }
};

QTEST_GUILESS_MAIN(TestReplayGain)
#include "tst_replaygain.moc"
