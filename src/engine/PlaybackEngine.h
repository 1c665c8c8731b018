#pragma once

#include "engine/ByteSource.h"
#include "engine/CommandQueue.h"
#include "engine/PlaybackState.h"
#include "engine/ReplayGain.h"
#include "engine/TrackSource.h"

#include <QObject>
#include <QString>
#include <thread>

namespace liner::engine {

class PlaybackWorker;

// The engine as the rest of the program sees it: every call returns at once and is carried out on
// the engine's own thread, in order. Each track is named by a serial number chosen by the caller,
// and every signal about a track carries it, so a late report about an old track is recognisable.
// Signals arrive in the thread that created the engine.
class PlaybackEngine : public QObject
{
    Q_OBJECT

public:
    explicit PlaybackEngine(QObject* parent = nullptr);
    ~PlaybackEngine() override;

    // An empty name selects PortAudio's default output device.
    void setDevice(const QString& deviceName);
    // Locations with this URL scheme ("subsonic") are read through `opener` from then on; other
    // locations are files (or whatever FFmpeg opens by name).
    void setByteSourceOpener(const QString& scheme, ByteSourceOpener opener);
    // Stops what plays and starts `source` from its beginning.
    void play(const TrackSource& source, int serial);
    // The answer to nextWanted(): what follows the current track without a gap (a source with an
    // empty path means nothing follows).
    void setNext(const TrackSource& source, int serial);
    void pause();
    void resume();
    void stop();
    void seek(qint64 positionMs);
    // 0.0 .. 1.0; 1.0 leaves samples untouched.
    void setVolume(double volume);
    // Applies to the track being heard (with the volume's ramp) and to every later one.
    void setReplayGain(liner::engine::ReplayGainMode mode, double preampDb, bool preventClipping);

signals:
    void stateChanged(liner::engine::PlaybackState state);
    // The first frame of the track has reached the device.
    void trackStarted(int serial, qint64 durationMs);
    void positionChanged(int serial, qint64 positionMs);
    // The engine began decoding `serial` and asks what follows it; answer with setNext().
    void nextWanted(int serial);
    void trackFailed(int serial, const QString& path, const QString& reason);
    // Everything queued has been heard.
    void finished();
    void outputFailed(const QString& reason);

private:
    void post(CommandQueue::Command command);

    CommandQueue m_commands;
    std::thread m_thread;
    PlaybackWorker* m_worker = nullptr; // lives and dies on m_thread
};

} // namespace liner::engine
