#pragma once

#include "library/Track.h"

#include <QImage>

namespace liner::library {

// Finds a track's cover: its cover file when it names one, else the picture embedded in the file,
// else an image in its folder.
class CoverArt
{
public:
    // cover.*, folder.* or front.* (jpg, jpeg, png) beside the file; empty when there is none.
    static QString folderImagePath(const QString& trackPath);
    static bool hasCover(const Track& track);
    static QImage load(const Track& track);
};

} // namespace liner::library
