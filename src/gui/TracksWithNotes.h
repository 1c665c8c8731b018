#pragma once

#include "library/Track.h"
#include "notes/NotesRepository.h"

#include <QList>

namespace liner::gui {

// Gives each track the moods and characters its liner notes name (else its MOOD tag as its one
// mood), as the window filters by them and smart playlists match them; returns the notes found,
// one per track. The library's scan reads tags only, so this is what puts the notes' characters
// on its tracks.
QList<notes::ResolvedNotes> applyNotes(notes::NotesRepository& notes,
                                       QList<library::Track>& tracks);

} // namespace liner::gui
