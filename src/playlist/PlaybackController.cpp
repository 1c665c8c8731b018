#include "playlist/PlaybackController.h"

#include "engine/AbstractPlaybackEngine.h"
#include "playlist/TrackSources.h"

#include <QRandomGenerator>
#include <algorithm>
#include <random>

namespace liner::playlist {

using engine::AbstractPlaybackEngine;
using engine::PlaybackState;

PlaybackController::PlaybackController(AbstractPlaybackEngine& engine, QObject* parent)
    : QObject(parent), m_engine(engine)
{
    connect(&engine, &AbstractPlaybackEngine::nextWanted, this, &PlaybackController::onNextWanted);
    connect(&engine, &AbstractPlaybackEngine::trackStarted, this,
            &PlaybackController::onTrackStarted);
    connect(&engine, &AbstractPlaybackEngine::positionChanged, this,
            &PlaybackController::onPositionChanged);
    connect(&engine, &AbstractPlaybackEngine::trackFailed, this,
            &PlaybackController::onTrackFailed);
    connect(&engine, &AbstractPlaybackEngine::stateChanged, this,
            &PlaybackController::onStateChanged);
    connect(&engine, &AbstractPlaybackEngine::finished, this,
            &PlaybackController::onEngineFinished);
    connect(&engine, &AbstractPlaybackEngine::outputFailed, this,
            &PlaybackController::outputFailed);
    connect(&m_queue, &QAbstractItemModel::rowsMoved, this, &PlaybackController::followMovedRows);
}

const library::Track* PlaybackController::currentTrack() const
{
    const int row = currentIndex();
    return row >= 0 ? &m_queue.track(row) : nullptr;
}

void PlaybackController::setQueue(const QList<library::Track>& tracks)
{
    m_engine.stop();
    m_starting = false;
    const bool hadCurrent = currentIndex() >= 0;
    m_queue.setTracks(tracks);
    m_queuedOrder.clear();
    for (int row = 0; row < m_queue.size(); ++row)
        m_queuedOrder << m_queue.idAt(row);
    m_entryOfSerial.clear();
    m_currentSerial = 0;
    m_decodingSerial = 0;
    m_resumeId = 0;
    if (m_shuffle)
        shuffleAfter({});
    if (hadCurrent)
        emit currentIndexChanged(-1);
}

QList<library::Track> PlaybackController::tracksAsQueued() const
{
    QList<library::Track> tracks;
    tracks.reserve(m_queuedOrder.size());
    for (const quint64 id : m_queuedOrder)
        tracks << m_queue.track(m_queue.rowOf(id));
    return tracks;
}

void PlaybackController::playTracks(const QList<library::Track>& tracks, int index)
{
    if (index < 0 || index >= tracks.size())
        return;
    if (tracksAsQueued() != tracks)
        setQueue(tracks);
    playIndex(m_queue.rowOf(m_queuedOrder.at(index)));
}

void PlaybackController::shuffleAfter(const QList<quint64>& first)
{
    QList<int> rows;
    for (const quint64 id : first) {
        if (const int row = m_queue.rowOf(id); row >= 0 && !rows.contains(row))
            rows << row;
    }
    const qsizetype fixed = rows.size();
    for (int row = 0; row < m_queue.size(); ++row) {
        if (!rows.contains(row))
            rows << row;
    }
    std::shuffle(rows.begin() + fixed, rows.end(),
                 std::mt19937(QRandomGenerator::global()->generate()));
    m_queue.reorder(rows);
}

void PlaybackController::insertTracks(int row, qsizetype orderPosition,
                                      const QList<library::Track>& tracks)
{
    if (tracks.isEmpty())
        return;
    m_queue.insert(row, tracks);
    QList<quint64> added;
    for (int i = 0; i < tracks.size(); ++i)
        added << m_queue.idAt(row + i);
    m_queuedOrder.insert(orderPosition, added.size(), 0);
    std::ranges::copy(added, m_queuedOrder.begin() + orderPosition);
    answerNext();
}

void PlaybackController::playNext(const QList<library::Track>& tracks)
{
    const quint64 anchor = decodingId() != 0 ? decodingId() : m_queue.currentId();
    const int row = m_queue.rowOf(anchor);
    if (row < 0) {
        insertTracks(0, 0, tracks);
        return;
    }
    insertTracks(row + 1, m_queuedOrder.indexOf(anchor) + 1, tracks);
}

void PlaybackController::addToQueue(const QList<library::Track>& tracks)
{
    insertTracks(m_queue.size(), m_queuedOrder.size(), tracks);
}

void PlaybackController::removeRows(const QList<int>& rows)
{
    const bool playing = m_state != PlaybackState::Stopped;
    const QList<quint64> kept{m_queue.currentId(), decodingId()};
    QList<int> removed;
    for (const int row : rows) {
        if (row >= 0 && row < m_queue.size() && !(playing && kept.contains(m_queue.idAt(row))))
            removed << row;
    }
    if (removed.isEmpty())
        return;
    QList<quint64> gone;
    for (const int row : std::as_const(removed))
        gone << m_queue.idAt(row);
    m_queuedOrder.removeIf([&gone](quint64 id) { return gone.contains(id); });
    m_entryOfSerial.removeIf(
        [&gone](QHash<int, quint64>::iterator entry) { return gone.contains(entry.value()); });
    if (gone.contains(m_resumeId))
        m_resumeId = 0;
    const bool currentGone = gone.contains(m_queue.currentId());
    m_queue.remove(removed);
    if (currentGone)
        emit currentIndexChanged(-1);
    answerNext();
}

void PlaybackController::updateTracks(const QList<library::Track>& tracks)
{
    m_queue.updateTracks(tracks);
}

void PlaybackController::followMovedRows()
{
    if (!m_shuffle) {
        m_queuedOrder.clear();
        for (int row = 0; row < m_queue.size(); ++row)
            m_queuedOrder << m_queue.idAt(row);
    }
    answerNext();
}

void PlaybackController::setShuffle(bool on)
{
    if (on == m_shuffle)
        return;
    m_shuffle = on;
    if (on) {
        shuffleAfter({m_queue.currentId(), decodingId()});
    } else {
        QList<int> rows;
        for (const quint64 id : std::as_const(m_queuedOrder))
            rows << m_queue.rowOf(id);
        m_queue.reorder(rows);
    }
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
    if (m_queue.isEmpty())
        return -1;
    if (row < 0)
        return 0;
    if (automatic && m_repeat == RepeatMode::One)
        return row;
    if (row + 1 < m_queue.size())
        return row + 1;
    return m_repeat == RepeatMode::All ? 0 : -1;
}

void PlaybackController::answerNext()
{
    const int row = m_queue.rowOf(decodingId());
    if (row < 0)
        return;
    if (const int next = rowAfter(row, true); next >= 0)
        m_engine.setNext(m_decodingSerial, withGain(next), serialFor(next));
    else
        m_engine.setNext(m_decodingSerial, {}, 0);
}

void PlaybackController::playIndex(int row)
{
    if (row < 0 || row >= m_queue.size())
        return;
    // A track the listener picks while shuffling starts a new shuffled order.
    if (m_shuffle) {
        const quint64 picked = m_queue.idAt(row);
        shuffleAfter({picked});
        row = m_queue.rowOf(picked);
    }
    start(row);
}

void PlaybackController::start(int row)
{
    if (row < 0 || row >= m_queue.size())
        return;
    m_resumeId = 0;
    // Serials of the old chain are forgotten so their late reports are dropped.
    m_entryOfSerial.clear();
    m_decodingSerial = serialFor(row);
    m_starting = true;
    m_engine.play(withGain(row), m_decodingSerial);
}

engine::TrackSource PlaybackController::withGain(int row) const
{
    engine::TrackSource source = sourceFor(m_queue.track(row));
    const bool tagged = source.replayGain.trackGainDb || source.replayGain.albumGainDb;
    if (!tagged && m_gainFallback)
        source.replayGain = m_gainFallback(source);
    return source;
}

void PlaybackController::setResumePoint(int row, qint64 positionMs)
{
    const bool valid = row >= 0 && row < m_queue.size();
    m_resumeId = valid ? m_queue.idAt(row) : 0;
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
        if (const int resume = m_queue.rowOf(m_resumeId); resume >= 0) {
            const qint64 positionMs = m_resumeMs;
            playIndex(resume);
            // The engine forgets to announce a track sought before its first frame is heard, so
            // the seek waits for the announcement.
            m_seekOnStart = {m_lastSerial, positionMs};
        } else {
            start(std::max(currentIndex(), 0));
        }
        break;
    }
}

