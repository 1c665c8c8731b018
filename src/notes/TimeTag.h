#pragma once

#include <QStringView>
#include <optional>

namespace liner::notes {

// LRC's time tag, "[mm:ss]", "[mm:ss.xx]" or "[mm:ss:xx]" (or "<mm:ss.xx>" for a word inside a
// lyric line), which timed notes share with lyrics.
struct TimeTag
{
    qint64 timeMs = -1; // -1 when the seconds are out of range
    qsizetype length = 0;
};

// The tag between `open` and `close` at the start of `text`, if one is there.
std::optional<TimeTag> timeTagAt(QStringView text, char16_t open, char16_t close);

} // namespace liner::notes
