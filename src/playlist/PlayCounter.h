#pragma once

#include "library/Track.h"

#include <QElapsedTimer>
#include <QObject>

namespace liner::playlist {

class PlaybackController;

// Decides when a track has been heard, the rule Last.fm and ListenBrainz count a listen by: once
// it has played for half its length or four minutes, whichever comes first. Only time heard
// counts: a seek forward skips time, it does not listen to it; a pause stops the count. A listen
// counts once however it is seeked about; the same track started again (repeat, "previous"
// restarting it) is a new listen. Skipping a track before that point counts nothing.
//
// Fed by the controller's signals; whoever keeps play counts (PlayStats) or reports listens
// connects to heard().
class PlayCounter : public QObject
{
    Q_OBJECT

public:
    explicit PlayCounter(PlaybackController& controller, QObject* parent = nullptr);

    // How long a track of this length must play to count.
    static qint64 thresholdMs(qint64 durationMs);
    static constexpr qint64 kMaxThresholdMs = qint64(4) * 60 * 1000;

signals:
    void heard(const liner::library::Track& track);

private:
    void startListen(int index);
    void advance(qint64 positionMs);

    // A report further ahead than this (and than the time since the last one) is a seek, not
    // listening: the engine reports every 100 ms of audio, and a sink without a clock takes at
    // most a second of it per refill.
    static constexpr qint64 kLongestStepMs = 1500;

    PlaybackController& m_controller;
    library::Track m_track;
    qint64 m_durationMs = 0;
    qint64 m_heardMs = 0;
    qint64 m_lastPositionMs = 0;
    QElapsedTimer m_sinceLastReport;
    bool m_listening = false;
    bool m_counted = false;
};

} // namespace liner::playlist
