#include "app/PlayOrder.h"

#include "common/FileName.h"
#include "library/LibraryScanner.h"
#include "library/TagReader.h"
#include "playlist/PlaylistFile.h"
#include "playlist/TrackSources.h"

#include <QFileInfo>

namespace liner::app {

namespace {

// The file with what its tags say; a file that cannot be read is still played, so that the
// engine says why it cannot.
library::Track fileTrack(const QString& path)
{
    library::Track track = library::TagReader::read(path);
    track.path = path;
    return track;
}

} // namespace

QList<library::Track> playOrder(const QStringList& arguments, QStringList& problems)
{
    QList<library::Track> tracks;
    for (const QString& argument : arguments) {
        const QFileInfo info(argument);
        if (pathType(argument) == PathType::Folder ||
            info.suffix().compare(u"cue", Qt::CaseInsensitive) == 0) {
            tracks << library::LibraryScanner::scan({argument});
            continue;
        }
        if (playlist::playlistFormatForPath(argument) == playlist::PlaylistFormat::Unknown) {
            tracks << fileTrack(info.absoluteFilePath());
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
            tracks << (entry.isStream || entry.missing ? playlist::trackFor(entry)
                                                       : fileTrack(entry.localPath));
    }
    return tracks;
}

} // namespace liner::app
