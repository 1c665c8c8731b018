#pragma once

#include "library/CueSheet.h"
#include "library/FolderSidecars.h"
#include "library/Track.h"

#include <QList>
#include <QStringList>
#include <functional>
#include <memory>

namespace liner::library {

// One thing the scanner reads as a whole: an audio file, or a CUE sheet with the audio file(s)
// it divides into tracks. `stamp` holds the FileStamps of the files a sheet was read from (a
// walk leaves it empty for a plain file: whoever compares stamps takes them). A unit with a
// `problem` (a folder that cannot be read, a folder or device named like an audio file) is
// reported as it is, not read.
struct ScanUnit
{
    QString path;
    std::shared_ptr<const CueSheet> cueSheet;
    QByteArray stamp;
    QString problem;
};

// One folder's part of a scan: what there is to read in it, its sidecar files and the names of
// its subfolders.
struct ScanFolder
{
    QString path;
    QList<ScanUnit> units;
    FolderSidecars sidecars;
    QStringList subfolders;
};

// Finds what is to be read under the given paths and reads it, in parallel, with TagReader.
class LibraryScanner
{
public:
    using Visit = std::function<void(ScanFolder&&)>;

    // Files ending in these are taken as audio when a folder is walked; files named directly are
    // always read, so a misnamed file still gets an answer.
    static const QStringList& audioExtensions();

    // Walks `paths` (folders recursively, see walkFolder; files as named) and hands over each
    // folder, in playing order (see PlayingOrder), the first as soon as it is listed; a folder
    // with nothing to read comes too, without units. An audio file that a CUE sheet of its folder
    // divides is read through the sheet and not again on its own; a folder named like an audio
    // file and a folder that cannot be read are kept, to be reported. `descend` as walkFolder's.
    static void walk(const QStringList& paths, const Visit& visit,
                     const std::function<bool(const QString&)>& descend = {});
    // The tracks of one unit (one for a file, one per sheet track), errors included. A plain
    // file's unit comes from a walk (or a stat() of a named path) that found a regular file, so it
    // is opened without a look of its own; `stamp`, when given, receives its FileStamp as opened.
    static QList<Track> read(const ScanUnit& unit, QByteArray* stamp = nullptr);

    // walk + read on the global thread pool; the result is in playing order.
    static QList<Track> scan(const QStringList& paths);

    // Folder by folder, each by disc and track number, then file name and place in the file.
    static void sortForPlayback(QList<Track>& tracks);
};

} // namespace liner::library
