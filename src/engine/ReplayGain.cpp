#include "engine/ReplayGain.h"

#include <algorithm>
#include <cmath>

namespace liner::engine {

double replayGainFactor(const ReplayGainTags& tags, const ReplayGainSettings& settings)
{
    if (settings.mode == ReplayGainMode::Off)
        return 1.0;
    const bool album = settings.mode == ReplayGainMode::Album;
    const std::optional<double> gainDb =
        album ? (tags.albumGainDb ? tags.albumGainDb : tags.trackGainDb)
              : (tags.trackGainDb ? tags.trackGainDb : tags.albumGainDb);
    if (!gainDb)
        return 1.0;
    double factor = std::pow(10.0, (*gainDb + settings.preampDb) / 20.0);
    const std::optional<double> peak = album ? (tags.albumPeak ? tags.albumPeak : tags.trackPeak)
                                             : (tags.trackPeak ? tags.trackPeak : tags.albumPeak);
    if (settings.preventClipping && peak && *peak > 0.0)
        factor = std::min(factor, 1.0 / *peak);
    return factor;
}

} // namespace liner::engine
