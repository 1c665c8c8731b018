#pragma once

#include "engine/TrackSource.h"
#include "library/Track.h"
#include "playlist/PlaylistEntry.h"

#include <QList>

namespace liner::playlist {

// What the engine needs to play a library track: its file, its range of the file and its
// ReplayGain.
engine::TrackSource sourceFor(const library::Track& track);
QList<engine::TrackSource> sourcesFor(const QList<library::Track>& tracks);
// A library track as a playlist line: its file, "Artist - Title" and its length in whole seconds.
PlaylistEntry entryFor(const library::Track& track);

} // namespace liner::playlist
