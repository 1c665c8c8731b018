#include "common/MatchKey.h"
#include "notes/AlbumNotesLoader.h"
#include "support/FileBytes.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace liner;
using liner::testing::writeBytes;

namespace {

constexpr qint64 kLargeFileBytes = qint64{2} * 1024 * 1024;

// What this thread (or process) has read so far, by the kernel's count; -1 when it cannot say.
qint64 bytesRead(const char* ioFile)
{
    QFile file(QString::fromLatin1(ioFile));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.startsWith("rchar: "))
            return line.mid(7).toLongLong();
    }
    return -1;
}

// An album folder of `count` songs, each with its section in the folder's liner-notes.md;
// returns its tracks as the library would give them.
QList<library::Track> writeAlbum(const QString& folder, const QByteArray& mood, int count)
{
    QDir().mkpath(folder);
    QByteArray notes = "# Album\n\nAlbum prose of " + mood + ".\n\n";
    QList<library::Track> tracks;
    for (int number = 1; number <= count; ++number) {
        const QByteArray title = "Song " + QByteArray::number(number);
        notes += "## " + QByteArray::number(number) + ". " + title + "\nMood: " + mood +
                 "\nCharacters: Hong Hae-in\n\nThe notes of " + title + ".\n\n";
        library::Track track;
        track.path =
            QDir(folder).filePath(QStringLiteral("%1.flac").arg(number, 2, 10, QChar(u'0')));
        track.title = QString::fromUtf8(title);
        track.trackNumber = number;
        track.album = QStringLiteral("Album");
        tracks << track;
    }
    if (!writeBytes(QDir(folder).filePath(QStringLiteral("liner-notes.md")), notes))
        return {};
    return tracks;
}

} // namespace

