#pragma once

#include <QtGlobal>
#include <optional>
#include <taglib/tiostream.h>

namespace liner::library {

// What the frame headers of an ADTS AAC stream say. TagLib 1.13 reads ADTS files' ID3 tags but
// not their audio (TagLib::MPEG takes only MPEG audio layers 1-3), so a bare `.aac` stream, or
// one renamed `.m4a`, would be listed with no length, rate or codec.
struct AdtsProperties
{
    int sampleRate = 0;
    int channels = 0; // 0 when the stream names its channels in a program config element
    qint64 durationMs = 0;
    int bitrateKbps = 0;
};

// Walks the frame headers once from the start (after ID3v2 tags) to the first byte that is not a
// frame header; nullopt unless the stream starts with two consecutive frames (or is one whole
// frame).
std::optional<AdtsProperties> readAdtsProperties(TagLib::IOStream& stream);

} // namespace liner::library
