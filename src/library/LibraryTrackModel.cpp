#include "library/LibraryTrackModel.h"

#include "library/TrackMime.h"

#include <QCollator>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace liner::library {

void LibraryTrackModel::setFolders(const QList<FolderTracksPtr>& folders)
{
    beginResetModel();
    m_folders = folders;
    m_found.clear();
    m_entries.clear();
    for (qsizetype f = 0; f < m_folders.size(); ++f) {
        const FolderTracks& folder = *m_folders[f];
        for (int i = 0; i < folder.size(); ++i) {
            if (folder.tracks[std::size_t(i)].readable)
                m_entries.push_back({quint32(f), quint32(i)});
        }
    }
    // Folders never change once made: the copies the thread reads are the very same tracks.
    m_titlesMade = QtConcurrent::run(&LibraryTrackModel::titlesOf, m_folders, m_entries);
    m_playing = -1;
    arrange();
    endResetModel();
}

void LibraryTrackModel::setSearchText(const QString& text)
{
    beginResetModel();
    m_searchText = text;
    arrange();
    endResetModel();
}

void LibraryTrackModel::sort(int column, Qt::SortOrder order)
{
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    arrange();
    endResetModel();
}

void LibraryTrackModel::arrange()
{
    const QList<bool> matches = matching(m_searchText);
    m_shown.clear();
    for (quint32 entry = 0; entry < m_entries.size(); ++entry) {
        if (matches[entry])
            m_shown.push_back(entry);
    }
    if (m_sortColumn < 0)
        return;
    // What each row sorts by, made once: comparing tracks made whole took seconds.
    const auto ordered = [this](auto keyOf, auto less) {
        std::vector<std::pair<decltype(keyOf(0u)), quint32>> keyed;
        keyed.reserve(m_shown.size());
        for (const quint32 entry : m_shown)
            keyed.emplace_back(keyOf(entry), entry);
        std::stable_sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
            return m_sortOrder == Qt::AscendingOrder ? less(a.first, b.first)
                                                     : less(b.first, a.first);
        });
        for (std::size_t i = 0; i < keyed.size(); ++i)
            m_shown[i] = keyed[i].second;
    };
    const auto byNumber = [](qint64 a, qint64 b) {
        return a < b;
    };
    const auto byText = [](const QCollatorSortKey& a, const QCollatorSortKey& b) {
        return a.compare(b) < 0;
    };
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const auto text = [this, &collator](auto field) {
        return [this, &collator, field](quint32 entry) {
            return collator.sortKey(field(folderOf(entry), compactOf(entry), entry));
        };
    };
    switch (m_sortColumn) {
    case TrackModel::NumberColumn:
        ordered(
            [this](quint32 entry) {
                return qint64(compactOf(entry).discNumber) * 10000 + compactOf(entry).trackNumber;
            },
            byNumber);
        break;
    case TrackModel::DurationColumn:
        ordered([this](quint32 entry) { return qint64(compactOf(entry).durationMs); }, byNumber);
        break;
    case TrackModel::TitleColumn:
        ordered(text([this](const FolderTracks&, const CompactTrack&, quint32 entry) {
                    return displayTitleOf(entry);
                }),
                byText);
        break;
    case TrackModel::ArtistColumn:
        ordered(text([](const FolderTracks& folder, const CompactTrack& track, quint32) {
                    return folder.text(track.artist == StringPool::kEmpty ? track.albumArtist
                                                                          : track.artist);
                }),
                byText);
        break;
    case TrackModel::AlbumColumn:
        ordered(text([](const FolderTracks& folder, const CompactTrack& track, quint32) {
                    return folder.text(track.album);
                }),
                byText);
        break;
    default:
        break;
    }
}

QString LibraryTrackModel::displayTitleOf(const CompactTrack& track)
{
    if (!track.title.isEmpty())
        return track.title;
    // The file's name without its extension, as Track::displayTitle() gives it.
    const QString name = track.name.mid(track.name.lastIndexOf(u'/') + 1);
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot > 0 ? name.left(dot) : name;
}

LibraryTrackModel::Titles LibraryTrackModel::titlesOf(const QList<FolderTracksPtr>& folders,
                                                      const std::vector<Entry>& entries)
{
    Titles titles;
    titles.starts.reserve(entries.size() + 1);
    for (const Entry& entry : entries) {
        titles.starts.push_back(quint32(titles.text.size()));
        titles.text +=
            displayTitleOf(folders[entry.folder]->tracks[entry.index]).toCaseFolded().toUtf8();
        titles.text += '\n';
    }
    titles.starts.push_back(quint32(titles.text.size()));
    return titles;
}

const LibraryTrackModel::Titles& LibraryTrackModel::titles()
{
    // Waiting for them takes back and makes here what no thread has begun.
    if (m_titlesMade.isValid()) {
        m_titles = m_titlesMade.takeResult();
        m_titlesMade = {};
    }
    return m_titles;
}

Track LibraryTrackModel::track(int row) const
{
    const Entry& entry = m_entries[m_shown[std::size_t(row)]];
    return m_folders[entry.folder]->track(int(entry.index));
}

