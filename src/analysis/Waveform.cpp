#include "analysis/Waveform.h"

#include <algorithm>
#include <cmath>

namespace liner::analysis {

namespace {

char level(double value)
{
    return char(quint8(std::lround(std::clamp(value, 0.0, 1.0) * 255.0)));
}

} // namespace

WaveformBuilder::WaveformBuilder(int sampleRate, int channels)
    : m_channels(std::max(channels, 1)),
      m_sliceFrames(std::max<std::size_t>(1, std::size_t(sampleRate) / 100))
{}

void WaveformBuilder::add(const float* frames, std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        for (int c = 0; c < m_channels; ++c) {
            const float sample = *frames++;
            m_slicePeak = std::max(m_slicePeak, std::abs(sample));
            m_sliceSquares += double(sample) * sample;
        }
        if (++m_inSlice == m_sliceFrames)
            closeSlice();
    }
}

void WaveformBuilder::closeSlice()
{
    m_peaks.push_back(m_slicePeak);
    m_meanSquares.push_back(float(m_sliceSquares / double(m_inSlice * std::size_t(m_channels))));
    m_inSlice = 0;
    m_slicePeak = 0.0f;
    m_sliceSquares = 0.0;
}

Waveform WaveformBuilder::finish()
{
    if (m_inSlice > 0)
        closeSlice();
    Waveform waveform;
    const std::size_t slices = m_peaks.size();
    const std::size_t bins = std::min<std::size_t>(slices, Waveform::kBins);
    waveform.peak.reserve(qsizetype(bins));
    waveform.rms.reserve(qsizetype(bins));
    for (std::size_t bin = 0; bin < bins; ++bin) {
        const std::size_t from = bin * slices / bins;
        const std::size_t to = std::max(from + 1, (bin + 1) * slices / bins);
        float peak = 0.0f;
        double squares = 0.0;
        for (std::size_t s = from; s < to; ++s) {
            peak = std::max(peak, m_peaks[s]);
            squares += m_meanSquares[s];
        }
        waveform.peak.append(level(peak));
        waveform.rms.append(level(std::sqrt(squares / double(to - from))));
    }
    return waveform;
}

} // namespace liner::analysis
