#include "playlist/TrackSources.h"

#include <algorithm>

namespace liner::playlist {

engine::TrackSource sourceFor(const library::Track& track)
{
    return {track.path, track.startUs, track.endUs, track.replayGain};
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

library::Track trackFor(const PlaylistEntry& entry, const QList<library::Track>& known)
{
    const QString location = entry.isStream ? entry.location : entry.localPath;
    const auto found = std::ranges::find_if(known, [&location](const library::Track& track) {
        return track.path == location && track.startUs == 0 && track.endUs < 0;
    });
    if (found != known.cend())
        return *found;
    library::Track track;
    track.path = location;
    // The one field #EXTINF has, as entryFor() writes it.
    const qsizetype dash = entry.title.indexOf(QStringLiteral(" - "));
    track.artist = dash > 0 ? entry.title.left(dash) : QString();
    track.title = dash > 0 ? entry.title.mid(dash + 3) : entry.title;
    track.durationMs = entry.durationSeconds > 0 ? entry.durationSeconds * qint64(1000) : 0;
    return track;
}

} // namespace liner::playlist
