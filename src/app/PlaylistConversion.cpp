#include "app/PlaylistConversion.h"

#include "playlist/PlaylistFile.h"

#include <QFileInfo>

namespace liner::app {

int convertPlaylist(const QString& in, const QString& outPath, QTextStream& out, QTextStream& err)
{
    if (playlist::playlistFormatForPath(outPath) == playlist::PlaylistFormat::Unknown) {
        err << "liner: " << outPath << ": not a playlist format (use .m3u, .m3u8, .pls or .xspf)"
            << Qt::endl;
        return 2;
    }
    const playlist::ReadResult read = playlist::readPlaylist(in);
    if (!read.ok()) {
        err << "liner: " << read.error << Qt::endl; // the reason names the file
        return 1;
    }
    for (const playlist::PlaylistProblem& problem : read.problems)
        err << "liner: " << in << ":" << problem.line << ": " << problem.message << Qt::endl;
    playlist::WriteOptions options;
    options.relativeTo = QFileInfo(outPath).absolutePath();
    options.title = read.playlist.title;
    if (const QString error = playlist::writePlaylist(outPath, read.playlist.entries, options);
        !error.isEmpty()) {
        err << "liner: cannot write playlist " << outPath << ": " << error << Qt::endl;
        return 1;
    }
    const auto count = [](qsizetype n, const char* one, const char* many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    out << "Converted " << count(read.playlist.entries.size(), "entry", "entries") << " ("
        << read.playlist.missingCount() << " missing, "
        << count(read.playlist.streamCount(), "stream", "streams") << ") from " << in << " to "
        << outPath << Qt::endl;
    return 0;
}

} // namespace liner::app
