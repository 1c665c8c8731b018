#pragma once

#include "demo/Synth.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

// Building blocks shared by the instruments and the drums; internal to liner_demo.
namespace liner::demo {

inline constexpr double kTwoPi = 2.0 * std::numbers::pi;

// One cycle of a harmonic spectrum. Voices read it with a 32-bit phase that wraps by itself:
// one table lookup per layer per sample instead of one sine per partial, which is what keeps
// the whole album's render inside its build-time budget.
class Wavetable
{
public:
    static constexpr int kBits = 11;
    static constexpr std::size_t kSize = std::size_t(1) << kBits;

    // amplitudes[n - 1] is harmonic n; partials at or above `limitHz` for `fundamentalHz` are
    // left out, so the table never aliases at the pitch it is played.
    static Wavetable harmonics(const std::vector<float>& amplitudes, double fundamentalHz,
                               double limitHz)
    {
        // Harmonic n at step k is the unit sine at n * k (mod size): exact, and no std::sin calls.
        static const std::vector<double> unit = [] {
            std::vector<double> values(kSize);
            for (std::size_t k = 0; k < kSize; ++k)
                values[k] = std::sin(kTwoPi * double(k) / kSize);
            return values;
        }();
        Wavetable table;
        std::vector<double> sum(kSize, 0.0);
        for (std::size_t n = 1; n <= amplitudes.size() && double(n) * fundamentalHz < limitHz;
             ++n) {
            // Spread starting phases keep the summed peaks low, as in a real instrument.
            const std::size_t offset = n * n * 757;
            for (std::size_t k = 0; k < kSize; ++k)
                sum[k] += amplitudes[n - 1] * unit[(n * k + offset) % kSize];
        }
        for (std::size_t k = 0; k < kSize; ++k)
            table.m_values[k] = float(sum[k]);
        table.m_values[kSize] = table.m_values[0];
        return table;
    }

    float at(std::uint32_t phase) const
    {
        constexpr int shift = 32 - kBits;
        const std::uint32_t i = phase >> shift;
        const float frac = float(phase & ((1u << shift) - 1)) * (1.0f / float(1u << shift));
        return m_values[i] + frac * (m_values[i + 1] - m_values[i]);
    }

private:
    std::array<float, kSize + 1> m_values{};
};

inline const Wavetable& sineTable()
{
    static const Wavetable table = Wavetable::harmonics({1.0f}, 1.0, 2.0);
    return table;
}

inline std::uint32_t phaseIncrement(double hz, int rate)
{
    return std::uint32_t(std::llround(hz / rate * 4294967296.0));
}

inline float decayPerSample(double seconds, int rate)
{
    return seconds > 0 ? float(std::exp(-1.0 / (seconds * rate))) : 1.0f;
}

// Constant-power pan.
inline std::array<float, 2> panGains(float pan)
{
    const double angle = (std::clamp(pan, -1.0f, 1.0f) + 1.0) * std::numbers::pi / 4.0;
    return {float(std::cos(angle)), float(std::sin(angle))};
}

// The frames a sound occupies on a bus, cut off at the end of the bus.
struct Span
{
    std::size_t first = 0;
    std::size_t count = 0;
};

inline Span spanFor(const Bus& bus, double start, double seconds)
{
    const auto first = std::size_t(std::max(0.0, std::round(start * bus.sampleRate)));
    if (first >= bus.frames())
        return {};
    const auto count = std::size_t(std::max(0.0, seconds * bus.sampleRate));
    return {first, std::min(count, bus.frames() - first)};
}

inline float smoothstep(double x)
{
    x = std::clamp(x, 0.0, 1.0);
    return float(x * x * (3.0 - 2.0 * x));
}

class OnePole
{
public:
    OnePole(double cutoffHz, int rate) : m_a(float(1.0 - std::exp(-kTwoPi * cutoffHz / rate))) {}
    float lowpass(float x) { return m_y += m_a * (x - m_y); }
    float highpass(float x) { return x - lowpass(x); }

private:
    float m_a;
    float m_y = 0;
};

} // namespace liner::demo
