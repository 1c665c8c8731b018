#include "server/ServerPlaylists.h"

#include "playlist/JsonDataFile.h"
#include "playlist/PlaylistStore.h"
#include "playlist/TrackSources.h"
#include "server/ServerLocation.h"
#include "server/ServerWriteBack.h"
#include "server/SongTracks.h"
#include "server/SubsonicClient.h"
#include "server/SubsonicResponse.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace liner::server {

namespace {

bool isSongOf(const playlist::PlaylistEntry& entry, const QString& serverKey)
{
    const std::optional<ServerLocation> song = ServerLocation::parse(entry.location);
    return song && song->kind == ServerLocation::Kind::Song && song->serverKey == serverKey;
}

QStringList locationsOf(const QList<playlist::PlaylistEntry>& entries)
{
    QStringList locations;
    for (const playlist::PlaylistEntry& entry : entries)
        locations << entry.location;
    return locations;
}

QString hostOf(const QString& serverKey)
{
    return serverKey.section(u'@', -1).section(u':', 0, 0);
}

} // namespace

ServerPlaylists::ServerPlaylists(playlist::PlaylistStore& store, ServerWriteBack& writeBack,
                                 const QString& linksPath, QObject* parent)
    : QObject(parent), m_store(store), m_writeBack(writeBack),
      m_path(linksPath.isEmpty()
                 ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                       QStringLiteral("/server-playlists.json")
                 : linksPath)
{
    load();
    connect(&store, &playlist::PlaylistStore::entriesChanged, this,
            &ServerPlaylists::onEntriesChanged);
    connect(&store, &playlist::PlaylistStore::renamed, this, &ServerPlaylists::onRenamed);
    connect(&store, &playlist::PlaylistStore::namesChanged, this, &ServerPlaylists::onNamesChanged);
    connect(&m_fetch, &QFutureWatcher<QList<Listing>>::finished, this,
            [this] { apply(m_fetch.result()); });
}

ServerPlaylists::~ServerPlaylists()
{
    m_fetch.waitForFinished();
}

void ServerPlaylists::setAccounts(const QList<ServerAccount>& accounts)
{
    m_accounts = accounts;
    refresh();
}

QStringList ServerPlaylists::linkedNames() const
{
    QStringList names;
    for (const Link& link : m_links)
        names << link.name;
    return names;
}

void ServerPlaylists::refresh()
{
    QList<ServerAccount> ready;
    for (const ServerAccount& account : std::as_const(m_accounts)) {
        if (!account.password.isEmpty() || !account.apiKey.isEmpty())
            ready << account;
    }
    if (ready.isEmpty() || m_fetch.isRunning())
        return;
    m_fetch.setFuture(QtConcurrent::run(&ServerPlaylists::fetch, ready));
}

QList<ServerPlaylists::Listing> ServerPlaylists::fetch(const QList<ServerAccount>& accounts)
{
    QList<Listing> listings;
    for (const ServerAccount& account : accounts) {
        Listing listing{account.key(), {}, {}};
        SubsonicClient client(account);
        const ServerReply all = client.call(QStringLiteral("getPlaylists"));
        listing.error = all.error;
        for (const auto& value :
             listOf(objectOf(all.body, QStringLiteral("playlists")), QStringLiteral("playlist"))) {
            const QString id = textOf(value.toObject(), QStringLiteral("id"));
            const ServerReply one =
                client.call(QStringLiteral("getPlaylist"), {{QStringLiteral("id"), id}});
            if (!one.isOk()) {
                listing.error = one.error;
                break;
            }
            const QJsonObject playlist = objectOf(one.body, QStringLiteral("playlist"));
            RemotePlaylist remote{id, textOf(playlist, QStringLiteral("name")), {}};
            for (const auto& entry : listOf(playlist, QStringLiteral("entry"))) {
                if (isSong(entry.toObject()))
                    remote.entries << playlist::entryFor(trackFromSong(account, entry.toObject()));
            }
            listing.playlists << remote;
        }
        listings << listing;
    }
    return listings;
}

