#pragma once

#include <QString>

namespace liner::engine {

// Whether an ALSA PCM has no clock behind it: a chain of plugins (file, plug, rate, ...) that ends
// in ALSA's `null` PCM, with no file PCM on the way that pipes into a program (which sets its own
// pace). Such a sink takes frames as fast as they come, so a real-time callback
// would run dry between every two decoded blocks and fill the output with invented silence;
// AudioOutput feeds such sinks by blocking writes instead. Answers false for anything unknown.
bool isClocklessAlsaPcm(const QString& pcmName);

} // namespace liner::engine
