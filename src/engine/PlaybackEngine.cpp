#include "engine/PlaybackEngine.h"

#include "engine/PlaybackWorker.h"

#include <QEventLoop>
#include <future>

namespace liner::engine {

PlaybackEngine::PlaybackEngine(QObject* parent) : AbstractPlaybackEngine(parent)
{
    qRegisterMetaType<PlaybackState>();
    // A std::thread rather than a QThread: its start and join are visible to ThreadSanitizer,
    // which cannot see inside Qt's uninstrumented synchronisation.
    std::promise<PlaybackWorker*> started;
    m_thread = std::thread([this, &started] {
        PlaybackWorker worker(m_commands);
        QEventLoop loop;
        connect(&worker, &PlaybackWorker::shutDownDone, &loop, &QEventLoop::quit);
        connect(&worker, &PlaybackWorker::stateChanged, this, &PlaybackEngine::stateChanged);
        connect(&worker, &PlaybackWorker::trackStarted, this, &PlaybackEngine::trackStarted);
        connect(&worker, &PlaybackWorker::positionChanged, this, &PlaybackEngine::positionChanged);
        connect(&worker, &PlaybackWorker::nextWanted, this, &PlaybackEngine::nextWanted);
        connect(&worker, &PlaybackWorker::trackFailed, this, &PlaybackEngine::trackFailed);
        connect(&worker, &PlaybackWorker::finished, this, &PlaybackEngine::finished);
        connect(&worker, &PlaybackWorker::outputFailed, this, &PlaybackEngine::outputFailed);
        connect(&worker, &PlaybackWorker::devicesListed, this, &PlaybackEngine::devicesListed);
        started.set_value(&worker);
        loop.exec();
    });
    m_worker = started.get_future().get();
}

PlaybackEngine::~PlaybackEngine()
{
    post([](PlaybackWorker& worker) { worker.shutDown(); });
    m_thread.join();
}

void PlaybackEngine::post(CommandQueue::Command command)
{
    // The wake-up carries no data: the command itself crosses through the queue's mutex.
    m_commands.push(std::move(command), [this] {
        QMetaObject::invokeMethod(m_worker, "runCommands", Qt::QueuedConnection);
    });
}

void PlaybackEngine::setDevice(const QString& deviceName)
{
    post([deviceName](PlaybackWorker& worker) { worker.setDevice(deviceName); });
}

void PlaybackEngine::setByteSourceOpener(const QString& scheme, ByteSourceOpener opener)
{
    post([scheme, opener = std::move(opener)](PlaybackWorker& worker) {
        worker.setByteSourceOpener(scheme, opener);
    });
}

void PlaybackEngine::play(const TrackSource& source, int serial)
{
    post([source, serial](PlaybackWorker& worker) { worker.play({source, serial}); });
}

void PlaybackEngine::setNext(int afterSerial, const TrackSource& source, int serial)
{
    post([afterSerial, source, serial](PlaybackWorker& worker) {
        worker.setNext(afterSerial, {source, serial});
    });
}

void PlaybackEngine::pause()
{
    post([](PlaybackWorker& worker) { worker.pause(); });
}

void PlaybackEngine::resume()
{
    post([](PlaybackWorker& worker) { worker.resume(); });
}

void PlaybackEngine::stop()
{
    post([](PlaybackWorker& worker) { worker.stop(); });
}

void PlaybackEngine::seek(qint64 positionMs)
{
    post([positionMs](PlaybackWorker& worker) { worker.seek(positionMs); });
}

void PlaybackEngine::setVolume(double volume)
{
    post([volume](PlaybackWorker& worker) { worker.setVolume(volume); });
}

void PlaybackEngine::listDevices()
{
    post([](PlaybackWorker& worker) { worker.listDevices(); });
}

void PlaybackEngine::setReplayGain(ReplayGainMode mode, double preampDb, bool preventClipping)
{
    post([settings = ReplayGainSettings{mode, preampDb, preventClipping}](PlaybackWorker& worker) {
        worker.setReplayGain(settings);
    });
}

} // namespace liner::engine
