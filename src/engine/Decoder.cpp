#include "engine/Decoder.h"

#include "common/FileName.h"
#include "engine/DecoderInput.h"
#include "engine/FfmpegFunctions.h"
#include "engine/FormatConverter.h"

#include <algorithm>
#include <chrono>
#include <cstring>

namespace liner::engine {

namespace {

// Opening a file on a local disk takes milliseconds; one that takes this long is not a file Liner
// should wait on (a stalled network mount, a demuxer lost in a damaged file).
constexpr std::chrono::seconds kOpenTimeout{20};

bool hasExactDuration(const char* demuxer)
{
    return std::strcmp(demuxer, "mov,mp4,m4a,3gp,3g2,mj2") == 0 || std::strcmp(demuxer, "ogg") == 0;
}

QString ffmpegError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    ffmpeg().av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

struct FormatContextDeleter
{
    void operator()(AVFormatContext* c) const { ffmpeg().avformat_close_input(&c); }
};
struct CodecContextDeleter
{
    void operator()(AVCodecContext* c) const { ffmpeg().avcodec_free_context(&c); }
};
struct PacketDeleter
{
    void operator()(AVPacket* p) const { ffmpeg().av_packet_free(&p); }
};
struct FrameDeleter
{
    void operator()(AVFrame* f) const { ffmpeg().av_frame_free(&f); }
};
struct ResamplerDeleter
{
    void operator()(SwrContext* s) const { ffmpeg().swr_free(&s); }
};

// The channel layout FFmpeg states, or the usual one for its channel count when it states none.
AVChannelLayout definiteLayout(const AVChannelLayout& layout)
{
    AVChannelLayout definite{};
    if (layout.order == AV_CHANNEL_ORDER_UNSPEC)
        ffmpeg().av_channel_layout_default(&definite, layout.nb_channels);
    else
        ffmpeg().av_channel_layout_copy(&definite, &layout);
    return definite;
}

} // namespace

struct Decoder::Impl
{
    ~Impl()
    {
        // Nothing of FFmpeg's is held before open() loaded it, and it may not have been loaded.
        if (!packet)
            return;
        ffmpeg().av_channel_layout_uninit(&layout);
        ffmpeg().av_channel_layout_uninit(&converterLayout);
    }
    // Declared first so it is destroyed last: the format context reads through it until closed.
    std::unique_ptr<DecoderInput> input;
    std::unique_ptr<AVFormatContext, FormatContextDeleter> format;
    std::unique_ptr<AVCodecContext, CodecContextDeleter> codec;
    std::unique_ptr<AVPacket, PacketDeleter> packet;
    std::unique_ptr<AVFrame, FrameDeleter> frame;
    // The stream's format as it opened: every block comes out in it, whatever the frames carry.
    AVChannelLayout layout{};
    int rate = 0;
    int channels = 0;
    // Turns frames into packed float of the stream's format. Built for the frames' own format,
    // and built again when that changes mid-stream (two files joined, a damaged header, a FLAC
    // whose header promises more channels than its frames carry): those frames are resampled and
    // remixed to the stream's format, so nothing reads past a frame or changes format under the
    // device.
    std::unique_ptr<SwrContext, ResamplerDeleter> converter;
    AVChannelLayout converterLayout{};
    int converterRate = 0;
    int converterSampleFormat = -1;
    int streamIndex = -1;
    bool inputDone = false;
    // Frames still to drop after a seek so the next block starts exactly at the target.
    qint64 dropFrames = 0;
    qint64 seekTarget = -1;
    // Where in the file the next block starts, and where the file truly ends (-1: wherever the
    // decoder stops). FFmpeg 5.1 trims AAC's encoder delay in MP4 through the edit list but still
    // decodes the padding after the last frame, and it can leave Vorbis a few frames long when the
    // last Ogg page ends early. MP4 and Ogg state the true length exactly (edit list, final
    // granule position), so the block that crosses it is cut there: both are then gapless.
    qint64 position = 0;
    qint64 endFrame = -1;
    // The range being played, in frames of the file (rangeEnd -1: to the end of the file), and
    // the frames decoded past its end, which the range after it in the same file begins with.
    qint64 rangeStart = 0;
    qint64 rangeEnd = -1;
    std::vector<float> carry;
    // Set when the device needs another format: then `source` holds each block before
    // conversion, and `flushed` tells that the converter's last frames have been given out.
    std::unique_ptr<FormatConverter> deviceConverter;
    std::vector<float> source;
    bool flushed = false;
    qint64 framesDecoded = 0;

