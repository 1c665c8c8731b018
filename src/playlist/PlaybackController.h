#pragma once

#include "engine/PlaybackState.h"
#include "engine/TrackSource.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <functional>
#include <utility>

namespace liner::engine {
class PlaybackEngine;
}

namespace liner::playlist {

enum class RepeatMode
{
    Off,
    One, // the current track again and again, without a gap
    All, // the whole queue (in its shuffled order when shuffling), from the start after the end
};

// The one owner of the rules of play: which track is current, what follows it, what "previous"
// means. The window, the command line and (later) MPRIS all drive playback through it; it tells
// the engine what to open and maps the engine's serial-numbered reports back to queue rows.
//
// The queue's rows keep the order they were added in; the play order is those rows in sequence,
// or shuffled. What follows a track is told to the engine ahead of time (gapless), and told again
// whenever the queue, shuffle or repeat change what that is.
class PlaybackController : public QObject
{
    Q_OBJECT

public:
    explicit PlaybackController(engine::PlaybackEngine& engine, QObject* parent = nullptr);

    void setQueue(const QList<engine::TrackSource>& tracks);
    const QList<engine::TrackSource>& queue() const { return m_queue; }
    // Queue rows in the order they will play.
    const QList<int>& playOrder() const { return m_order; }

    // Right after the track being played. In the last seconds of a track, once the following one
    // has been opened for a gapless join, they come after that one.
    void playNext(const QList<engine::TrackSource>& tracks);
    // At the end of the queue.
    void addToQueue(const QList<engine::TrackSource>& tracks);
    // Takes these queue rows out. The track being heard and the one already opened to follow it
    // stay (playback goes on undisturbed); what follows is told to the engine anew.
    void removeRows(const QList<int>& rows);
    // A new play order: `rows` holds every queue row once, in the order they are to play. While
    // shuffling only the play order changes; otherwise the queue's rows take that order, so it
    // survives turning shuffle on and off. The playing track plays on.
    void reorder(const QList<int>& rows);
    // Shuffling keeps the current track and plays the others in a random order; turning it off
    // goes on with the row after the current one.
    void setShuffle(bool on);
    bool shuffle() const { return m_shuffle; }
    void setRepeat(RepeatMode mode);
    RepeatMode repeat() const { return m_repeat; }

    // Plays this row; while shuffling, the rest of the queue is shuffled anew after it.
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
    // Gains for tracks whose files carry no ReplayGain tags (the analysis's); a track's own tags
    // always win. Asked each time a track is handed to the engine.
    using GainFallback = std::function<ReplayGainTags(const engine::TrackSource&)>;
    void setGainFallback(GainFallback fallback) { m_gainFallback = std::move(fallback); }
    double volume() const { return m_volume; }

    // The row being heard, or -1.
    int currentIndex() const { return m_currentIndex; }
    engine::PlaybackState state() const { return m_state; }
    qint64 position() const { return m_positionMs; }

signals:
    void currentIndexChanged(int index);
    // Each time a track begins to be heard, the same one again included (repeat one): what play
    // counts count.
    void trackStarted(int index);
    void queueChanged();
    // Shuffle or repeat changed (from the sidebar, MPRIS or anywhere else).
    void playModeChanged();
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
    void onEngineFinished();
    int serialFor(int index);
    // Plays `row` from its start, keeping the play order.
    void start(int row);
    // The row to play after `row`: automatically at its end (repeat one repeats), or on "next".
    int rowAfter(int row, bool automatic) const;
    // Tells the engine, again, what follows the track it is decoding.
    void answerNext();
    void insertRows(int row, int orderPosition, const QList<engine::TrackSource>& tracks);
    // Renumbers every reference to a queue row (-1 for rows gone) after the queue changed shape.
    void remapRows(const QList<int>& newRowOf);
    // The current row first (when there is one), then every other row in a random order.
    void shuffleOrder(int first);
    // The queue's row as the engine is to play it: with the fallback gains where it has no tags.
    engine::TrackSource withGain(int row) const;

    // If "previous" comes later than this into a track, it restarts the track instead.
    static constexpr qint64 kRestartThresholdMs = 3000;

    engine::PlaybackEngine& m_engine;
    QList<engine::TrackSource> m_queue;
    QList<int> m_order;
    bool m_shuffle = false;
    RepeatMode m_repeat = RepeatMode::Off;
    // The track the engine is decoding: the one given to play(), then each that nextWanted names.
    int m_decodingSerial = 0;
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
    GainFallback m_gainFallback;
};

} // namespace liner::playlist
