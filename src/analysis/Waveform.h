#pragma once

#include <QByteArray>
#include <cstddef>
#include <vector>

namespace liner::analysis {

// A track's shape for drawing: per bin of equal duration, the highest sample (peak) and the
// root-mean-square level (RMS) over all channels, 0..255 for 0..full scale.
struct Waveform
{
    static constexpr int kBins = 1000;

    QByteArray peak;
    QByteArray rms;

    bool isEmpty() const { return peak.isEmpty(); }
    int bins() const { return int(peak.size()); }
    double peakAt(int bin) const { return quint8(peak.at(bin)) / 255.0; }
    double rmsAt(int bin) const { return quint8(rms.at(bin)) / 255.0; }
    friend bool operator==(const Waveform&, const Waveform&) = default;
};

// Builds a Waveform from interleaved frames: every 10 ms slice is measured as it comes, and the
// slices are grouped into Waveform::kBins bins (fewer for a track under 10 s) at the end, when
// the length is known.
class WaveformBuilder
{
public:
    WaveformBuilder(int sampleRate, int channels);
    void add(const float* frames, std::size_t count);
    Waveform finish();

private:
    void closeSlice();

    int m_channels;
    std::size_t m_sliceFrames;
    std::size_t m_inSlice = 0;
    float m_slicePeak = 0.0f;
    double m_sliceSquares = 0.0;
    std::vector<float> m_peaks;
    std::vector<float> m_meanSquares;
};

} // namespace liner::analysis
