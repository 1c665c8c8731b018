#include "common/FileName.h"
#include "demo/FixtureWriter.h"
#include "engine/Decoder.h"
#include "support/DecodedAudio.h"
#include "support/FileBytes.h"
#include "support/HostileFiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <sys/stat.h>

using namespace liner;
using demo::FixtureFormat;

namespace {

QString writeClean(const QTemporaryDir& dir, const QString& name, FixtureFormat format, int rate,
                   int channels, qint64 frames, std::uint32_t seed = 1)
{
    const QString path = dir.filePath(name);
    const QString error =
        demo::encodeAudioFile(path, format, demo::fixtureSignal(rate, channels, frames, seed));
    return error.isEmpty() ? path : QString();
}

// The best of three opens, in seconds: the machine may be busy.
double openSeconds(const QString& path)
{
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        engine::Decoder decoder;
        if (!decoder.open(path).isEmpty())
            return -1;
        std::vector<float> block;
        decoder.decodeNext(block); // the first sample is what a listener waits for
        best = std::min(best, double(timer.nsecsElapsed()) / 1e9);
    }
    return best;
}

} // namespace

// Files that once hung, crashed or stalled the decoder.
class TestHostileSources : public QObject
{
    Q_OBJECT

private slots:
    void refusesWhatIsNotAFile()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo.flac"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString device = dir.filePath(QStringLiteral("endless.mp3"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), device));
        engine::Decoder decoder;
        QVERIFY(decoder.open(fifo).contains(u"FIFO"));
        QVERIFY(decoder.open(device).contains(u"device"));
        QVERIFY(decoder.open(dir.path()).contains(u"folder"));
    }

    // A name that is not UTF-8 opens by its bytes.
    void opensANameThatIsNotUtf8()
    {
        QTemporaryDir dir;
        const QString clean =
            writeClean(dir, QStringLiteral("clean.flac"), FixtureFormat::Flac, 44100, 2, 4410);
        QVERIFY(!clean.isEmpty());
        const QByteArray latin1 = QFile::encodeName(dir.path()) + "/Caf\xe9 \xb3.flac";
        QCOMPARE(std::rename(QFile::encodeName(clean).constData(), latin1.constData()), 0);
        const QString name = decodeFileName(latin1);
        QCOMPARE(encodeFileName(name), latin1);
        const testing::DecodedAudio audio = testing::decodeFile(name);
        // Qt cannot name the file to delete it; the test can.
        QCOMPARE(std::remove(latin1.constData()), 0);
        QVERIFY2(audio.error.isEmpty(), qPrintable(audio.error));
        QCOMPARE(audio.frames(), 4410);
    }

    // Two MP3s joined (mono at 44.1 kHz, then stereo at 48 kHz, and the other way round): the
    // decoder rebuilds its converter at the change and everything comes out in the one format the
    // stream stated when it opened.
    void reconvertsAFormatChangeMidStream_data()
    {
        QTest::addColumn<int>("firstRate");
        QTest::addColumn<int>("firstChannels");
        QTest::addColumn<int>("secondRate");
        QTest::addColumn<int>("secondChannels");
        QTest::newRow("mono 44.1 then stereo 48") << 44100 << 1 << 48000 << 2;
        QTest::newRow("stereo 48 then mono 44.1") << 48000 << 2 << 44100 << 1;
        QTest::newRow("stereo then mono, same rate") << 44100 << 2 << 44100 << 1;
    }
    void reconvertsAFormatChangeMidStream()
    {
        QFETCH(int, firstRate);
        QFETCH(int, firstChannels);
        QFETCH(int, secondRate);
        QFETCH(int, secondChannels);
        QTemporaryDir dir;
        const QString first = writeClean(dir, QStringLiteral("a.mp3"), FixtureFormat::Mp3,
                                         firstRate, firstChannels, firstRate);
        const QString second = writeClean(dir, QStringLiteral("b.mp3"), FixtureFormat::Mp3,
                                          secondRate, secondChannels, secondRate, 2);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const QString joined = dir.filePath(QStringLiteral("joined.mp3"));
        QVERIFY(
            testing::writeBytes(joined, testing::readBytes(first) + testing::readBytes(second)));
        const testing::DecodedAudio audio = testing::decodeFile(joined);
        QVERIFY2(audio.error.isEmpty(), qPrintable(audio.error));
        const int rate = audio.format.sampleRate;
        QVERIFY(rate == firstRate || rate == secondRate);
        QVERIFY(audio.format.channels == firstChannels || audio.format.channels == secondChannels);
        // Both seconds are there, one part resampled to the other's rate (give or take the frames
        // an MP3 decoder and a resampler hold at the seam).
        QVERIFY2(std::abs(audio.frames() - 2 * rate) < rate / 10,
                 qPrintable(QString::number(audio.frames())));
    }

    // A FLAC whose header claims six channels while its frames carry two: no read past a frame
    // (AddressSanitizer watches), every frame decoded.
    void decodesAFlacThatLiesAboutItsChannels()
    {
        QTemporaryDir dir;
        const QString clean =
            writeClean(dir, QStringLiteral("clean.flac"), FixtureFormat::Flac, 44100, 2, 44100);
        QVERIFY(!clean.isEmpty());
        const QString lying = dir.filePath(QStringLiteral("lying.flac"));
        QVERIFY(testing::writeBytes(lying,
                                    testing::flacClaimingChannels(testing::readBytes(clean), 6)));
        const testing::DecodedAudio audio = testing::decodeFile(lying);
        QVERIFY(audio.format.channels > 0);
        QCOMPARE(audio.frames(), 44100);
    }

    // Tags FFmpeg would store quadratically: opening takes about as long as opening the same
    // audio without them (side by side, as a ratio), and the audio is the same.
    void hugeTagsDoNotDelayTheFirstSample_data()
    {
        QTest::addColumn<FixtureFormat>("format");
        QTest::addColumn<QString>("kind");
        QTest::newRow("FLAC, 100,000 Vorbis comments") << FixtureFormat::Flac << "comments";
        QTest::newRow("MP3, 300,000 ID3 frames") << FixtureFormat::Mp3 << "id3";
        QTest::newRow("FLAC behind 300,000 ID3 frames") << FixtureFormat::Flac << "id3";
        QTest::newRow("Ogg Vorbis, 20,000 comments") << FixtureFormat::Vorbis << "tags";
        QTest::newRow("Opus, 20,000 comments") << FixtureFormat::Opus << "tags";
        QTest::newRow("AAC, 20,000 MP4 items") << FixtureFormat::Aac << "tags";
    }
    void hugeTagsDoNotDelayTheFirstSample()
    {
        QFETCH(FixtureFormat, format);
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString extension = demo::fileExtension(format);
        const QString clean =
            writeClean(dir, QStringLiteral("clean.") + extension, format, 48000, 2, 48000);
        QVERIFY(!clean.isEmpty());
        const QString tagged = dir.filePath(QStringLiteral("tagged.") + extension);
        if (kind == u"comments") {
            QVERIFY(testing::writeBytes(
                tagged, testing::flacWithComments(testing::readBytes(clean), 100'000)));
        } else if (kind == u"id3") {
            QVERIFY(testing::writeBytes(
                tagged, testing::withId3Frames(testing::readBytes(clean), 300'000)));
        } else {
            QVERIFY(QFile::copy(clean, tagged));
            // Written through TagLib, whose MP4 writer is itself slow with many items: fewer
            // here, still twenty times what FFmpeg is shown.
            demo::FixtureTags tags;
            for (int i = 0; i < 20'000; ++i)
                tags.extra.insert(QStringLiteral("K%1").arg(i), QStringLiteral("v"));
            const QString error = demo::writeTags(tagged, format, tags);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const double cleanSeconds = openSeconds(clean);
        const double taggedSeconds = openSeconds(tagged);
        QVERIFY(cleanSeconds >= 0 && taggedSeconds >= 0);
        qInfo("open and first block: %.4f s without the tags, %.4f s with them", cleanSeconds,
              taggedSeconds);
        // FFmpeg's own store takes tens of seconds here: a thousand times the clean file.
        QVERIFY2(
            taggedSeconds < 20 * cleanSeconds + 0.2,
            qPrintable(QStringLiteral("%1 s against %2 s").arg(taggedSeconds).arg(cleanSeconds)));
        const testing::DecodedAudio expected = testing::decodeFile(clean);
        const testing::DecodedAudio audio = testing::decodeFile(tagged);
        QVERIFY2(audio.error.isEmpty(), qPrintable(audio.error));
        QCOMPARE(audio.frames(), expected.frames());
        if (demo::isLossless(format))
            QVERIFY(audio.samples == expected.samples);
    }
};

QTEST_GUILESS_MAIN(TestHostileSources)
#include "tst_hostilesources.moc"
