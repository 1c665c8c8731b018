#pragma once

#include <QByteArray>
#include <QString>
#include <functional>

namespace liner::library {

// What a folder walk reports about one entry.
struct WalkEntry
{
    enum class Kind
    {
        File,
        Folder,
        UnreadableFolder
    };
    Kind kind = Kind::File;
    QString path;
    QString problem; // why an unreadable folder could not be read
};

// The size and modification time (to the nanosecond) of a file, as bytes: any edit changes them,
// so a file whose stamp is unchanged need not be read again.
namespace FileStamp {
QByteArray of(const QString& path);
}

// Walks a folder tree, reporting every file and folder under it (not the root itself). Hidden
// entries are skipped, and so are symbolic links to folders, so a link cycle cannot trap it; a
// folder that cannot be opened is reported as unreadable and the walk goes on.
//
// It is POSIX (openat and readdir, whose entries tell files from folders without a stat() for
// each) rather than QDirIterator: an unchanged rescan is this walk and a stat() of each audio
// file, and QDirIterator, which looks at every entry, took longer than all the rest.
void walkFolder(const QString& root, const std::function<void(WalkEntry&&)>& visit);

} // namespace liner::library
