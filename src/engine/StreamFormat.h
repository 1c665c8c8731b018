#pragma once

namespace liner::engine {

// What the device is asked to play: interleaved float32 frames at this rate and channel count.
struct StreamFormat
{
    int sampleRate = 0;
    int channels = 0;

    bool isValid() const { return sampleRate > 0 && channels > 0; }
    friend bool operator==(const StreamFormat&, const StreamFormat&) = default;
};

} // namespace liner::engine
