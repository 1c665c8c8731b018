#include "playlist/PlaylistFormat.h"

#include <QFileInfo>

namespace liner::playlist {

PlaylistFormat playlistFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"m3u")
        return PlaylistFormat::M3u;
    if (suffix == u"m3u8")
        return PlaylistFormat::M3u8;
    if (suffix == u"pls")
        return PlaylistFormat::Pls;
    if (suffix == u"xspf")
        return PlaylistFormat::Xspf;
    return PlaylistFormat::Unknown;
}

} // namespace liner::playlist
