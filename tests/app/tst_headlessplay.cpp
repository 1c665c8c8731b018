#include "LinerProcess.h"
#include "support/AudioCapture.h"
#include "support/DecodedAudio.h"

#include <QDir>
#include <QTest>

using namespace liner;

// `liner --headless --play` on the bundled album sends the device exactly the decoded album:
// every sample of every track, in order, with nothing added or lost between tracks. The capture is
// ALSA's file PCM over its null PCM, as in ARCHITECTURE.md: a sink without a clock.
class TestHeadlessPlay : public QObject
{
    Q_OBJECT

private slots:
    void playsTheBundledAlbumBitPerfect()
    {
        const QDir album(QStringLiteral(LINER_BUILD_ALBUM_DIR));
        const QStringList files =
            album.entryList({QStringLiteral("*.flac")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 8);
        std::vector<float> expected;
        for (const QString& file : files) {
            const testing::DecodedAudio audio = testing::decodeFile(album.filePath(file));
            QVERIFY2(audio.error.isEmpty(), qPrintable(audio.error));
            expected.insert(expected.end(), audio.samples.begin(), audio.samples.end());
        }

        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        const auto run = testing::runLiner({QStringLiteral("--headless"), QStringLiteral("--play")},
                                           capture.environment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        for (int i = 1; i <= files.size(); ++i)
            QVERIFY2(
                run.err.contains(QStringLiteral("Playing %1/%2").arg(i).arg(files.size()).toUtf8()),
                run.err.constData());

        const QStringList captures = capture.finishedCaptureFiles();
        QCOMPARE(captures.size(), 1); // one stream for the whole album
        QVERIFY(captures.first().endsWith(QStringLiteral("capture-44100-2-FLOAT_LE.raw")));
        const std::vector<float> captured = testing::AudioCapture::readFloats(captures.first());

        // A clockless sink is fed by blocking writes: the capture is the album, frame for frame,
        // with no silence before, between or after the tracks.
        QCOMPARE(captured.size(), expected.size());
        std::size_t mismatches = 0;
        std::size_t firstMismatch = expected.size();
        for (std::size_t i = 0; i < expected.size(); ++i) {
            if (captured[i] != expected[i]) {
                firstMismatch = std::min(firstMismatch, i);
                ++mismatches;
            }
        }
        QVERIFY2(mismatches == 0, qPrintable(QStringLiteral("%1 samples differ, first at frame %2")
                                                 .arg(mismatches)
                                                 .arg(firstMismatch / 2)));
    }
};

QTEST_GUILESS_MAIN(TestHeadlessPlay)
#include "tst_headlessplay.moc"
