#pragma once

#include "engine/PlaybackEngine.h"
#include "playlist/PlaybackController.h"

#include <QList>
#include <QObject>

namespace liner::server {
class ServerMedia;
}

namespace liner::app {

// `liner --headless --play`: plays the files one after another through the default output,
// reports progress and failures on stderr, and ends the event loop with the exit code.
class HeadlessPlayer : public QObject
{
    Q_OBJECT

public:
    explicit HeadlessPlayer(QObject* parent = nullptr);
    // Songs on servers (subsonic://) are read through `media`, which must outlive the player.
    void setServerMedia(server::ServerMedia& media);
    // Starts playing through `device` (empty: the default output); the application's event loop
    // must run to carry it out.
    void start(const QList<library::Track>& tracks, const QString& device = {});
    // For MPRIS to drive and show.
    playlist::PlaybackController& controller() { return m_controller; }

private:
    void finish(int exitCode);

    engine::PlaybackEngine m_engine;
    playlist::PlaybackController m_controller{m_engine};
    int m_tracksStarted = 0;
};

} // namespace liner::app
