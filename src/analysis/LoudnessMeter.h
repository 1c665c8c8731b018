#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace liner::analysis {

// What EBU R128 says of one track. Loudness is empty for silence (nothing above the absolute
// gate), so a silent track never gets a gain.
struct Loudness
{
    std::optional<double> integratedLufs;
    std::optional<double> rangeLu;
    double truePeak = 0.0; // linear, 1.0 = full scale; 0 for silence
    // The energy of every 400 ms gating block (75 % overlap) that passed the absolute gate: what
    // an album's integrated loudness is gated over, so it can be computed later from the tracks'
    // cached blocks without decoding them again.
    std::vector<float> blockEnergies;
};

// EBU R128 / ITU-R BS.1770-4 through libebur128: integrated loudness, loudness range, and true
// peak (4x oversampled). Fed interleaved float frames in any block size.
class LoudnessMeter
{
public:
    LoudnessMeter(int sampleRate, int channels);
    ~LoudnessMeter();
    LoudnessMeter(const LoudnessMeter&) = delete;
    LoudnessMeter& operator=(const LoudnessMeter&) = delete;

    void add(const float* frames, std::size_t count);
    Loudness finish();

private:
    void addWhole(const float* frames, std::size_t count);

    struct State;
    std::unique_ptr<State> m_state;
    int m_channels;
    // libebur128 closes a gating block every 100 ms; frames are handed to it in steps that end
    // exactly there, so the block just closed can be read back as the momentary loudness.
    std::size_t m_step;
    std::size_t m_intoStep = 0;
    std::size_t m_steps = 0;
    std::vector<float> m_blockEnergies;
};

// Integrated loudness gated over the blocks of several tracks (an album), as BS.1770-4 gates one
// track: blocks below -70 LUFS are already left out, then those 10 LU below the mean of the rest.
std::optional<double> gatedLoudness(const std::vector<const std::vector<float>*>& trackBlocks);

// ReplayGain 2.0: the gain that brings loudness to the -18 LUFS reference.
constexpr double kReplayGainReferenceLufs = -18.0;
inline double replayGainDb(double loudnessLufs)
{
    return kReplayGainReferenceLufs - loudnessLufs;
}

} // namespace liner::analysis
