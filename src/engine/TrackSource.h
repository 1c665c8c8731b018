#pragma once

#include "common/ReplayGainTags.h"

#include <QString>
#include <utility>

namespace liner::engine {

// What the engine plays as one track: a whole file, or a range of one (a track of a CUE sheet,
// where an album was ripped to a single file). Times are in microseconds because CUE sheets count
// in 1/75 s, which milliseconds cannot hold exactly.
struct TrackSource
{
    // A path alone is the whole file.
    TrackSource(QString filePath = {}, qint64 start = 0, qint64 end = -1, ReplayGainTags gain = {})
        : path(std::move(filePath)), startUs(start), endUs(end), replayGain(gain)
    {}

    QString path;
    qint64 startUs = 0;
    // Where the track ends in the file; negative means at the end of the file.
    qint64 endUs = -1;
    ReplayGainTags replayGain;

    bool isWholeFile() const { return startUs == 0 && endUs < 0; }
    friend bool operator==(const TrackSource&, const TrackSource&) = default;
};

} // namespace liner::engine
