#pragma once

#include "analysis/MusicalKey.h"
#include "analysis/Waveform.h"

#include <QString>
#include <optional>
#include <vector>

namespace liner::analysis {

// Everything Liner measures of one track (a file, or a CUE sheet's range of one).
struct TrackAnalysis
{
    qint64 durationMs = 0;
    // EBU R128 integrated loudness and loudness range; empty for silence.
    std::optional<double> loudnessLufs;
    std::optional<double> loudnessRangeLu;
    double truePeak = 0.0; // linear, 4x oversampled
    std::optional<double> tempoBpm;
    std::optional<MusicalKey> key;
    double pulseClarity = 0.0;
    double onsetsPerSecond = 0.0;
    double energy = 0.0; // see energyOf()
    Waveform waveform;
    // The gating blocks' energies (see Loudness::blockEnergies): what album loudness is made of.
    std::vector<float> blockEnergies;
    // Why the track could not be analysed; the rest is then empty.
    QString error;

    bool isValid() const { return error.isEmpty(); }
    std::optional<double> truePeakDb() const;
    // ReplayGain 2.0 track gain: to -18 LUFS.
    std::optional<double> trackGainDb() const;
};

} // namespace liner::analysis
