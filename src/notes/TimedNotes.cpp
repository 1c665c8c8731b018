#include "notes/TimedNotes.h"

#include "notes/TimeTag.h"

#include <QRegularExpression>
#include <algorithm>

namespace liner::notes {

TimedNoteLine readTimedNoteLine(QStringView text, int line)
{
    static const QRegularExpression meantAsTime(QStringLiteral(R"(^\[[0-9]+:)"));
    if (!meantAsTime.match(text).hasMatch())
        return {};
    const std::optional<TimeTag> tag = timeTagAt(text, u'[', u']');
    if (!tag)
        return {std::nullopt, QStringLiteral("timed note needs a time like [1:12] or [1:12.5]")};
    if (tag->timeMs < 0)
        return {std::nullopt, QStringLiteral("timed note's seconds are out of range")};
    const QString note = text.sliced(tag->length).trimmed().toString();
    if (note.isEmpty())
        return {std::nullopt, QStringLiteral("timed note has no text")};
    return {TimedNote{tag->timeMs, note, line}, {}};
}

void sortTimedNotes(QList<TimedNote>& notes)
{
    std::stable_sort(notes.begin(), notes.end(),
                     [](const TimedNote& a, const TimedNote& b) { return a.timeMs < b.timeMs; });
}

int timedNoteAt(const QList<TimedNote>& notes, qint64 positionMs)
{
    const auto after = std::upper_bound(
        notes.cbegin(), notes.cend(), positionMs,
        [](qint64 position, const TimedNote& note) { return position < note.timeMs; });
    int index = int(after - notes.cbegin()) - 1;
    // Notes given for one moment show together, from the first of them.
    while (index > 0 && notes[index - 1].timeMs == notes[index].timeMs)
        --index;
    return index;
}

} // namespace liner::notes
