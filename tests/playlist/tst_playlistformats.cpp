#include "common/FileName.h"
#include "playlist/PlaylistFile.h"
#include "support/FileBytes.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <fcntl.h>
#include <unistd.h>

using namespace liner::playlist;
using liner::testing::readBytes;
using liner::testing::writeBytes;

namespace {

const QString kHangulFolder = QStringLiteral("Music/눈물의 여왕");
const QString kHangulTrack = QStringLiteral("Music/눈물의 여왕/01 눈물.flac");
const QString kCafeTrack = QStringLiteral("Music/Café/02 Café.mp3");
const QString kQuoteTrack = QStringLiteral("Music/Don’t Stop.mp3");
// Characters a URI must escape, and names no M3U line can carry as they are.
const QString kAwkwardTrack = QStringLiteral("Music/#1 100% ?&.ogg");
const QString kLeadingBlankTrack = QStringLiteral(" leading.flac");
const QString kTrailingBlankTrack = QStringLiteral("trailing.flac ");
const QString kStream = QStringLiteral("http://radio.example.com:8000/live.mp3?id=1&q=%20");

// The percent-encoded form of the Hangul folder, as VLC writes it.
const QByteArray kHangulFolderEncoded = "Music/%EB%88%88%EB%AC%BC%EC%9D%98%20%EC%97%AC%EC%99%95";
const QByteArray kHangulTrackEncoded = kHangulFolderEncoded + "/01%20%EB%88%88%EB%AC%BC.flac";

// Names as Latin-1 bytes, as an old disk or a Windows archive leaves them: not UTF-8.
const QByteArray kLatin1Track = "Latin/Caf\xe9 \xb3.flac";
const QByteArray kLatin1InHangulFolder = "Music/\xeb\x88\x88/Alb\xfcm 1.mp3";

bool touchBytes(const QByteArray& path)
{
    const int descriptor = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    return descriptor >= 0 && ::close(descriptor) == 0;
}

bool touch(const QString& path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly);
}

QString describe(const QList<PlaylistProblem>& problems)
{
    QStringList lines;
    for (const PlaylistProblem& problem : problems)
        lines << QStringLiteral("%1: %2").arg(problem.line).arg(problem.message);
    return lines.join(u'\n');
}

// Equal where it matters after a round trip: where each entry leads, and what the format carries.
void compareEntries(const QList<PlaylistEntry>& actual, const QList<PlaylistEntry>& expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const QByteArray row = QByteArray::number(i) + ": " + expected[i].location.toUtf8();
        QVERIFY2(!actual[i].location.isEmpty(), row);
        QCOMPARE(actual[i].isStream, expected[i].isStream);
        QVERIFY2(actual[i].localPath == expected[i].localPath,
                 row + " read back as " + actual[i].localPath.toUtf8());
        if (expected[i].isStream)
            QCOMPARE(actual[i].location, expected[i].location);
        QCOMPARE(actual[i].missing, expected[i].missing);
        QVERIFY2(actual[i].title == expected[i].title, row + " title " + actual[i].title.toUtf8());
        QCOMPARE(actual[i].durationSeconds, expected[i].durationSeconds);
    }
}

} // namespace

