#pragma once

#include "library/Track.h"

#include <QDBusObjectPath>
#include <QVariantMap>

namespace liner::desktop {

// The object path MPRIS names a queue entry by (PlayQueue's entry id): it stays while the entry is
// queued, whatever moves around it, and is never given to another entry.
QDBusObjectPath mprisTrackId(quint64 entryId);
// The entry id an mprisTrackId() names, or 0.
quint64 mprisEntryId(const QDBusObjectPath& trackId);
// The path MPRIS reserves for "no track".
QDBusObjectPath mprisNoTrack();

// A track as MPRIS metadata: mpris:trackid, mpris:length (µs), mpris:artUrl (when there is a
// cover), xesam:title/artist/albumArtist/album/trackNumber/discNumber/url.
QVariantMap mprisMetadata(const library::Track& track, quint64 entryId, const QString& artUrl);

} // namespace liner::desktop
