#pragma once

#include "library/AlbumGrouping.h"
#include "library/CoverThumbnails.h"
#include "library/FolderTracks.h"
#include "library/Track.h"

#include <QAbstractListModel>
#include <QCollator>
#include <QCollatorSortKey>
#include <QFutureWatcher>
#include <QHash>
#include <optional>

namespace liner::library {

// One album as the library shows it (see albumKeyOf for what makes one), its tracks in play order.
// It refers to its tracks (TrackRef) rather than holding them: a library of 100,000 tracks is kept
// once, compactly, in its folders.
struct Album : AlbumInfo
{
    QList<TrackRef> tracks;
    // Album, artists, titles and the moods, characters and scenes of its tracks, case-folded, for
    // the search box.
    QString searchText;
    // Its title's and artist's places in the library's order (see isBefore), made once.
    std::optional<QCollatorSortKey> titleOrder;
    std::optional<QCollatorSortKey> artistOrder;

    // Its tracks, whole.
    QList<Track> wholeTracks() const;
};

// The whole library grouped into albums: made on any thread (AlbumModel::group), shown on the
// model's (AlbumModel::apply).
struct GroupedLibrary
{
    QHash<QString, FolderTracksPtr> folders;
    QList<Album> albums;
    QHash<QString, qsizetype> indexOfKey;
};

// The library's albums, one row each, grouped by the rules of AlbumGrouping and filled folder by
// folder as a scan finds them; each finished pass that changed anything regroups the whole library
// (groupAlbums), so what the rows hold then is exactly what `liner --albums` prints. Rows are in
// arrival order: AlbumSearchModel puts them in library order (before()). Covers are thumbnails
// made off the UI thread on first display (see CoverThumbnails) and shown when ready.
// A whole library of kGroupedAsideFrom tracks or more (a start from the cache of a large one) is
// grouped on a worker thread, so the window answers meanwhile; the rows stay as they were until
// the albums are ready, and folders given in the meantime are taken in that order afterwards.
class AlbumModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ArtistRole = Qt::UserRole + 1,
        YearRole,
        TrackCountRole,
        // Album, artists, titles and moods, characters and scenes of its tracks, case-folded, for
        // the search box.
        SearchTextRole,
        // The album's folder (the first, for a soundtrack assembled from several).
        FolderRole,
        // AlbumKind.
        KindRole,
        KeyRole,
        // The album's tracks are not files here but songs on a server: true or false.
        RemoteRole,
    };

    explicit AlbumModel(QObject* parent = nullptr);
    ~AlbumModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Work titles known to name one work (from the notes packs), for assembling soundtracks; the
    // albums listed already are grouped again by them.
    void setWorkTitles(const WorkTitles& works);
    // Where a library grouped aside keeps its albums for the next start (GroupingCache): beside
    // the library cache. None by default.
    void setGroupingCache(const QString& folder) { m_groupingCache = folder; }
    // Folders new or changed, as a scan delivers them: their tracks join (or leave) albums, new
    // albums are appended. The first folders of an empty model are grouped as a whole library
    // (setFolders), so a start from the library cache is grouped once, as it will stay.
    void addFolders(const QList<FolderTracksPtr>& folders);
    // The whole library as a finished scan found it: albums gone are removed, others updated. When
    // every folder is the same object as at the last regrouping, nothing is looked at again.
    void setFolders(const QList<FolderTracksPtr>& folders);

    const Album& album(int row) const { return m_albums.at(row); }
    // The row of the album holding the track with this path, or -1.
    int rowOfTrack(const QString& path) const;
    // Covers that were missing may be there now (a server's, fetched): look for them again.
    void reloadCovers();
    // A library is being grouped aside (see kGroupedAsideFrom): the rows are not yet what the
    // folders last given make; albumsSettled() follows.
    bool isGrouping() const { return m_grouping.future().isValid(); }
    int rowOfKey(const QString& key) const { return m_rowOfKey.value(key, -1); }
    // The first album with a folder at or under `folder` (or whose folder holds it), or -1.
    int rowOfFolder(const QString& folder) const;
    // Whether the album of row `left` comes before that of row `right` in the library's order.
    bool before(int left, int right) const;

    // The home grid's cover size, so its covers are drawn without scaling.
    static constexpr int kThumbnailPixels = 176;
    // Grouping takes 1-2 µs a track (100-250 ms at 100,000 on the benchmark's machine): from
    // here on the window would miss a frame or more waiting for it.
    static constexpr qsizetype kGroupedAsideFrom = 5000;
    // The artist the library and the window name an album by: its artist, or "Various Artists".
    static QString artistShown(const AlbumInfo& album);

signals:
    // The albums are what the folders last given make: every grouping aside has been shown.
    void albumsSettled();

private:
    static bool isRemote(const Album& album);
    static QString serverOf(const Album& album);
    // Puts the album's tracks in play order and describes the album they make.
    void finish(Album& album) const;
    // The search text and order keys of an album already described.
    static void describeForSearch(Album& album, const QCollator& collator);
    // Takes the tracks of these folders out of their albums (rows left empty are removed by the
    // caller) and returns the rows they left.
    QSet<int> forget(const QStringList& folders);
    void removeEmptyAlbums();
    void rebuildIndex();
    // Groups the whole library anew: here, or aside when it is large (see kGroupedAsideFrom).
    void regroup(const QList<FolderTracksPtr>& folders);
    static GroupedLibrary group(const QList<FolderTracksPtr>& folders, const WorkTitles& works,
                                const QString& groupingCache = {});
    // Shows the albums grouped: those gone are removed, the others refreshed, new ones added.
    void apply(GroupedLibrary grouped);
    // The grouping aside is done: its albums show, then what came meanwhile is taken.
    void takeGrouped();
    // The folders whose tracks are listed, in the order their albums are.
    QList<FolderTracksPtr> listedFolders() const;

    QList<Album> m_albums;
    QHash<QString, int> m_rowOfKey;
    // The folders whose tracks are in albums, and the rows holding their tracks.
    QHash<QString, FolderTracksPtr> m_folders;
    QHash<QString, QList<int>> m_rowsOfFolder;
    // The albums are as the last regrouping made them: nothing came between.
    bool m_grouped = false;
    // The grouping aside, and what came while it ran: the whole library given last (which
    // stands for every batch before it), the batches since, and whether the work titles changed.
    QFutureWatcher<GroupedLibrary> m_grouping;
    std::optional<QList<FolderTracksPtr>> m_wholeMeanwhile;
    QList<QList<FolderTracksPtr>> m_batchesMeanwhile;
    bool m_worksChangedMeanwhile = false;
    WorkTitles m_works;
    QString m_groupingCache;
    QCollator m_collator;
    CoverThumbnails* m_covers; // a child: display asks for covers through a const data()
};

} // namespace liner::library