class TestPlaylistFormats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_elsewhere;

    QString at(const QString& relative) const { return m_dir.filePath(relative); }

    QList<PlaylistEntry> sampleEntries() const
    {
        return {
            PlaylistEntry::fromLocalFile(at(kHangulTrack), QStringLiteral("아이유 - 눈물"), 215),
            PlaylistEntry::fromLocalFile(at(kCafeTrack), {}, 200),
            PlaylistEntry::fromLocalFile(m_elsewhere.filePath(QStringLiteral("outside.ogg")),
                                         QStringLiteral("Outside"), -1),
            PlaylistEntry::fromLocalFile(at(QStringLiteral("Music/없는 곡.flac")),
                                         QStringLiteral("Gone"), 61),
            PlaylistEntry::fromLocation(kStream, m_dir.path()),
            PlaylistEntry::fromLocalFile(at(kAwkwardTrack), QStringLiteral("A, \"B\" & <C>"), 0),
            PlaylistEntry::fromLocalFile(at(kLeadingBlankTrack)),
            PlaylistEntry::fromLocalFile(at(kTrailingBlankTrack)),
            PlaylistEntry::fromLocalFile(QStringLiteral("/nowhere/at all.flac")),
        };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_elsewhere.isValid());
        for (const QString& track : {kHangulTrack, kCafeTrack, kQuoteTrack, kAwkwardTrack,
                                     kLeadingBlankTrack, kTrailingBlankTrack})
            QVERIFY2(touch(at(track)), qPrintable(track));
        QVERIFY(touch(m_elsewhere.filePath(QStringLiteral("outside.ogg"))));
        for (const QByteArray& track : {kLatin1Track, kLatin1InHangulFolder}) {
            const QString path = at(liner::decodeFileName(track));
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QVERIFY2(touchBytes(liner::encodeFileName(path)), track.constData());
        }
    }

    // Every format Liner writes names a file whose name is not UTF-8 so that the same bytes are
    // read back (M3U and PLS as a file:// URL, XSPF as a URI, both percent-encoded), and the
    // playlist stays valid UTF-8 text, as M3U8 and XSPF must be.
    void writesNamesThatAreNotUtf8_data()
    {
        QTest::addColumn<PlaylistFormat>("format");
        QTest::addColumn<bool>("relative");
        for (const auto& [format, name] :
             {std::pair{PlaylistFormat::M3u, "M3U"}, std::pair{PlaylistFormat::M3u8, "M3U8"},
              std::pair{PlaylistFormat::Pls, "PLS"}, std::pair{PlaylistFormat::Xspf, "XSPF"}}) {
            QTest::addRow("%s, relative", name) << format << true;
            QTest::addRow("%s, absolute", name) << format << false;
        }
    }
    void writesNamesThatAreNotUtf8()
    {
        QFETCH(PlaylistFormat, format);
        QFETCH(bool, relative);
        const QList<PlaylistEntry> entries{
            PlaylistEntry::fromLocalFile(at(liner::decodeFileName(kLatin1Track)),
                                         QStringLiteral("Café"), 61),
            PlaylistEntry::fromLocalFile(at(kHangulTrack)),
            PlaylistEntry::fromLocalFile(at(liner::decodeFileName(kLatin1InHangulFolder))),
        };
        for (const PlaylistEntry& entry : entries)
            QVERIFY2(!entry.missing, entry.localPath.toUtf8());
        const QByteArray written =
            serializePlaylist(entries, format, {relative ? m_dir.path() : QString(), {}});
        QVERIFY2(written.isValidUtf8(), written.constData());
        const ReadResult read = parsePlaylist(written, format, m_dir.path());
        QVERIFY2(read.problems.isEmpty(), qPrintable(describe(read.problems)));
        compareEntries(read.playlist.entries, entries);
    }

    // Playlists other tools wrote: plain lines in the name's own bytes (mpv, `ls > list.m3u`,
    // beside UTF-8 lines or not), and percent-encoded bytes in URIs (VLC). Each finds the file.
    void readsNamesThatAreNotUtf8_data()
    {
        QTest::addColumn<PlaylistFormat>("format");
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray url = "file://" + QFile::encodeName(m_dir.path()).toPercentEncoding("/") +
                               "/Latin/Caf%E9%20%B3.flac";
        QTest::newRow("M3U, bytes") << PlaylistFormat::M3u << "#EXTM3U\n" + kLatin1Track + "\n";
        QTest::newRow("M3U, bytes beside UTF-8")
            << PlaylistFormat::M3u
            << "#EXTM3U\n#EXTINF:1,\xeb\x88\x88\n" + kHangulTrack.toUtf8() + "\n" + kLatin1Track +
                   "\r\n";
        QTest::newRow("M3U, file URL") << PlaylistFormat::M3u << url + "\n";
        QTest::newRow("M3U8, bytes")
            << PlaylistFormat::M3u8 << "#EXTINF:61,Caf\xc3\xa9\n" + kLatin1Track + "\n";
        QTest::newRow("PLS, bytes")
            << PlaylistFormat::Pls
            << "[playlist]\nFile1=" + kLatin1Track + "\nTitle1=Caf\xe9\nNumberOfEntries=1\n";
        QTest::newRow("XSPF, relative URI")
            << PlaylistFormat::Xspf
            << QByteArray("<playlist version=\"1\" xmlns=\"http://xspf.org/ns/0/\"><trackList>"
                          "<track><location>Latin/Caf%E9%20%B3.flac</location></track>"
                          "</trackList></playlist>");
        QTest::newRow("XSPF, file URL")
            << PlaylistFormat::Xspf
            << "<playlist version=\"1\" xmlns=\"http://xspf.org/ns/0/\"><trackList><track>"
               "<location>" +
                   url + "</location></track></trackList></playlist>";
    }
    void readsNamesThatAreNotUtf8()
    {
        QFETCH(PlaylistFormat, format);
        QFETCH(QByteArray, bytes);
        const ReadResult read = parsePlaylist(bytes, format, m_dir.path());
        QVERIFY(!read.playlist.entries.isEmpty());
        QCOMPARE(read.playlist.entries.constLast().localPath,
                 at(liner::decodeFileName(kLatin1Track)));
        for (const PlaylistEntry& entry : read.playlist.entries)
            QVERIFY2(!entry.missing && !entry.isStream, entry.localPath.toUtf8());
    }

    void detectsTheFormatByExtension()
    {
        QCOMPARE(playlistFormatForPath(QStringLiteral("/a/b.M3U")), PlaylistFormat::M3u);
        QCOMPARE(playlistFormatForPath(QStringLiteral("b.m3u8")), PlaylistFormat::M3u8);
        QCOMPARE(playlistFormatForPath(QStringLiteral("x.y/b.Pls")), PlaylistFormat::Pls);
        QCOMPARE(playlistFormatForPath(QStringLiteral("b.XSPF")), PlaylistFormat::Xspf);
        QCOMPARE(playlistFormatForPath(QStringLiteral("b.m3u.txt")), PlaylistFormat::Unknown);
        QCOMPARE(playlistFormatForPath(QStringLiteral("m3u")), PlaylistFormat::Unknown);
    }

    void entriesKnowWhatTheyAre()
    {
        const PlaylistEntry local = PlaylistEntry::fromLocation(kCafeTrack, m_dir.path());
        QCOMPARE(local.localPath, at(kCafeTrack));
        QVERIFY(!local.isStream && !local.missing);
        const PlaylistEntry stream = PlaylistEntry::fromLocation(kStream, m_dir.path());
        QVERIFY(stream.isStream && !stream.missing && stream.localPath.isEmpty());
        const PlaylistEntry gone = PlaylistEntry::fromLocation(QStringLiteral("../x/gone.flac"),
                                                               m_dir.filePath(QStringLiteral("a")));
        QCOMPARE(gone.localPath, at(QStringLiteral("x/gone.flac")));
        QVERIFY(gone.missing && !gone.isStream);
        // A colon in a file name does not make an M3U line a URL; in XSPF it must be escaped.
        QCOMPARE(
            PlaylistEntry::fromLocation(QStringLiteral("Artist: Song.mp3"), m_dir.path()).localPath,
            at(QStringLiteral("Artist: Song.mp3")));
        QVERIFY(PlaylistEntry::fromLocation(QStringLiteral("spotify:track:1"), m_dir.path(),
                                            LocationSyntax::UriReference)
                    .isStream);
    }

    void roundTrips_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("relative");
        for (const char* suffix : {"m3u", "m3u8", "pls", "xspf"}) {
            for (const bool relative : {true, false}) {
                const QString name = QStringLiteral("round-%1-%2.%3")
                                         .arg(relative ? "rel" : "abs")
                                         .arg(suffix)
                                         .arg(suffix);
                QTest::newRow(qPrintable(name)) << name << relative;
            }
        }
    }

    void roundTrips()
    {
        QFETCH(QString, name);
        QFETCH(bool, relative);
        const QString path = at(name);
        const QList<PlaylistEntry> entries = sampleEntries();
        const QString error =
            relative ? writePlaylist(path, entries)
                     : writePlaylist(path, entries, {{}, QStringLiteral("Queen of Tears")});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const ReadResult read = readPlaylist(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QVERIFY2(read.problems.isEmpty(), qPrintable(describe(read.problems)));
        compareEntries(read.playlist.entries, entries);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(read.playlist.missingCount(), 2);
        QCOMPARE(read.playlist.streamCount(), 1);
        if (!relative && !name.endsWith(QLatin1String(".pls")))
            QCOMPARE(read.playlist.title, QStringLiteral("Queen of Tears"));

        // Tracks under the playlist's folder are written relative to it, only when asked to.
        const QByteArray text = readBytes(path);
        const bool xspf = name.endsWith(QLatin1String(".xspf"));
        const QByteArray hangul = xspf ? kHangulTrackEncoded : kHangulTrack.toUtf8();
        QCOMPARE(text.contains(">" + hangul + "<") || text.contains("\n" + hangul + "\n") ||
                     text.contains("=" + hangul + "\n"),
                 relative);
        QVERIFY(text.contains(xspf ? QUrl::fromLocalFile(m_elsewhere.path()).toEncoded()
                                   : m_elsewhere.path().toUtf8()));
        QVERIFY(text.contains(xspf ? kStream.toUtf8().replace("&", "&amp;") : kStream.toUtf8()));
    }

    void writesM3u8AsPlayersExpect()
    {
        const QString path = at(QStringLiteral("golden.m3u8"));
        QList<PlaylistEntry> entries = sampleEntries().mid(0, 5);
        QVERIFY(writePlaylist(path, entries).isEmpty());
        const QByteArray expected =
            "#EXTM3U\n"
            "#EXTINF:215,\xEC\x95\x84\xEC\x9D\xB4\xEC\x9C\xA0 - " +
            QStringLiteral("눈물").toUtf8() + "\n" + kHangulTrack.toUtf8() + "\n#EXTINF:200,\n" +
            kCafeTrack.toUtf8() + "\n#EXTINF:-1,Outside\n" +
            m_elsewhere.filePath(QStringLiteral("outside.ogg")).toUtf8() + "\n#EXTINF:61,Gone\n" +
            QStringLiteral("Music/없는 곡.flac").toUtf8() + "\n" + kStream.toUtf8() + "\n";
        QCOMPARE(readBytes(path), expected);
    }

    void writesPlsVersion2()
    {
        const QString path = at(QStringLiteral("golden.pls"));
        QVERIFY(writePlaylist(path, sampleEntries().mid(1, 4)).isEmpty());
        const QByteArray expected =
            "[playlist]\nFile1=" + kCafeTrack.toUtf8() +
            "\nLength1=200\nFile2=" + m_elsewhere.filePath(QStringLiteral("outside.ogg")).toUtf8() +
            "\nTitle2=Outside\nLength2=-1\nFile3=" + QStringLiteral("Music/없는 곡.flac").toUtf8() +
            "\nTitle3=Gone\nLength3=61\nFile4=" + kStream.toUtf8() +
            "\nLength4=-1\nNumberOfEntries=4\nVersion=2\n";
        QCOMPARE(readBytes(path), expected);
    }

    void writesXspfWithEncodedUris()
    {
        const QString path = at(QStringLiteral("golden.xspf"));
        QList<PlaylistEntry> entries = sampleEntries();
        QVERIFY(writePlaylist(path, entries, {{}, QStringLiteral("Q & A")}).isEmpty());
        const QByteArray text = readBytes(path);
        QVERIFY(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        QVERIFY(text.contains("<playlist xmlns=\"http://xspf.org/ns/0/\" version=\"1\">"));
        QVERIFY(text.contains("<title>Q &amp; A</title>"));
        QVERIFY(text.contains("<location>" + QUrl::fromLocalFile(m_dir.path()).toEncoded() + "/" +
                              kHangulTrackEncoded + "</location>"));
        QVERIFY(text.contains("/Music/%231%20100%25%20%3F&amp;.ogg</location>"));
        QVERIFY(text.contains("<duration>215000</duration>"));
        QVERIFY(text.contains("<title>A, &quot;B&quot; &amp; &lt;C&gt;</title>"));
    }

    void readsFoobar2000M3u8WithBomCrlfAndHangul()
    {
        const QString path = at(QStringLiteral("foobar2000.m3u8"));
        QVERIFY(writeBytes(path, "\xEF\xBB\xBF#EXTM3U\r\n"
                                 "#EXTINF:215,\xEC\x95\x84\xEC\x9D\xB4\xEC\x9C\xA0 - " +
                                     QStringLiteral("눈물").toUtf8() + "\r\n" +
                                     QString(kHangulTrack).replace(u'/', u'\\').toUtf8() +
                                     "\r\n"
                                     "\r\n"
                                     "#EXTINF:61,Gone\r\n" +
                                     QStringLiteral("Music\\없는 곡.flac").toUtf8() + "\r\n" +
                                     at(kCafeTrack).toUtf8() + "\r\n"));
        const ReadResult read = readPlaylist(path);
        QVERIFY2(read.problems.isEmpty(), qPrintable(describe(read.problems)));
        compareEntries(
            read.playlist.entries,
            {PlaylistEntry::fromLocalFile(at(kHangulTrack), QStringLiteral("아이유 - 눈물"), 215),
             PlaylistEntry::fromLocalFile(at(QStringLiteral("Music/없는 곡.flac")),
                                          QStringLiteral("Gone"), 61),
             PlaylistEntry::fromLocalFile(at(kCafeTrack))});
        QCOMPARE(read.playlist.entries[1].location, QStringLiteral("Music\\없는 곡.flac"));
    }

    void readsWinampLatin1M3u()
    {
        // Winamp writes .m3u in the Windows code page: "é" is one byte, "’" is 0x92.
        const QString path = at(QStringLiteral("winamp.m3u"));
        QVERIFY(writeBytes(path, "#EXTM3U\r\n"
                                 "#EXTINF:200,\xC9"
                                 "dith - Caf\xE9\r\n"
                                 "Music\\Caf\xE9\\02 Caf\xE9.mp3\r\n"
                                 "#EXTINF:180,Don\x92t Stop\r\n"
                                 "Music\\Don\x92t Stop.mp3\r\n"
                                 "C:\\Users\\Winamp\\Music\\song.mp3\r\n"));
        const ReadResult read = readPlaylist(path);
        QVERIFY2(read.problems.isEmpty(), qPrintable(describe(read.problems)));
        PlaylistEntry drive;
        drive.localPath = QStringLiteral("C:/Users/Winamp/Music/song.mp3");
        drive.missing = true;
        compareEntries(
            read.playlist.entries,
            {PlaylistEntry::fromLocalFile(at(kCafeTrack), QStringLiteral("Édith - Café"), 200),
             PlaylistEntry::fromLocalFile(at(kQuoteTrack), QStringLiteral("Don’t Stop"), 180),
             drive});
        QCOMPARE(read.playlist.entries[0].location, QStringLiteral("Music\\Café\\02 Café.mp3"));
    }

    void readsUtf8M3uWithoutBom()
    {
        const QString path = at(QStringLiteral("utf8.m3u"));
        QVERIFY(writeBytes(path, kHangulTrack.toUtf8() + "\n" + kCafeTrack.toUtf8()));
        const ReadResult read = readPlaylist(path);
        compareEntries(read.playlist.entries, {PlaylistEntry::fromLocalFile(at(kHangulTrack)),
                                               PlaylistEntry::fromLocalFile(at(kCafeTrack))});
    }

    void readsUtf16M3uWithBom()
    {
        // Windows Notepad's "Unicode": UTF-16LE behind a byte order mark, CRLF.
        const QString text = QStringLiteral("#EXTM3U\r\n#EXTINF:215,눈물\r\n") + kHangulTrack;
        QByteArray bytes("\xFF\xFE");
        bytes += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        const QString path = at(QStringLiteral("notepad.m3u"));
        QVERIFY(writeBytes(path, bytes));
        const ReadResult read = readPlaylist(path);
        QVERIFY2(read.problems.isEmpty(), qPrintable(describe(read.problems)));
        compareEntries(read.playlist.entries, {PlaylistEntry::fromLocalFile(
                                                  at(kHangulTrack), QStringLiteral("눈물"), 215)});
    }

    void readsVlcM3uWithFileUrls()
    {
        const QString path = at(QStringLiteral("vlc.m3u"));
        QVERIFY(writeBytes(path, "#EXTM3U\n#EXTINF:215,IU - Tears\n"
                                 "#EXTVLCOPT:network-caching=1000\n" +
                                     QUrl::fromLocalFile(m_dir.path()).toEncoded() + "/" +
                                     kHangulTrackEncoded + "\n#EXTINF:-1,Radio\n" +
                                     kStream.toUtf8() + "\n"));
        const ReadResult read = readPlaylist(path);
        QVERIFY2(read.problems.isEmpty(), qPrintable(describe(read.problems)));
        PlaylistEntry stream = PlaylistEntry::fromLocation(kStream, m_dir.path());
        stream.title = QStringLiteral("Radio");
        compareEntries(
            read.playlist.entries,
            {PlaylistEntry::fromLocalFile(at(kHangulTrack), QStringLiteral("IU - Tears"), 215),
             stream});
    }

    void readsVlcXspf()
    {
        const QString path = at(QStringLiteral("vlc.xspf"));
        QVERIFY(writeBytes(
            path, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<playlist xmlns=\"http://xspf.org/ns/0/\" "
                  "xmlns:vlc=\"http://www.videolan.org/vlc/playlist/ns/0/\" version=\"1\">\n"
                  "\t<title>Wiedergabeliste</title>\n"
                  "\t<trackList>\n"
                  "\t\t<track>\n"
                  "\t\t\t<location>" +
                      QUrl::fromLocalFile(m_dir.path()).toEncoded() + "/" + kHangulTrackEncoded +
                      "</location>\n"
                      "\t\t\t<title>\xEB\x88\x88\xEB\xAC\xBC</title>\n"
                      "\t\t\t<creator>IU</creator>\n"
                      "\t\t\t<duration>214600</duration>\n"
                      "\t\t\t<extension application=\"http://www.videolan.org/vlc/playlist/0\">\n"
                      "\t\t\t\t<vlc:id>0</vlc:id>\n"
                      "\t\t\t\t<vlc:option>start-time=3</vlc:option>\n"
                      "\t\t\t</extension>\n"
                      "\t\t</track>\n"
                      "\t\t<track>\n"
                      "\t\t\t<location>http://radio.example.com:8000/live.mp3</location>\n"
                      "\t\t\t<title>Radio</title>\n"
                      "\t\t</track>\n"
                      "\t\t<track><location>Music/Caf%C3%A9/02%20Caf%C3%A9.mp3</location></track>\n"
                      "\t\t<track><location>file:///nowhere/gone%20away.flac</location>"
                      "<duration>1000</duration></track>\n"
                      "\t</trackList>\n"
                      "\t<extension application=\"http://www.videolan.org/vlc/playlist/0\">\n"
                      "\t\t<vlc:item tid=\"0\"/>\n"
                      "\t\t<vlc:item tid=\"1\"/>\n"
                      "\t</extension>\n"
                      "</playlist>\n"));
        const ReadResult read = readPlaylist(path);
        QVERIFY2(read.problems.isEmpty(), qPrintable(describe(read.problems)));
        QCOMPARE(read.playlist.title, QStringLiteral("Wiedergabeliste"));
        PlaylistEntry stream = PlaylistEntry::fromLocation(
            QStringLiteral("http://radio.example.com:8000/live.mp3"), m_dir.path());
        stream.title = QStringLiteral("Radio");
        compareEntries(
            read.playlist.entries,
            {PlaylistEntry::fromLocalFile(at(kHangulTrack), QStringLiteral("IU - 눈물"), 215),
             stream, PlaylistEntry::fromLocalFile(at(kCafeTrack)),
             PlaylistEntry::fromLocalFile(QStringLiteral("/nowhere/gone away.flac"), {}, 1)});
    }

    void readsPlsFromWinampAndVlc()
    {
        const QString path = at(QStringLiteral("winamp.pls"));
        QVERIFY(writeBytes(path, "[playlist]\r\n"
                                 "NumberOfEntries=3\r\n"
                                 "File2=http://radio.example.com:8000/live.mp3\r\n"
                                 "Title2=Radio\r\n"
                                 "Length2=-1\r\n"
                                 "file1=Music\\Caf\xE9\\02 Caf\xE9.mp3\r\n"
                                 "title1=Caf\xE9\r\n"
                                 "LENGTH1=200\r\n"
                                 "File3 = /nowhere/gone.mp3\r\n"
                                 "Version=2\r\n"));
        const ReadResult read = readPlaylist(path);
        QVERIFY2(read.problems.isEmpty(), qPrintable(describe(read.problems)));
        PlaylistEntry stream = PlaylistEntry::fromLocation(
            QStringLiteral("http://radio.example.com:8000/live.mp3"), m_dir.path());
        stream.title = QStringLiteral("Radio");
        compareEntries(read.playlist.entries,
                       {PlaylistEntry::fromLocalFile(at(kCafeTrack), QStringLiteral("Café"), 200),
                        stream, PlaylistEntry::fromLocalFile(QStringLiteral("/nowhere/gone.mp3"))});
    }

    void reportsProblemsAndKeepsWhatItCan_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("line");

        QTest::newRow("m3u8 invalid UTF-8")
            << "bad.m3u8" << QByteArray("#EXTM3U\na.flac\nb\xFF\xFE.flac\n") << 2 << 3;
        QTest::newRow("m3u dangling EXTINF")
            << "dangling.m3u" << QByteArray("a.flac\n#EXTINF:12,Lost\n\n") << 1 << 2;
        QTest::newRow("m3u bad duration")
            << "duration.m3u" << QByteArray("#EXTINF:long,T\na.flac\n") << 1 << 1;
        QTest::newRow("pls title without file")
            << "orphan.pls"
            << QByteArray("[playlist]\nFile1=a.flac\nTitle5=Orphan\nNumberOfEntries=1\n") << 1 << 3;
        QTest::newRow("pls without header")
            << "headless.pls" << QByteArray("File1=a.flac\n") << 1 << 1;
        QTest::newRow("xspf cut short") << "cut.xspf"
                                        << QByteArray("<playlist><trackList>\n"
                                                      "<track><location>a.flac</location></track>\n"
                                                      "<track><location>b.flac</location></track>\n"
                                                      "<track><location>c.fl")
                                        << 2 << 4;
        QTest::newRow("xspf bad nesting")
            << "nesting.xspf"
            << QByteArray("<playlist><trackList>\n<track><location>a.flac</location></track>\n"
                          "<track><location>b.flac</title></track>\n</trackList></playlist>")
            << 1 << 3;
        QTest::newRow("xspf track without location")
            << "nolocation.xspf"
            << QByteArray("<playlist><trackList>\n<track><title>x</title></track>\n"
                          "<track><location>b.flac</location></track></trackList></playlist>")
            << 1 << 2;
    }

    void reportsProblemsAndKeepsWhatItCan()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(int, entries);
        QFETCH(int, line);
        const QString path = at(name);
        QVERIFY(writeBytes(path, bytes));
        const ReadResult read = readPlaylist(path);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.playlist.entries.size(), entries);
        QVERIFY(!read.problems.isEmpty());
        QCOMPARE(read.problems.constFirst().line, line);
        for (const PlaylistEntry& entry : read.playlist.entries)
            QVERIFY(entry.missing && entry.localPath.startsWith(m_dir.path() + u'/'));
    }

    void failsOnlyWhenTheFileCannotBeRead()
    {
        const ReadResult absent = readPlaylist(at(QStringLiteral("absent.m3u8")));
        QVERIFY(!absent.ok() && absent.error.contains(QLatin1String("absent.m3u8")));
        const ReadResult folder = readPlaylist(at(QStringLiteral("Music")) + u'/');
        QVERIFY(!folder.ok());
        QVERIFY(touch(at(QStringLiteral("list.txt"))));
        QVERIFY(!readPlaylist(at(QStringLiteral("list.txt"))).ok());
        QVERIFY(touch(at(QStringLiteral("empty.xspf"))));
        const ReadResult empty = readPlaylist(at(QStringLiteral("empty.xspf")));
        QVERIFY(empty.ok() && empty.playlist.entries.isEmpty());
    }

    void writesAtomicallyOrNotAtAll()
    {
        const QString path = at(QStringLiteral("atomic/list.m3u8"));
        QVERIFY(!writePlaylist(path, sampleEntries()).isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!writePlaylist(at(QStringLiteral("list.wpl")), sampleEntries()).isEmpty());

        QVERIFY(QDir().mkpath(at(QStringLiteral("atomic"))));
        QVERIFY(writePlaylist(path, sampleEntries()).isEmpty());
        QVERIFY(writePlaylist(path, sampleEntries().mid(0, 1)).isEmpty());
        QCOMPARE(readPlaylist(path).playlist.entries.size(), 1);
        QCOMPARE(QDir(at(QStringLiteral("atomic"))).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("list.m3u8")});
    }

    // A title holding 100,000 nested elements: read in a loop, no recursion (it overflowed the
    // stack in QXmlStreamReader::readElementText).
    void readsDeeplyNestedXspfWithoutRecursion()
    {
        constexpr int depth = 100'000;
        QByteArray xml = "<?xml version=\"1.0\"?><playlist xmlns=\"http://xspf.org/ns/0/\">"
                         "<trackList><track><location>file:///music/a.flac</location><title>";
        xml.reserve(xml.size() + depth * 7 + 200);
        for (int i = 0; i < depth; ++i)
            xml += "<b>";
        xml += "deep";
        for (int i = 0; i < depth; ++i)
            xml += "</b>";
        xml += "</title></track></trackList></playlist>";
        const ReadResult read = parsePlaylist(xml, PlaylistFormat::Xspf, QStringLiteral("/music"));
        QVERIFY(read.ok());
        QCOMPARE(read.playlist.entries.size(), 1);
        QCOMPARE(read.playlist.entries[0].title, QStringLiteral("deep"));
        QCOMPARE(read.playlist.entries[0].localPath, QStringLiteral("/music/a.flac"));
    }
};

QTEST_GUILESS_MAIN(TestPlaylistFormats)
#include "tst_playlistformats.moc"
