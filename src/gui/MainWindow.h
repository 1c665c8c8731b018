#pragma once

#include "PlaybackState.h"
#include "Track.h"
#include "TrackModel.h"

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace liner::playlist {
class PlaybackController;
}
namespace liner::desktop {
class Settings;
}

namespace liner::gui {

// The first window: an album header, its track table and the transport controls. It only shows
// state and forwards the listener's wishes to the PlaybackController.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(playlist::PlaybackController& controller, desktop::Settings& settings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows these tracks as the album and makes them the play queue.
    void setAlbum(const QList<library::Track>& tracks);
    library::TrackModel& trackModel() { return m_tracks; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void showAlbumHeader();
    void showCurrentTrack(int index);
    void showState(engine::PlaybackState state);
    void showPosition(qint64 positionMs);
    void showDuration(qint64 durationMs);
    void showTrackFailure(int index, const QString& path, const QString& reason);

    std::unique_ptr<Ui::MainWindow> m_ui;
    playlist::PlaybackController& m_controller;
    desktop::Settings& m_settings;
    library::TrackModel m_tracks;
    bool m_sliderHeld = false;
};

} // namespace liner::gui
