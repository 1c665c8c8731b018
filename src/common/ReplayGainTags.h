#pragma once

#include <optional>

namespace liner {

// ReplayGain as a file's tags state it; absent values stay empty. The library reads these and the
// engine applies them, so they sit below both.
struct ReplayGainTags
{
    std::optional<double> trackGainDb;
    std::optional<double> trackPeak;
    std::optional<double> albumGainDb;
    std::optional<double> albumPeak;

    friend bool operator==(const ReplayGainTags&, const ReplayGainTags&) = default;
};

} // namespace liner
