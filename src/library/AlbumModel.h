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
        // Where the album is: its folder, or for a server's album a name unique to it.
        FolderRole,
        // The album's tracks are not files here but songs on a server: true or false.
        RemoteRole,
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
    // Covers that were missing may be there now (a server's, fetched): look for them again.
    void reloadCovers();

    static constexpr int kThumbnailPixels = 96;

private:
    static QString keyOf(const Track& track);
    static bool isRemote(const Album& album);
    static QString serverOf(const Album& album);
    static void finish(Album& album);

    QList<Album> m_albums;
    QHash<QString, int> m_rowOfKey;
    CoverThumbnails* m_covers; // a child: display asks for covers through a const data()
};

} // namespace liner::library
