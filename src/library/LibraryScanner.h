#pragma once

#include "library/CueSheet.h"
#include "library/Track.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace liner::library {

// One thing the scanner reads as a whole: an audio file, or a CUE sheet with the audio file(s)
// it divides into tracks. `stamp` holds the FileStamps of every file whose change means the unit
// must be read again. A unit with a `problem` (a folder that cannot be read, a folder or device
// named like an audio file) is reported as it is, not read.
struct ScanUnit
{
    QString path;
    std::optional<CueSheet> cueSheet;
    QByteArray stamp;
    QString problem;
};

// Finds what is to be read under the given paths and reads it, in parallel, with TagReader.
class LibraryScanner
{
public:
    // Files ending in these are taken as audio when a folder is walked; files named directly are
    // always read, so a misnamed file still gets an answer.
    static const QStringList& audioExtensions();

    // Walks `paths` (folders recursively, see walkFolder). An audio file that a CUE sheet divides
    // is read through the sheet and not again on its own; a folder named like an audio file and a
    // folder that cannot be read are kept, to be reported.
    static QList<ScanUnit> findUnits(const QStringList& paths);
    // The tracks of one unit (one for a file, one per sheet track), errors included.
    static QList<Track> read(const ScanUnit& unit);

    // findUnits + read on the global thread pool; the result is in playing order.
    static QList<Track> scan(const QStringList& paths);

    // Folder by folder, each by disc and track number, then file name and place in the file.
    static void sortForPlayback(QList<Track>& tracks);
};

} // namespace liner::library
