#pragma once

#include "StreamFormat.h"

#include <QString>
#include <memory>
#include <vector>

namespace liner::engine {

// Decodes one audio file with FFmpeg into interleaved float frames at the file's own rate and
// channel count: only the sample format changes, so lossless sources come out bit-exact.
class Decoder
{
public:
    Decoder();
    ~Decoder();
    Decoder(const Decoder&) = delete;
    Decoder& operator=(const Decoder&) = delete;

    // Returns an empty string on success, otherwise why the file cannot be played.
    QString open(const QString& path);
    const QString& path() const { return m_path; }
    StreamFormat format() const;
    // Length in frames as the container states it, or -1 when unknown.
    qint64 durationFrames() const;

    // Replaces `frames` with the next decoded block. Returns false at the end of the stream or on
    // an error that ends it; error() then tells which.
    bool decodeNext(std::vector<float>& frames);
    const QString& error() const { return m_error; }

    // Positions the decoder so the next block starts at `frame` (exactly, for sample-accurate
    // containers: frames before the target are decoded and dropped).
    bool seek(qint64 frame);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_path;
    QString m_error;
};

} // namespace liner::engine
