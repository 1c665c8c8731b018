#pragma once

#include "notes/TrackNotes.h"

#include <optional>

namespace liner::notes {

// Recognises a `Key: value` line. The colon must be followed by a space or end the line, so a URL
// ("https://...") opening a paragraph is not taken for a field.
std::optional<NoteField> fieldFromLine(QStringView line);

// Files the field under its meaning (moods, characters, scenes, a credit role, the artist, other
// titles, the part of a soundtrack) or, for
// a key Liner does not know, keeps it in otherFields. A missing value is reported at `line`; a dash
// ("—") is the writer saying "nobody" and is not.
void applyField(TrackNotes& notes, const NoteField& field, int line, QList<ParseIssue>& issues);

// The names in a list value, split on commas (and their CJK forms) or, when semicolons, on those.
QStringList splitNames(QStringView value);
QStringList splitOnSemicolons(QStringView value);

} // namespace liner::notes
