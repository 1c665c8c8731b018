#include "demo/FixtureWriter.h"
#include "library/AlbumModel.h"
#include "library/LibraryUpdater.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QIcon>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;

namespace {

library::Track track(const QString& album, const QString& artist, int number, int disc = 1)
{
    library::Track t;
    t.path = QStringLiteral("/music/%1/%2-%3.flac").arg(album).arg(disc).arg(number);
    t.album = album;
    t.albumArtist = artist;
    t.title = QStringLiteral("%1 %2").arg(album).arg(number);
    t.trackNumber = number;
    t.discNumber = disc;
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
        model.addTracks({track("눈물의 여왕", "Various", 2), track("Other", "Someone", 1)});
        model.addTracks(
            {track("눈물의 여왕", "Various", 1, 2), track("눈물의 여왕", "Various", 1)});
        library::Track broken = track("Broken", "X", 1);
        broken.error = QStringLiteral("damaged");
        model.addTracks({broken});
        QCOMPARE(model.rowCount(), 2);
        const library::Album& queen = model.album(0);
        QCOMPARE(queen.title, QStringLiteral("눈물의 여왕"));
        QCOMPARE(queen.discs, 2);
        QCOMPARE(queen.tracks.size(), 3);
        QCOMPARE(queen.tracks[0].trackNumber, 1);
        QCOMPARE(queen.tracks[0].discNumber, 1);
        QCOMPARE(queen.tracks[2].discNumber, 2);
        QCOMPARE(model.rowOfTrack(QStringLiteral("/music/Other/1-1.flac")), 1);

        // The finished scan no longer has "Other" and brings a new album.
        model.setTracks({track("눈물의 여왕", "Various", 1), track("New", "Band", 1)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.album(0).tracks.size(), 1);
        QCOMPARE(model.album(1).title, QStringLiteral("New"));
        QCOMPARE(model.rowOfTrack(QStringLiteral("/music/Other/1-1.flac")), -1);
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
        model.addTracks({sad, told});
        library::AlbumOrderModel search;
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
        connect(&updater, &library::LibraryUpdater::tracksArrived, &model,
                &library::AlbumModel::addTracks);
        connect(&updater, &library::LibraryUpdater::finished, &model,
                [&model](const QList<library::Track>& tracks) { model.setTracks(tracks); });
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
        QCOMPARE(finished.last().at(0).value<QList<library::Track>>().size(), 2);
        QCOMPARE(model.album(0).tracks.size(), 2);
    }
};

QTEST_MAIN(TestAlbumModel)
#include "tst_albummodel.moc"
