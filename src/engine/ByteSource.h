#pragma once

#include <QString>
#include <chrono>
#include <functional>
#include <memory>

namespace liner::engine {

// The bytes of a track that is not a file on this machine (a song on a music server), read by the
// decoder through FFmpeg's I/O callbacks. The engine never learns where they come from: whoever
// registers an opener (see PlaybackEngine::setByteSourceOpener) fetches, caches and waits.
//
// Called on the engine thread only, never from the audio callback. read() may wait for bytes to
// arrive, but only as long as the provider's own timeout allows, so a stalled source ends in an
// error rather than a hung engine. While playing, the engine asks available() first and leaves
// decoding for its next round when little has arrived, so commands (pause, stop) are carried out
// at once even while the network stalls.
class ByteSource
{
public:
    ByteSource() = default;
    virtual ~ByteSource() = default;
    ByteSource(const ByteSource&) = delete;
    ByteSource& operator=(const ByteSource&) = delete;

    // Copies up to `size` bytes starting at `offset` into `data`. Returns how many were copied,
    // 0 at the end of the data, or -1 on failure (error() says why).
    virtual qint64 read(qint64 offset, char* data, qint64 size) = 0;
    // The length in bytes, or -1 while it is not known (a transcoded stream).
    virtual qint64 size() const = 0;
    // How many bytes from `offset` read() gives at once, without waiting; -1 when a read would not
    // wait at all (everything is there, or the source has failed or ended).
    virtual qint64 available(qint64 /*offset*/) const { return -1; }
    // No read() or size() waits past `until`: the deadline the engine gives a track to open,
    // the same as a file's. time_point::max() lifts it.
    virtual void setDeadline(std::chrono::steady_clock::time_point /*until*/) {}
    virtual QString error() const = 0;
};

// Opens the bytes of a location such as "subsonic://NAME@HOST:PORT/song/ID"; returns nullptr and
// sets `error` when there are none to read.
using ByteSourceOpener =
    std::function<std::unique_ptr<ByteSource>(const QString& location, QString& error)>;

} // namespace liner::engine
