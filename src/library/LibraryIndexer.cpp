#include "library/LibraryIndexer.h"

#include "common/BackgroundPriority.h"
#include "library/FolderWalk.h"
#include "library/LibraryScanner.h"
#include "library/LibraryStore.h"
#include "library/OrderedScan.h"
#include "library/PlayingOrder.h"

#include <QDir>
#include <QFileInfo>
#include <QFuture>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>
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
// Folders stamped and compared at a time: enough to keep both cores busy.
constexpr qsizetype kPlanBatch = 256;

// What a pass found of one folder, and what it must read in it.
struct FolderPlan
{
    ScanFolder folder;
    FolderTracksPtr known;   // as the previous pass (or the cache) left it
    std::size_t slot = 0;    // its place among the pass's folders
    QByteArray notesStamp;   // of its liner-notes.md now; empty when it has none
    QList<qsizetype> toRead; // indices into folder.units
    // Per unit, the index of one of its known tracks (-1: new or changed).
    QList<int> knownTrack;
    int gone = 0;           // known units it no longer holds
    bool unchanged = false; // `known` stands as it is
};

QStringView nameIn(const QString& folder, const QString& path)
{
    return path.size() > folder.size() ? QStringView(path).mid(folder.size() + 1) : QStringView();
}

// What the readers give for one unit: its tracks, and a plain file's stamp as it was opened.
struct ReadUnit
{
    QList<Track> tracks;
    QByteArray stamp;
};

// Stamps the folder's files (each stat() relative to the open folder) and compares them with what
// is known. Runs on both cores, a folder at a time: the stat() of every file is most of an
// unchanged rescan. A folder no pass knows is read whole, unstamped: the readers stamp each file
// as they open it, which saved a tenth of a first pass.
void plan(FolderPlan& plan)
{
    ScanFolder& folder = plan.folder;
    if (folder.sidecars.hasNotesFile())
        plan.notesStamp = FileStamp::of(folder.path + u'/' + FolderSidecars::notesFileName());
    plan.knownTrack.fill(-1, folder.units.size());
    if (!plan.known) {
        for (qsizetype i = 0; i < folder.units.size(); ++i)
            plan.toRead << i;
        return;
    }
    QStringList names;
    QList<qsizetype> unstamped;
    for (qsizetype i = 0; i < folder.units.size(); ++i) {
        const ScanUnit& unit = folder.units[i];
        if (unit.stamp.isEmpty() && unit.problem.isEmpty()) {
            names << nameIn(folder.path, unit.path).toString();
            unstamped << i;
        }
    }
    const QList<QByteArray> stamps = FileStamp::ofFilesIn(folder.path, names);
    for (qsizetype i = 0; i < stamps.size(); ++i)
        folder.units[unstamped[i]].stamp = stamps[i];

    QHash<QStringView, int> knownUnits;
    for (int i = 0; i < plan.known->size(); ++i)
        knownUnits.insert(plan.known->unitNameOf(i), i);
    int found = 0;
    for (qsizetype i = 0; i < folder.units.size(); ++i) {
        const ScanUnit& unit = folder.units[i];
        const auto hit = knownUnits.constFind(nameIn(folder.path, unit.path));
        if (hit != knownUnits.cend()) {
            ++found;
            if (plan.known->stampMatches(*hit, unit.stamp)) {
                plan.knownTrack[i] = *hit;
                continue;
            }
        }
        plan.toRead << i;
    }
    plan.gone = int(knownUnits.size()) - found;
    plan.unchanged =
        plan.toRead.isEmpty() && plan.gone == 0 && plan.notesStamp == plan.known->notesStamp;
}

