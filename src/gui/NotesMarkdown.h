#pragma once

#include "library/Track.h"
#include "notes/TrackNotes.h"

#include <QList>

namespace liner::gui {

// The notes pane's page for one track: its fields (moods, characters, scenes, credits, any
// others) as a short list, then its prose.
QString trackNotesMarkdown(const library::Track& track, const notes::TrackNotes& notes);

} // namespace liner::gui
