#pragma once

#include "library/FolderWatch.h"
#include "library/LibraryIndexer.h"
#include "library/Track.h"

#include <QFutureWatcher>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

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
    explicit LibraryUpdater(const QString& databasePath, LibraryIndexer::Annotate annotate = {},
                            QObject* parent = nullptr);
    // Waits for a running pass: it holds the cache open.
    ~LibraryUpdater() override;

    // Starts a pass over these folders.
    void setFolders(const QStringList& folders);
    const QStringList& folders() const { return m_folders; }
    // A full pass over every folder.
    void rescan();
    bool isRunning() const { return m_running; }

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
    QStringList m_folders;
    QFutureWatcher<IndexResult> m_pass;
    FolderWatch m_watch;
    // Changes come in bursts (a copy of an album is many events): one pass per burst.
    QTimer m_settle;
    QSet<QString> m_changed;
    bool m_running = false;
    bool m_fullPassWanted = false;
};

} // namespace liner::library
