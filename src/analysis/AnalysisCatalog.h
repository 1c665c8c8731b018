#pragma once

#include "analysis/LibraryAnalyzer.h"
#include "common/ReplayGainTags.h"

#include <QHash>
#include <QObject>

namespace liner::analysis {

// What the window knows of the analysis: every analysed track's measures (without waveform or
// gating blocks) and every album's loudness, as a LibraryAnalyzer reports them. Lives and is
// asked on the window's thread; reading it never touches the disk.
class AnalysisCatalog : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisCatalog(QObject* parent = nullptr);

    // Takes in what `analyzer` reports from now on.
    void follow(LibraryAnalyzer& analyzer);

    const TrackAnalysis* find(const TrackKey& key) const;
    // ReplayGain values from the analysis: track gain and true peak, album gain and peak where
    // the track's album was measured. Empty where the track was not analysed or is silent.
    ReplayGainTags gainsFor(const TrackKey& key) const;

    void add(const QList<AnalysedTrack>& tracks);
    void addAlbums(const QList<AlbumMeasure>& albums);

signals:
    // Tracks (or their albums' measures) were added or changed.
    void changed();

private:
    struct AlbumLevel
    {
        std::optional<double> loudnessLufs;
        double truePeak = 0.0;
    };
    QHash<TrackKey, TrackAnalysis> m_tracks;
    QHash<TrackKey, AlbumLevel> m_albumOf;
};

} // namespace liner::analysis
