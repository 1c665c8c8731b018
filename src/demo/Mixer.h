#pragma once

#include "demo/Synth.h"

namespace liner::demo {

// Adds a diffuse room (parallel damped combs into series allpasses, per channel) fed by `send`.
void addReverb(const Bus& send, Bus& out, float roomSize, float wet);

// Scales the mix to `targetPeak`, ramps the first milliseconds in and fades out to silence from
// `fadeOutStart` (seconds) to the end.
void masterTrack(Bus& mix, float targetPeak, double fadeOutStart);

} // namespace liner::demo
