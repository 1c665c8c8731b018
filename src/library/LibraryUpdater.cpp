#include "library/LibraryUpdater.h"

#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace liner::library {

namespace {
constexpr int kSettleMs = 1000;
}

LibraryUpdater::LibraryUpdater(const QString& databasePath, QObject* parent)
    : QObject(parent), m_indexer(databasePath)
{
    qRegisterMetaType<QList<Track>>();
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &LibraryUpdater::rescan);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle,
            qOverload<>(&QTimer::start));
    connect(&m_pass, &QFutureWatcher<IndexResult>::finished, this, &LibraryUpdater::onFinished);
}

LibraryUpdater::~LibraryUpdater()
{
    m_pass.waitForFinished();
}

void LibraryUpdater::setFolders(const QStringList& folders)
{
    m_folders = folders;
    rescan();
}

void LibraryUpdater::rescan()
{
    if (m_running) {
        m_again = true;
        return;
    }
    start();
}

void LibraryUpdater::start()
{
    m_running = true;
    m_again = false;
    // The pass reports from a pool thread; queued calls bring each report to this object's thread.
    const auto progress = [this](int done, int total) {
        QMetaObject::invokeMethod(
            this, [this, done, total] { emit progressChanged(done, total); }, Qt::QueuedConnection);
    };
    const Annotation annotate = m_annotate;
    const auto batch = [this, annotate](const QList<Track>& read) {
        QList<Track> tracks = read;
        if (annotate)
            annotate(tracks);
        QMetaObject::invokeMethod(
            this, [this, tracks] { emit tracksArrived(tracks); }, Qt::QueuedConnection);
    };
    // m_indexer is only touched by the pass, and there is one pass at a time; so is the
    // annotation.
    m_pass.setFuture(QtConcurrent::run([this, annotate, progress, batch, folders = m_folders] {
        IndexResult result = m_indexer.update(folders, progress, batch);
        if (annotate)
            annotate(result.tracks);
        return result;
    }));
}

void LibraryUpdater::onFinished()
{
    const IndexResult result = m_pass.result();
    m_running = false;
    watch(result.tracks);
    emit finished(result.tracks, result.problems);
    if (m_again)
        start();
}

void LibraryUpdater::watch(const QList<Track>& tracks)
{
    // Folders, not files: adding, removing or renaming a file changes its folder, and a large
    // library would run out of inotify watches one file at a time.
    QSet<QString> folders(m_folders.cbegin(), m_folders.cend());
    for (const Track& track : tracks)
        folders.insert(QFileInfo(track.path).absolutePath());
    const QStringList watched = m_watcher.directories();
    const QSet<QString> already(watched.cbegin(), watched.cend());
    const QSet<QString> toAdd = folders - already;
    const QSet<QString> toRemove = already - folders;
    if (!toRemove.isEmpty())
        m_watcher.removePaths(toRemove.values());
    if (!toAdd.isEmpty())
        m_watcher.addPaths(toAdd.values());
}

} // namespace liner::library