// The folder's tracks: what was reused of the known ones and what was read, annotated when they
// (or the folder's notes) are new, in playing order.
FolderTracksPtr rebuild(const FolderPlan& plan, const QList<ReadUnit>& read,
                        const std::shared_ptr<StringPool>& strings,
                        const LibraryIndexer::Annotate& annotate)
{
    const ScanFolder& folder = plan.folder;
    const bool notesChanged = !plan.known || plan.notesStamp != plan.known->notesStamp;
    QHash<QStringView, QList<int>> knownByUnit;
    if (plan.known) {
        for (int i = 0; i < plan.known->size(); ++i)
            knownByUnit[plan.known->unitNameOf(i)] << i;
    }
    // Tracks to compact anew (read, or to be annotated again), and known ones kept as they are;
    // each with its unit's stamp and sheet.
    struct Entry
    {
        QByteArray stamp;
        QString sheet;
    };
    QList<Track> fresh;
    QList<Entry> freshUnits;
    std::vector<std::pair<CompactTrack, Entry>> kept;
    qsizetype readIndex = 0;
    for (qsizetype i = 0; i < folder.units.size(); ++i) {
        const ScanUnit& unit = folder.units[i];
        const QString sheet = unit.cueSheet ? nameIn(folder.path, unit.path).toString() : QString();
        if (plan.knownTrack[i] < 0) {
            if (readIndex < plan.toRead.size() && plan.toRead[readIndex] == i) {
                const ReadUnit& unitRead = read[readIndex];
                const Entry entry{unit.stamp.isEmpty() ? unitRead.stamp : unit.stamp, sheet};
                for (const Track& track : unitRead.tracks) {
                    fresh << track;
                    freshUnits << entry;
                }
                ++readIndex;
            }
            continue;
        }
        const Entry entry{unit.stamp, sheet};
        for (const int known : knownByUnit.value(plan.known->unitNameOf(plan.knownTrack[i]))) {
            if (notesChanged) {
                fresh << plan.known->track(known);
                freshUnits << entry;
            } else {
                kept.emplace_back(plan.known->tracks[std::size_t(known)], entry);
            }
        }
    }
    if (annotate && !fresh.isEmpty())
        annotate(folder.path, fresh);

    auto tracks = std::make_shared<FolderTracks>();
    tracks->path = folder.path;
    tracks->strings = strings;
    tracks->notesStamp = plan.notesStamp;
    QHash<QString, qint16> sheets;
    const auto sheetIndex = [&](const Entry& entry) -> qint16 {
        if (entry.sheet.isEmpty())
            return -1;
        if (const auto found = sheets.constFind(entry.sheet); found != sheets.cend())
            return *found;
        const auto index = qint16(tracks->sheets.size());
        tracks->sheets << FolderTracks::Sheet{entry.sheet, entry.stamp};
        sheets.insert(entry.sheet, index);
        return index;
    };
    // In playing order within the folder.
    std::vector<std::pair<PlayingOrder::Key, CompactTrack>> keyed;
    keyed.reserve(std::size_t(fresh.size()) + kept.size());
    const auto add = [&keyed](CompactTrack compact) {
        PlayingOrder::Key key{compact.discNumber, compact.trackNumber,
                              compact.name.mid(compact.name.lastIndexOf(u'/') + 1),
                              compact.startUs};
        keyed.emplace_back(std::move(key), std::move(compact));
    };
    for (auto& [compact, entry] : kept) {
        compact.sheet = sheetIndex(entry);
        add(std::move(compact));
    }
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const Entry& entry = freshUnits[i];
        const qint16 sheet = sheetIndex(entry);
        add(compactTrack(fresh[i], folder.path, sheet < 0 ? entry.stamp : QByteArray(), sheet,
                         *strings));
    }
    const PlayingOrder order;
    std::stable_sort(keyed.begin(), keyed.end(), [&order](const auto& a, const auto& b) {
        return order.before(a.first, b.first);
    });
    tracks->tracks.reserve(keyed.size());
    for (auto& keyedTrack : keyed)
        tracks->tracks.append(std::move(keyedTrack.second));
    return tracks;
}

} // namespace

int IndexResult::trackCount() const
{
    int count = 0;
    for (const FolderTracksPtr& folder : folders)
        count += folder->size();
    return count;
}

QList<Track> IndexResult::tracks() const
{
    return tracksOf(folders);
}

LibraryIndexer::LibraryIndexer(QString databasePath, Annotate annotate)
    : m_databasePath(std::move(databasePath)), m_annotate(std::move(annotate)),
      m_strings(std::make_shared<StringPool>())
{}

namespace {

QStringList cleanRoots(const QStringList& folders)
{
    QStringList roots;
    for (const QString& folder : folders)
        roots << QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    return roots;
}

} // namespace

IndexResult LibraryIndexer::update(const QStringList& folders, const Progress& progress,
                                   const Batch& batch)
{
    const QStringList roots = cleanRoots(folders);
    return pass({roots, {}, {}, roots}, progress, batch, true);
}

