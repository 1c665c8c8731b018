// The now-playing bar and the Now Playing view: they show what the controller plays, and pass on
// what the listener asks of it.
#include "desktop/Settings.h"
#include "gui/LyricsFlow.h"
#include "gui/MainWindow.h"
#include "playlist/PlaybackController.h"
#include "ui_MainWindow.h"

#include <QStatusBar>

namespace liner::gui {

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

} // namespace liner::gui
