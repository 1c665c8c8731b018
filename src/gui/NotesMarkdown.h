#pragma once

#include "library/Track.h"
#include "notes/TrackNotes.h"

#include <QList>

namespace liner::gui {

// The notes pane's page for one track: its fields (moods, characters, scenes, credits, any
// others) as a short list, then its prose.
QString trackNotesMarkdown(const library::Track& track, const notes::TrackNotes& notes);

struct BookletEntry
{
    library::Track track;
    notes::TrackNotes notes;
};

// The album's booklet: cover, title, the album notes, then every track's notes in order.
// `coverImage` is a resource name the browser knows (see NotesBrowser::addImage), or empty.
QString bookletMarkdown(const QString& albumTitle, const QString& albumArtist,
                        const QString& albumProse, const QList<BookletEntry>& entries,
                        const QString& coverImage);

} // namespace liner::gui
