#pragma once

#include "common/InputFile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace liner::library {

// One folder as a walk finds it.
struct WalkedFolder
{
    QString path;
    QStringList files;   // names of its files (a link to a file counts as a file)
    QStringList folders; // names of its folders (links to folders are left out)
    QStringList others;  // FIFOs, devices and sockets (or links to them): never read as music
    QString problem;     // why it could not be read; its lists are then empty
};

// The size and modification time (to the nanosecond) of a file, as bytes: any edit changes them,
// so a file whose stamp is unchanged need not be read again.
namespace FileStamp {
QByteArray of(const QString& path);
// The stamp of a file as it was opened.
QByteArray of(const InputFile& file);
// The stamps of files of one folder, by name: each stat() is made relative to the open folder,
// which spares the kernel looking up the folder's whole path again for every file.
QList<QByteArray> ofFilesIn(const QString& folder, const QStringList& names);
} // namespace FileStamp

// Walks a folder tree, reporting each folder (the root first) with its files and subfolders, in
// playing order (see PlayingOrder: a folder, then its subfolders by name, each with its own).
// Hidden entries are skipped, and so are symbolic links to folders, so a link cycle cannot trap
// it; a folder that cannot be opened is reported with its problem and the walk goes on.
//
// It is POSIX (openat and readdir, whose entries tell files from folders without a stat() for
// each) rather than QDirIterator: an unchanged rescan is this walk and a stat() of each audio
// file, and QDirIterator, which looks at every entry, took longer than all the rest.
// `descend`, when given, says whether to walk into a subfolder (by its path); the root is always
// walked.
void walkFolder(const QString& root, const std::function<void(WalkedFolder&&)>& visit,
                const std::function<bool(const QString&)>& descend = {});

} // namespace liner::library
