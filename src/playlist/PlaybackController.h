#pragma once

#include "common/ReplayGainTags.h"
#include "engine/PlaybackState.h"
#include "engine/TrackSource.h"
#include "library/Track.h"
#include "playlist/PlayQueue.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <functional>
#include <utility>

namespace liner::engine {
class AbstractPlaybackEngine;
}

namespace liner::playlist {

enum class RepeatMode
{
    Off,
    One, // the current track again and again, without a gap
    All, // the whole queue (in its shuffled order when shuffling), from the start after the end
};

// The one owner of the rules of play: which track is heard, what follows it, what "previous"
// means. The window, the sidebar, the command line and MPRIS all drive playback through it, and
// all read the queue it owns (PlayQueue: the tracks in the order they play). Tracks become what
// the engine opens (engine::TrackSource) only here, at the engine's door; the engine's
// serial-numbered reports are mapped back to queue entries, and a report about an entry of an
// earlier queue is dropped.
//
// What follows a track is told to the engine ahead of time (gapless), and told again whenever the
// queue, shuffle or repeat change what that is.
class PlaybackController : public QObject
{
    Q_OBJECT

public:
    explicit PlaybackController(engine::AbstractPlaybackEngine& engine, QObject* parent = nullptr);

    // Views may move its rows (drag and drop): playback goes on in the order they leave.
    PlayQueue& queue() { return m_queue; }
    const PlayQueue& queue() const { return m_queue; }

    // A new queue, in this order (shuffled, while shuffling); what plays stops.
    void setQueue(const QList<library::Track>& tracks);
    // Plays tracks[index] as part of `tracks`: the queue stays as it is (its edits, its shuffled
    // order) when it holds these very tracks in this order, else they replace it.
    void playTracks(const QList<library::Track>& tracks, int index);
    // Right after the track being played. In the last seconds of a track, once the following one
    // has been opened for a gapless join, they come after that one.
    void playNext(const QList<library::Track>& tracks);
    // At the end of the queue.
    void addToQueue(const QList<library::Track>& tracks);
    // Takes these queue rows out. The track being heard and the one already opened to follow it
    // stay (playback goes on undisturbed); what follows is told to the engine anew.
    void removeRows(const QList<int>& rows);
    // Queued entries of these tracks take their new values (after their notes were edited).
    void updateTracks(const QList<library::Track>& tracks);
    // Shuffling keeps the track being heard and plays the others in a random order after it;
    // turning it off puts the queue back in the order it was queued in (moves made while not
    // shuffling included) and goes on with the track after the one heard.
    void setShuffle(bool on);
    bool shuffle() const { return m_shuffle; }
    void setRepeat(RepeatMode mode);
    RepeatMode repeat() const { return m_repeat; }

    // Plays this row; while shuffling, the rest of the queue is shuffled anew after it.
    void playIndex(int row);
    // Where Play starts while nothing has played from this queue yet: the last session's track
    // and position. Any other choice of track forgets it.
    void setResumePoint(int row, qint64 positionMs);
    void playPause();
    void next();
    // Within the first seconds of a track, the one before it; later, the start of this one.
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

    // The row being heard (or last heard), or -1.
    int currentIndex() const { return m_queue.currentRow(); }
    // Its track, or nullptr.
    const library::Track* currentTrack() const;
    engine::PlaybackState state() const { return m_state; }
    // Stopped, with no track asked of the engine that has yet to start: replacing the queue now
    // cuts nothing short. (state() stays Stopped until the engine answers a play.)
    bool isIdle() const { return m_state == engine::PlaybackState::Stopped && !m_starting; }
    qint64 position() const { return m_positionMs; }

    // If "previous" comes later than this into a track, it restarts the track instead.
    static constexpr qint64 kRestartThresholdMs = 3000;

signals:
    // Another track is being heard (its row), or none (-1). Rows moving around it are told by
    // the queue's own signals.
    void currentIndexChanged(int index);
    // Each time a track begins to be heard, the same one again included (repeat one): what play
    // counts count.
    void trackStarted(int index);
    // Shuffle or repeat changed (from the sidebar, MPRIS or anywhere else).
    void playModeChanged();
    void durationChanged(qint64 durationMs);
    void positionChanged(qint64 positionMs);
    // A seek was asked for (by any of the controller's drivers), so all of them can show it.
    void seeked(qint64 positionMs);
    void volumeChanged(double volume);
    void stateChanged(liner::engine::PlaybackState state);
    // `index` is the track's row, or -1 when it has left the queue since.
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
    // A view moved rows: their new order is the play order (and, while not shuffling, the order
    // the queue goes back to).
    void followMovedRows();
    // A new serial for the engine, standing for this row's entry.
    int serialFor(int row);
    // The entry the engine is decoding (the one play() named, then each that nextWanted names).
    quint64 decodingId() const { return m_entryOfSerial.value(m_decodingSerial, 0); }
    // Plays `row` from its start.
    void start(int row);
    // The row to play after `row`: automatically at its end (repeat one repeats), or on "next".
    int rowAfter(int row, bool automatic) const;
    // Tells the engine, again, what follows the track it is decoding.
    void answerNext();
    // `tracks` at `row` of the queue and at `orderPosition` of the order they were queued in.
    void insertTracks(int row, qsizetype orderPosition, const QList<library::Track>& tracks);
    // The entries `first` (those still queued), then every other one in a random order.
    void shuffleAfter(const QList<quint64>& first);
    QList<library::Track> tracksAsQueued() const;
    // The queue's row as the engine is to play it: with the fallback gains where it has no tags.
    engine::TrackSource withGain(int row) const;

    engine::AbstractPlaybackEngine& m_engine;
    PlayQueue m_queue;
    // Every entry, in the order it was queued (moves made while not shuffling included): the
    // order the queue takes again when shuffle is turned off.
    QList<quint64> m_queuedOrder;
    bool m_shuffle = false;
    RepeatMode m_repeat = RepeatMode::Off;
    int m_decodingSerial = 0;
    // Serials the engine has been given, and the queue entry each stands for; a report carrying
    // a serial not in here belongs to an earlier queue, or an earlier start, and is dropped.
    QHash<int, quint64> m_entryOfSerial;
    int m_lastSerial = 0;
    int m_currentSerial = 0;
    qint64 m_positionMs = 0;
    double m_volume = 1.0;
    quint64 m_resumeId = 0;
    qint64 m_resumeMs = 0;
    // The serial whose start is to be followed by a seek, and where to.
    std::pair<int, qint64> m_seekOnStart{0, 0};
    engine::PlaybackState m_state = engine::PlaybackState::Stopped;
    // A play was asked of the engine and it has not yet answered with a start, a failure or an end.
    bool m_starting = false;
    GainFallback m_gainFallback;
};

} // namespace liner::playlist
