#include "GeneratedMusic.h"

#include "demo/Drums.h"
#include "demo/Synth.h"

namespace liner::testing {

demo::PcmBuffer pulseOverTriad(double bpm, int tonic, bool minor, double seconds)
{
    constexpr int rate = 44100;
    demo::Bus bus(rate, std::size_t(seconds * rate));
    // The chord is struck again every four seconds, as a player would re-bow it.
    for (double start = 0.0; start < seconds - 1.0; start += 4.0) {
        for (const int interval : {0, minor ? 3 : 4, 7})
            demo::playNote(
                bus, demo::Instrument::Pad,
                {start, std::min(4.0, seconds - start - 0.5), tonic + interval, 0.6f, 0.0f});
    }
    for (double beat = 0.0; beat < seconds - 0.5; beat += 60.0 / bpm)
        demo::playKick(bus, beat, 0.9f);
    demo::PcmBuffer pcm{rate, 2, {}};
    float peak = 0.0f;
    for (std::size_t i = 0; i < bus.frames(); ++i)
        peak = std::max({peak, std::abs(bus.left[i]), std::abs(bus.right[i])});
    const float gain = peak > 0.0f ? 0.8f / peak : 1.0f;
    for (std::size_t i = 0; i < bus.frames(); ++i) {
        pcm.samples.push_back(bus.left[i] * gain);
        pcm.samples.push_back(bus.right[i] * gain);
    }
    return pcm;
}

} // namespace liner::testing
