#include "library/AlbumModel.h"

#include "library/PlayingOrder.h"

#include <QIcon>
#include <QPixmap>
#include <QSet>
#include <algorithm>

namespace liner::library {

namespace {

QString folderOfPath(const QString& path)
{
    return path.left(path.lastIndexOf(u'/'));
}

} // namespace

QList<Track> Album::wholeTracks() const
{
    QList<Track> whole;
    whole.reserve(tracks.size());
    for (const TrackRef& ref : tracks)
        whole << ref.track();
    return whole;
}

AlbumModel::AlbumModel(QObject* parent)
    : QAbstractListModel(parent), m_covers(new CoverThumbnails(kThumbnailPixels, this))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
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
    case Qt::ToolTipRole:
        return album.tracks.size() == 1 ? tr("%1 — %2 (1 track)").arg(album.title, album.artist)
                                        : tr("%1 — %2 (%3 tracks)")
                                              .arg(album.title, album.artist)
                                              .arg(album.tracks.size());
    case Qt::AccessibleTextRole:
        return tr("%1 by %2").arg(album.title, album.artist);
    case Qt::DecorationRole: {
        const TrackRef& first = album.tracks.first();
        const std::optional<QIcon> cover =
            m_covers->find(album.key, [first] { return first.track(); });
        return cover && !cover->isNull() ? QVariant(*cover) : QVariant();
    }
    case ArtistRole:
        return album.artist;
    case YearRole:
        return album.year;
    case TrackCountRole:
        return int(album.tracks.size());
    case SearchTextRole:
        return album.searchText;
    case FolderRole:
        return album.folder;
    default:
        return {};
    }
}

QHash<int, QByteArray> AlbumModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ArtistRole, "artist");
    names.insert(YearRole, "year");
    names.insert(TrackCountRole, "trackCount");
    names.insert(SearchTextRole, "searchText");
    names.insert(FolderRole, "folder");
    return names;
}

QString AlbumModel::keyOf(const FolderTracks& folder, int index)
{
    const CompactTrack& track = folder.tracks[std::size_t(index)];
    // Untagged files group by folder, so that a folder of them still reads as one album.
    if (track.album == StringPool::kEmpty)
        return QChar(u'\x01') + folderOfPath(folder.pathOf(index));
    const QString& artist =
        folder.text(track.albumArtist == StringPool::kEmpty ? track.artist : track.albumArtist);
    return artist.toCaseFolded() + u'\x01' + folder.text(track.album).toCaseFolded();
}

void AlbumModel::finish(Album& album) const
{
    // Playing order: folders, then disc, number, file name and place in the file.
    const PlayingOrder order;
    std::vector<std::pair<PlayingOrder::Key, TrackRef>> keyed;
    keyed.reserve(std::size_t(album.tracks.size()));
    for (TrackRef& ref : album.tracks) {
        const CompactTrack& track = ref.compact();
        keyed.emplace_back(PlayingOrder::Key{track.discNumber, track.trackNumber,
                                             track.name.mid(track.name.lastIndexOf(u'/') + 1),
                                             track.startUs},
                           std::move(ref));
    }
    std::stable_sort(keyed.begin(), keyed.end(), [&order](const auto& a, const auto& b) {
        if (a.second.folder != b.second.folder) {
            if (const int folders =
                    order.compareFolders(a.second.folder->path, b.second.folder->path))
                return folders < 0;
        }
        return order.before(a.first, b.first);
    });
    QSet<int> discs;
    QStringList words;
    for (std::size_t i = 0; i < keyed.size(); ++i) {
        album.tracks[qsizetype(i)] = std::move(keyed[i].second);
        const TrackRef& ref = album.tracks[qsizetype(i)];
        const CompactTrack& track = ref.compact();
        discs.insert(track.discNumber);
        words << track.title << ref.folder->text(track.artist) << ref.folder->text(track.mood)
              << ref.folder->text(track.moods);
    }
    const TrackRef& first = album.tracks.first();
    const CompactTrack& track = first.compact();
    album.folder = folderOfPath(first.folder->pathOf(first.index));
    album.title = track.album == StringPool::kEmpty
                      ? album.folder.mid(album.folder.lastIndexOf(u'/') + 1)
                      : first.folder->text(track.album);
    album.artist = first.folder->text(track.albumArtist == StringPool::kEmpty ? track.artist
                                                                              : track.albumArtist);
    album.year = track.year;
    album.discs = int(discs.size());
    words.prepend(album.artist);
    words.prepend(album.title);
    album.searchText = words.join(u' ').toCaseFolded();
    album.sortKey = m_collator.sortKey(album.title + u'\n' + album.artist);
}

