#include "demo/FixtureWriter.h"
#include "library/AlbumGrouping.h"
#include "library/AlbumModel.h"
#include "library/LibraryStore.h"
#include "library/LibraryUpdater.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QIcon>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;

namespace {

library::Track track(const QString& album, const QString& artist, int number, int disc = 1,
                     const QString& root = QStringLiteral("/music"))
{
    library::Track t;
    t.path = QStringLiteral("%1/%2/%3-%4.flac").arg(root, album).arg(disc).arg(number);
    t.album = album;
    t.albumArtist = artist;
    t.title = QStringLiteral("%1 %2").arg(album).arg(number);
    t.trackNumber = number;
    t.discNumber = disc;
    return t;
}

// 2,400 albums of three tracks under `root`: a library the model groups aside, with albums and
// folders enough to be grouped on every core (common::inParts)
// (AlbumModel::kGroupedAsideFrom).
QList<library::Track> largeLibrary(const QString& root = QStringLiteral("/music"))
{
    QList<library::Track> tracks;
    for (int album = 0; album < 2400; ++album) {
        for (int number = 1; number <= 3; ++number)
            tracks << track(QStringLiteral("Album %1").arg(album),
                            QStringLiteral("Artist %1").arg(album % 7), number, 1, root);
    }
    return tracks;
}

// A song of a server's album as the server client makes it: its path the song's location, its
// album folder the album's.
library::Track serverSong(const QString& host, const QString& albumId, int number)
{
    library::Track t =
        track(QStringLiteral("Love Songs"), QStringLiteral("Liner Fixtures"), number);
    t.path = QStringLiteral("subsonic://alice@%1:4040/song/%2-%3").arg(host, albumId).arg(number);
    t.albumFolder = QStringLiteral("subsonic://alice@%1:4040/album/%2").arg(host, albumId);
    return t;
}

} // namespace

class TestAlbumModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Albums group by album artist and title across discs, in batches, under the model tester.
    void groupsTracksIntoAlbums()
    {
        library::AlbumModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addFolders(
            library::foldersOf({track("눈물의 여왕", "Various", 2), track("Other", "Someone", 1)}));
        // A folder comes again, whole, as a scan reads more of it.
        model.addFolders(library::foldersOf({track("눈물의 여왕", "Various", 1, 2),
                                             track("눈물의 여왕", "Various", 1),
                                             track("눈물의 여왕", "Various", 2)}));
        library::Track broken = track("Broken", "X", 1);
        broken.error = QStringLiteral("damaged");
        model.addFolders(library::foldersOf({broken}));
        QCOMPARE(model.rowCount(), 2);
        const library::Album& queen = model.album(0);
        QCOMPARE(queen.title, QStringLiteral("눈물의 여왕"));
        QCOMPARE(queen.discs, 2);
        QCOMPARE(queen.tracks.size(), 3);
        QCOMPARE(queen.tracks[0].track().trackNumber, 1);
        QCOMPARE(queen.tracks[0].track().discNumber, 1);
        QCOMPARE(queen.tracks[2].track().discNumber, 2);
        QCOMPARE(model.rowOfTrack(QStringLiteral("/music/Other/1-1.flac")), 1);

        // The finished scan no longer has "Other" and brings a new album.
        model.setFolders(
            library::foldersOf({track("눈물의 여왕", "Various", 1), track("New", "Band", 1)}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.album(0).tracks.size(), 1);
        QCOMPARE(model.album(1).title, QStringLiteral("New"));
        QCOMPARE(model.rowOfTrack(QStringLiteral("/music/Other/1-1.flac")), -1);
    }

    // Two albums of one title and artist on a server stay two, as two folders keep them apart
    // on disk, in the window's model and in the grouping `liner --albums` prints; the server
    // says which is which when the year does not.
    void keepsAServersAlbumsApart()
    {
        const QList<library::Track> tracks{
            serverSong(QStringLiteral("music.home"), QStringLiteral("a1"), 1),
            serverSong(QStringLiteral("music.home"), QStringLiteral("a2"), 1),
            serverSong(QStringLiteral("music.home"), QStringLiteral("a1"), 2),
            serverSong(QStringLiteral("nas.local"), QStringLiteral("a1"), 1),
            track(QStringLiteral("Love Songs"), QStringLiteral("Liner Fixtures"), 1)};
        const QList<library::AlbumGroup> groups = library::groupAlbums(tracks);
        QCOMPARE(groups.size(), 4);
        QStringList distinctions;
        for (const library::AlbumGroup& group : groups) {
            QCOMPARE(group.title, QStringLiteral("Love Songs"));
            QCOMPARE(group.folders.size(), 1);
            distinctions << group.distinction;
        }
        distinctions.sort();
        QCOMPARE(distinctions,
                 (QStringList{QStringLiteral("Love Songs"), QStringLiteral("music.home/album/a1"),
                              QStringLiteral("music.home/album/a2"), QStringLiteral("nas.local")}));
        const auto first = std::find_if(groups.cbegin(), groups.cend(), [](const auto& group) {
            return group.distinction == u"music.home/album/a1";
        });
        QCOMPARE(first->rows, (QList<qsizetype>{0, 2}));
        QCOMPARE(first->folders.first(),
                 QStringLiteral("subsonic://alice@music.home:4040/album/a1"));

        library::AlbumModel model;
        model.addFolders(library::foldersOf(tracks.mid(0, 2)));
        model.addFolders(library::foldersOf(tracks.mid(2)));
        QCOMPARE(model.rowCount(), 4);
        // The finished pass tells them apart.
        model.setFolders(library::foldersOf(tracks));
        QCOMPARE(model.rowCount(), 4);
        QSet<QString> shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.insert(model.index(row).data().toString());
        QCOMPARE(shown.size(), 4);
        QVERIFY(shown.contains(QStringLiteral("Love Songs\nLiner Fixtures · music.home/album/a2")));
    }

    // The first folders a model is given (at a start, all the library cache holds) are grouped
    // by the whole library's rules at once, as a finished pass would: a folder holding two albums
    // of one title by two album artists shows two albums from the first paint. The finished pass
    // that found nothing changed then leaves every row as it is.
    void groupsTheFirstFoldersAsAWholeLibrary()
    {
        library::Track heize = track(QStringLiteral("Happen"), QStringLiteral("Heize"), 1);
        library::Track other = track(QStringLiteral("Happen"), QStringLiteral("Crush"), 2);
        const QList<library::FolderTracksPtr> folders =
            library::foldersOf({heize, other, track(QStringLiteral("Other"), "Someone", 1)});
        library::AlbumModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addFolders(folders);
        QCOMPARE(model.rowCount(), 3);
        QStringList artists;
        for (int row = 0; row < model.rowCount(); ++row)
            artists << model.album(row).artist;
        artists.sort();
        QCOMPARE(artists, (QStringList{"Crush", "Heize", "Someone"}));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setFolders(folders);
        QCOMPARE(changed.size() + inserted.size() + removed.size(), 0);
        QCOMPARE(model.rowCount(), 3);
    }

    // A large library (a start from the cache of 100,000 tracks) is grouped off the caller's
    // thread: the call returns with the rows as they were, and the albums come as grouping here
    // would make them. What comes meanwhile is taken after, in order: a scan's batch, work titles
    // read from the notes, and a whole library, which stands for every batch before it.
    void groupsALargeLibraryAside()
    {
        const QList<library::Track> tracks = largeLibrary();
        QVERIFY(tracks.size() >= library::AlbumModel::kGroupedAsideFrom);
        const QList<library::Track> parts{
            track(QStringLiteral("Queen of Tears (Original Television Soundtrack), Pt. 1"),
                  QStringLiteral("Kim Soo Hyun"), 1),
            track(QStringLiteral("눈물의 여왕 OST Part.2"), QStringLiteral("Crush"), 1)};
        library::AlbumModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy settled(&model, &library::AlbumModel::albumsSettled);
        model.setFolders(library::foldersOf(tracks + parts));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isGrouping());
        model.addFolders(library::foldersOf({track(QStringLiteral("Late"), "Band", 1)}));
        library::WorkTitles works;
        works.join({QStringLiteral("queenoftears"), QStringLiteral("눈물의여왕")});
        model.setWorkTitles(works);
        QCOMPARE(model.rowCount(), 0);
        // The batch is the last taken.
        QTRY_VERIFY(model.rowOfTrack(QStringLiteral("/music/Late/1-1.flac")) >= 0);
        QCOMPARE(model.rowCount(), 2400 + 1 + 1);
        QVERIFY(!model.isGrouping());
        QCOMPARE(settled.size(), 1);
        for (const library::AlbumGroup& expected : library::groupAlbums(tracks)) {
            const int row = model.rowOfKey(expected.key);
            QVERIFY2(row >= 0, qPrintable(expected.key));
            QCOMPARE(model.album(row).title, expected.title);
            QCOMPARE(model.album(row).artist, expected.artist);
            QCOMPARE(model.album(row).tracks.size(), expected.rows.size());
            QCOMPARE(model.album(row).tracks.first().track().trackNumber, 1);
        }
        const int soundtrack = model.rowOfTrack(parts[1].path);
        QCOMPARE(model.album(soundtrack).kind, library::AlbumKind::Soundtrack);
        QCOMPARE(model.album(soundtrack).parts.size(), 2);
        QCOMPARE(model.rowOfTrack(parts[0].path), soundtrack);

        model.setFolders(library::foldersOf(tracks.mid(0, 5500)));
        model.setFolders(library::foldersOf(tracks.mid(0, 5000)));
        model.addFolders(library::foldersOf({track(QStringLiteral("Later"), "Band", 1)}));
        QTRY_VERIFY(model.rowOfTrack(QStringLiteral("/music/Later/1-1.flac")) >= 0);
        // 5,000 tracks: 1,666 whole albums and two tracks of the next.
        QCOMPARE(model.rowCount(), 1667 + 1);
        QCOMPARE(model.rowOfTrack(QStringLiteral("/music/Album 1700/1-1.flac")), -1);
        QCOMPARE(model.rowOfTrack(QStringLiteral("/music/Late/1-1.flac")), -1);
        QVERIFY(model.rowOfTrack(QStringLiteral("/music/Album 1665/1-3.flac")) >= 0);
        QCOMPARE(model.album(model.rowOfTrack(QStringLiteral("/music/Album 1666/1-1.flac")))
                     .tracks.size(),
                 2);
    }

    // A start from the cache of a large library: the window groups what the cache held off its
    // thread, and the first pass walks the disk only once those albums show, so the grouping has
    // both cores. Here the folders are gone from the disk, which the walk finds at once: without
    // the wait, the pass would end before the albums were grouped.
    void theFirstPassWaitsForTheCachedAlbums()
    {
        QTemporaryDir music;
        QTemporaryDir cache;
        const QList<library::Track> tracks = largeLibrary(music.path());
        const QString database = cache.filePath(QStringLiteral("library.sqlite"));
        QVERIFY(library::LibraryStore(database).save(library::foldersOf(tracks), {}));

        library::LibraryUpdater updater(database);
        library::AlbumModel model;
        QStringList events;
        connect(&updater, &library::LibraryUpdater::foldersArrived, &model,
                &library::AlbumModel::addFolders);
        updater.setShowing([&model] { return model.isGrouping(); });
        connect(&model, &library::AlbumModel::albumsSettled, &updater,
                &library::LibraryUpdater::firstFoldersShown);
        connect(&model, &library::AlbumModel::albumsSettled, this, [&events, &model] {
            events << QStringLiteral("settled %1").arg(model.rowCount());
        });
        connect(&updater, &library::LibraryUpdater::finished, this,
                [&events](const QList<library::FolderTracksPtr>& folders) {
                    events << QStringLiteral("finished %1").arg(folders.size());
                });
        updater.setFolders({music.path()});
        QTRY_COMPARE(events.size(), 2);
        QCOMPARE(events,
                 (QStringList{QStringLiteral("settled 2400"), QStringLiteral("finished 0")}));
    }

    void searchFindsAlbumsByTheirTracks()
    {
        library::AlbumModel model;
        library::Track sad = track("Queen", "Various", 1);
        sad.mood = QStringLiteral("Longing");
        // What only the liner notes say of a track is searched too.
        library::Track told = track("King", "Various", 1);
        told.moods = QStringList{QStringLiteral("Tender")};
        told.characters = QStringList{QStringLiteral("Hong Hae-in")};
        told.scenes = QStringList{QStringLiteral("The sunset on the subway")};
        model.addFolders(library::foldersOf({sad, told}));
        QSortFilterProxyModel search;
        search.setFilterRole(library::AlbumModel::SearchTextRole);
        search.setFilterCaseSensitivity(Qt::CaseInsensitive);
        search.setSourceModel(&model);
        QAbstractItemModelTester tester(&search,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        search.setFilterFixedString(QStringLiteral("longing"));
        QCOMPARE(search.rowCount(), 1);
        QCOMPARE(search.index(0, 0).data().toString(), QStringLiteral("Queen\nVarious Artists"));
        search.setFilterFixedString(QStringLiteral("king 1"));
        QCOMPARE(search.rowCount(), 1);
        for (const char* words : {"tender", "hae-in", "subway"}) {
            search.setFilterFixedString(QString::fromLatin1(words));
            QCOMPARE(search.rowCount(), 1);
            QCOMPARE(search.index(0, 0).data(library::AlbumModel::KeyRole), model.album(1).key);
        }
    }

    // A real scan fills the model through the updater's batches; a file added while it runs
    // is picked up by the folder watch; covers arrive as thumbnails.
    void updaterFillsAndWatches()
    {
        QTemporaryDir music;
        QTemporaryDir cache;
        demo::FixtureTags tags;
        tags.album = QStringLiteral("Watched");
        tags.albumArtist = QStringLiteral("Liner");
        tags.embedCover = true;
        const demo::PcmBuffer pcm = demo::fixtureSignal(8000, 1, 800);
        QVERIFY(demo::writeFixture(music.filePath("1.flac"), demo::FixtureFormat::Flac, pcm, tags)
                    .isEmpty());

        library::LibraryUpdater updater(cache.filePath(QStringLiteral("library.sqlite")));
        library::AlbumModel model;
        connect(&updater, &library::LibraryUpdater::foldersArrived, &model,
                &library::AlbumModel::addFolders);
        connect(&updater, &library::LibraryUpdater::finished, &model,
                [&model](const QList<library::FolderTracksPtr>& folders) {
                    model.setFolders(folders);
                });
        QSignalSpy finished(&updater, &library::LibraryUpdater::finished);
        QSignalSpy progress(&updater, &library::LibraryUpdater::progressChanged);
        updater.setFolders({music.path()});
        QVERIFY(finished.wait(30000));
        QCOMPARE(progress.last().at(0).toInt(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.album(0).tracks.size(), 1);

        QVERIFY(!model.index(0).data(Qt::DecorationRole).isValid());
        QTRY_VERIFY_WITH_TIMEOUT(model.index(0).data(Qt::DecorationRole).isValid(), 20000);
        const QIcon thumbnail = model.index(0).data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!thumbnail.isNull());
        QCOMPARE(thumbnail.availableSizes().value(0).width(),
                 library::AlbumModel::kThumbnailPixels);
        QVERIFY(!QDir(library::CoverThumbnails::cacheFolder()).isEmpty());

        tags.trackNumber = 2;
        QVERIFY(demo::writeFixture(music.filePath("2.flac"), demo::FixtureFormat::Flac, pcm, tags)
                    .isEmpty());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(0).value<QList<library::FolderTracksPtr>>().value(0)->size(),
                 2);
        QCOMPARE(model.album(0).tracks.size(), 2);
    }
};

QTEST_MAIN(TestAlbumModel)
#include "tst_albummodel.moc"
