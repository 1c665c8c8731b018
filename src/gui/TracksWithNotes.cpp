#include "TracksWithNotes.h"

#include "TrackNotesLookup.h"

#include <QFileInfo>

namespace liner::gui {

QList<notes::ResolvedNotes> applyNotes(notes::NotesRepository& notes, QList<library::Track>& tracks)
{
    QList<notes::ResolvedNotes> found;
    found.reserve(tracks.size());
    for (library::Track& track : tracks) {
        notes::ResolvedNotes resolved = notes.notesFor(QFileInfo(track.path).absolutePath(),
                                                       track.album, notes::trackQuery(track));
        track.moods = !resolved.track.moods.isEmpty() ? resolved.track.moods
                      : track.mood.isEmpty()          ? QStringList()
                                                      : QStringList{track.mood};
        track.characters = resolved.track.characters;
        found << std::move(resolved);
    }
    return found;
}

} // namespace liner::gui
