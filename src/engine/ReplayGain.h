#pragma once

#include "engine/TrackSource.h"

namespace liner::engine {

enum class ReplayGainMode
{
    Off,
    Track,
    Album
};

struct ReplayGainSettings
{
    ReplayGainMode mode = ReplayGainMode::Off;
    // Added to every tagged track's gain; most tracks are mastered louder than ReplayGain's
    // reference, so a few dB here brings them back up.
    double preampDb = 0.0;
    // Caps the gain so the track's (or album's) peak stays at or below full scale.
    bool preventClipping = true;
};

// The linear factor for a track: its album or track gain (each mode falls back to the other's
// values when its own are missing) plus the preamp, capped at 1 / peak when clipping is prevented.
// Off, and a track with no gain tag at all, give exactly 1: an untagged track is left as mastered
// rather than raised by a preamp meant for tagged ones, as foobar2000 and MPD do by default.
double replayGainFactor(const ReplayGainTags& tags, const ReplayGainSettings& settings);

} // namespace liner::engine
