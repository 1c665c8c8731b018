#include "gui/TracksWithNotes.h"

#include "notes/TrackNotesLookup.h"

namespace liner::gui {

QList<notes::ResolvedNotes> applyNotes(notes::NotesRepository& notes, QList<library::Track>& tracks)
{
    QList<notes::ResolvedNotes> found;
    found.reserve(tracks.size());
    for (library::Track& track : tracks) {
        notes::ResolvedNotes resolved = notes::notesForTrack(notes, track);
        track.moods = notes::moodsFor(track, resolved.track);
        track.characters = resolved.track.characters;
        track.scenes = resolved.track.scenes;
        found << std::move(resolved);
    }
    return found;
}

} // namespace liner::gui
