#pragma once

#include "engine/AbstractPlaybackEngine.h"

#include <QList>
#include <optional>

namespace liner::testing {

// An engine that plays nothing, for the rules of play to be tested without an audio thread: it
// records every command, and the test makes the reports a real engine would make (a track heard,
// "what follows?", the end), in the order and at the moment it wants. States change as soon as a
// command asks for them.
class ScriptedEngine : public engine::AbstractPlaybackEngine
{
    Q_OBJECT

public:
    struct Answer
    {
        int afterSerial = 0;
        engine::TrackSource source; // empty path: nothing follows
        int serial = 0;
    };

    void play(const engine::TrackSource& source, int serial) override;
    void setNext(int afterSerial, const engine::TrackSource& source, int serial) override;
    void pause() override;
    void resume() override;
    void stop() override;
    void seek(qint64 positionMs) override;
    void setVolume(double volume) override;

    // What the last play() named, and its serial (0 before any).
    const engine::TrackSource& playedSource() const { return m_played; }
    int playedSerial() const { return m_playedSerial; }
    // Every answer given, in order; the last one about `serial`.
    const QList<Answer>& answers() const { return m_answers; }
    std::optional<Answer> lastAnswerAbout(int serial) const;
    // How many times each command came.
    int plays() const { return m_plays; }
    int stops() const { return m_stops; }
    const QList<qint64>& seeks() const { return m_seeks; }
    double volume() const { return m_volume; }
    engine::PlaybackState state() const { return m_state; }

    // Reports as the engine would make them. ask() returns the answer given to it at once, if
    // any; follow() is a track's end with a gapless join: it asks what follows `serial`, and the
    // answer starts being heard (its serial, or 0 when nothing followed and the engine finished).
    std::optional<Answer> ask(int serial);
    void hear(int serial, qint64 durationMs = 60'000);
    void reportPosition(int serial, qint64 positionMs);
    void fail(int serial, const QString& reason);
    void finish();
    int follow(int serial);

private:
    void setState(engine::PlaybackState state);

    engine::TrackSource m_played;
    int m_playedSerial = 0;
    QList<Answer> m_answers;
    int m_plays = 0;
    int m_stops = 0;
    QList<qint64> m_seeks;
    double m_volume = 1.0;
    engine::PlaybackState m_state = engine::PlaybackState::Stopped;
};

} // namespace liner::testing
