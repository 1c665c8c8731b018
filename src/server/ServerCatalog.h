#pragma once

#include "library/FolderTracks.h"
#include "library/Track.h"
#include "server/SubsonicClient.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace liner::server {

// One album of a server as the library keeps it: a folder named by the album's URL
// (subsonic://USER@HOST:PORT/album/ID), its songs the folder's tracks in playing order, and the
// stamp of what the listing said of the album as its one sheet's stamp (FolderTracks::Sheet).
library::FolderTracksPtr albumFolder(const QString& location, const QByteArray& stamp,
                                     const QList<library::Track>& songs,
                                     const std::shared_ptr<library::StringPool>& strings);
// The stamp an album's folder was listed with; empty for a folder that is not a server's album.
QByteArray albumStamp(const library::FolderTracks& album);

// What the server holds: every album (by its location, as CatalogStore keeps them).
struct Catalog
{
    QHash<QString, library::FolderTracksPtr> albums; // by album location
    QStringList order;                               // the locations in the server's listing order
    QHash<QString, QString> covers;                  // cover file -> the server's coverArt id
    int albumsFetched = 0;                           // getAlbum calls made; the rest were known
    QString error;                                   // set when the listing could not be completed
    // The albums in the server's listing order.
    QList<library::FolderTracksPtr> folders() const;
    // Every song whole, album after album in playing order.
    QList<library::Track> tracks() const;
};

// Reads a server's library: getAlbumList2 page by page, then getAlbum for each album whose
// listing changed since `known` (the cached catalog), and getArtists to catch albums the pages
// missed (servers that cap paging). Blocking: run it off the UI thread.
class ServerCatalog
{
public:
    using Progress = std::function<void(int done, int total)>;

    // With a `coverFolder`, each track's coverFile names where its album's cover is kept there
    // (ServerCovers fetches it). An album whose listing did not change is its `known` folder,
    // the very same object; the others' texts are added to `strings` (a new pool when null).
    static Catalog fetch(SubsonicClient& client,
                         const QHash<QString, library::FolderTracksPtr>& known = {},
                         const Progress& progress = {}, const QString& coverFolder = {},
                         std::shared_ptr<library::StringPool> strings = {});
    // One album's songs in playing order; empty with `error` set when it cannot be read.
    static QList<library::Track> album(SubsonicClient& client, const QString& id, QString& error);
};

} // namespace liner::server
