#pragma once

#include "playlist/PlaylistEntry.h"

namespace liner::playlist {

// The text a writer puts down for an entry: relative to `relativeTo` when the file is under it
// (never when `relativeTo` is empty), else absolute; streams as given. Plain paths for M3U and
// PLS, percent-encoded URI references for XSPF. Whatever it returns, a reader given `relativeTo`
// as its base resolves back to the entry's local path: a path that a line cannot carry plainly
// (a line break, leading '#' or surrounding blanks) falls back to "./..." or a file:// URL.
QString writtenLocation(const PlaylistEntry& entry, const QString& relativeTo,
                        LocationSyntax syntax);

} // namespace liner::playlist
