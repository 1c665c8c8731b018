#include "notes/TrackNotesLookup.h"

#include "common/FileName.h"
#include "common/InputFile.h"
#include "notes/LyricsFiles.h"

#include <QFileInfo>
#include <memory>
#include <optional>

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
    // A .lrc that is there but cannot be read leaves the tag's lyrics, and says why it was not
    // read (asked again only then: the file rule refuses before reading).
    QString problem;
    if (const QString lrc = lrcPathFor(track.path); !lrc.isEmpty()) {
        if (std::optional<SyncedLyrics> lyrics = loadLrcFile(lrc))
            return *lyrics;
        problem = QStringLiteral("%1: %2").arg(readableFileName(lrc),
                                               readInputFile(lrc, InputKind::Lyrics).error);
    }
    SyncedLyrics lyrics = SyncedLyrics::parse(track.lyrics);
    lyrics.setFileProblem(problem);
    return lyrics;
}

QList<ResolvedNotes> annotateTracks(NotesRepository& notes, QList<library::Track>& tracks)
{
    QList<ResolvedNotes> found;
    found.reserve(tracks.size());
    for (library::Track& track : tracks) {
        ResolvedNotes resolved = notesForTrack(notes, track);
        track.moods = moodsFor(track, resolved.track);
        track.characters = resolved.track.characters;
        track.scenes = resolved.track.scenes;
        found << std::move(resolved);
    }
    return found;
}

std::function<void(QList<library::Track>&)> libraryAnnotation(const QString& packDirectory)
{
    // Shared by the copies std::function makes. NotesRepository is not thread-safe; the library
    // runs one pass at a time.
    auto notes = std::make_shared<std::optional<NotesRepository>>();
    return [packDirectory, notes](QList<library::Track>& tracks) {
        if (!notes->has_value())
            notes->emplace(packDirectory);
        annotateTracks(**notes, tracks);
    };
}

} // namespace liner::notes
