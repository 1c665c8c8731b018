#pragma once

#include "library/Track.h"

#include <QByteArray>

namespace liner::library {

// Reads tags and stream properties with TagLib. Every format's tags are read through TagLib's
// PropertyMap, so ID3v2, Vorbis comments, MP4 atoms and APE items land in the same fields.
class TagReader
{
public:
    static Track read(const QString& path);
    // The same for a file a scan's walk (or a stat()) just found to be a regular file (see
    // InputFile::Seen), with its FileStamp as it was opened: a first pass stamps what it reads
    // without a stat() of its own.
    static Track readListed(const QString& path, QByteArray& stamp);
    // The front cover embedded in the file (or the first picture), encoded as stored; empty when
    // there is none.
    static QByteArray embeddedCover(const QString& path);
    // The lyrics in the file's tags; empty when it has none.
    static QString lyrics(const QString& path);
};

} // namespace liner::library
