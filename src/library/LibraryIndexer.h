#pragma once

#include "library/LibraryStore.h"
#include "library/Track.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <functional>

namespace liner::library {

// What one pass over the library folders did.
struct IndexResult
{
    QList<Track> tracks; // every track under the folders, in playing order
    int unitsRead = 0;   // files and sheets read with TagLib (new or changed)
    int unitsReused = 0; // known from the cache or the previous pass, unchanged
    int unitsRemoved = 0;
    QStringList problems; // about the cache; bad files are tracks with an error
};

// Brings the library cache up to date with folders on disk and returns their tracks: walks them,
// reuses what it knows for every file whose size and modification time are unchanged, reads the
// rest in parallel with TagLib, forgets files that are gone.
//
// The first pass loads what the cache holds; later passes of the same indexer start from what the
// previous one found, so a rescan of an unchanged library is the walk and nothing else: the cache
// is not even opened. Blocking, so run it off the UI thread; one pass at a time, from any thread.
class LibraryIndexer
{
public:
    using Progress = std::function<void(int done, int total)>;
    using Batch = std::function<void(const QList<Track>& tracks)>;

    explicit LibraryIndexer(QString databasePath);

    // `batch` receives the tracks as they come: first, on a first pass, everything the cache
    // still holds, then each group of files read; `progress` counts files read against files to
    // read.
    IndexResult update(const QStringList& folders, const Progress& progress = {},
                       const Batch& batch = {});

private:
    QString m_databasePath;
    bool m_loaded = false;
    QHash<QString, CachedUnit> m_known;
    // The previous pass, reused whole when nothing has changed: sorting is the costliest part
    // of a pass that reads nothing.
    QStringList m_lastRoots;
    QList<Track> m_lastTracks;
};

} // namespace liner::library