QSet<int> AlbumModel::forget(const QStringList& folders)
{
    QSet<int> rows;
    for (const QString& path : folders) {
        for (const int row : m_rowsOfFolder.take(path)) {
            m_albums[row].tracks.removeIf(
                [&path](const TrackRef& ref) { return ref.folder->path == path; });
            rows.insert(row);
        }
        m_folders.remove(path);
    }
    return rows;
}

void AlbumModel::addFolders(const QList<FolderTracksPtr>& folders)
{
    QStringList replaced;
    QList<FolderTracksPtr> fresh;
    for (const FolderTracksPtr& folder : folders) {
        const auto known = m_folders.constFind(folder->path);
        if (known != m_folders.cend() && *known == folder)
            continue;
        if (known != m_folders.cend())
            replaced << folder->path;
        fresh << folder;
    }
    QSet<int> changedRows = forget(replaced);
    QList<Album> added;
    for (const FolderTracksPtr& folder : std::as_const(fresh)) {
        m_folders.insert(folder->path, folder);
        QList<int>& rows = m_rowsOfFolder[folder->path];
        for (int i = 0; i < folder->size(); ++i) {
            if (!folder->tracks[std::size_t(i)].readable)
                continue;
            const QString key = keyOf(*folder, i);
            int row = -1;
            if (const auto found = m_rowOfKey.constFind(key); found != m_rowOfKey.cend()) {
                row = *found;
            } else {
                row = int(m_albums.size() + added.size());
                m_rowOfKey.insert(key, row);
                added << Album{};
                added.back().key = key;
            }
            (row < m_albums.size() ? m_albums[row] : added[row - m_albums.size()]).tracks
                << TrackRef{folder, i};
            if (row < m_albums.size())
                changedRows.insert(row);
            if (!rows.contains(row))
                rows << row;
        }
    }
    for (const int row : std::as_const(changedRows)) {
        if (m_albums[row].tracks.isEmpty())
            continue;
        finish(m_albums[row]);
        emit dataChanged(index(row), index(row));
    }
    if (!added.isEmpty()) {
        for (Album& album : added)
            finish(album);
        beginInsertRows({}, int(m_albums.size()), int(m_albums.size() + added.size() - 1));
        m_albums << added;
        endInsertRows();
    }
    removeEmptyAlbums();
}

void AlbumModel::setFolders(const QList<FolderTracksPtr>& folders)
{
    QSet<QString> present;
    for (const FolderTracksPtr& folder : folders)
        present.insert(folder->path);
    QStringList gone;
    for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it) {
        if (!present.contains(it.key()))
            gone << it.key();
    }
    for (const int row : forget(gone)) {
        if (m_albums[row].tracks.isEmpty())
            continue;
        finish(m_albums[row]);
        emit dataChanged(index(row), index(row));
    }
    addFolders(folders);
}

void AlbumModel::removeEmptyAlbums()
{
    bool removed = false;
    // From the end, so the rows before stay where they are.
    for (int row = int(m_albums.size()) - 1; row >= 0; --row) {
        if (!m_albums[row].tracks.isEmpty())
            continue;
        beginRemoveRows({}, row, row);
        m_albums.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed)
        rebuildIndex();
}

void AlbumModel::rebuildIndex()
{
    m_rowOfKey.clear();
    m_rowsOfFolder.clear();
    for (int row = 0; row < m_albums.size(); ++row) {
        m_rowOfKey.insert(m_albums[row].key, row);
        for (const TrackRef& ref : std::as_const(m_albums[row].tracks)) {
            QList<int>& rows = m_rowsOfFolder[ref.folder->path];
            if (rows.isEmpty() || rows.back() != row)
                rows << row;
        }
    }
}

int AlbumModel::rowOfTrack(const QString& path) const
{
    const QString folder = folderOfPath(path);
    for (const int row : m_rowsOfFolder.value(folder)) {
        for (const TrackRef& ref : m_albums[row].tracks) {
            if (ref.folder->path == folder && ref.folder->pathOf(ref.index) == path)
                return row;
        }
    }
    return -1;
}

int AlbumModel::rowOfFolder(const QString& folder) const
{
    for (const int row : m_rowsOfFolder.value(folder)) {
        if (m_albums[row].folder == folder)
            return row;
    }
    return -1;
}

} // namespace liner::library