void PlaybackController::next()
{
    if (const int row = rowAfter(currentIndex(), false); row >= 0)
        start(row);
}

void PlaybackController::previous()
{
    const int row = currentIndex();
    if (row > 0 && m_positionMs < kRestartThresholdMs)
        start(row - 1);
    else if (row >= 0)
        seek(0);
}

void PlaybackController::stop()
{
    m_starting = false;
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
    if (!m_entryOfSerial.contains(serial))
        return;
    const int before = m_queue.rowOf(decodingId());
    m_decodingSerial = serial;
    // The engine went on to the entry it had been told of. If the queue changed meanwhile
    // ("play next" after the track before), that entry still plays next: the queue shows it
    // there, and what the listener queued follows it.
    const int row = m_queue.rowOf(decodingId());
    if (before >= 0 && row >= 0 && row != rowAfter(before, true) &&
        m_queue.moveRows({}, row, 1, {}, before + 1))
        return; // followMovedRows() has answered
    answerNext();
}

void PlaybackController::onTrackStarted(int serial, qint64 durationMs)
{
    const quint64 id = m_entryOfSerial.value(serial, 0);
    const int row = m_queue.rowOf(id);
    if (row < 0)
        return;
    m_currentSerial = serial;
    m_starting = false;
    m_positionMs = 0;
    if (id != m_queue.currentId()) {
        m_queue.setCurrentId(id);
        emit currentIndexChanged(row);
    }
    emit trackStarted(row);
    emit durationChanged(durationMs);
    emit positionChanged(0);
    if (serial == m_seekOnStart.first && m_seekOnStart.second > 0)
        seek(m_seekOnStart.second);
}

void PlaybackController::onPositionChanged(int serial, qint64 positionMs)
{
    if (serial != m_currentSerial || !m_entryOfSerial.contains(serial))
        return;
    m_positionMs = positionMs;
    emit positionChanged(positionMs);
}

void PlaybackController::onTrackFailed(int serial, const QString& path, const QString& reason)
{
    m_starting = false;
    emit trackFailed(m_queue.rowOf(m_entryOfSerial.value(serial, 0)), path, reason);
}

void PlaybackController::onEngineFinished()
{
    // Tracks added after the engine had played out what it was told: they play now, after a
    // short gap, rather than never.
    const int row = m_queue.rowOf(decodingId());
    m_starting = false;
    if (const int next = row < 0 ? -1 : rowAfter(row, true); next >= 0)
        start(next);
    else
        emit finished();
}

void PlaybackController::onStateChanged(PlaybackState state)
{
    m_state = state;
    emit stateChanged(state);
}

int PlaybackController::serialFor(int row)
{
    m_entryOfSerial.insert(++m_lastSerial, m_queue.idAt(row));
    return m_lastSerial;
}

} // namespace liner::playlist
