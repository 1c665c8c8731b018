#pragma once

#include "analysis/Waveform.h"
#include "engine/PlaybackState.h"
#include "gui/TrackArt.h"
#include "playlist/PlaybackController.h"

#include <QWidget>
#include <memory>

namespace Ui {
class NowPlayingBar;
}

namespace liner::gui {

class SeekSlider;

// The bar under every view (laid out in ui/NowPlayingBar.ui): the playing track's cover, title
// and artist (each a way to its album), the transport with shuffle and repeat as toggles, the
// position with the time gone and the time left, a seek bar, the Now Playing switch and the
// volume. It shows; the window connects what it asks for to the controller.
class NowPlayingBar : public QWidget
{
    Q_OBJECT

public:
    explicit NowPlayingBar(QWidget* parent = nullptr);
    ~NowPlayingBar() override;

    // The track playing, or about to (after a restart: the track Play resumes).
    void showTrack(const library::Track& track);
    void showArt(const TrackArt& art);
    void clearTrack();
    void showState(engine::PlaybackState state);
    void showPosition(qint64 positionMs);
    void showDuration(qint64 durationMs);
    // Where Play will resume, shown on a stopped bar.
    void showResumePoint(qint64 positionMs, qint64 durationMs);
    void showVolume(double volume);
    void showPlayMode(bool shuffle, playlist::RepeatMode repeat);
    void showNowPlayingOpen(bool open);
    // The playing track's waveform, drawn as the seek bar; empty for a plain bar.
    void setWaveform(const analysis::Waveform& waveform);

    SeekSlider* seekSlider() const;
    const library::Track& track() const { return m_track; }

signals:
    void playPauseClicked();
    void previousClicked();
    void nextClicked();
    void seekRequested(qint64 positionMs);
    void volumeChanged(double volume);
    void shuffleChanged(bool on);
    void repeatChanged(liner::playlist::RepeatMode mode);
    void albumRequested();
    void nowPlayingToggled(bool open);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void showIcons();
    void showCaption();
    void showTimes(qint64 positionMs);

    std::unique_ptr<Ui::NowPlayingBar> m_ui;
    library::Track m_track;
    QImage m_thumbnail;
    engine::PlaybackState m_state = engine::PlaybackState::Stopped;
    playlist::RepeatMode m_repeat = playlist::RepeatMode::Off;
    qint64 m_durationMs = 0;
    int m_volumeBeforeMute = 100;
};

} // namespace liner::gui
