#pragma once

#include "library/CoverThumbnails.h"
#include "library/FolderTracks.h"
#include "library/Track.h"

#include <QAbstractListModel>
#include <QCollatorSortKey>
#include <QHash>
#include <optional>

namespace liner::library {

// One album as the library shows it: the tracks that share an album artist (else artist) and an
// album title, across their discs, in playing order. It refers to its tracks (TrackRef) rather
// than holding them: a library of 100,000 tracks is kept once, compactly, in its folders.
struct Album
{
    // What tells it from other albums (see AlbumModel::keyOf).
    QString key;
    QString title;
    QString artist;
    int year = 0;
    int discs = 0;
    // The folder of its first track: where its cover, notes and booklet are.
    QString folder;
    QList<TrackRef> tracks;
    // Album, artists, titles and moods of its tracks, case-folded, for the search box.
    QString searchText;
    // Its place in the list: title, then artist, as the reader's language orders them.
    std::optional<QCollatorSortKey> sortKey;

    // Its tracks, whole.
    QList<Track> wholeTracks() const;
};

// The library's albums, one row each, filled folder by folder as a scan finds them. Covers are
// thumbnails made off the UI thread on first display (see CoverThumbnails) and shown when ready.
class AlbumModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ArtistRole = Qt::UserRole + 1,
        YearRole,
        TrackCountRole,
        // Album, artists, titles and moods of its tracks, case-folded, for the search box.
        SearchTextRole,
        FolderRole,
    };

    explicit AlbumModel(QObject* parent = nullptr);
    ~AlbumModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Folders new or changed, as a scan delivers them: their tracks join (or leave) albums, new
    // albums are appended.
    void addFolders(const QList<FolderTracksPtr>& folders);
    // The whole library as a finished scan found it: albums gone are removed, others updated. A
    // folder that is the same object as before is not looked at again.
    void setFolders(const QList<FolderTracksPtr>& folders);

    const Album& album(int row) const { return m_albums.at(row); }
    // The row of the album holding the track with this path, or -1.
    int rowOfTrack(const QString& path) const;
    // The row of the first album whose first track lies in this folder, or -1.
    int rowOfFolder(const QString& folder) const;

    static constexpr int kThumbnailPixels = 96;

private:
    // Which album a track belongs to: the one place albums are told apart.
    static QString keyOf(const FolderTracks& folder, int index);
    // Puts the album's tracks in playing order and takes its title, artist, year and discs.
    void finish(Album& album) const;
    // Takes the tracks of these folders out of their albums (rows left empty are removed by the
    // caller) and returns the rows they left.
    QSet<int> forget(const QStringList& folders);
    void removeEmptyAlbums();
    void rebuildIndex();

    QList<Album> m_albums;
    QHash<QString, int> m_rowOfKey;
    // The folders whose tracks are in albums, and the rows holding their tracks.
    QHash<QString, FolderTracksPtr> m_folders;
    QHash<QString, QList<int>> m_rowsOfFolder;
    QCollator m_collator;
    CoverThumbnails* m_covers; // a child: display asks for covers through a const data()
};

} // namespace liner::library
