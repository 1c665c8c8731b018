#include "server/CatalogStore.h"

#include "server/ServerCatalog.h"

#include <algorithm>

namespace liner::server::CatalogStore {

QList<library::FolderTracksPtr> load(library::LibraryStore& store,
                                     const std::shared_ptr<library::StringPool>& strings)
{
    QList<library::FolderTracksPtr> albums = store.load(strings);
    albums.removeIf(
        [](const library::FolderTracksPtr& folder) { return albumStamp(*folder).isEmpty(); });
    std::ranges::sort(albums, [](const library::FolderTracksPtr& a,
                                 const library::FolderTracksPtr& b) { return a->path < b->path; });
    return albums;
}

} // namespace liner::server::CatalogStore
