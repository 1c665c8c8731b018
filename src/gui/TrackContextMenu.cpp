#include "gui/TrackContextMenu.h"

#include "gui/TrackStatsColumns.h"
#include "playlist/PlayStats.h"
#include "playlist/PlaybackController.h"
#include "playlist/PlaylistEdits.h"
#include "playlist/PlaylistStore.h"
#include "playlist/TrackSources.h"
#include "server/ServerLibrary.h"
#include "server/ServerLocation.h"
#include "server/ServerWriteBack.h"

#include <QActionGroup>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoCommand>
#include <QUndoStack>

namespace liner::gui {

namespace {

QList<playlist::PlaylistEntry> entriesFor(const QList<library::Track>& tracks)
{
    QList<playlist::PlaylistEntry> entries;
    for (const library::Track& track : tracks)
        entries << playlist::entryFor(track);
    return entries;
}

} // namespace

TrackContextMenu::TrackContextMenu(playlist::PlaylistStore& store, QUndoStack& undoStack,
                                   playlist::PlaybackController& controller,
                                   playlist::PlayStats& stats, QObject* parent)
    : QObject(parent), m_store(store), m_undoStack(undoStack), m_controller(controller),
      m_stats(stats)
{}

QMenu* TrackContextMenu::menuFor(const QList<library::Track>& tracks, QWidget* parent)
{
    if (tracks.isEmpty())
        return nullptr;
    auto* menu = new QMenu(parent);
    menu->addAction(tr("Play next"), this, [this, tracks] { m_controller.playNext(tracks); });
    menu->addAction(tr("Add to queue"), this, [this, tracks] { m_controller.addToQueue(tracks); });
    QMenu* playlists = menu->addMenu(tr("Add to playlist"));
    for (const QString& name : m_store.names())
        playlists->addAction(name, this, [this, tracks, name] { addToPlaylist(tracks, name); });
    if (!m_store.names().isEmpty())
        playlists->addSeparator();
    playlists->addAction(tr("New playlist…"), this,
                         [this, tracks, parent] { addToNewPlaylist(tracks, parent); });
    menu->addSeparator();
    menu->addMenu(rateMenu(tracks, menu));
    const bool onServers = std::ranges::all_of(tracks, [](const library::Track& track) {
        return server::ServerLocation::isServerLocation(track.path);
    });
    if (m_servers != nullptr && onServers) {
        QAction* starred = menu->addAction(tr("Starred on the server"));
        starred->setCheckable(true);
        starred->setChecked(std::ranges::all_of(tracks, [this](const library::Track& track) {
            return m_servers->isStarred(track.path);
        }));
        connect(starred, &QAction::toggled, this,
                [this, tracks](bool checked) { star(tracks, checked); });
    }
    return menu;
}

void TrackContextMenu::setServers(server::ServerLibrary& servers,
                                  server::ServerWriteBack& writeBack)
{
    m_servers = &servers;
    m_writeBack = &writeBack;
}

void TrackContextMenu::star(const QList<library::Track>& tracks, bool starred)
{
    if (m_servers == nullptr)
        return;
    for (const library::Track& track : tracks) {
        m_servers->setStarred(track.path, starred);
        m_writeBack->setStarred(track.path, starred);
    }
}

QMenu* TrackContextMenu::rateMenu(const QList<library::Track>& tracks, QMenu* parent)
{
    auto* menu = new QMenu(tr("Rate"), parent);
    auto* group = new QActionGroup(menu);
    // The rating shows as checked when every chosen track has it.
    const int first = m_stats.rating(tracks.first().path);
    const bool shared = std::ranges::all_of(
        tracks, [this, first](const library::Track& t) { return m_stats.rating(t.path) == first; });
    for (int stars = playlist::PlayStats::kMaxRating; stars >= 0; --stars) {
        QAction* action =
            menu->addAction(stars > 0 ? TrackStatsColumns::stars(stars) : tr("No rating"), this,
                            [this, tracks, stars] { rate(tracks, stars); });
        action->setCheckable(true);
        action->setChecked(shared && stars == first);
        action->setData(stars);
        group->addAction(action);
    }
    return menu;
}

void TrackContextMenu::addToPlaylist(const QList<library::Track>& tracks, const QString& name)
{
    m_undoStack.push(playlist::insertEntries(m_store, name, -1, entriesFor(tracks)).release());
}

void TrackContextMenu::addToNewPlaylist(const QList<library::Track>& tracks, QWidget* parent)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(parent, tr("New playlist"), tr("Name of the new playlist:"),
                              QLineEdit::Normal, m_store.unusedName(tr("New playlist")), &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (const QString problem = playlist::PlaylistStore::nameProblem(name); !problem.isEmpty()) {
        QMessageBox::warning(parent, tr("New playlist"), problem);
        return;
    }
    // A name already taken gets a number rather than adding to the playlist of that name.
    m_undoStack.push(
        playlist::createPlaylist(m_store, m_store.unusedName(name), entriesFor(tracks)).release());
}

void TrackContextMenu::rate(const QList<library::Track>& tracks, int stars)
{
    for (const library::Track& track : tracks) {
        m_stats.setRating(track.path, stars);
        // A server song's rating is the server's too, for its other clients.
        if (m_writeBack != nullptr)
            m_writeBack->setRating(track.path, stars);
    }
}

} // namespace liner::gui
