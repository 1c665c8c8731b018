#pragma once

#include "notes/TrackNotes.h"

#include <optional>

namespace liner::notes {

// How a line of a track section reads: a timed note ("[1:12] The strings take the tune."), a line
// that opens like one but cannot be one (its problem says why), or ordinary prose.
struct TimedNoteLine
{
    std::optional<TimedNote> note;
    QString problem;
    bool isTimed() const { return note.has_value() || !problem.isEmpty(); }
};

// A timed note is a line that opens with an LRC time tag, "[m:ss]" or "[m:ss.xx]", followed by
// its text. A line that opens with "[digits:" is taken as meant for one, so a mistyped time is
// reported rather than shown as prose; "[1]: url" (a Markdown link definition) is not.
TimedNoteLine readTimedNoteLine(QStringView text, int line);

// Sorts by time; notes given for one moment keep their order.
void sortTimedNotes(QList<TimedNote>& notes);

// The note showing at `positionMs`: the latest at or before it (the first of several given for
// that moment), or -1 before the first.
int timedNoteAt(const QList<TimedNote>& notes, qint64 positionMs);

} // namespace liner::notes
