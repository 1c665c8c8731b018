#include "library/AdtsStream.h"

#include <array>

namespace liner::library {

namespace {

constexpr int kHeaderSize = 7;
constexpr int kSamplesPerBlock = 1024;
constexpr std::array<int, 13> kSampleRates{96000, 88200, 64000, 48000, 44100, 32000, 24000,
                                           22050, 16000, 12000, 11025, 8000,  7350};

struct FrameHeader
{
    int sampleRateIndex = 0;
    int channelConfig = 0;
    long length = 0;
    int blocks = 0;
};

std::optional<FrameHeader> frameHeaderAt(TagLib::IOStream& stream, long offset)
{
    stream.seek(offset);
    const TagLib::ByteVector bytes = stream.readBlock(kHeaderSize);
    if (bytes.size() < kHeaderSize)
        return std::nullopt;
    const auto byte = [&bytes](int i) {
        return static_cast<unsigned char>(bytes[i]);
    };
    // Sync word 0xFFF, then MPEG-2/4 ID, layer 00.
    if (byte(0) != 0xFF || (byte(1) & 0xF6) != 0xF0)
        return std::nullopt;
    FrameHeader header;
    header.sampleRateIndex = (byte(2) >> 2) & 0x0F;
    header.channelConfig = ((byte(2) & 0x01) << 2) | (byte(3) >> 6);
    header.length = ((byte(3) & 0x03) << 11) | (byte(4) << 3) | (byte(5) >> 5);
    header.blocks = (byte(6) & 0x03) + 1;
    if (header.sampleRateIndex >= int(kSampleRates.size()) || header.length < kHeaderSize)
        return std::nullopt;
    return header;
}

// The offset past any ID3v2 tags at the start (taggers stack them).
long audioStart(TagLib::IOStream& stream)
{
    long offset = 0;
    for (;;) {
        stream.seek(offset);
        const TagLib::ByteVector header = stream.readBlock(10);
        if (header.size() < 10 || !header.startsWith("ID3"))
            return offset;
        long size = 0;
        for (int i = 6; i < 10; ++i)
            size = (size << 7) | (static_cast<unsigned char>(header[i]) & 0x7F);
        const bool footer = (static_cast<unsigned char>(header[5]) & 0x10) != 0;
        offset += 10 + size + (footer ? 10 : 0);
    }
}

} // namespace

std::optional<AdtsProperties> readAdtsProperties(TagLib::IOStream& stream)
{
    const long start = audioStart(stream);
    const long end = stream.length();
    const std::optional<FrameHeader> first = frameHeaderAt(stream, start);
    if (!first)
        return std::nullopt;
    const long second = start + first->length;
    if (second < end && !frameHeaderAt(stream, second))
        return std::nullopt;
    if (second > end)
        return std::nullopt;

    qint64 samples = 0;
    long offset = start;
    while (offset < end) {
        const std::optional<FrameHeader> header = frameHeaderAt(stream, offset);
        if (!header || offset + header->length > end)
            break;
        samples += qint64(header->blocks) * kSamplesPerBlock;
        offset += header->length;
    }
    AdtsProperties properties;
    properties.sampleRate = kSampleRates[std::size_t(first->sampleRateIndex)];
    properties.channels = first->channelConfig == 7 ? 8 : first->channelConfig;
    properties.durationMs = samples * 1000 / properties.sampleRate;
    if (properties.durationMs > 0)
        properties.bitrateKbps = int(qint64(offset - start) * 8 / properties.durationMs);
    return properties;
}

} // namespace liner::library
