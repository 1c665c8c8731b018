#include "playlist/PlayQueue.h"

#include <QHash>
#include <algorithm>
#include <functional>
#include <numeric>

namespace liner::playlist {

int PlayQueue::rowOf(quint64 id) const
{
    if (id == 0)
        return -1;
    return int(m_ids.indexOf(id));
}

void PlayQueue::setTracks(const QList<library::Track>& tracks)
{
    beginResetModel();
    m_tracks = tracks;
    m_ids.resize(tracks.size());
    for (quint64& id : m_ids)
        id = ++m_lastId;
    m_currentId = 0;
    endResetModel();
}

void PlayQueue::insert(int row, const QList<library::Track>& tracks)
{
    if (tracks.isEmpty())
        return;
    row = std::clamp(row, 0, size());
    beginInsertRows({}, row, row + int(tracks.size()) - 1);
    m_tracks.insert(row, tracks.size(), {});
    std::ranges::copy(tracks, m_tracks.begin() + row);
    m_ids.insert(row, tracks.size(), 0);
    for (qsizetype i = row; i < row + tracks.size(); ++i)
        m_ids[i] = ++m_lastId;
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
        m_tracks.remove(first, last - first + 1);
        m_ids.remove(first, last - first + 1);
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
    QList<library::Track> tracks;
    QList<quint64> ids;
    tracks.reserve(size());
    ids.reserve(size());
    for (const int row : order) {
        newRowOf[row] = int(tracks.size());
        tracks << m_tracks.at(row);
        ids << m_ids.at(row);
    }
    m_tracks = std::move(tracks);
    m_ids = std::move(ids);
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
    // The very list queued (an album whose notes add nothing to its tags): nothing changed.
    if (m_tracks.isSharedWith(tracks))
        return;
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
        // Looked at through a const view: the list may be shared with the album's, and is copied
        // only when a track did change.
        const library::Track& queued = std::as_const(m_tracks).at(row);
        const library::Track* updated = byPlace.value({queued.path, queued.startUs});
        if (updated == nullptr || *updated == queued)
            continue;
        m_tracks[row] = *updated;
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
    const library::Track& track = m_tracks.at(index.row());
    const quint64 id = m_ids.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return track.displayTitle();
    case Qt::ToolTipRole: {
        QStringList lines{track.displayTitle()};
        for (const QString& line : {track.displayArtist(), track.album}) {
            if (!line.isEmpty())
                lines << line;
        }
        return lines.join(QLatin1Char('\n'));
    }
    case TrackRole:
        return QVariant::fromValue(track);
    case DurationRole:
        return track.durationMs;
    case CurrentRole:
        return id == m_currentId;
    case EntryIdRole:
        return id;
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
    const int to = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    const auto moveIn = [sourceRow, count, to](auto& list) {
        const auto moved = list.mid(sourceRow, count);
        list.remove(sourceRow, count);
        list.insert(to, count, {});
        std::ranges::copy(moved, list.begin() + to);
    };
    moveIn(m_tracks);
    moveIn(m_ids);
    endMoveRows();
    return true;
}

} // namespace liner::playlist
