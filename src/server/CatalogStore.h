#pragma once

#include "library/LibraryStore.h"
#include "server/ServerCatalog.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace liner::server {

// A server's albums in a library cache of their own (LibraryStore, one file per server), so that
// the next start shows them at once: each album is a row as a folder is, named by the album's URL
// (subsonic://USER@HOST:PORT/album/ID), its songs that folder's tracks, and the stamp of what the
// listing said of it the stamp of the one unit they were read from (FolderTracks::Sheet).
namespace CatalogStore {

// Every album the cache holds, by its URL.
QHash<QString, CachedAlbum> load(library::LibraryStore& store);
// One transaction: the albums changed written, those removed gone.
bool save(library::LibraryStore& store, const QHash<QString, CachedAlbum>& changed,
          const QStringList& removed);

} // namespace CatalogStore

} // namespace liner::server
