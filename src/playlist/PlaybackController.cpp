#include "playlist/PlaybackController.h"

#include "engine/PlaybackEngine.h"

#include <QRandomGenerator>
#include <algorithm>
#include <numeric>
#include <random>

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
    connect(&engine, &PlaybackEngine::finished, this, &PlaybackController::onEngineFinished);
    connect(&engine, &PlaybackEngine::outputFailed, this, &PlaybackController::outputFailed);
}

void PlaybackController::setQueue(const QList<engine::TrackSource>& tracks)
{
    m_engine.stop();
    m_queue = tracks;
    m_rowOfSerial.clear();
    m_currentSerial = 0;
    m_decodingSerial = 0;
    m_resumeIndex = -1;
    if (m_shuffle) {
        shuffleOrder(-1);
    } else {
        m_order.resize(m_queue.size());
        std::iota(m_order.begin(), m_order.end(), 0);
    }
    if (m_currentIndex != -1) {
        m_currentIndex = -1;
        emit currentIndexChanged(-1);
    }
    emit queueChanged();
}

void PlaybackController::shuffleOrder(int first)
{
    m_order.clear();
    for (int row = 0; row < m_queue.size(); ++row) {
        if (row != first)
            m_order << row;
    }
    std::shuffle(m_order.begin(), m_order.end(),
                 std::mt19937(QRandomGenerator::global()->generate()));
    if (first >= 0 && first < m_queue.size())
        m_order.prepend(first);
}

void PlaybackController::insertRows(int row, int orderPosition,
                                    const QList<engine::TrackSource>& tracks)
{
    if (tracks.isEmpty())
        return;
    const int count = int(tracks.size());
    const auto shift = [row, count](int& index) {
        if (index >= row)
            index += count;
    };
    std::ranges::for_each(m_order, shift);
    for (int& serialRow : m_rowOfSerial)
        shift(serialRow);
    m_queue.insert(row, count, {});
    std::ranges::copy(tracks, m_queue.begin() + row);
    QList<int> added(count);
    std::iota(added.begin(), added.end(), row);
    m_order.insert(orderPosition, count, 0);
    std::ranges::copy(added, m_order.begin() + orderPosition);
    if (m_currentIndex >= row) {
        m_currentIndex += count;
        emit currentIndexChanged(m_currentIndex);
    }
    emit queueChanged();
    answerNext();
}

void PlaybackController::playNext(const QList<engine::TrackSource>& tracks)
{
    const int anchor = m_rowOfSerial.value(m_decodingSerial, m_currentIndex);
    if (anchor < 0) {
        insertRows(0, 0, tracks);
        return;
    }
    insertRows(anchor + 1, int(m_order.indexOf(anchor)) + 1, tracks);
}

void PlaybackController::addToQueue(const QList<engine::TrackSource>& tracks)
{
    insertRows(int(m_queue.size()), int(m_order.size()), tracks);
}

void PlaybackController::remapRows(const QList<int>& newRowOf)
{
    QList<int> order;
    for (const int row : std::as_const(m_order)) {
        if (newRowOf.at(row) >= 0)
            order << newRowOf.at(row);
    }
    m_order = order;
    for (auto it = m_rowOfSerial.begin(); it != m_rowOfSerial.end();) {
        if (newRowOf.at(*it) < 0) {
            it = m_rowOfSerial.erase(it);
        } else {
            *it = newRowOf.at(*it);
            ++it;
        }
    }
    if (m_resumeIndex >= 0)
        m_resumeIndex = newRowOf.at(m_resumeIndex);
    const int current = m_currentIndex >= 0 ? newRowOf.at(m_currentIndex) : -1;
    if (current != m_currentIndex) {
        m_currentIndex = current;
        emit currentIndexChanged(current);
    }
}

void PlaybackController::removeRows(const QList<int>& rows)
{
    const bool playing = m_state != PlaybackState::Stopped;
    const int decodingRow = m_rowOfSerial.value(m_decodingSerial, -1);
    QList<int> newRowOf(m_queue.size(), 0);
    for (const int row : rows) {
        const bool kept = playing && (row == m_currentIndex || row == decodingRow);
        if (row >= 0 && row < m_queue.size() && !kept)
            newRowOf[row] = -1;
    }
    if (!newRowOf.contains(-1))
        return;
    QList<engine::TrackSource> queue;
    for (int row = 0; row < m_queue.size(); ++row) {
        if (newRowOf.at(row) >= 0) {
            newRowOf[row] = int(queue.size());
            queue << m_queue.at(row);
        }
    }
    m_queue = queue;
    remapRows(newRowOf);
    emit queueChanged();
    answerNext();
}

