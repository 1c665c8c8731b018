#include "library/AlbumModel.h"

#include "common/FileName.h"

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
    const QString artist = artistShown(album);
    switch (role) {
    case Qt::DisplayRole: {
        // Two albums that would read the same are told apart by their year or folder.
        const QString second = album.distinction.isEmpty()
                                   ? artist
                                   : QStringLiteral("%1 · %2").arg(artist, album.distinction);
        return second.isEmpty() ? album.title : album.title + u'\n' + second;
    }
    case Qt::ToolTipRole: {
        const QString text =
            album.tracks.size() == 1
                ? tr("%1 — %2 (1 track)").arg(album.title, artist)
                : tr("%1 — %2 (%3 tracks)").arg(album.title, artist).arg(album.tracks.size());
        return isRemote(album) ? tr("%1, on the server %2").arg(text, serverOf(album))
                               : text + u'\n' + readableFileName(album.folders.join(u'\n'));
    }
    case Qt::AccessibleTextRole:
        return isRemote(album)
                   ? tr("%1 by %2, on the server %3").arg(album.title, artist, serverOf(album))
                   : tr("%1 by %2").arg(album.title, artist);
    case RemoteRole:
        return isRemote(album);
    case Qt::DecorationRole: {
        // A soundtrack shows its first part's cover; each single keeps its own underneath.
        const std::optional<QImage> cover = m_covers->find(album.key, album.tracks.first());
        // An icon, so that views draw it at their icon size, sharp on high-density screens.
        return cover && !cover->isNull() ? QVariant(QIcon(QPixmap::fromImage(*cover))) : QVariant();
    }
    case ArtistRole:
        return artist;
    case YearRole:
        return album.year;
    case TrackCountRole:
        return int(album.tracks.size());
    case SearchTextRole: {
        QStringList words{album.title, artist};
        for (const SoundtrackPart& part : album.parts)
            words << part.album;
        for (const Track& track : album.tracks)
            words << track.title << track.artist << track.mood << track.moods << track.characters
                  << track.scenes;
        return words.join(u' ');
    }
    case FolderRole:
        // A server's albums share no folder: each is known by its server and its key instead.
        return isRemote(album) ? serverOf(album) + u'#' + album.key : album.folders.value(0);
    case KindRole:
        return int(album.kind);
    case KeyRole:
        return album.key;
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
    names.insert(KindRole, "kind");
    names.insert(KeyRole, "key");
    names.insert(RemoteRole, "remote");
    return names;
}

void AlbumModel::finish(Album& album)
{
    QList<const Track*> order;
    order.reserve(album.tracks.size());
    for (const Track& track : std::as_const(album.tracks))
        order.append(&track);
    describeAlbum(album, order);
    QList<Track> sorted;
    sorted.reserve(order.size());
    for (const Track* track : std::as_const(order))
        sorted.append(*track);
    album.tracks = std::move(sorted);
}

QString AlbumModel::artistShown(const AlbumInfo& album)
{
    return album.variousArtists ? tr("Various Artists") : album.artist;
}

void AlbumModel::setWorkTitles(const WorkTitles& works)
{
    m_works = works;
    // The titles are read off the UI thread, and may come after the library's first tracks.
    QList<Track> tracks;
    for (const Album& album : std::as_const(m_albums))
        tracks << album.tracks;
    if (!tracks.isEmpty())
        setTracks(tracks);
}

void AlbumModel::addTracks(const QList<Track>& tracks)
{
    QList<Album> added;
    QSet<int> changedRows;
    for (const Track& track : tracks) {
        if (!track.isReadable())
            continue;
        const QString key = albumKeyOf(track, m_works);
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
        album.key = key;
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
    // The albums in library order, so that new ones are appended in it.
    QList<Album> albums;
    QHash<QString, qsizetype> indexOfKey;
    for (const AlbumGroup& group : groupAlbums(tracks, m_works)) {
        Album album;
        static_cast<AlbumInfo&>(album) = static_cast<const AlbumInfo&>(group);
        album.tracks.reserve(group.rows.size());
        for (const qsizetype row : group.rows)
            album.tracks << tracks[row];
        indexOfKey.insert(group.key, albums.size());
        albums << std::move(album);
    }
    // Remove albums that are gone, from the end so rows stay valid, then refresh and add.
    for (int row = int(m_albums.size()) - 1; row >= 0; --row) {
        if (indexOfKey.contains(m_albums[row].key))
            continue;
        beginRemoveRows({}, row, row);
        m_albums.removeAt(row);
        endRemoveRows();
    }
    m_rowOfKey.clear();
    QList<bool> shown(albums.size(), false);
    for (int row = 0; row < m_albums.size(); ++row) {
        const qsizetype at = indexOfKey.value(m_albums[row].key);
        shown[at] = true;
        Album& refreshed = albums[at];
        m_rowOfKey.insert(refreshed.key, row);
        if (refreshed.tracks == m_albums[row].tracks &&
            refreshed.distinction == m_albums[row].distinction)
            continue;
        m_albums[row] = std::move(refreshed);
        emit dataChanged(index(row), index(row));
    }
    const qsizetype added = shown.count(false);
    if (added == 0)
        return;
    beginInsertRows({}, int(m_albums.size()), int(m_albums.size() + added - 1));
    for (qsizetype i = 0; i < albums.size(); ++i) {
        if (shown[i])
            continue;
        m_rowOfKey.insert(albums[i].key, int(m_albums.size()));
        m_albums << std::move(albums[i]);
    }
    endInsertRows();
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

int AlbumModel::rowOfFolder(const QString& folder) const
{
    // The folder of a track's album when `folder` is a disc's subfolder.
    const QString albumFolder = albumFolderOf(folder + QStringLiteral("/-"));
    for (int row = 0; row < m_albums.size(); ++row) {
        for (const QString& candidate : m_albums[row].folders) {
            if (candidate == folder || candidate == albumFolder ||
                candidate.startsWith(folder + u'/'))
                return row;
        }
    }
    return -1;
}

AlbumOrderModel::AlbumOrderModel(QObject* parent)
    : QSortFilterProxyModel(parent), m_collator(libraryCollator())
{
    setFilterRole(AlbumModel::SearchTextRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void AlbumOrderModel::setSourceModel(QAbstractItemModel* model)
{
    m_albums = qobject_cast<AlbumModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool AlbumOrderModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (m_albums == nullptr)
        return QSortFilterProxyModel::lessThan(left, right);
    return isBefore(m_albums->album(left.row()), m_albums->album(right.row()), m_collator);
}

} // namespace liner::library
