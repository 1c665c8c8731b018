#include "analysis/LoudnessMeter.h"

#include <algorithm>
#include <cmath>
#include <ebur128.h>

namespace liner::analysis {

namespace {

// BS.1770's loudness of a mean-square energy, and back.
constexpr double kLoudnessOffset = -0.691;
constexpr double kAbsoluteGateLufs = -70.0;
constexpr double kRelativeGateLu = -10.0;

double energyOf(double lufs)
{
    return std::pow(10.0, (lufs - kLoudnessOffset) / 10.0);
}

double loudnessOf(double energy)
{
    return kLoudnessOffset + 10.0 * std::log10(energy);
}

} // namespace

struct LoudnessMeter::State
{
    State(int sampleRate, int channels)
        : meter(ebur128_init(unsigned(channels), unsigned(sampleRate),
                             EBUR128_MODE_I | EBUR128_MODE_LRA | EBUR128_MODE_TRUE_PEAK))
    {}
    ~State()
    {
        if (meter != nullptr)
            ebur128_destroy(&meter);
    }
    State(const State&) = delete;
    State& operator=(const State&) = delete;

    ebur128_state* meter;
};

LoudnessMeter::LoudnessMeter(int sampleRate, int channels)
    : m_state(std::make_unique<State>(sampleRate, channels)), m_channels(channels),
      // libebur128's own step: (rate + 5) / 10 frames.
      m_step(std::size_t(sampleRate + 5) / 10)
{}

LoudnessMeter::~LoudnessMeter() = default;

void LoudnessMeter::add(const float* frames, std::size_t count)
{
    while (count > 0 && m_state->meter != nullptr) {
        const std::size_t take = std::min(count, m_step - m_intoStep);
        addWhole(frames, take);
        frames += take * std::size_t(m_channels);
        count -= take;
    }
}

void LoudnessMeter::addWhole(const float* frames, std::size_t count)
{
    if (ebur128_add_frames_float(m_state->meter, frames, count) != EBUR128_SUCCESS) {
        ebur128_destroy(&m_state->meter);
        return;
    }
    m_intoStep += count;
    if (m_intoStep < m_step)
        return;
    m_intoStep = 0;
    // A gating block is 400 ms: the fourth step closes the first one.
    if (++m_steps < 4)
        return;
    double momentary = 0.0;
    if (ebur128_loudness_momentary(m_state->meter, &momentary) == EBUR128_SUCCESS &&
        momentary >= kAbsoluteGateLufs)
        m_blockEnergies.push_back(float(energyOf(momentary)));
}

Loudness LoudnessMeter::finish()
{
    Loudness result;
    ebur128_state* meter = m_state->meter;
    if (meter == nullptr)
        return result;
    double value = 0.0;
    if (ebur128_loudness_global(meter, &value) == EBUR128_SUCCESS && std::isfinite(value))
        result.integratedLufs = value;
    if (ebur128_loudness_range(meter, &value) == EBUR128_SUCCESS && std::isfinite(value) &&
        result.integratedLufs)
        result.rangeLu = value;
    for (int channel = 0; channel < m_channels; ++channel) {
        if (ebur128_true_peak(meter, unsigned(channel), &value) == EBUR128_SUCCESS)
            result.truePeak = std::max(result.truePeak, value);
    }
    result.blockEnergies = std::move(m_blockEnergies);
    return result;
}

std::optional<double> gatedLoudness(const std::vector<const std::vector<float>*>& trackBlocks)
{
    double sum = 0.0;
    std::size_t count = 0;
    for (const std::vector<float>* blocks : trackBlocks) {
        for (const float energy : *blocks)
            sum += energy;
        count += blocks->size();
    }
    if (count == 0)
        return std::nullopt;
    const double threshold = sum / double(count) * std::pow(10.0, kRelativeGateLu / 10.0);
    double gatedSum = 0.0;
    std::size_t gatedCount = 0;
    for (const std::vector<float>* blocks : trackBlocks) {
        for (const float energy : *blocks) {
            if (energy >= threshold) {
                gatedSum += energy;
                ++gatedCount;
            }
        }
    }
    if (gatedCount == 0)
        return std::nullopt;
    return loudnessOf(gatedSum / double(gatedCount));
}

} // namespace liner::analysis
