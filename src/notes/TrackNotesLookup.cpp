#include "notes/TrackNotesLookup.h"

#include "notes/LyricsFiles.h"

#include <QFileInfo>

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

ResolvedNotes notesForTrack(NotesRepository& notes, const library::Track& track)
{
    return notes.notesFor(QFileInfo(track.path).absolutePath(), track.album, trackQuery(track));
}

QStringList moodsFor(const library::Track& track, const TrackNotes& notes)
{
    if (!notes.moods.isEmpty())
        return notes.moods;
    return track.mood.isEmpty() ? QStringList() : QStringList{track.mood};
}

SyncedLyrics lyricsFor(const library::Track& track)
{
    return lyricsFor(track, lrcPathFor(track.path));
}

SyncedLyrics lyricsFor(const library::Track& track, const QString& lrcPath)
{
    if (!lrcPath.isEmpty()) {
        if (std::optional<SyncedLyrics> lyrics = loadLrcFile(lrcPath))
            return *lyrics;
    }
    return SyncedLyrics::parse(track.lyrics);
}

} // namespace liner::notes
