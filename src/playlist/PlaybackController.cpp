#include "PlaybackController.h"

#include "PlaybackEngine.h"

#include <algorithm>

namespace liner::playlist {

using engine::PlaybackEngine;
using engine::PlaybackState;

PlaybackController::PlaybackController(PlaybackEngine& engine, QObject* parent)
    : QObject(parent), m_engine(engine)
{
    connect(&engine, &PlaybackEngine::nextWanted, this, &PlaybackController::onNextWanted);
    connect(&engine, &PlaybackEngine::trackStarted, this, &PlaybackController::onTrackStarted);
    connect(&engine, &PlaybackEngine::positionChanged, this,
            &PlaybackController::onPositionChanged);
    connect(&engine, &PlaybackEngine::trackFailed, this, &PlaybackController::onTrackFailed);
    connect(&engine, &PlaybackEngine::stateChanged, this, &PlaybackController::onStateChanged);
    connect(&engine, &PlaybackEngine::finished, this, &PlaybackController::finished);
    connect(&engine, &PlaybackEngine::outputFailed, this, &PlaybackController::outputFailed);
}

void PlaybackController::setQueue(const QList<engine::TrackSource>& tracks)
{
    m_engine.stop();
    m_queue = tracks;
    m_rowOfSerial.clear();
    m_currentSerial = 0;
    m_resumeIndex = -1;
    if (m_currentIndex != -1) {
        m_currentIndex = -1;
        emit currentIndexChanged(-1);
    }
}

void PlaybackController::playIndex(int index)
{
    if (index < 0 || index >= m_queue.size())
        return;
    m_resumeIndex = -1;
    // Serials of the old chain are forgotten so their late reports are dropped.
    m_rowOfSerial.clear();
    m_engine.play(m_queue.at(index), serialFor(index));
}

void PlaybackController::setResumePoint(int index, qint64 positionMs)
{
    const bool valid = index >= 0 && index < m_queue.size();
    m_resumeIndex = valid ? index : -1;
    m_resumeMs = valid ? std::max<qint64>(0, positionMs) : 0;
}

void PlaybackController::playPause()
{
    switch (m_state) {
    case PlaybackState::Playing:
        m_engine.pause();
        break;
    case PlaybackState::Paused:
        m_engine.resume();
        break;
    case PlaybackState::Stopped:
        if (const int resume = m_resumeIndex; resume >= 0) {
            const qint64 positionMs = m_resumeMs;
            playIndex(resume);
            // The engine forgets to announce a track sought before its first frame is heard, so
            // the seek waits for the announcement.
            m_seekOnStart = {m_lastSerial, positionMs};
        } else {
            playIndex(std::max(0, m_currentIndex));
        }
        break;
    }
}

void PlaybackController::next()
{
    if (m_currentIndex + 1 < m_queue.size())
        playIndex(m_currentIndex + 1);
}

void PlaybackController::previous()
{
    if (m_currentIndex > 0 && m_positionMs < kRestartThresholdMs)
        playIndex(m_currentIndex - 1);
    else if (m_currentIndex >= 0)
        seek(0);
}

void PlaybackController::stop()
{
    m_engine.stop();
}

void PlaybackController::seek(qint64 positionMs)
{
    m_engine.seek(positionMs);
    emit seeked(positionMs);
}

void PlaybackController::setVolume(double volume)
{
    volume = std::clamp(volume, 0.0, 1.0);
    m_engine.setVolume(volume);
    if (volume == m_volume)
        return;
    m_volume = volume;
    emit volumeChanged(volume);
}

void PlaybackController::onNextWanted(int serial)
{
    const auto row = m_rowOfSerial.constFind(serial);
    if (row == m_rowOfSerial.cend())
        return;
    const int nextRow = *row + 1;
    if (nextRow < m_queue.size())
        m_engine.setNext(m_queue.at(nextRow), serialFor(nextRow));
    else
        m_engine.setNext({}, 0);
}

void PlaybackController::onTrackStarted(int serial, qint64 durationMs)
{
    const auto row = m_rowOfSerial.constFind(serial);
    if (row == m_rowOfSerial.cend())
        return;
    m_currentSerial = serial;
    m_positionMs = 0;
    if (m_currentIndex != *row) {
        m_currentIndex = *row;
        emit currentIndexChanged(m_currentIndex);
    }
    emit durationChanged(durationMs);
    emit positionChanged(0);
    if (serial == m_seekOnStart.first && m_seekOnStart.second > 0)
        seek(m_seekOnStart.second);
}

void PlaybackController::onPositionChanged(int serial, qint64 positionMs)
{
    if (serial != m_currentSerial)
        return;
    m_positionMs = positionMs;
    emit positionChanged(positionMs);
}

void PlaybackController::onTrackFailed(int serial, const QString& path, const QString& reason)
{
    emit trackFailed(m_rowOfSerial.value(serial, -1), path, reason);
}

void PlaybackController::onStateChanged(PlaybackState state)
{
    m_state = state;
    emit stateChanged(state);
}

int PlaybackController::serialFor(int index)
{
    m_rowOfSerial.insert(++m_lastSerial, index);
    return m_lastSerial;
}

} // namespace liner::playlist
