#pragma once

#include "demo/Synth.h"

namespace liner::demo {

// Percussion made of sines and filtered noise.
void playKick(Bus& bus, double start, float velocity);
void playSnare(Bus& bus, double start, float velocity, Rng& rng);
void playHat(Bus& bus, double start, float velocity, bool open, Rng& rng);
void playCymbal(Bus& bus, double start, float velocity, Rng& rng);

} // namespace liner::demo
