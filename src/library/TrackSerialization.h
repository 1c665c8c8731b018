#pragma once

#include "library/Track.h"

#include <QDataStream>

namespace liner::library {

// How the library cache keeps a track. Any change to the layout must bump
// LibraryStore::kSchemaVersion, so that old caches are rebuilt rather than misread.
QDataStream& operator<<(QDataStream& out, const Track& track);
QDataStream& operator>>(QDataStream& in, Track& track);

} // namespace liner::library
