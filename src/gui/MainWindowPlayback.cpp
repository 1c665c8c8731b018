// The now-playing bar and the Now Playing view: they show what the controller plays, and pass on
// what the listener asks of it.
#include "common/FileName.h"
#include "desktop/Settings.h"
#include "gui/LyricsFlow.h"
#include "gui/MainWindow.h"
#include "playlist/PlaybackController.h"
#include "server/ServerLocation.h"
#include "ui_MainWindow.h"

#include <QFileInfo>
#include <QStatusBar>

namespace liner::gui {

using engine::PlaybackState;
using playlist::PlaybackController;

void MainWindow::connectTransport()
{
    NowPlayingBar* bar = m_ui->nowPlayingBar;
    connect(bar, &NowPlayingBar::playPauseClicked, &m_controller, &PlaybackController::playPause);
    connect(bar, &NowPlayingBar::previousClicked, &m_controller, &PlaybackController::previous);
    connect(bar, &NowPlayingBar::nextClicked, &m_controller, &PlaybackController::next);
    connect(bar, &NowPlayingBar::seekRequested, &m_controller, &PlaybackController::seek);
    connect(bar, &NowPlayingBar::volumeChanged, &m_controller, &PlaybackController::setVolume);
    connect(bar, &NowPlayingBar::shuffleChanged, &m_controller, &PlaybackController::setShuffle);
    connect(bar, &NowPlayingBar::repeatChanged, &m_controller, &PlaybackController::setRepeat);
    connect(bar, &NowPlayingBar::nowPlayingToggled, this, &MainWindow::showNowPlayingView);
    connect(bar, &NowPlayingBar::albumRequested, this, [this] {
        const library::Track& track = m_ui->nowPlayingBar->track();
        if (!track.path.isEmpty())
            m_libraryPane->showAlbumOfTrack(track.path);
    });
    // The volume, shuffle and repeat may also be set from elsewhere (MPRIS, the sidebar).
    connect(&m_controller, &PlaybackController::volumeChanged, this, [this](double volume) {
        m_ui->nowPlayingBar->showVolume(volume);
        m_settings.setVolume(volume);
    });
    connect(&m_controller, &PlaybackController::playModeChanged, this, [this] {
        m_ui->nowPlayingBar->showPlayMode(m_controller.shuffle(), m_controller.repeat());
    });
    bar->showPlayMode(m_controller.shuffle(), m_controller.repeat());
    bar->showState(m_controller.state());

    NowPlayingView* view = m_ui->nowPlayingView;
    connect(view, &NowPlayingView::seekRequested, &m_controller, &PlaybackController::seek);
    connect(view, &NowPlayingView::albumRequested, bar, &NowPlayingBar::albumRequested);
    connect(view, &NowPlayingView::lyricsOffsetChanged, this, [this](qint64 offset) {
        const library::Track& track = m_ui->nowPlayingBar->track();
        if (!track.path.isEmpty())
            m_settings.setLyricsOffsetMs(track.path, offset);
    });
    view->setTimedNotesBesideLyrics(m_settings.timedNotesBesideLyrics());
    connect(view, &NowPlayingView::timedNotesPlacementChanged, this,
            [this](bool beside) { m_settings.setTimedNotesBesideLyrics(beside); });
    connect(&m_art, &TrackArtLoader::loaded, this, [this](const TrackArt& art) {
        m_ui->nowPlayingBar->showArt(art);
        if (art.track.path != m_ui->nowPlayingBar->track().path)
            return;
        // A lyrics file that could not be read says so; the tags' lyrics show meanwhile.
        if (!art.lyrics.fileProblem().isEmpty())
            statusBar()->showMessage(art.lyrics.fileProblem());
        // Without lyrics, the track's notes take their place.
        m_ui->nowPlayingView->showTrack(art, art.notes.prose,
                                        m_settings.lyricsOffsetMs(art.track.path));
        m_ui->nowPlayingView->setPosition(m_controller.position());
    });
}

void MainWindow::offerLastTrack()
{
    const QString path = m_settings.lastTrackPath();
    if (path.isEmpty())
        return;
    const QList<library::Track> queued = m_controller.queue().tracks();
    const auto found = std::ranges::find(queued, path, &library::Track::path);
    if (found == queued.cend())
        return;
    const int row = m_tracks.rowOf(path, found->startUs);
    if (row < 0)
        return;
    m_controller.setResumePoint(int(found - queued.cbegin()), m_settings.lastPositionMs());
    // The bar shows what Play will do: this track, from where it was left.
    m_ui->nowPlayingBar->showTrack(*found);
    m_ui->nowPlayingBar->showResumePoint(m_settings.lastPositionMs(), found->durationMs);
    m_art.load(*found);
    m_ui->trackTable->setCurrentIndex(shownIndex(row));
}

void MainWindow::playRow(int row)
{
    m_controller.playTracks(m_tracks.tracks(), row);
}

void MainWindow::markPlaying()
{
    const library::Track* current = m_controller.currentTrack();
    m_tracks.setPlayingRow(current != nullptr ? m_tracks.rowOf(current->path, current->startUs)
                                              : -1);
}

void MainWindow::showCurrentTrack()
{
    markPlaying();
    if (selectedRow() < 0)
        showNotesFor(m_tracks.playingRow());
    showPlayingAnalysis();
    const library::Track* current = m_controller.currentTrack();
    if (current == nullptr) {
        m_searchResults->setPlayingTrack({}, 0);
        m_ui->nowPlayingBar->clearTrack();
        m_ui->nowPlayingView->clear();
        return;
    }
    const library::Track playing = *current;
    m_libraryPane->setPlayingPath(playing.path);
    m_searchResults->setPlayingTrack(playing.path, playing.startUs);
    m_ui->nowPlayingBar->showTrack(playing);
    m_art.load(playing);
}

void MainWindow::showState(PlaybackState state)
{
    m_ui->nowPlayingBar->showState(state);
}

void MainWindow::showPosition(qint64 positionMs)
{
    m_ui->nowPlayingBar->showPosition(positionMs);
    m_ui->nowPlayingView->setPosition(positionMs);
}

void MainWindow::showDuration(qint64 durationMs)
{
    m_ui->nowPlayingBar->showDuration(durationMs);
    m_ui->nowPlayingView->setDuration(durationMs);
}

void MainWindow::showTrackFailure(int index, const QString& path, const QString& reason)
{
    Q_UNUSED(index)
    QString name = readableFileName(QFileInfo(path).fileName());
    // A song on a server is named by its title: its URL ends in an id nobody knows it by. A file
    // keeps its file name, which is what the listener finds it by on disk.
    for (int row = 0; server::ServerLocation::isServerLocation(path) && row < m_tracks.rowCount();
         ++row) {
        if (m_tracks.track(row).path == path)
            name = m_tracks.track(row).displayTitle();
    }
    statusBar()->showMessage(tr("Could not play %1: %2").arg(name, reason));
}

} // namespace liner::gui
