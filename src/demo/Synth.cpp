#include "demo/Synth.h"

#include "demo/DspPrimitives.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace liner::demo {

std::uint64_t Rng::next()
{
    m_state += 0x9E3779B97F4A7C15ull;
    std::uint64_t z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double Rng::uniform()
{
    return double(next() >> 11) * 0x1.0p-53;
}

float Rng::bipolar()
{
    return float(uniform() * 2.0 - 1.0);
}

int Rng::below(int n)
{
    return int(uniform() * n);
}

void Bus::add(const Bus& other, float gain)
{
    const std::size_t n = std::min(frames(), other.frames());
    for (std::size_t i = 0; i < n; ++i) {
        left[i] += gain * other.left[i];
        right[i] += gain * other.right[i];
    }
}

double midiToHz(double pitch)
{
    return 440.0 * std::exp2((pitch - 69.0) / 12.0);
}

namespace {

// One wavetable read at one pitch, fading at its own rate and placed in the stereo field.
struct Layer
{
    const Wavetable* table;
    std::uint32_t increment;
    float amplitude;
    float decay; // per-sample multiplier
    std::array<float, 2> gains;
    std::uint32_t phase = 0;
};

// Attack ramp, hold while the key is down, then an exponential release.
class Envelope
{
public:
    Envelope(double attack, double length, double release, int rate)
        : m_attack(std::max<std::size_t>(1, std::size_t(attack * rate))),
          m_releaseAt(std::size_t(std::max(0.0, length) * rate)),
          m_release(decayPerSample(release, rate))
    {}
    float next()
    {
        float value = m_index < m_attack ? float(m_index) / float(m_attack) : 1.0f;
        if (m_index >= m_releaseAt)
            value *= (m_tail *= m_release);
        ++m_index;
        return value;
    }

private:
    std::size_t m_attack;
    std::size_t m_releaseAt;
    float m_release;
    float m_tail = 1.0f;
    std::size_t m_index = 0;
};

// Layer by layer into a scratch buffer per channel, then the envelope: each inner loop keeps
// its state in registers, which matters most in sanitised builds where memory access is checked.
// Layers that share one pan share one (mono) scratch buffer.
template <typename EnvelopeFn>
void renderLayers(Bus& bus, Span span, const std::vector<Layer>& layers, EnvelopeFn envelope,
                  float gain)
{
    const bool mono = std::all_of(layers.begin(), layers.end(),
                                  [&](const Layer& l) { return l.gains == layers.front().gains; });
    thread_local std::vector<float> left;
    thread_local std::vector<float> right;
    left.assign(span.count, 0.0f);
    right.assign(mono ? 0 : span.count, 0.0f);
    for (const Layer& layer : layers) {
        const Wavetable& table = *layer.table;
        std::uint32_t phase = layer.phase;
        float amplitude = layer.amplitude;
        const auto [gl, gr] = layer.gains;
        float* l = left.data();
        float* r = right.data();
        for (std::size_t i = 0; i < span.count; ++i) {
            const float v = table.at(phase) * amplitude;
            phase += layer.increment;
            amplitude *= layer.decay;
            if (mono) {
                l[i] += v;
            } else {
                l[i] += v * gl;
                r[i] += v * gr;
            }
        }
    }
    const auto [gl, gr] = mono ? layers.front().gains : std::array{1.0f, 1.0f};
    const float* r = mono ? left.data() : right.data();
    float* outL = bus.left.data() + span.first;
    float* outR = bus.right.data() + span.first;
    for (std::size_t i = 0; i < span.count; ++i) {
        const float env = envelope() * gain;
        outL[i] += left[i] * env * gl;
        outR[i] += r[i] * env * gr;
    }
}

std::vector<float> powerSpectrum(int count, double exponent, int firstHarmonic = 1)
{
    std::vector<float> amps(std::size_t(count), 0.0f);
    for (int n = firstHarmonic; n <= count; ++n)
        amps[std::size_t(n - 1)] = float(1.0 / std::pow(n, exponent));
    return amps;
}

void playPiano(Bus& bus, const Note& note)
{
    const int rate = bus.sampleRate;
    const double f0 = midiToHz(note.pitch);
    const double sustain = std::clamp(2.8 * std::sqrt(220.0 / f0), 0.7, 7.0);
    const double release = 0.15;
    const Span span = spanFor(bus, note.start, std::min(note.length + release * 5, sustain * 4));
    if (span.count == 0)
        return;

    // A mellow body that rings, a bright strike that fades fast (harder strikes are brighter),
    // and a second, slightly detuned string whose slow beating makes the tone sound alive.
    const Wavetable body = Wavetable::harmonics(powerSpectrum(8, 2.2), f0, 9000);
    const Wavetable strike = Wavetable::harmonics(powerSpectrum(12, 1.1, 2), f0, 11000);
    const auto pan = panGains(note.pan);
    const std::uint32_t increment = phaseIncrement(f0, rate);
    std::vector<Layer> layers = {
        {&body, increment, 1.0f, decayPerSample(sustain, rate), pan},
        {&strike, increment, 0.35f + 0.45f * note.velocity, decayPerSample(sustain / 5, rate), pan},
        {&body, phaseIncrement(f0 * 1.0007, rate), 0.45f, decayPerSample(sustain * 0.8, rate), pan},
    };
    Envelope envelope(0.003, note.length, release, rate);
    renderLayers(
        bus, span, layers, [&] { return envelope.next(); }, 0.2f * note.velocity);
}

void playPad(Bus& bus, const Note& note)
{
    const int rate = bus.sampleRate;
    const double f0 = midiToHz(note.pitch);
    const double attack = std::min(0.7, note.length * 0.4);
    const double release = 1.1;
    const Span span = spanFor(bus, note.start, note.length + release);
    if (span.count == 0)
        return;

    // Saw-like partials under a gentle low-pass: the bowed-string colour.
    std::vector<float> amps;
    for (int n = 1; n <= 10; ++n)
        amps.push_back(float(1.0 / n / (1.0 + std::pow(n * f0 / 1800.0, 2.0))));
    const Wavetable table = Wavetable::harmonics(amps, f0, 8000);
    // Two detuned players spread across the stereo field make a section out of one voice.
    std::vector<Layer> layers;
    const std::array<double, 2> cents = {-6.0, 6.0};
    const std::array<float, 2> spread = {-0.5f, 0.5f};
    for (std::size_t p = 0; p < cents.size(); ++p) {
        layers.push_back({&table, phaseIncrement(f0 * std::exp2(cents[p] / 1200.0), rate), 1.0f,
                          1.0f, panGains(note.pan + spread[p]), std::uint32_t(p * 0x55555555u)});
    }

    const auto attackSamples = std::max<std::size_t>(1, std::size_t(attack * rate));
    const auto releaseAt = std::size_t(note.length * rate);
    const auto releaseSamples = std::size_t(release * rate);
    std::size_t i = 0;
    const auto envelope = [&] {
        float env = i < attackSamples ? smoothstep(double(i) / double(attackSamples)) : 1.0f;
        if (i > releaseAt)
            env *= 1.0f - smoothstep(double(i - releaseAt) / double(releaseSamples));
        ++i;
        return env;
    };
    renderLayers(bus, span, layers, envelope, 0.065f * note.velocity);
}

void playBass(Bus& bus, const Note& note)
{
    const int rate = bus.sampleRate;
    const double f0 = midiToHz(note.pitch);
    const double release = 0.08;
    const Span span = spanFor(bus, note.start, note.length + release * 5);
    if (span.count == 0)
        return;

    // Upper partials fade faster than the fundamental: the sound of a closing filter.
    const Wavetable round = Wavetable::harmonics({1.0f, 0.35f}, f0, 5000);
    const Wavetable edge = Wavetable::harmonics({0.0f, 0.3f, 0.3f, 0.17f, 0.09f}, f0, 5000);
    const auto pan = panGains(note.pan);
    const std::uint32_t increment = phaseIncrement(f0, rate);
    std::vector<Layer> layers = {
        {&round, increment, 1.0f, decayPerSample(3.0, rate), pan},
        {&edge, increment, 1.0f, decayPerSample(0.15, rate), pan},
    };
    Envelope envelope(0.004, note.length, release, rate);
    renderLayers(
        bus, span, layers, [&] { return envelope.next(); }, 0.3f * note.velocity);
}

struct LeadShape
{
    std::vector<float> amps; // by harmonic number
    double attack;
    double release;
    double vibratoHz;
    double vibratoCents;
    float breath; // noise level relative to the tone
    float gain;
};

void playSung(Bus& bus, const Note& note, const LeadShape& shape)
{
    const int rate = bus.sampleRate;
    const double f0 = midiToHz(note.pitch);
    const Span span = spanFor(bus, note.start, note.length + shape.release * 4);
    if (span.count == 0)
        return;

    const Wavetable table = Wavetable::harmonics(shape.amps, f0, 12000);
    // Breath noise seeded by the note itself, so a repeated note sounds the same each time.
    Rng rng(std::uint64_t(note.pitch) * 7919 + span.first);
    OnePole breathTone(f0 * 3, rate);
    const auto [gl, gr] = panGains(note.pan);
    const float gain = shape.gain * note.velocity;
    const double baseIncrement = f0 / rate * 4294967296.0;
    const std::uint32_t vibratoIncrement = phaseIncrement(shape.vibratoHz, rate);
    std::uint32_t phase = 0;
    std::uint32_t vibratoPhase = 0;
    Envelope envelope(shape.attack, note.length, shape.release, rate);
    const float settle = decayPerSample(0.3, rate);
    float accent = 0.15f;
    for (std::size_t i = 0; i < span.count; ++i) {
        const double t = double(i) / rate;
        // Vibrato arrives after the onset, as a singer's does.
        const double depth = shape.vibratoCents / 1200.0 * smoothstep((t - 0.2) / 0.4);
        const double bend = 1.0 + depth * 0.6931 * sineTable().at(vibratoPhase);
        vibratoPhase += vibratoIncrement;
        const float env = envelope.next() * (0.85f + (accent *= settle));
        const float tone = table.at(phase) + shape.breath * breathTone.lowpass(rng.bipolar());
        phase += std::uint32_t(baseIncrement * bend);
        bus.left[span.first + i] += tone * env * gain * gl;
        bus.right[span.first + i] += tone * env * gain * gr;
    }
}

void playBell(Bus& bus, const Note& note)
{
    const int rate = bus.sampleRate;
    const double f0 = midiToHz(note.pitch);
    const Span span = spanFor(bus, note.start, 2.0);
    if (span.count == 0)
        return;
    // Inharmonic partials, each its own sine, are what make it a bell and not a string.
    const std::array<double, 4> ratios = {1.0, 2.76, 5.40, 8.93};
    const std::array<float, 4> amps = {1.0f, 0.45f, 0.22f, 0.1f};
    const std::array<double, 4> decays = {0.9, 0.4, 0.2, 0.1};
    const auto pan = panGains(note.pan);
    std::vector<Layer> layers;
    for (std::size_t k = 0; k < ratios.size(); ++k) {
        if (ratios[k] * f0 < 15000)
            layers.push_back({&sineTable(), phaseIncrement(ratios[k] * f0, rate), amps[k],
                              decayPerSample(decays[k], rate), pan});
    }
    Envelope envelope(0.001, 2.0, 0.1, rate);
    renderLayers(
        bus, span, layers, [&] { return envelope.next(); }, 0.12f * note.velocity);
}

} // namespace

void playNote(Bus& bus, Instrument instrument, const Note& note)
{
    switch (instrument) {
    case Instrument::Piano:
        return playPiano(bus, note);
    case Instrument::Pad:
        return playPad(bus, note);
    case Instrument::Bass:
        return playBass(bus, note);
    case Instrument::Lead:
        return playSung(bus, note,
                        {{1.0f, 0.3f, 0.33f, 0.12f, 0.2f, 0.06f, 0.12f, 0.03f},
                         0.015,
                         0.12,
                         5.6,
                         14.0,
                         0.0f,
                         0.11f});
    case Instrument::Flute:
        return playSung(bus, note,
                        {{1.0f, 0.22f, 0.08f, 0.03f}, 0.07, 0.25, 4.8, 11.0, 0.06f, 0.16f});
    case Instrument::Bell:
        return playBell(bus, note);
    }
}

} // namespace liner::demo
