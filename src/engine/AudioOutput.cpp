#include "AudioOutput.h"

#include "PortAudioSession.h"
#include "RingBuffer.h"

#include <algorithm>
#include <cstring>
#include <portaudio.h>

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

// A volume change glides over this long so that no step in gain is heard as a click.
constexpr double kGainRampSeconds = 0.010;

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
    PaStream* stream = nullptr;
    // paDitherOff and paClipOff: the device gets our float frames untouched.
    const PaError rc =
        Pa_OpenStream(&stream, nullptr, &parameters, format.sampleRate,
                      paFramesPerBufferUnspecified, paDitherOff | paClipOff, &streamCallback, this);
    if (rc != paNoError)
        return QString::fromUtf8(Pa_GetErrorText(rc));
    m_stream = stream;
    m_format = format;
    const PaStreamInfo* streamInfo = Pa_GetStreamInfo(stream);
    m_latencyFrames = streamInfo ? std::int64_t(streamInfo->outputLatency * format.sampleRate) : 0;
    m_framesConsumed.store(0);
    m_underrunFrames.store(0);
    m_currentGain = m_targetGain.load();
    m_gainStep = float(1.0 / (kGainRampSeconds * format.sampleRate));
    return {};
}

void AudioOutput::close()
{
    if (m_stream == nullptr)
        return;
    Pa_AbortStream(asStream(m_stream));
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
    return rc == paNoError ? QString() : QString::fromUtf8(Pa_GetErrorText(rc));
}

void AudioOutput::drainAndStop()
{
    if (m_stream != nullptr && Pa_IsStreamStopped(asStream(m_stream)) == 0)
        Pa_StopStream(asStream(m_stream));
}

void AudioOutput::abort()
{
    if (m_stream != nullptr && Pa_IsStreamStopped(asStream(m_stream)) == 0)
        Pa_AbortStream(asStream(m_stream));
}

void AudioOutput::render(float* output, unsigned long frameCount)
{
    const auto channels = std::size_t(m_format.channels);
    const std::size_t wanted = frameCount * channels;
    const std::size_t got = m_ring.read(output, wanted);
    if (got < wanted) {
        std::memset(output + got, 0, (wanted - got) * sizeof(float));
        m_underrunFrames.fetch_add(std::int64_t((wanted - got) / channels),
                                   std::memory_order_relaxed);
    }
    m_framesConsumed.fetch_add(std::int64_t(got / channels), std::memory_order_release);

    const float target = m_targetGain.load(std::memory_order_relaxed);
    if (m_currentGain == target && target == 1.0F)
        return;
    for (unsigned long frame = 0; frame < frameCount; ++frame) {
        if (m_currentGain < target)
            m_currentGain = std::min(target, m_currentGain + m_gainStep);
        else if (m_currentGain > target)
            m_currentGain = std::max(target, m_currentGain - m_gainStep);
        for (std::size_t c = 0; c < channels; ++c)
            output[frame * channels + c] *= m_currentGain;
    }
}

} // namespace liner::engine