void PlaybackController::reorder(const QList<int>& rows)
{
    QList<int> sorted = rows;
    std::ranges::sort(sorted);
    QList<int> all(m_queue.size());
    std::iota(all.begin(), all.end(), 0);
    if (sorted != all || rows == m_order)
        return;
    if (m_shuffle) {
        m_order = rows;
    } else {
        QList<int> newRowOf(m_queue.size());
        QList<engine::TrackSource> queue;
        for (const int row : rows) {
            newRowOf[row] = int(queue.size());
            queue << m_queue.at(row);
        }
        m_queue = queue;
        remapRows(newRowOf);
        std::iota(m_order.begin(), m_order.end(), 0);
    }
    emit queueChanged();
    answerNext();
}

void PlaybackController::setShuffle(bool on)
{
    if (on == m_shuffle)
        return;
    m_shuffle = on;
    const int anchor = m_rowOfSerial.value(m_decodingSerial, m_currentIndex);
    if (on) {
        shuffleOrder(anchor);
    } else {
        m_order.resize(m_queue.size());
        std::iota(m_order.begin(), m_order.end(), 0);
    }
    emit queueChanged();
    emit playModeChanged();
    answerNext();
}

void PlaybackController::setRepeat(RepeatMode mode)
{
    if (mode == m_repeat)
        return;
    m_repeat = mode;
    emit playModeChanged();
    answerNext();
}

int PlaybackController::rowAfter(int row, bool automatic) const
{
    if (row < 0)
        return m_order.value(0, -1);
    if (automatic && m_repeat == RepeatMode::One)
        return row;
    const qsizetype position = m_order.indexOf(row);
    if (position < 0)
        return -1;
    if (position + 1 < m_order.size())
        return m_order.at(position + 1);
    return m_repeat == RepeatMode::All ? m_order.constFirst() : -1;
}

void PlaybackController::answerNext()
{
    const auto row = m_rowOfSerial.constFind(m_decodingSerial);
    if (row == m_rowOfSerial.cend())
        return;
    const int nextRow = rowAfter(*row, true);
    if (nextRow >= 0)
        m_engine.setNext(withGain(nextRow), serialFor(nextRow));
    else
        m_engine.setNext({}, 0);
}

void PlaybackController::playIndex(int index)
{
    if (index < 0 || index >= m_queue.size())
        return;
    // A track the listener picks while shuffling starts a new shuffled order.
    if (m_shuffle) {
        shuffleOrder(index);
        emit queueChanged();
    }
    start(index);
}

void PlaybackController::start(int row)
{
    if (row < 0 || row >= m_queue.size())
        return;
    m_resumeIndex = -1;
    // Serials of the old chain are forgotten so their late reports are dropped.
    m_rowOfSerial.clear();
    m_decodingSerial = serialFor(row);
    m_engine.play(withGain(row), m_decodingSerial);
}

engine::TrackSource PlaybackController::withGain(int row) const
{
    engine::TrackSource source = m_queue.at(row);
    const bool tagged = source.replayGain.trackGainDb || source.replayGain.albumGainDb;
    if (!tagged && m_gainFallback)
        source.replayGain = m_gainFallback(source);
    return source;
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
            start(m_currentIndex >= 0 ? m_currentIndex : m_order.value(0, 0));
        }
        break;
    }
}

void PlaybackController::next()
{
    if (const int row = rowAfter(m_currentIndex, false); row >= 0)
        start(row);
}

void PlaybackController::previous()
{
    const qsizetype position = m_order.indexOf(m_currentIndex);
    if (position > 0 && m_positionMs < kRestartThresholdMs)
        start(m_order.at(position - 1));
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
    if (!m_rowOfSerial.contains(serial))
        return;
    m_decodingSerial = serial;
    answerNext();
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
    emit trackStarted(m_currentIndex);
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

void PlaybackController::onEngineFinished()
{
    // Tracks added after the engine had been told that nothing follows: they play now, after a
    // short gap, rather than never.
    const auto row = m_rowOfSerial.constFind(m_decodingSerial);
    const int nextRow = row == m_rowOfSerial.cend() ? -1 : rowAfter(*row, true);
    if (nextRow >= 0)
        start(nextRow);
    else
        emit finished();
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
