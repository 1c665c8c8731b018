#include "library/FolderTracks.h"
#include "library/LibraryStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;

namespace {

// More rows than the store decodes at once, and batches that do not divide them evenly, so that
// rows are decoded on every core and across batches.
constexpr int kFolders = 2500;
constexpr int kTracksPerFolder = 2;

// Folders whose texts recur across the whole library (one genre and codec for all, an artist
// for every seven folders) and within each (its album), in Korean and Latin script.
QList<library::Track> libraryTracks()
{
    QList<library::Track> tracks;
    for (int folder = 0; folder < kFolders; ++folder) {
        for (int number = 1; number <= kTracksPerFolder; ++number) {
            library::Track track;
            track.path = QStringLiteral("/music/%1/%2.flac").arg(folder).arg(number);
            track.title = QStringLiteral("노래 %1-%2").arg(folder).arg(number);
            track.album = QStringLiteral("앨범 %1").arg(folder);
            track.artist = QStringLiteral("Artist %1").arg(folder / 7);
            track.genre = QStringLiteral("Soundtrack");
            track.codec = QStringLiteral("FLAC");
            track.moods = QStringList{QStringLiteral("longing"), QStringLiteral("그리움")};
            track.trackNumber = number;
            tracks << track;
        }
    }
    return tracks;
}

QString folderPath(int folder)
{
    return QStringLiteral("/music/%1").arg(folder);
}

} // namespace

// The library cache read back whole, against a real SQLite file: every row, in the order saved,
// decoded on every core but numbered in the one pool it is given.
class TestLibraryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_tracks = libraryTracks();
    }

    void everyRowIsReadInOrder()
    {
        const QString database = m_dir.filePath(QStringLiteral("whole.sqlite"));
        const QList<library::FolderTracksPtr> saved = library::foldersOf(m_tracks);
        QCOMPARE(saved.size(), kFolders);
        {
            library::LibraryStore store(database);
            QVERIFY(store.save(saved, {}));
        }
        library::LibraryStore store(database);
        const auto strings = std::make_shared<library::StringPool>();
        const QList<library::FolderTracksPtr> read = store.load(strings);
        QVERIFY2(store.problem().isEmpty(), qPrintable(store.problem()));
        QVERIFY(!store.wasRebuilt());
        QCOMPARE(read.size(), kFolders);
        for (int folder = 0; folder < kFolders; ++folder) {
            QCOMPARE(read[folder]->path, folderPath(folder));
            QVERIFY(read[folder]->strings == strings);
            QCOMPARE(read[folder]->size(), kTracksPerFolder);
            for (int i = 0; i < kTracksPerFolder; ++i)
                QCOMPARE(read[folder]->track(i), m_tracks[folder * kTracksPerFolder + i]);
        }
        // A text the whole library shares has one number, whichever thread decoded its rows.
        const library::CompactTrack& first = read.first()->tracks[0];
        const library::CompactTrack& last = read.last()->tracks[0];
        QCOMPARE(first.genre, last.genre);
        QCOMPARE(first.codec, last.codec);
        QCOMPARE(first.moods, last.moods);
        QVERIFY(first.album != last.album);
        QCOMPARE(read[7]->tracks[0].artist, read[13]->tracks[1].artist);
    }

    // Damaged rows among many are left out, wherever they fall in a batch; the others are read,
    // in order, and the cache is started afresh for the caller to write them back.
    void damagedRowsAreLeftOut()
    {
        const QString database = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            library::LibraryStore store(database);
            QVERIFY(store.save(library::foldersOf(m_tracks), {}));
        }
        const QList<int> damaged{0, 1023, 1024, 2499};
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "damage");
            db.setDatabaseName(database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.prepare(QStringLiteral("UPDATE folder SET tracks = ? WHERE path = ?")));
            for (const int folder : damaged) {
                query.bindValue(0, QByteArray("\x02\x00\x00", 3));
                query.bindValue(1, folderPath(folder));
                QVERIFY(query.exec());
                QCOMPARE(query.numRowsAffected(), 1);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("damage"));

        library::LibraryStore store(database);
        const QList<library::FolderTracksPtr> read =
            store.load(std::make_shared<library::StringPool>());
        QCOMPARE(read.size(), kFolders - damaged.size());
        qsizetype at = 0;
        for (int folder = 0; folder < kFolders; ++folder) {
            if (damaged.contains(folder))
                continue;
            QCOMPARE(read[at]->path, folderPath(folder));
            QCOMPARE(read[at]->track(1), m_tracks[folder * kTracksPerFolder + 1]);
            ++at;
        }
        QVERIFY(store.wasRebuilt());
        QVERIFY2(store.problem().contains(QStringLiteral("4 damaged rows")),
                 qPrintable(store.problem()));
    }

private:
    QTemporaryDir m_dir;
    QList<library::Track> m_tracks;
};

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_librarystore.moc"
