#include "playlist/PlayQueue.h"

#include <QHash>
#include <algorithm>
#include <functional>
#include <numeric>

namespace liner::playlist {

QList<library::Track> PlayQueue::tracks() const
{
    QList<library::Track> tracks;
    tracks.reserve(m_entries.size());
    for (const Entry& entry : m_entries)
        tracks << entry.track;
    return tracks;
}

int PlayQueue::rowOf(quint64 id) const
{
    if (id == 0)
        return -1;
    const auto found = std::ranges::find(m_entries, id, &Entry::id);
    return found == m_entries.cend() ? -1 : int(found - m_entries.cbegin());
}

void PlayQueue::setTracks(const QList<library::Track>& tracks)
{
    beginResetModel();
    m_entries.clear();
    m_entries.reserve(tracks.size());
    for (const library::Track& track : tracks)
        m_entries << Entry{track, ++m_lastId};
    m_currentId = 0;
    endResetModel();
}

void PlayQueue::insert(int row, const QList<library::Track>& tracks)
{
    if (tracks.isEmpty())
        return;
    row = std::clamp(row, 0, size());
    beginInsertRows({}, row, row + int(tracks.size()) - 1);
    QList<Entry> added;
    added.reserve(tracks.size());
    for (const library::Track& track : tracks)
        added << Entry{track, ++m_lastId};
    m_entries.insert(row, added.size(), {});
    std::ranges::move(added, m_entries.begin() + row);
    endInsertRows();
}

void PlayQueue::remove(QList<int> rows)
{
    std::ranges::sort(rows, std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // From the bottom up, so the rows still to go keep their numbers.
    for (qsizetype i = 0; i < rows.size();) {
        const int last = rows.at(i);
        int first = last;
        while (++i < rows.size() && rows.at(i) == first - 1)
            first = rows.at(i);
        if (first < 0 || last >= size())
            continue;
        beginRemoveRows({}, first, last);
        if (m_currentId != 0 && rowOf(m_currentId) >= first && rowOf(m_currentId) <= last)
            m_currentId = 0;
        m_entries.remove(first, last - first + 1);
        endRemoveRows();
    }
}

void PlayQueue::reorder(const QList<int>& order)
{
    QList<int> sorted = order;
    std::ranges::sort(sorted);
    QList<int> all(size());
    std::iota(all.begin(), all.end(), 0);
    if (sorted != all)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> newRowOf(size());
    QList<Entry> entries;
    entries.reserve(size());
    for (const int row : order) {
        newRowOf[row] = int(entries.size());
        entries << m_entries.at(row);
    }
    m_entries = entries;
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& index : before)
        after << this->index(newRowOf.at(index.row()), index.column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PlayQueue::setCurrentId(quint64 id)
{
    if (id == m_currentId)
        return;
    const int before = currentRow();
    m_currentId = id;
    for (const int row : {before, currentRow()}) {
        if (row >= 0)
            emit dataChanged(index(row), index(row), {CurrentRole});
    }
}

void PlayQueue::updateTracks(const QList<library::Track>& tracks)
{
    // A track is known by its place (the tracks of a CUE sheet share their file): one lookup per
    // queued track, where a search through `tracks` for each held a window with an album of
    // 10,000 tracks queued for 152 ms each time the album's notes arrived.
    QHash<std::pair<QString, qint64>, const library::Track*> byPlace;
    byPlace.reserve(tracks.size());
    for (const library::Track& track : tracks) {
        const std::pair<QString, qint64> place{track.path, track.startUs};
        if (!byPlace.contains(place))
            byPlace.insert(place, &track);
    }
    for (int row = 0; row < size(); ++row) {
        library::Track& queued = m_entries[row].track;
        const library::Track* updated = byPlace.value({queued.path, queued.startUs});
        if (updated == nullptr || *updated == queued)
            continue;
        queued = *updated;
        emit dataChanged(index(row), index(row));
    }
}

int PlayQueue::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : size();
}

QVariant PlayQueue::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.track.displayTitle();
    case Qt::ToolTipRole: {
        QStringList lines{entry.track.displayTitle()};
        for (const QString& line : {entry.track.displayArtist(), entry.track.album}) {
            if (!line.isEmpty())
                lines << line;
        }
        return lines.join(QLatin1Char('\n'));
    }
    case TrackRole:
        return QVariant::fromValue(entry.track);
    case DurationRole:
        return entry.track.durationMs;
    case CurrentRole:
        return entry.id == m_currentId;
    case EntryIdRole:
        return entry.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> PlayQueue::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TrackRole, "track");
    names.insert(DurationRole, "duration");
    names.insert(CurrentRole, "current");
    names.insert(EntryIdRole, "entryId");
    return names;
}

Qt::ItemFlags PlayQueue::flags(const QModelIndex& index) const
{
    // Dropped between rows, never onto one.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
           Qt::ItemNeverHasChildren;
}

Qt::DropActions PlayQueue::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool PlayQueue::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                         const QModelIndex& destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
        sourceRow + count > size() || destinationChild < 0 || destinationChild > size())
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false; // onto itself
    const QList<Entry> moved = m_entries.mid(sourceRow, count);
    m_entries.remove(sourceRow, count);
    const int to = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    m_entries.insert(to, count, {});
    std::ranges::copy(moved, m_entries.begin() + to);
    endMoveRows();
    return true;
}

} // namespace liner::playlist
