#include "library/LibraryScanner.h"

#include "common/FileName.h"
#include "common/InputFile.h"
#include "common/TextDecoding.h"
#include "library/CueTracks.h"
#include "library/FolderWalk.h"
#include "library/TagReader.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

namespace liner::library {

namespace {

bool isCueSheet(const QString& path)
{
    return path.endsWith(u".cue", Qt::CaseInsensitive);
}

bool hasAudioExtension(const QString& path)
{
    const qsizetype dot = path.lastIndexOf(u'.');
    const qsizetype slash = path.lastIndexOf(u'/');
    if (dot <= slash)
        return false;
    const QStringView suffix = QStringView(path).mid(dot + 1);
    const QStringList& extensions = LibraryScanner::audioExtensions();
    return std::any_of(extensions.cbegin(), extensions.cend(), [suffix](const QString& extension) {
        return suffix.compare(extension, Qt::CaseInsensitive) == 0;
    });
}

ScanUnit cueUnit(const QString& path, QByteArray stamp)
{
    ScanUnit unit{path, CueSheet::read(path), std::move(stamp), {}};
    for (const CueFile& file : unit.cueSheet->files)
        unit.stamp += FileStamp::of(file.path);
    return unit;
}

ScanUnit fileUnit(const QString& path, QByteArray stamp)
{
    return {path, std::nullopt, std::move(stamp), {}};
}

ScanUnit problemUnit(const QString& path, const QString& problem)
{
    return {path, std::nullopt, {}, problem};
}

// The paths with each folder named once and no folder inside another named one: a music folder
// added beside one it contains would otherwise be walked twice.
QStringList withoutNestedFolders(const QStringList& paths)
{
    QStringList folders;
    for (const QString& path : paths) {
        const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        if (pathType(absolute) == PathType::Folder)
            folders << absolute;
    }
    QStringList kept;
    QSet<QString> seen;
    for (const QString& path : paths) {
        const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        const bool nested = std::any_of(folders.cbegin(), folders.cend(),
                                        [&](const QString& folder) {
                                            return absolute.startsWith(folder + u'/');
                                        }) &&
                            pathType(absolute) == PathType::Folder;
        if (seen.contains(absolute) || nested)
            continue;
        seen.insert(absolute);
        kept << path;
    }
    return kept;
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
    // The audio files of one folder, units [first, first + names.size()) of `files`.
    struct FolderFiles
    {
        QString folder;
        QStringList names;
        qsizetype first;
    };
    QList<ScanUnit> files;
    QList<FolderFiles> folders;
    QList<ScanUnit> sheets;
    QList<ScanUnit> problems;
    for (const QString& path : withoutNestedFolders(paths)) {
        const QFileInfo info(path);
        const QString absolute = info.absoluteFilePath();
        // A path named on the command line may be anything, its name any bytes.
        const PathType type = pathType(absolute);
        if (type == PathType::Missing)
            problems << problemUnit(absolute, QStringLiteral("no such file"));
        else if (type == PathType::Other)
            problems << problemUnit(absolute, InputFile(absolute).error());
        else if (type == PathType::File)
            (isCueSheet(absolute) ? sheets : files) << fileUnit(absolute, FileStamp::of(absolute));
        else
            walkFolder(QDir::cleanPath(absolute), [&](WalkedFolder&& folder) {
                if (!folder.problem.isEmpty()) {
                    problems << problemUnit(
                        folder.path,
                        QStringLiteral("folder cannot be read: %1").arg(folder.problem.toLower()));
                    return;
                }
                for (const QString& name : std::as_const(folder.folders)) {
                    if (hasAudioExtension(name))
                        problems << problemUnit(folder.path + u'/' + name,
                                                QStringLiteral("not a file"));
                }
                FolderFiles audio{folder.path, {}, files.size()};
                for (const QString& name : std::as_const(folder.files)) {
                    if (isCueSheet(name)) {
                        const QString sheet = folder.path + u'/' + name;
                        sheets << fileUnit(sheet, FileStamp::of(sheet));
                    } else if (hasAudioExtension(name)) {
                        files << fileUnit(folder.path + u'/' + name, {});
                        audio.names << name;
                    }
                }
                if (!audio.names.isEmpty())
                    folders << std::move(audio);
            });
    }
    // The stat() of every file is most of an unchanged rescan: both cores share it, a folder at
    // a time. Each task writes only its own units, through a pointer taken (and the list
    // detached) before any starts.
    ScanUnit* units = files.data();
    QtConcurrent::blockingMap(folders, [units](const FolderFiles& folder) {
        const QList<QByteArray> stamps = FileStamp::ofFilesIn(folder.folder, folder.names);
        for (qsizetype i = 0; i < stamps.size(); ++i)
            units[folder.first + i].stamp = stamps[i];
    });

    QList<ScanUnit> found;
    QSet<QString> covered;
    for (const ScanUnit& unit : std::as_const(sheets)) {
        ScanUnit sheet = cueUnit(unit.path, unit.stamp);
        QStringList audio;
        for (const CueFile& file : sheet.cueSheet->files)
            audio << file.path;
        // A second sheet for the same rip (often one per encoding) would list it twice.
        if (!audio.isEmpty() && std::all_of(audio.cbegin(), audio.cend(), [&](const QString& file) {
                return covered.contains(file);
            }))
            continue;
        for (const QString& file : std::as_const(audio))
            covered.insert(file);
        found << std::move(sheet);
    }
    if (!covered.isEmpty())
        files.removeIf([&covered](const ScanUnit& file) { return covered.contains(file.path); });
    found << std::move(files) << std::move(problems);
    // A file named on its own and found again in a named folder is one unit. Only named files can
    // be found twice, and a library's folders are named without them.
    const bool namedFiles = std::any_of(
        paths.cbegin(), paths.cend(), [](const QString& path) { return !QFileInfo(path).isDir(); });
    if (!namedFiles)
        return found;
    QSet<QString> listed;
    found.removeIf([&listed](const ScanUnit& unit) {
        if (listed.contains(unit.path))
            return true;
        listed.insert(unit.path);
        return false;
    });
    return found;
}

QList<Track> LibraryScanner::read(const ScanUnit& unit)
{
    if (!unit.problem.isEmpty()) {
        Track failed;
        failed.path = unit.path;
        failed.error = unit.problem;
        return {failed};
    }
    if (!unit.cueSheet)
        return {TagReader::read(unit.path)};
    if (unit.cueSheet->isEmpty()) {
        Track failed;
        failed.path = unit.path;
        failed.cueSheet = unit.path;
        failed.error = unit.cueSheet->problems.join(QStringLiteral("; "));
        return {failed};
    }
    QList<Track> tracks = tracksOfCueSheet(*unit.cueSheet);
    // Its tracks still play, and the sheet is named so that the listener learns why their titles
    // may be unreadable.
    if (unit.cueSheet->encoding.isEmpty()) {
        Track undecided;
        undecided.path = unit.path;
        undecided.cueSheet = unit.path;
        undecided.error = undecidedEncodingProblem();
        tracks << undecided;
    }
    return tracks;
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
    // Folder and file names are worked out once per track, not once per comparison, and folders
    // (far fewer than tracks) are put in order once, so most comparisons compare two numbers.
    struct Key
    {
        QString folder;
        qsizetype folderRank;
        QString name;
        qsizetype index;
    };
    // The C locale (services, containers, CI) collates by code point, which puts "Album 10"
    // before "Album 2" and every capital before every small letter; English rules follow the
    // Unicode default order for other scripts and put numbers in order of value.
    const QLocale system = QLocale::system();
    QCollator collator(system.language() == QLocale::C ? QLocale(QLocale::English) : system);
    collator.setNumericMode(true);
    std::vector<Key> keys;
    keys.reserve(tracks.size());
    QHash<QString, qsizetype> folderRanks;
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        const QString& path = tracks[i].path;
        const qsizetype slash = path.lastIndexOf(u'/');
        keys.push_back({path.left(slash), 0, path.mid(slash + 1), i});
        folderRanks.insert(keys.back().folder, 0);
    }
    QStringList folders = folderRanks.keys();
    std::sort(folders.begin(), folders.end(), collator);
    for (qsizetype rank = 0; rank < folders.size(); ++rank)
        folderRanks[folders[rank]] = rank;
    for (Key& key : keys)
        key.folderRank = folderRanks.value(key.folder);
    std::stable_sort(keys.begin(), keys.end(), [&](const Key& keyA, const Key& keyB) {
        const Track& a = tracks[keyA.index];
        const Track& b = tracks[keyB.index];
        if (keyA.folderRank != keyB.folderRank)
            return keyA.folderRank < keyB.folderRank;
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
