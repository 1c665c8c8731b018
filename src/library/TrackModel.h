#pragma once

#include "library/Track.h"

#include <QAbstractTableModel>
#include <QList>

namespace liner::library {

// The tracks of one album (or any list of tracks) as table rows, with the playing one marked.
class TrackModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        ArtistColumn,
        // The album view hides it; a search across the library shows it.
        AlbumColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1,
        PlayingRole,
        MoodsRole,
        CharactersRole,
        // What a column sorts by: numbers for number and length, text otherwise.
        SortRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setTracks(QList<Track> tracks);
    // The same tracks with new details (their notes read again): the rows change in place, so
    // views keep their selection. Tracks that are not the same, by path and start, are set anew.
    void refreshTracks(QList<Track> tracks);
    const QList<Track>& tracks() const { return m_tracks; }
    const Track& track(int row) const { return m_tracks.at(row); }

    // -1 when nothing plays.
    void setPlayingRow(int row);
    // The row of this track (a CUE sheet's tracks share a path and differ by start), or -1.
    int rowOf(const QString& path, qint64 startUs) const;
    int playingRow() const { return m_playingRow; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Rows drag out as tracks (TrackMime), into a playlist for one.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

    // A track's cell as any track table shows it (this one, or the whole library's).
    static QVariant dataOf(const Track& track, int column, int role, bool playing);
    static QVariant headerOf(int section, int role);

    // "3:07"; a dash when the length is unknown.
    static QString formatDuration(qint64 ms);
    // "3:07", "0:00".
    static QString formatClock(qint64 ms);

private:
    QList<Track> m_tracks;
    int m_playingRow = -1;
};

} // namespace liner::library
