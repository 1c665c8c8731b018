#pragma once

#include "demo/FixtureWriter.h"

namespace liner::testing {

// A test signal from the project's own synthesiser: a kick drum on every beat at `bpm` over a
// sustained triad (string pad) on `tonic` (MIDI pitch), major or minor, for `seconds`.
demo::PcmBuffer pulseOverTriad(double bpm, int tonic, bool minor, double seconds);

} // namespace liner::testing
