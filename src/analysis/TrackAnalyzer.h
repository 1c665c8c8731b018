#pragma once

#include "analysis/TrackAnalysis.h"

#include <atomic>

namespace liner::analysis {

// Decodes a track through the engine's FFmpeg decoder (a whole file, or the range [startUs,
// endUs) of one) and measures it in that one pass: loudness, true peak and loudness range
// (libebur128) on every channel; onsets, tempo and key on the channels' mean (aubio); energy and
// the waveform. Setting `stop` abandons the track: the result then carries an error.
TrackAnalysis analyseTrack(const QString& path, qint64 startUs = 0, qint64 endUs = -1,
                           const std::atomic<bool>* stop = nullptr);

} // namespace liner::analysis
