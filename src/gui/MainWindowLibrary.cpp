// The library side: the albums the folders' scans and the servers bring, the search and the grid's
// buttons, music folders added (File menu, a drop on the window) or changed in Preferences, and
// the track menu on the album's table, the search results and the albums.
#include "desktop/Settings.h"
#include "gui/MainWindow.h"
#include "gui/ScanNotice.h"
#include "gui/TrackContextMenu.h"
#include "gui/TrackStatsColumns.h"
#include "library/LibraryUpdater.h"
#include "notes/TrackNotesLookup.h"
#include "playlist/PlaybackController.h"
#include "server/ServerLibrary.h"
#include "ui_MainWindow.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QStatusBar>

namespace liner::gui {

void MainWindow::connectLibraryPane()
{
    // "Queen of Tears" and "눈물의 여왕" singles make one soundtrack.
    connect(&m_notesLoader, &notes::AlbumNotesLoader::workTitlesRead, &m_libraryPane->albums(),
            &library::AlbumModel::setWorkTitles);
    connect(&m_notesLoader, &notes::AlbumNotesLoader::ready, this, &MainWindow::showAlbumNotes);
    connect(m_libraryPane, &LibraryPane::searchChanged, this, &MainWindow::showSearch);
    connect(m_searchResults, &TrackSearchTable::playRequested, &m_controller,
            &playlist::PlaybackController::playTracks);
    m_libraryPane->setGridShown(m_settings.albumGrid());
    connect(m_libraryPane, &LibraryPane::gridShownChanged, this,
            [this](bool grid) { m_settings.setAlbumGrid(grid); });
    setAcceptDrops(true);
    connect(m_libraryPane, &LibraryPane::albumChosen, this, &MainWindow::setAlbum);
    connect(m_libraryPane, &LibraryPane::addFolderRequested, this, &MainWindow::chooseMusicFolder);
    connect(m_libraryPane, &LibraryPane::albumPlayRequested, this,
            [this](const QList<library::Track>& tracks) { m_controller.playTracks(tracks, 0); });
    connect(m_libraryPane, &LibraryPane::albumQueueRequested, &m_controller,
            &playlist::PlaybackController::addToQueue);
}

void MainWindow::setTrackMenu(TrackContextMenu& menu)
{
    m_trackMenu = &menu;
    m_statsColumns = new TrackStatsColumns(menu.stats(), this);
    m_statsColumns->setSourceModel(&m_tracks);
    m_filteredTracks.setSourceModel(m_statsColumns);
    m_ui->trackTable->setRatingColumn(m_statsColumns->ratingColumn());
    connect(m_ui->trackTable, &TrackTable::ratingClicked, this, [this](int row, int stars) {
        const int track = m_filteredTracks.mapToSource(m_filteredTracks.index(row, 0)).row();
        if (track >= 0)
            m_trackMenu->rate({m_tracks.track(track)}, stars);
    });
    offerTrackMenu(m_ui->trackTable, [this] { return selectedTracks(); });
    offerTrackMenu(m_searchResults, [this] { return m_searchResults->selectedTracks(); });
    // The albums' menu opens with Play, what the tiles' Play button does, for the keyboard.
    offerTrackMenu(
        m_libraryPane->albumView(), [this] { return m_libraryPane->selectedAlbumTracks(); }, true);
}

void MainWindow::offerTrackMenu(QAbstractItemView* view,
                                const std::function<QList<library::Track>()>& chosen,
                                bool offerPlay)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view, chosen, offerPlay](const QPoint& at) {
                const QList<library::Track> tracks = chosen();
                const std::unique_ptr<QMenu> menu(m_trackMenu->menuFor(tracks, this));
                if (!menu)
                    return;
                if (offerPlay) {
                    auto* play = new QAction(tr("Play"), menu.get());
                    play->setObjectName(QStringLiteral("playChosenAction"));
                    connect(play, &QAction::triggered, this,
                            [this, tracks] { m_controller.playTracks(tracks, 0); });
                    menu->insertAction(menu->actions().value(0), play);
                }
                menu->exec(view->viewport()->mapToGlobal(at));
            });
}

