#pragma once

#include "library/Track.h"

#include <QList>
#include <QModelIndexList>
#include <functional>

class QMimeData;

namespace liner::library {

// Tracks dragged out of a track view: their paths, titles, artists and lengths under an own MIME
// type, so that a playlist can show them at once without reading tags, and as text/uri-list for
// everything else (a file manager, another player).
inline constexpr char kTracksMimeType[] = "application/x-liner-tracks";

QMimeData* tracksMimeData(const QList<Track>& tracks);
// What a track view offers to drag, and the tracks of the rows `indexes` touch, in row order.
QStringList tracksMimeTypes();
QMimeData* rowsMimeData(const QModelIndexList& indexes,
                        const std::function<Track(int)>& trackOfRow);
// Empty when the data holds no tracks of ours.
QList<Track> tracksFromMimeData(const QMimeData* data);

} // namespace liner::library
