#include "notes/TrackNotesLookup.h"

#include "common/FileName.h"
#include "common/InputFile.h"
#include "library/TagReader.h"
#include "notes/LyricsFiles.h"

#include <QFileInfo>
#include <memory>
#include <mutex>
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

namespace {

// Gives a track the moods, characters and scenes its notes name, writing only when they differ:
// tracks whose notes add nothing to their tags stay one list with the caller's, which can then
// tell that nothing changed (TrackModel::refreshTracks) without looking at 10,000 tracks.
void noteTrack(QList<library::Track>& tracks, qsizetype row, const TrackNotes& notes)
{
    const library::Track& track = std::as_const(tracks)[row];
    QStringList moods = moodsFor(track, notes);
    if (moods == track.moods && notes.characters == track.characters &&
        notes.scenes == track.scenes)
        return;
    library::Track& noted = tracks[row];
    noted.moods = std::move(moods);
    noted.characters = notes.characters;
    noted.scenes = notes.scenes;
}

} // namespace

ResolvedNotes notesForTrack(NotesRepository& notes, const library::Track& track)
{
    return notes.notesFor(QFileInfo(track.path).absolutePath(), track.album, trackQuery(track));
}

void annotateFolder(const NotesRepository& notes, const QString& folder,
                    QList<library::Track>& tracks)
{
    const QString path = folder + u'/' + LinerNotesDocument::fileName();
    std::shared_ptr<const LinerNotesDocument> document;
    if (QFileInfo(path).isFile()) {
        if (auto loaded = LinerNotesDocument::load(path))
            document = std::make_shared<const LinerNotesDocument>(std::move(*loaded));
    }
    for (qsizetype row = 0; row < tracks.size(); ++row) {
        const library::Track& track = std::as_const(tracks)[row];
        noteTrack(tracks, row, notes.resolve(document, path, track.album, trackQuery(track)).track);
    }
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
    // A .lrc that is there but cannot be read leaves the tag's lyrics, and says why it was not
    // read (asked again only then: the file rule refuses before reading).
    QString problem;
    if (!lrcPath.isEmpty()) {
        if (std::optional<SyncedLyrics> lyrics = loadLrcFile(lrcPath))
            return *lyrics;
        problem = QStringLiteral("%1: %2").arg(readableFileName(lrcPath),
                                               readInputFile(lrcPath, InputKind::Lyrics).error);
    }
    SyncedLyrics lyrics = SyncedLyrics::parse(track.lyrics.isEmpty() && track.lyricsInTags
                                                  ? library::TagReader::lyrics(track.path)
                                                  : track.lyrics);
    lyrics.setFileProblem(problem);
    return lyrics;
}

QList<ResolvedNotes> annotateTracks(NotesRepository& notes, QList<library::Track>& tracks)
{
    QList<ResolvedNotes> found;
    found.reserve(tracks.size());
    for (qsizetype row = 0; row < tracks.size(); ++row) {
        ResolvedNotes resolved = notesForTrack(notes, std::as_const(tracks)[row]);
        noteTrack(tracks, row, resolved.track);
        found << std::move(resolved);
    }
    return found;
}

std::function<void(const QString&, QList<library::Track>&)>
libraryAnnotation(const QString& packDirectory)
{
    // Shared by the copies std::function makes, and made once by whichever of the pass's threads
    // comes first; annotateFolder only reads it.
    struct Lazy
    {
        std::once_flag made;
        std::optional<const NotesRepository> notes;
    };
    auto lazy = std::make_shared<Lazy>();
    return [packDirectory, lazy](const QString& folder, QList<library::Track>& tracks) {
        std::call_once(lazy->made, [&] { lazy->notes.emplace(packDirectory); });
        annotateFolder(*lazy->notes, folder, tracks);
    };
}

} // namespace liner::notes
