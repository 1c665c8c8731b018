#pragma once

#include "library/FolderTracks.h"
#include "library/Track.h"

#include <QWidget>

class QAction;
class QListView;
class QStackedWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;
class QMenu;
class QLabel;

namespace liner::playlist {
class PlaybackController;
class PlaylistModel;
class PlaylistStore;
class PlayStats;
class SmartPlaylistResults;
class SmartPlaylistStore;
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
    // A view of the controller's queue (PlayQueue), which it follows row by row.
    QListView* queueView() const { return m_queue; }
    playlist::PlaylistModel& model() const { return *m_model; }

    // The named playlist shown, or an empty string (the play queue, or nothing).
    QString currentPlaylist() const;
    void selectPlaylist(const QString& name);
    // The menu the tree or the table shows for what is selected in it; the caller owns it.
    QMenu* treeMenu();
    QMenu* entriesMenu();
    // Play or remove the selected rows of the play queue.
    QMenu* queueMenu();

    // New playlist (Ctrl+N), remove from playlist (Delete), undo, redo, and new smart playlist
    // once there are smart playlists: for the window's menu.
    const QList<QAction*>& windowActions() const { return m_windowActions; }

    // Adds the "Smart playlists" section: made, edited and deleted from the tree's menu, each
    // evaluated over the library's tracks (setLibrary) and the play statistics.
    void setSmartPlaylists(playlist::SmartPlaylistStore& store, const playlist::PlayStats& stats);
    void setLibrary(const QList<library::FolderTracksPtr>& folders);
    // The smart playlist shown, or an empty string.
    QString currentSmartPlaylist() const;
    void selectSmartPlaylist(const QString& name);
    // The window shows something else now: a change of the smart playlist's tracks no longer
    // shows them there.
    void smartPlaylistHidden();
    // Open the rule editor; "edit" works on the selected smart playlist.
    void newSmartPlaylist();
    void editSmartPlaylist();
    void deleteSmartPlaylist();

    void createPlaylist();
    void duplicatePlaylist();
    void deleteSelectedPlaylist();
    void restoreSelectedDeleted();

signals:
    // A smart playlist was chosen, or the tracks fitting the one chosen changed: the window shows
    // them (and plays them from there).
    void smartPlaylistShown(const QString& name, const QList<liner::library::Track>& tracks);

protected:
    // Drops on a playlist in the tree add to it.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fillTree();
    void showSmartResults();
    void showSelection();
    // The lower pane's heading: "Up next" with the queue's tracks and length, else the name of
    // the playlist shown.
    void showPageHeading();
    void onItemRenamed(QTreeWidgetItem* item);
    QList<int> selectedRows() const;
    QList<int> selectedQueueRows() const;
    // The tracks the playlist's entries at these rows name.
    QList<library::Track> tracksOf(const QList<int>& rows) const;
    void playSelected();

    playlist::PlaylistStore& m_store;
    playlist::PlaybackController& m_controller;
    QUndoStack& m_undoStack;
    playlist::PlaylistModel* m_model;
    QTreeWidget* m_tree;
    QStackedWidget* m_pages;
    QTableView* m_entries;
    QListView* m_queue;
    QTreeWidgetItem* m_queueItem = nullptr;
    QTreeWidgetItem* m_playlistsItem = nullptr;
    QTreeWidgetItem* m_deletedItem = nullptr;
    QTreeWidgetItem* m_smartItem = nullptr;
    playlist::SmartPlaylistStore* m_smartStore = nullptr;
    playlist::SmartPlaylistResults* m_smartResults = nullptr;
    const playlist::PlayStats* m_stats = nullptr;
    QAction* m_newSmart = nullptr;
    QList<library::FolderTracksPtr> m_library;
    QLabel* m_smartSummary;
    QLabel* m_pageTitle;
    QLabel* m_pageSummary;
    // Whether the window still shows the chosen smart playlist's tracks.
    bool m_smartShown = false;
    QList<QAction*> m_windowActions;
    bool m_filling = false;
    bool m_refilling = false;
};

} // namespace liner::gui
