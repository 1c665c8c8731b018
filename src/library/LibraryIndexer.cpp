#include "library/LibraryIndexer.h"

#include "library/FolderWalk.h"
#include "library/LibraryScanner.h"

#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <optional>

namespace liner::library {

namespace {

bool isUnder(const QString& path, const QStringList& folders)
{
    return std::any_of(folders.cbegin(), folders.cend(), [&path](const QString& folder) {
        return path == folder || path.startsWith(folder + u'/');
    });
}

// Groups big enough that a transaction's cost is spread thin, small enough that the window
// fills steadily.
constexpr int kGroup = 256;

// Every unit under `roots` with its stamp. The stat() of every file is most of an unchanged
// rescan: both cores share it, a folder at a time, each stat() relative to the open folder.
QList<ScanUnit> findUnits(const QStringList& roots)
{
    QList<ScanFolder> folders;
    LibraryScanner::walk(roots, [&folders](ScanFolder&& folder) { folders << std::move(folder); });
    QtConcurrent::blockingMap(folders, [](ScanFolder& folder) {
        QStringList names;
        QList<qsizetype> unstamped;
        for (qsizetype i = 0; i < folder.units.size(); ++i) {
            const ScanUnit& unit = folder.units[i];
            if (unit.stamp.isEmpty() && unit.problem.isEmpty()) {
                names << unit.path.mid(folder.path.size() + 1);
                unstamped << i;
            }
        }
        const QList<QByteArray> stamps = FileStamp::ofFilesIn(folder.path, names);
        for (qsizetype i = 0; i < stamps.size(); ++i)
            folder.units[unstamped[i]].stamp = stamps[i];
    });
    QList<ScanUnit> units;
    for (ScanFolder& folder : folders)
        units << std::move(folder.units);
    return units;
}

} // namespace

LibraryIndexer::LibraryIndexer(QString databasePath) : m_databasePath(std::move(databasePath)) {}

IndexResult LibraryIndexer::update(const QStringList& folders, const Progress& progress,
                                   const Batch& batch)
{
    IndexResult result;
    // Opened only when there is something to load or save.
    std::optional<LibraryStore> store;
    const auto openStore = [&]() -> LibraryStore& {
        if (!store) {
            store.emplace(m_databasePath);
            if (!store->problem().isEmpty())
                result.problems << store->problem();
        }
        return *store;
    };
    const bool firstPass = !m_loaded;
    if (firstPass) {
        m_known = openStore().load();
        m_loaded = true;
    }

    QStringList roots;
    for (const QString& folder : folders)
        roots << QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QList<ScanUnit> units = findUnits(roots);

    QList<ScanUnit> toRead;
    qsizetype known = 0;
    for (const ScanUnit& unit : units) {
        const auto hit = m_known.constFind(unit.path);
        known += hit != m_known.cend() ? 1 : 0;
        if (hit != m_known.cend() && hit->stamp == unit.stamp)
            ++result.unitsReused;
        else
            toRead << unit;
    }
    // Something known is gone only if fewer known units were found than are known under these
    // folders; the set of what was found is made only then.
    QStringList removed;
    if (known < m_known.size()) {
        QSet<QString> present;
        for (const ScanUnit& unit : units)
            present.insert(unit.path);
        for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
            if (!present.contains(it.key()) && isUnder(it.key(), roots))
                removed << it.key();
        }
    }
    result.unitsRemoved = int(removed.size());

    // After a pass, what is known under its folders is exactly what it found; so the same
    // folders with nothing read and nothing gone are the previous pass's tracks.
    if (!firstPass && roots == m_lastRoots && toRead.isEmpty() && removed.isEmpty()) {
        result.tracks = m_lastTracks;
        return result;
    }

    for (const ScanUnit& unit : units) {
        if (const auto hit = m_known.constFind(unit.path);
            hit != m_known.cend() && hit->stamp == unit.stamp)
            result.tracks << hit->tracks;
    }
    if (firstPass && batch && !result.tracks.isEmpty())
        batch(result.tracks);
    // A cache rebuilt while loading has lost what was reused from it: write that back now.
    if (store && store->wasRebuilt() && result.unitsReused > 0) {
        QHash<QString, CachedUnit> reused;
        for (const ScanUnit& unit : units) {
            if (const auto hit = m_known.constFind(unit.path); hit != m_known.cend())
                reused.insert(unit.path, *hit);
        }
        if (!store->save(reused, {}))
            result.problems << store->problem();
    }

    // The files are read on a pool of their own while this thread saves what they give, so
    // neither waits for the other; the global pool may be running this very pass.
    QThreadPool readers;
    readers.setMaxThreadCount(QThread::idealThreadCount());
    QFuture<QList<Track>> reading = QtConcurrent::mapped(&readers, toRead, &LibraryScanner::read);
    const int total = int(toRead.size());
    if (progress)
        progress(0, total);
    QHash<QString, CachedUnit> changed;
    QList<Track> groupTracks;
    for (int i = 0; i < total; ++i) {
        const QList<Track> tracks = reading.resultAt(i);
        const CachedUnit unit{toRead[i].stamp, tracks};
        changed.insert(toRead[i].path, unit);
        m_known.insert(toRead[i].path, unit);
        groupTracks << tracks;
        ++result.unitsRead;
        const bool last = i + 1 == total;
        if (changed.size() < kGroup && !last)
            continue;
        // The last group also carries the removals, so one transaction ends the pass.
        if (!openStore().save(changed, last ? removed : QStringList()))
            result.problems << store->problem();
        result.tracks << groupTracks;
        if (batch)
            batch(groupTracks);
        if (progress)
            progress(result.unitsRead, total);
        changed.clear();
        groupTracks.clear();
    }
    if (toRead.isEmpty() && !removed.isEmpty() && !openStore().save({}, removed))
        result.problems << store->problem();
    for (const QString& path : std::as_const(removed))
        m_known.remove(path);

    LibraryScanner::sortForPlayback(result.tracks);
    m_lastRoots = roots;
    m_lastTracks = result.tracks;
    return result;
}

} // namespace liner::library
