#pragma once

#include "engine/StreamFormat.h"

#include <QString>
#include <vector>

namespace liner::testing {

struct DecodedAudio
{
    engine::StreamFormat format;
    std::vector<float> samples; // interleaved
    QString error;
    qint64 frames() const { return format.channels ? qint64(samples.size()) / format.channels : 0; }
};

// The whole file through the engine's own Decoder: what a bit-perfect player must send.
DecodedAudio decodeFile(const QString& path);

} // namespace liner::testing