void ServerPlaylists::apply(const QList<Listing>& listings)
{
    m_applying = true;
    for (const Listing& listing : listings) {
        if (!listing.error.isEmpty()) {
            emit problem(tr("The playlists of %1 could not be read: %2")
                             .arg(listing.serverKey, listing.error));
            continue;
        }
        QStringList ids;
        for (const RemotePlaylist& remote : listing.playlists) {
            ids << remote.id;
            applyOne(listing.serverKey, remote);
        }
        // Deleted on the server (elsewhere): the copy goes to Recently deleted, from which it
        // can still be brought back.
        for (qsizetype i = m_links.size() - 1; i >= 0; --i) {
            if (m_links[i].serverKey != listing.serverKey || ids.contains(m_links[i].id) ||
                m_links[i].dirty)
                continue;
            m_store.remove(m_links.takeAt(i).name);
        }
    }
    m_applying = false;
    save();
    emit refreshed();
}

void ServerPlaylists::applyOne(const QString& serverKey, const RemotePlaylist& remote)
{
    const auto link = std::ranges::find_if(m_links, [&](const Link& candidate) {
        return candidate.serverKey == serverKey && candidate.id == remote.id;
    });
    if (link == m_links.end()) {
        // New here: under its own name, or with its server's when a playlist has that one.
        const QString name =
            m_store.contains(remote.name) ||
                    !playlist::PlaylistStore::nameProblem(remote.name).isEmpty()
                ? m_store.unusedName(QStringLiteral("%1 (%2)").arg(remote.name, hostOf(serverKey)))
                : remote.name;
        if (m_store.create(name, remote.entries).isEmpty())
            m_links.append({serverKey, remote.id, name, false});
        return;
    }
    if (link->dirty) {
        pushSongs(*link); // an edit made here has not reached the server: it wins
        return;
    }
    const QList<playlist::PlaylistEntry> local = m_store.entries(link->name);
    QList<playlist::PlaylistEntry> merged = remote.entries;
    // What the server cannot hold stays in Liner's copy.
    for (const playlist::PlaylistEntry& entry : local) {
        if (!isSongOf(entry, serverKey))
            merged << entry;
    }
    if (locationsOf(merged) != locationsOf(local))
        m_store.setEntries(link->name, merged);
    if (remote.name != link->name && !m_store.contains(remote.name) &&
        playlist::PlaylistStore::nameProblem(remote.name).isEmpty() &&
        m_store.rename(link->name, remote.name).isEmpty())
        link->name = remote.name;
}

ServerPlaylists::Link* ServerPlaylists::linkNamed(const QString& name)
{
    const auto link =
        std::ranges::find_if(m_links, [&name](const Link& l) { return l.name == name; });
    return link == m_links.end() ? nullptr : &*link;
}

void ServerPlaylists::onEntriesChanged(const QString& name)
{
    if (m_applying)
        return;
    if (Link* link = linkNamed(name)) {
        link->dirty = true;
        save();
        pushSongs(*link);
    }
}

void ServerPlaylists::pushSongs(Link& link)
{
    Parameters parameters{{QStringLiteral("playlistId"), link.id}};
    for (const playlist::PlaylistEntry& entry : m_store.entries(link.name)) {
        if (isSongOf(entry, link.serverKey))
            parameters.append(
                {QStringLiteral("songId"), ServerLocation::parse(entry.location)->id});
    }
    // createPlaylist with an id replaces the songs: one call for any edit, undo included.
    m_writeBack.send(link.serverKey, QStringLiteral("createPlaylist"), parameters,
                     [this, serverKey = link.serverKey, id = link.id](const ServerReply& reply) {
                         if (!reply.isOk())
                             return;
                         for (Link& sent : m_links) {
                             if (sent.serverKey == serverKey && sent.id == id)
                                 sent.dirty = false;
                         }
                         save();
                     });
}

