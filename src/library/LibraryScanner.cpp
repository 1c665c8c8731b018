#include "LibraryScanner.h"

#include "CueTracks.h"
#include "TagReader.h"

#include <QCollator>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace liner::library {

namespace {

bool isCueSheet(const QFileInfo& file)
{
    return file.suffix().compare(u"cue", Qt::CaseInsensitive) == 0;
}

ScanUnit cueUnit(const QString& path)
{
    ScanUnit unit{path, {path}, CueSheet::read(path)};
    for (const CueFile& file : unit.cueSheet->files)
        unit.files << file.path;
    return unit;
}

} // namespace

const QStringList& LibraryScanner::audioExtensions()
{
    static const QStringList extensions{
        QStringLiteral("flac"), QStringLiteral("wav"), QStringLiteral("mp3"),
        QStringLiteral("m4a"),  QStringLiteral("mp4"), QStringLiteral("aac"),
        QStringLiteral("ogg"),  QStringLiteral("oga"), QStringLiteral("opus"),
        QStringLiteral("wv"),   QStringLiteral("aif"), QStringLiteral("aiff"),
        QStringLiteral("ape"),
    };
    return extensions;
}

QList<ScanUnit> LibraryScanner::findUnits(const QStringList& paths)
{
    QStringList audioFiles;
    QList<ScanUnit> sheets;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            if (isCueSheet(info))
                sheets << cueUnit(info.absoluteFilePath());
            else
                audioFiles << info.absoluteFilePath();
            continue;
        }
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo entry(it.nextFileInfo());
            if (entry.isFile() && isCueSheet(entry))
                sheets << cueUnit(entry.absoluteFilePath());
            else if (audioExtensions().contains(entry.suffix().toLower()))
                audioFiles << entry.absoluteFilePath();
        }
    }
    QList<ScanUnit> units;
    QSet<QString> covered;
    for (ScanUnit& sheet : sheets) {
        const QStringList audio = sheet.files.mid(1);
        // A second sheet for the same rip (often one per encoding) would list it twice.
        if (!audio.isEmpty() && std::all_of(audio.cbegin(), audio.cend(), [&](const QString& file) {
                return covered.contains(file);
            }))
            continue;
        for (const QString& file : audio)
            covered.insert(file);
        units << std::move(sheet);
    }
    for (const QString& file : std::as_const(audioFiles)) {
        if (!covered.contains(file))
            units << ScanUnit{file, {file}, std::nullopt};
    }
    return units;
}

QList<Track> LibraryScanner::read(const ScanUnit& unit)
{
    if (!unit.cueSheet)
        return {TagReader::read(unit.path)};
    if (unit.cueSheet->isEmpty()) {
        Track failed;
        failed.path = unit.path;
        failed.cueSheet = unit.path;
        failed.error = unit.cueSheet->problems.join(QStringLiteral("; "));
        return {failed};
    }
    return tracksOfCueSheet(*unit.cueSheet);
}

QList<Track> LibraryScanner::scan(const QStringList& paths)
{
    const QList<QList<Track>> read =
        QtConcurrent::blockingMapped<QList<QList<Track>>>(findUnits(paths), &LibraryScanner::read);
    QList<Track> tracks;
    for (const QList<Track>& unitTracks : read)
        tracks << unitTracks;
    sortForPlayback(tracks);
    return tracks;
}

void LibraryScanner::sortForPlayback(QList<Track>& tracks)
{
    // Folder and file names are worked out once per track, not once per comparison.
    struct Key
    {
        QString folder;
        QString name;
        qsizetype index;
    };
    std::vector<Key> keys;
    keys.reserve(tracks.size());
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        const QString& path = tracks[i].path;
        const qsizetype slash = path.lastIndexOf(u'/');
        keys.push_back({path.left(slash), path.mid(slash + 1), i});
    }
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(keys.begin(), keys.end(), [&](const Key& keyA, const Key& keyB) {
        const Track& a = tracks[keyA.index];
        const Track& b = tracks[keyB.index];
        if (keyA.folder != keyB.folder)
            return collator.compare(keyA.folder, keyB.folder) < 0;
        if (a.discNumber != b.discNumber)
            return a.discNumber < b.discNumber;
        if (a.trackNumber != b.trackNumber)
            return a.trackNumber < b.trackNumber;
        if (keyA.name != keyB.name)
            return collator.compare(keyA.name, keyB.name) < 0;
        return a.startUs < b.startUs;
    });
    QList<Track> sorted;
    sorted.reserve(tracks.size());
    for (const Key& key : keys)
        sorted << std::move(tracks[key.index]);
    tracks = std::move(sorted);
}

} // namespace liner::library
