#include "analysis/KeyAnalyzer.h"

#include "analysis/AubioFunctions.h"
#include "analysis/AubioHops.h"
#include "analysis/FrameSizes.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace liner::analysis {

namespace {

constexpr double kLowestHz = 50.0;
constexpr double kHighestHz = 2000.0;
// A spectral peak counts towards the notes it could be a harmonic of (up to the 10th, each less
// than the one before), so a note's overtones strengthen its own pitch class rather than others.
constexpr int kHarmonics = 10;
constexpr double kHarmonicWeight = 0.85;
constexpr double kEndingShare = 0.05;
// Frames this far below the loudest one are silence, whatever their chroma.
constexpr double kAudibleBelowLoudest = 1e-5;

// Krumhansl and Kessler (1982), from the tonic up by semitones.
constexpr Chroma kMajorProfile = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09,
                                  2.52, 5.19, 2.39, 3.66, 2.29, 2.88};
constexpr Chroma kMinorProfile = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53,
                                  2.54, 4.75, 3.98, 2.69, 3.34, 3.17};

double correlation(const Chroma& chroma, const Chroma& profile, int tonic)
{
    const double chromaMean = std::accumulate(chroma.begin(), chroma.end(), 0.0) / 12.0;
    const double profileMean = std::accumulate(profile.begin(), profile.end(), 0.0) / 12.0;
    double product = 0.0;
    double chromaSquares = 0.0;
    double profileSquares = 0.0;
    for (std::size_t step = 0; step < 12; ++step) {
        const double c = chroma[(std::size_t(tonic) + step) % 12] - chromaMean;
        const double p = profile[step] - profileMean;
        product += c * p;
        chromaSquares += c * c;
        profileSquares += p * p;
    }
    const double norm = std::sqrt(chromaSquares * profileSquares);
    return norm > 0.0 ? product / norm : 0.0;
}

double triad(const Chroma& chroma, const MusicalKey& key)
{
    const auto at = [&chroma, &key](int interval) {
        return chroma[std::size_t((key.tonic + interval) % 12)];
    };
    return at(0) + at(key.minor ? 3 : 4) + at(7);
}

double total(const Chroma& chroma)
{
    return std::accumulate(chroma.begin(), chroma.end(), 0.0);
}

} // namespace

std::optional<MusicalKey> keyOf(const std::vector<Chroma>& frames)
{
    Chroma whole{};
    double loudest = 0.0;
    for (const Chroma& frame : frames) {
        for (std::size_t pc = 0; pc < 12; ++pc)
            whole[pc] += frame[pc];
        loudest = std::max(loudest, total(frame));
    }
    if (loudest <= 0.0)
        return std::nullopt;
    MusicalKey best;
    double bestFit = -2.0;
    for (const bool minor : {false, true}) {
        for (int tonic = 0; tonic < 12; ++tonic) {
            const double fit = correlation(whole, minor ? kMinorProfile : kMajorProfile, tonic);
            if (fit > bestFit) {
                bestFit = fit;
                best = {tonic, minor};
            }
        }
    }

    std::size_t end = frames.size();
    while (end > 0 && total(frames[end - 1]) < loudest * kAudibleBelowLoudest)
        --end;
    const auto length = std::max<std::size_t>(1, std::size_t(double(end) * kEndingShare));
    Chroma ending{};
    for (std::size_t i = end - std::min(end, length); i < end; ++i) {
        for (std::size_t pc = 0; pc < 12; ++pc)
            ending[pc] += frames[i][pc];
    }
    const MusicalKey relative = best.relative();
    return triad(ending, relative) > triad(ending, best) ? relative : best;
}

struct KeyAnalyzer::Aubio
{
    explicit Aubio(int sampleRate)
        : window(chromaWindow(sampleRate)), hop(window / 2),
          vocoder(aubio().new_aubio_pvoc(window, hop)), input(aubio().new_fvec(hop)),
          spectrum(aubio().new_cvec(window))
    {}
    ~Aubio()
    {
        if (vocoder != nullptr)
            aubio().del_aubio_pvoc(vocoder);
        aubio().del_fvec(input);
        aubio().del_cvec(spectrum);
    }
    Aubio(const Aubio&) = delete;
    Aubio& operator=(const Aubio&) = delete;

    unsigned window;
    unsigned hop;
    aubio_pvoc_t* vocoder;
    fvec_t* input;
    cvec_t* spectrum;
    unsigned filled = 0;
};

KeyAnalyzer::KeyAnalyzer(int sampleRate) : m_aubio(std::make_unique<Aubio>(sampleRate))
{
    m_weights.assign(m_aubio->spectrum->length, Chroma{});
    for (std::size_t bin = 1; bin < m_weights.size(); ++bin) {
        const double hz = double(bin) * sampleRate / m_aubio->window;
        for (int harmonic = 1; harmonic <= kHarmonics; ++harmonic) {
            const double fundamental = hz / harmonic;
            if (fundamental < kLowestHz || fundamental > kHighestHz)
                continue;
            const long midi = std::lround(69.0 + 12.0 * std::log2(fundamental / 440.0));
            m_weights[bin][std::size_t(((midi % 12) + 12) % 12)] +=
                std::pow(kHarmonicWeight, harmonic - 1);
        }
    }
}

KeyAnalyzer::~KeyAnalyzer() = default;

void KeyAnalyzer::add(const float* mono, std::size_t count)
{
    if (m_aubio->vocoder != nullptr)
        feedHops(mono, count, m_aubio->input, m_aubio->filled, [this] { addSpectrum(); });
}

void KeyAnalyzer::addSpectrum()
{
    aubio().aubio_pvoc_do(m_aubio->vocoder, m_aubio->input, m_aubio->spectrum);
    Chroma chroma{};
    const float* magnitude = m_aubio->spectrum->norm;
    for (std::size_t bin = 0; bin < m_weights.size(); ++bin) {
        for (std::size_t pc = 0; pc < 12; ++pc)
            chroma[pc] += magnitude[bin] * m_weights[bin][pc];
    }
    m_frames.push_back(chroma);
}

} // namespace liner::analysis
