#include "TrackSources.h"

namespace liner::playlist {

engine::TrackSource sourceFor(const library::Track& track)
{
    return {track.path, track.startUs, track.endUs, track.replayGain};
}

QList<engine::TrackSource> sourcesFor(const QList<library::Track>& tracks)
{
    QList<engine::TrackSource> sources;
    sources.reserve(tracks.size());
    for (const library::Track& track : tracks)
        sources << sourceFor(track);
    return sources;
}

} // namespace liner::playlist
