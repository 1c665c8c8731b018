#include "playlist/PlaylistFile.h"
#include "support/FuzzInput.h"

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;
using namespace liner::playlist;

namespace {

constexpr PlaylistFormat kFormats[] = {PlaylistFormat::M3u, PlaylistFormat::M3u8,
                                       PlaylistFormat::Pls, PlaylistFormat::Xspf};

const QByteArray kValidM3u = "\xEF\xBB\xBF#EXTM3U\r\n#PLAYLIST:Mix\r\n"
                             "#EXTINF:215,\xEC\x95\x84\xEC\x9D\xB4\xEC\x9C\xA0 - x\r\n"
                             "Music\\\xEB\x88\x88\\01.flac\r\n#EXTINF:-1 tvg-name=\"a,b\",Radio\r\n"
                             "http://radio.example.com/live\r\n#EXTVLCOPT:x=1\r\n"
                             "file:///music/%EB%88%88%20x.flac\n/abs/Caf\xE9.mp3\n"
                             "C:\\Music\\a.mp3\n../up/b.ogg\n";
const QByteArray kValidPls = "[playlist]\r\nNumberOfEntries=3\r\nFile2=http://radio/live\r\n"
                             "Title2=Radio\r\nLength2=-1\r\nfile1=Music\\Caf\xE9.mp3\r\n"
                             "title1=Caf\xE9\r\nLENGTH1=200.5\r\nFile3=/x/y.flac\r\nVersion=2\r\n";
const QByteArray kValidXspf =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<playlist xmlns=\"http://xspf.org/ns/0/\" "
    "xmlns:vlc=\"http://www.videolan.org/vlc/playlist/ns/0/\" version=\"1\">\n"
    "<title>T &amp; U</title><trackList>\n<track><location>file:///m/%EB%88%88%20a.flac"
    "</location><title>a</title><creator>IU</creator><duration>214600</duration>"
    "<extension application=\"http://www.videolan.org/vlc/playlist/0\"><vlc:id>0</vlc:id>"
    "</extension></track>\n<track><location>Music/Caf%C3%A9.mp3</location></track>\n"
    "<track><location>http://radio/live</location><location>http://b</location></track>\n"
    "</trackList><extension><vlc:item tid=\"0\"/></extension></playlist>\n";

// The format's own characters, for mutations that stay nearly valid.
const QByteArray kAlphabet = "#:,=[]<>/\\%\"&;. -\r\n0123456789\xEF\xBB\xBF\xEB\xFF"
                             "EXTINFilecmtp";

QByteArray validSample(PlaylistFormat format)
{
    switch (format) {
    case PlaylistFormat::Pls:
        return kValidPls;
    case PlaylistFormat::Xspf:
        return kValidXspf;
    default:
        return kValidM3u;
    }
}

// What every read must give, whatever the bytes: entries with a location that lead somewhere
// definite, problems on lines the file has, and a file that, written back in the same format,
// reads as the same entries.
void check(const QByteArray& bytes, PlaylistFormat format, const QString& baseDir)
{
    const ReadResult read = parsePlaylist(bytes, format, baseDir);
    QVERIFY(read.ok());
    const qsizetype lines = bytes.count('\n') + bytes.count('\r') + 1;
    for (const PlaylistProblem& problem : read.problems)
        QVERIFY2(problem.line >= 0 && problem.line <= lines, qPrintable(problem.message));
    for (const PlaylistEntry& entry : read.playlist.entries) {
        QVERIFY(!entry.location.isEmpty());
        QCOMPARE(entry.isStream, entry.localPath.isEmpty());
        QVERIFY(!(entry.isStream && entry.missing));
        QVERIFY(entry.durationSeconds >= -1);
        if (entry.isStream)
            continue;
        // Absolute and clean, or a Windows drive path: clean after "C:".
        const bool drive =
            entry.localPath.size() >= 3 && entry.localPath[1] == u':' && entry.localPath[2] == u'/';
        const QString path = drive ? entry.localPath.sliced(2) : entry.localPath;
        QVERIFY2(path.startsWith(u'/') && QDir::cleanPath(path) == path,
                 qPrintable(entry.localPath));
    }

    const QByteArray written = serializePlaylist(read.playlist.entries, format, {baseDir, {}});
    const ReadResult back = parsePlaylist(written, format, baseDir);
    QVERIFY2(back.problems.isEmpty(), written.constData());
    QCOMPARE(back.playlist.entries.size(), read.playlist.entries.size());
    for (qsizetype i = 0; i < back.playlist.entries.size(); ++i) {
        const PlaylistEntry& before = read.playlist.entries[i];
        const PlaylistEntry& after = back.playlist.entries[i];
        QCOMPARE(after.isStream, before.isStream);
        QCOMPARE(after.localPath, before.localPath);
        QCOMPARE(after.durationSeconds, before.durationSeconds);
    }
}

} // namespace

class TestPlaylistFuzz : public QObject
{
    Q_OBJECT

private slots:
    void readersSurviveRandomAndMutatedInput()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QRandomGenerator random(20240611);
        QElapsedTimer timer;
        timer.start();
        constexpr int rounds = 2000;
        for (int round = 0; round < rounds; ++round) {
            const QByteArray noise = testing::randomBytes(random, 600);
            for (const PlaylistFormat format : kFormats) {
                check(noise, format, dir.path());
                check(testing::mutated(random, validSample(format), kAlphabet), format, dir.path());
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(QStringLiteral("failed in round %1, format %2")
                                         .arg(round)
                                         .arg(int(format))));
            }
        }
        // Generous for a sanitised debug build on a shared machine; a quadratic blow-up or a hang
        // in a reader overshoots it by far.
        QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
    }

    void largePlaylistsReadInBoundedTime()
    {
        QByteArray m3u = "#EXTM3U\n";
        QByteArray pls = "[playlist]\n";
        QByteArray xspf = "<playlist><trackList>";
        constexpr int count = 20000;
        for (int i = 1; i <= count; ++i) {
            const QByteArray n = QByteArray::number(i);
            m3u += "#EXTINF:" + n + ",Title " + n + "\nMusic/" + n + ".flac\n";
            pls += "File" + n + "=Music/" + n + ".flac\nTitle" + n + "=T\nLength" + n + "=1\n";
            xspf += "<track><location>Music/" + n +
                    ".flac</location><duration>1000</duration>"
                    "</track>";
        }
        xspf += "</trackList></playlist>";
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(
            parsePlaylist(m3u, PlaylistFormat::M3u8, QStringLiteral("/x")).playlist.entries.size(),
            count);
        QCOMPARE(
            parsePlaylist(pls, PlaylistFormat::Pls, QStringLiteral("/x")).playlist.entries.size(),
            count);
        QCOMPARE(
            parsePlaylist(xspf, PlaylistFormat::Xspf, QStringLiteral("/x")).playlist.entries.size(),
            count);
        QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestPlaylistFuzz)
#include "tst_playlistfuzz.moc"
