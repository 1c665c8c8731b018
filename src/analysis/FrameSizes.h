#pragma once

#include <algorithm>
#include <cmath>

namespace liner::analysis {

// FFT sizes are powers of two; the analyses want them to last about as long at any rate.
inline unsigned nearestPowerOfTwo(double frames)
{
    return 1U << unsigned(std::clamp(std::lround(std::log2(std::max(frames, 1.0))), 4L, 16L));
}

// About 12 ms: 512 frames at 44.1 and 48 kHz, the onset detector's step.
inline unsigned onsetHop(int sampleRate)
{
    return nearestPowerOfTwo(sampleRate * 0.0116);
}

// About 190 ms: 8192 frames at 44.1 kHz, fine enough (5.4 Hz) to tell semitones apart down to
// the bass.
inline unsigned chromaWindow(int sampleRate)
{
    return nearestPowerOfTwo(sampleRate * 0.186);
}

} // namespace liner::analysis
