#pragma once

#include "PlaybackState.h"
#include "TrackSource.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <utility>

namespace liner::engine {
class PlaybackEngine;
}

namespace liner::playlist {

// The one owner of the rules of play: which track is current, what follows it, what "previous"
// means. The window, the command line and (later) MPRIS all drive playback through it; it tells
// the engine what to open and maps the engine's serial-numbered reports back to queue rows.
class PlaybackController : public QObject
{
    Q_OBJECT

public:
    explicit PlaybackController(engine::PlaybackEngine& engine, QObject* parent = nullptr);

    void setQueue(const QList<engine::TrackSource>& tracks);
    const QList<engine::TrackSource>& queue() const { return m_queue; }

    void playIndex(int index);
    // Where Play starts while nothing has played from this queue yet: the last session's track
    // and position. Any other choice of track forgets it.
    void setResumePoint(int index, qint64 positionMs);
    void playPause();
    void next();
    void previous();
    void stop();
    void seek(qint64 positionMs);
    // 0.0 .. 1.0, clamped.
    void setVolume(double volume);
    double volume() const { return m_volume; }

    // The row being heard, or -1.
    int currentIndex() const { return m_currentIndex; }
    engine::PlaybackState state() const { return m_state; }
    qint64 position() const { return m_positionMs; }

signals:
    void currentIndexChanged(int index);
    void durationChanged(qint64 durationMs);
    void positionChanged(qint64 positionMs);
    // A seek was asked for (by any of the controller's drivers), so all of them can show it.
    void seeked(qint64 positionMs);
    void volumeChanged(double volume);
    void stateChanged(liner::engine::PlaybackState state);
    void trackFailed(int index, const QString& path, const QString& reason);
    // Everything to the end of the queue has played.
    void finished();
    void outputFailed(const QString& reason);

private:
    void onNextWanted(int serial);
    void onTrackStarted(int serial, qint64 durationMs);
    void onPositionChanged(int serial, qint64 positionMs);
    void onTrackFailed(int serial, const QString& path, const QString& reason);
    void onStateChanged(engine::PlaybackState state);
    int serialFor(int index);

    // If "previous" comes later than this into a track, it restarts the track instead.
    static constexpr qint64 kRestartThresholdMs = 3000;

    engine::PlaybackEngine& m_engine;
    QList<engine::TrackSource> m_queue;
    // Serials the engine has been given, and the queue row each stands for; a report carrying a
    // serial not in here belongs to an earlier queue and is dropped.
    QHash<int, int> m_rowOfSerial;
    int m_lastSerial = 0;
    int m_currentIndex = -1;
    int m_currentSerial = 0;
    qint64 m_positionMs = 0;
    double m_volume = 1.0;
    int m_resumeIndex = -1;
    qint64 m_resumeMs = 0;
    // The serial whose start is to be followed by a seek, and where to.
    std::pair<int, qint64> m_seekOnStart{0, 0};
    engine::PlaybackState m_state = engine::PlaybackState::Stopped;
};

} // namespace liner::playlist
