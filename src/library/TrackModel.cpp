#include "library/TrackModel.h"

#include "common/FileName.h"
#include "library/TrackMime.h"

#include <QFont>
#include <algorithm>

namespace liner::library {

void TrackModel::setTracks(QList<Track> tracks)
{
    beginResetModel();
    m_tracks = std::move(tracks);
    m_playingRow = -1;
    endResetModel();
}

void TrackModel::refreshTracks(QList<Track> tracks)
{
    // The very list shown (an album whose notes add nothing to its tags): nothing changed.
    if (m_tracks.isSharedWith(tracks))
        return;
    const auto same = [](const Track& a, const Track& b) {
        return a.path == b.path && a.startUs == b.startUs;
    };
    // Compared through const views: a list shared with the window's and the notes' would
    // otherwise be copied whole, twice, to be looked at.
    if (m_tracks.isEmpty() ||
        !std::ranges::equal(std::as_const(m_tracks), std::as_const(tracks), same)) {
        setTracks(std::move(tracks));
        return;
    }
    m_tracks = std::move(tracks);
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void TrackModel::setPlayingRow(int row)
{
    if (row == m_playingRow)
        return;
    const int previous = m_playingRow;
    m_playingRow = row;
    for (const int changed : {previous, row}) {
        if (changed >= 0 && changed < m_tracks.size())
            emit dataChanged(index(changed, 0), index(changed, ColumnCount - 1));
    }
}

int TrackModel::rowOf(const QString& path, qint64 startUs) const
{
    const auto found = std::find_if(m_tracks.cbegin(), m_tracks.cend(), [&](const Track& track) {
        return track.path == path && track.startUs == startUs;
    });
    return found == m_tracks.cend() ? -1 : int(found - m_tracks.cbegin());
}

int TrackModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tracks.size());
}

int TrackModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrackModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return dataOf(m_tracks.at(index.row()), index.column(), role, index.row() == m_playingRow);
}

QVariant TrackModel::dataOf(const Track& track, int column, int role, bool playing)
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NumberColumn:
            return playing                 ? QStringLiteral("▶")
                   : track.trackNumber > 0 ? QString::number(track.trackNumber)
                                           : QString();
        case TitleColumn:
            return track.displayTitle();
        case ArtistColumn:
            return track.displayArtist();
        case AlbumColumn:
            return track.album;
        case DurationColumn:
            return formatDuration(track.durationMs);
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case NumberColumn:
            return track.discNumber * 10000 + track.trackNumber;
        case DurationColumn:
            return track.durationMs;
        default:
            return dataOf(track, column, Qt::DisplayRole, playing);
        }
    case Qt::TextAlignmentRole:
        if (column == NumberColumn || column == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (playing) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return track.isReadable()
                   ? readableFileName(track.path)
                   : readableFileName(track.path) + QStringLiteral(": ") + track.error;
    case Qt::AccessibleTextRole:
        return playing ? tr("Playing: %1").arg(track.displayTitle()) : track.displayTitle();
    case PathRole:
        return track.path;
    case PlayingRole:
        return playing;
    case MoodsRole:
        return track.moods;
    case CharactersRole:
        return track.characters;
    default:
        return {};
    }
}

Qt::ItemFlags TrackModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsDragEnabled : flags;
}

QStringList TrackModel::mimeTypes() const
{
    return tracksMimeTypes();
}

QMimeData* TrackModel::mimeData(const QModelIndexList& indexes) const
{
    return rowsMimeData(indexes, [this](int row) { return m_tracks.at(row); });
}

QVariant TrackModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return orientation == Qt::Horizontal ? headerOf(section, role) : QVariant();
}

QVariant TrackModel::headerOf(int section, int role)
{
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("#");
    case TitleColumn:
        return tr("Title");
    case ArtistColumn:
        return tr("Artist");
    case AlbumColumn:
        return tr("Album");
    case DurationColumn:
        return tr("Length");
    default:
        return {};
    }
}

QString TrackModel::formatDuration(qint64 ms)
{
    return ms > 0 ? formatClock(ms) : QStringLiteral("–");
}

QString TrackModel::formatClock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(ms, 0) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace liner::library
