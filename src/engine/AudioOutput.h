#pragma once

#include "StreamFormat.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <cstdint>

namespace liner::engine {

class RingBuffer;

// One PortAudio output stream fed from a RingBuffer. Everything the real-time callback touches is
// either the ring buffer or an atomic: it copies frames and applies gain, nothing more.
class AudioOutput
{
public:
    explicit AudioOutput(RingBuffer& ring);
    ~AudioOutput();
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;

    // Names of the output devices PortAudio offers, in its order.
    static QStringList deviceNames();

    // Opens (but does not start) a float32 stream; an empty device name means the default device.
    // Returns an empty string on success, otherwise a readable reason.
    QString open(StreamFormat format, const QString& deviceName = {});
    void close();
    bool isOpen() const { return m_stream != nullptr; }
    StreamFormat format() const { return m_format; }

    QString start();
    // Lets what the device already holds play out, then stops.
    void drainAndStop();
    // Stops at once, dropping what the device holds.
    void abort();

    // Frames the callback has taken from the ring since open().
    std::int64_t framesConsumed() const { return m_framesConsumed.load(std::memory_order_acquire); }
    // Frames of silence the callback had to invent because the ring ran dry while playing.
    std::int64_t underrunFrames() const { return m_underrunFrames.load(std::memory_order_relaxed); }
    // Frames between leaving the callback and reaching the listener.
    std::int64_t latencyFrames() const { return m_latencyFrames; }

    // 1.0 is unity: frames then pass through untouched (bit-perfect).
    void setGain(float gain) { m_targetGain.store(gain, std::memory_order_relaxed); }

    // The real-time part, called on PortAudio's thread only.
    void render(float* output, unsigned long frameCount);

private:
    RingBuffer& m_ring;
    void* m_stream = nullptr;
    StreamFormat m_format;
    std::int64_t m_latencyFrames = 0;
    std::atomic<std::int64_t> m_framesConsumed{0};
    std::atomic<std::int64_t> m_underrunFrames{0};
    std::atomic<float> m_targetGain{1.0F};
    float m_currentGain = 1.0F; // owned by the callback
    float m_gainStep = 0.0F;    // per-frame ramp increment, fixed at open()
};

} // namespace liner::engine
