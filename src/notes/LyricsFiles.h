#pragma once

#include "notes/SyncedLyrics.h"

#include <optional>

namespace liner::notes {

// The `.lrc` sidecar of an audio file: same folder and base name ("01 Song.flac" →
// "01 Song.lrc"), extension in any case. Empty when there is none.
QString lrcPathFor(const QString& audioPath);

// Reads an LRC file in the encoding decodeText() finds (players and lyric sites wrote them in
// UTF-8, UTF-16 and the Windows code pages); nullopt when it cannot be read.
std::optional<SyncedLyrics> loadLrcFile(const QString& path);

} // namespace liner::notes
