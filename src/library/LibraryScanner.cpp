#include "library/LibraryScanner.h"

#include "common/FileName.h"
#include "common/InputFile.h"
#include "common/TextDecoding.h"
#include "library/CueTracks.h"
#include "library/FolderWalk.h"
#include "library/OrderedScan.h"
#include "library/PlayingOrder.h"
#include "library/TagReader.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QSet>
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

ScanUnit cueUnit(const QString& path)
{
    ScanUnit unit{
        path, std::make_shared<const CueSheet>(CueSheet::read(path)), FileStamp::of(path), {}};
    for (const CueFile& file : unit.cueSheet->files)
        unit.stamp += FileStamp::of(file.path);
    return unit;
}

ScanUnit fileUnit(const QString& path)
{
    return {path, nullptr, {}, {}};
}

ScanUnit problemUnit(const QString& path, const QString& problem)
{
    return {path, nullptr, {}, problem};
}

// The units of one folder's audio files and sheets: a file that one of the folder's sheets
// divides is left to the sheet, and a second sheet for the same rip (often one per encoding),
// which would list it twice, is left out.
QList<ScanUnit> unitsOf(const QString& folder, const QStringList& names)
{
    QList<ScanUnit> units;
    QSet<QString> covered;
    for (const QString& name : names) {
        if (!isCueSheet(name))
            continue;
        ScanUnit sheet = cueUnit(folder + u'/' + name);
        QStringList audio;
        for (const CueFile& file : sheet.cueSheet->files)
            audio << file.path;
        if (!audio.isEmpty() && std::all_of(audio.cbegin(), audio.cend(), [&](const QString& file) {
                return covered.contains(file);
            }))
            continue;
        for (const QString& file : std::as_const(audio))
            covered.insert(file);
        units << std::move(sheet);
    }
    for (const QString& name : names) {
        const QString path = folder + u'/' + name;
        if (!isCueSheet(name) && hasAudioExtension(name) && !covered.contains(path))
            units << fileUnit(path);
    }
    return units;
}

