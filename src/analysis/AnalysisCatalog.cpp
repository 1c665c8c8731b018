#include "analysis/AnalysisCatalog.h"

#include "analysis/LoudnessMeter.h"

namespace liner::analysis {

AnalysisCatalog::AnalysisCatalog(QObject* parent) : QObject(parent) {}

void AnalysisCatalog::follow(LibraryAnalyzer& analyzer)
{
    connect(&analyzer, &LibraryAnalyzer::known, this, &AnalysisCatalog::add);
    connect(&analyzer, &LibraryAnalyzer::analysed, this,
            [this](const AnalysedTrack& track) { add({track}); });
    connect(&analyzer, &LibraryAnalyzer::albumsMeasured, this, &AnalysisCatalog::addAlbums);
}

const TrackAnalysis* AnalysisCatalog::find(const TrackKey& key) const
{
    const auto found = m_tracks.constFind(key);
    return found == m_tracks.cend() ? nullptr : &*found;
}

ReplayGainTags AnalysisCatalog::gainsFor(const TrackKey& key) const
{
    ReplayGainTags gains;
    const TrackAnalysis* track = find(key);
    if (track == nullptr || !track->trackGainDb())
        return gains;
    gains.trackGainDb = track->trackGainDb();
    gains.trackPeak = track->truePeak;
    const auto album = m_albumOf.constFind(key);
    if (album != m_albumOf.cend() && album->loudnessLufs) {
        gains.albumGainDb = replayGainDb(*album->loudnessLufs);
        gains.albumPeak = album->truePeak;
    }
    return gains;
}

void AnalysisCatalog::add(const QList<AnalysedTrack>& tracks)
{
    for (const AnalysedTrack& track : tracks) {
        TrackAnalysis& kept = m_tracks[track.key];
        kept = track.analysis;
        // The waveform is loaded when a track is shown; the catalog keeps the small measures.
        kept.waveform = {};
    }
    emit changed();
}

void AnalysisCatalog::addAlbums(const QList<AlbumMeasure>& albums)
{
    for (const AlbumMeasure& album : albums) {
        for (const TrackKey& key : album.tracks)
            m_albumOf.insert(key, {album.loudnessLufs, album.truePeak});
    }
    emit changed();
}

} // namespace liner::analysis
