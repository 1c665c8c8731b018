#pragma once

#include "library/Track.h"
#include "server/ServerAccount.h"

#include <QJsonObject>

namespace liner::server {

// A song of the server's answers (a "Child": getAlbum's songs, a playlist's entries) as a library
// track, so the window, the notes and `--scan --json` treat it as they treat a file. Its path is
// its subsonic:// location, its album folder its album's (subsonic://NAME@HOST:PORT/album/ID).
// `album` is the album the song came with, when there is one: its artist is the album artist,
// which old servers give nowhere else.
library::Track trackFromSong(const ServerAccount& account, const QJsonObject& song,
                             const QJsonObject& album = {});

// Whether a Child is a playable song (not a folder, not a video).
bool isSong(const QJsonObject& child);

} // namespace liner::server
