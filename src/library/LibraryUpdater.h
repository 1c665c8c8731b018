#pragma once

#include "library/FolderWatch.h"
#include "library/LibraryIndexer.h"
#include "library/Track.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSemaphore>
#include <QSet>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <functional>

namespace liner::library {

// Keeps the library's tracks current for the window: runs LibraryIndexer off the UI thread,
// hands its batches and progress over as signals, and while the program runs follows changes to
// the folders (FolderWatch): a pass over just the folders that changed, so a running Liner never
// walks the whole library again. One pass at a time; a wish for another during a pass is carried
// out when it ends.
class LibraryUpdater : public QObject
{
    Q_OBJECT

public:
    explicit LibraryUpdater(const QString& databasePath, QObject* parent = nullptr);
    // Waits for a running pass: it holds the cache open.
    ~LibraryUpdater() override;

    // What floors above the library add to its tracks before they are handed over (the moods,
    // characters and scenes of their liner notes, which the search box and smart playlists
    // match): run on the pass's thread, a folder at a time, so that reading notes files never
    // holds up the window; what it adds is kept in the cache with the tracks. Takes effect from
    // the next pass.
    void setAnnotation(LibraryIndexer::Annotate annotate) { m_annotate = std::move(annotate); }

    // The window may show the first folders after foldersArrived returns (it groups a large
    // library into albums on a worker thread): `showing` then says so, and the window calls
    // firstFoldersShown() once they show. The first pass walks the disk only after that (two
    // seconds at most), so the window has both cores while it groups them.
    void setShowing(std::function<bool()> showing) { m_showing = std::move(showing); }
    void firstFoldersShown();

    // Starts a pass over these folders.
    void setFolders(const QStringList& folders);
    const QStringList& folders() const { return m_folders; }
    // The library cache's file.
    const QString& databasePath() const { return m_indexer.databasePath(); }
    // A full pass over every folder.
    void rescan();
    bool isRunning() const { return m_running; }
    // Whether the folders changed while the pass ran: another pass over all of them follows.
    bool isPassOverFoldersWaiting() const { return m_fullPassWanted; }

signals:
    // Folders new or changed as a pass finds them (a folder may come again, changed).
    void foldersArrived(const QList<liner::library::FolderTracksPtr>& folders);
    void progressChanged(int done, int total);
    // Every folder with tracks, in playing order, when a pass ends.
    void finished(const QList<liner::library::FolderTracksPtr>& folders,
                  const QStringList& problems);

private:
    // A full pass when one is wished for, else one over the folders that changed.
    void startNext();
    void start(const QStringList& changed);
    void onFinished();

    LibraryIndexer m_indexer;
    LibraryIndexer::Annotate m_annotate;
    QStringList m_folders;
    // The passes' own thread, which yields to the window (see common::lowerThreadPriority).
    QThreadPool m_passThread;
    QFutureWatcher<IndexResult> m_pass;
    FolderWatch m_watch;
    // Changes come in bursts (a copy of an album is many events): one pass per burst.
    QTimer m_settle;
    QSet<QString> m_changed;
    bool m_running = false;
    bool m_fullPassWanted = false;
    bool m_firstPass = true;
    // Released when the window has the first pass's first folders (see start()).
    QSemaphore m_shown;
    std::function<bool()> m_showing;
    // The first pass waits for firstFoldersShown().
    bool m_awaitingShown = false;
};

} // namespace liner::library
