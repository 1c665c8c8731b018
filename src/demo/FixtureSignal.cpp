#include "demo/FixtureWriter.h"
#include "demo/Synth.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace liner::demo {

PcmBuffer fixtureSignal(int sampleRate, int channels, qint64 frames, std::uint32_t seed)
{
    PcmBuffer pcm{sampleRate, channels, {}};
    if (sampleRate <= 0 || channels <= 0 || frames <= 0)
        return pcm;

    // Piano arpeggios over a I-vi-IV-V turn: transients, chords and decays exercise a codec far
    // better than a sine, and the seed moves the key so two fixtures differ.
    Bus bus(sampleRate, std::size_t(frames));
    Rng rng(seed);
    const int tonic = 55 + rng.below(8);
    const std::array<std::array<int, 3>, 4> chords = {
        {{0, 4, 7}, {9, 12, 16}, {5, 9, 12}, {7, 11, 14}}};
    const double step = 0.125;
    const double seconds = double(frames) / sampleRate;
    for (int i = 0; i * step < seconds; ++i) {
        const auto& chord = chords[std::size_t(i / 8) % chords.size()];
        const int pitch = tonic + chord[std::size_t(i) % 3] + 12 * ((i / 3) % 2);
        playNote(
            bus, Instrument::Piano,
            {i * step, step * 3, pitch, 0.6f + 0.3f * float(rng.uniform()), rng.bipolar() * 0.6f});
    }

    // Loud enough to measure, with headroom so lossy decoders never clip.
    float peak = 0;
    for (std::size_t f = 0; f < bus.frames(); ++f)
        peak = std::max({peak, std::abs(bus.left[f]), std::abs(bus.right[f])});
    const float gain = peak > 0 ? 0.8f / peak : 1.0f;

    pcm.samples.resize(std::size_t(frames) * std::size_t(channels));
    for (std::size_t f = 0; f < std::size_t(frames); ++f) {
        for (int c = 0; c < channels; ++c) {
            const float l = bus.left[f] * gain;
            const float r = bus.right[f] * gain;
            pcm.samples[f * std::size_t(channels) + std::size_t(c)] =
                channels == 1 ? 0.5f * (l + r) : (c % 2 == 0 ? l : r);
        }
    }
    return pcm;
}

} // namespace liner::demo