// The folders a walk of `root` finds, as the scan hands them over.
void walkRoot(const QString& root, const LibraryScanner::Visit& visit,
              const std::function<bool(const QString&)>& descend)
{
    walkFolder(
        root,
        [&visit](WalkedFolder&& walked) {
            ScanFolder folder{walked.path, {}, {}, walked.folders};
            if (!walked.problem.isEmpty()) {
                folder.units << problemUnit(
                    walked.path,
                    QStringLiteral("folder cannot be read: %1").arg(walked.problem.toLower()));
                visit(std::move(folder));
                return;
            }
            for (const QString& name : std::as_const(walked.folders)) {
                if (hasAudioExtension(name))
                    folder.units << problemUnit(walked.path + u'/' + name,
                                                QStringLiteral("not a file"));
            }
            folder.units << unitsOf(walked.path, walked.files);
            if (!folder.units.isEmpty())
                folder.sidecars = FolderSidecars(walked.path, walked.files, walked.others);
            visit(std::move(folder));
        },
        descend);
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

// Whether a walk of one of `roots` lists the file `name` of `folder` as audio or a sheet: the
// folder is a root or under one, through no hidden or symlinked folder the walk passes over.
bool foundByWalk(const QString& folder, const QString& name, const QStringList& roots,
                 const std::function<bool(const QString&)>& descend)
{
    if (name.startsWith(u'.') || !(isCueSheet(name) || hasAudioExtension(name)))
        return false;
    return std::any_of(roots.cbegin(), roots.cend(), [&](const QString& root) {
        if (folder != root && !folder.startsWith(root + u'/'))
            return false;
        QString walked = root;
        for (const QString& part : folder.mid(root.size()).split(u'/', Qt::SkipEmptyParts)) {
            walked += u'/' + part;
            if (part.startsWith(u'.') || QFileInfo(walked).isSymLink() ||
                (descend && !descend(walked)))
                return false;
        }
        return true;
    });
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

void LibraryScanner::walk(const QStringList& paths, const Visit& visit,
                          const std::function<bool(const QString&)>& descend)
{
    // What the command line names, by folder: files (and the problems of paths that are neither
    // file nor folder) gather in their folder; folders are walked. Both are taken in playing
    // order, as the folders of one walk are.
    struct Named
    {
        QStringList files;
        QList<ScanUnit> problems;
        bool walk = false;
    };
    QMap<QString, Named> named;
    for (const QString& path : withoutNestedFolders(paths)) {
        const QFileInfo info(path);
        const QString absolute = QDir::cleanPath(info.absoluteFilePath());
        const QString folder = QFileInfo(absolute).path();
        // A path named on the command line may be anything, its name any bytes.
        const PathType type = pathType(absolute);
        if (type == PathType::Missing)
            named[folder].problems << problemUnit(absolute, QStringLiteral("no such file"));
        else if (type == PathType::Other)
            named[folder].problems << problemUnit(absolute, InputFile(absolute).error());
        else if (type == PathType::File)
            named[folder].files << QFileInfo(absolute).fileName();
        else
            named[absolute].walk = true;
    }
    // A file named on its own and found again by the walk of a named folder is one unit.
    QStringList roots;
    for (auto it = named.cbegin(); it != named.cend(); ++it) {
        if (it->walk)
            roots << it.key();
    }
    for (auto it = named.begin(); it != named.end(); ++it) {
        const QString& folder = it.key();
        it->files.removeIf(
            [&](const QString& name) { return foundByWalk(folder, name, roots, descend); });
    }
    QStringList folders = named.keys();
    const PlayingOrder order;
    std::sort(folders.begin(), folders.end(), [&order](const QString& a, const QString& b) {
        return order.compareFolders(a, b) < 0;
    });
    for (const QString& path : std::as_const(folders)) {
        Named& entry = named[path];
        if (!entry.files.isEmpty() || !entry.problems.isEmpty()) {
            entry.files.removeDuplicates();
            QList<ScanUnit> units = std::move(entry.problems);
            // A file named directly is read whatever its name, a sheet as a sheet.
            for (const QString& name : std::as_const(entry.files))
                units << (isCueSheet(name) ? cueUnit(path + u'/' + name)
                                           : fileUnit(path + u'/' + name));
            visit({path, std::move(units), FolderSidecars::of(path), {}});
        }
        if (entry.walk)
            walkRoot(path, visit, descend);
    }
}

QList<Track> LibraryScanner::read(const ScanUnit& unit, QByteArray* stamp)
{
    if (!unit.problem.isEmpty()) {
        Track failed;
        failed.path = unit.path;
        failed.error = unit.problem;
        return {failed};
    }
    if (!unit.cueSheet) {
        QByteArray opened;
        Track track = TagReader::readListed(unit.path, opened);
        if (stamp != nullptr)
            *stamp = std::move(opened);
        return {track};
    }
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
    using Scan = OrderedScan<Track, bool>;
    QList<Track> tracks;
    Scan::run(
        QThreadPool::globalInstance(), paths, [](const ScanFolder&) { return true; },
        [](const ScanFolder&, bool, const ScanUnit& unit) {
            QList<Scan::Item> items;
            for (Track& track : read(unit))
                items << Scan::Item{PlayingOrder::Key::of(track), std::move(track)};
            return items;
        },
        [&tracks](const ScanFolder&, QList<Track>&& folderTracks) { tracks << folderTracks; });
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
        PlayingOrder::Key inFolder;
        qsizetype index;
    };
    const PlayingOrder order;
    std::vector<Key> keys;
    keys.reserve(std::size_t(tracks.size()));
    QHash<QString, qsizetype> folderRanks;
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        const QString& path = tracks[i].path;
        keys.push_back({path.left(path.lastIndexOf(u'/')), 0, PlayingOrder::Key::of(tracks[i]), i});
        folderRanks.insert(keys.back().folder, 0);
    }
    QStringList folders = folderRanks.keys();
    std::sort(folders.begin(), folders.end(), [&order](const QString& a, const QString& b) {
        return order.compareFolders(a, b) < 0;
    });
    for (qsizetype rank = 0; rank < folders.size(); ++rank)
        folderRanks[folders[rank]] = rank;
    for (Key& key : keys)
        key.folderRank = folderRanks.value(key.folder);
    std::stable_sort(keys.begin(), keys.end(), [&order](const Key& a, const Key& b) {
        if (a.folderRank != b.folderRank)
            return a.folderRank < b.folderRank;
        return order.before(a.inFolder, b.inFolder);
    });
    QList<Track> sorted;
    sorted.reserve(tracks.size());
    for (const Key& key : keys)
        sorted << std::move(tracks[key.index]);
    tracks = std::move(sorted);
}

} // namespace liner::library
