#include "GeneratedMusic.h"
#include "analysis/LoudnessMeter.h"
#include "analysis/TrackAnalyzer.h"
#include "analysis/TrackCharacter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <numbers>

using namespace liner;
using analysis::MusicalKey;

namespace {

// A sine of `amplitude` (of full scale) on every channel.
demo::PcmBuffer sine(double hz, double amplitude, double seconds, int channels = 2)
{
    demo::PcmBuffer pcm{44100, channels, {}};
    const auto frames = std::size_t(seconds * pcm.sampleRate);
    for (std::size_t i = 0; i < frames; ++i) {
        const auto value =
            float(amplitude * std::sin(2.0 * std::numbers::pi * hz * double(i) / pcm.sampleRate));
        pcm.samples.insert(pcm.samples.end(), std::size_t(channels), value);
    }
    return pcm;
}

} // namespace

class TestTrackAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A kick drum on every beat over a sustained triad, from the demo's synthesiser: the tempo
    // within 2 % and the key (tonic and mode) right, across the range of tempos and keys.
    void tempoAndKeyOfGeneratedMusic_data()
    {
        QTest::addColumn<double>("bpm");
        QTest::addColumn<int>("tonic"); // MIDI pitch
        QTest::addColumn<bool>("minor");
        QTest::newRow("70 BPM, C major") << 70.0 << 60 << false;
        QTest::newRow("70 BPM, A minor") << 70.0 << 57 << true;
        QTest::newRow("96 BPM, E-flat major") << 96.0 << 63 << false;
        QTest::newRow("96 BPM, F-sharp minor") << 96.0 << 54 << true;
        QTest::newRow("124 BPM, G major") << 124.0 << 55 << false;
        QTest::newRow("124 BPM, D minor") << 124.0 << 50 << true;
        QTest::newRow("150 BPM, B-flat major") << 150.0 << 58 << false;
        QTest::newRow("150 BPM, E minor") << 150.0 << 52 << true;
    }
    void tempoAndKeyOfGeneratedMusic()
    {
        QFETCH(double, bpm);
        QFETCH(int, tonic);
        QFETCH(bool, minor);
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.flac").arg(bpm).arg(tonic));
        QVERIFY(demo::writeFixture(path, demo::FixtureFormat::Flac,
                                   testing::pulseOverTriad(bpm, tonic, minor, 16.0), {})
                    .isEmpty());
        const analysis::TrackAnalysis analysis = analysis::analyseTrack(path);
        QVERIFY2(analysis.isValid(), qPrintable(analysis.error));
        QVERIFY(analysis.tempoBpm);
        QVERIFY2(std::abs(*analysis.tempoBpm - bpm) / bpm < 0.02,
                 qPrintable(QString::number(*analysis.tempoBpm)));
        QVERIFY(analysis.key);
        QCOMPARE(analysis.key->name(), (MusicalKey{tonic % 12, minor}).name());
        QCOMPARE(analysis.durationMs, 16000);
        QCOMPARE(analysis.waveform.bins(), analysis::Waveform::kBins);
    }

    // BS.1770: a 1 kHz sine at -20 dBFS on both channels of a stereo pair reads -20 LUFS (the
    // K-weighting is flat there), its true peak -20 dBFS, and its ReplayGain 2.0 gain +2 dB.
    void loudnessOfASine()
    {
        const QString path = m_dir.filePath(QStringLiteral("sine.wav"));
        QVERIFY(demo::encodeAudioFile(path, demo::FixtureFormat::Wav,
                                      sine(1000.0, std::pow(10.0, -20.0 / 20.0), 10.0))
                    .isEmpty());
        const analysis::TrackAnalysis analysis = analysis::analyseTrack(path);
        QVERIFY2(analysis.isValid(), qPrintable(analysis.error));
        QVERIFY(analysis.loudnessLufs);
        QVERIFY2(std::abs(*analysis.loudnessLufs + 20.0) < 0.05,
                 qPrintable(QString::number(*analysis.loudnessLufs)));
        QVERIFY(std::abs(*analysis.truePeakDb() + 20.0) < 0.05);
        QVERIFY(std::abs(*analysis.trackGainDb() - 2.0) < 0.05);
        QVERIFY(analysis.loudnessRangeLu && *analysis.loudnessRangeLu < 0.1);
        // A steady tone is one bin tall across the whole waveform.
        for (int bin = 0; bin < analysis.waveform.bins(); bin += 100)
            QVERIFY(std::abs(analysis.waveform.peakAt(bin) - 0.1) < 0.01);
    }

    // The gating blocks kept for album loudness are libebur128's own: gated alone, a track's
    // blocks give its integrated loudness; gated together, two tracks' blocks give what the two
    // played as one file measure (but for the few blocks that straddle the join). A track more
    // than 10 LU below the others falls under the relative gate and barely counts.
    void albumLoudnessFromTheTracksBlocks()
    {
        const demo::PcmBuffer first = testing::pulseOverTriad(120.0, 60, false, 20.0);
        demo::PcmBuffer second = testing::pulseOverTriad(90.0, 57, true, 20.0);
        for (float& sample : second.samples)
            sample *= 0.5f;
        demo::PcmBuffer joined = first;
        joined.samples.insert(joined.samples.end(), second.samples.begin(), second.samples.end());
        const QString firstPath = m_dir.filePath(QStringLiteral("first.flac"));
        const QString secondPath = m_dir.filePath(QStringLiteral("second.flac"));
        const QString joinedPath = m_dir.filePath(QStringLiteral("joined.flac"));
        const QString quietPath = m_dir.filePath(QStringLiteral("quiet.flac"));
        QVERIFY(demo::encodeAudioFile(firstPath, demo::FixtureFormat::Flac, first).isEmpty());
        QVERIFY(demo::encodeAudioFile(secondPath, demo::FixtureFormat::Flac, second).isEmpty());
        QVERIFY(demo::encodeAudioFile(joinedPath, demo::FixtureFormat::Flac, joined).isEmpty());
        QVERIFY(demo::encodeAudioFile(quietPath, demo::FixtureFormat::Flac, sine(440.0, 0.02, 6.0))
                    .isEmpty());
        const analysis::TrackAnalysis a = analysis::analyseTrack(firstPath);
        const analysis::TrackAnalysis b = analysis::analyseTrack(secondPath);
        const analysis::TrackAnalysis whole = analysis::analyseTrack(joinedPath);
        const analysis::TrackAnalysis quiet = analysis::analyseTrack(quietPath);
        QVERIFY(std::abs(*analysis::gatedLoudness({&a.blockEnergies}) - *a.loudnessLufs) < 0.001);
        QVERIFY(std::abs(*analysis::gatedLoudness({&b.blockEnergies}) - *b.loudnessLufs) < 0.001);
        const double album = *analysis::gatedLoudness({&a.blockEnergies, &b.blockEnergies});
        QVERIFY2(std::abs(album - *whole.loudnessLufs) < 0.05,
                 qPrintable(QStringLiteral("%1 %2").arg(album).arg(*whole.loudnessLufs)));
        QVERIFY(album < *a.loudnessLufs - 1.0 && album > *b.loudnessLufs);
        QVERIFY(*quiet.loudnessLufs < *a.loudnessLufs - 10.0);
        QVERIFY(std::abs(*analysis::gatedLoudness({&a.blockEnergies, &quiet.blockEnergies}) -
                         *a.loudnessLufs) < 0.2);
    }

    // Digital silence has no loudness, gain, tempo or key, and zero energy; it is still analysed.
    void silenceHasNoLoudness()
    {
        const QString path = m_dir.filePath(QStringLiteral("silence.flac"));
        QVERIFY(demo::encodeAudioFile(path, demo::FixtureFormat::Flac, sine(440.0, 0.0, 5.0))
                    .isEmpty());
        const analysis::TrackAnalysis analysis = analysis::analyseTrack(path);
        QVERIFY2(analysis.isValid(), qPrintable(analysis.error));
        QVERIFY(!analysis.loudnessLufs);
        QVERIFY(!analysis.trackGainDb());
        QVERIFY(!analysis.truePeakDb());
        QVERIFY(!analysis.tempoBpm);
        QVERIFY(!analysis.key);
        QCOMPARE(analysis.energy, 0.0);
        QVERIFY(analysis.blockEnergies.empty());
    }

    // A file that is not audio, an empty one and a missing one each give a reason, not a crash.
    void badFilesGiveAReason()
    {
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.flac"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 4096; ++i)
            file.putChar(char((i * 7919) % 251));
        file.close();
        const QString empty = m_dir.filePath(QStringLiteral("empty.mp3"));
        QFile(empty).open(QIODevice::WriteOnly);
        for (const QString& path : {garbage, empty, m_dir.filePath(QStringLiteral("none.ogg"))}) {
            const analysis::TrackAnalysis analysis = analysis::analyseTrack(path);
            QVERIFY2(!analysis.isValid(), qPrintable(path));
            QVERIFY(!analysis.loudnessLufs);
        }
    }

    // A CUE sheet's track is its range of the file, nothing more.
    void analysesARange()
    {
        const QString path = m_dir.filePath(QStringLiteral("long.flac"));
        QVERIFY(demo::encodeAudioFile(path, demo::FixtureFormat::Flac,
                                      testing::pulseOverTriad(100.0, 60, false, 12.0))
                    .isEmpty());
        const analysis::TrackAnalysis range = analysis::analyseTrack(path, 2'000'000, 7'000'000);
        QVERIFY2(range.isValid(), qPrintable(range.error));
        QCOMPARE(range.durationMs, 5000);
    }

    // The stop flag abandons a track: its result says so and carries nothing.
    void stopsWhenAsked()
    {
        const QString path = m_dir.filePath(QStringLiteral("stopped.flac"));
        QVERIFY(demo::encodeAudioFile(path, demo::FixtureFormat::Flac, sine(440.0, 0.5, 4.0))
                    .isEmpty());
        const std::atomic<bool> stop{true};
        const analysis::TrackAnalysis analysis = analysis::analyseTrack(path, 0, -1, &stop);
        QVERIFY(!analysis.isValid());
        QVERIFY(!analysis.loudnessLufs);
    }

    // Faces: slow, minor and quiet each speak for the ballad; two of three decide.
    void facesFromTheMusic()
    {
        analysis::TrackAnalysis ballad;
        ballad.tempoBpm = 68.0;
        ballad.key = MusicalKey{9, true};
        ballad.energy = 0.45;
        QCOMPARE(analysis::faceOf(ballad), notes::Face::Ballad);
        QCOMPARE(analysis::suggestedMood(ballad), QStringLiteral("Melancholy"));
        ballad.key = MusicalKey{0, false};
        QCOMPARE(analysis::faceOf(ballad), notes::Face::Ballad);
        QCOMPARE(analysis::suggestedMood(ballad), QStringLiteral("Tender"));
        analysis::TrackAnalysis anthem;
        anthem.tempoBpm = 126.0;
        anthem.key = MusicalKey{3, false};
        anthem.energy = 0.8;
        QCOMPARE(analysis::faceOf(anthem), notes::Face::Anthem);
        QCOMPARE(analysis::suggestedMood(anthem), QStringLiteral("Joyful"));
        anthem.key = MusicalKey{3, true};
        QCOMPARE(analysis::faceOf(anthem), notes::Face::Anthem);
        QCOMPARE(analysis::suggestedMood(anthem), QStringLiteral("Driven"));
        // Each suggestion reads as the face it was suggested for.
        for (const analysis::TrackAnalysis* a : {&ballad, &anthem})
            QCOMPARE(notes::faceOfMoods({analysis::suggestedMood(*a)}), analysis::faceOf(*a));
        // Notes win where their moods name a face.
        QCOMPARE(analysis::faceFor({QStringLiteral("Joyful")}, ballad), notes::Face::Anthem);
        QCOMPARE(analysis::faceFor({QStringLiteral("Warm")}, ballad), notes::Face::Ballad);
    }

    void keyNames()
    {
        QCOMPARE(MusicalKey::parse(u"A minor"), (MusicalKey{9, true}));
        QCOMPARE(MusicalKey::parse(u"E-flat major"), (MusicalKey{3, false}));
        QCOMPARE(MusicalKey::parse(u"Eb major"), (MusicalKey{3, false}));
        QCOMPARE(MusicalKey::parse(u"F-sharp minor"), (MusicalKey{6, true}));
        QCOMPARE(MusicalKey::parse(u"f# minor"), (MusicalKey{6, true}));
        QCOMPARE(MusicalKey::parse(u"B major"), (MusicalKey{11, false}));
        QCOMPARE(MusicalKey::parse(u"Bb major"), (MusicalKey{10, false}));
        QCOMPARE(MusicalKey::parse(u"C♭ major"), (MusicalKey{11, false}));
        QVERIFY(!MusicalKey::parse(u"H minor"));
        QVERIFY(!MusicalKey::parse(u"A dorian"));
        QCOMPARE((MusicalKey{3, false}).name(), QStringLiteral("Eb major"));
        QCOMPARE((MusicalKey{9, true}).relative(), (MusicalKey{0, false}));
        QCOMPARE((MusicalKey{0, false}).relative(), (MusicalKey{9, true}));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTrackAnalyzer)
#include "tst_trackanalyzer.moc"
