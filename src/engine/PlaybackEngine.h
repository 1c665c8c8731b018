#pragma once

#include "engine/AbstractPlaybackEngine.h"
#include "engine/ByteSource.h"
#include "engine/CommandQueue.h"
#include "engine/ReplayGain.h"

#include <QString>
#include <QStringList>
#include <thread>

namespace liner::engine {

class PlaybackWorker;

// The engine: every call returns at once and is carried out on the engine's own thread, in order,
// which decodes ahead into a ring buffer that the audio device's callback reads. Signals arrive in
// the thread that created the engine.
class PlaybackEngine : public AbstractPlaybackEngine
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
    void play(const TrackSource& source, int serial) override;
    void setNext(int afterSerial, const TrackSource& source, int serial) override;
    void pause() override;
    void resume() override;
    void stop() override;
    void seek(qint64 positionMs) override;
    void setVolume(double volume) override;
    // Applies to the track being heard (with the volume's ramp) and to every later one.
    void setReplayGain(liner::engine::ReplayGainMode mode, double preampDb, bool preventClipping);
    // The output devices PortAudio offers, by name, in devicesListed(): asked on the engine's
    // thread, which owns PortAudio, so a window never waits on the audio system.
    void listDevices();

signals:
    void devicesListed(const QStringList& names);

private:
    void post(CommandQueue::Command command);

    CommandQueue m_commands;
    std::thread m_thread;
    PlaybackWorker* m_worker = nullptr; // lives and dies on m_thread
};

} // namespace liner::engine
