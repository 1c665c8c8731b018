#pragma once

#include "library/Track.h"

#include <QDBusObjectPath>
#include <QVariantMap>

namespace liner::desktop {

// The object path MPRIS names a queue row by; rows are renamed whenever the queue is replaced
// (TrackListReplaced tells clients so).
QDBusObjectPath mprisTrackId(int row);
// The row an mprisTrackId() names, or -1.
int mprisTrackRow(const QDBusObjectPath& trackId);
// The path MPRIS reserves for "no track".
QDBusObjectPath mprisNoTrack();

// A track as MPRIS metadata: mpris:trackid, mpris:length (µs), mpris:artUrl (when there is a
// cover), xesam:title/artist/albumArtist/album/trackNumber/discNumber/url.
QVariantMap mprisMetadata(const library::Track& track, int row, const QString& artUrl);

} // namespace liner::desktop
