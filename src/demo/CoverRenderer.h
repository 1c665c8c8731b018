#pragma once

#include <QByteArray>

namespace liner::demo {

// Abstract cover art painted by code: a night sky over rose, ripples spreading from falling
// tears, a thin golden crown line and snow. `variation` 0 is the album cover; other values shift
// the colours and scatter for one track each. Same arguments, same bytes. Empty on failure.
QByteArray renderCoverJpeg(int size, int variation);

} // namespace liner::demo
