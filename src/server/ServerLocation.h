#pragma once

#include "server/ServerAccount.h"

#include <QString>
#include <optional>

namespace liner::server {

// Liner's name for a song or an album on a server, used wherever a file path would be (the
// library, playlists, the command line): subsonic://NAME@HOST:PORT/song/ID or .../album/ID.
struct ServerLocation
{
    enum class Kind
    {
        Song,
        Album
    };

    QString serverKey; // NAME@HOST:PORT, as ServerAccount::key()
    Kind kind = Kind::Song;
    QString id; // the server's own id, as it gave it

    static constexpr auto kScheme = "subsonic";

    // Nothing when `location` is not such a URL.
    static std::optional<ServerLocation> parse(const QString& location);
    static QString song(const ServerAccount& account, const QString& id);
    static QString album(const ServerAccount& account, const QString& id);
    static bool isServerLocation(const QString& location);
};

} // namespace liner::server
