#pragma once

#include "common/InputFile.h"
#include "engine/ByteSource.h"
#include "engine/DecoderView.h"

#include <QString>
#include <chrono>
#include <memory>
#include <optional>

struct AVIOContext;
struct AVIOInterruptCB;

namespace liner::engine {

// The file a Decoder reads, handed to FFmpeg through an AVIOContext of its own rather than by
// name: it is opened by its bytes under Liner's one rule (a FIFO or device is refused, never
// waited on), FFmpeg sees it through a DecoderView (no tags it would take a minute to store), and
// FFmpeg's interrupt callback ends whatever runs past a deadline. Or the bytes of a track that is
// no file here (a song on a server), read from the ByteSource that provides them.
class DecoderInput
{
public:
    explicit DecoderInput(const QString& path);
    explicit DecoderInput(std::unique_ptr<ByteSource> bytes);
    ~DecoderInput();
    DecoderInput(const DecoderInput&) = delete;
    DecoderInput& operator=(const DecoderInput&) = delete;

    // Empty when the file is open.
    const QString& error() const { return m_error; }
    AVIOContext* io() const { return m_io; }
    // For AVFormatContext::interrupt_callback: true once the deadline has passed.
    static int interrupted(void* input);
    void setDeadline(std::chrono::steady_clock::duration fromNow);
    void clearDeadline();
    bool timedOut() const { return m_timedOut; }
    bool readsByteSource() const { return m_bytes != nullptr; }
    // The next read would wait for bytes that have not arrived (a byte source only).
    bool wouldWait() const;
    // Why the last read failed, in the ByteSource's words (FFmpeg's would be "I/O error");
    // empty for a file.
    QString readError() const { return m_bytes ? m_bytes->error() : QString(); }

private:
    static int read(void* input, unsigned char* into, int length);
    static int64_t seek(void* input, int64_t offset, int whence);
    bool pastDeadline();
    void makeContext();

    std::optional<InputFile> m_file; // none when the bytes come from m_bytes
    DecoderView m_view;
    std::unique_ptr<ByteSource> m_bytes;
    AVIOContext* m_io = nullptr;
    qint64 m_position = 0;
    QString m_error;
    std::chrono::steady_clock::time_point m_deadline = std::chrono::steady_clock::time_point::max();
    bool m_timedOut = false;
};

} // namespace liner::engine
