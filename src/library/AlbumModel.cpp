#include "library/AlbumModel.h"

#include "library/LibraryScanner.h"

#include <QFileInfo>
#include <QIcon>
#include <QPixmap>
#include <QSet>
#include <QUrl>

namespace liner::library {

AlbumModel::AlbumModel(QObject* parent)
    : QAbstractListModel(parent), m_covers(new CoverThumbnails(kThumbnailPixels, this))
{
    connect(m_covers, &CoverThumbnails::ready, this, [this](const QString& key) {
        if (const auto row = m_rowOfKey.constFind(key); row != m_rowOfKey.cend())
            emit dataChanged(index(*row), index(*row), {Qt::DecorationRole});
    });
}

AlbumModel::~AlbumModel() = default;

int AlbumModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_albums.size());
}

QVariant AlbumModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Album& album = m_albums.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return album.artist.isEmpty() ? album.title : album.title + u'\n' + album.artist;
    case Qt::ToolTipRole: {
        const QString text =
            album.tracks.size() == 1
                ? tr("%1 — %2 (1 track)").arg(album.title, album.artist)
                : tr("%1 — %2 (%3 tracks)").arg(album.title, album.artist).arg(album.tracks.size());
        return isRemote(album) ? tr("%1, on the server %2").arg(text, serverOf(album)) : text;
    }
    case Qt::AccessibleTextRole:
        return isRemote(album) ? tr("%1 by %2, on the server %3")
                                     .arg(album.title, album.artist, serverOf(album))
                               : tr("%1 by %2").arg(album.title, album.artist);
    case RemoteRole:
        return isRemote(album);
    case Qt::DecorationRole: {
        const std::optional<QImage> cover =
            m_covers->find(keyOf(album.tracks.first()), album.tracks.first());
        // An icon, so that views draw it at their icon size, sharp on high-density screens.
        return cover && !cover->isNull() ? QVariant(QIcon(QPixmap::fromImage(*cover))) : QVariant();
    }
    case ArtistRole:
        return album.artist;
    case YearRole:
        return album.year;
    case TrackCountRole:
        return int(album.tracks.size());
    case SearchTextRole: {
        QStringList words{album.title, album.artist};
        for (const Track& track : album.tracks)
            words << track.title << track.artist << track.mood << track.moods;
        return words.join(u' ');
    }
    case FolderRole:
        // A server's albums share no folder: each is known by its server and its key instead.
        return isRemote(album) ? serverOf(album) + u'#' + keyOf(album.tracks.first())
                               : QFileInfo(album.tracks.first().path).absolutePath();
    default:
        return {};
    }
}

bool AlbumModel::isRemote(const Album& album)
{
    return album.tracks.first().path.contains(u"://");
}

QString AlbumModel::serverOf(const Album& album)
{
    return QUrl(album.tracks.first().path).host();
}

void AlbumModel::reloadCovers()
{
    m_covers->forget();
    if (!m_albums.isEmpty())
        emit dataChanged(index(0), index(int(m_albums.size()) - 1), {Qt::DecorationRole});
}

QHash<int, QByteArray> AlbumModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ArtistRole, "artist");
    names.insert(YearRole, "year");
    names.insert(TrackCountRole, "trackCount");
    names.insert(SearchTextRole, "searchText");
    names.insert(FolderRole, "folder");
    names.insert(RemoteRole, "remote");
    return names;
}

QString AlbumModel::keyOf(const Track& track)
{
    // Untagged files group by folder, so that a folder of them still reads as one album.
    if (track.album.isEmpty())
        return QChar(u'\x01') + QFileInfo(track.path).absolutePath();
    const QString artist = track.albumArtist.isEmpty() ? track.artist : track.albumArtist;
    return artist.toCaseFolded() + u'\x01' + track.album.toCaseFolded();
}

void AlbumModel::finish(Album& album)
{
    LibraryScanner::sortForPlayback(album.tracks);
    const Track& first = album.tracks.first();
    album.title = first.album.isEmpty() ? QFileInfo(QFileInfo(first.path).absolutePath()).fileName()
                                        : first.album;
    album.artist = first.albumArtist.isEmpty() ? first.artist : first.albumArtist;
    album.year = first.year;
    QSet<int> discs;
    for (const Track& track : album.tracks)
        discs.insert(track.discNumber);
    album.discs = int(discs.size());
}

void AlbumModel::addTracks(const QList<Track>& tracks)
{
    QList<Album> added;
    QSet<int> changedRows;
    for (const Track& track : tracks) {
        if (!track.isReadable())
            continue;
        const QString key = keyOf(track);
        if (const auto row = m_rowOfKey.constFind(key); row != m_rowOfKey.cend()) {
            if (*row < m_albums.size()) {
                m_albums[*row].tracks << track;
                changedRows.insert(*row);
            } else {
                added[*row - m_albums.size()].tracks << track;
            }
            continue;
        }
        m_rowOfKey.insert(key, int(m_albums.size() + added.size()));
        Album album;
        album.tracks << track;
        added << album;
    }
    for (const int row : std::as_const(changedRows)) {
        finish(m_albums[row]);
        emit dataChanged(index(row), index(row));
    }
    if (added.isEmpty())
        return;
    for (Album& album : added)
        finish(album);
    beginInsertRows({}, int(m_albums.size()), int(m_albums.size() + added.size() - 1));
    m_albums << added;
    endInsertRows();
}

void AlbumModel::setTracks(const QList<Track>& tracks)
{
    QHash<QString, QList<Track>> byKey;
    for (const Track& track : tracks) {
        if (track.isReadable())
            byKey[keyOf(track)] << track;
    }
    // Remove albums that are gone, from the end so rows stay valid, then refresh and add.
    for (int row = int(m_albums.size()) - 1; row >= 0; --row) {
        if (byKey.contains(keyOf(m_albums[row].tracks.first())))
            continue;
        beginRemoveRows({}, row, row);
        m_albums.removeAt(row);
        endRemoveRows();
    }
    m_rowOfKey.clear();
    for (int row = 0; row < m_albums.size(); ++row) {
        const QString key = keyOf(m_albums[row].tracks.first());
        Album refreshed;
        refreshed.tracks = byKey.take(key);
        finish(refreshed);
        m_rowOfKey.insert(key, row);
        if (refreshed.tracks == m_albums[row].tracks)
            continue;
        m_albums[row] = std::move(refreshed);
        emit dataChanged(index(row), index(row));
    }
    QList<Track> rest;
    for (const QList<Track>& albumTracks : std::as_const(byKey))
        rest << albumTracks;
    addTracks(rest);
}

int AlbumModel::rowOfTrack(const QString& path) const
{
    for (int row = 0; row < m_albums.size(); ++row) {
        for (const Track& track : m_albums[row].tracks) {
            if (track.path == path)
                return row;
        }
    }
    return -1;
}

} // namespace liner::library
