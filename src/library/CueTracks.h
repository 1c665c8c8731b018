#pragma once

#include "library/CueSheet.h"
#include "library/Track.h"

#include <QList>

namespace liner::library {

// A CUE sheet's tracks as library tracks: each a range of its audio file, the sheet's titles and
// performers over the file's own tags, the file's technical details and cover. A file the sheet
// names that cannot be read gives one track carrying the error.
QList<Track> tracksOfCueSheet(const CueSheet& sheet);

} // namespace liner::library
