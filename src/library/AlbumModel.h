#pragma once

#include "library/CoverThumbnails.h"
#include "library/Track.h"

#include <QAbstractListModel>
#include <QHash>

namespace liner::library {

// One album as the library shows it: the tracks that share an album artist (else artist) and an
// album title, across their discs, in playing order.
struct Album
{
    QString title;
    QString artist;
    int year = 0;
    int discs = 0;
    QList<Track> tracks;
};

// The library's albums, one row each, filled in batches as a scan goes. Covers are thumbnails
// made off the UI thread on first display (see CoverThumbnails) and shown when ready.
class AlbumModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ArtistRole = Qt::UserRole + 1,
        YearRole,
        TrackCountRole,
        // Album, artists, titles and moods of its tracks, for the search box.
        SearchTextRole,
        FolderRole,
    };

    explicit AlbumModel(QObject* parent = nullptr);
    ~AlbumModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Adds tracks to their albums (new albums are appended), as a scan delivers them.
    void addTracks(const QList<Track>& tracks);
    // The whole library as a finished scan found it: albums gone are removed, others updated.
    void setTracks(const QList<Track>& tracks);
    const Album& album(int row) const { return m_albums.at(row); }
    // The row of the album holding the track with this path, or -1.
    int rowOfTrack(const QString& path) const;

    // The home grid's cover size, so its covers are drawn without scaling.
    static constexpr int kThumbnailPixels = 176;

    // The album a track belongs to: its album artist and album title, or, untagged, its folder.
    static QString keyOf(const Track& track);

private:
    static void finish(Album& album);

    QList<Album> m_albums;
    QHash<QString, int> m_rowOfKey;
    CoverThumbnails* m_covers; // a child: display asks for covers through a const data()
};

} // namespace liner::library
