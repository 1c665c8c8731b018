#include "support/ScriptedEngine.h"

#include <algorithm>

namespace liner::testing {

using engine::PlaybackState;

void ScriptedEngine::play(const engine::TrackSource& source, int serial)
{
    m_played = source;
    m_playedSerial = serial;
    ++m_plays;
    setState(PlaybackState::Playing);
}

void ScriptedEngine::setNext(int afterSerial, const engine::TrackSource& source, int serial)
{
    m_answers << Answer{afterSerial, source, serial};
}

void ScriptedEngine::pause()
{
    if (m_state == PlaybackState::Playing)
        setState(PlaybackState::Paused);
}

void ScriptedEngine::resume()
{
    if (m_state == PlaybackState::Paused)
        setState(PlaybackState::Playing);
}

void ScriptedEngine::stop()
{
    ++m_stops;
    setState(PlaybackState::Stopped);
}

void ScriptedEngine::seek(qint64 positionMs)
{
    m_seeks << positionMs;
}

void ScriptedEngine::setVolume(double volume)
{
    m_volume = volume;
}

std::optional<ScriptedEngine::Answer> ScriptedEngine::lastAnswerAbout(int serial) const
{
    const auto found = std::find_if(m_answers.crbegin(), m_answers.crend(),
                                    [serial](const Answer& a) { return a.afterSerial == serial; });
    if (found == m_answers.crend())
        return std::nullopt;
    return *found;
}

std::optional<ScriptedEngine::Answer> ScriptedEngine::ask(int serial)
{
    const qsizetype before = m_answers.size();
    emit nextWanted(serial);
    if (m_answers.size() == before)
        return std::nullopt;
    return m_answers.constLast();
}

void ScriptedEngine::hear(int serial, qint64 durationMs)
{
    emit trackStarted(serial, durationMs);
}

void ScriptedEngine::reportPosition(int serial, qint64 positionMs)
{
    emit positionChanged(serial, positionMs);
}

void ScriptedEngine::fail(int serial, const QString& reason)
{
    emit trackFailed(serial, QStringLiteral("failed.flac"), reason);
}

void ScriptedEngine::finish()
{
    setState(PlaybackState::Stopped);
    emit finished();
}

int ScriptedEngine::follow(int serial)
{
    const std::optional<Answer> answer = lastAnswerAbout(serial);
    if (!answer || answer->source.path.isEmpty()) {
        finish();
        return 0;
    }
    hear(answer->serial);
    return answer->serial;
}

void ScriptedEngine::setState(PlaybackState state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace liner::testing
