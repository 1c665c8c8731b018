#pragma once

#include "library/Track.h"
#include "notes/NotesRepository.h"
#include "notes/SyncedLyrics.h"

#include <QList>
#include <functional>

namespace liner::notes {

// The notes query for a library track: its numbers, title and artist, and its tags as the
// fallback when no notes file or pack has it.
TrackQuery trackQuery(const library::Track& track);

// The notes of a library track (looked up by its folder, album and trackQuery).
ResolvedNotes notesForTrack(NotesRepository& notes, const library::Track& track);

// The track's moods: those its notes name, else its MOOD tag as its one mood.
QStringList moodsFor(const library::Track& track, const TrackNotes& notes);

// The track's lyrics: a `.lrc` file beside it wins over lyrics embedded in its tags.
SyncedLyrics lyricsFor(const library::Track& track);

// Gives each track the moods (moodsFor), characters and scenes its notes name, as the window
// filters by them and smart playlists match them; returns the notes found, one per track. The
// library's scan reads tags only, so this is what puts the notes' characters on its tracks.
QList<ResolvedNotes> annotateTracks(NotesRepository& notes, QList<library::Track>& tracks);

// annotateTracks() for the library's passes (LibraryUpdater::setAnnotation): its repository reads
// the packs of `packDirectory` at the first call, on the thread of the pass, never the caller's.
std::function<void(QList<library::Track>&)> libraryAnnotation(const QString& packDirectory);

} // namespace liner::notes
