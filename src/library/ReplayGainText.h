#pragma once

#include <QString>
#include <optional>

namespace liner::library {

// A ReplayGain value as tags and CUE sheets write it: "-6.20 dB", "+1.5 dB", or a bare peak
// ("0.98"). Empty when the text is not a number.
std::optional<double> replayGainValue(const QString& text);

} // namespace liner::library
