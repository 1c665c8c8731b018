#include "gui/TrackSearchTable.h"

namespace liner::gui {

using library::TrackModel;

TrackSearchTable::TrackSearchTable(QWidget* parent) : TrackTable(parent)
{
    setObjectName(QStringLiteral("trackSearchTable"));
    setAccessibleName(tr("Tracks matching the search"));
    setModel(&m_tracks);
    setSortingEnabled(true);
    // Unsorted until a header is clicked: the library's own order, album by album.
    sortByColumn(-1, Qt::AscendingOrder);
    // Results drag into playlists as the album's tracks do.
    setDragDropMode(QAbstractItemView::DragOnly);
    connect(this, &QAbstractItemView::activated, this,
            [this](const QModelIndex& index) { emit playRequested(results(), index.row()); });
}

void TrackSearchTable::setLibrary(const QList<library::FolderTracksPtr>& folders)
{
    m_tracks.setFolders(folders);
    setPlayingTrack(m_playingPath, m_playingStartUs);
}

void TrackSearchTable::setSearchText(const QString& text)
{
    m_tracks.setSearchText(text);
}

void TrackSearchTable::setPlayingTrack(const QString& path, qint64 startUs)
{
    m_playingPath = path;
    m_playingStartUs = startUs;
    m_tracks.setPlayingTrack(path, startUs);
}

library::Track TrackSearchTable::trackAt(int shownRow) const
{
    return m_tracks.track(shownRow);
}

QList<library::Track> TrackSearchTable::results() const
{
    QList<library::Track> tracks;
    tracks.reserve(m_tracks.rowCount());
    for (int row = 0; row < m_tracks.rowCount(); ++row)
        tracks << trackAt(row);
    return tracks;
}

QList<library::Track> TrackSearchTable::selectedTracks() const
{
    QList<library::Track> tracks;
    for (int row = 0; row < m_tracks.rowCount(); ++row) {
        if (selectionModel()->isRowSelected(row, {}))
            tracks << trackAt(row);
    }
    return tracks;
}

} // namespace liner::gui
