#pragma once

#include "engine/ByteSource.h"

#include <cstdint>
#include <memory>

struct AVIOContext;

namespace liner::engine {

// FFmpeg's I/O over a ByteSource: the decoder opens its format context on context() instead of a
// path. Owns the source; must outlive the format context that reads through it.
class ByteSourceIo
{
public:
    explicit ByteSourceIo(std::unique_ptr<ByteSource> source);
    ~ByteSourceIo();
    ByteSourceIo(const ByteSourceIo&) = delete;
    ByteSourceIo& operator=(const ByteSourceIo&) = delete;

    // Null when FFmpeg could not allocate it.
    AVIOContext* context() const { return m_context; }
    // Why the last read failed, in the source's words (FFmpeg's would only say "I/O error").
    QString error() const { return m_source->error(); }

private:
    static int readPacket(void* opaque, std::uint8_t* buffer, int size);
    static std::int64_t seek(void* opaque, std::int64_t offset, int whence);

    std::unique_ptr<ByteSource> m_source;
    std::int64_t m_position = 0;
    AVIOContext* m_context = nullptr;
};

} // namespace liner::engine