void ServerPlaylists::onRenamed(const QString& from, const QString& to)
{
    Link* link = linkNamed(from);
    if (link == nullptr)
        return;
    link->name = to;
    save();
    if (!m_applying)
        m_writeBack.send(link->serverKey, QStringLiteral("updatePlaylist"),
                         {{QStringLiteral("playlistId"), link->id}, {QStringLiteral("name"), to}});
}

void ServerPlaylists::onNamesChanged()
{
    if (m_applying)
        return;
    const QStringList names = m_store.names();
    bool changed = false;
    // Deleted here: deleted on the server, remembered so a restore creates it again.
    for (qsizetype i = m_links.size() - 1; i >= 0; --i) {
        if (names.contains(m_links[i].name))
            continue;
        const Link gone = m_links.takeAt(i);
        m_writeBack.send(gone.serverKey, QStringLiteral("deletePlaylist"),
                         {{QStringLiteral("id"), gone.id}});
        m_deleted.append(gone);
        changed = true;
    }
    // Brought back from Recently deleted, under its name or "NAME (restored)".
    for (const QString& name : names) {
        if (linkNamed(name) != nullptr)
            continue;
        const auto restored = std::ranges::find_if(m_deleted, [&name](const Link& l) {
            return name == l.name || name.startsWith(l.name + QStringLiteral(" ("));
        });
        if (restored == m_deleted.end())
            continue;
        const QString serverKey = restored->serverKey;
        m_deleted.erase(restored);
        recreate(name, serverKey);
        changed = true;
    }
    if (changed)
        save();
}

void ServerPlaylists::recreate(const QString& name, const QString& serverKey)
{
    Parameters parameters{{QStringLiteral("name"), name}};
    for (const playlist::PlaylistEntry& entry : m_store.entries(name)) {
        if (isSongOf(entry, serverKey))
            parameters.append(
                {QStringLiteral("songId"), ServerLocation::parse(entry.location)->id});
    }
    m_writeBack.send(serverKey, QStringLiteral("createPlaylist"), parameters,
                     [this, name, serverKey](const ServerReply& reply) {
                         const QString id = textOf(objectOf(reply.body, QStringLiteral("playlist")),
                                                   QStringLiteral("id"));
                         if (!reply.isOk() || id.isEmpty() || !m_store.contains(name))
                             return;
                         m_links.append({serverKey, id, name, false});
                         save();
                     });
}

void ServerPlaylists::load()
{
    const playlist::JsonFileRead read = playlist::readJsonFile(m_path);
    if (!read.damage.isEmpty()) {
        playlist::keepDamagedFile(m_path);
        return;
    }
    for (const auto& [list, key] : {std::pair{&m_links, QStringLiteral("links")},
                                    std::pair{&m_deleted, QStringLiteral("deleted")}}) {
        for (const auto& value : read.root.value(key).toArray()) {
            const QJsonObject object = value.toObject();
            list->append({object.value(u"server").toString(), object.value(u"id").toString(),
                          object.value(u"name").toString(), object.value(u"dirty").toBool()});
        }
    }
}

void ServerPlaylists::save() const
{
    QJsonObject root;
    for (const auto& [list, key] : {std::pair{&m_links, QStringLiteral("links")},
                                    std::pair{&m_deleted, QStringLiteral("deleted")}}) {
        QJsonArray array;
        for (const Link& link : *list)
            array.append(QJsonObject{{QStringLiteral("server"), link.serverKey},
                                     {QStringLiteral("id"), link.id},
                                     {QStringLiteral("name"), link.name},
                                     {QStringLiteral("dirty"), link.dirty}});
        root.insert(key, array);
    }
    QDir().mkpath(QFileInfo(m_path).path());
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) >= 0)
        file.commit();
}

} // namespace liner::server
