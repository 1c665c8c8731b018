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

// A soundtrack's single, opening its tracks in the booklet: its name and cover.
struct BookletPart
{
    qsizetype firstEntry = 0;
    QString title;
    QString coverImage; // a resource name, as for the album's cover; empty for none (yet)
};

// The album's booklet: cover, title, the album notes, then every track's notes in order, a
// soundtrack's tracks under their singles. `coverImage` is a resource name the browser knows (see
// NotesBrowser::addImage), or empty.
QString bookletMarkdown(const QString& albumTitle, const QString& albumArtist,
                        const QString& albumProse, const QList<BookletEntry>& entries,
                        const QString& coverImage, const QList<BookletPart>& parts = {});

} // namespace liner::gui
