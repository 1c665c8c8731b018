#include "LibraryIndexer.h"

#include "LibraryScanner.h"
#include "LibraryStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <sys/stat.h>

namespace liner::library {

namespace {

// Size and modification time (to the nanosecond) of every file a unit was read from: any edit
// changes it. A bare stat(): QFileInfo::lastModified() converts to local time, which cost more
// than everything else an unchanged rescan does.
QByteArray stampOf(const ScanUnit& unit)
{
    QByteArray stamp;
    for (const QString& file : unit.files) {
        struct stat status = {};
        if (::stat(QFile::encodeName(file).constData(), &status) == 0)
            stamp += QByteArray::number(qint64(status.st_size)) + ':' +
                     QByteArray::number(qint64(status.st_mtim.tv_sec)) + '.' +
                     QByteArray::number(qint64(status.st_mtim.tv_nsec));
        else
            stamp += '-';
        stamp += ';';
    }
    return stamp;
}

bool isUnder(const QString& path, const QStringList& folders)
{
    return std::any_of(folders.cbegin(), folders.cend(), [&path](const QString& folder) {
        return path == folder || path.startsWith(folder + u'/');
    });
}

} // namespace

IndexResult LibraryIndexer::update(const QString& databasePath, const QStringList& folders,
                                   const Progress& progress, const Batch& batch)
{
    IndexResult result;
    LibraryStore store(databasePath);
    if (!store.problem().isEmpty())
        result.problems << store.problem();
    QHash<QString, CachedUnit> cached = store.load();

    QStringList roots;
    for (const QString& folder : folders)
        roots << QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QList<ScanUnit> units = LibraryScanner::findUnits(roots);

    QList<ScanUnit> toRead;
    QList<QByteArray> stamps;
    QSet<QString> present;
    for (const ScanUnit& unit : units) {
        present.insert(unit.path);
        QByteArray stamp = stampOf(unit);
        const auto hit = cached.constFind(unit.path);
        if (hit != cached.cend() && hit->stamp == stamp) {
            result.tracks << hit->tracks;
            ++result.unitsReused;
        } else {
            toRead << unit;
            stamps << std::move(stamp);
        }
    }
    if (batch && !result.tracks.isEmpty())
        batch(result.tracks);
    // A cache rebuilt while loading has lost what was reused from it: write that back now.
    if (store.wasRebuilt() && result.unitsReused > 0) {
        QHash<QString, CachedUnit> reused;
        for (const ScanUnit& unit : units) {
            if (const auto hit = cached.constFind(unit.path); hit != cached.cend())
                reused.insert(unit.path, *hit);
        }
        if (!store.save(reused, {}))
            result.problems << store.problem();
    }

    QStringList removed;
    for (auto it = cached.cbegin(); it != cached.cend(); ++it) {
        if (!present.contains(it.key()) && isUnder(it.key(), roots))
            removed << it.key();
    }
    result.unitsRemoved = int(removed.size());

    // Groups big enough to keep both cores busy, small enough that the window fills steadily.
    constexpr qsizetype kGroup = 256;
    const int total = int(toRead.size());
    if (progress)
        progress(0, total);
    for (qsizetype first = 0; first < toRead.size(); first += kGroup) {
        const QList<ScanUnit> group = toRead.mid(first, kGroup);
        const QList<QList<Track>> read = QtConcurrent::blockingMapped<QList<QList<Track>>>(
            QThreadPool::globalInstance(), group, &LibraryScanner::read);
        QHash<QString, CachedUnit> changed;
        QList<Track> groupTracks;
        for (qsizetype i = 0; i < group.size(); ++i) {
            changed.insert(group[i].path, CachedUnit{stamps[first + i], read[i]});
            groupTracks << read[i];
        }
        // The last group also carries the removals, so one transaction ends the pass.
        const bool last = first + kGroup >= toRead.size();
        if (!store.save(changed, last ? removed : QStringList()))
            result.problems << store.problem();
        result.unitsRead += int(group.size());
        result.tracks << groupTracks;
        if (batch)
            batch(groupTracks);
        if (progress)
            progress(result.unitsRead, total);
    }
    if (toRead.isEmpty() && !removed.isEmpty() && !store.save({}, removed))
        result.problems << store.problem();
    LibraryScanner::sortForPlayback(result.tracks);
    return result;
}

} // namespace liner::library
