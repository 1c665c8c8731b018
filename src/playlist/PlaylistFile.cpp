#include "playlist/PlaylistFile.h"

#include "common/AtomicWrite.h"
#include "common/InputFile.h"
#include "playlist/M3uFormat.h"
#include "playlist/PlsFormat.h"
#include "playlist/XspfFormat.h"

#include <QDir>
#include <QFileInfo>

namespace liner::playlist {

namespace {

QString unknownFormat(const QString& path)
{
    return QStringLiteral("%1 is not a playlist: the name must end in .m3u, .m3u8, .pls or .xspf")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace

ReadResult parsePlaylist(const QByteArray& bytes, PlaylistFormat format, const QString& baseDir)
{
    switch (format) {
    case PlaylistFormat::M3u:
        return readM3u(bytes, baseDir, TextEncoding::Detected);
    case PlaylistFormat::M3u8:
        return readM3u(bytes, baseDir, TextEncoding::Utf8);
    case PlaylistFormat::Pls:
        return readPls(bytes, baseDir);
    case PlaylistFormat::Xspf:
        return readXspf(bytes, baseDir);
    case PlaylistFormat::Unknown:
        break;
    }
    ReadResult result;
    result.error = QStringLiteral("Unknown playlist format");
    return result;
}

QByteArray serializePlaylist(const QList<PlaylistEntry>& entries, PlaylistFormat format,
                             const WriteOptions& options)
{
    switch (format) {
    case PlaylistFormat::M3u:
    case PlaylistFormat::M3u8:
        return writeM3u(entries, options);
    case PlaylistFormat::Pls:
        return writePls(entries, options);
    case PlaylistFormat::Xspf:
        return writeXspf(entries, options);
    case PlaylistFormat::Unknown:
        break;
    }
    return {};
}

ReadResult readPlaylist(const QString& path, const QString& baseDir)
{
    const PlaylistFormat format = playlistFormatForPath(path);
    if (format == PlaylistFormat::Unknown) {
        ReadResult result;
        result.error = unknownFormat(path);
        return result;
    }
    const InputBytes file = readInputFile(path, InputKind::Playlist);
    if (!file.ok()) {
        ReadResult result;
        result.error =
            QStringLiteral("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.error);
        return result;
    }
    return parsePlaylist(file.bytes, format,
                         baseDir.isEmpty() ? QFileInfo(path).absolutePath() : baseDir);
}

QString writePlaylist(const QString& path, const QList<PlaylistEntry>& entries)
{
    return writePlaylist(path, entries, {QFileInfo(path).absolutePath(), {}});
}

QString writePlaylist(const QString& path, const QList<PlaylistEntry>& entries,
                      const WriteOptions& options)
{
    const PlaylistFormat format = playlistFormatForPath(path);
    if (format == PlaylistFormat::Unknown)
        return unknownFormat(path);
    return common::writeFileAtomically(path, serializePlaylist(entries, format, options));
}

} // namespace liner::playlist
