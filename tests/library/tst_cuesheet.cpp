#include "demo/FixtureWriter.h"
#include "library/CueSheet.h"
#include "library/LibraryScanner.h"
#include "support/FileBytes.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;
using liner::testing::writeBytes;

namespace {

// What an EAC rip of a three-song CD writes, pregap and foobar2000's ReplayGain included.
const char* const kSheet = R"(REM GENRE Soundtrack
REM DATE 2024
REM REPLAYGAIN_ALBUM_GAIN -7.10 dB
REM REPLAYGAIN_ALBUM_PEAK 0.990000
PERFORMER "Various Artists"
TITLE "눈물의 여왕 OST"
FILE "album.wav" WAVE
  TRACK 01 AUDIO
    TITLE "Opening"
    PERFORMER "Kim Soo-hyun"
    INDEX 01 00:00:00
  TRACK 02 AUDIO
    TITLE "나의 모든 날"
    REM REPLAYGAIN_TRACK_GAIN -6.25 dB
    INDEX 00 00:01:10
    INDEX 01 00:01:37
  TRACK 03 AUDIO
    TITLE "Ending"
    SONGWRITER "Nam Hye-seung"
    INDEX 01 00:02:01
)";

} // namespace

class TestCueSheet : public QObject
{
    Q_OBJECT

private slots:
    void parsesTracksTimesAndTags()
    {
        QTemporaryDir dir;
        const library::CueSheet sheet =
            library::CueSheet::parse(QByteArray("\xEF\xBB\xBF") + kSheet, dir.filePath("a.cue"));
        QVERIFY2(sheet.problems.isEmpty(), qPrintable(sheet.problems.join(u'\n')));
        QCOMPARE(sheet.title, QStringLiteral("눈물의 여왕 OST"));
        QCOMPARE(sheet.performer, QStringLiteral("Various Artists"));
        QCOMPARE(sheet.genre, QStringLiteral("Soundtrack"));
        QCOMPARE(sheet.year, 2024);
        QCOMPARE(*sheet.albumGain.albumGainDb, -7.1);
        QCOMPARE(*sheet.albumGain.albumPeak, 0.99);
        QCOMPARE(sheet.files.size(), 1);
        QCOMPARE(sheet.files[0].path, dir.filePath("album.wav"));
        const QList<library::CueTrack>& tracks = sheet.files[0].tracks;
        QCOMPARE(tracks.size(), 3);
        QCOMPARE(tracks[0].startUs, 0);
        // 1 s + 37/75 s: the track starts at INDEX 01, after its pregap.
        QCOMPARE(tracks[1].startUs, 1'493'333);
        QCOMPARE(tracks[2].startUs, 2'013'333);
        QCOMPARE(tracks[1].title, QStringLiteral("나의 모든 날"));
        QCOMPARE(tracks[0].performer, QStringLiteral("Kim Soo-hyun"));
        QCOMPARE(tracks[2].songwriter, QStringLiteral("Nam Hye-seung"));
        QCOMPARE(*tracks[1].replayGain.trackGainDb, -6.25);
        QVERIFY(!tracks[0].replayGain.trackGainDb);
    }

    // Korean CD rips from Windows tools are often written in CP949 (EUC-KR), CRLF.
    void readsLegacyKoreanEncoding()
    {
        QStringEncoder cp949("CP949");
        const QByteArray bytes =
            cp949(QString::fromUtf8(kSheet).replace(u'\n', QStringLiteral("\r\n")));
        QVERIFY(!cp949.hasError());
        const library::CueSheet sheet = library::CueSheet::parse(bytes, QStringLiteral("/x/a.cue"));
        QCOMPARE(sheet.title, QStringLiteral("눈물의 여왕 OST"));
        QCOMPARE(sheet.files.value(0).tracks.value(1).title, QStringLiteral("나의 모든 날"));
        QCOMPARE(sheet.files.value(0).tracks.value(2).startUs, 2'013'333);
    }

    void reportsWhatItCannotUse()
    {
        const library::CueSheet sheet = library::CueSheet::parse(
            "TRACK 01 AUDIO\nFILE \"a.flac\" WAVE\n  TRACK 01 AUDIO\n    INDEX 01 00:99:00\n",
            QStringLiteral("/x/bad.cue"));
        QVERIFY(sheet.isEmpty());
        QCOMPARE(sheet.problems.size(), 2);
        QVERIFY2(sheet.problems[0].startsWith(u"/x/bad.cue:1: "), qPrintable(sheet.problems[0]));
        QVERIFY2(sheet.problems[1].startsWith(u"/x/bad.cue:4: "), qPrintable(sheet.problems[1]));
        QVERIFY(library::CueSheet::parse("garbage\x01\x02", QStringLiteral("/x/g.cue")).isEmpty());
    }

