#include "library/AlbumModel.h"

#include "common/FileName.h"
#include "common/InParts.h"
#include "library/GroupingCache.h"

#include <QIcon>
#include <QSet>
#include <QUrl>
#include <QVarLengthArray>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <numeric>

namespace liner::library {

namespace {

// A track takes a few microseconds to make whole: fewer than this many are not worth a thread.
constexpr qsizetype kLeastTracksPerCore = 500;

QString folderOfPath(const QString& path)
{
    return path.left(path.lastIndexOf(u'/'));
}

} // namespace

QList<Track> Album::wholeTracks() const
{
    // On every core: an album of 10,000 tracks (a flat folder) took 40 ms to make whole on one,
    // each time it was shown. Folders and their string pools are read-only to all but one
    // adding thread, and what a track reads was added before it was made.
    QList<Track> whole(tracks.size());
    common::inParts(
        tracks.size(),
        [this, out = whole.data()](qsizetype from, qsizetype to) {
            for (qsizetype i = from; i < to; ++i)
                out[i] = tracks[i].track();
        },
        kLeastTracksPerCore);
    return whole;
}

AlbumModel::AlbumModel(QObject* parent)
    : QAbstractListModel(parent), m_collator(libraryCollator()),
      m_covers(new CoverThumbnails(kThumbnailPixels, this))
{
    connect(m_covers, &CoverThumbnails::ready, this, [this](const QString& key) {
        if (const auto row = m_rowOfKey.constFind(key); row != m_rowOfKey.cend())
            emit dataChanged(index(*row), index(*row), {Qt::DecorationRole});
    });
    connect(&m_grouping, &QFutureWatcher<GroupedLibrary>::finished, this, &AlbumModel::takeGrouped);
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
    case Qt::DisplayRole: {
        // Two albums that would read the same are told apart by their year or folder.
        const QString artist = artistShown(album);
        const QString second = album.distinction.isEmpty()
                                   ? artist
                                   : QStringLiteral("%1 · %2").arg(artist, album.distinction);
        return second.isEmpty() ? album.title : album.title + u'\n' + second;
    }
    case Qt::ToolTipRole: {
        const QString artist = artistShown(album);
        const QString text =
            album.tracks.size() == 1
                ? tr("%1 — %2 (1 track)").arg(album.title, artist)
                : tr("%1 — %2 (%3 tracks)").arg(album.title, artist).arg(album.tracks.size());
        return isRemote(album) ? tr("%1, on the server %2").arg(text, serverOf(album))
                               : text + u'\n' + readableFileName(album.folders.join(u'\n'));
    }
    case Qt::AccessibleTextRole: {
        const QString artist = artistShown(album);
        return isRemote(album)
                   ? tr("%1 by %2, on the server %3").arg(album.title, artist, serverOf(album))
                   : tr("%1 by %2").arg(album.title, artist);
    }
    case RemoteRole:
        return isRemote(album);
    case Qt::DecorationRole: {
        // A soundtrack shows its first part's cover; each single keeps its own underneath.
        const TrackRef& first = album.tracks.first();
        const std::optional<QIcon> cover =
            m_covers->find(album.key, [first] { return first.track(); });
        return cover && !cover->isNull() ? QVariant(*cover) : QVariant();
    }
    case ArtistRole:
        return artistShown(album);
    case YearRole:
        return album.year;
    case TrackCountRole:
        return int(album.tracks.size());
    case SearchTextRole:
        return album.searchText;
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
    return album.tracks.first().folder->isRemote();
}

QString AlbumModel::serverOf(const Album& album)
{
    return QUrl(album.tracks.first().folder->path).host();
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

void AlbumModel::finish(Album& album) const
{
    // Described afresh: what the album was before (a soundtrack) need not hold now.
    album.kind = AlbumKind::Album;
    describeAlbumOf(album, album.tracks,
                    [](const TrackRef& ref) { return ref.folder->albumFields(ref.index); });
    describeForSearch(album, m_collator);
}

QString AlbumModel::artistShown(const AlbumInfo& album)
{
    return album.variousArtists ? tr("Various Artists") : album.artist;
}

void AlbumModel::setWorkTitles(const WorkTitles& works)
{
    m_works = works;
    if (isGrouping()) {
        m_worksChangedMeanwhile = true;
        return;
    }
    // The titles are read off the UI thread, and may come after the library's first folders:
    // those are grouped again, in the order their albums are listed.
    if (!m_folders.isEmpty())
        regroup(listedFolders());
}

QList<FolderTracksPtr> AlbumModel::listedFolders() const
{
    QList<FolderTracksPtr> folders;
    QSet<QString> listed;
    for (const Album& album : std::as_const(m_albums)) {
        for (const TrackRef& ref : album.tracks) {
            if (!listed.contains(ref.folder->path)) {
                listed.insert(ref.folder->path);
                folders << ref.folder;
            }
        }
    }
    for (const FolderTracksPtr& folder : std::as_const(m_folders)) {
        if (!listed.contains(folder->path))
            folders << folder;
    }
    return folders;
}

void AlbumModel::describeForSearch(Album& album, const QCollator& collator)
{
    const QString artist = artistShown(album);
    QVarLengthArray<const QString*, 64> words{&album.title, &artist};
    for (const SoundtrackPart& part : std::as_const(album.parts))
        words.append(&part.album);
    // An album's tracks mostly share their artist and notes: each text is taken once.
    QSet<const QString*> taken;
    for (const TrackRef& ref : std::as_const(album.tracks)) {
        const CompactTrack& track = ref.compact();
        const FolderTracks& folder = *ref.folder;
        words.append(&track.title);
        for (const StringPool::Id id :
             {track.artist, track.mood, track.moods, track.characters, track.scenes}) {
            const QString& text = folder.text(id);
            if (!text.isEmpty() && !taken.contains(&text)) {
                taken.insert(&text);
                words.append(&text);
            }
        }
    }
    // Joined by spaces into a string of just their size, which the album keeps.
    qsizetype size = words.size() - 1;
    for (const QString* word : words)
        size += word->size();
    QString text;
    text.reserve(size);
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            text += u' ';
        text += *words[i];
    }
    album.searchText = std::move(text).toCaseFolded();
    album.titleOrder = collator.sortKey(album.titleSortKey);
    album.artistOrder = collator.sortKey(album.artistSortKey);
}

bool AlbumModel::before(int left, int right) const
{
    // isBefore's order, with the collation keys made once per album.
    const Album& a = m_albums.at(left);
    const Album& b = m_albums.at(right);
    if (const int title = a.titleOrder->compare(*b.titleOrder); title != 0)
        return title < 0;
    if (const int artist = a.artistOrder->compare(*b.artistOrder); artist != 0)
        return artist < 0;
    return isBefore(a, b, m_collator);
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
    if (isGrouping()) {
        m_batchesMeanwhile << folders;
        return;
    }
    // The first folders (at a start, all the cache holds) are grouped by the whole library's
    // rules at once: the pass that follows then finds them as grouped, and a start that changed
    // nothing never groups the library twice.
    if (m_folders.isEmpty()) {
        regroup(folders);
        return;
    }
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
    if (fresh.isEmpty())
        return;
    m_grouped = false;
    QSet<int> changedRows = forget(replaced);
    QList<Album> added;
    for (const FolderTracksPtr& folder : std::as_const(fresh)) {
        m_folders.insert(folder->path, folder);
        QList<int>& rows = m_rowsOfFolder[folder->path];
        for (int i = 0; i < folder->size(); ++i) {
            if (!folder->tracks[std::size_t(i)].readable)
                continue;
            const QString key = albumKeyOf(folder->albumFields(i), m_works);
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
    if (isGrouping()) {
        m_wholeMeanwhile = folders;
        m_batchesMeanwhile.clear();
        return;
    }
    const bool same =
        m_grouped && folders.size() == m_folders.size() &&
        std::all_of(folders.cbegin(), folders.cend(), [this](const FolderTracksPtr& folder) {
            return m_folders.value(folder->path) == folder;
        });
    if (!same)
        regroup(folders);
}

void AlbumModel::regroup(const QList<FolderTracksPtr>& folders)
{
    const qsizetype tracks = std::accumulate(
        folders.cbegin(), folders.cend(), qsizetype(0),
        [](qsizetype sum, const FolderTracksPtr& folder) { return sum + folder->size(); });
    if (tracks < kGroupedAsideFrom)
        apply(group(folders, m_works));
    else
        m_grouping.setFuture(
            QtConcurrent::run(&AlbumModel::group, folders, m_works, m_groupingCache));
}

GroupedLibrary AlbumModel::group(const QList<FolderTracksPtr>& folders, const WorkTitles& works,
                                 const QString& groupingCache)
{
    // What grouping looks at, for every readable track; the rest of each track stays compact.
    // Each folder's tracks have their rows known beforehand, so that folders are read on every
    // core at once: making 100,000 tracks' fields was a third of the grouping.
    std::vector<qsizetype> firstRow(std::size_t(folders.size()) + 1, 0);
    for (qsizetype f = 0; f < folders.size(); ++f)
        firstRow[std::size_t(f) + 1] =
            firstRow[std::size_t(f)] +
            std::count_if(folders[f]->tracks.cbegin(), folders[f]->tracks.cend(),
                          [](const CompactTrack& track) { return track.readable; });
    const qsizetype rowCount = firstRow.back();
    // The albums of the same folders as the last start's are kept: only their fields are not
    // made, nor grouped again.
    const quint64 fingerprint =
        groupingCache.isEmpty() ? 0 : GroupingCache::fingerprintOf(folders, works);
    std::optional<QList<AlbumGroup>> kept =
        fingerprint != 0 ? GroupingCache::load(groupingCache, fingerprint, rowCount) : std::nullopt;
    const bool wasKept = kept.has_value();
    QList<AlbumFields> fields(wasKept ? 0 : rowCount);
    QList<TrackRef> refs(rowCount);
    common::inParts(folders.size(), [&folders, &firstRow, field = wasKept ? nullptr : fields.data(),
                                     ref = refs.data()](qsizetype from, qsizetype to) {
        for (qsizetype f = from; f < to; ++f) {
            qsizetype row = firstRow[std::size_t(f)];
            const FolderTracksPtr& folder = folders[f];
            for (int i = 0; i < folder->size(); ++i) {
                if (!folder->tracks[std::size_t(i)].readable)
                    continue;
                if (field != nullptr)
                    field[row] = folder->albumFields(i);
                ref[row] = TrackRef{folder, i};
                ++row;
            }
        }
    });
    const QList<AlbumGroup> groups = wasKept ? *std::move(kept) : groupAlbumsAsFound(fields, works);
    fields.clear();
    // Kept for the next start, unless it was read from there.
    if (fingerprint != 0 && !wasKept)
        GroupingCache::save(groupingCache, fingerprint, rowCount, groups);
    GroupedLibrary grouped;
    grouped.albums.resize(groups.size());
    common::inParts(groups.size(), [&groups, &refs, album = grouped.albums.data()](qsizetype from,
                                                                                   qsizetype to) {
        // A collator of each thread's own: a QCollator sets itself up lazily, so one is not
        // shared.
        const QCollator collator = libraryCollator();
        for (qsizetype g = from; g < to; ++g) {
            const AlbumGroup& group = groups[g];
            static_cast<AlbumInfo&>(album[g]) = static_cast<const AlbumInfo&>(group);
            album[g].tracks.reserve(group.rows.size());
            for (const qsizetype row : group.rows)
                album[g].tracks << refs[row];
            describeForSearch(album[g], collator);
        }
    });
    grouped.indexOfKey.reserve(groups.size());
    for (qsizetype g = 0; g < groups.size(); ++g)
        grouped.indexOfKey.insert(groups[g].key, g);
    grouped.folders.reserve(folders.size());
    for (const FolderTracksPtr& folder : folders)
        grouped.folders.insert(folder->path, folder);
    return grouped;
}

void AlbumModel::apply(GroupedLibrary grouped)
{
    QList<Album>& albums = grouped.albums;
    m_folders = std::move(grouped.folders);
    // Remove albums that are gone, from the end so rows stay valid, then refresh and add.
    for (int row = int(m_albums.size()) - 1; row >= 0; --row) {
        if (grouped.indexOfKey.contains(m_albums[row].key))
            continue;
        beginRemoveRows({}, row, row);
        m_albums.removeAt(row);
        endRemoveRows();
    }
    QList<bool> shown(albums.size(), false);
    for (int row = 0; row < m_albums.size(); ++row) {
        const qsizetype at = grouped.indexOfKey.value(m_albums[row].key);
        shown[at] = true;
        Album& refreshed = albums[at];
        const bool unchanged = refreshed.tracks == m_albums[row].tracks &&
                               refreshed.distinction == m_albums[row].distinction &&
                               refreshed.searchText == m_albums[row].searchText;
        m_albums[row] = std::move(refreshed);
        if (!unchanged)
            emit dataChanged(index(row), index(row));
    }
    const qsizetype added = shown.count(false);
    if (added > 0) {
        beginInsertRows({}, int(m_albums.size()), int(m_albums.size() + added - 1));
        m_albums.reserve(m_albums.size() + added);
        for (qsizetype i = 0; i < albums.size(); ++i) {
            if (!shown[i])
                m_albums << std::move(albums[i]);
        }
        endInsertRows();
    }
    rebuildIndex();
    m_grouped = true;
}

void AlbumModel::takeGrouped()
{
    // Taken, not copied: a copy would share the albums, and moving each out would copy them all.
    apply(m_grouping.future().takeResult());
    const std::optional<QList<FolderTracksPtr>> whole = std::exchange(m_wholeMeanwhile, {});
    const QList<QList<FolderTracksPtr>> batches = std::exchange(m_batchesMeanwhile, {});
    const bool worksChanged = std::exchange(m_worksChangedMeanwhile, false);
    // Grouped by the work titles before: the library is grouped again with the new ones, the
    // whole given last if there is one.
    if (worksChanged)
        m_grouped = false;
    if (whole)
        setFolders(*whole);
    else if (worksChanged)
        regroup(listedFolders());
    // Taken in turn, or kept for after the next grouping aside if one started.
    for (const QList<FolderTracksPtr>& batch : batches)
        addFolders(batch);
    if (!isGrouping())
        emit albumsSettled();
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
            if (!rows.contains(row))
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
    // A server's song is kept in its album's folder (its album URL), which its path does not name.
    if (!path.contains(u"://"))
        return -1;
    for (int row = 0; row < m_albums.size(); ++row) {
        for (const TrackRef& ref : m_albums[row].tracks) {
            if (ref.folder->pathOf(ref.index) == path)
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

} // namespace liner::library
