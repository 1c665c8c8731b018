#pragma once

#include "library/Track.h"

#include <QList>
#include <QObject>

class QMenu;
class QUndoStack;
class QWidget;

namespace liner::playlist {
class PlaybackController;
class PlayStats;
class PlaylistStore;
} // namespace liner::playlist

namespace liner::server {
class ServerLibrary;
class ServerWriteBack;
} // namespace liner::server

namespace liner::gui {

// The menu of tracks chosen in the window (the album's track table): "Play next", "Add to queue",
// "Add to playlist ▸" (each playlist, or a new one) and "Rate ▸", and for songs on a server
// "Starred on the server". Each acts on all the tracks given; adding to a playlist is an undoable
// command on the playlists' undo stack, like every other playlist edit.
class TrackContextMenu : public QObject
{
    Q_OBJECT

public:
    TrackContextMenu(playlist::PlaylistStore& store, QUndoStack& undoStack,
                     playlist::PlaybackController& controller, playlist::PlayStats& stats,
                     QObject* parent = nullptr);

    playlist::PlayStats& stats() const { return m_stats; }
    // Stars of server songs are read from `servers`; stars and ratings are sent through
    // `writeBack`.
    void setServers(server::ServerLibrary& servers, server::ServerWriteBack& writeBack);

    // A menu for these tracks, owned by the caller; null when there are none.
    QMenu* menuFor(const QList<library::Track>& tracks, QWidget* parent);

    // Asks for a name and makes a playlist of the tracks under it (one undoable command).
    void addToNewPlaylist(const QList<library::Track>& tracks, QWidget* parent);
    void addToPlaylist(const QList<library::Track>& tracks, const QString& name);
    void rate(const QList<library::Track>& tracks, int stars);
    void star(const QList<library::Track>& tracks, bool starred);

private:
    QMenu* rateMenu(const QList<library::Track>& tracks, QMenu* parent);

    playlist::PlaylistStore& m_store;
    QUndoStack& m_undoStack;
    playlist::PlaybackController& m_controller;
    playlist::PlayStats& m_stats;
    server::ServerLibrary* m_servers = nullptr;
    server::ServerWriteBack* m_writeBack = nullptr;
};

} // namespace liner::gui
