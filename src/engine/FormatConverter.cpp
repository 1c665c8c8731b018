#include "engine/FormatConverter.h"

#include "engine/FfmpegFunctions.h"

namespace liner::engine {

void FormatConverter::Deleter::operator()(SwrContext* context) const
{
    ffmpeg().swr_free(&context);
}

FormatConverter::FormatConverter() = default;
FormatConverter::~FormatConverter() = default;

QString FormatConverter::open(const AVChannelLayout& sourceLayout, int sourceRate,
                              StreamFormat target)
{
    m_context.reset();
    m_target = target;
    m_sourceChannels = sourceLayout.nb_channels;
    AVChannelLayout targetLayout;
    ffmpeg().av_channel_layout_default(&targetLayout, target.channels);
    AVChannelLayout source{};
    ffmpeg().av_channel_layout_copy(&source, &sourceLayout);
    SwrContext* context = nullptr;
    int rc =
        ffmpeg().swr_alloc_set_opts2(&context, &targetLayout, AV_SAMPLE_FMT_FLT, target.sampleRate,
                                     &source, AV_SAMPLE_FMT_FLT, sourceRate, 0, nullptr);
    ffmpeg().av_channel_layout_uninit(&targetLayout);
    ffmpeg().av_channel_layout_uninit(&source);
    m_context.reset(context);
    if (rc < 0)
        return QStringLiteral("cannot convert to %1 Hz, %2 channels")
            .arg(target.sampleRate)
            .arg(target.channels);
    // soxr at its very-high-quality precision when this FFmpeg has it; otherwise swr's own
    // resampler with a long filter.
    ffmpeg().av_opt_set(context, "resampler", "soxr", 0);
    ffmpeg().av_opt_set_double(context, "precision", 28, 0);
    rc = ffmpeg().swr_init(context);
    if (rc < 0) {
        // No soxr after all: swr's own resampler.
        ffmpeg().av_opt_set(context, "resampler", "swr", 0);
        ffmpeg().av_opt_set_int(context, "filter_size", 64, 0);
        rc = ffmpeg().swr_init(context);
    }
    if (rc < 0) {
        m_context.reset();
        return QStringLiteral("cannot convert to %1 Hz, %2 channels")
            .arg(target.sampleRate)
            .arg(target.channels);
    }
    return {};
}

void FormatConverter::convert(const std::vector<float>& frames, std::vector<float>& output)
{
    run(frames.data(), int(frames.size()) / m_sourceChannels, output);
}

void FormatConverter::flush(std::vector<float>& output)
{
    run(nullptr, 0, output);
}

void FormatConverter::reset()
{
    if (m_context)
        ffmpeg().swr_init(m_context.get());
}

void FormatConverter::run(const float* input, int inputFrames, std::vector<float>& output)
{
    output.clear();
    if (!m_context)
        return;
    const int room = ffmpeg().swr_get_out_samples(m_context.get(), inputFrames);
    if (room <= 0)
        return;
    output.resize(std::size_t(room) * std::size_t(m_target.channels));
    auto* out = reinterpret_cast<uint8_t*>(output.data());
    const auto* in = reinterpret_cast<const uint8_t*>(input);
    const int converted =
        ffmpeg().swr_convert(m_context.get(), &out, room, input ? &in : nullptr, inputFrames);
    output.resize(std::size_t(std::max(converted, 0)) * std::size_t(m_target.channels));
}

} // namespace liner::engine
