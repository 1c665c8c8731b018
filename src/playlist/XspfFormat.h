#pragma once

#include "playlist/Playlist.h"

namespace liner::playlist {

// XSPF (https://xspf.org/spec): <playlist><title/><trackList><track> with <location> (a URI,
// percent-encoded; relative ones resolve against the playlist's folder), <creator>, <title> and
// <duration> in milliseconds. The entry's title is "Creator - Title" when both are given, as an
// M3U #EXTINF would show it. Elements other players add (VLC's <extension>) are skipped. Malformed
// XML ends reading with a problem on its line; the tracks read before it are kept.
ReadResult readXspf(const QByteArray& bytes, const QString& baseDir);

// UTF-8 XML; local files as percent-encoded relative references or file:// URIs, streams as given.
QByteArray writeXspf(const QList<PlaylistEntry>& entries, const WriteOptions& options);

} // namespace liner::playlist
