#pragma once

#include "gui/TrackTable.h"
#include "library/Track.h"
#include "library/TrackFilterModel.h"
#include "library/TrackModel.h"

namespace liner::gui {

// The tracks of the whole library that match the library search (title, artists, album, mood),
// in a table sortable by any column; the window shows it in place of the album's table while a
// search is typed. Activating a row asks to play the results, in the order shown, from that row.
class TrackSearchTable : public TrackTable
{
    Q_OBJECT

public:
    explicit TrackSearchTable(QWidget* parent = nullptr);

    // Every track of the library (unreadable files are left out).
    void setLibrary(const QList<library::Track>& tracks);
    void setSearchText(const QString& text);
    // Marks this track wherever it is in the results; an empty path marks none.
    void setPlayingTrack(const QString& path, qint64 startUs);
    // The results in the order shown.
    QList<library::Track> results() const;
    // The selected results, in the order shown.
    QList<library::Track> selectedTracks() const;
    library::TrackModel& libraryTracks() { return m_tracks; }

signals:
    void playRequested(const QList<liner::library::Track>& tracks, int row);

private:
    const library::Track& trackAt(int shownRow) const;

    library::TrackModel m_tracks;
    library::TrackFilterModel m_results;
    QString m_playingPath;
    qint64 m_playingStartUs = 0;
};

} // namespace liner::gui
