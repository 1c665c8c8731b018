#pragma once

#include "engine/AudioOutput.h"
#include "engine/CommandQueue.h"
#include "engine/Decoder.h"
#include "engine/FeedPhase.h"
#include "engine/PlaybackState.h"
#include "engine/ReplayGain.h"
#include "engine/RingBuffer.h"
#include "engine/TrackSource.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <deque>
#include <optional>
#include <vector>

namespace liner::engine {

struct TrackRequest
{
    TrackSource source;
    int serial = 0;
};

// Lives on the engine thread: decodes ahead into the ring buffer, chains tracks without a gap,
// and turns the callback's frame counter into "track started" and position reports.
class PlaybackWorker : public QObject
{
    Q_OBJECT

public:
    explicit PlaybackWorker(CommandQueue& commands);

    void setDevice(const QString& deviceName);
    void setByteSourceOpener(const QString& scheme, const ByteSourceOpener& opener);
    void play(const TrackRequest& track);
    // The controller's answer to nextWanted(afterSerial); an answer to an earlier question is
    // dropped.
    void setNext(int afterSerial, const TrackRequest& track);
    void pause();
    void resume();
    void stop();
    void seek(qint64 positionMs);
    void setVolume(double volume);
    void setReplayGain(const ReplayGainSettings& settings);
    // Asks PortAudio, here rather than on the caller's thread, which output devices there are.
    void listDevices();
    // Stops playback and ends the engine thread's event loop.
    void shutDown();

    // Carries out everything the engine has queued, in order.
    Q_INVOKABLE void runCommands();

signals:
    void stateChanged(liner::engine::PlaybackState state);
    void trackStarted(int serial, qint64 durationMs);
    void positionChanged(int serial, qint64 positionMs);
    void nextWanted(int serial);
    void trackFailed(int serial, const QString& path, const QString& reason);
    void finished();
    void outputFailed(const QString& reason);
    void devicesListed(const QStringList& names);
    void shutDownDone();

private:
    // A track whose first frame sits at `firstFrame` in the stream (frames counted since the
    // stream opened); `offsetFrames` is where in the track that frame is (after a seek).
    struct StreamedTrack
    {
        TrackRequest request;
        std::int64_t firstFrame = 0;
        std::int64_t offsetFrames = 0;
        std::int64_t durationFrames = -1;
        bool announced = false;
        float gain = 1.0F;          // ReplayGain
        bool gainPublished = false; // the output knows the frame at which `gain` begins
    };

    // Moves the state machine on; every change of m_feed goes through here.
    void enter(feed::Event event);
    // Asks the controller what follows `serial`; only the answer to this question is taken.
    void askForNext(int serial);
    // The decoder's track joins the stream after what has been written, or begins it
    // (`startsStream`), and what follows it is asked for.
    void appendTrack(const TrackRequest& track, bool startsStream);
    // Restarts the track being heard at `positionMs`; `reopen` opens its file afresh.
    void restartAt(qint64 positionMs, bool reopen);
    void pump();
    // Pumps now, and from now on every few milliseconds.
    void startPumping();
    // The stream failed: report it once, keep the track and position, and retry.
    void loseOutput(qint64 positionMs);
    void retryOutput();
    void fadeOutAndAbort();
    void fill(std::int64_t budgetFrames);
    // Opens the track named to follow, once there is one; false while there is nothing to decode.
    bool startNextTrack();
    // Starts the stream of the track that needs its own once the old one has played out.
    bool finishSwitch();
    QString open(const TrackSource& source);
    bool continuesDecodedRange(const TrackSource& next);
    // Opens a stream for the decoder's format unless one is open, or for the nearest format the
    // device takes, set up the decoder to convert to.
    bool ensureOutput();
    void report();
    // Where in the track being heard the listener is.
    qint64 heardPositionMs() const;
    float replayGain(const TrackRequest& track) const;
    // The track gain from the frame the stream starts at next, at once.
    void startTrackGain(float gain);
    // Hands the output the next track-gain change once it has applied the last one.
    void publishTrackGain();
    void setState(PlaybackState state);
    void resetStream();
    std::int64_t prerollFrames() const;
    qint64 framesToMs(std::int64_t frames) const;

    CommandQueue& m_commands;
    RingBuffer m_ring;
    AudioOutput m_output;
    Decoder m_decoder;
    QTimer m_pumpTimer;
    // While the device is lost: tries to reopen it (or the default one) now and then.
    QTimer m_retryTimer;
    qint64 m_lostAtMs = 0; // where the track being heard goes on, in OutputLost
    QString m_deviceName;
    QHash<QString, ByteSourceOpener> m_byteSources; // by URL scheme
    // A format the device rejected and the one played instead.
    struct Fallback
    {
        StreamFormat rejected;
        StreamFormat played;
    };
    std::optional<Fallback> m_fallback;
    PlaybackState m_state = PlaybackState::Stopped;
    double m_volume = 1.0;
    ReplayGainSettings m_replayGain;
    std::int64_t m_publishedGainFrame = -1; // the output's pending track-gain change
    bool m_heardGainChanged = false; // the settings changed the gain of the track being heard

    std::vector<float> m_pending; // decoded samples not yet in the ring
    std::size_t m_pendingOffset = 0;
    std::int64_t m_framesWritten = 0;
    feed::Phase m_feed = feed::Phase::Idle;
    int m_askedSerial = 0;       // the track of the last nextWanted()
    bool m_waitForBytes = false; // fill() may wait for a byte source (the preroll)
    // The track that follows the newest one, once the controller has named it (Decoding,
    // AwaitingNext); in Switching, that track, open and waiting for its stream.
    std::optional<TrackRequest> m_next;
    std::deque<StreamedTrack>
        m_tracks; // the track being heard first, then the ones queued after it
    std::int64_t m_lastReportedPosition = -1;
};

} // namespace liner::engine
