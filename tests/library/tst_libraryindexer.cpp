#include "demo/FixtureWriter.h"
#include "library/FolderWalk.h"
#include "library/LibraryIndexer.h"
#include "library/LibraryScanner.h"
#include "library/LibraryUpdater.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/resource.h>
#include <unistd.h>

using namespace liner;

namespace {

constexpr int kAlbums = 100;
constexpr int kTracksPerAlbum = 100;

QString trackPath(const QString& root, int album, int track)
{
    return QStringLiteral("%1/album %2/%3.flac")
        .arg(root)
        .arg(album)
        .arg(track, 3, 10, QLatin1Char('0'));
}

QSet<QString> pathsOf(const QList<library::Track>& tracks)
{
    QSet<QString> paths;
    for (const library::Track& track : tracks)
        paths.insert(track.path);
    return paths;
}

// How many of this process's threads run at `niceness`.
int threadsAtNiceness(int niceness)
{
    int count = 0;
    for (const QString& task : QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs)) {
        bool isNumber = false;
        const int id = task.toInt(&isNumber);
        errno = 0;
        if (isNumber && ::getpriority(PRIO_PROCESS, id_t(id)) == niceness && errno == 0)
            ++count;
    }
    return count;
}

} // namespace

// A generated library of 10,000 small files: first scan, unchanged rescan, a rescan after edits,
// additions and removals, and a damaged cache, all against a real SQLite file.
class TestLibraryIndexer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.flac"));
        demo::FixtureTags tags;
        tags.title = QStringLiteral("작은 노래");
        tags.album = QStringLiteral("Generated");
        QVERIFY(demo::writeFixture(m_template, demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(8000, 1, 400), tags)
                    .isEmpty());
        m_root = m_dir.filePath(QStringLiteral("library"));
        for (int album = 0; album < kAlbums; ++album) {
            QVERIFY(QDir().mkpath(QStringLiteral("%1/album %2").arg(m_root).arg(album)));
            for (int track = 0; track < kTracksPerAlbum; ++track)
                QVERIFY(QFile::copy(m_template, trackPath(m_root, album, track)));
        }
        m_database = m_dir.filePath(QStringLiteral("cache/library.sqlite"));
    }

    void firstScanReadsEverything()
    {
        int batches = 0;
        int lastDone = -1;
        int lastTotal = -1;
        const library::IndexResult result =
            library::LibraryIndexer(m_database)
                .update(
                    {m_root},
                    [&](int done, int total) {
                        QVERIFY(done >= lastDone);
                        lastDone = done;
                        lastTotal = total;
                    },
                    [&](const QList<library::FolderTracksPtr>&) { ++batches; });
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
        QCOMPARE(result.tracks().size(), kAlbums * kTracksPerAlbum);
        QCOMPARE(result.unitsRead, kAlbums * kTracksPerAlbum);
        QCOMPARE(result.unitsReused, 0);
        QCOMPARE(lastDone, kAlbums * kTracksPerAlbum);
        QCOMPARE(lastTotal, kAlbums * kTracksPerAlbum);
        QVERIFY2(batches > 10, "the window must be able to fill as the scan goes");
        for (const library::Track& track : result.tracks()) {
            QVERIFY2(track.isReadable(), qPrintable(track.path + track.error));
            QCOMPARE(track.title, QStringLiteral("작은 노래"));
        }
        QCOMPARE(result.tracks().first().path, trackPath(m_root, 0, 0));
        QVERIFY(QFile::exists(m_database));
    }

    void unchangedRescanReadsNothing()
    {
        const library::IndexResult result = library::LibraryIndexer(m_database).update({m_root});
        QCOMPARE(result.unitsRead, 0);
        QCOMPARE(result.unitsReused, kAlbums * kTracksPerAlbum);
        QCOMPARE(result.tracks().size(), kAlbums * kTracksPerAlbum);
        QCOMPARE(result.tracks().first().title, QStringLiteral("작은 노래"));
        QCOMPARE(result.tracks().first().codec, QStringLiteral("FLAC"));
    }

    // A first pass stamps each file as its reader opens it, with no stat() of its own: the very
    // stamp a stat() gives (the unchanged rescan above relies on it); a file gone since the walk
    // is stamped as missing, so it is read again should it come back.
    void filesAreStampedAsTheyAreOpened()
    {
        const QString path = trackPath(m_root, 0, 0);
        QByteArray stamp;
        const QList<library::Track> read =
            library::LibraryScanner::read({path, {}, {}, {}}, &stamp);
        QCOMPARE(read.size(), 1);
        QVERIFY2(read.first().isReadable(), qPrintable(read.first().error));
        QCOMPARE(stamp, library::FileStamp::of(path));
        QCOMPARE(stamp.size(), qsizetype(3 * sizeof(qint64)));

        const QString gone = m_dir.filePath(QStringLiteral("gone.flac"));
        const QList<library::Track> missing =
            library::LibraryScanner::read({gone, {}, {}, {}}, &stamp);
        QCOMPARE(missing.size(), 1);
        QVERIFY(!missing.first().isReadable());
        QCOMPARE(missing.first().error, QStringLiteral("no such file"));
        QCOMPARE(stamp, QByteArrayLiteral("-"));
    }

    // A pass's readers yield to the window: they run at nice 10, on threads of their own that go
    // with the pass, while the thread running the pass keeps its priority.
    void readersYieldToTheWindow()
    {
        QTemporaryDir cache;
        int niced = 0;
        library::LibraryIndexer(cache.filePath(QStringLiteral("library.sqlite")))
            .update({m_root},
                    [&niced](int, int) { niced = std::max(niced, threadsAtNiceness(10)); });
        QVERIFY(niced >= 1);
        QCOMPARE(threadsAtNiceness(10), 0);
        QCOMPARE(::getpriority(PRIO_PROCESS, id_t(::gettid())), 0);
    }

    // The running program's passes run on a thread of their own, which yields to the window as
    // their readers do; the window's thread keeps its priority.
    void theWindowsPassesYieldToIt()
    {
        QTemporaryDir cache;
        library::LibraryUpdater updater(cache.filePath(QStringLiteral("library.sqlite")));
        int niced = 0;
        connect(&updater, &library::LibraryUpdater::progressChanged, this,
                [&niced] { niced = std::max(niced, threadsAtNiceness(10)); });
        QSignalSpy finished(&updater, &library::LibraryUpdater::finished);
        updater.setFolders({m_root});
        QVERIFY(finished.wait(120'000));
        QCOMPARE(finished.first().at(0).value<QList<library::FolderTracksPtr>>().size(), kAlbums);
        QVERIFY2(niced >= 2, "the pass's thread and its readers");
        // The readers went with the pass; its thread waits for the next.
        QCOMPARE(threadsAtNiceness(10), 1);
        QCOMPARE(::getpriority(PRIO_PROCESS, id_t(::gettid())), 0);
    }

    void rescanFollowsEditsAdditionsAndRemovals()
    {
        // Four retagged, three added, three removed: exactly those ten are touched.
        for (int i = 0; i < 4; ++i) {
            const QString path = trackPath(m_root, 10 + i, 5);
            demo::FixtureTags tags;
            tags.title = QStringLiteral("Edited %1").arg(i);
            QVERIFY(demo::writeTags(path, demo::FixtureFormat::Flac, tags).isEmpty());
        }
        for (int i = 0; i < 3; ++i)
            QVERIFY(QFile::copy(m_template, trackPath(m_root, 50, 100 + i)));
        for (int i = 0; i < 3; ++i)
            QVERIFY(QFile::remove(trackPath(m_root, 70, i)));

        const library::IndexResult result = library::LibraryIndexer(m_database).update({m_root});
        QCOMPARE(result.unitsRead, 7);
        QCOMPARE(result.unitsRemoved, 3);
        QCOMPARE(result.tracks().size(), kAlbums * kTracksPerAlbum);
        const QSet<QString> paths = pathsOf(result.tracks());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(paths.contains(trackPath(m_root, 50, 100 + i)));
            QVERIFY(!paths.contains(trackPath(m_root, 70, i)));
        }
        QStringList edited;
        for (const library::Track& track : result.tracks()) {
            if (track.title.startsWith(u"Edited"))
                edited << track.title;
        }
        edited.sort();
        QCOMPARE(edited, QStringList({QStringLiteral("Edited 0"), QStringLiteral("Edited 1"),
                                      QStringLiteral("Edited 2"), QStringLiteral("Edited 3")}));

        const library::IndexResult again = library::LibraryIndexer(m_database).update({m_root});
        QCOMPARE(again.unitsRead, 0);
        QCOMPARE(pathsOf(again.tracks()), paths);
    }

    // The running program keeps one indexer: its later passes start from what the previous pass
    // found, not from the cache, and still see every change and keep the cache current.
    void oneIndexerRescansFromWhatItFound()
    {
        library::LibraryIndexer indexer(m_database);
        const library::IndexResult first = indexer.update({m_root});
        QCOMPARE(first.unitsRead, 0);
        const library::IndexResult unchanged = indexer.update({m_root});
        QCOMPARE(unchanged.unitsRead, 0);
        QCOMPARE(unchanged.unitsReused, kAlbums * kTracksPerAlbum);
        QCOMPARE(unchanged.tracks(), first.tracks());

        demo::FixtureTags tags;
        tags.title = QStringLiteral("Edited again");
        QVERIFY(
            demo::writeTags(trackPath(m_root, 20, 7), demo::FixtureFormat::Flac, tags).isEmpty());
        QVERIFY(QFile::copy(m_template, trackPath(m_root, 20, 200)));
        QVERIFY(QFile::remove(trackPath(m_root, 20, 8)));
        const library::IndexResult changed = indexer.update({m_root});
        QCOMPARE(changed.unitsRead, 2);
        QCOMPARE(changed.unitsRemoved, 1);
        const QSet<QString> paths = pathsOf(changed.tracks());
        QVERIFY(paths.contains(trackPath(m_root, 20, 200)));
        QVERIFY(!paths.contains(trackPath(m_root, 20, 8)));
        QCOMPARE(paths.size(), first.tracks().size());
        const QList<library::Track> changedTracks = changed.tracks();
        const auto edited = std::find_if(
            changedTracks.cbegin(), changedTracks.cend(),
            [this](const library::Track& track) { return track.path == trackPath(m_root, 20, 7); });
        QVERIFY(edited != changedTracks.cend());
        QCOMPARE(edited->title, QStringLiteral("Edited again"));

        QCOMPARE(indexer.update({m_root}).unitsRead, 0);
        const library::IndexResult fromCache = library::LibraryIndexer(m_database).update({m_root});
        QCOMPARE(fromCache.unitsRead, 0);
        QCOMPARE(fromCache.tracks(), changed.tracks());
    }

    // What the running program does when inotify names folders that changed: only those are
    // looked at, a subfolder they gained is walked, one they lost is forgotten with its tracks,
    // and the result is still the whole library in playing order.
    void changedFoldersAloneArePassedOver()
    {
        QTemporaryDir music;
        const QString artist = music.filePath(QStringLiteral("Artist"));
        for (const char* album : {"One", "Two"}) {
            QVERIFY(QDir().mkpath(artist + u'/' + QLatin1String(album)));
            for (int i = 1; i <= 3; ++i)
                QVERIFY(QFile::copy(
                    m_template,
                    QStringLiteral("%1/%2/%3.flac").arg(artist, QLatin1String(album)).arg(i)));
        }
        QTemporaryDir cache;
        library::LibraryIndexer indexer(cache.filePath(QStringLiteral("library.sqlite")));
        QCOMPARE(indexer.update({music.path()}).unitsRead, 6);

        // A tag saved in place in "One": that folder alone is stamped, one file read.
        demo::FixtureTags tags;
        tags.title = QStringLiteral("Retagged");
        QVERIFY(
            demo::writeTags(artist + QStringLiteral("/One/2.flac"), demo::FixtureFormat::Flac, tags)
                .isEmpty());
        library::IndexResult result =
            indexer.updateChanged({music.path()}, {artist + QStringLiteral("/One")});
        QCOMPARE(result.unitsRead, 1);
        QCOMPARE(result.unitsReused, 2);
        QCOMPARE(result.trackCount(), 6);
        QCOMPARE(result.tracks().at(1).title, QStringLiteral("Retagged"));

        // An album added under the artist, and another taken away: the artist's folder changed.
        QVERIFY(QDir().mkpath(artist + QStringLiteral("/Three")));
        QVERIFY(QFile::copy(m_template, artist + QStringLiteral("/Three/1.flac")));
        QVERIFY(QDir(artist + QStringLiteral("/Two")).removeRecursively());
        result = indexer.updateChanged({music.path()}, {artist});
        QCOMPARE(result.unitsRead, 1);
        QCOMPARE(result.unitsRemoved, 3);
        QCOMPARE(result.unitsReused, 0);
        QStringList folders;
        for (const library::FolderTracksPtr& folder : std::as_const(result.folders))
            folders << folder->path.mid(artist.size() + 1);
        QCOMPARE(folders, (QStringList{QStringLiteral("One"), QStringLiteral("Three")}));

        // The cache agrees: a new indexer finds the same without reading.
        const library::IndexResult fromCache =
            library::LibraryIndexer(cache.filePath(QStringLiteral("library.sqlite")))
                .update({music.path()});
        QCOMPARE(fromCache.unitsRead, 0);
        QCOMPARE(fromCache.tracks(), result.tracks());
    }

    // Another folder scanned with the same cache does not disturb the first one's rows.
    void foldersShareTheCache()
    {
        QTemporaryDir other;
        QVERIFY(QFile::copy(m_template, other.filePath(QStringLiteral("one.flac"))));
        const library::IndexResult result =
            library::LibraryIndexer(m_database).update({other.path()});
        QCOMPARE(result.tracks().size(), 1);
        QCOMPARE(result.unitsRemoved, 0);
        QCOMPARE(library::LibraryIndexer(m_database).update({m_root}).unitsRead, 0);
    }

    void damagedCacheIsRebuilt_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("random bytes") << QByteArray(4096, '\x5a');
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated SQLite") << QByteArray("SQLite format 3\0", 16);
    }

    void damagedCacheIsRebuilt()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        QTemporaryDir music;
        for (int i = 0; i < 3; ++i)
            QVERIFY(QFile::copy(m_template, music.filePath(QStringLiteral("%1.flac").arg(i))));
        const QString database = dir.filePath(QStringLiteral("library.sqlite"));
        QFile file(database);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();

        const library::IndexResult result =
            library::LibraryIndexer(database).update({music.path()});
        QCOMPARE(result.tracks().size(), 3);
        QCOMPARE(result.unitsRead, 3);
        QCOMPARE(library::LibraryIndexer(database).update({music.path()}).unitsReused, 3);
        // Liner deletes only what it can prove it made: the damaged file is kept, as it was (an
        // empty file is an empty SQLite database, and used as one).
        QFile kept(database + QStringLiteral(".damaged"));
        QCOMPARE(kept.open(QIODevice::ReadOnly), !contents.isEmpty());
        QCOMPARE(kept.readAll(), contents);
    }

    // Damage inside a valid cache file (a disk error in the middle of a table) is found while
    // reading: what can be read is used, the rest is read again from the files.
    void damagedPagesAreReadAgain()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("library.sqlite"));
        // A clean copy of the 10,000-row cache, with its write-ahead log folded in.
        QVERIFY(library::LibraryIndexer(m_database).update({m_root}).unitsRead == 0);
        QVERIFY(QFile::copy(m_database, database));
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 64 * 1024);
        file.seek(file.size() / 2);
        file.write(QByteArray(16 * 1024, '\x5a'));
        file.close();
        const library::IndexResult result = library::LibraryIndexer(database).update({m_root});
        QCOMPARE(result.tracks().size(), kAlbums * kTracksPerAlbum);
        QVERIFY(result.unitsRead > 0);
        QCOMPARE(library::LibraryIndexer(database).update({m_root}).unitsRead, 0);
    }

    void cacheOfAnotherVersionIsRebuilt()
    {
        QTemporaryDir dir;
        QTemporaryDir music;
        QVERIFY(QFile::copy(m_template, music.filePath(QStringLiteral("a.flac"))));
        const QString database = dir.filePath(QStringLiteral("library.sqlite"));
        QCOMPARE(library::LibraryIndexer(database).update({music.path()}).unitsRead, 1);
        {
            // As a later Liner would leave it: same table, a newer schema number.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "newer");
            db.setDatabaseName(database);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        const library::IndexResult result =
            library::LibraryIndexer(database).update({music.path()});
        QCOMPARE(result.unitsRead, 1);
        QVERIFY2(result.problems.join(u' ').contains(u"rebuilt"),
                 qPrintable(result.problems.join(u' ')));
        QVERIFY(QFileInfo::exists(database + QStringLiteral(".schema-99")));
    }

    // Files of a folder that say the same in their details (one composer, one comment) keep one
    // copy of them, in the folder read from the files and in the one read back from the cache.
    void repeatedDetailsAreKeptOnce()
    {
        QTemporaryDir dir;
        const QString music = dir.filePath(QStringLiteral("music"));
        QVERIFY(QDir().mkpath(music));
        demo::FixtureTags tags;
        tags.album = QStringLiteral("A");
        tags.comment = QStringLiteral("Recorded at Studio Lupin");
        tags.extra.insert(QStringLiteral("COMPOSER"), QStringLiteral("Nam Hye-seung"));
        for (int number = 1; number <= 3; ++number) {
            tags.trackNumber = number;
            if (number == 3)
                tags.comment = QStringLiteral("Bonus");
            QVERIFY(demo::writeFixture(QStringLiteral("%1/%2.flac").arg(music).arg(number),
                                       demo::FixtureFormat::Flac, demo::fixtureSignal(8000, 1, 400),
                                       tags)
                        .isEmpty());
        }
        const QString database = dir.filePath(QStringLiteral("library.sqlite"));
        for (const int read : {3, 0}) {
            const library::IndexResult result = library::LibraryIndexer(database).update({music});
            QCOMPARE(result.unitsRead, read);
            QCOMPARE(result.folders.size(), 1);
            const library::FolderTracks& folder = *result.folders.first();
            QCOMPARE(folder.size(), 3);
            QCOMPARE(folder.track(1).composer, QStringLiteral("Nam Hye-seung"));
            // The same bytes, not an equal copy of them.
            QVERIFY(folder.tracks[1].details.constData() == folder.tracks[0].details.constData());
            QVERIFY(folder.tracks[2].details.constData() != folder.tracks[1].details.constData());
            QCOMPARE(folder.track(2).comment, QStringLiteral("Bonus"));
        }
    }

    // A cache the user made read-only is read and never written, and the window is told so.
    void aReadOnlyCacheIsReadAndNeverWritten()
    {
        QTemporaryDir dir;
        QTemporaryDir music;
        QVERIFY(QFile::copy(m_template, music.filePath(QStringLiteral("a.flac"))));
        const QString database = dir.filePath(QStringLiteral("library.sqlite"));
        QCOMPARE(library::LibraryIndexer(database).update({music.path()}).unitsRead, 1);
        QVERIFY(QFile::setPermissions(database, QFile::ReadOwner | QFile::ReadGroup));
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QVERIFY(QFile::copy(m_template, music.filePath(QStringLiteral("b.flac"))));

        const library::IndexResult result =
            library::LibraryIndexer(database).update({music.path()});
        QCOMPARE(result.unitsReused, 1);
        QCOMPARE(result.unitsRead, 1);
        QVERIFY2(result.problems.join(u' ').contains(u"read-only"),
                 qPrintable(result.problems.join(u' ')));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

private:
    QTemporaryDir m_dir;
    QString m_template;
    QString m_root;
    QString m_database;
};

QTEST_GUILESS_MAIN(TestLibraryIndexer)
#include "tst_libraryindexer.moc"
