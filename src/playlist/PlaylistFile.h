#pragma once

#include "playlist/Playlist.h"
#include "playlist/PlaylistFormat.h"

namespace liner::playlist {

// The playlist in memory, in the format its extension names. `baseDir` is where relative entries
// start; empty means the playlist's own folder. Fails (ReadResult::error) only when the file cannot
// be read or its extension is not a playlist format; damage inside it becomes problems.
ReadResult readPlaylist(const QString& path, const QString& baseDir = {});

// The same, for bytes already read.
ReadResult parsePlaylist(const QByteArray& bytes, PlaylistFormat format, const QString& baseDir);
QByteArray serializePlaylist(const QList<PlaylistEntry>& entries, PlaylistFormat format,
                             const WriteOptions& options);

// Writes atomically (common/AtomicWrite), so a crash leaves the old file or the new one, never half
// of one. Returns the error, or an empty string. The first form writes tracks under the playlist's
// folder relative to it.
QString writePlaylist(const QString& path, const QList<PlaylistEntry>& entries);
QString writePlaylist(const QString& path, const QList<PlaylistEntry>& entries,
                      const WriteOptions& options);

} // namespace liner::playlist