// The window's notes come from AlbumNotesLoader: read on a thread of its own, delivered to the
// asker's thread, the latest request only.
class TestAlbumNotesLoader : public QObject
{
    Q_OBJECT

private slots:
    // The packs and an album's notes are read on the loader's thread, never on the caller's: the
    // kernel's count of the bytes each thread read says so (Linux's /proc/thread-self/io). Both
    // files are large, so the caller reading either would show.
    void readsOffTheCallersThread()
    {
        QTemporaryDir dir;
        const QByteArray filler = "\n" + QByteArray(2000, 'x') + "\n";
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("packs"))));
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("packs/pack.md")),
                           "# Pack\nAlbum: Queen of Tears OST; 눈물의 여왕 OST\n\n"
                           "## 1. Song\nArtist: Someone\nMood: Tender\n" +
                               filler.repeated(kLargeFileBytes / filler.size())));
        QList<library::Track> tracks = writeAlbum(dir.filePath(QStringLiteral("A")), "Tender", 1);
        QVERIFY(!tracks.isEmpty());
        QFile notesFile(dir.filePath(QStringLiteral("A/liner-notes.md")));
        QVERIFY(notesFile.open(QIODevice::Append));
        notesFile.write(filler.repeated(kLargeFileBytes / filler.size()));
        notesFile.close();

        const qint64 callerBefore = bytesRead("/proc/thread-self/io");
        const qint64 processBefore = bytesRead("/proc/self/io");
        QVERIFY(callerBefore >= 0 && processBefore >= 0);
        notes::AlbumNotesLoader loader(dir.filePath(QStringLiteral("packs")));
        QSignalSpy packsRead(&loader, &notes::AlbumNotesLoader::workTitlesRead);
        QSignalSpy ready(&loader, &notes::AlbumNotesLoader::ready);
        loader.request(tracks);
        QVERIFY(packsRead.wait(30000));
        QVERIFY(ready.size() == 1 || ready.wait(30000));
        const qint64 caller = bytesRead("/proc/thread-self/io") - callerBefore;
        const qint64 process = bytesRead("/proc/self/io") - processBefore;
        QVERIFY2(process >= kLargeFileBytes * 3 / 2, qPrintable(QString::number(process)));
        QVERIFY2(caller < kLargeFileBytes / 4, qPrintable(QString::number(caller)));

        const auto works = packsRead.first().first().value<library::WorkTitles>();
        QCOMPARE(works.canonical(matchKey(u"Queen of Tears")),
                 works.canonical(matchKey(u"눈물의 여왕")));
        const auto album = ready.first().first().value<notes::AlbumNotes>();
        QCOMPARE(album.tracks.first().moods, QStringList{QStringLiteral("Tender")});
    }

    // An album's notes, moods and editable sections come back together, on the asker's
    // thread and never from within request(): the caller goes on while they are read.
    void deliversTheAlbumsNotesLater()
    {
        QTemporaryDir dir;
        const QList<library::Track> tracks =
            writeAlbum(dir.filePath(QStringLiteral("A")), "Tender", 2);
        QVERIFY(!tracks.isEmpty());
        notes::AlbumNotesLoader loader({});
        QSignalSpy ready(&loader, &notes::AlbumNotesLoader::ready);
        QThread* deliveredOn = nullptr;
        connect(&loader, &notes::AlbumNotesLoader::ready, this,
                [&deliveredOn] { deliveredOn = QThread::currentThread(); });
        loader.request(tracks);
        QCOMPARE(ready.size(), 0);
        QVERIFY(ready.wait(30000));
        QCOMPARE(deliveredOn, QThread::currentThread());

        const auto album = ready.first().first().value<notes::AlbumNotes>();
        QCOMPARE(album.tracks.size(), 2);
        QCOMPARE(album.tracks[1].moods, QStringList{QStringLiteral("Tender")});
        QCOMPARE(album.tracks[1].characters, QStringList{QStringLiteral("Hong Hae-in")});
        QCOMPARE(album.notes.size(), 2);
        QCOMPARE(album.notes[0].albumProse, QStringLiteral("Album prose of Tender."));
        QCOMPARE(album.notes[1].track.prose, QStringLiteral("The notes of Song 2."));
        QCOMPARE(album.sections.size(), 2);
        QCOMPARE(album.sections[1].index, 1);
        QVERIFY(album.albumDocument);
        QVERIFY(album.albumDocumentProblem.isEmpty());
    }

    // Tracks whose notes add nothing to their tags come back as the very list asked for, so
    // the window can tell nothing changed without comparing an album of 10,000 tracks. Tracks
    // whose notes name moods come back with them, and the list asked for is left as it was.
    void notesThatAddNothingKeepTheList()
    {
        QTemporaryDir dir;
        QList<library::Track> plain = writeAlbum(dir.filePath(QStringLiteral("A")), "Tender", 3);
        QVERIFY(!plain.isEmpty());
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("A/liner-notes.md"))));
        plain[1].mood = QStringLiteral("Tagged");
        plain[1].moods = QStringList{QStringLiteral("Tagged")};
        const QList<library::Track> noted =
            writeAlbum(dir.filePath(QStringLiteral("B")), "Longing", 2);
        QVERIFY(!noted.isEmpty());
        notes::AlbumNotesLoader loader({});
        QSignalSpy ready(&loader, &notes::AlbumNotesLoader::ready);

        loader.request(plain);
        QVERIFY(ready.wait(30000));
        const auto unchanged = ready.takeFirst().first().value<notes::AlbumNotes>();
        QVERIFY(unchanged.tracks.isSharedWith(plain));
        QCOMPARE(unchanged.tracks[1].moods, QStringList{QStringLiteral("Tagged")});

        loader.request(noted);
        QVERIFY(ready.wait(30000));
        const auto changed = ready.takeFirst().first().value<notes::AlbumNotes>();
        QVERIFY(!changed.tracks.isSharedWith(noted));
        QCOMPARE(changed.tracks[0].moods, QStringList{QStringLiteral("Longing")});
        QCOMPARE(changed.tracks[1].characters, QStringList{QStringLiteral("Hong Hae-in")});
        QVERIFY(noted[0].moods.isEmpty());
    }

    // Picked one after the other, the later album wins: the earlier one, slower to read (many
    // more tracks), is never delivered, neither before the later one nor over it.
    void theLaterRequestWins()
    {
        QTemporaryDir dir;
        const QList<library::Track> slow =
            writeAlbum(dir.filePath(QStringLiteral("A")), "Tender", 300);
        const QList<library::Track> later =
            writeAlbum(dir.filePath(QStringLiteral("B")), "Longing", 1);
        QVERIFY(!slow.isEmpty() && !later.isEmpty());
        notes::AlbumNotesLoader loader({});
        QSignalSpy ready(&loader, &notes::AlbumNotesLoader::ready);
        for (int round = 0; round < 3; ++round) {
            ready.clear();
            loader.request(slow);
            loader.request(later);
            // The reader takes requests in order: had the first been delivered, it would have
            // arrived before the second.
            QVERIFY(ready.wait(30000));
            QCOMPARE(ready.size(), 1);
            const auto album = ready.first().first().value<notes::AlbumNotes>();
            QCOMPARE(album.tracks.size(), 1);
            QCOMPARE(album.tracks[0].moods, QStringList{QStringLiteral("Longing")});
        }
    }
};

QTEST_GUILESS_MAIN(TestAlbumNotesLoader)
#include "tst_albumnotesloader.moc"
