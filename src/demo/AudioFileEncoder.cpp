#include "demo/FixtureWriter.h"

#include <QFile>
#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <string_view>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libswresample/swresample.h>
}

namespace liner::demo {

namespace {

struct Choice
{
    const char* encoder;
    const char* muxer;
};

Choice choose(FixtureFormat format, int bits)
{
    switch (format) {
    case FixtureFormat::Flac:
        return {"flac", "flac"};
    case FixtureFormat::Wav:
        return {bits == 24 ? "pcm_s24le" : "pcm_s16le", "wav"};
    case FixtureFormat::Mp3:
        return {"libmp3lame", "mp3"};
    case FixtureFormat::Aac:
        return {"aac", "ipod"};
    case FixtureFormat::Alac:
        return {"alac", "ipod"};
    case FixtureFormat::Vorbis:
        return {"libvorbis", "ogg"};
    case FixtureFormat::Opus:
        return {"libopus", "opus"};
    case FixtureFormat::WavPack:
        return {"wavpack", "wv"};
    case FixtureFormat::Aiff:
        return {bits == 24 ? "pcm_s24be" : "pcm_s16be", "aiff"};
    }
    return {};
}

QString avError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

bool supports(const AVCodec* codec, AVSampleFormat format)
{
    for (const AVSampleFormat* f = codec->sample_fmts; f && *f != AV_SAMPLE_FMT_NONE; ++f) {
        if (*f == format)
            return true;
    }
    return false;
}

// Lossless encoders get integers we quantise ourselves (x * 2^(bits-1), rounded, clipped), so
// tests can predict every decoded sample; lossy encoders get float and do their own thing.
AVSampleFormat sampleFormatFor(const AVCodec* codec, bool lossless, int bits)
{
    if (!lossless) {
        for (AVSampleFormat f : {AV_SAMPLE_FMT_FLTP, AV_SAMPLE_FMT_FLT}) {
            if (supports(codec, f))
                return f;
        }
        return codec->sample_fmts ? codec->sample_fmts[0] : AV_SAMPLE_FMT_NONE;
    }
    const auto candidates = bits == 24 ? std::array{AV_SAMPLE_FMT_S32, AV_SAMPLE_FMT_S32P}
                                       : std::array{AV_SAMPLE_FMT_S16, AV_SAMPLE_FMT_S16P};
    for (AVSampleFormat f : candidates) {
        if (supports(codec, f))
            return f;
    }
    return AV_SAMPLE_FMT_NONE;
}

// Opus only runs at a few rates; anything else is resampled to its native 48 kHz.
int encoderRate(const AVCodec* codec, int rate)
{
    if (!codec->supported_samplerates)
        return rate;
    for (const int* r = codec->supported_samplerates; *r; ++r) {
        if (*r == rate)
            return rate;
    }
    return 48000;
}

QString resample(PcmBuffer& pcm, int rate)
{
    AVChannelLayout layout;
    av_channel_layout_default(&layout, pcm.channels);
    SwrContext* raw = nullptr;
    int err = swr_alloc_set_opts2(&raw, &layout, AV_SAMPLE_FMT_FLT, rate, &layout,
                                  AV_SAMPLE_FMT_FLT, pcm.sampleRate, 0, nullptr);
    std::unique_ptr<SwrContext, void (*)(SwrContext*)> swr(raw,
                                                           [](SwrContext* s) { swr_free(&s); });
    if (err < 0 || (err = swr_init(swr.get())) < 0)
        return QStringLiteral("cannot set up the resampler: %1").arg(avError(err));

    const int inFrames = int(pcm.frames());
    const int capacity = int(av_rescale_rnd(inFrames, rate, pcm.sampleRate, AV_ROUND_UP)) + 256;
    std::vector<float> out(std::size_t(capacity) * std::size_t(pcm.channels));
    auto* outPtr = reinterpret_cast<uint8_t*>(out.data());
    const auto* inPtr = reinterpret_cast<const uint8_t*>(pcm.samples.data());
    const int converted = swr_convert(swr.get(), &outPtr, capacity, &inPtr, inFrames);
    if (converted < 0)
        return QStringLiteral("resampling failed: %1").arg(avError(converted));
    // Flushing drains the filter's tail, so the output is as long as the input in time.
    auto* tailPtr = outPtr + std::size_t(converted) * std::size_t(pcm.channels) * sizeof(float);
    const int tail = swr_convert(swr.get(), &tailPtr, capacity - converted, nullptr, 0);
    if (tail < 0)
        return QStringLiteral("resampling failed: %1").arg(avError(tail));
    out.resize(std::size_t(converted + tail) * std::size_t(pcm.channels));
    pcm.samples = std::move(out);
    pcm.sampleRate = rate;
    return {};
}

void fillFrame(AVFrame* frame, const float* interleaved, int frames, int channels, int bits)
{
    const auto format = AVSampleFormat(frame->format);
    const bool planar = av_sample_fmt_is_planar(format);
    const double scale = bits == 24 ? 8388608.0 : 32768.0;
    for (int i = 0; i < frames; ++i) {
        for (int c = 0; c < channels; ++c) {
            const float x = interleaved[i * channels + c];
            const int plane = planar ? c : 0;
            const int index = planar ? i : i * channels + c;
            const double q = std::clamp(std::nearbyint(x * scale), -scale, scale - 1);
            switch (format) {
            case AV_SAMPLE_FMT_FLT:
            case AV_SAMPLE_FMT_FLTP:
                reinterpret_cast<float*>(frame->extended_data[plane])[index] = x;
                break;
            case AV_SAMPLE_FMT_S16:
            case AV_SAMPLE_FMT_S16P:
                reinterpret_cast<int16_t*>(frame->extended_data[plane])[index] = int16_t(q);
                break;
            case AV_SAMPLE_FMT_S32:
            case AV_SAMPLE_FMT_S32P:
                // FFmpeg wants 24-bit samples in the top bits of an int32.
                reinterpret_cast<int32_t*>(frame->extended_data[plane])[index] =
                    int32_t(q) * (bits == 24 ? 256 : 1);
                break;
            default:
                break;
            }
        }
    }
}

class Encoder
{
public:
    QString open(const QString& path, FixtureFormat format, const PcmBuffer& pcm, int bits,
                 const char* muxer)
    {
        Choice choice = choose(format, bits);
        if (muxer != nullptr)
            choice.muxer = muxer;
        const AVCodec* codec = avcodec_find_encoder_by_name(choice.encoder);
        if (!codec)
            return QStringLiteral("FFmpeg has no %1 encoder")
                .arg(QString::fromLatin1(choice.encoder));

        AVFormatContext* oc = nullptr;
        const QByteArray file = QFile::encodeName(path);
        int err = avformat_alloc_output_context2(&oc, nullptr, choice.muxer, file.constData());
        m_format.reset(oc);
        if (err < 0)
            return QStringLiteral("cannot create the %1 muxer: %2").arg(choice.muxer, avError(err));
        // No version strings or creation times in the file: the same input, the same bytes.
        oc->flags |= AVFMT_FLAG_BITEXACT;

        m_codec.reset(avcodec_alloc_context3(codec));
        AVCodecContext* enc = m_codec.get();
        const bool lossless = isLossless(format);
        enc->sample_fmt = sampleFormatFor(codec, lossless, bits);
        if (enc->sample_fmt == AV_SAMPLE_FMT_NONE)
            return QStringLiteral("%1 cannot take %2-bit samples")
                .arg(formatName(format))
                .arg(bits);
        enc->sample_rate = encoderRate(codec, pcm.sampleRate);
        av_channel_layout_default(&enc->ch_layout, pcm.channels);
        enc->time_base = {1, enc->sample_rate};
        enc->flags |= AV_CODEC_FLAG_BITEXACT;
        if (lossless)
            enc->bits_per_raw_sample = bits == 24 ? 24 : 16;
        else
            enc->bit_rate = format == FixtureFormat::Opus ? 128000 : 192000;
        if (oc->oformat->flags & AVFMT_GLOBALHEADER)
            enc->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        if ((err = avcodec_open2(enc, codec, nullptr)) < 0)
            return QStringLiteral("cannot open the %1 encoder: %2")
                .arg(choice.encoder, avError(err));

        m_stream = avformat_new_stream(oc, nullptr);
        if (!m_stream)
            return QStringLiteral("cannot add a stream");
        m_stream->time_base = enc->time_base;
        if ((err = avcodec_parameters_from_context(m_stream->codecpar, enc)) < 0)
            return avError(err);
        if ((err = avio_open(&oc->pb, file.constData(), AVIO_FLAG_WRITE)) < 0)
            return QStringLiteral("cannot open %1 for writing: %2").arg(path, avError(err));
        AVDictionary* options = nullptr;
        // The edit list that hides AAC priming and padding is timed in the movie timescale;
        // at the sample rate (not the default 1000) it marks the last real sample exactly.
        if (std::string_view(choice.muxer) == "ipod")
            av_dict_set_int(&options, "movie_timescale", enc->sample_rate, 0);
        err = avformat_write_header(oc, &options);
        av_dict_free(&options);
        if (err < 0)
            return QStringLiteral("cannot write the header: %1").arg(avError(err));
        m_bits = bits;
        return {};
    }

