#pragma once

#include <QtGlobal>
#include <functional>

namespace liner::common {

// Work over a range of items shared out over the cores: `work(from, to)` is called on parts of
// [0, count) that together cover it once, as many parts as there are cores (fewer when a part
// would have fewer than `least` items, which would not pay for waking a thread), and inParts
// returns when every part is done. This thread does one part itself and the others run on a pool
// of their own: the caller may itself be on a pool whose every thread is taken (the global pool
// while a library pass waits), and parts waiting there would not run at all.
void inParts(qsizetype count, const std::function<void(qsizetype from, qsizetype to)>& work,
             qsizetype least = 1000);

} // namespace liner::common
