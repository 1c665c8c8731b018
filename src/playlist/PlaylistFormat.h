#pragma once

#include <QString>

namespace liner::playlist {

enum class PlaylistFormat
{
    Unknown,
    M3u,
    M3u8,
    Pls,
    Xspf,
};

// By the file name's extension, case-insensitively: .m3u, .m3u8, .pls, .xspf.
PlaylistFormat playlistFormatForPath(const QString& path);

} // namespace liner::playlist
