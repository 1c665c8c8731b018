#pragma once

#include "library/LibraryScanner.h"
#include "library/PlayingOrder.h"

#include <QFuture>
#include <QList>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace liner::library {

// Reads a library folder by folder: a walk (LibraryScanner::walk) on the calling thread lists the
// folders in playing order (or the caller hands them over itself), `work` runs on a thread pool for
// each unit found, and `take` gets each folder's results back on the calling thread, in playing
// order, as soon as that folder and every one before it are done. Only a bounded number of units is
// in flight at any time, so memory does not grow with the library: a scan holds the results of a
// few folders, never of all of them.
//
// `prepare` runs on the calling thread once per folder, before its units are handed out; what it
// returns is given to `work` for every unit of that folder (the folder's notes, an open
// descriptor), and dropped once the folder is taken.
template <typename Result, typename Context> class OrderedScan
{
public:
    struct Item
    {
        PlayingOrder::Key key;
        Result result;
    };
    using Prepare = std::function<Context(const ScanFolder&)>;
    // One item per track the unit gives; none leaves the unit out of the results.
    using Work = std::function<QList<Item>(const ScanFolder&, const Context&, const ScanUnit&)>;
    using Take = std::function<void(const ScanFolder&, QList<Result>&&)>;

    // Enough to keep the pool busy across the wait for one slow file; few enough that their
    // results stay small.
    static constexpr qsizetype kUnitsInFlight = 1024;
    // Each folder in flight may hold a descriptor; this stays far below any limit on them.
    static constexpr qsizetype kFoldersInFlight = 128;
    // Units handed to a pool thread at a time: enough to spread the cost of a task.
    static constexpr qsizetype kChunk = 16;

    static void run(QThreadPool* pool, const QStringList& paths, const Prepare& prepare,
                    const Work& work, const Take& take)
    {
        run(
            pool,
            [&paths](const LibraryScanner::Visit& visit) { LibraryScanner::walk(paths, visit); },
            prepare, work, take);
    }

    // The same over the folders `source` hands to the visit it is given, in their order.
    using Source = std::function<void(const LibraryScanner::Visit&)>;
    static void run(QThreadPool* pool, const Source& source, const Prepare& prepare,
                    const Work& work, const Take& take)
    {
        const PlayingOrder order;
        std::deque<std::unique_ptr<Folder>> pending;
        qsizetype unitsInFlight = 0;
        const auto takeFirst = [&] {
            Folder& folder = *pending.front();
            for (QFuture<void>& chunk : folder.chunks)
                chunk.waitForFinished();
            unitsInFlight -= folder.folder.units.size();
            take(folder.folder, folder.inOrder(order));
            pending.pop_front();
        };
        source([&](ScanFolder&& found) {
            if (found.units.isEmpty())
                return;
            auto folder = std::make_unique<Folder>(std::move(found));
            folder->context = prepare(folder->folder);
            Folder* shared = folder.get();
            const qsizetype units = shared->folder.units.size();
            shared->results.resize(std::size_t(units));
            for (qsizetype first = 0; first < units; first += kChunk) {
                const qsizetype end = std::min(first + kChunk, units);
                shared->chunks << QtConcurrent::run(pool, [shared, &work, first, end] {
                    for (qsizetype i = first; i < end; ++i)
                        shared->results[std::size_t(i)] =
                            work(shared->folder, shared->context, shared->folder.units[i]);
                });
            }
            pending.push_back(std::move(folder));
            unitsInFlight += units;
            while (!pending.empty() &&
                   (unitsInFlight > kUnitsInFlight || qsizetype(pending.size()) > kFoldersInFlight))
                takeFirst();
        });
        while (!pending.empty())
            takeFirst();
    }

private:
    struct Folder
    {
        explicit Folder(ScanFolder&& found) : folder(std::move(found)) {}

        QList<Result> inOrder(const PlayingOrder& order)
        {
            std::vector<Item*> items;
            for (QList<Item>& unitItems : results) {
                for (Item& item : unitItems)
                    items.push_back(&item);
            }
            std::stable_sort(items.begin(), items.end(), [&order](const Item* a, const Item* b) {
                return order.before(a->key, b->key);
            });
            QList<Result> sorted;
            sorted.reserve(qsizetype(items.size()));
            for (Item* item : items)
                sorted << std::move(item->result);
            return sorted;
        }

        ScanFolder folder;
        Context context{};
        // One slot per unit, each written by the one task that reads the unit.
        std::vector<QList<Item>> results;
        QList<QFuture<void>> chunks;
    };
};

} // namespace liner::library
