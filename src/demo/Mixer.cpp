#include "demo/Mixer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace liner::demo {

namespace {

// Mutually prime delays (in samples at 44.1 kHz) so the echoes never line up into a pitch.
constexpr std::array<int, 8> kCombDelays = {1117, 1189, 1277, 1361, 1423, 1493, 1559, 1621};
constexpr std::array<int, 4> kAllpassDelays = {557, 439, 337, 227};
// The right channel's delays are a little longer, which is what makes the room wide.
constexpr int kStereoSpread = 23;
constexpr std::size_t kCombs = kCombDelays.size();

// Parallel damped feedback combs, summed. All eight advance together with their state in locals:
// eight independent feedback chains keep the CPU busy where one chain would stall on latency.
std::vector<float> combBank(const std::vector<float>& in, double scale, int spread, float feedback,
                            float damping)
{
    std::array<std::vector<float>, kCombs> lines;
    std::array<float*, kCombs> line{};
    std::array<std::size_t, kCombs> length{};
    std::array<std::size_t, kCombs> index{};
    std::array<float, kCombs> filtered{};
    for (std::size_t k = 0; k < kCombs; ++k) {
        length[k] = std::size_t((kCombDelays[k] + spread) * scale);
        lines[k].assign(length[k], 0.0f);
        line[k] = lines[k].data();
    }
    std::vector<float> sum(in.size(), 0.0f);
    for (std::size_t i = 0; i < in.size(); ++i) {
        float total = 0;
        for (std::size_t k = 0; k < kCombs; ++k) {
            const float output = line[k][index[k]];
            filtered[k] = output * (1.0f - damping) + filtered[k] * damping;
            line[k][index[k]] = in[i] + filtered[k] * feedback;
            if (++index[k] == length[k])
                index[k] = 0;
            total += output;
        }
        sum[i] = total;
    }
    return sum;
}

void allpass(std::vector<float>& signal, std::size_t length)
{
    std::vector<float> line(length, 0.0f);
    std::size_t index = 0;
    for (float& x : signal) {
        const float delayed = line[index];
        line[index] = x + delayed * 0.5f;
        if (++index == length)
            index = 0;
        x = delayed - x;
    }
}

void reverbChannel(const std::vector<float>& in, std::vector<float>& out, int rate, int spread,
                   float roomSize, float wet)
{
    const double scale = rate / 44100.0;
    const float inputGain = 0.015f;
    std::vector<float> input(in.size());
    for (std::size_t i = 0; i < in.size(); ++i)
        input[i] = in[i] * inputGain;
    std::vector<float> sum = combBank(input, scale, spread, roomSize, 0.25f);
    for (int d : kAllpassDelays)
        allpass(sum, std::size_t((d + spread) * scale));
    for (std::size_t i = 0; i < in.size(); ++i)
        out[i] += sum[i] * wet;
}

} // namespace

void addReverb(const Bus& send, Bus& out, float roomSize, float wet)
{
    reverbChannel(send.left, out.left, send.sampleRate, 0, roomSize, wet);
    reverbChannel(send.right, out.right, send.sampleRate, kStereoSpread, roomSize, wet);
}

void masterTrack(Bus& mix, float targetPeak, double fadeOutStart)
{
    float peak = 0;
    for (std::size_t i = 0; i < mix.frames(); ++i)
        peak = std::max({peak, std::abs(mix.left[i]), std::abs(mix.right[i])});
    const float gain = peak > 0 ? targetPeak / peak : 1.0f;

    const auto fadeIn = std::size_t(0.004 * mix.sampleRate);
    const auto fadeStart = std::min(mix.frames(), std::size_t(fadeOutStart * mix.sampleRate));
    const std::size_t fadeLength = std::max<std::size_t>(1, mix.frames() - fadeStart);
    for (std::size_t i = 0; i < mix.frames(); ++i) {
        float g = gain;
        if (i < fadeIn)
            g *= float(i) / float(fadeIn);
        if (i >= fadeStart) {
            // A raised-cosine fade sounds even to the ear and lands exactly on zero.
            const double x = double(i - fadeStart + 1) / double(fadeLength);
            g *= float(0.5 * (1.0 + std::cos(std::numbers::pi * x)));
        }
        mix.left[i] *= g;
        mix.right[i] *= g;
    }
}

} // namespace liner::demo
