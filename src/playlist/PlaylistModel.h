#pragma once

#include "playlist/PlaylistEntry.h"

#include <QAbstractTableModel>

class QUndoStack;

namespace liner::playlist {

class PlaylistStore;

// One named playlist's entries as a table (title, artist, duration, and whether the file is missing
// or the entry a stream). Every edit goes onto the undo stack as a command (PlaylistEdits) and
// through the store to disk; the model then shows what the store holds, with row signals for the
// rows that changed. Rows can be dragged within the playlist (moved), to another playlist (copied)
// or out as a text/uri-list; files and URLs dropped on it are added where they fall.
class PlaylistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TitleColumn,
        ArtistColumn,
        DurationColumn,
        StatusColumn,
        ColumnCount,
    };
    // On every column: the whole PlaylistEntry.
    static constexpr int EntryRole = Qt::UserRole + 1;
    // The playlist and rows of an internal drag.
    static inline const QString kRowsMimeType = QStringLiteral("application/x-liner-playlist-rows");

    PlaylistModel(PlaylistStore& store, QUndoStack& undoStack, QObject* parent = nullptr);

    // Shows this playlist (empty: none). The model follows it through renames.
    void setPlaylist(const QString& name);
    QString playlist() const { return m_name; }
    const QList<PlaylistEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Sorting a view's column sorts the playlist itself, as an undoable edit.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    // What a drop of `data` adds: library tracks, rows of a playlist, or files and URLs.
    QList<PlaylistEntry> droppedEntries(const QMimeData* data) const;

    // Undoable edits of the shown playlist. `row` -1 appends.
    void insertEntries(int row, const QList<PlaylistEntry>& entries);
    void removeEntries(const QList<int>& rows);
    void moveEntries(const QList<int>& rows, int destination);
    void shuffle(quint32 seed);
    void clear();

private:
    void showStoreEntries();
    void onRenamed(const QString& from, const QString& to);

    PlaylistStore& m_store;
    QUndoStack& m_undoStack;
    QString m_name;
    QList<PlaylistEntry> m_entries;
};

} // namespace liner::playlist
