#pragma once

#include <QStringList>
#include <QTextStream>

namespace liner::app {

// `liner --analyze PATH... [--json]`: measures every track under PATH (or takes it from the
// analysis cache when the file is unchanged) and prints, per track, loudness, true peak,
// loudness range, ReplayGain track and album gain, tempo, key, energy, face and the waveform.
// Returns the exit code: 0 when any track was measured, 1 when none could be.
int runAnalyze(const QStringList& paths, bool json, const QString& cachePath, QTextStream& out,
               QTextStream& err);

} // namespace liner::app
