#include "library/AlbumGrouping.h"
#include "library/AlbumModel.h"
#include "library/FolderTracks.h"
#include "library/GroupingCache.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace liner;

namespace {

// 2,400 albums of three tracks, and two parts of one soundtrack: a library the model groups aside
// (AlbumModel::kGroupedAsideFrom), with every kind of album.
QList<library::Track> largeLibrary()
{
    QList<library::Track> tracks;
    for (int album = 0; album < 2400; ++album) {
        for (int number = 1; number <= 3; ++number) {
            library::Track t;
            t.path = QStringLiteral("/music/Album %1/%2.flac").arg(album).arg(number);
            t.album = QStringLiteral("Album %1").arg(album);
            t.albumArtist = QStringLiteral("Artist %1").arg(album % 7);
            t.title = QStringLiteral("Song %1").arg(number);
            t.trackNumber = number;
            tracks << t;
        }
    }
    const QStringList parts{
        QStringLiteral("Queen of Tears (Original Television Soundtrack), Pt. 1"),
        QStringLiteral("눈물의 여왕 OST Part.2")};
    for (qsizetype part = 0; part < parts.size(); ++part) {
        library::Track t;
        t.path = QStringLiteral("/music/OST %1/1.flac").arg(part + 1);
        t.album = parts[part];
        t.artist = part == 0 ? QStringLiteral("Kim Soo Hyun") : QStringLiteral("Crush");
        t.trackNumber = 1;
        tracks << t;
    }
    return tracks;
}

// The folders as a start reads them from the library cache: each with its row's digest.
QList<library::FolderTracksPtr> readFromCache(const QList<library::Track>& tracks)
{
    QList<library::FolderTracksPtr> folders;
    const auto strings = std::make_shared<library::StringPool>();
    for (const library::FolderTracksPtr& folder : library::foldersOf(tracks))
        folders << library::FolderTracks::fromBytes(folder->path, folder->toBytes(), strings);
    return folders;
}

library::WorkTitles queenOfTears()
{
    library::WorkTitles works;
    works.join({QStringLiteral("queenoftears"), QStringLiteral("눈물의여왕")});
    return works;
}

// Every album the model lists, by what a listener sees of it, in key order.
QStringList albumsOf(const library::AlbumModel& model)
{
    QStringList albums;
    for (int row = 0; row < model.rowCount(); ++row) {
        const library::Album& album = model.album(row);
        QStringList tracks;
        for (const library::TrackRef& ref : album.tracks)
            tracks << ref.folder->pathOf(ref.index);
        albums << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6")
                      .arg(album.key, album.title, album.artist, library::albumKindName(album.kind),
                           tracks.join(u','), album.searchText);
    }
    albums.sort();
    return albums;
}

} // namespace

