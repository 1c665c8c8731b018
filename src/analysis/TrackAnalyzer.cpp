#include "analysis/TrackAnalyzer.h"

#include "analysis/AubioFunctions.h"
#include "analysis/KeyAnalyzer.h"
#include "analysis/LoudnessMeter.h"
#include "analysis/RhythmAnalyzer.h"
#include "analysis/TrackCharacter.h"
#include "engine/Decoder.h"

#include <cmath>

namespace liner::analysis {

std::optional<double> TrackAnalysis::truePeakDb() const
{
    if (truePeak <= 0.0)
        return std::nullopt;
    return 20.0 * std::log10(truePeak);
}

std::optional<double> TrackAnalysis::trackGainDb() const
{
    if (!loudnessLufs)
        return std::nullopt;
    return replayGainDb(*loudnessLufs);
}

TrackAnalysis analyseTrack(const QString& path, qint64 startUs, qint64 endUs,
                           const std::atomic<bool>* stop)
{
    TrackAnalysis analysis;
    engine::Decoder decoder;
    if (const QString problem = decoder.open(path, startUs, endUs); !problem.isEmpty()) {
        analysis.error = problem;
        return analysis;
    }
    if (const QString missing = loadAubio(); !missing.isEmpty()) {
        analysis.error = missing;
        return analysis;
    }
    const engine::StreamFormat format = decoder.format();
    const auto channels = std::size_t(format.channels);
    LoudnessMeter loudness(format.sampleRate, format.channels);
    RhythmAnalyzer rhythm(format.sampleRate);
    KeyAnalyzer key(format.sampleRate);
    WaveformBuilder waveform(format.sampleRate, format.channels);

    std::vector<float> frames;
    std::vector<float> mono;
    qint64 decoded = 0;
    while (decoder.decodeNext(frames)) {
        if (stop != nullptr && stop->load(std::memory_order_relaxed)) {
            analysis.error = QStringLiteral("analysis stopped");
            return analysis;
        }
        const std::size_t count = frames.size() / channels;
        mono.resize(count);
        for (std::size_t i = 0; i < count; ++i) {
            float sum = 0.0f;
            for (std::size_t c = 0; c < channels; ++c)
                sum += frames[i * channels + c];
            mono[i] = sum / float(channels);
        }
        loudness.add(frames.data(), count);
        rhythm.add(mono.data(), count);
        key.add(mono.data(), count);
        waveform.add(frames.data(), count);
        decoded += qint64(count);
    }
    if (!decoder.error().isEmpty()) {
        analysis.error = decoder.error();
        return analysis;
    }
    if (decoded == 0) {
        analysis.error = QStringLiteral("no audio to analyse");
        return analysis;
    }
    analysis.durationMs = decoded * 1000 / format.sampleRate;
    Loudness measured = loudness.finish();
    analysis.loudnessLufs = measured.integratedLufs;
    analysis.loudnessRangeLu = measured.rangeLu;
    analysis.truePeak = measured.truePeak;
    analysis.blockEnergies = std::move(measured.blockEnergies);
    const Rhythm found = rhythm.finish();
    analysis.tempoBpm = found.tempo.bpm;
    analysis.pulseClarity = found.tempo.pulseClarity;
    analysis.onsetsPerSecond = found.onsetsPerSecond;
    analysis.key = key.finish();
    analysis.energy =
        energyOf(analysis.loudnessLufs, found.onsetsPerSecond, found.tempo.pulseClarity);
    analysis.waveform = waveform.finish();
    return analysis;
}

} // namespace liner::analysis
