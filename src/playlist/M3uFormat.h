#pragma once

#include "playlist/Playlist.h"
#include "playlist/PlaylistText.h"

namespace liner::playlist {

// Extended M3U: "#EXTM3U", then per entry an optional "#EXTINF:<seconds>,<Artist - Title>" and a
// line with the location. "#PLAYLIST:<title>" names the list; other '#' lines are ignored.
// `encoding` is Utf8 for .m3u8 and Detected for .m3u.
ReadResult readM3u(const QByteArray& bytes, const QString& baseDir, TextEncoding encoding);

// UTF-8 with LF line breaks for .m3u as well as .m3u8: Latin-1 cannot hold Hangul (or most of the
// world's names), and readers of .m3u that guess the encoding (ours, foobar2000, VLC) take valid
// UTF-8 for what it is. No byte order mark, which older players show as part of the first line.
QByteArray writeM3u(const QList<PlaylistEntry>& entries, const WriteOptions& options);

} // namespace liner::playlist
