#pragma once

#include "library/FolderTracks.h"
#include "library/Track.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <functional>
#include <memory>

namespace liner::library {

// What one pass over the library folders did.
struct IndexResult
{
    // Every folder with tracks under the folders passed over, in playing order. A folder that did
    // not change since the previous pass is the very same object.
    QList<FolderTracksPtr> folders;
    int unitsRead = 0;   // files and sheets read with TagLib (new or changed)
    int unitsReused = 0; // known from the cache or the previous pass, unchanged
    int unitsRemoved = 0;
    QStringList problems; // about the cache; bad files are tracks with an error

    int trackCount() const;
    // Every track, whole (for a small library, or a test).
    QList<Track> tracks() const;
};

// Brings the library cache up to date with folders on disk and returns their tracks: walks them,
// reuses what it knows for every file whose size and modification time are unchanged, reads the
// rest in parallel with TagLib, forgets files that are gone. Tracks are kept compact
// (FolderTracks), a folder at a time.
//
// The first pass loads what the cache holds; later passes of the same indexer start from what the
// previous one found, so a rescan of an unchanged library is the walk and the stat()s and nothing
// else: the cache is not even opened. Blocking, so run it off the UI thread; one pass at a time,
// from any thread.
class LibraryIndexer
{
public:
    using Progress = std::function<void(int done, int total)>;
    using Batch = std::function<void(const QList<FolderTracksPtr>& folders)>;
    // Adds to a folder's tracks, as they are read, what the layers above know of them (the moods
    // and characters of their liner notes); called on the pass's thread, again for all the
    // folder's tracks when its liner-notes.md changes.
    using Annotate = std::function<void(const QString& folder, QList<Track>& tracks)>;

    explicit LibraryIndexer(QString databasePath, Annotate annotate = {});
    // For the passes from now on; not while one runs.
    void setAnnotate(Annotate annotate) { m_annotate = std::move(annotate); }
    const QString& databasePath() const { return m_databasePath; }

    // `batch` receives folders as they come: first, on a first pass, everything the cache holds,
    // then the folders read (a large folder more than once, as it fills); `progress` counts files
    // read against files to read.
    IndexResult update(const QStringList& folders, const Progress& progress = {},
                       const Batch& batch = {});
    // A pass over just the folders that changed since the last pass (the running program learns
    // which from inotify): each is listed again and whatever under it the last passes did not
    // know is walked; a folder gone is forgotten with all under it. The rest of the library is
    // taken as it was, so nothing else is even looked at. `folders` are the library's folders, as
    // update() takes them; the result holds all of it.
    IndexResult updateChanged(const QStringList& folders, const QStringList& changed,
                              const Progress& progress = {}, const Batch& batch = {});
    // Every folder the passes walked, with tracks or not: what to watch for changes.
    QStringList walkedFolders() const;

private:
    // What a pass walks, and which known folders it answers for: those it is to list again
    // (`exact`) and all under `under`.
    struct Scope
    {
        QStringList walk;
        std::function<bool(const QString&)> descend;
        QStringList exact;
        QStringList under;
    };
    IndexResult pass(Scope scope, const Progress& progress, const Batch& batch, bool full);
    // Puts the folders a partial pass found into the last pass's order, and takes out the gone.
    void placeInOrder(const QList<FolderTracksPtr>& found, const QSet<QString>& gone);

    QString m_databasePath;
    Annotate m_annotate;
    std::shared_ptr<StringPool> m_strings;
    bool m_loaded = false;
    QHash<QString, FolderTracksPtr> m_known; // by folder path
    QSet<QString> m_walked;
    // The folders with tracks of the last pass, in playing order.
    QList<FolderTracksPtr> m_ordered;
};

} // namespace liner::library
