// The smart playlists section of the sidebar: made and edited in SmartPlaylistDialog, kept in a
// SmartPlaylistStore, its chosen one evaluated over the library and shown in the window.
#include "gui/PlaylistSidebar.h"
#include "gui/PlaylistSidebarItems.h"
#include "gui/SmartPlaylistDialog.h"
#include "playlist/PlayStats.h"
#include "playlist/SmartPlaylist.h"
#include "playlist/SmartPlaylistStore.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QTreeWidget>

namespace liner::gui {

using namespace sidebar;

void PlaylistSidebar::setSmartPlaylists(playlist::SmartPlaylistStore& store,
                                        const playlist::PlayStats& stats)
{
    m_smartStore = &store;
    m_stats = &stats;
    m_newSmart = new QAction(tr("New Smart Playlist…"), this);
    m_newSmart->setObjectName(QStringLiteral("newSmartPlaylistAction"));
    connect(m_newSmart, &QAction::triggered, this, &PlaylistSidebar::newSmartPlaylist);
    m_windowActions << m_newSmart;
    m_smartResults = new playlist::SmartPlaylistResults({}, stats, this);
    m_smartItem = newItem(nullptr, tr("Smart playlists"), Kind::SmartHeader);
    m_tree->insertTopLevelItem(m_tree->indexOfTopLevelItem(m_deletedItem), m_smartItem);
    m_smartItem->setExpanded(true);
    connect(m_smartResults, &playlist::SmartPlaylistResults::changed, this,
            &PlaylistSidebar::showSmartResults);
    connect(&store, &playlist::SmartPlaylistStore::changed, this, [this] {
        fillTree();
        // An edit of the one shown shows its new tracks.
        if (const QString smart = currentSmartPlaylist(); !smart.isEmpty()) {
            const QSignalBlocker quiet(m_smartResults);
            m_smartResults->setPlaylist(m_smartStore->playlist(smart));
        }
        showSmartResults();
    });
    fillTree();
}

void PlaylistSidebar::setLibraryTracks(const QList<library::Track>& tracks)
{
    m_library = tracks;
    if (m_smartResults != nullptr)
        m_smartResults->setTracks(tracks);
}

QString PlaylistSidebar::currentSmartPlaylist() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return kindOf(item) == Kind::Smart ? item->data(0, kKeyRole).toString() : QString();
}

void PlaylistSidebar::selectSmartPlaylist(const QString& name)
{
    for (int i = 0; m_smartItem != nullptr && i < m_smartItem->childCount(); ++i) {
        if (m_smartItem->child(i)->data(0, kKeyRole).toString() == name) {
            m_tree->setCurrentItem(m_smartItem->child(i));
            return;
        }
    }
}

void PlaylistSidebar::smartPlaylistHidden()
{
    m_smartShown = false;
}

void PlaylistSidebar::showSmartResults()
{
    const QString name = currentSmartPlaylist();
    if (name.isEmpty() || m_smartResults->playlist().name != name)
        return;
    const QList<library::Track>& tracks = m_smartResults->tracks();
    m_smartSummary->setText(
        tracks.isEmpty() ? tr("No track in the library fits its rules.")
        : tracks.size() == 1
            ? tr("1 track fits its rules; the album pane shows it.")
            : tr("%1 tracks fit its rules; the album pane shows them.").arg(tracks.size()));
    if (m_smartShown)
        emit smartPlaylistShown(name, tracks);
}

void PlaylistSidebar::newSmartPlaylist()
{
    if (m_smartStore == nullptr)
        return;
    SmartPlaylistDialog dialog({}, this);
    dialog.setLibrary(m_library, *m_stats);
    while (dialog.exec() == QDialog::Accepted) {
        const playlist::SmartPlaylist smart = dialog.playlist();
        const QString error = m_smartStore->save(smart);
        if (error.isEmpty()) {
            selectSmartPlaylist(smart.name);
            return;
        }
        QMessageBox::warning(this, tr("Smart playlist not saved"), error);
    }
}

void PlaylistSidebar::editSmartPlaylist()
{
    const QString name = currentSmartPlaylist();
    if (name.isEmpty())
        return;
    SmartPlaylistDialog dialog(m_smartStore->playlist(name), this);
    dialog.setLibrary(m_library, *m_stats);
    while (dialog.exec() == QDialog::Accepted) {
        const playlist::SmartPlaylist smart = dialog.playlist();
        const QString error = m_smartStore->save(smart, name);
        if (error.isEmpty()) {
            selectSmartPlaylist(smart.name);
            return;
        }
        QMessageBox::warning(this, tr("Smart playlist not saved"), error);
    }
}

void PlaylistSidebar::deleteSmartPlaylist()
{
    const QString name = currentSmartPlaylist();
    if (name.isEmpty())
        return;
    if (const QString error = m_smartStore->remove(name); !error.isEmpty())
        QMessageBox::warning(this, tr("Smart playlist not deleted"), error);
}

} // namespace liner::gui
