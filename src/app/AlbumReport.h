#pragma once

#include "app/ScanReport.h"
#include "library/Track.h"

#include <QJsonArray>

namespace liner::app {

// The `liner --albums --json` contract: the albums as the window groups them (groupAlbums, with
// the work titles of the notes packs), in the window's library order. Each: title, artist
// ("Various Artists" for a compilation's), year, kind (album, compilation, soundtrack), folders,
// trackCount, durationMs, notesSource (file, pack, tags or null), parts (a soundtrack's singles),
// distinction (what tells it from a same-looking album, else null) and tracks: the --scan objects
// of its tracks in play order.
QJsonArray albumsJson(const QList<library::Track>& tracks, ScanReport& report);

} // namespace liner::app
