#pragma once

#include "engine/TrackSource.h"
#include "library/Track.h"
#include "playlist/PlaylistEntry.h"

#include <QList>

namespace liner::playlist {

// What the engine needs to play a library track: its file, its range of the file and its
// ReplayGain.
engine::TrackSource sourceFor(const library::Track& track);
// A library track as a playlist line: its file, "Artist - Title" and its length in whole seconds.
PlaylistEntry entryFor(const library::Track& track);
// A playlist line as a track to queue: the library's track of that file when `known` has it (a
// whole file, not a range of one), else what the line says (its "Artist - Title" and length).
library::Track trackFor(const PlaylistEntry& entry, const QList<library::Track>& known = {});

} // namespace liner::playlist
