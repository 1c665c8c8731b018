#include "LinerProcess.h"
#include "demo/FixtureWriter.h"
#include "support/AudioCapture.h"
#include "support/DecodedAudio.h"
#include "support/RealWorldCorpus.h"
#include "support/Unprivileged.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;
using testing::runLiner;

namespace {

// What --scan --json names each fixture format's codec.
QString expectedCodec(demo::FixtureFormat format)
{
    switch (format) {
    case demo::FixtureFormat::Wav:
    case demo::FixtureFormat::Aiff:
        return QStringLiteral("PCM");
    default:
        return demo::formatName(format);
    }
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void version()
    {
        const auto run = runLiner({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("liner "));
    }

    void help()
    {
        const auto run = runLiner({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char* option :
             {"--headless", "--play", "--scan", "--analyze", "--json", "--version"})
            QVERIFY2(run.out.contains(option), option);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--bogus")};
        QTest::newRow("json without scan") << QStringList{QStringLiteral("--json")};
        QTest::newRow("scan without path") << QStringList{QStringLiteral("--scan")};
        QTest::newRow("headless without play") << QStringList{QStringLiteral("--headless")};
        QTest::newRow("scan and play") << QStringList{
            QStringLiteral("--scan"), QStringLiteral("--play"), QStringLiteral("/tmp")};
        QTest::newRow("analyze without path") << QStringList{QStringLiteral("--analyze")};
        QTest::newRow("analyze and scan") << QStringList{
            QStringLiteral("--analyze"), QStringLiteral("--scan"), QStringLiteral("/tmp")};
        QTest::newRow("analyze and play")
            << QStringList{QStringLiteral("--analyze"), QStringLiteral("--headless"),
                           QStringLiteral("--play"), QStringLiteral("/tmp")};
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        const auto run = runLiner(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("liner: "), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    // Every format Liner plays: the tags the fixture writer put in come back out of --scan --json.
    void scanJsonReturnsWrittenTags()
    {
        QTemporaryDir dir;
        int number = 0;
        for (const demo::FixtureFormat format : demo::allFixtureFormats()) {
            demo::FixtureTags tags;
            tags.title = QStringLiteral("눈물의 여왕 %1").arg(demo::formatName(format));
            tags.artist = QStringLiteral("김수현");
            tags.albumArtist = QStringLiteral("Liner Fixtures");
            tags.album = QStringLiteral("Queen of Tears — 눈물의 여왕");
            tags.genre = QStringLiteral("Soundtrack");
            tags.mood = QStringLiteral("Longing");
            tags.lyrics = QStringLiteral("하늘에서 눈이 내려\nSnow falls");
            tags.trackNumber = ++number;
            tags.discNumber = 2;
            tags.year = 2024;
            tags.extra = {{QStringLiteral("TRACKTOTAL"), QStringLiteral("12")},
                          {QStringLiteral("DISCTOTAL"), QStringLiteral("3")},
                          {QStringLiteral("REPLAYGAIN_TRACK_GAIN"), QStringLiteral("-6.50 dB")},
                          {QStringLiteral("REPLAYGAIN_TRACK_PEAK"), QStringLiteral("0.912345")},
                          {QStringLiteral("REPLAYGAIN_ALBUM_GAIN"), QStringLiteral("+1.25 dB")},
                          {QStringLiteral("REPLAYGAIN_ALBUM_PEAK"), QStringLiteral("0.98")},
                          {QStringLiteral("MUSICBRAINZ_TRACKID"),
                           QStringLiteral("9b5c4f9e-0d4c-4b43-9a46-1f2b3c4d5e6f")}};
            tags.embedCover = true;
            const QString path =
                dir.filePath(QStringLiteral("%1.%2").arg(number).arg(demo::fileExtension(format)));
            const QString error =
                demo::writeFixture(path, format, demo::fixtureSignal(44100, 2, 44100), tags);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        const auto run = runLiner({QStringLiteral("--scan"), dir.path(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError parseError;
        const QJsonArray tracks = QJsonDocument::fromJson(run.out, &parseError).array();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(tracks.size(), qsizetype(demo::allFixtureFormats().size()));
        number = 0;
        for (const demo::FixtureFormat format : demo::allFixtureFormats()) {
            const QJsonObject track = tracks.at(number++).toObject();
            const QString name = demo::formatName(format);
            QVERIFY2(track.value(u"error").isNull(),
                     qPrintable(name + track.value(u"error").toString()));
            QCOMPARE(track.value(u"title").toString(), QStringLiteral("눈물의 여왕 %1").arg(name));
            QCOMPARE(track.value(u"artist").toString(), QStringLiteral("김수현"));
            QCOMPARE(track.value(u"albumArtist").toString(), QStringLiteral("Liner Fixtures"));
            QCOMPARE(track.value(u"album").toString(),
                     QStringLiteral("Queen of Tears — 눈물의 여왕"));
            QCOMPARE(track.value(u"genre").toString(), QStringLiteral("Soundtrack"));
            QCOMPARE(track.value(u"mood").toString(), QStringLiteral("Longing"));
            QCOMPARE(track.value(u"lyrics").toString(),
                     QStringLiteral("하늘에서 눈이 내려\nSnow falls"));
            QCOMPARE(track.value(u"trackNumber").toInt(), number);
            QCOMPARE(track.value(u"discNumber").toInt(), 2);
            QCOMPARE(track.value(u"year").toInt(), 2024);
            QCOMPARE(track.value(u"trackTotal").toInt(), 12);
            QCOMPARE(track.value(u"discTotal").toInt(), 3);
            QCOMPARE(track.value(u"musicBrainzTrackId").toString(),
                     QStringLiteral("9b5c4f9e-0d4c-4b43-9a46-1f2b3c4d5e6f"));
            const QJsonObject gain = track.value(u"replayGain").toObject();
            QCOMPARE(gain.value(u"trackGain").toDouble(), -6.5);
            QCOMPARE(gain.value(u"trackPeak").toDouble(), 0.912345);
            QCOMPARE(gain.value(u"albumGain").toDouble(), 1.25);
            QCOMPARE(gain.value(u"albumPeak").toDouble(), 0.98);
            QCOMPARE(track.value(u"hasCover").toBool(), true);
            // Opus always decodes at 48 kHz, whatever rate went into the encoder.
            QCOMPARE(track.value(u"sampleRate").toInt(),
                     format == demo::FixtureFormat::Opus ? 48000 : 44100);
            QCOMPARE(track.value(u"channels").toInt(), 2);
            QCOMPARE(track.value(u"codec").toString(), expectedCodec(format));
            if (demo::isLossless(format))
                QCOMPARE(track.value(u"bitDepth").toInt(), 16);
            else
                QVERIFY2(track.value(u"bitDepth").isNull(), qPrintable(name));
            QVERIFY2(track.value(u"bitrate").toInt() > 0, qPrintable(name));
            QVERIFY2(std::abs(track.value(u"durationMs").toInt() - 1000) <= 60, qPrintable(name));
            QVERIFY(track.contains(u"notes"));
            QVERIFY(track.value(u"path").toString().startsWith(dir.path()));
        }
    }

    // Every bundled track has its liner notes, moods and characters, the album notes, and at
    // least four timed notes in time order, all within the track.
    void scanJsonCarriesTheBundledNotes()
    {
        const auto run = runLiner({QStringLiteral("--scan"), QStringLiteral(LINER_BUILD_ALBUM_DIR),
                                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray tracks = QJsonDocument::fromJson(run.out).array();
        QVERIFY(tracks.size() >= 8);
        for (const QJsonValue& value : tracks) {
            const QJsonObject track = value.toObject();
            const QString title = track.value(u"title").toString();
            QVERIFY2(track.value(u"notes").toString().split(QLatin1Char(' ')).size() >= 80,
                     qPrintable(title));
            QVERIFY2(!track.value(u"moods").toArray().isEmpty(), qPrintable(title));
            QCOMPARE(track.value(u"moods").toArray().first().toString(),
                     track.value(u"mood").toString());
            QVERIFY2(!track.value(u"characters").toArray().isEmpty(), qPrintable(title));
            QVERIFY(track.value(u"credits").toObject().contains(u"composer"));
            QVERIFY(track.value(u"albumNotes").toString().contains(u"Nam Hye-seung"));
            QVERIFY(track.value(u"syncedLyrics").isNull());
            const QJsonArray moments = track.value(u"timedNotes").toArray();
            QVERIFY2(moments.size() >= 4, qPrintable(title));
            qint64 previous = -1;
            for (const QJsonValue& moment : moments) {
                const qint64 time = moment.toObject().value(u"timeMs").toInteger(-1);
                QVERIFY2(time >= previous, qPrintable(title));
                QVERIFY2(time < track.value(u"durationMs").toInteger(), qPrintable(title));
                QVERIFY(!moment.toObject().value(u"text").toString().isEmpty());
                previous = time;
            }
        }
    }

    // The notes pack for the real soundtrack attaches to a rip tagged as it (by title and artist),
    // never to another album with a same-titled song; a .lrc beside a file gives syncedLyrics.
    void scanJsonAttachesTheNotesPackAndLyrics()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("ost"));
        QDir(dir.path()).mkdir(QStringLiteral("other"));
        for (const testing::OstSong& song : testing::queenOfTearsSongs()) {
            demo::FixtureTags tags;
            tags.title = song.english;
            tags.artist = song.artist;
            tags.album = QStringLiteral("눈물의 여왕 OST");
            tags.trackNumber = song.part;
            QVERIFY(demo::writeFixture(dir.filePath(QStringLiteral("ost/%1.flac").arg(song.part)),
                                       demo::FixtureFormat::Flac,
                                       demo::fixtureSignal(44100, 2, 4410), tags)
                        .isEmpty());
        }
        demo::FixtureTags other;
        other.title = QStringLiteral("Promise");
        other.artist = QStringLiteral("Choi Yu-ree");
        other.album = QStringLiteral("Another Drama OST");
        other.trackNumber = 9;
        const QString otherPath = dir.filePath(QStringLiteral("other/09.flac"));
        QVERIFY(demo::writeFixture(otherPath, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 4410), other)
                    .isEmpty());
        QFile lrc(dir.filePath(QStringLiteral("other/09.lrc")));
        QVERIFY(lrc.open(QIODevice::WriteOnly));
        lrc.write("[offset:+100]\n[00:02.00]둘\n[00:01.00]하나\n[00:01.00]hana\n");
        lrc.close();

        const auto run = runLiner({QStringLiteral("--scan"), dir.path(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray tracks = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(tracks.size(), 13);
        for (const QJsonValue& value : tracks) {
            const QJsonObject track = value.toObject();
            if (track.value(u"path").toString() == otherPath) {
                QVERIFY(track.value(u"notes").isNull());
                QVERIFY(track.value(u"albumNotes").isNull());
                const QJsonArray lines = track.value(u"syncedLyrics").toArray();
                QCOMPARE(lines.size(), 3);
                QCOMPARE(lines.at(0).toObject().value(u"timeMs").toInt(), 900);
                QCOMPARE(lines.at(0).toObject().value(u"text").toString(), QStringLiteral("하나"));
                QCOMPARE(lines.at(1).toObject().value(u"timeMs").toInt(), 900);
                QCOMPARE(lines.at(1).toObject().value(u"text").toString(), QStringLiteral("hana"));
                QCOMPARE(lines.at(2).toObject().value(u"timeMs").toInt(), 1900);
                continue;
            }
            const QString artist = track.value(u"artist").toString();
            QVERIFY2(!track.value(u"notes").toString().isEmpty(), qPrintable(artist));
            QVERIFY(track.value(u"albumNotes").toString().contains(u"Nam Hye-seung"));
            const QJsonArray performers =
                track.value(u"credits").toObject().value(u"performer").toArray();
            QVERIFY2(performers.contains(artist), qPrintable(artist));
        }
    }

    // With no notes file or pack, the notes come from the tags.
    void scanJsonTakesNotesFromTags()
    {
        QTemporaryDir dir;
        demo::FixtureTags tags;
        tags.title = QStringLiteral("첫눈");
        tags.album = QStringLiteral("An album with no notes");
        tags.comment = QStringLiteral("Written on the night of the first snow.");
        tags.mood = QStringLiteral("Longing");
        QVERIFY(demo::writeFixture(dir.filePath(QStringLiteral("1.ogg")),
                                   demo::FixtureFormat::Vorbis, demo::fixtureSignal(44100, 2, 4410),
                                   tags)
                    .isEmpty());
        const auto run = runLiner({QStringLiteral("--scan"), dir.path(), QStringLiteral("--json")});
        const QJsonObject track = QJsonDocument::fromJson(run.out).array().first().toObject();
        QCOMPARE(track.value(u"notes").toString(), tags.comment);
        QCOMPARE(track.value(u"moods").toArray(), QJsonArray{QStringLiteral("Longing")});
        QVERIFY(track.value(u"albumNotes").isNull());
    }

    // An album ripped to one file with a CUE sheet lists as the sheet's tracks, each with its
    // place in the file.
    void scanJsonListsCueSheetTracks()
    {
        QTemporaryDir dir;
        QVERIFY(demo::writeFixture(dir.filePath(QStringLiteral("rip.flac")),
                                   demo::FixtureFormat::Flac, demo::fixtureSignal(44100, 2, 88200),
                                   {})
                    .isEmpty());
        QFile sheet(dir.filePath(QStringLiteral("rip.cue")));
        QVERIFY(sheet.open(QIODevice::WriteOnly));
        sheet.write("PERFORMER \"Liner\"\nTITLE \"Rip\"\nFILE \"rip.flac\" WAVE\n"
                    "  TRACK 01 AUDIO\n    TITLE \"One\"\n    INDEX 01 00:00:00\n"
                    "  TRACK 02 AUDIO\n    TITLE \"Two\"\n    INDEX 01 00:01:30\n");
        sheet.close();
        const auto run = runLiner({QStringLiteral("--scan"), dir.path(), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray tracks = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(tracks.size(), 2);
        const QJsonObject two = tracks.at(1).toObject();
        QCOMPARE(two.value(u"title").toString(), QStringLiteral("Two"));
        QCOMPARE(two.value(u"album").toString(), QStringLiteral("Rip"));
        QCOMPARE(two.value(u"trackNumber").toInt(), 2);
        QCOMPARE(two.value(u"path").toString(), dir.filePath(QStringLiteral("rip.flac")));
        QCOMPARE(two.value(u"cueSheet").toString(), dir.filePath(QStringLiteral("rip.cue")));
        QCOMPARE(two.value(u"startMs").toInt(), 1400);
        QCOMPARE(two.value(u"durationMs").toInt(), 600);
        QVERIFY(tracks.at(0).toObject().value(u"cueSheet").isString());
    }

    // Every kind of bad input is listed with its error and the scan goes on; hidden folders and
    // symlink loops are not walked.
    void scanReportsUnreadableFiles()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const char* name, const QByteArray& bytes) {
            QFile file(dir.filePath(QString::fromUtf8(name)));
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(write("empty.flac", {}));
        QVERIFY(write("notes.mp3", "This is a text file, not an MP3.\n"));
        QByteArray noise(64 * 1024, '\0');
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919 + 13) % 251);
        QVERIFY(write("noise.ogg", noise));
        // A FLAC header that promises a huge metadata block, then ends.
        QVERIFY(write("hostile.flac", QByteArray("fLaC\x00\xff\xff\xff", 8) + QByteArray(32, 'x')));
        QVERIFY(demo::writeFixture(dir.filePath(QStringLiteral("whole.flac")),
                                   demo::FixtureFormat::Flac, demo::fixtureSignal(44100, 2, 44100),
                                   {})
                    .isEmpty());
        QFile whole(dir.filePath(QStringLiteral("whole.flac")));
        QVERIFY(whole.open(QIODevice::ReadOnly));
        QVERIFY(write("truncated.flac", whole.read(60)));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("folder.flac")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral(".hidden")));
        QVERIFY(write(".hidden/secret.flac", whole.readAll()));
        QVERIFY(QFile::link(dir.path(), dir.filePath(QStringLiteral("loop"))));
        const QString missing = dir.filePath(QStringLiteral("missing.ogg"));

        const auto run =
            runLiner({QStringLiteral("--scan"), dir.path(), missing, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray tracks = QJsonDocument::fromJson(run.out).array();
        QStringList bad;
        for (const QJsonValue& value : tracks) {
            const QJsonObject track = value.toObject();
            const QString name = QFileInfo(track.value(u"path").toString()).fileName();
            if (name == u"whole.flac") {
                QVERIFY(track.value(u"error").isNull());
                continue;
            }
            QVERIFY2(!track.value(u"error").toString().isEmpty(), qPrintable(name));
            QVERIFY(track.value(u"title").isNull());
            QVERIFY(track.value(u"durationMs").isNull());
            bad << name;
        }
        bad.sort();
        QCOMPARE(bad, QStringList({QStringLiteral("empty.flac"), QStringLiteral("folder.flac"),
                                   QStringLiteral("hostile.flac"), QStringLiteral("missing.ogg"),
                                   QStringLiteral("noise.ogg"), QStringLiteral("notes.mp3"),
                                   QStringLiteral("truncated.flac")}));
    }

    // A folder the user may not open is reported like a bad file, with the readable files of the
    // library still listed: the scan completes.
    void scanReportsUnreadableFolder()
    {
        QTemporaryDir dir;
        const QString album = dir.filePath(QStringLiteral("Album"));
        const QString locked = dir.filePath(QStringLiteral("Album/Locked"));
        QVERIFY(QDir().mkpath(locked));
        for (const QString& path :
             {album + QStringLiteral("/1.flac"), album + QStringLiteral("/2.flac"),
              locked + QStringLiteral("/3.flac")})
            QVERIFY(demo::writeFixture(path, demo::FixtureFormat::Flac,
                                       demo::fixtureSignal(44100, 2, 4410), {})
                        .isEmpty());
        QVERIFY(testing::openToEveryone(dir.path()));
        QVERIFY(testing::lockFolder(locked));

        QTemporaryDir scratch;
        const QString liner =
            testing::runnableByNobody(QStringLiteral(LINER_BINARY), scratch.path());
        QVERIFY(!liner.isEmpty());
        const auto run = runLiner({QStringLiteral("--scan"), dir.path(), QStringLiteral("--json")},
                                  QProcessEnvironment::systemEnvironment(), 600'000,
                                  testing::asNobodyWhenRoot(), liner);
        QVERIFY(testing::unlockFolder(locked));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray entries = QJsonDocument::fromJson(run.out).array();
        QStringList readable;
        QJsonObject folder;
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            if (entry.value(u"error").isNull())
                readable << entry.value(u"path").toString();
            else
                folder = entry;
        }
        QCOMPARE(entries.size(), 3);
        QCOMPARE(readable, QStringList({album + QStringLiteral("/1.flac"),
                                        album + QStringLiteral("/2.flac")}));
        QCOMPARE(folder.value(u"path").toString(), locked);
        QVERIFY2(folder.value(u"error").toString().contains(u"permission denied"),
                 qPrintable(folder.value(u"error").toString()));
        // Every field of the contract is there, unknown.
        QCOMPARE(folder.keys(), entries.at(0).toObject().keys());
        QVERIFY(folder.value(u"title").isNull());
        QVERIFY(folder.value(u"hasCover").isNull());
    }

    void headlessReportsUnplayableFileAndFails()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.flac"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        const auto run = runLiner({QStringLiteral("--headless"), QStringLiteral("--play"), path},
                                  capture.environment());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(path.toUtf8()), run.err.constData());
    }

    void headlessSkipsUnplayableAndPlaysTheRest()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath(QStringLiteral("01 broken.mp3")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not audio at all");
        bad.close();
        const QString good = dir.filePath(QStringLiteral("02 good.flac"));
        QVERIFY(demo::writeFixture(good, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 22050), {})
                    .isEmpty());
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Paced);
        const auto run =
            runLiner({QStringLiteral("--headless"), QStringLiteral("--play"), dir.path()},
                     capture.environment());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("01 broken.mp3"), run.err.constData());
        QVERIFY2(run.err.contains("02 good.flac"), run.err.constData());
        QCOMPARE(capture.finishedCaptureFiles().size(), 1);
    }

    void headlessSkipsAnUnplayableTrackMidQueue_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("damaged bytes") << QStringLiteral("damaged") << QString();
        QTest::newRow("headers without audio")
            << QStringLiteral("empty") << QStringLiteral("the file holds no audio");
        QTest::newRow("CUE track past the end of its file")
            << QStringLiteral("cue") << QStringLiteral("after the end of its file");
    }

    // A track that cannot be played between two good ones is reported once, with why, and
    // skipped; the good ones play back to back, the second whole.
    void headlessSkipsAnUnplayableTrackMidQueue()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("01 first.flac"));
        const QString last = dir.filePath(QStringLiteral("03 last.flac"));
        QVERIFY(demo::writeFixture(first, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 22050, 1), {})
                    .isEmpty());
        QVERIFY(demo::writeFixture(last, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 33075, 2), {})
                    .isEmpty());
        QString middle = dir.filePath(QStringLiteral("02 broken.flac"));
        if (kind == u"damaged") {
            QFile bad(middle);
            QVERIFY(bad.open(QIODevice::WriteOnly));
            bad.write(QByteArray(3000, '\x7f'));
        } else if (kind == u"empty") {
            QCOMPARE(demo::encodeAudioFile(middle, demo::FixtureFormat::Flac, {44100, 2, {}}),
                     QString());
        } else {
            // The first file again, as a rip of two tracks whose second INDEX lies past its end:
            // the first track is the whole file, the second cannot be played.
            middle = dir.filePath(QStringLiteral("02 rip.cue"));
            QFile sheet(middle);
            QVERIFY(sheet.open(QIODevice::WriteOnly));
            sheet.write("FILE \"01 first.flac\" WAVE\n"
                        "  TRACK 01 AUDIO\n    TITLE \"Whole\"\n    INDEX 01 00:00:00\n"
                        "  TRACK 02 AUDIO\n    TITLE \"Past the end\"\n    INDEX 01 42:00:00\n");
        }
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        const auto run =
            runLiner({QStringLiteral("--headless"), QStringLiteral("--play"), first, middle, last},
                     capture.environment(), 60'000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.err.count("cannot play"), 1);
        QVERIFY2(run.err.contains(reason.toUtf8()), run.err.constData());
        if (kind != u"cue")
            QVERIFY2(run.err.contains("02 broken.flac"), run.err.constData());
        const std::vector<float> firstAudio = testing::decodeFile(first).samples;
        std::vector<float> expected = firstAudio;
        if (kind == u"cue")
            expected.insert(expected.end(), firstAudio.begin(), firstAudio.end());
        const std::vector<float> second = testing::decodeFile(last).samples;
        expected.insert(expected.end(), second.begin(), second.end());
        const QStringList captures = capture.finishedCaptureFiles();
        QCOMPARE(captures.size(), 1);
        QVERIFY(testing::AudioCapture::readFloats(captures.first()) == expected);
    }

    // Output devices are listed by name and chosen by name; a name that is not there is an error.
    void listsAndChoosesDevices()
    {
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        auto run = runLiner({QStringLiteral("--list-devices")}, capture.environment());
        QCOMPARE(run.exitCode, 0);
        const QStringList devices =
            QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(devices.contains(QStringLiteral("default")), run.out.constData());
        QVERIFY2(devices.contains(QStringLiteral("linercapturenull")), run.out.constData());

        QTemporaryDir dir;
        const QString song = dir.filePath(QStringLiteral("song.flac"));
        QVERIFY(demo::writeFixture(song, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 4410), {})
                    .isEmpty());
        // The null device itself takes the music, so nothing reaches the capture file.
        run = runLiner({QStringLiteral("--headless"), QStringLiteral("--play"),
                        QStringLiteral("--device"), QStringLiteral("linercapturenull"), song},
                       capture.environment());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(capture.finishedCaptureFiles().isEmpty());
        run = runLiner({QStringLiteral("--headless"), QStringLiteral("--play"),
                        QStringLiteral("--device"), QStringLiteral("No Such Card"), song},
                       capture.environment());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("No Such Card"), run.err.constData());
    }

    // A playlist plays in its own order; entries that point nowhere are reported and skipped.
    void headlessPlaysAPlaylistInItsOrder()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.flac"));
        const QString b = dir.filePath(QStringLiteral("b.flac"));
        QVERIFY(demo::writeFixture(a, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 11025, 3), {})
                    .isEmpty());
        QVERIFY(demo::writeFixture(b, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 13230, 4), {})
                    .isEmpty());
        const QString list = dir.filePath(QStringLiteral("list.m3u8"));
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xef\xbb\xbf#EXTM3U\r\nb.flac\r\n없는 노래.flac\r\na.flac\r\n");
        file.close();
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Unpaced);
        const auto run = runLiner({QStringLiteral("--headless"), QStringLiteral("--play"), list},
                                  capture.environment());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err.count("cannot play"), 1);
        QVERIFY2(run.err.contains("없는 노래.flac"), run.err.constData());
        std::vector<float> expected = testing::decodeFile(b).samples;
        const std::vector<float> second = testing::decodeFile(a).samples;
        expected.insert(expected.end(), second.begin(), second.end());
        QVERIFY(testing::AudioCapture::readFloats(capture.finishedCaptureFiles().first()) ==
                expected);
    }

    // --convert-playlist keeps every entry in order, missing files and streams included.
    void convertsPlaylistsKeepingEveryEntry()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("노래 1.flac"));
        QVERIFY(demo::writeFixture(real, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 4410), {})
                    .isEmpty());
        const QString in = dir.filePath(QStringLiteral("in.pls"));
        QFile file(in);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[playlist]\r\nFile1=노래 1.flac\r\nTitle1=Song\r\nFile2=gone.mp3\r\n"
                   "File3=http://radio.invalid/live\r\nNumberOfEntries=3\r\nVersion=2\r\n");
        file.close();
        const QString out = dir.filePath(QStringLiteral("out.xspf"));
        auto run = runLiner({QStringLiteral("--convert-playlist"), in, out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("3 entries (1 missing, 1 stream)"), run.out.constData());
        const QString back = dir.filePath(QStringLiteral("back.m3u8"));
        run = runLiner({QStringLiteral("--convert-playlist"), out, back});
        QCOMPARE(run.exitCode, 0);
        QFile result(back);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(result.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList locations;
        for (const QString& line : lines) {
            if (!line.startsWith(QLatin1Char('#')))
                locations << line;
        }
        QCOMPARE(locations, (QStringList{QStringLiteral("노래 1.flac"), QStringLiteral("gone.mp3"),
                                         QStringLiteral("http://radio.invalid/live")}));

        run = runLiner(
            {QStringLiteral("--convert-playlist"), dir.filePath(QStringLiteral("nope.m3u")), back});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("nope.m3u"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
