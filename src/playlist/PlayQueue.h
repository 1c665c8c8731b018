#pragma once

#include "library/Track.h"

#include <QAbstractListModel>
#include <QList>

namespace liner::playlist {

// The play queue as everything that shows it reads it (the window, the sidebar, MPRIS, the
// notifier): the tracks in the order they play (shuffled, while shuffling), one row each, and
// which one is being heard. Each change is told as the rows it touches (inserted, removed, moved;
// a new shuffle as a layout change), so readers follow it without reading the queue again.
//
// Each row is an entry with an id of its own that stays while the entry is in the queue, moved or
// not: the same track queued twice is two entries. PlaybackController owns the queue and makes
// every change but one: a view may move rows (drag and drop), and playback goes on in the new
// order.
class PlayQueue : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        TrackRole = Qt::UserRole + 1, // the library::Track
        DurationRole,                 // its length in milliseconds (0 unknown)
        CurrentRole,                  // true for the entry being heard
        EntryIdRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int size() const { return int(m_tracks.size()); }
    bool isEmpty() const { return m_tracks.isEmpty(); }
    const library::Track& track(int row) const { return m_tracks.at(row); }
    const QList<library::Track>& tracks() const { return m_tracks; }
    // The entry's id, which no other entry of this queue has had; 0 is none.
    quint64 idAt(int row) const { return m_ids.at(row); }
    // The entry's row, or -1 once it has left the queue.
    int rowOf(quint64 id) const;
    // The row being heard, or -1.
    int currentRow() const { return rowOf(m_currentId); }
    quint64 currentId() const { return m_currentId; }

    // Replaces every entry (a model reset).
    void setTracks(const QList<library::Track>& tracks);
    // New entries from `row` on.
    void insert(int row, const QList<library::Track>& tracks);
    // Takes these rows out, in one removal for each run of neighbouring rows.
    void remove(QList<int> rows);
    // Puts the rows in a new order: `order` holds every row once, in the order they are to be (a
    // layout change, as a sort is).
    void reorder(const QList<int>& order);
    // The entry being heard (0: none).
    void setCurrentId(quint64 id);
    // Entries of these tracks (known by file and start) take their new values, as after an edit
    // of their notes.
    void updateTracks(const QList<library::Track>& tracks);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Rows drag within a view of the queue to move there.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;

private:
    // Each entry's track and id, row by row. The tracks are one list so that a queue made of an
    // album shares the album's list: copying 10,000 tracks took 30 ms of showing the album.
    QList<library::Track> m_tracks;
    QList<quint64> m_ids;
    quint64 m_lastId = 0;
    quint64 m_currentId = 0;
};

} // namespace liner::playlist
