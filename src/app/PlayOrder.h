#pragma once

#include "library/Track.h"

#include <QList>
#include <QStringList>

namespace liner::app {

// What `liner --headless --play PATH...` plays, in order: each argument in turn; a folder's audio
// files in track order (disc, track number, file name), a CUE sheet's tracks, a playlist's entries
// in its order (missing files and streams included, so each is reported when it cannot play), a
// file as it is. Local files come with their tags, for MPRIS to show. A playlist that cannot be
// read is reported in `problems` and skipped.
QList<library::Track> playOrder(const QStringList& arguments, QStringList& problems);

} // namespace liner::app