int LibraryTrackModel::playingRow() const
{
    const auto found = std::find(m_shown.cbegin(), m_shown.cend(), quint32(m_playing));
    return m_playing < 0 || found == m_shown.cend() ? -1 : int(found - m_shown.cbegin());
}

void LibraryTrackModel::setPlayingTrack(const QString& path, qint64 startUs)
{
    qint64 playing = -1;
    if (!path.isEmpty()) {
        for (quint32 entry = 0; entry < m_entries.size() && playing < 0; ++entry) {
            const CompactTrack& track = compactOf(entry);
            if (track.startUs == startUs && path.endsWith(track.name) &&
                folderOf(entry).pathOf(int(m_entries[entry].index)) == path)
                playing = entry;
        }
    }
    if (playing == m_playing)
        return;
    const int previousRow = playingRow();
    m_playing = playing;
    for (const int changed : {previousRow, playingRow()}) {
        if (changed >= 0)
            emit dataChanged(index(changed, 0), index(changed, TrackModel::ColumnCount - 1));
    }
}

QList<bool> LibraryTrackModel::matching(const QString& text)
{
    const auto entries = qsizetype(m_entries.size());
    if (text.isEmpty())
        return QList<bool>(entries, true);
    const QString folded = text.toCaseFolded();
    if (const auto kept = m_found.constFind(folded); kept != m_found.cend())
        return *kept;
    // The fewest tracks an earlier search left that this one can find among.
    const QList<bool>* within = nullptr;
    qsizetype withinLength = 0;
    for (auto earlier = m_found.cbegin(); earlier != m_found.cend(); ++earlier) {
        if (earlier.key().size() > withinLength && folded.contains(earlier.key())) {
            within = &earlier.value();
            withinLength = earlier.key().size();
        }
    }
    QList<bool> matches(entries, false);
    const QByteArray needle = folded.toUtf8();
    const Titles& all = titles();
    for (qsizetype at = all.text.indexOf(needle); at >= 0; at = all.text.indexOf(needle, at + 1)) {
        const auto start = std::upper_bound(all.starts.cbegin(), all.starts.cend(), quint32(at));
        const auto entry = qsizetype(start - all.starts.cbegin()) - 1;
        matches[entry] = true;
        // On to the next title: one match is enough.
        at = qsizetype(all.starts[std::size_t(entry) + 1]) - 1;
    }
    // The texts tracks share are looked at once each, whichever of them holds it: 0 not yet,
    // 1 no, 2 yes, by number, for the library's string pool.
    const StringPool* pool = nullptr;
    std::vector<qint8> holds;
    for (qsizetype row = 0; row < entries; ++row) {
        if (matches[row] || (within != nullptr && !within->at(row)))
            continue;
        const FolderTracks& folder = folderOf(quint32(row));
        if (folder.strings.get() != pool) {
            pool = folder.strings.get();
            holds.clear();
        }
        const CompactTrack& track = compactOf(quint32(row));
        const auto has = [&](StringPool::Id id) {
            if (id == StringPool::kEmpty)
                return false;
            if (id >= holds.size())
                holds.resize(std::max<std::size_t>(id + 1, holds.size() * 2), 0);
            if (holds[id] == 0)
                holds[id] = folder.text(id).toCaseFolded().contains(folded) ? 2 : 1;
            return holds[id] == 2;
        };
        // The notes' moods, characters and scenes as well as the tags: the search finds what the
        // filters find.
        if (has(track.artist) || has(track.albumArtist) || has(track.album) || has(track.mood) ||
            has(track.moods) || has(track.characters) || has(track.scenes))
            matches[row] = true;
    }
    constexpr qsizetype kSearchesKept = 16; // 100 kB each for 100,000 tracks
    if (m_found.size() >= kSearchesKept)
        m_found.clear();
    m_found.insert(folded, matches);
    return matches;
}

int LibraryTrackModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int LibraryTrackModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : TrackModel::ColumnCount;
}

QVariant LibraryTrackModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const quint32 shown = m_shown[std::size_t(index.row())];
    const Entry& entry = m_entries[shown];
    const FolderTracksPtr& folder = m_folders[entry.folder];
    if (folder != m_wholeFolder || entry.index != m_wholeIndex) {
        m_whole = folder->track(int(entry.index));
        m_wholeFolder = folder;
        m_wholeIndex = entry.index;
    }
    return TrackModel::dataOf(m_whole, index.column(), role,
                              m_playing >= 0 && shown == quint32(m_playing));
}

QVariant LibraryTrackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal ? TrackModel::headerOf(section, role) : QVariant();
}

Qt::ItemFlags LibraryTrackModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags;
}

QStringList LibraryTrackModel::mimeTypes() const
{
    return tracksMimeTypes();
}

QMimeData* LibraryTrackModel::mimeData(const QModelIndexList& indexes) const
{
    return rowsMimeData(indexes, [this](int row) { return track(row); });
}

} // namespace liner::library
