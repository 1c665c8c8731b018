#pragma once

#include "library/FolderTracks.h"
#include "library/LibraryStore.h"
#include "library/StringPool.h"

#include <QList>
#include <memory>

namespace liner::server {

// A server's albums in a library cache of their own (LibraryStore, one file per server), so that
// the next start shows them at once: each album is a row as a folder is, kept as ServerCatalog
// made it (albumFolder: named by the album's URL, the stamp of its listing as its one sheet's),
// saved with LibraryStore::save as they change.
namespace CatalogStore {

// Every album the cache holds, in the order of their URLs, their texts numbered in `strings`.
QList<library::FolderTracksPtr> load(library::LibraryStore& store,
                                     const std::shared_ptr<library::StringPool>& strings);

} // namespace CatalogStore

} // namespace liner::server
