#pragma once

#include "playlist/Playlist.h"

namespace liner::playlist {

// PLS as Winamp defined it: "[playlist]", FileN=, TitleN=, LengthN= (seconds, -1 unknown),
// NumberOfEntries=, Version=2. Keys are case-insensitive; entries are ordered by N, not by line.
// Read as UTF-8 when valid, else Windows-1252, as Winamp wrote it.
ReadResult readPls(const QByteArray& bytes, const QString& baseDir);

// Version 2, UTF-8, LF line breaks.
QByteArray writePls(const QList<PlaylistEntry>& entries, const WriteOptions& options);

} // namespace liner::playlist
