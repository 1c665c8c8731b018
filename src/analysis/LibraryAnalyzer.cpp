#include "analysis/LibraryAnalyzer.h"

#include "analysis/AlbumLoudness.h"
#include "analysis/AnalysisStore.h"
#include "analysis/TrackAnalyzer.h"
#include "common/BackgroundPriority.h"

#include <QSet>
#include <condition_variable>
#include <deque>

namespace liner::analysis {

namespace {

// Results travel from the workers to the pass's thread, which alone writes the cache.
class ResultQueue
{
public:
    void push(StoredTrack track)
    {
        {
            const std::scoped_lock lock(m_mutex);
            m_results.push_back(std::move(track));
        }
        m_ready.notify_one();
    }
    void workerDone()
    {
        {
            const std::scoped_lock lock(m_mutex);
            --m_workers;
        }
        m_ready.notify_one();
    }
    void setWorkers(int workers) { m_workers = workers; }
    // The next result; empty once every worker is done and nothing is left.
    std::optional<StoredTrack> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_results.empty() || m_workers == 0; });
        if (m_results.empty())
            return std::nullopt;
        StoredTrack track = std::move(m_results.front());
        m_results.pop_front();
        return track;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::deque<StoredTrack> m_results;
    int m_workers = 0;
};

} // namespace

LibraryAnalyzer::LibraryAnalyzer(const QString& databasePath, QObject* parent)
    : QObject(parent), m_databasePath(databasePath)
{
    qRegisterMetaType<AnalysedTrack>();
    qRegisterMetaType<AlbumMeasure>();
    qRegisterMetaType<TrackKey>();
    qRegisterMetaType<Waveform>();
    m_loads.setMaxThreadCount(1);
}

LibraryAnalyzer::~LibraryAnalyzer()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    m_loads.waitForDone();
}

void LibraryAnalyzer::analyse(const QList<library::Track>& tracks)
{
    analyse(library::foldersOf(tracks));
}

void LibraryAnalyzer::analyse(const QList<library::FolderTracksPtr>& folders)
{
    {
        const std::scoped_lock lock(m_mutex);
        m_wanted = folders;
        m_hasWish = true;
        if (m_running) {
            m_redirected = true;
            return;
        }
        m_running = true;
    }
    if (m_thread.joinable())
        m_thread.join();
    m_thread = std::thread([this] { run(); });
}

void LibraryAnalyzer::loadWaveform(const TrackKey& key)
{
    m_loads.start([this, key] {
        AnalysisStore store(m_databasePath);
        const std::optional<StoredTrack> stored = store.load(key);
        if (stored && !stored->analysis.waveform.isEmpty())
            emit waveformLoaded(key, stored->analysis.waveform);
    });
}

void LibraryAnalyzer::keepForRewrittenFiles(const QList<TrackKey>& keys)
{
    m_loads.start([this, keys] {
        AnalysisStore store(m_databasePath);
        for (const TrackKey& key : keys)
            store.setVersion(key, fileVersionOf(key.path));
    });
}

void LibraryAnalyzer::run()
{
    for (;;) {
        QList<library::FolderTracksPtr> folders;
        {
            const std::scoped_lock lock(m_mutex);
            if (!m_hasWish || m_stop) {
                m_running = false;
                return;
            }
            folders = std::move(m_wanted);
            m_hasWish = false;
            m_redirected = false;
        }
        runPass(folders);
    }
}

void LibraryAnalyzer::runPass(const QList<library::FolderTracksPtr>& folders)
{
    AnalysisStore store(m_databasePath);
    const QHash<TrackKey, FileVersion> stored = store.versions();

    // Rows of files that are gone are forgotten; the rest are reused when the file is as it was.
    QList<TrackKey> gone;
    QHash<QString, FileVersion> fileVersions;
    const auto versionOf = [&fileVersions](const QString& path) {
        auto found = fileVersions.constFind(path);
        if (found == fileVersions.cend())
            found = fileVersions.insert(path, fileVersionOf(path));
        return *found;
    };
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!versionOf(it.key().path).isValid())
            gone << it.key();
    }
    if (!gone.isEmpty())
        store.remove(gone);

    QSet<TrackKey> reused;
    QList<std::pair<TrackKey, FileVersion>> todo;
    for (const library::FolderTracksPtr& folder : folders) {
        for (int i = 0; i < folder->size(); ++i) {
            if (!folder->tracks[std::size_t(i)].readable)
                continue;
            const TrackKey key = keyOf(*folder, i);
            const FileVersion version = versionOf(key.path);
            if (!version.isValid())
                continue;
            if (stored.value(key) == version)
                reused.insert(key);
            else
                todo.append({key, version});
        }
    }
    QList<AnalysedTrack> cached;
    for (StoredTrack& track : store.summaries()) {
        if (reused.contains(track.key))
            cached.append({std::move(track.key), std::move(track.analysis)});
    }
    if (!cached.isEmpty())
        emit known(cached);

    const int total = int(todo.size());
    emit progressChanged(0, total);
    ResultQueue results;
    std::atomic<int> next{0};
    const int workerCount = std::clamp(QThread::idealThreadCount(), 1, std::max(total, 1));
    results.setWorkers(workerCount);
    std::vector<std::thread> workers;
    workers.reserve(std::size_t(workerCount));
    for (int w = 0; w < workerCount; ++w) {
        workers.emplace_back([&] {
            common::lowerThreadPriority();
            while (!m_stop && !m_redirected) {
                const int i = next++;
                if (i >= total)
                    break;
                const auto& [key, version] = todo[i];
                StoredTrack result{key, version,
                                   analyseTrack(key.path, key.startUs, key.endUs, &m_stop)};
                if (!m_stop)
                    results.push(std::move(result));
            }
            results.workerDone();
        });
    }
    int done = 0;
    while (std::optional<StoredTrack> result = results.pop()) {
        store.save(*result);
        result->analysis.blockEnergies.clear();
        emit analysed({std::move(result->key), std::move(result->analysis)});
        emit progressChanged(++done, total);
    }
    for (std::thread& worker : workers)
        worker.join();
    if (m_stop || m_redirected)
        return;
    const QList<AlbumMeasure> albums = measureAlbums(store, folders, versionOf);
    if (!albums.isEmpty())
        emit albumsMeasured(albums);
    emit finished(done, int(reused.size()));
}

} // namespace liner::analysis