void MainWindow::connectLibrary(library::LibraryUpdater& updater, const QString& preferredFolder)
{
    m_library = &updater;
    updater.setAnnotation(notes::libraryAnnotation(m_notesPacksFolder));
    if (m_settings.isFirstRun()) {
        // Stays until another message replaces it; shown once in the life of the settings.
        const bool bundled = !m_bundledAlbum.isEmpty() && !preferredFolder.isEmpty() &&
                             QFileInfo(preferredFolder) == QFileInfo(m_bundledAlbum);
        if (bundled)
            statusBar()->showMessage(
                tr("Welcome to Liner. This is its demo album: open its booklet with Booklet "
                   "(Ctrl+B). Add your own music with File ▸ Add Music Folder… (Ctrl+O), or drop a "
                   "folder on the window."));
        m_settings.setFirstRunDone();
    }
    m_libraryPane->setPreferredFolder(preferredFolder);
    library::AlbumModel& albums = m_libraryPane->albums();
    albums.setGroupingCache(QFileInfo(updater.databasePath()).path());
    connect(&updater, &library::LibraryUpdater::foldersArrived, &albums,
            &library::AlbumModel::addFolders);
    connect(&updater, &library::LibraryUpdater::foldersArrived, this,
            &MainWindow::takeArrivedFolders);
    // A large library's first folders are grouped aside: the first pass waits for their albums.
    updater.setShowing(
        [model = QPointer<library::AlbumModel>(&albums)] { return model && model->isGrouping(); });
    connect(&albums, &library::AlbumModel::albumsSettled, &updater,
            &library::LibraryUpdater::firstFoldersShown);
    connect(&updater, &library::LibraryUpdater::progressChanged, m_libraryPane,
            &LibraryPane::showProgress);
    connect(&updater, &library::LibraryUpdater::finished, this,
            [this](const QList<library::FolderTracksPtr>& folders, const QStringList& problems) {
                m_folders = folders;
                m_rowOfFolder.clear();
                showWholeLibrary();
                // A pass begun before the folders last changed cannot tell that an album asked
                // for (a later `liner PATH`'s) is not coming: the pass that follows may bring it.
                if (!m_library->isPassOverFoldersWaiting())
                    m_libraryPane->scanFinished();
                if (const QString notice = ScanNotice::describe(folders, problems);
                    !notice.isEmpty())
                    statusBar()->showMessage(notice);
            });
}

void MainWindow::connectServers(server::ServerLibrary& servers)
{
    // Each server album is one folder, named by its URL, made compact off the UI thread.
    connect(&servers, &server::ServerLibrary::foldersChanged, this,
            [this](const QList<library::FolderTracksPtr>& folders) {
                m_serverFolders = folders;
                showWholeLibrary();
            });
    library::AlbumModel& albums = m_libraryPane->albums();
    connect(&servers, &server::ServerLibrary::coversChanged, &albums,
            &library::AlbumModel::reloadCovers);
    // A large server's cached albums are grouped aside: its listing waits for them.
    servers.setShowing(
        [model = QPointer<library::AlbumModel>(&albums)] { return model && model->isGrouping(); });
    connect(&albums, &library::AlbumModel::albumsSettled, &servers,
            &server::ServerLibrary::firstFoldersShown);
    connect(&servers, &server::ServerLibrary::problem, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
}

void MainWindow::takeArrivedFolders(const QList<library::FolderTracksPtr>& folders)
{
    if (m_folders.isEmpty()) {
        m_folders = folders;
        m_rowOfFolder.clear();
        return;
    }
    // Made once a pass, not for every batch: at 100,000 tracks, making it again for each of a
    // first pass's batches took 350 ms of the window's thread, 15 ms a batch by the end.
    if (m_rowOfFolder.isEmpty()) {
        m_rowOfFolder.reserve(m_folders.size());
        for (qsizetype row = 0; row < m_folders.size(); ++row)
            m_rowOfFolder.insert(m_folders[row]->path, row);
    }
    for (const library::FolderTracksPtr& folder : folders) {
        if (const auto row = m_rowOfFolder.constFind(folder->path); row != m_rowOfFolder.cend()) {
            m_folders[*row] = folder;
        } else {
            m_rowOfFolder.insert(folder->path, m_folders.size());
            m_folders << folder;
        }
    }
}

void MainWindow::showWholeLibrary()
{
    const QList<library::FolderTracksPtr> all = m_folders + m_serverFolders;
    m_libraryPane->albums().setFolders(all);
    m_searchResults->setLibrary(all);
    emit libraryChanged(all);
}

void MainWindow::chooseMusicFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add Music Folder"));
    if (!folder.isEmpty())
        addMusicFolder(folder);
}

void MainWindow::addMusicFolder(const QString& folder)
{
    QStringList folders = m_settings.libraryFolders();
    if (!folders.contains(folder)) {
        folders << folder;
        m_settings.setLibraryFolders(folders);
    }
    if (m_library != nullptr && !m_library->folders().contains(folder))
        m_library->setFolders(QStringList(m_library->folders()) << folder);
    statusBar()->showMessage(tr("Adding %1 to the library…").arg(folder), 5000);
}

void MainWindow::changeMusicFolders(const QStringList& before, const QStringList& after)
{
    if (m_library == nullptr)
        return;
    QStringList folders = m_library->folders();
    for (const QString& folder : before) {
        if (!after.contains(folder))
            folders.removeAll(folder);
    }
    for (const QString& folder : after) {
        if (!folders.contains(folder))
            folders << folder;
    }
    m_library->setFolders(folders);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(),
                    [](const QUrl& url) { return QFileInfo(url.toLocalFile()).isDir(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        if (QFileInfo(url.toLocalFile()).isDir())
            addMusicFolder(QDir::cleanPath(url.toLocalFile()));
    }
    event->acceptProposedAction();
}

} // namespace liner::gui