    // The single file is listed as the sheet's tracks, not again on its own, and a second sheet
    // for the same rip does not list it twice.
    void scanListsTheSheetsTracks()
    {
        QTemporaryDir dir;
        demo::FixtureTags fileTags;
        fileTags.album = QStringLiteral("Ignored");
        fileTags.embedCover = true;
        fileTags.extra = {{QStringLiteral("REPLAYGAIN_TRACK_GAIN"), QStringLiteral("-5 dB")}};
        const demo::PcmBuffer pcm = demo::fixtureSignal(44100, 2, 3 * 44100);
        QVERIFY(
            demo::writeFixture(dir.filePath("album.flac"), demo::FixtureFormat::Flac, pcm, fileTags)
                .isEmpty());
        // The sheet names album.wav, as rippers do before compressing.
        QVERIFY(writeBytes(dir.filePath("album.cue"), kSheet));
        QVERIFY(writeBytes(dir.filePath("album (copy).cue"), kSheet));

        const QList<library::Track> tracks = library::LibraryScanner::scan({dir.path()});
        QCOMPARE(tracks.size(), 3);
        const QStringList titles{QStringLiteral("Opening"), QStringLiteral("나의 모든 날"),
                                 QStringLiteral("Ending")};
        const qint64 ends[] = {1'493'333, 2'013'333, -1};
        for (int i = 0; i < 3; ++i) {
            const library::Track& track = tracks[i];
            QVERIFY2(track.isReadable(), qPrintable(track.error));
            QCOMPARE(track.path, dir.filePath("album.flac"));
            QCOMPARE(track.title, titles[i]);
            QCOMPARE(track.trackNumber, i + 1);
            QCOMPARE(track.trackTotal, 3);
            QCOMPARE(track.album, QStringLiteral("눈물의 여왕 OST"));
            QCOMPARE(track.albumArtist, QStringLiteral("Various Artists"));
            QCOMPARE(track.endUs, ends[i]);
            QCOMPARE(track.codec, QStringLiteral("FLAC"));
            QVERIFY(track.hasCover);
            QCOMPARE(*track.replayGain.albumGainDb, -7.1);
        }
        QCOMPARE(tracks[0].artist, QStringLiteral("Kim Soo-hyun"));
        QCOMPARE(tracks[1].artist, QStringLiteral("Various Artists"));
        QCOMPARE(tracks[1].durationMs, 520);
        QCOMPARE(tracks[2].durationMs, 986);
    }

    void scanReportsASheetWithoutItsAudio()
    {
        QTemporaryDir dir;
        QVERIFY(writeBytes(dir.filePath("album.cue"), kSheet));
        const QList<library::Track> tracks = library::LibraryScanner::scan({dir.path()});
        QCOMPARE(tracks.size(), 1);
        QVERIFY2(tracks[0].error.contains(u"album.cue"), qPrintable(tracks[0].error));
    }

    // Times a ripper never writes: a sign, huge minutes (which overflowed qint64), a blank. Each
    // is reported and its track left out; none becomes a negative or wrapped start.
    void refusesTimesNoRipperWrites_data()
    {
        QTest::addColumn<QByteArray>("time");
        QTest::newRow("negative seconds") << QByteArray("00:-5:00");
        QTest::newRow("negative minutes") << QByteArray("-1:00:00");
        QTest::newRow("plus sign") << QByteArray("+1:00:00");
        QTest::newRow("huge minutes") << QByteArray("99999999999999999:00:00");
        QTest::newRow("minutes that overflow") << QByteArray("9223372036854775807:59:74");
        QTest::newRow("three-digit seconds") << QByteArray("00:001:00");
        QTest::newRow("frames past 74") << QByteArray("00:01:75");
        QTest::newRow("empty part") << QByteArray("00::00");
    }
    void refusesTimesNoRipperWrites()
    {
        QFETCH(QByteArray, time);
        const library::CueSheet sheet = library::CueSheet::parse(
            "FILE \"a.flac\" WAVE\n  TRACK 01 AUDIO\n    INDEX 01 00:00:00\n"
            "  TRACK 02 AUDIO\n    INDEX 01 " +
                time + "\n",
            QStringLiteral("/x/times.cue"));
        QCOMPARE(sheet.files.size(), 1);
        QCOMPARE(sheet.files[0].tracks.size(), 1);
        QCOMPARE(sheet.files[0].tracks[0].startUs, 0);
        QCOMPARE(sheet.problems.size(), 1);
        QVERIFY2(sheet.problems[0].contains(u"INDEX"), qPrintable(sheet.problems[0]));
        // The longest time a sheet may state still computes exactly.
        const library::CueSheet longest = library::CueSheet::parse(
            "FILE \"a.flac\" WAVE\n  TRACK 01 AUDIO\n    INDEX 01 99999:59:74\n",
            QStringLiteral("/x/long.cue"));
        QCOMPARE(longest.files.value(0).tracks.value(0).startUs,
                 ((qint64(99999) * 60 + 59) * 75 + 74) * 1'000'000 / 75 + 1);
    }
};

QTEST_GUILESS_MAIN(TestCueSheet)
#include "tst_cuesheet.moc"