IndexResult LibraryIndexer::updateChanged(const QStringList& folders, const QStringList& changed,
                                          const Progress& progress, const Batch& batch)
{
    const QStringList roots = cleanRoots(folders);
    Scope scope;
    for (const QString& folder : cleanRoots(changed)) {
        if (!isUnder(folder, roots))
            continue;
        // A folder that is gone takes what was under it along; one still there is listed again,
        // and whatever under it the last pass did not know is walked.
        if (QFileInfo(folder).isDir()) {
            scope.walk << folder;
            scope.exact << folder;
        } else {
            scope.under << folder;
        }
    }
    scope.descend = [this](const QString& subfolder) {
        return !m_walked.contains(subfolder);
    };
    return pass(scope, progress, batch, false);
}

QStringList LibraryIndexer::walkedFolders() const
{
    return m_walked.values();
}

IndexResult LibraryIndexer::pass(Scope scope, const Progress& progress, const Batch& batch,
                                 bool full)
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
    const auto inScope = [&scope](const QString& path) {
        return scope.exact.contains(path) || isUnder(path, scope.under);
    };
    if (!m_loaded) {
        const QList<FolderTracksPtr> cached = openStore().load(m_strings);
        QList<FolderTracksPtr> shown;
        for (const FolderTracksPtr& folder : cached) {
            m_known.insert(folder->path, folder);
            if (inScope(folder->path))
                shown << folder;
        }
        m_loaded = true;
        if (batch && !shown.isEmpty())
            batch(shown);
        // A cache rebuilt while loading has lost what it gave: write it back.
        if (store->wasRebuilt() && !cached.isEmpty() && !store->save(cached, {}))
            result.problems << store->problem();
    }

    // The files are stamped and read on a pool of their own while this thread saves what they
    // give, so neither waits for the other; the global pool may be running this very pass.
    QThreadPool readers;
    readers.setMaxThreadCount(QThread::idealThreadCount());
    QList<FolderTracksPtr> unsaved;
    QStringList removed;
    int unsavedUnits = 0;
    int readSoFar = 0;
    int total = 0;
    const auto saveGroup = [&](bool last) {
        if ((unsaved.isEmpty() && removed.isEmpty()) || (!last && unsavedUnits < kGroup))
            return;
        if (!openStore().save(unsaved, removed))
            result.problems << store->problem();
        if (batch && !unsaved.isEmpty())
            batch(unsaved);
        if (progress)
            progress(readSoFar, total);
        unsaved.clear();
        removed.clear();
        unsavedUnits = 0;
    };
    // The folders with something to read, in walk order: a slot each, filled as they are done.
    std::vector<FolderTracksPtr> found;
    const auto finishFolder = [&](FolderPlan& folder, const QList<ReadUnit>& read) {
        const int units = int(folder.folder.units.size());
        result.unitsRead += int(folder.toRead.size());
        result.unitsReused += units - int(folder.toRead.size());
        readSoFar += int(folder.toRead.size());
        const FolderTracksPtr tracks = rebuild(folder, read, m_strings, m_annotate);
        m_known.insert(tracks->path, tracks);
        found[folder.slot] = tracks;
        unsaved << tracks;
        unsavedUnits += int(folder.toRead.size()) + 1;
        saveGroup(false);
        folder = FolderPlan{};
    };

    // The walk, the folders planned (stamped and compared) a batch at a time on both cores: an
    // unchanged folder keeps its place and its listing is let go at once, so an unchanged
    // library is never held twice.
    QList<FolderPlan> toRead;
    QList<FolderPlan> batchOfPlans;
    QSet<QString> visited;
    QSet<QString> withUnits;
    const auto planBatch = [&] {
        QtConcurrent::blockingMap(&readers, batchOfPlans, &plan);
        for (FolderPlan& folder : batchOfPlans) {
            result.unitsRemoved += folder.gone;
            if (folder.unchanged) {
                result.unitsReused += int(folder.folder.units.size());
                found[folder.slot] = folder.known;
            } else if (folder.toRead.isEmpty()) {
                finishFolder(folder, {});
            } else {
                total += int(folder.toRead.size());
                toRead << std::move(folder);
            }
        }
        batchOfPlans.clear();
    };
    LibraryScanner::walk(
        scope.walk,
        [&](ScanFolder&& folder) {
            visited.insert(folder.path);
            // Subfolders a listed folder no longer has are gone, with all under them.
            if (!full && scope.exact.contains(folder.path)) {
                for (const QString& known : std::as_const(m_walked)) {
                    if (known.startsWith(folder.path + u'/') &&
                        !known.mid(folder.path.size() + 1).contains(u'/') &&
                        !folder.subfolders.contains(known.mid(folder.path.size() + 1)))
                        scope.under << known;
                }
            }
            if (folder.units.isEmpty())
                return;
            withUnits.insert(folder.path);
            FolderTracksPtr known = m_known.value(folder.path);
            found.emplace_back();
            FolderPlan planned;
            planned.folder = std::move(folder);
            planned.known = std::move(known);
            planned.slot = found.size() - 1;
            batchOfPlans << std::move(planned);
            if (batchOfPlans.size() >= kPlanBatch)
                planBatch();
        },
        scope.descend);
    planBatch();

    // What changed is read a bounded number of files at a time, folder by folder, so the tracks
    // in flight stay few whatever the library's size.
    if (progress)
        progress(readSoFar, total);
    using Reading = OrderedScan<ReadUnit, bool>;
    qsizetype next = 0;
    Reading::run(
        &readers,
        [&toRead](const LibraryScanner::Visit& visit) {
            for (const FolderPlan& folder : std::as_const(toRead)) {
                ScanFolder units{folder.folder.path, {}, {}, {}};
                for (const qsizetype unit : folder.toRead)
                    units.units << folder.folder.units[unit];
                visit(std::move(units));
            }
        },
        [](const ScanFolder&) { return true; },
        [passThread = QThread::currentThread()](const ScanFolder&, bool, const ScanUnit& unit) {
            // A pass's stalls of the window were its readers holding both cores when it woke.
            common::lowerThreadPriority(passThread);
            ReadUnit read;
            read.tracks = LibraryScanner::read(unit, &read.stamp);
            return QList<Reading::Item>{Reading::Item{{}, std::move(read)}};
        },
        [&](const ScanFolder&, QList<ReadUnit>&& read) { finishFolder(toRead[next++], read); });

    // Known folders in the scope where the walk found nothing to read are gone with their files.
    QSet<QString> gone;
    for (auto it = m_known.begin(); it != m_known.end();) {
        if (!withUnits.contains(it.key()) && inScope(it.key())) {
            result.unitsRemoved += (*it)->unitCount();
            removed << it.key();
            gone.insert(it.key());
            it = m_known.erase(it);
        } else {
            ++it;
        }
    }
    saveGroup(true);

    QList<FolderTracksPtr> folders(found.cbegin(), found.cend());
    if (full) {
        m_walked = visited;
        m_ordered = folders;
        // What the cache held of other folders is not the library any more: let it go (it is
        // read again should those folders come back).
        m_known.removeIf(
            [&withUnits](const auto& known) { return !withUnits.contains(known.key()); });
    } else {
        m_walked.removeIf([&inScope, &visited](const QString& path) {
            return inScope(path) && !visited.contains(path);
        });
        m_walked.unite(visited);
        placeInOrder(folders, gone);
    }
    result.folders = m_ordered;
    return result;
}

void LibraryIndexer::placeInOrder(const QList<FolderTracksPtr>& found, const QSet<QString>& gone)
{
    QHash<QString, FolderTracksPtr> fresh;
    for (const FolderTracksPtr& folder : found)
        fresh.insert(folder->path, folder);
    m_ordered.removeIf(
        [&gone](const FolderTracksPtr& folder) { return gone.contains(folder->path); });
    for (FolderTracksPtr& folder : m_ordered) {
        if (const auto replaced = fresh.constFind(folder->path); replaced != fresh.cend()) {
            folder = *replaced;
            fresh.erase(replaced);
        }
    }
    const PlayingOrder order;
    for (const FolderTracksPtr& folder : std::as_const(fresh)) {
        const auto at =
            std::lower_bound(m_ordered.begin(), m_ordered.end(), folder,
                             [&order](const FolderTracksPtr& a, const FolderTracksPtr& b) {
                                 return order.compareFolders(a->path, b->path) < 0;
                             });
        m_ordered.insert(at, folder);
    }
}

} // namespace liner::library
