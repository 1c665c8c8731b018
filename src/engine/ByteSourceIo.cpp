#include "engine/ByteSourceIo.h"

extern "C" {
#include <libavformat/avio.h>
#include <libavutil/error.h>
#include <libavutil/mem.h>
}

namespace liner::engine {

namespace {

// FFmpeg's own default for file I/O; large enough that a network source is not asked for every
// few bytes.
constexpr int kBufferBytes = 64 * 1024;

} // namespace

ByteSourceIo::ByteSourceIo(std::unique_ptr<ByteSource> source) : m_source(std::move(source))
{
    auto* buffer = static_cast<unsigned char*>(av_malloc(kBufferBytes));
    if (buffer == nullptr)
        return;
    m_context = avio_alloc_context(buffer, kBufferBytes, 0, this, &ByteSourceIo::readPacket,
                                   nullptr, &ByteSourceIo::seek);
    if (m_context == nullptr)
        av_free(buffer);
}

ByteSourceIo::~ByteSourceIo()
{
    if (m_context == nullptr)
        return;
    // FFmpeg may have replaced the buffer it was given; free whichever it holds now.
    av_freep(&m_context->buffer);
    avio_context_free(&m_context);
}

int ByteSourceIo::readPacket(void* opaque, std::uint8_t* buffer, int size)
{
    auto* io = static_cast<ByteSourceIo*>(opaque);
    const qint64 read = io->m_source->read(io->m_position, reinterpret_cast<char*>(buffer), size);
    if (read < 0)
        return AVERROR(EIO);
    if (read == 0)
        return AVERROR_EOF;
    io->m_position += read;
    return int(read);
}

std::int64_t ByteSourceIo::seek(void* opaque, std::int64_t offset, int whence)
{
    auto* io = static_cast<ByteSourceIo*>(opaque);
    const qint64 size = io->m_source->size();
    switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE:
        return size >= 0 ? size : AVERROR(ENOSYS);
    case SEEK_SET:
        break;
    case SEEK_CUR:
        offset += io->m_position;
        break;
    case SEEK_END:
        if (size < 0)
            return AVERROR(ENOSYS);
        offset += size;
        break;
    default:
        return AVERROR(EINVAL);
    }
    if (offset < 0)
        return AVERROR(EINVAL);
    io->m_position = offset;
    return offset;
}

} // namespace liner::engine
