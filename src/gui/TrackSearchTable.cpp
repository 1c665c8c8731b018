#include "gui/TrackSearchTable.h"

#include <algorithm>
#include <iterator>

namespace liner::gui {

using library::TrackModel;

TrackSearchTable::TrackSearchTable(QWidget* parent) : TrackTable(parent)
{
    setObjectName(QStringLiteral("trackSearchTable"));
    setAccessibleName(tr("Tracks matching the search"));
    m_results.setSourceModel(&m_tracks);
    m_results.setSortRole(TrackModel::SortRole);
    m_results.setSortCaseSensitivity(Qt::CaseInsensitive);
    m_results.setSortLocaleAware(true);
    setModel(&m_results);
    setSortingEnabled(true);
    // Unsorted until a header is clicked: the library's own order, album by album.
    sortByColumn(-1, Qt::AscendingOrder);
    // Results drag into playlists as the album's tracks do.
    setDragDropMode(QAbstractItemView::DragOnly);
    connect(this, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { emit playRequested(results(), index.row()); });
}

void TrackSearchTable::setLibrary(const QList<library::Track>& tracks)
{
    QList<library::Track> readable;
    readable.reserve(tracks.size());
    std::copy_if(tracks.cbegin(), tracks.cend(), std::back_inserter(readable),
                 [](const library::Track& track) { return track.isReadable(); });
    m_tracks.setTracks(std::move(readable));
    setPlayingTrack(m_playingPath, m_playingStartUs);
}

void TrackSearchTable::setSearchText(const QString& text)
{
    m_results.setSearchText(text);
}

void TrackSearchTable::setPlayingTrack(const QString& path, qint64 startUs)
{
    m_playingPath = path;
    m_playingStartUs = startUs;
    m_tracks.setPlayingRow(path.isEmpty() ? -1 : m_tracks.rowOf(path, startUs));
}

const library::Track& TrackSearchTable::trackAt(int shownRow) const
{
    return m_tracks.track(m_results.mapToSource(m_results.index(shownRow, 0)).row());
}

QList<library::Track> TrackSearchTable::results() const
{
    QList<library::Track> tracks;
    tracks.reserve(m_results.rowCount());
    for (int row = 0; row < m_results.rowCount(); ++row)
        tracks << trackAt(row);
    return tracks;
}

QList<library::Track> TrackSearchTable::selectedTracks() const
{
    QList<library::Track> tracks;
    for (int row = 0; row < m_results.rowCount(); ++row) {
        if (selectionModel()->isRowSelected(row, {}))
            tracks << trackAt(row);
    }
    return tracks;
}

} // namespace liner::gui
