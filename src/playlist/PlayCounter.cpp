#include "playlist/PlayCounter.h"

#include "playlist/PlaybackController.h"

#include <algorithm>

namespace liner::playlist {

PlayCounter::PlayCounter(PlaybackController& controller, QObject* parent)
    : QObject(parent), m_controller(controller)
{
    connect(&controller, &PlaybackController::trackStarted, this, &PlayCounter::startListen);
    connect(&controller, &PlaybackController::durationChanged, this,
            [this](qint64 durationMs) { m_durationMs = durationMs; });
    connect(&controller, &PlaybackController::positionChanged, this, &PlayCounter::advance);
    // Where a seek lands is the new reference; the reports still on their way from before it
    // are jumps too large (or backwards) to count.
    connect(&controller, &PlaybackController::seeked, this, [this](qint64 positionMs) {
        m_lastPositionMs = positionMs;
        m_sinceLastReport.restart();
    });
    connect(&controller, &PlaybackController::stateChanged, this,
            [this](engine::PlaybackState state) {
                if (state == engine::PlaybackState::Stopped)
                    m_listening = false;
                m_sinceLastReport.restart();
            });
}

qint64 PlayCounter::thresholdMs(qint64 durationMs)
{
    return std::min(std::max<qint64>(durationMs, 0) / 2, kMaxThresholdMs);
}

void PlayCounter::startListen(int index)
{
    const PlayQueue& queue = m_controller.queue();
    m_listening = index >= 0 && index < queue.size();
    m_track = m_listening ? queue.track(index) : library::Track();
    m_durationMs = 0;
    m_heardMs = 0;
    m_lastPositionMs = 0;
    m_counted = false;
    m_sinceLastReport.restart();
}

void PlayCounter::advance(qint64 positionMs)
{
    if (!m_listening)
        return;
    const qint64 stepMs = positionMs - m_lastPositionMs;
    const qint64 elapsedMs = m_sinceLastReport.isValid() ? m_sinceLastReport.restart() : 0;
    m_lastPositionMs = positionMs;
    if (stepMs <= 0 || stepMs > std::max(kLongestStepMs, elapsedMs + elapsedMs / 10))
        return;
    m_heardMs += stepMs;
    // A track whose length is not known yet counts once it is.
    if (m_counted || m_durationMs <= 0 || m_heardMs < thresholdMs(m_durationMs))
        return;
    m_counted = true;
    emit heard(m_track);
}

} // namespace liner::playlist
