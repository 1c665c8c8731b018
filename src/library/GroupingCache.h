#pragma once

#include "library/AlbumGrouping.h"
#include "library/FolderTracks.h"

#include <QList>
#include <QString>
#include <optional>

namespace liner::library {

// The albums a large library was last grouped into, kept beside the library cache: a start from
// the cache reads them instead of grouping every track again (200 ms of the window's start at
// 100,000 tracks on the benchmark's machine). Each grouping is kept under the fingerprint of what
// it was made from, and used for exactly that: the folders as the cache held them, in order (their
// paths and FolderTracks::digest), the work titles, the collation's locale and the grouping's
// rules (kAlbumGroupingRules). The last few are kept, since the work titles may come after a
// start's first folders and group them again; each is written whole or not at all. Safe to delete.
namespace GroupingCache {

// 0 when a folder was not read from the library cache (a pass found it changed): only groupings
// the next start can make again are kept.
quint64 fingerprintOf(const QList<FolderTracksPtr>& folders, const WorkTitles& works);

// The groups kept in `folder` for `fingerprint`, rows numbered as groupAlbumsAsFound numbers its
// `rowCount` tracks; none when there are none, or they are damaged or of other rows.
std::optional<QList<AlbumGroup>> load(const QString& folder, quint64 fingerprint,
                                      qsizetype rowCount);
// Keeps them, dropping all but the few kept last; false when they cannot be written.
bool save(const QString& folder, quint64 fingerprint, qsizetype rowCount,
          const QList<AlbumGroup>& groups);

} // namespace GroupingCache

} // namespace liner::library
