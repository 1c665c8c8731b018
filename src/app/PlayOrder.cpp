#include "app/PlayOrder.h"

#include "common/FileName.h"
#include "library/LibraryScanner.h"
#include "playlist/PlaylistFile.h"
#include "playlist/TrackSources.h"

#include <QFileInfo>

namespace liner::app {

QList<engine::TrackSource> playOrder(const QStringList& arguments, QStringList& problems)
{
    QList<engine::TrackSource> files;
    for (const QString& argument : arguments) {
        const QFileInfo info(argument);
        if (pathType(argument) == PathType::Folder ||
            info.suffix().compare(u"cue", Qt::CaseInsensitive) == 0) {
            files << playlist::sourcesFor(library::LibraryScanner::scan({argument}));
            continue;
        }
        if (playlist::playlistFormatForPath(argument) == playlist::PlaylistFormat::Unknown) {
            files << engine::TrackSource(info.absoluteFilePath());
            continue;
        }
        const playlist::ReadResult read = playlist::readPlaylist(argument);
        if (!read.ok()) {
            problems << read.error; // the reason names the file
            continue;
        }
        for (const playlist::PlaylistProblem& problem : read.problems)
            problems
                << QStringLiteral("%1:%2: %3").arg(argument).arg(problem.line).arg(problem.message);
        for (const playlist::PlaylistEntry& entry : read.playlist.entries)
            files << engine::TrackSource(entry.isStream ? entry.location : entry.localPath);
    }
    return files;
}

} // namespace liner::app
