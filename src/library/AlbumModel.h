#pragma once

#include "library/AlbumGrouping.h"
#include "library/CoverThumbnails.h"
#include "library/Track.h"

#include <QAbstractListModel>
#include <QCollator>
#include <QHash>
#include <QSortFilterProxyModel>

namespace liner::library {

// One album as the library shows it (see albumKeyOf for what makes one), its tracks in play order.
struct Album : AlbumInfo
{
    QList<Track> tracks;
};

// The library's albums, one row each, grouped by the rules of AlbumGrouping and filled in batches
// as a scan goes; each finished pass regroups the whole library (groupAlbums), so what the rows
// hold then is exactly what `liner --albums` prints. Rows are in arrival order: AlbumOrderModel
// puts them in library order. Covers are thumbnails made off the UI thread on first display (see
// CoverThumbnails) and shown when ready.
class AlbumModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ArtistRole = Qt::UserRole + 1,
        YearRole,
        TrackCountRole,
        // Album, artists, titles and moods, characters and scenes of its tracks, for the search
        // box.
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
    // Adds tracks to their albums (new albums are appended), as a scan delivers them.
    void addTracks(const QList<Track>& tracks);
    // The whole library as a finished scan found it: albums gone are removed, others updated.
    void setTracks(const QList<Track>& tracks);
    const Album& album(int row) const { return m_albums.at(row); }
    // The row of the album holding the track with this path, or -1.
    int rowOfTrack(const QString& path) const;
    // Covers that were missing may be there now (a server's, fetched): look for them again.
    void reloadCovers();
    int rowOfKey(const QString& key) const { return m_rowOfKey.value(key, -1); }
    // The first album with a folder at or under `folder` (or whose folder holds it), or -1.
    int rowOfFolder(const QString& folder) const;

    // The home grid's cover size, so its covers are drawn without scaling.
    static constexpr int kThumbnailPixels = 176;
    // The artist the library and the window name an album by: its artist, or "Various Artists".
    static QString artistShown(const AlbumInfo& album);

private:
    static bool isRemote(const Album& album);
    static QString serverOf(const Album& album);
    static void finish(Album& album);

    QList<Album> m_albums;
    QHash<QString, int> m_rowOfKey;
    WorkTitles m_works;
    CoverThumbnails* m_covers; // a child: display asks for covers through a const data()
};

// The albums in library order (isBefore), filtered by the search box's text.
class AlbumOrderModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AlbumOrderModel(QObject* parent = nullptr);
    void setSourceModel(QAbstractItemModel* model) override;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    AlbumModel* m_albums = nullptr;
    QCollator m_collator;
};

} // namespace liner::library
