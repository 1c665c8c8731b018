#include "FuzzBytes.h"
#include "playlist/PlaylistFile.h"

using liner::playlist::PlaylistFormat;

// The first byte picks the reader (M3U, M3U8, PLS, XSPF); the rest is the file. What is read is
// written back in the same format and read again, as --convert-playlist does.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    constexpr PlaylistFormat formats[] = {PlaylistFormat::M3u, PlaylistFormat::M3u8,
                                          PlaylistFormat::Pls, PlaylistFormat::Xspf};
    const PlaylistFormat format = formats[data[0] % 4];
    const liner::playlist::ReadResult read = liner::playlist::parsePlaylist(
        fuzzBytes(data + 1, size - 1), format, QStringLiteral("/fuzz"));
    const QByteArray written = liner::playlist::serializePlaylist(
        read.playlist.entries, format, {QStringLiteral("/fuzz"), read.playlist.title});
    liner::playlist::parsePlaylist(written, format, QStringLiteral("/fuzz"));
    return 0;
}
