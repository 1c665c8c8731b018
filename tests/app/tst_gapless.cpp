#include "LinerProcess.h"
#include "demo/FixtureWriter.h"
#include "support/AudioCapture.h"
#include "support/DecodedAudio.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace liner;

// One continuous signal cut at odd sample offsets into three files of one format, played with
// `liner --headless --play DIR` into an ALSA file capture: the capture must be the three parts'
// audio back to back, with no sample added or lost at either join, in one stream.
class TestGapless : public QObject
{
    Q_OBJECT

private slots:
    void playsConsecutivePartsAsOneStream_data()
    {
        QTest::addColumn<demo::FixtureFormat>("format");
        for (const demo::FixtureFormat format : demo::allFixtureFormats())
            QTest::newRow(qPrintable(demo::formatName(format))) << format;
    }

    void playsConsecutivePartsAsOneStream()
    {
        QFETCH(demo::FixtureFormat, format);
        // Opus only runs at 48 kHz; the others are tested at CD rate.
        const int rate = format == demo::FixtureFormat::Opus ? 48000 : 44100;
        const demo::PcmBuffer source = demo::fixtureSignal(rate, 2, 3 * rate, 7);
        // Odd offsets, so no join falls on a codec frame or block boundary.
        const std::vector<qint64> cuts{0, 31'337, 31'337 + 50'021, source.frames()};

        QTemporaryDir dir;
        std::vector<float> expected;
        for (std::size_t part = 0; part + 1 < cuts.size(); ++part) {
            demo::PcmBuffer piece{rate, 2, {}};
            piece.samples.assign(source.samples.begin() + cuts[part] * 2,
                                 source.samples.begin() + cuts[part + 1] * 2);
            demo::FixtureTags tags;
            tags.trackNumber = int(part) + 1;
            const QString path = dir.filePath(
                QStringLiteral("%1.%2").arg(part + 1).arg(demo::fileExtension(format)));
            QVERIFY(demo::writeFixture(path, format, piece, tags).isEmpty());

            const testing::DecodedAudio decoded = testing::decodeFile(path);
            QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));
            // Every codec decodes to the part's true length: delay and padding trimmed.
            QCOMPARE(decoded.frames(), piece.frames());
            if (demo::isLossless(format)) {
                for (std::size_t i = 0; i < piece.samples.size(); ++i) {
                    const float quantised = std::round(piece.samples[i] * 32767.0F) / 32768.0F;
                    if (std::abs(decoded.samples[i] - quantised) > 1.0F / 32768.0F)
                        QFAIL(qPrintable(
                            QStringLiteral("sample %1 of part %2 differs").arg(i).arg(part)));
                }
            }
            expected.insert(expected.end(), decoded.samples.begin(), decoded.samples.end());
        }

        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        const auto run =
            testing::runLiner({QStringLiteral("--headless"), QStringLiteral("--play"), dir.path()},
                              capture.environment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList captures = capture.finishedCaptureFiles();
        QCOMPARE(captures.size(), 1);
        const std::vector<float> captured = testing::AudioCapture::readFloats(captures.first());
        QCOMPARE(captured.size(), expected.size());
        const auto [expectedAt, capturedAt] =
            std::mismatch(expected.begin(), expected.end(), captured.begin());
        QVERIFY2(expectedAt == expected.end(),
                 qPrintable(QStringLiteral("first difference at frame %1")
                                .arg((expectedAt - expected.begin()) / 2)));
    }

    // An album ripped to one FLAC with a CUE sheet: `liner --headless --play album.cue` plays
    // each range in turn, and the capture is the file itself, sample for sample, one stream.
    // The second track starts at an INDEX that is not a multiple of any decoder block.
    void playsACueSheetAsTheWholeFile()
    {
        QTemporaryDir dir;
        const demo::PcmBuffer source = demo::fixtureSignal(44100, 2, 5 * 44100, 11);
        QVERIFY(demo::writeFixture(dir.filePath(QStringLiteral("album.flac")),
                                   demo::FixtureFormat::Flac, source, {})
                    .isEmpty());
        QFile sheet(dir.filePath(QStringLiteral("album.cue")));
        QVERIFY(sheet.open(QIODevice::WriteOnly));
        sheet.write("FILE \"album.flac\" WAVE\n"
                    "  TRACK 01 AUDIO\n    INDEX 01 00:00:00\n"
                    "  TRACK 02 AUDIO\n    INDEX 00 00:01:00\n    INDEX 01 00:01:37\n"
                    "  TRACK 03 AUDIO\n    INDEX 01 00:03:74\n");
        sheet.close();
        const testing::DecodedAudio decoded =
            testing::decodeFile(dir.filePath(QStringLiteral("album.flac")));
        QVERIFY2(decoded.error.isEmpty(), qPrintable(decoded.error));

        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        const auto run = testing::runLiner(
            {QStringLiteral("--headless"), QStringLiteral("--play"), sheet.fileName()},
            capture.environment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("Played 3 tracks."), run.err.constData());
        const QStringList captures = capture.finishedCaptureFiles();
        QCOMPARE(captures.size(), 1);
        const std::vector<float> captured = testing::AudioCapture::readFloats(captures.first());
        QCOMPARE(captured.size(), decoded.samples.size());
        QVERIFY(captured == decoded.samples);
    }
};

QTEST_GUILESS_MAIN(TestGapless)
#include "tst_gapless.moc"
