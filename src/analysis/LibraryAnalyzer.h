#pragma once

#include "analysis/TrackAnalysis.h"
#include "analysis/TrackKey.h"
#include "library/FolderTracks.h"
#include "library/Track.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

namespace liner::analysis {

struct AnalysedTrack
{
    TrackKey key;
    // Without its gating blocks; with its waveform only when freshly analysed or loaded alone.
    TrackAnalysis analysis;
};

// An album's loudness over all its tracks (ReplayGain's album gain), for the tracks it covers.
struct AlbumMeasure
{
    QList<TrackKey> tracks;
    std::optional<double> loudnessLufs;
    double truePeak = 0.0;
};

// Analyses a library's tracks in the background and keeps what it finds in the cache.
//
// A pass runs on a thread of its own, which alone talks to the cache: it compares each track's
// file (size and modification time) with the cache, reports the cached results, and hands the
// rest to workers, one per core, whose threads run at a lower priority than the window's. Each
// result is saved the moment it is ready, in a transaction of its own, so a pass killed at any
// point leaves every finished track stored and the next pass does only the rest. Albums whose
// tracks are all analysed get their loudness measured over their tracks' gating blocks.
//
// Signals come from the pass's thread; connected to objects of the window's thread they arrive
// there queued.
class LibraryAnalyzer : public QObject
{
    Q_OBJECT

public:
    explicit LibraryAnalyzer(const QString& databasePath, QObject* parent = nullptr);
    // Abandons the tracks being analysed (they are done again next time) and waits for the pass.
    ~LibraryAnalyzer() override;

    // The tracks to analyse, all of them (the library as it now is). A running pass takes them up
    // once the tracks in its workers' hands are done; nothing already stored is done again. The
    // library is taken as its folders keep it: 100,000 tracks made whole took 200 MB.
    void analyse(const QList<library::FolderTracksPtr>& folders);
    void analyse(const QList<library::Track>& tracks);
    bool isRunning() const { return m_running.load(); }
    // Loads one stored track with its waveform, off the calling thread: waveformLoaded() answers.
    void loadWaveform(const TrackKey& key);
    // These tracks' files were rewritten without touching their audio (new tags): their stored
    // results are kept for the files as they now are, instead of being measured again.
    void keepForRewrittenFiles(const QList<TrackKey>& keys);

signals:
    // Results the cache already held, at the start of a pass.
    void known(const QList<liner::analysis::AnalysedTrack>& tracks);
    void analysed(const liner::analysis::AnalysedTrack& track);
    void albumsMeasured(const QList<liner::analysis::AlbumMeasure>& albums);
    void progressChanged(int done, int total);
    void finished(int analysed, int fromCache);
    void waveformLoaded(const liner::analysis::TrackKey& key,
                        const liner::analysis::Waveform& waveform);

private:
    void run();
    void runPass(const QList<library::FolderTracksPtr>& folders);

    QString m_databasePath;
    std::mutex m_mutex;
    QList<library::FolderTracksPtr> m_wanted; // guarded by m_mutex
    bool m_hasWish = false;                   // guarded by m_mutex
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_redirected{false};
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    QThreadPool m_loads;
};

} // namespace liner::analysis

Q_DECLARE_METATYPE(liner::analysis::AnalysedTrack)
Q_DECLARE_METATYPE(liner::analysis::AlbumMeasure)
Q_DECLARE_METATYPE(liner::analysis::TrackKey)
Q_DECLARE_METATYPE(liner::analysis::Waveform)
