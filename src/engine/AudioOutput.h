#pragma once

#include "engine/StreamFormat.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <memory>
#include <thread>

namespace liner::engine {

class RingBuffer;

// One PortAudio output stream fed from a RingBuffer.
//
// A device with a clock (a sound card, PulseAudio, JACK) pulls frames through PortAudio's
// real-time callback, which only copies from the ring and applies gain: no lock, no allocation,
// no I/O, no logging, no signal. A sink without a clock (ALSA's null PCM, or a file PCM writing
// over it) would call that callback back to back, faster than any decoder, and every empty call
// would put invented silence into the output; such a sink is fed instead by a push thread that
// waits for decoded frames and hands them over with blocking writes, so it gets exactly the
// decoded frames and nothing else.
class AudioOutput
{
public:
    explicit AudioOutput(RingBuffer& ring);
    ~AudioOutput();
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;

    // Names of the output devices PortAudio offers, in its order.
    static QStringList deviceNames();

    // `wanted` when the device takes it; otherwise the nearest format it does take: no more
    // channels than it has (at least two), and the lowest standard rate at or above the wanted one
    // (else the highest below it). `wanted` again when nothing fits, for open() to report.
    StreamFormat supportedFormat(StreamFormat wanted, const QString& deviceName = {}) const;

    // Opens (but does not start) a float32 stream; an empty device name means the default device.
    // Returns an empty string on success, otherwise a readable reason.
    QString open(StreamFormat format, const QString& deviceName = {});
    void close();
    bool isOpen() const { return m_stream != nullptr; }
    StreamFormat format() const { return m_format; }
    bool isPushFed() const { return m_push; }

    QString start();
    // Lets everything in the ring and in the device play out, then stops.
    void drainAndStop();
    // Stops at once, dropping what the device holds.
    void abort();

    // The started stream has stopped by itself or its writes fail: the device has gone.
    bool hasFailed() const;

    // Frames taken from the ring since open().
    std::int64_t framesConsumed() const { return m_framesConsumed.load(std::memory_order_acquire); }
    // Frames between leaving the ring and reaching the listener.
    std::int64_t latencyFrames() const { return m_latencyFrames; }

    // The volume; what is applied is volume x track gain, glided to over a short ramp whenever
    // either changes. 1.0 x 1.0 is unity: frames then pass through untouched (bit-perfect).
    void setGain(float gain) { m_targetGain.store(gain, std::memory_order_relaxed); }
    // The track gain (ReplayGain) from frame `atFrame` on, counted like framesConsumed(), so a
    // new track's gain begins with its first frame. One change is held at a time: make the next
    // only once framesConsumed() has passed `atFrame`, the frame it has then been applied by.
    void setTrackGain(float gain, std::int64_t atFrame);
    // While the stream is stopped: the track gain from the next frame on, at once, without a ramp.
    void resetTrackGain(float gain);

    // The real-time callback's work, called on PortAudio's thread only.
    void render(float* output, unsigned long frameCount);

private:
    // Copies up to `frames` whole frames from the ring; returns how many.
    std::size_t takeFrames(float* output, std::size_t frames);
    // Applies the gain to `frames` frames, the first of which is frame `firstFrame` of the stream.
    void applyGain(float* samples, std::size_t frames, std::int64_t firstFrame);
    void rampGain(float* samples, std::size_t frames, float target);
    // Applies the gain to frames just taken from the ring and adds them to framesConsumed().
    void publishConsumed(float* frames, std::size_t count);
    void pushLoop();
    void stopPushThread();

    RingBuffer& m_ring;
    void* m_stream = nullptr;
    StreamFormat m_format;
    bool m_push = false;
    bool m_running = false;                 // started and not stopped since
    std::atomic<bool> m_writeFailed{false}; // the push thread's last write failed
    std::int64_t m_latencyFrames = 0;
    std::atomic<std::int64_t> m_framesConsumed{0};
    std::atomic<float> m_targetGain{1.0F};
    float m_currentGain = 1.0F; // owned by whichever thread feeds the device
    float m_gainStep = 0.0F;    // per-frame ramp increment, fixed at open()
    float m_trackGain = 1.0F;   // owned by whichever thread feeds the device
    // The pending track-gain change, published as a sequence lock so the feeding thread never
    // pairs one change's frame with another's gain, and never waits.
    std::atomic<std::uint32_t> m_trackGainSequence{0};
    std::atomic<std::int64_t> m_trackGainFrame{INT64_MAX};
    std::atomic<float> m_trackGainValue{1.0F};

    std::thread m_pushThread;
    std::atomic<bool> m_pushRunning{false};
    std::atomic<bool> m_pushDrain{false}; // finish when the ring is empty instead of waiting
    std::unique_ptr<float[]> m_pushBuffer;
};

} // namespace liner::engine
