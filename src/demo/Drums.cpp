#include "demo/Drums.h"

#include "demo/DspPrimitives.h"

namespace liner::demo {

void playKick(Bus& bus, double start, float velocity)
{
    const int rate = bus.sampleRate;
    const Span span = spanFor(bus, start, 0.5);
    std::uint32_t phase = 0;
    const float gain = 0.7f * velocity;
    const float sweepDecay = decayPerSample(0.03, rate);
    const float ampDecay = decayPerSample(0.16, rate);
    float sweep = 1.0f;
    float amp = 1.0f;
    const auto attack = std::size_t(0.001 * rate);
    // The last 50 ms fade out: a sine cut off at -27 dB would click a beat later.
    const auto fade = std::min(span.count, std::size_t(0.05 * rate));
    for (std::size_t i = 0; i < span.count; ++i) {
        // The falling pitch is what makes a sine read as a drum.
        phase += phaseIncrement(47.0 + 115.0 * (sweep *= sweepDecay), rate);
        const float tail = i + fade > span.count ? float(span.count - i) / float(fade) : 1.0f;
        const float env = (i < attack ? float(i) / float(attack) : 1.0f) * (amp *= ampDecay) * tail;
        const float v = sineTable().at(phase) * env * gain;
        bus.left[span.first + i] += v * 0.707f;
        bus.right[span.first + i] += v * 0.707f;
    }
}

void playSnare(Bus& bus, double start, float velocity, Rng& rng)
{
    const int rate = bus.sampleRate;
    const Span span = spanFor(bus, start, 0.3);
    OnePole low(900, rate);
    OnePole high(7000, rate);
    std::uint32_t bodyPhase = 0;
    const std::uint32_t bodyIncrement = phaseIncrement(185.0, rate);
    const float bodyDecay = decayPerSample(0.045, rate);
    float bodyAmp = 0.5f;
    const float noiseDecay = decayPerSample(0.075, rate);
    float noiseAmp = 1.0f;
    const float gain = 0.3f * velocity;
    const auto [gl, gr] = panGains(-0.08f);
    for (std::size_t i = 0; i < span.count; ++i) {
        const float noise = high.lowpass(low.highpass(rng.bipolar())) * (noiseAmp *= noiseDecay);
        const float body = sineTable().at(bodyPhase += bodyIncrement) * (bodyAmp *= bodyDecay);
        const float v = (noise * 1.6f + body) * gain;
        bus.left[span.first + i] += v * gl;
        bus.right[span.first + i] += v * gr;
    }
}

void playHat(Bus& bus, double start, float velocity, bool open, Rng& rng)
{
    const int rate = bus.sampleRate;
    const double decay = open ? 0.16 : 0.03;
    const Span span = spanFor(bus, start, decay * 6);
    OnePole high(7500, rate);
    const float envDecay = decayPerSample(decay, rate);
    float env = 1.0f;
    const float gain = 0.11f * velocity;
    const auto [gl, gr] = panGains(0.35f);
    for (std::size_t i = 0; i < span.count; ++i) {
        const float v = high.highpass(rng.bipolar()) * (env *= envDecay) * gain;
        bus.left[span.first + i] += v * gl;
        bus.right[span.first + i] += v * gr;
    }
}

void playCymbal(Bus& bus, double start, float velocity, Rng& rng)
{
    const int rate = bus.sampleRate;
    const Span span = spanFor(bus, start, 2.5);
    OnePole highL(5000, rate);
    OnePole highR(5000, rate);
    const float envDecay = decayPerSample(0.55, rate);
    float env = 1.0f;
    const float gain = 0.07f * velocity;
    for (std::size_t i = 0; i < span.count; ++i) {
        env *= envDecay;
        bus.left[span.first + i] += highL.highpass(rng.bipolar()) * env * gain;
        bus.right[span.first + i] += highR.highpass(rng.bipolar()) * env * gain;
    }
}

} // namespace liner::demo