    // Makes `converter` take frames such as `frame`. Returns an empty string on success.
    QString fitConverter(const AVFrame& frame)
    {
        if (converter && frame.sample_rate == converterRate &&
            frame.format == converterSampleFormat &&
            ffmpeg().av_channel_layout_compare(&frame.ch_layout, &converterLayout) == 0)
            return {};
        converter.reset();
        if (frame.sample_rate <= 0 || frame.ch_layout.nb_channels <= 0)
            return QStringLiteral("a block of unknown sample rate or channel count");
        AVChannelLayout from = definiteLayout(frame.ch_layout);
        AVChannelLayout to = definiteLayout(layout);
        SwrContext* raw = nullptr;
        int rc = ffmpeg().swr_alloc_set_opts2(&raw, &to, AV_SAMPLE_FMT_FLT, rate, &from,
                                              AVSampleFormat(frame.format), frame.sample_rate, 0,
                                              nullptr);
        ffmpeg().av_channel_layout_uninit(&from);
        ffmpeg().av_channel_layout_uninit(&to);
        converter.reset(raw);
        if (rc >= 0)
            rc = ffmpeg().swr_init(converter.get());
        if (rc < 0) {
            converter.reset();
            return ffmpegError(rc);
        }
        ffmpeg().av_channel_layout_uninit(&converterLayout);
        ffmpeg().av_channel_layout_copy(&converterLayout, &frame.ch_layout);
        converterRate = frame.sample_rate;
        converterSampleFormat = frame.format;
        return {};
    }
};

namespace {

qint64 usToFrames(qint64 us, int rate)
{
    return ffmpeg().av_rescale_rnd(us, rate, 1'000'000, AV_ROUND_NEAR_INF);
}

// "m:ss.cc", as a CUE sheet's reader would look for it.
QString clockTime(qint64 frames, int rate)
{
    const qint64 centiseconds = ffmpeg().av_rescale(frames, 100, rate);
    return QStringLiteral("%1:%2.%3")
        .arg(centiseconds / 6000)
        .arg(centiseconds / 100 % 60, 2, 10, QLatin1Char('0'))
        .arg(centiseconds % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

Decoder::Decoder() : d(std::make_unique<Impl>()) {}

Decoder::~Decoder() = default;

QString Decoder::open(const QString& path, qint64 startUs, qint64 endUs,
                      std::unique_ptr<ByteSource> bytes)
{
    m_path = path;
    m_error.clear();
    m_endUs = endUs;
    d = std::make_unique<Impl>();
    if (const QString missing = loadFfmpeg(); !missing.isEmpty())
        return m_error = missing;
    d->packet.reset(ffmpeg().av_packet_alloc());
    d->frame.reset(ffmpeg().av_frame_alloc());
    if (!d->packet || !d->frame)
        return m_error = QStringLiteral("out of memory");

    // A server song has the same deadline to open as a file; a source that gave up first (its
    // own timeout) says why in its own words.
    const auto openError = [this](int code) {
        return d->input->timedOut() && d->input->readError().isEmpty()
                   ? QStringLiteral("took more than %1 s to open").arg(kOpenTimeout.count())
                   : readError(code);
    };
    d->input = bytes ? std::make_unique<DecoderInput>(std::move(bytes))
                     : std::make_unique<DecoderInput>(path);
    if (!d->input->error().isEmpty())
        return m_error = d->input->error();
    AVFormatContext* rawFormat = ffmpeg().avformat_alloc_context();
    if (rawFormat == nullptr)
        return m_error = QStringLiteral("out of memory");
    rawFormat->pb = d->input->io();
    rawFormat->flags |= AVFMT_FLAG_CUSTOM_IO;
    rawFormat->interrupt_callback = {&DecoderInput::interrupted, d->input.get()};
    d->input->setDeadline(kOpenTimeout);
    // The name only hints at the format (by its extension); FFmpeg reads through d->input.
    int rc = ffmpeg().avformat_open_input(&rawFormat, encodeFileName(path).constData(), nullptr,
                                          nullptr);
    if (rc < 0)
        return m_error = openError(rc);
    d->format.reset(rawFormat);
    rc = ffmpeg().avformat_find_stream_info(d->format.get(), nullptr);
    if (rc < 0)
        return m_error = openError(rc);
    d->input->clearDeadline();

    const AVCodec* codec = nullptr;
    d->streamIndex =
        ffmpeg().av_find_best_stream(d->format.get(), AVMEDIA_TYPE_AUDIO, -1, -1, &codec, 0);
    if (d->streamIndex < 0 || codec == nullptr)
        return m_error = QStringLiteral("no audio stream");
    const AVStream* stream = d->format->streams[d->streamIndex];

    d->codec.reset(ffmpeg().avcodec_alloc_context3(codec));
    if (!d->codec)
        return m_error = QStringLiteral("out of memory");
    rc = ffmpeg().avcodec_parameters_to_context(d->codec.get(), stream->codecpar);
    if (rc >= 0)
        rc = ffmpeg().avcodec_open2(d->codec.get(), codec, nullptr);
    if (rc < 0)
        return m_error = ffmpegError(rc);
    if (d->codec->sample_rate <= 0 || d->codec->ch_layout.nb_channels <= 0)
        return m_error = QStringLiteral("unknown sample rate or channel count");
    ffmpeg().av_channel_layout_copy(&d->layout, &d->codec->ch_layout);
    d->rate = d->codec->sample_rate;
    d->channels = d->codec->ch_layout.nb_channels;
    if (hasExactDuration(d->format->iformat->name))
        d->endFrame = fileFrames();
    if (endUs >= 0)
        d->rangeEnd = usToFrames(endUs, d->rate);
    if (startUs > 0) {
        d->rangeStart = usToFrames(startUs, d->rate);
        if (!seekInFile(d->rangeStart))
            return m_error = QStringLiteral("cannot seek to the start of the track");
    }
    return holdFirstBlock();
}

QString Decoder::holdFirstBlock()
{
    // Decoded now rather than by the first decodeNext(), so that a file or range that opens but
    // holds no audio is refused here like one that does not open: the engine never chains a track
    // that nobody can hear.
    std::vector<float> first;
    if (!decodeRange(first)) {
        if (!m_error.isEmpty())
            return m_error;
        const int rate = d->codec->sample_rate;
        if (d->rangeEnd >= 0 && d->rangeEnd <= d->rangeStart)
            return m_error = QStringLiteral("the track is empty: it ends where it starts (%1)")
                                 .arg(clockTime(d->rangeStart, rate));
        if (d->rangeStart > 0)
            return m_error = QStringLiteral("the track starts at %1, after the end of its file")
                                 .arg(clockTime(d->rangeStart, rate));
        return m_error = QStringLiteral("the file holds no audio");
    }
    // The first decodeNext() gives it out again, followed by whatever the range's end held back.
    const auto channels = std::size_t(d->codec->ch_layout.nb_channels);
    d->position -= qint64(first.size() / channels);
    first.insert(first.end(), d->carry.begin(), d->carry.end());
    d->carry = std::move(first);
    return {};
}

StreamFormat Decoder::format() const
{
    return d->deviceConverter ? d->deviceConverter->target() : sourceFormat();
}

QString Decoder::convertTo(StreamFormat target)
{
    if (!d->codec)
        return m_error;
    if (target == sourceFormat()) {
        d->deviceConverter.reset();
        return {};
    }
    auto converter = std::make_unique<FormatConverter>();
    if (QString error = converter->open(d->layout, d->rate, target); !error.isEmpty())
        return error;
    d->deviceConverter = std::move(converter);
    return {};
}

bool Decoder::readsByteSource() const
{
    return d->input && d->input->readsByteSource();
}

bool Decoder::wouldWait() const
{
    return d->input && d->input->wouldWait();
}

QString Decoder::readError(int code) const
{
    // A source that failed says why in its own words (the server, the connection); FFmpeg
    // would only say "Input/output error".
    if (d->input && !d->input->readError().isEmpty())
        return d->input->readError();
    return ffmpegError(code);
}

qint64 Decoder::framesDecoded() const
{
    return d->framesDecoded;
}

StreamFormat Decoder::sourceFormat() const
{
    if (!d->codec)
        return {};
    return {d->rate, d->channels};
}

qint64 Decoder::durationFrames() const
{
    const qint64 end = lastFrame();
    if (end < 0)
        return -1;
    const qint64 frames = std::max<qint64>(0, end - d->rangeStart);
    return d->deviceConverter
               ? ffmpeg().av_rescale(frames, d->deviceConverter->target().sampleRate, d->rate)
               : frames;
}

qint64 Decoder::lastFrame() const
{
    const qint64 fileEnd = fileFrames();
    if (d->rangeEnd < 0)
        return fileEnd;
    return fileEnd < 0 ? d->rangeEnd : std::min(fileEnd, d->rangeEnd);
}

qint64 Decoder::fileFrames() const
{
    if (!d->format)
        return -1;
    const AVStream* stream = d->format->streams[d->streamIndex];
    if (stream->duration != AV_NOPTS_VALUE)
        return ffmpeg().av_rescale_q(stream->duration, stream->time_base, {1, d->rate});
    if (d->format->duration != AV_NOPTS_VALUE)
        return ffmpeg().av_rescale(d->format->duration, d->rate, AV_TIME_BASE);
    return -1;
}

bool Decoder::decodeNext(std::vector<float>& frames)
{
    if (!d->deviceConverter)
        return decodeRange(frames);
    for (;;) {
        if (decodeRange(d->source)) {
            d->deviceConverter->convert(d->source, frames);
            if (frames.empty())
                continue; // all held back by the resampler
            return true;
        }
        if (d->flushed)
            return false;
        d->flushed = true;
        d->deviceConverter->flush(frames);
        return !frames.empty();
    }
}

bool Decoder::decodeRange(std::vector<float>& frames)
{
    frames.clear();
    if (!d->codec)
        return false;
    if (!d->carry.empty())
        frames.swap(d->carry);
    else if (!decodeBlock(frames))
        return false;
    const std::size_t channels = std::size_t(d->channels);
    const qint64 end = d->rangeEnd < 0   ? d->endFrame
                       : d->endFrame < 0 ? d->rangeEnd
                                         : std::min(d->rangeEnd, d->endFrame);
    const qint64 decoded = qint64(frames.size() / channels);
    if (end >= 0 && d->position + decoded > end) {
        const qint64 kept = std::max<qint64>(0, end - d->position);
        d->carry.assign(frames.begin() + std::ptrdiff_t(std::size_t(kept) * channels),
                        frames.end());
        frames.resize(std::size_t(kept) * channels);
    }
    d->position += qint64(frames.size() / channels);
    return !frames.empty();
}

bool Decoder::continueTo(qint64 endUs)
{
    if (!d->codec || d->rangeEnd < 0 || d->position != d->rangeEnd || !m_error.isEmpty())
        return false;
    d->rangeStart = d->rangeEnd;
    d->rangeEnd = endUs < 0 ? -1 : usToFrames(endUs, d->rate);
    m_endUs = endUs;
    d->flushed = false;
    return holdFirstBlock().isEmpty();
}

bool Decoder::decodeBlock(std::vector<float>& frames)
{
    const int channels = d->channels;
    for (;;) {
        int rc = ffmpeg().avcodec_receive_frame(d->codec.get(), d->frame.get());
        if (rc == 0) {
            const int decoded = d->frame->nb_samples;
            d->framesDecoded += decoded;
            const qint64 framePts = d->frame->best_effort_timestamp;
            if (QString problem = d->fitConverter(*d->frame); !problem.isEmpty()) {
                ffmpeg().av_frame_unref(d->frame.get());
                m_error = problem;
                return false;
            }
            const int room = ffmpeg().swr_get_out_samples(d->converter.get(), decoded);
            frames.resize(std::size_t(std::max(room, 0)) * channels);
            auto* out = reinterpret_cast<uint8_t*>(frames.data());
            rc =
                ffmpeg().swr_convert(d->converter.get(), &out, room,
                                     const_cast<const uint8_t**>(d->frame->extended_data), decoded);
            ffmpeg().av_frame_unref(d->frame.get());
            if (rc < 0) {
                m_error = ffmpegError(rc);
                return false;
            }
            frames.resize(std::size_t(rc) * channels);
            if (d->seekTarget >= 0) {
                // The demuxer lands on a packet at or before the target: drop up to the target.
                const AVStream* stream = d->format->streams[d->streamIndex];
                const qint64 start =
                    framePts == AV_NOPTS_VALUE
                        ? d->seekTarget
                        : ffmpeg().av_rescale_q(framePts, stream->time_base, {1, d->rate});
                d->dropFrames = std::max<qint64>(0, d->seekTarget - start);
                d->seekTarget = -1;
            }
            if (d->dropFrames > 0) {
                const qint64 drop = std::min<qint64>(d->dropFrames, rc);
                frames.erase(frames.begin(), frames.begin() + drop * channels);
                d->dropFrames -= drop;
            }
            if (frames.empty())
                continue;
            return true;
        }
        if (rc == AVERROR_EOF)
            return false;
        if (rc != AVERROR(EAGAIN)) {
            m_error = ffmpegError(rc);
            return false;
        }
        if (d->inputDone) {
            // A decoder that asks for more input after the flush has nothing left.
            return false;
        }
        rc = ffmpeg().av_read_frame(d->format.get(), d->packet.get());
        if (rc < 0) {
            if (rc != AVERROR_EOF)
                m_error = readError(rc);
            d->inputDone = true;
            ffmpeg().avcodec_send_packet(d->codec.get(), nullptr);
            continue;
        }
        if (d->packet->stream_index == d->streamIndex) {
            rc = ffmpeg().avcodec_send_packet(d->codec.get(), d->packet.get());
            if (rc < 0 && rc != AVERROR(EAGAIN) && rc != AVERROR_INVALIDDATA) {
                ffmpeg().av_packet_unref(d->packet.get());
                m_error = ffmpegError(rc);
                return false;
            }
        }
        ffmpeg().av_packet_unref(d->packet.get());
    }
}

bool Decoder::seek(qint64 frame)
{
    if (!d->format)
        return false;
    frame = std::max<qint64>(0, frame);
    if (d->deviceConverter) {
        frame = ffmpeg().av_rescale(frame, d->rate, d->deviceConverter->target().sampleRate);
        d->deviceConverter->reset();
        d->flushed = false;
    }
    return seekInFile(d->rangeStart + frame);
}

bool Decoder::seekInFile(qint64 frame)
{
    const AVStream* stream = d->format->streams[d->streamIndex];
    const int64_t timestamp = ffmpeg().av_rescale_q(frame, {1, d->rate}, stream->time_base);
    if (ffmpeg().av_seek_frame(d->format.get(), d->streamIndex, timestamp, AVSEEK_FLAG_BACKWARD) <
        0)
        return false;
    ffmpeg().avcodec_flush_buffers(d->codec.get());
    d->inputDone = false;
    d->seekTarget = frame;
    d->dropFrames = 0;
    d->position = frame;
    d->carry.clear();
    return true;
}

} // namespace liner::engine
