#pragma once

#include "library/LibraryIndexer.h"
#include "library/Track.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <functional>

namespace liner::library {

// Keeps the library's tracks current for the window: runs LibraryIndexer off the UI thread,
// hands its batches and progress over as signals, and rescans (incrementally) when a watched
// folder changes while the program runs. One pass at a time; a wish for another during a pass is
// carried out when it ends.
class LibraryUpdater : public QObject
{
    Q_OBJECT

public:
    using Annotation = std::function<void(QList<Track>& tracks)>;

    explicit LibraryUpdater(const QString& databasePath, QObject* parent = nullptr);
    // Waits for a running pass: it holds the cache open.
    ~LibraryUpdater() override;

    // What floors above the library add to its tracks before they are handed over (the moods,
    // characters and scenes of their liner notes, which the search box and smart playlists
    // match): run on the pass's thread, over each batch and the finished list, so that reading
    // notes files never holds up the window. Takes effect from the next pass.
    void setAnnotation(Annotation annotate) { m_annotate = std::move(annotate); }

    // Starts a pass over these folders.
    void setFolders(const QStringList& folders);
    const QStringList& folders() const { return m_folders; }
    void rescan();
    bool isRunning() const { return m_running; }

signals:
    void tracksArrived(const QList<liner::library::Track>& tracks);
    void progressChanged(int done, int total);
    // All tracks under the folders, in playing order, when a pass ends.
    void finished(const QList<liner::library::Track>& tracks, const QStringList& problems);

private:
    void start();
    void onFinished();
    void watch(const QList<Track>& tracks);

    LibraryIndexer m_indexer;
    Annotation m_annotate;
    QStringList m_folders;
    QFutureWatcher<IndexResult> m_pass;
    QFileSystemWatcher m_watcher;
    // Changes come in bursts (a copy of an album is many events): one rescan per burst.
    QTimer m_settle;
    bool m_running = false;
    bool m_again = false;
};

} // namespace liner::library
