#include "engine/DecoderInput.h"

#include "engine/FfmpegFunctions.h"

namespace liner::engine {

namespace {

constexpr int kBufferBytes = 64 * 1024;

} // namespace

DecoderInput::DecoderInput(const QString& path) : m_file(std::in_place, path)
{
    if (!m_file->isOpen()) {
        m_error = m_file->error();
        return;
    }
    m_view = DecoderView::of(*m_file);
    makeContext();
}

DecoderInput::DecoderInput(std::unique_ptr<ByteSource> bytes) : m_bytes(std::move(bytes))
{
    makeContext();
}

void DecoderInput::makeContext()
{
    auto* buffer = static_cast<unsigned char*>(ffmpeg().av_malloc(kBufferBytes));
    m_io = buffer == nullptr
               ? nullptr
               : ffmpeg().avio_alloc_context(buffer, kBufferBytes, 0, this, &DecoderInput::read,
                                             nullptr, &DecoderInput::seek);
    if (m_io == nullptr) {
        ffmpeg().av_free(buffer);
        m_error = QStringLiteral("out of memory");
    }
}

DecoderInput::~DecoderInput()
{
    if (m_io != nullptr) {
        ffmpeg().av_freep(&m_io->buffer);
        ffmpeg().avio_context_free(&m_io);
    }
}

bool DecoderInput::wouldWait() const
{
    if (!m_bytes)
        return false;
    // One refill of FFmpeg's buffer: a packet, which is what one decodeNext() reads, is far
    // smaller, and a read returns what has arrived rather than waiting for all it asked for.
    const qint64 available = m_bytes->available(m_position);
    return available >= 0 && available < kBufferBytes;
}

int DecoderInput::interrupted(void* input)
{
    return static_cast<DecoderInput*>(input)->pastDeadline() ? 1 : 0;
}

void DecoderInput::setDeadline(std::chrono::steady_clock::duration fromNow)
{
    m_deadline = std::chrono::steady_clock::now() + fromNow;
    if (m_bytes)
        m_bytes->setDeadline(m_deadline);
}

void DecoderInput::clearDeadline()
{
    m_deadline = std::chrono::steady_clock::time_point::max();
    if (m_bytes)
        m_bytes->setDeadline(m_deadline);
}

bool DecoderInput::pastDeadline()
{
    if (m_deadline != std::chrono::steady_clock::time_point::max() &&
        std::chrono::steady_clock::now() > m_deadline)
        m_timedOut = true;
    return m_timedOut;
}

int DecoderInput::read(void* opaque, unsigned char* into, int length)
{
    auto* input = static_cast<DecoderInput*>(opaque);
    if (input->pastDeadline())
        return AVERROR_EXIT;
    const qint64 got =
        input->m_bytes
            ? input->m_bytes->read(input->m_position, reinterpret_cast<char*>(into), length)
            : input->m_view.read(*input->m_file, reinterpret_cast<char*>(into), length,
                                 input->m_position);
    if (got < 0)
        return AVERROR(EIO);
    if (got == 0)
        return AVERROR_EOF;
    input->m_position += got;
    return int(got);
}

int64_t DecoderInput::seek(void* opaque, int64_t offset, int whence)
{
    auto* input = static_cast<DecoderInput*>(opaque);
    // A byte source may not know its length (a transcoded stream).
    const qint64 size =
        input->m_bytes ? input->m_bytes->size() : input->m_view.end - input->m_view.start;
    switch (whence & ~AVSEEK_FORCE) {
    case AVSEEK_SIZE:
        return size >= 0 ? size : AVERROR(ENOSYS);
    case SEEK_SET:
        break;
    case SEEK_CUR:
        offset += input->m_position;
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
    input->m_position = offset;
    return offset;
}

} // namespace liner::engine
