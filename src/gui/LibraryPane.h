#pragma once

#include "gui/AlbumDelegate.h"
#include "library/AlbumModel.h"
#include "library/AlbumSearchModel.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QListView;
class QProgressBar;
class QLabel;
class QVBoxLayout;

namespace liner::gui {

// The library, the window's home view: its albums as a grid of large covers (or a list), a count,
// Add Music Folder…, and a search box (album, artist, track titles, moods) that narrows the albums
// and, while it has text, shows the matching tracks under them (the window puts its track results
// there). Clicking an album, or Enter on it, opens it; in the grid, the Play and Add buttons on the
// cover under the pointer play it or add it to the queue without opening it.
class LibraryPane : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPane(QWidget* parent = nullptr);

    library::AlbumModel& albums() { return m_albums; }
    // The search box, for the window to place where it wants it.
    QLineEdit* searchBox() const { return m_searchBox; }
    // Where the tracks matching a search go, under the matching albums.
    void setResultsView(QWidget* results);
    // Until the listener picks an album, the first one found in `folder` (or holding it) is
    // shown when it arrives (the album Liner was started on), else the first album of all.
    void setPreferredFolder(const QString& folder) { m_preferredFolder = folder; }
    // Shows the album in `folder` now, or when a scan brings it (else, at the scan's end, the
    // first album).
    void showAlbumOf(const QString& folder);
    void focusSearch();
    // Albums as a grid of covers (else a list); the View menu shows the same action.
    void setGridShown(bool grid);
    bool isGridShown() const;
    QAction* gridAction() const { return m_gridAction; }
    // Shows the album this file belongs to, as if chosen from the list.
    void showAlbumOfTrack(const QString& path);
    // Shows the album with this key (AlbumInfo::key), as if chosen; false when the library has
    // no such album.
    bool showAlbum(const QString& key);
    // The key of the album shown last.
    const QString& shownAlbum() const { return m_shownKey; }
    // The window shows something else than an album now (a smart playlist): opening any album,
    // the last one too, shows it again.
    void clearShownAlbum();
    // Marks the album of the playing track, whichever album is shown.
    void setPlayingPath(const QString& path);
    // The album list or grid, and the tracks of the albums selected in it (for its context menu).
    QListView* albumView() const { return m_list; }
    QList<library::Track> selectedAlbumTracks() const;
    // Files done against files to read; the bar hides when they meet.
    void showProgress(int done, int total);
    // A pass has ended: if the preferred album never came, the first album is shown.
    void scanFinished();

signals:
    // The tracks of the album to show: chosen, or the shown one read again after a change.
    void albumChosen(const QList<liner::library::Track>& tracks);
    // The listener (or the start) opened the album with this key: the window goes there.
    void albumOpened(const QString& key);
    void addFolderRequested();
    // The search box changed; empty when the search is cleared.
    void searchChanged(const QString& text);
    void gridShownChanged(bool grid);
    // A tile's Play button: play the album's tracks from the first.
    void albumPlayRequested(const QList<liner::library::Track>& tracks);
    // A tile's Add button: add the album's tracks to the end of the queue.
    void albumQueueRequested(const QList<liner::library::Track>& tracks);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Presses and clicks on the Play and Add buttons of the grid's tiles; true when it was one.
    bool tileButtonEvent(QEvent* event);
    void chooseRow(int sourceRow);
    void openRow(int sourceRow);
    void chooseInitialAlbum();
    void showGrid(bool grid);
    // The width QListView fills with a row of the grid.
    int gridRowWidth() const;
    void spreadGridColumns();
    void fitAlbumsToSearch();
    void showCount();
    // Makes the shown album the list's current row, or none when the search hides it.
    void markShownAlbum();

    library::AlbumModel m_albums;
    library::AlbumSearchModel m_search{m_albums};
    QLineEdit* m_searchBox;
    QListView* m_list;
    AlbumDelegate* m_delegate;
    QLabel* m_title;
    QLabel* m_count;
    QProgressBar* m_progress;
    QLabel* m_emptyHint;
    QLabel* m_resultsTitle;
    QVBoxLayout* m_layout;
    QWidget* m_results = nullptr;
    // The tile button pressed and not yet released, and its album.
    QPersistentModelIndex m_pressedTile;
    AlbumDelegate::TileButton m_pressedButton = AlbumDelegate::TileButton::None;
    QAction* m_gridAction;
    QString m_preferredFolder;
    QString m_shownKey;
    bool m_chosen = false;
    bool m_filtering = false;
};

} // namespace liner::gui
