#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace liner::demo {

// Our own PRNG (splitmix64), so every platform and build renders the same notes and noise.
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next();
    double uniform(); // [0, 1)
    float bipolar();  // [-1, 1)
    int below(int n); // [0, n)
    bool chance(double p) { return uniform() < p; }

private:
    std::uint64_t m_state;
};

// Planar stereo mix buffer; voices add into it.
struct Bus
{
    Bus(int rate, std::size_t frames) : sampleRate(rate), left(frames), right(frames) {}
    std::size_t frames() const { return left.size(); }
    void add(const Bus& other, float gain);

    int sampleRate;
    std::vector<float> left;
    std::vector<float> right;
};

enum class Instrument
{
    Piano, // struck string: bright attack, partials decaying at different rates
    Pad,   // bowed string section: detuned saw-like partials, slow swell
    Bass,  // round plucked bass
    Lead,  // singing synth lead with delayed vibrato
    Flute, // soft, breathy, almost sine lead for the ballads
    Bell,  // glockenspiel: inharmonic partials, quick decay
};

struct Note
{
    double start = 0;  // seconds
    double length = 0; // seconds until release
    int pitch = 60;    // MIDI note number
    float velocity = 0.8f;
    float pan = 0; // -1 left .. 1 right
};

void playNote(Bus& bus, Instrument instrument, const Note& note);

double midiToHz(double pitch);

} // namespace liner::demo
