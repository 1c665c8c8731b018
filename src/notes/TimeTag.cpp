#include "notes/TimeTag.h"

namespace liner::notes {

// Read by hand, in one pass: a line may hold a hundred thousand tags, and a regular expression
// matched at each offset re-checked the whole line every time.
std::optional<TimeTag> timeTagAt(QStringView text, char16_t open, char16_t close)
{
    qsizetype at = 0;
    const auto digits = [&](qsizetype most, qint64& value) {
        const qsizetype start = at;
        value = 0;
        while (at < text.size() && at - start < most && text[at].unicode() >= u'0' &&
               text[at].unicode() <= u'9')
            value = value * 10 + (text[at++].unicode() - u'0');
        return at - start;
    };
    if (text.isEmpty() || text[0] != open)
        return std::nullopt;
    ++at;
    // Minutes are not limited to two digits: long tracks and mixes run past 99 minutes.
    qint64 minutes = 0;
    qint64 seconds = 0;
    if (digits(4, minutes) == 0 || at >= text.size() || text[at] != u':')
        return std::nullopt;
    ++at;
    if (digits(2, seconds) == 0 || at >= text.size())
        return std::nullopt;
    qint64 millis = 0;
    if (text[at] == u'.' || text[at] == u':') {
        ++at;
        // ".5" is half a second and ".05" a twentieth: the digits are a decimal fraction.
        qsizetype count = digits(3, millis);
        if (count == 0)
            return std::nullopt;
        for (; count < 3; ++count)
            millis *= 10;
    }
    if (at >= text.size() || text[at] != close)
        return std::nullopt;
    const qint64 time = seconds >= 60 ? -1 : (minutes * 60 + seconds) * 1000 + millis;
    return TimeTag{time, at + 1};
}

} // namespace liner::notes