    int sampleRate() const { return m_codec->sample_rate; }

    // Fixed-frame codecs (MP3, AAC, Vorbis, Opus, FLAC, ALAC) get exactly frame_size frames per
    // call; the last call is short where the codec allows it, so no padding is encoded.
    QString encode(const PcmBuffer& pcm)
    {
        const AVCodecContext* enc = m_codec.get();
        const bool variable = enc->codec->capabilities & AV_CODEC_CAP_VARIABLE_FRAME_SIZE;
        const bool smallLast = enc->codec->capabilities & AV_CODEC_CAP_SMALL_LAST_FRAME;
        const int chunk = enc->frame_size > 0 && !variable ? enc->frame_size : 4096;
        const qint64 total = pcm.frames();
        std::vector<float> padded;
        for (qint64 done = 0; done < total; done += chunk) {
            const int n = int(std::min<qint64>(chunk, total - done));
            const float* data = pcm.samples.data() + done * pcm.channels;
            int frameSize = n;
            if (n < chunk && !smallLast && !variable) {
                padded.assign(std::size_t(chunk) * std::size_t(pcm.channels), 0.0f);
                std::copy_n(data, std::size_t(n) * std::size_t(pcm.channels), padded.begin());
                data = padded.data();
                frameSize = chunk;
            }
            if (QString error = sendFrame(data, frameSize, pcm.channels, done); !error.isEmpty())
                return error;
        }
        return drain(nullptr);
    }

