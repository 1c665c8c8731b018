#pragma once

#include "analysis/MusicalKey.h"

#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace liner::analysis {

using Chroma = std::array<double, 12>;

// The key of a piece from its chroma (energy per pitch class), in two steps:
//
// 1. The whole piece's chroma is correlated with the Krumhansl-Kessler key profiles (the probe-
//    tone ratings of how well each pitch class fits a major or minor key), rotated to each of the
//    24 keys; the best fit names the piece's notes, but a major key and its relative minor share
//    them, so this step alone often confuses the two.
// 2. Between that key and its relative, the one whose tonic triad sounds most in the ending (the
//    last 5 % of the audible piece) wins: music comes to rest on its tonic chord.
//
// `frames` holds one chroma per analysis frame, in time order.
std::optional<MusicalKey> keyOf(const std::vector<Chroma>& frames);

// Chroma of a mono signal through aubio's phase vocoder, in the manner of a harmonic pitch class
// profile: the magnitude of every spectral bin is added to the pitch class (A = 440 Hz) of each
// note between 50 Hz and 2 kHz it could be the 1st to 10th harmonic of, weighted 0.85 less for
// each harmonic further up.
class KeyAnalyzer
{
public:
    explicit KeyAnalyzer(int sampleRate);
    ~KeyAnalyzer();
    KeyAnalyzer(const KeyAnalyzer&) = delete;
    KeyAnalyzer& operator=(const KeyAnalyzer&) = delete;

    void add(const float* mono, std::size_t count);
    std::optional<MusicalKey> finish() const { return keyOf(m_frames); }

private:
    void addSpectrum();

    struct Aubio;
    std::unique_ptr<Aubio> m_aubio;
    std::vector<Chroma> m_weights; // how much each spectral bin adds to each pitch class
    std::vector<Chroma> m_frames;
};

} // namespace liner::analysis
