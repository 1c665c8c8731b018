#include "playlist/TrackSources.h"

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

PlaylistEntry entryFor(const library::Track& track)
{
    const QString title = track.artist.isEmpty()
                              ? track.title
                              : QStringLiteral("%1 - %2").arg(track.artist, track.title);
    const int seconds = track.durationMs > 0 ? int((track.durationMs + 500) / 1000) : -1;
    if (!track.path.contains(u"://"))
        return PlaylistEntry::fromLocalFile(track.path, title, seconds);
    // A song on a server: its URL is the entry, as a stream's is.
    PlaylistEntry entry = PlaylistEntry::fromLocation(track.path, {});
    entry.title = title;
    entry.durationSeconds = seconds;
    return entry;
}

} // namespace liner::playlist
