#pragma once

#include "engine/ByteSource.h"
#include "engine/StreamFormat.h"

#include <QString>
#include <memory>
#include <vector>

namespace liner::engine {

// Decodes one audio file, or a range of one, with FFmpeg into interleaved float frames at the
// file's own rate and channel count: only the sample format changes, so lossless sources come out
// bit-exact.
class Decoder
{
public:
    Decoder();
    ~Decoder();
    Decoder(const Decoder&) = delete;
    Decoder& operator=(const Decoder&) = delete;

    // Opens `path` positioned at frame round(startUs * rate / 1e6); decoding ends at frame
    // round(endUs * rate / 1e6), or at the end of the file when endUs is negative.
    // Returns an empty string on success, otherwise why the file cannot be played: a file or
    // range without a single frame of audio included. With `bytes`, the data is read from there
    // and `path` only names it.
    QString open(const QString& path, qint64 startUs = 0, qint64 endUs = -1,
                 std::unique_ptr<ByteSource> bytes = {});
    const QString& path() const { return m_path; }
    // The data comes through a ByteSource rather than from a file.
    bool readsByteSource() const;
    // decodeNext() would wait for bytes that have not arrived yet.
    bool wouldWait() const;
    // The format of the frames decodeNext() gives: the file's own, or what convertTo() set.
    StreamFormat format() const;
    StreamFormat sourceFormat() const;
    // From now on, blocks come resampled and down- or upmixed to `target` (for a device that
    // rejects the file's own format). Returns an empty string on success.
    QString convertTo(StreamFormat target);
    // Length of the range in frames of format() (of the file, as its container states it, for an
    // open-ended range), or -1 when unknown.
    qint64 durationFrames() const;
    // Where the range ends in the file, in microseconds as open() was given it; -1: at the end.
    qint64 endUs() const { return m_endUs; }

    // Once decodeNext() has reached the end of a range, goes on into the range that follows it in
    // the same file (from the old end to `endUs`) with the decoder as it is: no seek, and the
    // frames already decoded past the old end are the new range's first. False when the decoder
    // did not stop at the end of a range, or the new range holds no audio.
    bool continueTo(qint64 endUs);

    // Replaces `frames` with the next decoded block. Returns false at the end of the stream or on
    // an error that ends it; error() then tells which.
    bool decodeNext(std::vector<float>& frames);
    const QString& error() const { return m_error; }
    // Frames the codec has produced since open(), those dropped included: the work a seek cost.
    qint64 framesDecoded() const;

    // Positions the decoder so the next block starts at `frame` (of format()) of the range
    // (exactly, for
    // sample-accurate containers: frames before the target are decoded and dropped).
    bool seek(qint64 frame);

private:
    // Decodes the range's first block ahead and keeps it for decodeNext(); says why when there
    // is none.
    QString holdFirstBlock();
    // The next block of the range in the source format.
    bool decodeRange(std::vector<float>& frames);
    // The next block as the codec gives it, from d->position on.
    bool decodeBlock(std::vector<float>& frames);
    bool seekInFile(qint64 frame);
    QString readError(int code) const;
    // Length of the whole file, and where the range ends in it (-1: unknown).
    qint64 fileFrames() const;
    qint64 lastFrame() const;

    struct Impl;
    std::unique_ptr<Impl> d;
    QString m_path;
    QString m_error;
    qint64 m_endUs = -1;
};

} // namespace liner::engine
