#pragma once

#include "engine/PlaybackState.h"
#include "engine/TrackSource.h"

#include <QObject>
#include <QString>

namespace liner::engine {

// What the rules of play (PlaybackController) need of an engine, and all they may use: tracks
// named by a serial number chosen by the caller, and reports that carry it, so a late report about
// an old track is recognisable. PlaybackEngine is the one that plays; this is the seam where the
// rules can be tested against a scripted engine, without an audio thread. Every command returns
// at once; reports arrive in the thread that created the engine.
class AbstractPlaybackEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Stops what plays and starts `source` from its beginning.
    virtual void play(const TrackSource& source, int serial) = 0;
    // The answer to nextWanted(afterSerial): what follows that track without a gap (a source with
    // an empty path means nothing follows). Answered again whenever that changes; an answer to a
    // question the engine no longer asks is dropped.
    virtual void setNext(int afterSerial, const TrackSource& source, int serial) = 0;
    virtual void pause() = 0;
    virtual void resume() = 0;
    virtual void stop() = 0;
    virtual void seek(qint64 positionMs) = 0;
    // 0.0 .. 1.0; 1.0 leaves samples untouched.
    virtual void setVolume(double volume) = 0;

signals:
    void stateChanged(liner::engine::PlaybackState state);
    // The first frame of the track has reached the device.
    void trackStarted(int serial, qint64 durationMs);
    void positionChanged(int serial, qint64 positionMs);
    // The engine began decoding `serial` (or restarted it, or could not open it) and asks what
    // follows it; answer with setNext().
    void nextWanted(int serial);
    void trackFailed(int serial, const QString& path, const QString& reason);
    // Everything queued has been heard.
    void finished();
    void outputFailed(const QString& reason);
};

} // namespace liner::engine
