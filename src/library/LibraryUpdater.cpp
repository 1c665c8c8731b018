#include "library/LibraryUpdater.h"

#include "common/BackgroundPriority.h"
#include "common/HeapTuning.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace liner::library {

namespace {
// Long enough to gather a burst of changes (an album copied in), short enough to feel immediate.
constexpr int kSettleMs = 500;
// The longest a pass waits for the window to show what the cache held before it walks the disk.
constexpr int kShowWaitMs = 2000;
} // namespace

LibraryUpdater::LibraryUpdater(const QString& databasePath, QObject* parent)
    : QObject(parent), m_indexer(databasePath)
{
    qRegisterMetaType<QList<FolderTracksPtr>>();
    m_passThread.setMaxThreadCount(1);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &LibraryUpdater::startNext);
    connect(&m_watch, &FolderWatch::changed, this, [this](const QString& folder) {
        m_changed.insert(folder);
        m_settle.start();
    });
    connect(&m_watch, &FolderWatch::overflowed, this, &LibraryUpdater::rescan);
    connect(&m_pass, &QFutureWatcher<IndexResult>::finished, this, &LibraryUpdater::onFinished);
}

LibraryUpdater::~LibraryUpdater()
{
    m_shown.release();
    m_pass.waitForFinished();
}

void LibraryUpdater::firstFoldersShown()
{
    if (std::exchange(m_awaitingShown, false))
        m_shown.release();
}

void LibraryUpdater::setFolders(const QStringList& folders)
{
    m_folders = folders;
    rescan();
}

void LibraryUpdater::rescan()
{
    m_fullPassWanted = true;
    startNext();
}

void LibraryUpdater::startNext()
{
    if (m_running || (!m_fullPassWanted && m_changed.isEmpty()))
        return;
    // A full pass sees every change; the folders' own wishes are answered by it.
    const QStringList changed = m_fullPassWanted ? QStringList() : m_changed.values();
    m_changed.clear();
    m_fullPassWanted = false;
    start(changed);
}

void LibraryUpdater::start(const QStringList& changed)
{
    m_running = true;
    // The pass reports from a pool thread; queued calls bring each report to this object's thread.
    const auto progress = [this](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progressChanged(done, total); }, Qt::QueuedConnection);
    };
    // The first folders a Liner is given (at a start, all the cache holds) are shown before the
    // pass goes on: the window has both cores to itself while it groups them, and the walk over
    // the disk that follows stays out of its way.
    const bool first = std::exchange(m_firstPass, false);
    const auto batch = [this, first,
                        waited = false](const QList<FolderTracksPtr>& folders) mutable {
        const bool wait = first && !std::exchange(waited, true);
        QMetaObject::invokeMethod(
            this,
            [this, folders, wait] {
                emit foldersArrived(folders);
                if (wait && m_showing && m_showing())
                    m_awaitingShown = true;
                else if (wait)
                    m_shown.release();
            },
            Qt::QueuedConnection);
        if (wait)
            m_shown.tryAcquire(1, kShowWaitMs);
    };
    // m_indexer is only touched by the pass, and there is one pass at a time.
    m_indexer.setAnnotate(m_annotate);
    m_pass.setFuture(QtConcurrent::run(&m_passThread, [this, folders = m_folders, changed, progress,
                                                       batch, window = QThread::currentThread()] {
        common::lowerThreadPriority(window);
        return changed.isEmpty() ? m_indexer.update(folders, progress, batch)
                                 : m_indexer.updateChanged(folders, changed, progress, batch);
    }));
}

void LibraryUpdater::onFinished()
{
    const IndexResult result = m_pass.result();
    m_running = false;
    // Folders, not files: adding, removing or renaming a file changes its folder, and a large
    // library would run out of inotify watches one file at a time.
    m_watch.setFolders(m_indexer.walkedFolders());
    emit finished(result.folders, result.problems);
    // A pass (and the models rebuilt from it) leaves the allocator holding the pages of what it
    // freed, in every thread's arena; giving them back keeps a large library's window small.
    common::returnFreedMemory();
    startNext();
}

} // namespace liner::library
