#pragma once

#include "Track.h"

#include <QList>
#include <QStringList>
#include <functional>

namespace liner::library {

// What one pass over the library folders did.
struct IndexResult
{
    QList<Track> tracks; // every track under the folders, in playing order
    int unitsRead = 0;   // files and sheets read with TagLib (new or changed)
    int unitsReused = 0; // taken from the cache unchanged
    int unitsRemoved = 0;
    QStringList problems; // about the cache; bad files are tracks with an error
};

// Brings the library cache up to date with folders on disk and returns their tracks: walks them,
// reuses what the cache holds for every file whose size and modification time are unchanged,
// reads the rest in parallel with TagLib, forgets files that are gone. Blocking: run it off the
// UI thread.
class LibraryIndexer
{
public:
    using Progress = std::function<void(int done, int total)>;
    using Batch = std::function<void(const QList<Track>& tracks)>;

    // `batch` receives the tracks as they come: first everything the cache still holds, then
    // each group of files read; `progress` counts files read against files to read.
    static IndexResult update(const QString& databasePath, const QStringList& folders,
                              const Progress& progress = {}, const Batch& batch = {});
};

} // namespace liner::library
