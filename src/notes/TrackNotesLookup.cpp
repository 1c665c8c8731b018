#include "TrackNotesLookup.h"

#include "LyricsFiles.h"

namespace liner::notes {

TrackQuery trackQuery(const library::Track& track)
{
    TrackQuery query;
    query.disc = track.discNumber;
    query.number = track.trackNumber;
    query.title = track.title;
    query.artist = track.artist;
    const auto addTag = [&query](const char* key, const QString& value) {
        if (!value.isEmpty())
            query.tags.insert(QString::fromLatin1(key), {value});
    };
    addTag("COMMENT", track.comment);
    addTag("MOOD", track.mood);
    addTag("COMPOSER", track.composer);
    addTag("LYRICIST", track.lyricist);
    addTag("CONDUCTOR", track.conductor);
    addTag("PERFORMER", track.performer);
    return query;
}

SyncedLyrics lyricsFor(const library::Track& track)
{
    if (const QString lrc = lrcPathFor(track.path); !lrc.isEmpty()) {
        if (std::optional<SyncedLyrics> lyrics = loadLrcFile(lrc))
            return *lyrics;
    }
    return SyncedLyrics::parse(track.lyrics);
}

} // namespace liner::notes
