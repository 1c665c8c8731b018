#include "analysis/RhythmAnalyzer.h"

#include "analysis/AubioFunctions.h"
#include "analysis/AubioHops.h"
#include "analysis/FrameSizes.h"

#include <algorithm>
#include <cmath>

namespace liner::analysis {

namespace {

constexpr double kSlowestBpm = 30.0;
constexpr double kFastestBpm = 300.0;
// Peaks outside this range are never the beat.
constexpr double kLowestTempo = 40.0;
constexpr double kHighestTempo = 240.0;
constexpr double kSlowFeelBpm = 75.0;
constexpr double kDrivenFeelBpm = 120.0;
constexpr double kUnclearPulse = 0.6;
constexpr double kClearPulse = 0.8;
constexpr double kPreferenceWidthOctaves = 0.5;
constexpr double kNearlyStrongest = 0.8;
// Peaks this close (3 %) to a power-of-two multiple of a period belong to its family.
constexpr double kSameFamilyOctaves = 0.043;

// Onset strength above its local (one-second) mean: what repeats, not how loud the passage is.
std::vector<double> accents(const std::vector<float>& strength, double framesPerSecond)
{
    const auto half = std::max<std::ptrdiff_t>(1, std::ptrdiff_t(framesPerSecond / 2));
    const auto n = std::ptrdiff_t(strength.size());
    std::vector<double> prefix(strength.size() + 1, 0.0);
    for (std::ptrdiff_t i = 0; i < n; ++i)
        prefix[std::size_t(i + 1)] = prefix[std::size_t(i)] + strength[std::size_t(i)];
    std::vector<double> result(strength.size());
    for (std::ptrdiff_t i = 0; i < n; ++i) {
        const std::ptrdiff_t from = std::max<std::ptrdiff_t>(0, i - half);
        const std::ptrdiff_t to = std::min(n, i + half + 1);
        const double mean =
            (prefix[std::size_t(to)] - prefix[std::size_t(from)]) / double(to - from);
        result[std::size_t(i)] = std::max(0.0, double(strength[std::size_t(i)]) - mean);
    }
    return result;
}

double preferredTempo(double pulseClarity)
{
    const double t =
        std::clamp((pulseClarity - kUnclearPulse) / (kClearPulse - kUnclearPulse), 0.0, 1.0);
    return kSlowFeelBpm * std::pow(kDrivenFeelBpm / kSlowFeelBpm, t);
}

} // namespace

TempoEstimate tempoOf(const std::vector<float>& onsetStrength, double framesPerSecond)
{
    TempoEstimate estimate;
    const auto minLag = std::size_t(std::floor(framesPerSecond * 60.0 / kFastestBpm));
    const auto maxLag = std::size_t(std::ceil(framesPerSecond * 60.0 / kSlowestBpm));
    // Two of the slowest periods at least, or the autocorrelation has nothing to compare.
    if (minLag < 1 || onsetStrength.size() < 2 * maxLag + 2)
        return estimate;
    const std::vector<double> x = accents(onsetStrength, framesPerSecond);
    std::vector<double> acf(maxLag + 2, 0.0);
    for (std::size_t lag = 0; lag < acf.size(); ++lag) {
        double sum = 0.0;
        for (std::size_t i = 0; i + lag < x.size(); ++i)
            sum += x[i] * x[i + lag];
        // Unbiased: a long lag overlaps less of the envelope, which must not count against it.
        acf[lag] = sum / double(x.size() - lag);
    }
    const double atZero = acf[0];
    if (atZero <= 0.0)
        return estimate;
    for (double& value : acf)
        value /= atZero;

    struct Peak
    {
        double bpm;
        double height;
    };
    std::vector<Peak> peaks;
    for (std::size_t lag = std::max<std::size_t>(minLag, 1); lag <= maxLag; ++lag) {
        const double before = acf[lag - 1];
        const double at = acf[lag];
        const double after = acf[lag + 1];
        if (at <= before || at < after || at <= 0.0)
            continue;
        const double curvature = before - 2.0 * at + after;
        const double shift = curvature < 0.0 ? 0.5 * (before - after) / curvature : 0.0;
        peaks.push_back({60.0 * framesPerSecond / (double(lag) + shift), at});
    }
    if (peaks.empty())
        return estimate;
    // A pulse repeats at every multiple of its period, so the autocorrelation is about as high
    // there; the pulse itself is the fastest periodicity nearly as strong as the strongest. Its
    // octaves are the candidates; a peak of another family (a pad's slow beating, an echo at a
    // fixed distance after each beat) never is.
    estimate.pulseClarity =
        std::max_element(peaks.begin(), peaks.end(), [](const Peak& a, const Peak& b) {
            return a.height < b.height;
        })->height;
    Peak pulse{0.0, 0.0};
    for (const Peak& peak : peaks) {
        if (peak.height >= kNearlyStrongest * estimate.pulseClarity && peak.bpm > pulse.bpm)
            pulse = peak;
    }
    const double centre = preferredTempo(estimate.pulseClarity);
    double best = 0.0;
    for (const Peak& peak : peaks) {
        const double octavesApart = std::log2(peak.bpm / pulse.bpm);
        if (std::abs(octavesApart - std::round(octavesApart)) > kSameFamilyOctaves ||
            peak.bpm < kLowestTempo || peak.bpm > kHighestTempo)
            continue;
        const double fromCentre = std::log2(peak.bpm / centre) / kPreferenceWidthOctaves;
        const double score = peak.height * std::exp(-0.5 * fromCentre * fromCentre);
        if (score > best) {
            best = score;
            estimate.bpm = peak.bpm;
        }
    }
    return estimate;
}

struct RhythmAnalyzer::Aubio
{
    explicit Aubio(int sampleRate)
        : hop(onsetHop(sampleRate)),
          onset(aubio().new_aubio_onset("specflux", 4 * hop, hop, unsigned(sampleRate))),
          input(aubio().new_fvec(hop)), found(aubio().new_fvec(1))
    {}
    ~Aubio()
    {
        if (onset != nullptr)
            aubio().del_aubio_onset(onset);
        aubio().del_fvec(input);
        aubio().del_fvec(found);
    }
    Aubio(const Aubio&) = delete;
    Aubio& operator=(const Aubio&) = delete;

    unsigned hop;
    aubio_onset_t* onset;
    fvec_t* input;
    fvec_t* found;
    unsigned filled = 0;
};

RhythmAnalyzer::RhythmAnalyzer(int sampleRate)
    : m_aubio(std::make_unique<Aubio>(sampleRate)), m_sampleRate(sampleRate)
{}

RhythmAnalyzer::~RhythmAnalyzer() = default;

void RhythmAnalyzer::add(const float* mono, std::size_t count)
{
    Aubio& a = *m_aubio;
    if (a.onset == nullptr)
        return;
    m_frames += count;
    feedHops(mono, count, a.input, a.filled, [this, &a] {
        aubio().aubio_onset_do(a.onset, a.input, a.found);
        m_strength.push_back(aubio().aubio_onset_get_descriptor(a.onset));
        if (a.found->data[0] != 0.0f)
            ++m_onsets;
    });
}

Rhythm RhythmAnalyzer::finish()
{
    Rhythm rhythm;
    if (m_frames == 0)
        return rhythm;
    rhythm.tempo = tempoOf(m_strength, double(m_sampleRate) / m_aubio->hop);
    rhythm.onsetsPerSecond = double(m_onsets) * m_sampleRate / double(m_frames);
    return rhythm;
}

} // namespace liner::analysis
