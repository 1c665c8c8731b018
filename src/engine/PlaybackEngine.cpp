#include "PlaybackEngine.h"

#include "PlaybackWorker.h"

namespace liner::engine {

PlaybackEngine::PlaybackEngine(QObject* parent) : QObject(parent), m_worker(new PlaybackWorker)
{
    qRegisterMetaType<PlaybackState>();
    m_thread.setObjectName(QStringLiteral("liner-engine"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PlaybackWorker::stateChanged, this, &PlaybackEngine::stateChanged);
    connect(m_worker, &PlaybackWorker::trackStarted, this, &PlaybackEngine::trackStarted);
    connect(m_worker, &PlaybackWorker::positionChanged, this, &PlaybackEngine::positionChanged);
    connect(m_worker, &PlaybackWorker::nextWanted, this, &PlaybackEngine::nextWanted);
    connect(m_worker, &PlaybackWorker::trackFailed, this, &PlaybackEngine::trackFailed);
    connect(m_worker, &PlaybackWorker::finished, this, &PlaybackEngine::finished);
    connect(m_worker, &PlaybackWorker::outputFailed, this, &PlaybackEngine::outputFailed);
    m_thread.start(QThread::HighPriority);
}

PlaybackEngine::~PlaybackEngine()
{
    QMetaObject::invokeMethod(m_worker, &PlaybackWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PlaybackEngine::setDevice(const QString& deviceName)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, deviceName] { w->setDevice(deviceName); });
}

void PlaybackEngine::play(const QString& path, int serial)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, path, serial] { w->play({path, serial}); });
}

void PlaybackEngine::setNext(const QString& path, int serial)
{
    QMetaObject::invokeMethod(m_worker,
                              [w = m_worker, path, serial] { w->setNext({path, serial}); });
}

void PlaybackEngine::pause()
{
    QMetaObject::invokeMethod(m_worker, &PlaybackWorker::pause);
}

void PlaybackEngine::resume()
{
    QMetaObject::invokeMethod(m_worker, &PlaybackWorker::resume);
}

void PlaybackEngine::stop()
{
    QMetaObject::invokeMethod(m_worker, &PlaybackWorker::stop);
}

void PlaybackEngine::seek(qint64 positionMs)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, positionMs] { w->seek(positionMs); });
}

void PlaybackEngine::setVolume(double volume)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, volume] { w->setVolume(volume); });
}

} // namespace liner::engine
