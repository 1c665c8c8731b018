#pragma once

#include <QString>

namespace liner::notes {

// The album-level prose of a `liner-notes.md` kept beside an album's audio: everything after the
// title line and before the first track section ("## ..."). The per-track sections are read by
// the notes repository that the booklet builds on.
class AlbumNotes
{
public:
    static QString fileName() { return QStringLiteral("liner-notes.md"); }
    // Empty when the folder has no notes file or it has no album prose.
    static QString load(const QString& albumFolder);
    static QString albumProse(const QString& markdown);
};

} // namespace liner::notes
