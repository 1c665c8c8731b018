#include "analysis/AnalysisCatalog.h"
#include "analysis/LibraryAnalyzer.h"
#include "demo/FixtureWriter.h"
#include "engine/PlaybackEngine.h"
#include "engine/ReplayGain.h"
#include "library/LibraryScanner.h"
#include "playlist/PlaybackController.h"
#include "playlist/TrackSources.h"
#include "support/AudioCapture.h"
#include "support/DecodedAudio.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace liner;
using engine::ReplayGainMode;

class TestAnalysedGain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_capture.applyToThisProcess();
        // One album of two tracks: the first without ReplayGain tags, the second with them.
        for (int i = 0; i < 2; ++i) {
            demo::FixtureTags tags;
            tags.album = QStringLiteral("Gains");
            tags.artist = QStringLiteral("Liner Tests");
            tags.title = QStringLiteral("Track %1").arg(i + 1);
            tags.trackNumber = i + 1;
            if (i == 1) {
                tags.extra.insert(QStringLiteral("REPLAYGAIN_TRACK_GAIN"),
                                  QStringLiteral("-3.00 dB"));
                tags.extra.insert(QStringLiteral("REPLAYGAIN_TRACK_PEAK"), QStringLiteral("0.5"));
            }
            const QString path = m_dir.filePath(QStringLiteral("%1.flac").arg(i + 1));
            QVERIFY(demo::writeFixture(
                        path, demo::FixtureFormat::Flac,
                        demo::fixtureSignal(44100, 2, 44100 * 3 + 101 * i, std::uint32_t(i + 5)),
                        tags)
                        .isEmpty());
            m_decoded.push_back(testing::decodeFile(path).samples);
        }
        m_tracks = library::LibraryScanner::scan({m_dir.path()});
        QCOMPARE(m_tracks.size(), 2);
        QVERIFY(!m_tracks[0].replayGain.trackGainDb);
        QCOMPARE(m_tracks[1].replayGain.trackGainDb, std::optional(-3.0));

        analysis::LibraryAnalyzer analyzer(m_dir.filePath(QStringLiteral("cache.sqlite")));
        m_catalog.follow(analyzer);
        QSignalSpy finished(&analyzer, &analysis::LibraryAnalyzer::finished);
        analyzer.analyse(m_tracks);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
        QCoreApplication::processEvents(); // the catalog takes the results queued
    }

    // Track and Album modes: the untagged track plays with the gain its analysis found (capped
    // by its true peak, as tags are), the tagged one with its tags', never the analysis's.
    void untaggedTracksPlayWithTheirAnalysedGain_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("track") << int(ReplayGainMode::Track);
        QTest::newRow("album") << int(ReplayGainMode::Album);
    }
    void untaggedTracksPlayWithTheirAnalysedGain()
    {
        QFETCH(int, mode);
        const analysis::TrackKey untagged{m_tracks[0].path, 0, -1};
        const ReplayGainTags analysed = m_catalog.gainsFor(untagged);
        const analysis::TrackAnalysis* measured = m_catalog.find(untagged);
        QVERIFY(measured && measured->loudnessLufs);
        QCOMPARE(analysed.trackGainDb, std::optional(-18.0 - *measured->loudnessLufs));
        QVERIFY(analysed.albumGainDb && analysed.albumPeak);
        const ReplayGainTags* tags = &m_tracks[1].replayGain;
        const engine::ReplayGainSettings settings{ReplayGainMode(mode), 0.0, true};
        const auto first = float(engine::replayGainFactor(analysed, settings));
        const auto second = float(engine::replayGainFactor(*tags, settings));
        QVERIFY(std::abs(first - 1.0f) > 0.01f);

        {
            engine::PlaybackEngine engine;
            engine.setReplayGain(ReplayGainMode(mode), 0.0, true);
            playlist::PlaybackController controller(engine);
            controller.setGainFallback([this](const engine::TrackSource& source) {
                return m_catalog.gainsFor({source.path, source.startUs, source.endUs});
            });
            controller.setQueue(m_tracks);
            QSignalSpy finished(&controller, &playlist::PlaybackController::finished);
            controller.playIndex(0);
            QVERIFY(finished.wait(30'000));
        }
        // Each run opens one stream of the same format, so its capture replaces the last run's.
        const QStringList files = m_capture.finishedCaptureFiles();
        QCOMPARE(files.size(), 1);
        const std::vector<float> captured = testing::AudioCapture::readFloats(files.first());
        QCOMPARE(captured.size(), m_decoded[0].size() + m_decoded[1].size());
        for (std::size_t i = 0; i < m_decoded[0].size(); ++i)
            QCOMPARE(captured[i], m_decoded[0][i] * first);
        // The gain glides to the second track's over 10 ms.
        for (std::size_t i = 2 * 441; i < m_decoded[1].size(); ++i)
            QCOMPARE(captured[m_decoded[0].size() + i], m_decoded[1][i] * second);
    }

private:
    QTemporaryDir m_dir;
    testing::AudioCapture m_capture{testing::AudioCapture::Pace::Unpaced};
    analysis::AnalysisCatalog m_catalog;
    QList<library::Track> m_tracks;
    std::vector<std::vector<float>> m_decoded;
};

QTEST_GUILESS_MAIN(TestAnalysedGain)
#include "tst_analysedgain.moc"
