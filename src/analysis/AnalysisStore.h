#pragma once

#include "analysis/TrackAnalysis.h"
#include "analysis/TrackKey.h"

#include <QHash>
#include <QList>

class QSqlQuery;

namespace liner::analysis {

struct StoredTrack
{
    TrackKey key;
    FileVersion version;
    TrackAnalysis analysis;
};

// An album's loudness as measured over its tracks' gating blocks, and the tracks (with their
// versions) it was measured over, so it is measured again only when they change.
struct AlbumLoudness
{
    QByteArray members;
    std::optional<double> loudnessLufs;
    double truePeak = 0.0;
};

// The analysis cache: tables of their own (analysis_*) in the library's SQLite file, beside the
// library's. They carry their own schema version, so neither side's migration touches the
// other's tables; a cache of another version is dropped and refilled, never trusted. Like the
// library's store, it is used from the thread that made it.
class AnalysisStore
{
public:
    // Bump when what is measured, or how, changes: every track is then analysed again.
    static constexpr int kSchemaVersion = 1;

    explicit AnalysisStore(const QString& databasePath);
    ~AnalysisStore();
    AnalysisStore(const AnalysisStore&) = delete;
    AnalysisStore& operator=(const AnalysisStore&) = delete;

    bool isOpen() const { return m_open; }
    const QString& problem() const { return m_problem; }

    // The version each stored track was analysed at.
    QHash<TrackKey, FileVersion> versions();
    // Stored tracks without their waveforms and gating blocks (what lists and gains need).
    QList<StoredTrack> summaries();
    // One track in full: waveform and, when asked, gating blocks too.
    std::optional<StoredTrack> load(const TrackKey& key, bool withBlocks = false);
    // One transaction per track: a kill leaves every finished track stored.
    bool save(const StoredTrack& track);
    bool remove(const QList<TrackKey>& keys);
    // Keeps a stored track's results for the file as it now is (its audio known unchanged).
    bool setVersion(const TrackKey& key, const FileVersion& version);

    std::optional<AlbumLoudness> album(const QString& albumKey);
    bool saveAlbum(const QString& albumKey, const AlbumLoudness& album);

private:
    bool open();
    bool createTables(QSqlQuery& query);

    QString m_path;
    QString m_connection;
    QString m_problem;
    bool m_open = false;
};

} // namespace liner::analysis