    QString finish()
    {
        if (int err = av_write_trailer(m_format.get()); err < 0)
            return QStringLiteral("cannot finish the file: %1").arg(avError(err));
        return {};
    }

private:
    QString sendFrame(const float* data, int frames, int channels, qint64 pts)
    {
        std::unique_ptr<AVFrame, void (*)(AVFrame*)> frame(av_frame_alloc(),
                                                           [](AVFrame* f) { av_frame_free(&f); });
        frame->nb_samples = frames;
        frame->format = m_codec->sample_fmt;
        frame->sample_rate = m_codec->sample_rate;
        av_channel_layout_copy(&frame->ch_layout, &m_codec->ch_layout);
        if (int err = av_frame_get_buffer(frame.get(), 0); err < 0)
            return avError(err);
        fillFrame(frame.get(), data, frames, channels, m_bits);
        frame->pts = pts;
        return drain(frame.get());
    }

    // Sends one frame (or, with nullptr, the end of stream) and writes every packet that results.
    QString drain(const AVFrame* frame)
    {
        int err = avcodec_send_frame(m_codec.get(), frame);
        if (err < 0)
            return QStringLiteral("encoding failed: %1").arg(avError(err));
        std::unique_ptr<AVPacket, void (*)(AVPacket*)> packet(
            av_packet_alloc(), [](AVPacket* p) { av_packet_free(&p); });
        while ((err = avcodec_receive_packet(m_codec.get(), packet.get())) >= 0) {
            av_packet_rescale_ts(packet.get(), m_codec->time_base, m_stream->time_base);
            packet->stream_index = m_stream->index;
            if ((err = av_interleaved_write_frame(m_format.get(), packet.get())) < 0)
                return QStringLiteral("cannot write a packet: %1").arg(avError(err));
        }
        if (err != AVERROR(EAGAIN) && err != AVERROR_EOF)
            return QStringLiteral("encoding failed: %1").arg(avError(err));
        return {};
    }

    struct FormatDeleter
    {
        void operator()(AVFormatContext* oc) const
        {
            if (oc && oc->pb)
                avio_closep(&oc->pb);
            avformat_free_context(oc);
        }
    };
    struct CodecDeleter
    {
        void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
    };

    std::unique_ptr<AVFormatContext, FormatDeleter> m_format;
    std::unique_ptr<AVCodecContext, CodecDeleter> m_codec;
    AVStream* m_stream = nullptr;
    int m_bits = 16;
};

QString encode(const QString& path, FixtureFormat format, const PcmBuffer& pcm, int bitsPerSample,
               const char* muxer)
{
    // No frames at all is allowed: the file then holds its headers and nothing else, as a
    // ripper or a download cut short leaves it.
    if (pcm.channels <= 0 || pcm.sampleRate <= 0)
        return QStringLiteral("no audio format to encode");
    if (bitsPerSample != 16 && bitsPerSample != 24)
        return QStringLiteral("only 16- and 24-bit samples are supported");

    Encoder encoder;
    if (QString error = encoder.open(path, format, pcm, bitsPerSample, muxer); !error.isEmpty())
        return error;
    PcmBuffer resampled;
    if (encoder.sampleRate() != pcm.sampleRate) {
        resampled = pcm;
        if (QString error = resample(resampled, encoder.sampleRate()); !error.isEmpty())
            return error;
    }
    const PcmBuffer& input = resampled.samples.empty() ? pcm : resampled;
    if (QString error = encoder.encode(input); !error.isEmpty())
        return error;
    return encoder.finish();
}

} // namespace

QString encodeAudioFile(const QString& path, FixtureFormat format, const PcmBuffer& pcm,
                        int bitsPerSample)
{
    return encode(path, format, pcm, bitsPerSample, nullptr);
}

QString encodeAdtsAac(const QString& path, const PcmBuffer& pcm)
{
    return encode(path, FixtureFormat::Aac, pcm, 16, "adts");
}

} // namespace liner::demo
