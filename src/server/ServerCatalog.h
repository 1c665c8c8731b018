#pragma once

#include "library/LibraryStore.h"
#include "library/Track.h"
#include "server/SubsonicClient.h"

#include <QHash>
#include <QList>
#include <QString>
#include <functional>

namespace liner::server {

// What the server holds: every album, as the library's cache keeps it (its location, a stamp of
// what the listing said about it, its songs as tracks).
struct Catalog
{
    QHash<QString, library::CachedUnit> albums; // by album location
    QStringList order;                          // the locations in the server's listing order
    QHash<QString, QString> covers;             // cover file -> the server's coverArt id
    int albumsFetched = 0;                      // getAlbum calls made; the rest were known
    QString error;                              // set when the listing could not be completed
    QList<library::Track> tracks() const;       // all of them, album after album in playing order
};

// Reads a server's library: getAlbumList2 page by page, then getAlbum for each album whose
// listing changed since `known` (the cached catalog), and getArtists to catch albums the pages
// missed (servers that cap paging). Blocking: run it off the UI thread.
class ServerCatalog
{
public:
    using Progress = std::function<void(int done, int total)>;

    // With a `coverFolder`, each track's coverFile names where its album's cover is kept there
    // (ServerCovers fetches it).
    static Catalog fetch(SubsonicClient& client,
                         const QHash<QString, library::CachedUnit>& known = {},
                         const Progress& progress = {}, const QString& coverFolder = {});
    // One album's songs in playing order; empty with `error` set when it cannot be read.
    static QList<library::Track> album(SubsonicClient& client, const QString& id, QString& error);
};

} // namespace liner::server
