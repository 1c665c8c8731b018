#pragma once

#include <QWidget>

class QAction;
class QListWidget;
class QStackedWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;
class QMenu;

namespace liner::playlist {
class PlaybackController;
class PlaylistModel;
class PlaylistStore;
} // namespace liner::playlist

namespace liner::gui {

// The play queue and the listener's playlists beside the album: a tree of "Play queue", the named
// playlists and "Recently deleted", over the entries of the one selected. Playlists are created,
// renamed (edit the name in place), duplicated, deleted and restored from the tree's context menu;
// entries are played, queued ("Play next", "Add to queue"), removed, sorted, shuffled and cleared
// from the table's. The play queue's rows are reordered by dragging them and removed with Delete
// or from their menu, through the controller, while the playing track plays on. Every edit is a
// command on the undo stack: Ctrl+Z undoes, Ctrl+Shift+Z redoes.
class PlaylistSidebar : public QWidget
{
    Q_OBJECT

public:
    PlaylistSidebar(playlist::PlaylistStore& store, playlist::PlaybackController& controller,
                    QUndoStack& undoStack, QWidget* parent = nullptr);
    ~PlaylistSidebar() override;

    QTreeWidget* tree() const { return m_tree; }
    QTableView* entriesView() const { return m_entries; }
    QListWidget* queueView() const { return m_queue; }
    playlist::PlaylistModel& model() const { return *m_model; }

    // The named playlist shown, or an empty string (the play queue, or nothing).
    QString currentPlaylist() const;
    void selectPlaylist(const QString& name);
    // The menu the tree or the table shows for what is selected in it; the caller owns it.
    QMenu* treeMenu();
    QMenu* entriesMenu();
    // Play or remove the selected rows of the play queue.
    QMenu* queueMenu();

    // New playlist (Ctrl+N), remove from playlist (Delete), undo, redo: for the window's menu.
    const QList<QAction*>& windowActions() const { return m_windowActions; }

    void createPlaylist();
    void duplicatePlaylist();
    void deleteSelectedPlaylist();
    void restoreSelectedDeleted();

protected:
    // Drops on a playlist in the tree add to it.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillTree();
    void fillQueue();
    void showSelection();
    void onItemRenamed(QTreeWidgetItem* item);
    QList<int> selectedRows() const;
    // Queue rows (not play order positions) of the queue list's selection.
    QList<int> selectedQueueRows() const;
    void playSelected();

    playlist::PlaylistStore& m_store;
    playlist::PlaybackController& m_controller;
    QUndoStack& m_undoStack;
    playlist::PlaylistModel* m_model;
    QTreeWidget* m_tree;
    QStackedWidget* m_pages;
    QTableView* m_entries;
    QListWidget* m_queue;
    QTreeWidgetItem* m_queueItem = nullptr;
    QTreeWidgetItem* m_playlistsItem = nullptr;
    QTreeWidgetItem* m_deletedItem = nullptr;
    QList<QAction*> m_windowActions;
    bool m_filling = false;
};

} // namespace liner::gui
