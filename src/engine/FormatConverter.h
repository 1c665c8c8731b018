#pragma once

#include "engine/StreamFormat.h"

#include <QString>
#include <memory>
#include <vector>

struct AVChannelLayout;
struct SwrContext;

namespace liner::engine {

// Converts interleaved float frames to the rate and channel count a device accepts, with
// libswresample: its high-quality resampler (soxr, when FFmpeg has it) and its standard downmix
// matrix (a 5.1 centre goes into both fronts, surrounds into their sides). Used only when the
// device rejects the source's format: everything else stays bit-perfect.
class FormatConverter
{
public:
    FormatConverter();
    ~FormatConverter();
    FormatConverter(const FormatConverter&) = delete;
    FormatConverter& operator=(const FormatConverter&) = delete;

    // Returns an empty string on success, otherwise why it cannot convert.
    QString open(const AVChannelLayout& sourceLayout, int sourceRate, StreamFormat target);
    StreamFormat target() const { return m_target; }
    // Converts `frames` (source format) into `output`; the resampler holds back a few frames.
    void convert(const std::vector<float>& frames, std::vector<float>& output);
    // The frames held back, at the end of the track.
    void flush(std::vector<float>& output);
    // Forgets what is held back (after a seek).
    void reset();

private:
    void run(const float* input, int inputFrames, std::vector<float>& output);

    struct Deleter
    {
        void operator()(SwrContext* context) const;
    };
    std::unique_ptr<SwrContext, Deleter> m_context;
    StreamFormat m_target;
    int m_sourceChannels = 0;
};

} // namespace liner::engine
