#pragma once

#include "AlbumModel.h"

#include <QSortFilterProxyModel>
#include <QWidget>

class QLineEdit;
class QListView;
class QProgressBar;
class QLabel;

namespace liner::gui {

// The library side of the window: a search box over the albums (album, artist, track titles,
// moods) and the album list with covers. Choosing an album asks the window to show it.
class LibraryPane : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryPane(QWidget* parent = nullptr);

    library::AlbumModel& albums() { return m_albums; }
    // Until the listener picks an album, the first one found in `folder` is shown when it
    // arrives (the album Liner was started on), else the first album of all.
    void setPreferredFolder(const QString& folder) { m_preferredFolder = folder; }
    void focusSearch();
    // Marks the album of the playing track, whichever album is shown.
    void setPlayingPath(const QString& path);
    // Files done against files to read; the bar hides when they meet.
    void showProgress(int done, int total);
    // A pass has ended: if the preferred album never came, the first album is shown.
    void scanFinished();

signals:
    void albumChosen(const QList<liner::library::Track>& tracks);
    void addFolderRequested();

private:
    void chooseRow(int sourceRow);
    void chooseInitialAlbum();

    library::AlbumModel m_albums;
    QSortFilterProxyModel m_search;
    QLineEdit* m_searchBox;
    QListView* m_list;
    QProgressBar* m_progress;
    QLabel* m_emptyHint;
    QString m_preferredFolder;
    QString m_shownFolder;
    bool m_chosen = false;
};

} // namespace liner::gui
