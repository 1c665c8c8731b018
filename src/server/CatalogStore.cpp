#include "server/CatalogStore.h"

#include "library/FolderTracks.h"

#include <memory>

namespace liner::server::CatalogStore {

QHash<QString, CachedAlbum> load(library::LibraryStore& store)
{
    QHash<QString, CachedAlbum> albums;
    for (const library::FolderTracksPtr& folder :
         store.load(std::make_shared<library::StringPool>())) {
        if (folder->isRemote() && folder->sheets.size() == 1)
            albums.insert(folder->path,
                          CachedAlbum{folder->sheets.first().stamp, library::tracksOf({folder})});
    }
    return albums;
}

bool save(library::LibraryStore& store, const QHash<QString, CachedAlbum>& changed,
          const QStringList& removed)
{
    auto strings = std::make_shared<library::StringPool>();
    QList<library::FolderTracksPtr> rows;
    for (auto album = changed.cbegin(); album != changed.cend(); ++album) {
        auto folder = std::make_shared<library::FolderTracks>();
        folder->path = album.key();
        folder->strings = strings;
        folder->sheets << library::FolderTracks::Sheet{album.key(), album->stamp};
        for (const library::Track& track : album->tracks)
            folder->tracks.push_back(library::compactTrack(track, album.key(), {}, 0, *strings));
        rows << folder;
    }
    return store.save(rows, removed);
}

} // namespace liner::server::CatalogStore
