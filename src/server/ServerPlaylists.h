#pragma once

#include "playlist/PlaylistEntry.h"
#include "server/ServerAccount.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>

namespace liner::playlist {
class PlaylistStore;
}

namespace liner::server {

class ServerWriteBack;

// The servers' playlists under Playlists. Each is kept as a playlist of the listener's store, its
// songs as subsonic:// entries, so it shows, plays and is edited like the listener's own, with
// the same undo. Every edit of one goes back to its server: its songs (createPlaylist with its id
// replaces them), its name (updatePlaylist), its deletion (deletePlaylist) and its restoring from
// Recently deleted (created anew). A refresh brings in what changed on the server, unless an edit
// made here has not reached it yet: that one is sent again instead. Entries that are not the
// server's songs (a local file added to it) stay in Liner's copy.
//
// Which store playlist is which server playlist is kept in AppDataLocation/server-playlists.json.
class ServerPlaylists : public QObject
{
    Q_OBJECT

public:
    // An empty `linksPath` means AppDataLocation/server-playlists.json.
    ServerPlaylists(playlist::PlaylistStore& store, ServerWriteBack& writeBack,
                    const QString& linksPath = {}, QObject* parent = nullptr);
    ~ServerPlaylists() override;

    void setAccounts(const QList<ServerAccount>& accounts);
    // Reads every server's playlists (off the UI thread) and brings the store up to date.
    void refresh();
    // The store playlists that are a server's.
    QStringList linkedNames() const;

signals:
    void problem(const QString& message);
    // A refresh was applied to the store.
    void refreshed();

private:
    struct Link
    {
        QString serverKey;
        QString id;
        QString name;       // in the store
        bool dirty = false; // edited here, not yet on the server
    };
    struct RemotePlaylist
    {
        QString id;
        QString name;
        QList<playlist::PlaylistEntry> entries;
    };
    struct Listing
    {
        QString serverKey;
        QString error;
        QList<RemotePlaylist> playlists;
    };

    static QList<Listing> fetch(const QList<ServerAccount>& accounts);
    void apply(const QList<Listing>& listings);
    void applyOne(const QString& serverKey, const RemotePlaylist& remote);
    void onEntriesChanged(const QString& name);
    void onRenamed(const QString& from, const QString& to);
    void onNamesChanged();
    void pushSongs(Link& link);
    void recreate(const QString& name, const QString& serverKey);
    Link* linkNamed(const QString& name);
    void load();
    void save() const;

    playlist::PlaylistStore& m_store;
    ServerWriteBack& m_writeBack;
    QString m_path;
    QList<ServerAccount> m_accounts;
    QList<Link> m_links;
    QList<Link> m_deleted; // deleted here: restored, they are created anew
    QFutureWatcher<QList<Listing>> m_fetch;
    bool m_applying = false; // the store changes because the server did
};

} // namespace liner::server
