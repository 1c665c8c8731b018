#include "engine/AudioOutput.h"

#include "engine/ClocklessSink.h"
#include "engine/PortAudioSession.h"
#include "engine/RingBuffer.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <portaudio.h>
#include <vector>

namespace liner::engine {

namespace {

PaStream* asStream(void* stream)
{
    return static_cast<PaStream*>(stream);
}

PaDeviceIndex findDevice(const QString& name)
{
    if (name.isEmpty())
        return Pa_GetDefaultOutputDevice();
    for (PaDeviceIndex i = 0; i < Pa_GetDeviceCount(); ++i) {
        const PaDeviceInfo* info = Pa_GetDeviceInfo(i);
        if (info->maxOutputChannels > 0 && QString::fromUtf8(info->name) == name)
            return i;
    }
    return paNoDevice;
}

bool isClockless(PaDeviceIndex device)
{
    const PaDeviceInfo* info = Pa_GetDeviceInfo(device);
    const PaHostApiInfo* host = Pa_GetHostApiInfo(info->hostApi);
    return host != nullptr && host->type == paALSA &&
           isClocklessAlsaPcm(QString::fromUtf8(info->name));
}

// A volume change glides over this long so that no step in gain is heard as a click.
constexpr double kGainRampSeconds = 0.010;
// The push thread hands the device this many frames at most per write.
constexpr std::size_t kPushFrames = 4096;
// How long the push thread sleeps when the ring is empty; a clockless sink never misses it.
constexpr auto kPushIdle = std::chrono::milliseconds(1);

int streamCallback(const void* /*input*/, void* output, unsigned long frameCount,
                   const PaStreamCallbackTimeInfo* /*timeInfo*/, PaStreamCallbackFlags /*flags*/,
                   void* userData)
{
    static_cast<AudioOutput*>(userData)->render(static_cast<float*>(output), frameCount);
    return paContinue;
}

} // namespace

AudioOutput::AudioOutput(RingBuffer& ring) : m_ring(ring)
{
    PortAudioSession::acquire();
}

AudioOutput::~AudioOutput()
{
    close();
    PortAudioSession::release();
}

QStringList AudioOutput::deviceNames()
{
    PortAudioSession::acquire();
    QStringList names;
    for (PaDeviceIndex i = 0; i < Pa_GetDeviceCount(); ++i) {
        const PaDeviceInfo* info = Pa_GetDeviceInfo(i);
        if (info->maxOutputChannels > 0)
            names << QString::fromUtf8(info->name);
    }
    PortAudioSession::release();
    return names;
}

StreamFormat AudioOutput::supportedFormat(StreamFormat wanted, const QString& deviceName) const
{
    const PaDeviceIndex device = findDevice(deviceName);
    if (device == paNoDevice)
        return wanted;
    const auto supports = [device](int channels, int rate) {
        PaStreamParameters parameters{};
        parameters.device = device;
        parameters.channelCount = channels;
        parameters.sampleFormat = paFloat32;
        parameters.suggestedLatency = Pa_GetDeviceInfo(device)->defaultHighOutputLatency;
        return Pa_IsFormatSupported(nullptr, &parameters, rate) == paFormatIsSupported;
    };
    if (supports(wanted.channels, wanted.sampleRate))
        return wanted;
    const int deviceChannels = Pa_GetDeviceInfo(device)->maxOutputChannels;
    std::vector<int> channelChoices{std::min(wanted.channels, deviceChannels)};
    if (channelChoices.front() < 2 && deviceChannels >= 2)
        channelChoices.push_back(2);
    std::vector<int> rates{8000,  11025, 16000,  22050,  32000,  44100, 48000,
                           88200, 96000, 176400, 192000, 352800, 384000};
    // The lowest rate at or above the wanted one first, then downwards from the highest below.
    const auto above = std::lower_bound(rates.begin(), rates.end(), wanted.sampleRate);
    std::reverse(rates.begin(), above);
    std::rotate(rates.begin(), above, rates.end());
    rates.insert(rates.begin(), wanted.sampleRate);
    for (const int channels : channelChoices) {
        for (const int rate : rates) {
            if (channels > 0 && supports(channels, rate))
                return {rate, channels};
        }
    }
    return wanted;
}

QString AudioOutput::open(StreamFormat format, const QString& deviceName)
{
    close();
    const PaDeviceIndex device = findDevice(deviceName);
    if (device == paNoDevice)
        return deviceName.isEmpty()
                   ? QStringLiteral("no audio output device")
                   : QStringLiteral("no output device named \"%1\"").arg(deviceName);
    const PaDeviceInfo* info = Pa_GetDeviceInfo(device);
    PaStreamParameters parameters{};
    parameters.device = device;
    parameters.channelCount = format.channels;
    parameters.sampleFormat = paFloat32;
    parameters.suggestedLatency = info->defaultHighOutputLatency;
    m_push = isClockless(device);
    PaStream* stream = nullptr;
    // paDitherOff and paClipOff: the device gets our float frames untouched.
    const PaError rc = Pa_OpenStream(&stream, nullptr, &parameters, format.sampleRate,
                                     paFramesPerBufferUnspecified, paDitherOff | paClipOff,
                                     m_push ? nullptr : &streamCallback, this);
    if (rc != paNoError)
        return QString::fromUtf8(Pa_GetErrorText(rc));
    m_stream = stream;
    m_format = format;
    const PaStreamInfo* streamInfo = Pa_GetStreamInfo(stream);
    m_latencyFrames = streamInfo ? std::int64_t(streamInfo->outputLatency * format.sampleRate) : 0;
    m_framesConsumed.store(0);
    setTrackGain(m_trackGain, INT64_MAX);
    m_currentGain = m_targetGain.load() * m_trackGain;
    m_gainStep = float(1.0 / (kGainRampSeconds * format.sampleRate));
    if (m_push)
        m_pushBuffer = std::make_unique<float[]>(kPushFrames * std::size_t(format.channels));
    return {};
}

void AudioOutput::close()
{
    if (m_stream == nullptr)
        return;
    abort();
    Pa_CloseStream(asStream(m_stream));
    m_stream = nullptr;
    m_format = {};
}

QString AudioOutput::start()
{
    if (m_stream == nullptr)
        return QStringLiteral("no open stream");
    if (Pa_IsStreamActive(asStream(m_stream)) == 1)
        return {};
    if (Pa_IsStreamStopped(asStream(m_stream)) != 1)
        Pa_AbortStream(asStream(m_stream));
    const PaError rc = Pa_StartStream(asStream(m_stream));
    if (rc != paNoError)
        return QString::fromUtf8(Pa_GetErrorText(rc));
    m_running = true;
    m_writeFailed.store(false);
    if (m_push) {
        m_pushDrain.store(false);
        m_pushRunning.store(true);
        m_pushThread = std::thread(&AudioOutput::pushLoop, this);
    }
    return {};
}

void AudioOutput::drainAndStop()
{
    if (m_stream == nullptr)
        return;
    if (m_push && m_pushThread.joinable()) {
        m_pushDrain.store(true);
        m_pushThread.join();
    }
    if (Pa_IsStreamStopped(asStream(m_stream)) == 0)
        Pa_StopStream(asStream(m_stream));
    m_running = false;
}

void AudioOutput::abort()
{
    if (m_stream == nullptr)
        return;
    stopPushThread();
    if (Pa_IsStreamStopped(asStream(m_stream)) == 0)
        Pa_AbortStream(asStream(m_stream));
    m_running = false;
}

bool AudioOutput::hasFailed() const
{
    // A callback stream only stops by itself on an error: the callback always asks for more.
    return m_stream != nullptr && m_running &&
           (m_writeFailed.load(std::memory_order_acquire) ||
            Pa_IsStreamActive(asStream(m_stream)) != 1);
}

void AudioOutput::stopPushThread()
{
    if (!m_pushThread.joinable())
        return;
    m_pushRunning.store(false);
    m_pushThread.join();
}

std::size_t AudioOutput::takeFrames(float* output, std::size_t frames)
{
    const auto channels = std::size_t(m_format.channels);
    // Whole frames only, so a channel never slips into its neighbour's place.
    const std::size_t available = m_ring.readable() / channels;
    return m_ring.read(output, std::min(frames, available) * channels) / channels;
}

void AudioOutput::setTrackGain(float gain, std::int64_t atFrame)
{
    const std::uint32_t sequence = m_trackGainSequence.load(std::memory_order_relaxed);
    m_trackGainSequence.store(sequence + 1, std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_release);
    m_trackGainFrame.store(atFrame, std::memory_order_relaxed);
    m_trackGainValue.store(gain, std::memory_order_relaxed);
    m_trackGainSequence.store(sequence + 2, std::memory_order_release);
}

void AudioOutput::resetTrackGain(float gain)
{
    setTrackGain(gain, INT64_MAX);
    m_trackGain = gain;
    m_currentGain = m_targetGain.load() * gain;
}

void AudioOutput::applyGain(float* samples, std::size_t frames, std::int64_t firstFrame)
{
    // A change being published right now is taken on the next call.
    const std::uint32_t sequence = m_trackGainSequence.load(std::memory_order_acquire);
    const std::int64_t changeAt = m_trackGainFrame.load(std::memory_order_relaxed);
    const float changeTo = m_trackGainValue.load(std::memory_order_relaxed);
    std::atomic_thread_fence(std::memory_order_acquire);
    const bool changeValid =
        sequence % 2 == 0 && m_trackGainSequence.load(std::memory_order_relaxed) == sequence;
    std::size_t before = frames;
    if (changeValid && changeAt < firstFrame + std::int64_t(frames))
        before = std::size_t(std::max<std::int64_t>(0, changeAt - firstFrame));
    const float volume = m_targetGain.load(std::memory_order_relaxed);
    rampGain(samples, before, volume * m_trackGain);
    if (before < frames) {
        m_trackGain = changeTo;
        const auto channels = std::size_t(m_format.channels);
        rampGain(samples + before * channels, frames - before, volume * m_trackGain);
    }
}

void AudioOutput::rampGain(float* samples, std::size_t frames, float target)
{
    if (m_currentGain == target && target == 1.0F)
        return;
    const auto channels = std::size_t(m_format.channels);
    for (std::size_t frame = 0; frame < frames; ++frame) {
        if (m_currentGain < target)
            m_currentGain = std::min(target, m_currentGain + m_gainStep);
        else if (m_currentGain > target)
            m_currentGain = std::max(target, m_currentGain - m_gainStep);
        for (std::size_t c = 0; c < channels; ++c)
            samples[frame * channels + c] *= m_currentGain;
    }
}

void AudioOutput::render(float* output, unsigned long frameCount)
{
    const std::size_t got = takeFrames(output, frameCount);
    if (got < frameCount) {
        // The decoder fell behind: silence rather than stale or half-written frames.
        const auto channels = std::size_t(m_format.channels);
        std::memset(output + got * channels, 0, (frameCount - got) * channels * sizeof(float));
    }
    publishConsumed(output, got);
    // The silence after them is not counted, but the gain glides on through it.
    if (got < frameCount) {
        const auto channels = std::size_t(m_format.channels);
        rampGain(output + got * channels, frameCount - got,
                 m_targetGain.load(std::memory_order_relaxed) * m_trackGain);
    }
}

void AudioOutput::publishConsumed(float* frames, std::size_t count)
{
    // Counted only once their gain is applied: a track-gain change is then in use by the time
    // framesConsumed() has passed its frame.
    const std::int64_t first = m_framesConsumed.load(std::memory_order_relaxed);
    applyGain(frames, count, first);
    m_framesConsumed.store(first + std::int64_t(count), std::memory_order_release);
}

void AudioOutput::pushLoop()
{
    while (m_pushRunning.load(std::memory_order_acquire)) {
        const std::size_t got = takeFrames(m_pushBuffer.get(), kPushFrames);
        if (got == 0) {
            if (m_pushDrain.load(std::memory_order_acquire))
                return;
            std::this_thread::sleep_for(kPushIdle);
            continue;
        }
        publishConsumed(m_pushBuffer.get(), got);
        const PaError rc =
            Pa_WriteStream(asStream(m_stream), m_pushBuffer.get(), (unsigned long)got);
        if (rc != paNoError && rc != paOutputUnderflowed) {
            m_writeFailed.store(true, std::memory_order_release);
            return;
        }
    }
}

} // namespace liner::engine
