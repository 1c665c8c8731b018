#pragma once

#include <QRegularExpression>

namespace liner::notes {

// LRC's time tag, "[mm:ss]", "[mm:ss.xx]" or "[mm:ss:xx]", which timed notes share with lyrics.
// Minutes are not limited to two digits: long tracks and mixes run past 99 minutes.
const QRegularExpression& lineTimeTag();
// The same between angle brackets: a word's time inside a lyric line.
const QRegularExpression& wordTimeTag();
// The time a match of either stands for, in milliseconds; -1 when its seconds are out of range.
qint64 timeTagMs(const QRegularExpressionMatch& match);

} // namespace liner::notes
