#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>

namespace liner::common {

// Every file Liner writes (playlists, play counts, smart playlists, liner notes, cached images)
// is replaced in one step, so a crash, a kill or a full disk leaves the old file or the new one,
// never part of one. The new contents are first written into a folder of Liner's own beside the
// file, `.liner-unfinished/`, under a name no one else gives a file (`write-<pid>-<six letters or
// digits>`), flushed to the disk, then renamed over the file; the folder goes again when empty.
//
// So Liner can tell what it left behind from anything a user keeps beside its files: only a file
// in that folder, named that way, whose writing process is gone, is Liner's unfinished write.
QString unfinishedWritesFolder(const QString& folder);

// Writes `bytes` as described above. A symbolic link is followed (the file it names is
// replaced, the link stays); a file the user made read-only is not replaced; the new file keeps
// the old one's permissions. Returns an error message naming the file, or an empty string.
QString writeFileAtomically(const QString& path, const QByteArray& bytes);

// The same for contents that cannot be given as bytes (an audio file TagLib edits by name): `fill`
// gets the unfinished file, open for writing as `fd` and empty, and its path; it returns an error
// message, or an empty string when the file holds the new contents. The file is then flushed and
// renamed over the one `path` names, as above.
using FillUnfinished = std::function<QString(int fd, const QString& unfinishedPath)>;
QString replaceFileAtomically(const QString& path, const FillUnfinished& fill);

// Removes the unfinished writes a crash left in `folder` (see above) and nothing else, each one
// logged; returns the paths removed.
QStringList removeUnfinishedWrites(const QString& folder);

} // namespace liner::common
