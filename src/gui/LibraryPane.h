#pragma once

#include "library/AlbumModel.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QListView;
class QProgressBar;
class QLabel;

namespace liner::gui {

// The library side of the window: a search box over the albums (album, artist, track titles,
// moods) and the albums with covers, as a list or a grid. Choosing an album asks the window to show
// it.
class LibraryPane : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPane(QWidget* parent = nullptr);

    library::AlbumModel& albums() { return m_albums; }
    // Until the listener picks an album, the first one found in `folder` (or holding it) is
    // shown when it arrives (the album Liner was started on), else the first album of all.
    void setPreferredFolder(const QString& folder) { m_preferredFolder = folder; }
    // Shows the album in `folder` now, or when a scan brings it (else, at the scan's end, the
    // first album).
    void showAlbumOf(const QString& folder);
    void focusSearch();
    // Albums as a grid of covers (else a list); the View menu shows the same action.
    void setGridShown(bool grid);
    bool isGridShown() const { return m_gridAction->isChecked(); }
    QAction* gridAction() const { return m_gridAction; }
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
    void albumChosen(const QList<liner::library::Track>& tracks);
    void addFolderRequested();
    // The search box changed; empty when the search is cleared.
    void searchChanged(const QString& text);
    void gridShownChanged(bool grid);

private:
    void chooseRow(int sourceRow);
    void chooseInitialAlbum();
    void showGrid(bool grid);
    // Makes the shown album the list's current row, or none when the search hides it.
    void markShownAlbum();

    library::AlbumModel m_albums;
    library::AlbumOrderModel m_search;
    QLineEdit* m_searchBox;
    QListView* m_list;
    QProgressBar* m_progress;
    QLabel* m_emptyHint;
    QAction* m_gridAction;
    QString m_preferredFolder;
    QString m_shownKey;
    bool m_chosen = false;
    bool m_filtering = false;
};

} // namespace liner::gui
