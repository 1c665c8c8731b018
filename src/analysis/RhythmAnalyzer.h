#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace liner::analysis {

struct TempoEstimate
{
    std::optional<double> bpm;
    // How strongly the onsets repeat at any one period: the highest peak of their normalised
    // autocorrelation, 0..1 (MIRtoolbox's "pulse clarity"). Drums make it high, a pedalled piano
    // low.
    double pulseClarity = 0.0;
};

// The tempo of an onset-strength envelope (`framesPerSecond` values a second).
//
// The envelope's autocorrelation peaks at the beat period and at its multiples and fractions;
// which of them is "the" tempo is the octave question every tempo estimator must answer. Liner
// weights each peak by a log-normal preference (half an octave wide) whose centre moves with the
// pulse clarity: 75 BPM for music without a clear pulse (legato, pedalled, rubato: a slow feel),
// 120 BPM for music with one (drums), between them in proportion. A peak only counts where the
// autocorrelation has one, so a click at 60 BPM stays 60 whatever the preference. The chosen
// period is refined between autocorrelation lags by a parabola through the peak.
TempoEstimate tempoOf(const std::vector<float>& onsetStrength, double framesPerSecond);

struct Rhythm
{
    TempoEstimate tempo;
    double onsetsPerSecond = 0.0;
};

// Onsets and tempo of a mono signal, through aubio: its spectral-flux onset detector finds the
// onsets and gives the onset-strength envelope that tempoOf() reads.
class RhythmAnalyzer
{
public:
    explicit RhythmAnalyzer(int sampleRate);
    ~RhythmAnalyzer();
    RhythmAnalyzer(const RhythmAnalyzer&) = delete;
    RhythmAnalyzer& operator=(const RhythmAnalyzer&) = delete;

    void add(const float* mono, std::size_t count);
    Rhythm finish();

private:
    struct Aubio;
    std::unique_ptr<Aubio> m_aubio;
    int m_sampleRate;
    std::vector<float> m_strength;
    std::size_t m_onsets = 0;
    std::size_t m_frames = 0;
};

} // namespace liner::analysis
