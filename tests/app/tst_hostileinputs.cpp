#include "LinerProcess.h"
#include "demo/FixtureWriter.h"
#include "support/AudioCapture.h"
#include "support/DecodedAudio.h"
#include "support/FileBytes.h"
#include "support/HostileFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <sys/stat.h>

using namespace liner;
using testing::runLiner;

namespace {

// Long enough for a loaded machine, short enough that a wait for ever fails the test.
constexpr int kNoHangMs = 120'000;

bool makeFifo(const QString& path)
{
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

// Makes the hostile file of one class at `path`, from good audio written beside it.
bool makeHostile(const QString& kind, const QString& path, const QTemporaryDir& dir)
{
    const auto clean = [&dir](const char* name, demo::FixtureFormat format, int rate, int channels,
                              std::uint32_t seed) {
        const QString file = dir.filePath(QString::fromLatin1(name));
        return demo::encodeAudioFile(file, format, demo::fixtureSignal(rate, channels, rate, seed))
                       .isEmpty()
                   ? testing::readBytes(file)
                   : QByteArray();
    };
    if (kind == u"fifo")
        return makeFifo(path);
    if (kind == u"endless device")
        return QFile::link(QStringLiteral("/dev/zero"), path);
    if (kind == u"format change")
        return testing::writeBytes(path, clean("a.mp3", demo::FixtureFormat::Mp3, 44100, 1, 7) +
                                             clean("b.mp3", demo::FixtureFormat::Mp3, 48000, 2, 8));
    if (kind == u"channel lie")
        return testing::writeBytes(path,
                                   testing::flacClaimingChannels(
                                       clean("c.flac", demo::FixtureFormat::Flac, 44100, 2, 9), 8));
    if (kind == u"100,000 comments")
        return testing::writeBytes(
            path, testing::flacWithComments(
                      clean("d.flac", demo::FixtureFormat::Flac, 44100, 2, 10), 100'000));
    if (kind == u"300,000 ID3 frames")
        return testing::writeBytes(
            path, testing::withId3Frames(clean("e.mp3", demo::FixtureFormat::Mp3, 44100, 2, 11),
                                         300'000));
    if (kind == u"no frames")
        return demo::encodeAudioFile(path, demo::FixtureFormat::Flac, {44100, 2, {}}).isEmpty();
    if (kind == u"index past the end") {
        // A rip of two tracks whose second INDEX lies past the end of its file: the first is
        // the whole file, the second cannot be played.
        const QString ripped = dir.filePath(QStringLiteral("rip.flac"));
        return demo::encodeAudioFile(ripped, demo::FixtureFormat::Flac,
                                     demo::fixtureSignal(44100, 2, 11025, 12))
                   .isEmpty() &&
               testing::writeBytes(path, "FILE \"rip.flac\" WAVE\n"
                                         "  TRACK 01 AUDIO\n    INDEX 01 00:00:00\n"
                                         "  TRACK 02 AUDIO\n    INDEX 01 42:00:00\n");
    }
    return false;
}

// Audio in one format written under a name that says another, as renamed downloads, rippers and
// converters leave it.
bool makeLiar(const QString& content, const QString& path)
{
    const demo::PcmBuffer pcm = demo::fixtureSignal(44100, 2, 44100, 12);
    if (content == u"ADTS AAC")
        return demo::encodeAdtsAac(path, pcm).isEmpty();
    for (const demo::FixtureFormat format : demo::allFixtureFormats()) {
        if (demo::formatName(format) == content)
            return demo::encodeAudioFile(path, format, pcm).isEmpty();
    }
    return false;
}

// Whether `expected` reached the device whole, in one piece of one capture.
bool capturedWhole(const testing::AudioCapture& capture, const std::vector<float>& expected)
{
    for (const QString& file : capture.finishedCaptureFiles()) {
        const std::vector<float> captured = testing::AudioCapture::readFloats(file);
        if (std::search(captured.begin(), captured.end(), expected.begin(), expected.end()) !=
            captured.end())
            return true;
    }
    return false;
}

} // namespace

// Files that are not what their names say: FIFOs, endless devices behind innocent names, files
// far beyond the size of their kind. Liner refuses each with its reason and never waits.
class TestHostileInputs : public QObject
{
    Q_OBJECT

private slots:
    // Lyrics, liner notes, a cover and a CUE sheet that are FIFOs or endless devices: the scan
    // finishes, the track is listed with what could be read.
    void scanNeverWaitsOnTheFilesBesideTheMusic()
    {
        QTemporaryDir dir;
        demo::FixtureTags tags;
        tags.title = QStringLiteral("Queen");
        QVERIFY(demo::writeFixture(dir.filePath(QStringLiteral("Queen.flac")),
                                   demo::FixtureFormat::Flac, demo::fixtureSignal(44100, 2, 4410),
                                   tags)
                    .isEmpty());
        QVERIFY(makeFifo(dir.filePath(QStringLiteral("Queen.lrc"))));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"),
                            dir.filePath(QStringLiteral("liner-notes.md"))));
        QVERIFY(makeFifo(dir.filePath(QStringLiteral("cover.jpg"))));
        QVERIFY(makeFifo(dir.filePath(QStringLiteral("album.cue"))));
        QVERIFY(
            QFile::link(QStringLiteral("/dev/urandom"), dir.filePath(QStringLiteral("other.cue"))));

        // The sheets are not files the walk lists; named on the command line, they are reported.
        const auto run = runLiner(
            {QStringLiteral("--scan"), dir.path(), dir.filePath(QStringLiteral("album.cue")),
             dir.filePath(QStringLiteral("other.cue")), QStringLiteral("--json")},
            QProcessEnvironment::systemEnvironment(), kNoHangMs);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray entries = QJsonDocument::fromJson(run.out).array();
        QJsonObject queen;
        QStringList problems;
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            if (entry.value(u"title").toString() == u"Queen")
                queen = entry;
            else
                problems << entry.value(u"error").toString();
        }
        QVERIFY2(!queen.isEmpty(), run.out.constData());
        QVERIFY(queen.value(u"error").isNull());
        QVERIFY(queen.value(u"syncedLyrics").isNull() ||
                queen.value(u"syncedLyrics").toArray().isEmpty());
        QVERIFY(queen.value(u"albumNotes").isNull());
        QCOMPARE(queen.value(u"hasCover").toBool(), false);
        QCOMPARE(problems.size(), 2);
        for (const QString& problem : std::as_const(problems))
            QVERIFY(!problem.isEmpty());
        // The lyrics and notes that were refused are said, each once, with the reason.
        QCOMPARE(run.err.count("Queen.lrc: a FIFO, not a regular file"), 1);
        QCOMPARE(run.err.count("liner-notes.md: a device, not a regular file"), 1);
    }

    // The watchdog: each class of file that once hung, crashed or stalled the engine plays (or is
    // skipped) between two good tracks, and the second good track reaches the device whole.
    void playsOnPastEveryHostileClass_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("extension");
        QTest::newRow("FIFO") << QStringLiteral("fifo") << QStringLiteral("flac");
        QTest::newRow("link to /dev/zero")
            << QStringLiteral("endless device") << QStringLiteral("mp3");
        QTest::newRow("MP3 changing rate and channels")
            << QStringLiteral("format change") << QStringLiteral("mp3");
        QTest::newRow("FLAC claiming 8 channels")
            << QStringLiteral("channel lie") << QStringLiteral("flac");
        QTest::newRow("FLAC with 100,000 comments")
            << QStringLiteral("100,000 comments") << QStringLiteral("flac");
        QTest::newRow("MP3 with 300,000 ID3 frames")
            << QStringLiteral("300,000 ID3 frames") << QStringLiteral("mp3");
        QTest::newRow("FLAC of headers without a frame")
            << QStringLiteral("no frames") << QStringLiteral("flac");
        QTest::newRow("CUE INDEX past the end of its file")
            << QStringLiteral("index past the end") << QStringLiteral("cue");
    }
    void playsOnPastEveryHostileClass()
    {
        QFETCH(QString, kind);
        QFETCH(QString, extension);
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("01 first.flac"));
        const QString hostile = dir.filePath(QStringLiteral("02 hostile.") + extension);
        const QString last = dir.filePath(QStringLiteral("03 last.flac"));
        QVERIFY(demo::writeFixture(first, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 22050, 1), {})
                    .isEmpty());
        QVERIFY(makeHostile(kind, hostile, dir));
        QVERIFY(demo::writeFixture(last, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 33075, 2), {})
                    .isEmpty());
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        const auto run =
            runLiner({QStringLiteral("--headless"), QStringLiteral("--play"), first, hostile, last},
                     capture.environment(), kNoHangMs);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const std::vector<float> expected = testing::decodeFile(last).samples;
        QVERIFY(!expected.empty());
        QVERIFY2(capturedWhole(capture, expected), run.err.constData());
    }

    // A file whose name says another format than its content: scanned as what it is, and played
    // whole between two good tracks, the second of them whole too.
    void filesNamedForAnotherFormatScanAndPlay_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("extension");
        QTest::newRow("ADTS AAC named .m4a") << QStringLiteral("ADTS AAC") << QStringLiteral("m4a");
        QTest::newRow("ADTS AAC named .aac") << QStringLiteral("ADTS AAC") << QStringLiteral("aac");
        QTest::newRow("MP3 named .flac") << QStringLiteral("MP3") << QStringLiteral("flac");
        QTest::newRow("FLAC named .mp3") << QStringLiteral("FLAC") << QStringLiteral("mp3");
        QTest::newRow("Ogg Vorbis named .opus")
            << QStringLiteral("Vorbis") << QStringLiteral("opus");
        QTest::newRow("WAV named .m4a") << QStringLiteral("WAV") << QStringLiteral("m4a");
        QTest::newRow("MP3 named .ogg") << QStringLiteral("MP3") << QStringLiteral("ogg");
    }
    void filesNamedForAnotherFormatScanAndPlay()
    {
        QFETCH(QString, content);
        QFETCH(QString, extension);
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("01 first.flac"));
        const QString liar = dir.filePath(QStringLiteral("02 liar.") + extension);
        const QString last = dir.filePath(QStringLiteral("03 last.flac"));
        QVERIFY(demo::writeFixture(first, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 22050, 1), {})
                    .isEmpty());
        QVERIFY(makeLiar(content, liar));
        QVERIFY(demo::writeFixture(last, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 33075, 2), {})
                    .isEmpty());

        const auto scan = runLiner({QStringLiteral("--scan"), liar, QStringLiteral("--json")},
                                   QProcessEnvironment::systemEnvironment(), kNoHangMs);
        QVERIFY2(scan.exitCode == 0, scan.err.constData());
        const QJsonObject entry = QJsonDocument::fromJson(scan.out).array().at(0).toObject();
        QVERIFY2(entry.value(u"error").isNull(), scan.out.constData());
        const QString codec = content == u"ADTS AAC" ? QStringLiteral("AAC")
                              : content == u"WAV"    ? QStringLiteral("PCM")
                                                     : content;
        QCOMPARE(entry.value(u"codec").toString(), codec);
        QCOMPARE(entry.value(u"sampleRate").toInt(), 44100);
        QCOMPARE(entry.value(u"channels").toInt(), 2);
        // One second, give or take an encoder's frame of priming and padding.
        QVERIFY2(qAbs(entry.value(u"durationMs").toInt() - 1000) <= 60, scan.out.constData());

        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        const auto run =
            runLiner({QStringLiteral("--headless"), QStringLiteral("--play"), first, liar, last},
                     capture.environment(), kNoHangMs);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const testing::DecodedAudio lied = testing::decodeFile(liar);
        QVERIFY2(lied.error.isEmpty(), qPrintable(lied.error));
        QVERIFY(lied.frames() >= 44100);
        QVERIFY2(capturedWhole(capture, lied.samples), run.err.constData());
        QVERIFY2(capturedWhole(capture, testing::decodeFile(last).samples), run.err.constData());
    }

    // Names that are bytes, not UTF-8 (Latin-1, as an old disk or a Windows archive leaves them):
    // found by the folder walk, read by --scan, played from the folder and from the command line,
    // and shown readably.
    void namesThatAreNotUtf8PlayAndScan()
    {
        QTemporaryDir dir;
        const QByteArray folder = QFile::encodeName(dir.path()) + "/Alb\xfcm";
        const QByteArray track = folder + "/Caf\xe9 \xb3.flac";
        QCOMPARE(::mkdir(folder.constData(), 0700), 0);
        demo::FixtureTags tags;
        tags.title = QStringLiteral("Latin");
        const QString clean = dir.filePath(QStringLiteral("clean.flac"));
        QVERIFY(demo::writeFixture(clean, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 22050, 3), tags)
                    .isEmpty());
        const std::vector<float> expected = testing::decodeFile(clean).samples;
        QCOMPARE(::rename(QFile::encodeName(clean).constData(), track.constData()), 0);

        const auto scan = runLiner({QStringLiteral("--scan"), dir.path(), QStringLiteral("--json")},
                                   QProcessEnvironment::systemEnvironment(), kNoHangMs);
        QVERIFY2(scan.exitCode == 0, scan.err.constData());
        const QJsonArray entries = QJsonDocument::fromJson(scan.out).array();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.at(0).toObject();
        QVERIFY2(entry.value(u"error").isNull(), scan.out.constData());
        QCOMPARE(entry.value(u"title").toString(), QStringLiteral("Latin"));
        QCOMPARE(entry.value(u"path").toString(),
                 dir.path() + QStringLiteral("/Alb\u00fcm/Caf\u00e9 \u00b3.flac"));

        // The folder and the file's own bytes on the command line (through a shell, as a user
        // types them) each play the track whole.
        {
            const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
            const auto run =
                runLiner({QStringLiteral("--headless"), QStringLiteral("--play"), dir.path()},
                         capture.environment(), kNoHangMs);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            const QStringList captures = capture.finishedCaptureFiles();
            QCOMPARE(captures.size(), 1);
            QVERIFY(testing::AudioCapture::readFloats(captures.first()) == expected);
        }
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        QProcess shell;
        QProcessEnvironment environment = capture.environment();
        environment.insert(QStringLiteral("TRACK_PRINTF"),
                           QString::fromLatin1(QByteArray(track)
                                                   .replace("\xfc", "\\374")
                                                   .replace("\xe9", "\\351")
                                                   .replace("\xb3", "\\263")));
        shell.setProcessEnvironment(environment);
        shell.start(
            QStringLiteral("/bin/sh"),
            {QStringLiteral("-c"),
             QStringLiteral("exec \"$0\" --headless --play \"$(printf \"$TRACK_PRINTF\")\""),
             QStringLiteral(LINER_BINARY)});
        QVERIFY(shell.waitForFinished(kNoHangMs));
        const QByteArray said = shell.readAllStandardError();
        QVERIFY2(shell.exitCode() == 0, said.constData());
        QVERIFY2(said.contains("Caf\xc3\xa9 \xc2\xb3.flac"), said.constData());
        const QStringList captures = capture.finishedCaptureFiles();
        QCOMPARE(captures.size(), 1);
        QVERIFY(testing::AudioCapture::readFloats(captures.first()) == expected);
        // Qt cannot name what it would delete; rm can.
        QCOMPARE(QProcess::execute(QStringLiteral("rm"), {QStringLiteral("-rf"), dir.path()}), 0);
    }

    // A playlist naming a file whose name is not UTF-8 in the name's own bytes (as mpv and
    // `ls > list.m3u` write it) plays it; converted to every other format, each plays it too.
    void playlistsKeepNamesThatAreNotUtf8()
    {
        QTemporaryDir dir;
        const QByteArray folder = QFile::encodeName(dir.path()) + "/Alb\xfcm";
        QCOMPARE(::mkdir(folder.constData(), 0700), 0);
        const QString clean = dir.filePath(QStringLiteral("clean.flac"));
        QVERIFY(demo::writeFixture(clean, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 22050, 4), {})
                    .isEmpty());
        const std::vector<float> expected = testing::decodeFile(clean).samples;
        QCOMPARE(::rename(QFile::encodeName(clean).constData(),
                          QByteArray(folder + "/Caf\xe9.flac").constData()),
                 0);
        const QString m3u = dir.filePath(QStringLiteral("mix.m3u"));
        QVERIFY(testing::writeBytes(m3u, "#EXTM3U\nAlb\xfcm/Caf\xe9.flac\n"));

        QStringList playlists{m3u};
        for (const char* extension : {"m3u8", "pls", "xspf"}) {
            const QString converted = dir.filePath(QStringLiteral("mix.") + extension);
            const auto run = runLiner({QStringLiteral("--convert-playlist"), m3u, converted},
                                      QProcessEnvironment::systemEnvironment(), kNoHangMs);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY2(run.out.contains("(0 missing"), run.out.constData());
            playlists << converted;
        }
        for (const QString& playlist : std::as_const(playlists)) {
            const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
            const auto run =
                runLiner({QStringLiteral("--headless"), QStringLiteral("--play"), playlist},
                         capture.environment(), kNoHangMs);
            QVERIFY2(run.exitCode == 0, qPrintable(playlist + u' ' + QString::fromUtf8(run.err)));
            const QStringList captures = capture.finishedCaptureFiles();
            QCOMPARE(captures.size(), 1);
            QVERIFY2(testing::AudioCapture::readFloats(captures.first()) == expected,
                     qPrintable(playlist));
        }
        QCOMPARE(QProcess::execute(QStringLiteral("rm"), {QStringLiteral("-rf"), dir.path()}), 0);
    }

    // A playlist that is a FIFO, a device or far too large is refused with the reason.
    void playlistConversionRefusesWhatIsNotAPlaylist()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("fifo.m3u8"));
        QVERIFY(makeFifo(fifo));
        const QString device = dir.filePath(QStringLiteral("device.pls"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), device));
        const QString huge = dir.filePath(QStringLiteral("huge.m3u"));
        QFile hugeFile(huge);
        QVERIFY(hugeFile.open(QIODevice::WriteOnly) && hugeFile.resize(qint64(1) << 31));
        hugeFile.close();
        const QList<std::pair<QString, const char*>> cases{
            {fifo, "FIFO"}, {device, "device"}, {huge, "too large"}};
        for (const auto& [in, reason] : cases) {
            const auto run = runLiner({QStringLiteral("--convert-playlist"), in,
                                       dir.filePath(QStringLiteral("out.xspf"))},
                                      QProcessEnvironment::systemEnvironment(), kNoHangMs);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(reason), run.err.constData());
            QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out.xspf"))));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
