#include "gui/MainWindow.h"

#include "desktop/Settings.h"
#include "gui/BookletContent.h"
#include "gui/PlaylistSidebar.h"
#include "gui/TrackStatsColumns.h"
#include "playlist/PlaybackController.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>

namespace liner::gui {

using engine::PlaybackState;
using library::TrackModel;

namespace {

// The sidebar's width at first.
constexpr int kSidebarWidth = 260;

} // namespace

MainWindow::MainWindow(playlist::PlaybackController& controller, desktop::Settings& settings,
                       const QString& notesPacksFolder, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_controller(controller),
      m_settings(settings), m_notesPacksFolder(notesPacksFolder), m_notesLoader(notesPacksFolder),
      m_searchResults(new TrackSearchTable(this)), m_art(notesPacksFolder)
{
    m_ui->setupUi(this);
    m_libraryPane = m_ui->libraryPane;
    m_libraryPane->setResultsView(m_searchResults);
    connectLibraryPane();
    m_filteredTracks.setSourceModel(&m_tracks);
    m_ui->trackTable->setModel(&m_filteredTracks);
    // Every track of an album is on it; the library search shows the album column.
    m_ui->trackTable->hideColumn(TrackModel::AlbumColumn);
    m_ui->contentSplitter->setStretchFactor(0, 3);
    m_ui->contentSplitter->setStretchFactor(1, 2);
    m_ui->contentSplitter->restoreState(m_settings.splitterState());

    createActions();
    connectBooklet();
    connectTransport();
    connectNavigation();

    connectAlbumPage();

    connect(&m_controller, &playlist::PlaybackController::currentIndexChanged, this,
            &MainWindow::showCurrentTrack);
    connect(&m_controller, &playlist::PlaybackController::stateChanged, this,
            &MainWindow::showState);
    connect(&m_controller, &playlist::PlaybackController::positionChanged, this,
            &MainWindow::showPosition);
    connect(&m_controller, &playlist::PlaybackController::durationChanged, this,
            &MainWindow::showDuration);
    connect(&m_controller, &playlist::PlaybackController::trackFailed, this,
            &MainWindow::showTrackFailure);
    connect(&m_controller, &playlist::PlaybackController::outputFailed, this,
            [this](const QString& reason) {
                statusBar()->showMessage(tr("Audio output failed: %1").arg(reason));
            });

    m_ui->nowPlayingBar->showVolume(m_settings.volume());
    m_controller.setVolume(m_settings.volume());
    connect(&m_settings, &desktop::Settings::saveFailed, this, &MainWindow::showProblem);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
}

MainWindow::~MainWindow() = default;

void MainWindow::showProblem(const QString& message)
{
    statusBar()->showMessage(message);
}

void MainWindow::raiseToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::addSidebar(QWidget* sidebar)
{
    // Left of everything but the now-playing bar.
    m_ui->sideSplitter->insertWidget(0, sidebar);
    m_ui->sideSplitter->setStretchFactor(0, 0);
    m_ui->sideSplitter->setStretchFactor(1, 1);
    m_ui->sideSplitter->setSizes({kSidebarWidth, std::max(width() - kSidebarWidth, 400)});
    if (auto* playlists = qobject_cast<PlaylistSidebar*>(sidebar)) {
        m_playlists = playlists;
        // Before Help, so the F1 list shows the playlist keys too.
        QMenu* menu = new QMenu(tr("P&laylists"), menuBar());
        menu->addActions(playlists->windowActions());
        menuBar()->insertMenu(menuBar()->actions().constLast(), menu);
    }
    // Tracks are dragged from the album into the sidebar's playlists.
    m_ui->trackTable->setDragDropMode(QAbstractItemView::DragOnly);
}

void MainWindow::setAlbum(const QList<library::Track>& tracks)
{
    m_listName.clear();
    showTracks(tracks);
}

void MainWindow::playAlbum(const QList<library::Track>& tracks)
{
    setAlbum(tracks);
    playRow(0);
}

void MainWindow::showSmartPlaylist(const QString& name, const QList<library::Track>& tracks)
{
    m_listName = name;
    m_libraryPane->clearShownAlbum();
    showTracks(tracks);
    if (!m_restoring)
        navigate({Location::View::SmartPlaylist, name});
}

void MainWindow::showTracks(const QList<library::Track>& tracks)
{
    // Shared, not copied track by track, when every track is readable (nearly always).
    QList<library::Track> playable = tracks;
    const qsizetype unreadable =
        playable.removeIf([](const library::Track& track) { return !track.isReadable(); });
    m_albumNotes = {};
    m_savedNotesRow = -1;
    m_savedNotesMessage.clear();
    QList<const library::Track*> members;
    for (const library::Track& track : std::as_const(playable))
        members.append(&track);
    m_album = {};
    library::describeAlbum(m_album, members);
    loadCover(playable);
    m_tracks.setTracks(playable);
    // Not while a play just asked for is starting: a rescan that re-shows the album must not
    // replace the queue under it.
    const bool queueChanges = m_controller.isIdle();
    if (queueChanges)
        m_controller.setQueue(playable);
    markPlaying();
    fillFilters(false);
    showAlbumHeader();
    showBooklet();
    showArc();
    // The notes pane's page is rendered off the UI thread: until it is, the pane is empty rather
    // than showing the album shown before.
    m_ui->trackNotesBrowser->clearNotes();
    showNotesFor(playable.isEmpty() ? -1 : 0);
    if (queueChanges)
        offerLastTrack();
    m_notesLoader.request(playable);
    if (unreadable > 0)
        statusBar()->showMessage(
            unreadable == 1 ? tr("1 file could not be read and was left out.")
                            : tr("%1 files could not be read and were left out.").arg(unreadable));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setSplitterState(m_ui->contentSplitter->saveState());
    m_settings.setWindowState(saveState());
    if (const library::Track* current = m_controller.currentTrack())
        m_settings.setLastTrack(current->path, m_controller.state() == PlaybackState::Stopped
                                                   ? 0
                                                   : m_controller.position());
    m_controller.stop();
    event->accept();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (handleMouseNavigation(watched, event))
        return true;
    if (watched == m_ui->albumPage && event->type() == QEvent::Resize)
        arrangeAlbumPage();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showBooklet()
{
    // A smart playlist's tracks come from many albums: it has no booklet of its own.
    const bool album = m_listName.isEmpty() && m_tracks.rowCount() > 0;
    m_ui->bookletButton->setEnabled(album);
    m_bookletAction->setEnabled(album);
    m_exportBookletAction->setEnabled(album);
    m_bookletStale = album && m_ui->mainViews->currentWidget() != m_ui->bookletView;
    if (album && !m_bookletStale)
        m_ui->bookletView->setContent(
            BookletContent::fromAlbum(m_album, m_tracks.tracks(), m_albumNotes.notes, m_cover));
}

QModelIndex MainWindow::shownIndex(int row) const
{
    // The filter's source is the statistics columns once the track menu is set, else the tracks.
    QModelIndex index = m_tracks.index(row, TrackModel::TitleColumn);
    if (m_statsColumns != nullptr)
        index = m_statsColumns->mapFromSource(index);
    return m_filteredTracks.mapFromSource(index);
}

int MainWindow::selectedRow() const
{
    const QModelIndex current = m_ui->trackTable->selectionModel()->currentIndex();
    return current.isValid() ? m_filteredTracks.mapToSource(current).row() : -1;
}

QList<library::Track> MainWindow::selectedTracks() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_ui->trackTable->selectionModel()->selectedRows())
        rows << m_filteredTracks.mapToSource(index).row();
    std::ranges::sort(rows);
    QList<library::Track> tracks;
    for (const int row : rows)
        tracks << m_tracks.track(row);
    return tracks;
}

} // namespace liner::gui
