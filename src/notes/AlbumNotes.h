#pragma once

#include <QString>

namespace liner::notes {

// The album-level prose of the `liner-notes.md` kept beside an album's audio, for callers that
// need nothing else; LinerNotesDocument and NotesRepository read the rest.
class AlbumNotes
{
public:
    static QString fileName() { return QStringLiteral("liner-notes.md"); }
    // Empty when the folder has no notes file or it has no album prose.
    static QString load(const QString& albumFolder);
    static QString albumProse(const QString& markdown);
};

} // namespace liner::notes