// A large library's albums are kept beside the library cache (GroupingCache), so that the next
// start from the same cache reads them rather than grouping every track again; they are used for
// exactly the folders and work titles they were grouped from, and for nothing else.
class TestGroupingCache : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        m_tracks = largeLibrary();
        QVERIFY(m_tracks.size() >= library::AlbumModel::kGroupedAsideFrom);
        library::AlbumModel grouped;
        grouped.setWorkTitles(queenOfTears());
        m_expected = albumsOf(*settled(grouped, library::foldersOf(m_tracks)));
        QCOMPARE(m_expected.size(), 2400 + 1);
        QCOMPARE(kept().size(), 0);
    }

    void theNextStartReadsTheAlbumsKept()
    {
        // The first start groups, and keeps what it made.
        QCOMPARE(albumsOf(*start(readFromCache(m_tracks))), m_expected);
        const QStringList files = kept();
        QCOMPARE(files, QStringList{fileFor(m_tracks)});
        // The next reads them back: as they were, and from the file (changed here, the same
        // length, so that it still reads).
        QCOMPARE(albumsOf(*start(readFromCache(m_tracks))), m_expected);
        QFile file(m_cache.filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        QByteArray changed = original;
        changed.replace(utf16be(u"Album 2399"), utf16be(u"Album 9932"));
        QVERIFY(changed != original);
        write(files.first(), changed);
        const std::unique_ptr<library::AlbumModel> model = start(readFromCache(m_tracks));
        QCOMPARE(model->album(model->rowOfTrack(QStringLiteral("/music/Album 2399/1.flac"))).title,
                 QStringLiteral("Album 9932"));
        write(files.first(), original);
        QCOMPARE(kept(), files);
    }

    // A folder changed since (a tag edited) gives other folders: they are grouped again, and kept
    // beside the others.
    void changedFoldersAreGroupedAgain()
    {
        QList<library::Track> edited = m_tracks;
        edited[4].album = QStringLiteral("Album 1 (Deluxe)");
        const std::unique_ptr<library::AlbumModel> model = start(readFromCache(edited));
        QCOMPARE(model->album(model->rowOfTrack(edited[4].path)).title,
                 QStringLiteral("Album 1 (Deluxe)"));
        QCOMPARE(model->rowCount(), m_expected.size() + 1);
        QCOMPARE(kept().size(), 2);
    }

    // Without the work titles, the soundtrack's two parts are two albums: a grouping made with
    // them is not used without them, nor the other way round.
    void otherWorkTitlesAreGroupedAgain()
    {
        const std::unique_ptr<library::AlbumModel> without =
            start(readFromCache(m_tracks), library::WorkTitles());
        QCOMPARE(without->rowCount(), m_expected.size() + 1);
        QCOMPARE(kept().size(), 3);
        QCOMPARE(albumsOf(*start(readFromCache(m_tracks))), m_expected);
    }

    // Damaged, cut short or longer than it was, a kept grouping is not used: the library is grouped
    // again, and the file written anew.
    void aDamagedFileIsGroupedAgain_data()
    {
        QTest::addColumn<int>("cut");
        QTest::newRow("cut to nothing") << 0;
        QTest::newRow("cut in its header") << 10;
        QTest::newRow("cut in half") << -2;
        QTest::newRow("last byte gone") << -1;
        QTest::newRow("a byte more") << -3;
    }

    void aDamagedFileIsGroupedAgain()
    {
        QFETCH(int, cut);
        const QString name = fileFor(m_tracks);
        QVERIFY(kept().contains(name));
        QFile file(m_cache.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray whole = file.readAll();
        file.close();
        if (cut == -3)
            write(name, whole + '\0');
        else
            write(name, whole.left(cut >= 0    ? cut
                                   : cut == -1 ? whole.size() - 1
                                               : whole.size() / 2));
        QCOMPARE(albumsOf(*start(readFromCache(m_tracks))), m_expected);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), whole);
    }

    // Folders a pass read from the files (not from the cache) are not kept: the next start would
    // not find them so.
    void foldersNotFromTheCacheAreNotKept()
    {
        const QStringList before = kept();
        QList<library::Track> added = m_tracks;
        added[0].title = QStringLiteral("Retitled");
        QCOMPARE(start(library::foldersOf(added))->rowCount(), m_expected.size());
        QCOMPARE(kept(), before);
    }

    // The last few are kept, the others removed.
    void theLastFewAreKept()
    {
        QList<library::Track> edited = m_tracks;
        for (int edit = 0; edit < 3; ++edit) {
            edited[0].album = QStringLiteral("Edit %1").arg(edit);
            start(readFromCache(edited));
        }
        QCOMPARE(kept().size(), 3);
        QVERIFY(!kept().contains(fileFor(m_tracks)));
        QVERIFY(kept().contains(fileFor(edited)));
    }

private:
    static QByteArray utf16be(QStringView text)
    {
        QByteArray bytes;
        for (const QChar c : text)
            bytes.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
        return bytes;
    }

    QStringList kept() const
    {
        return QDir(m_cache.path())
            .entryList({QStringLiteral("albums-*.bin")}, QDir::Files, QDir::Name);
    }

    // The file a start from the cache of these tracks reads.
    static QString fileFor(const QList<library::Track>& tracks)
    {
        const quint64 fingerprint =
            library::GroupingCache::fingerprintOf(readFromCache(tracks), queenOfTears());
        return QStringLiteral("albums-%1.bin").arg(fingerprint, 16, 16, QLatin1Char('0'));
    }

    void write(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_cache.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    static library::AlbumModel* settled(library::AlbumModel& model,
                                        const QList<library::FolderTracksPtr>& folders)
    {
        QSignalSpy settled(&model, &library::AlbumModel::albumsSettled);
        model.setFolders(folders);
        if (!model.isGrouping() || settled.wait(60000))
            return &model;
        return nullptr;
    }

    // A start: the window's model, given the library cache's folders.
    std::unique_ptr<library::AlbumModel> start(const QList<library::FolderTracksPtr>& folders,
                                               const library::WorkTitles& works = queenOfTears())
    {
        auto model = std::make_unique<library::AlbumModel>();
        model->setGroupingCache(m_cache.path());
        model->setWorkTitles(works);
        if (!settled(*model, folders))
            qFatal("the albums did not settle");
        return model;
    }

    QTemporaryDir m_cache;
    QList<library::Track> m_tracks;
    QStringList m_expected;
};

QTEST_MAIN(TestGroupingCache)
#include "tst_groupingcache.moc"
