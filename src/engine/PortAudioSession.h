#pragma once

namespace liner::engine {

// PortAudio must be initialised once per process before any call and terminated after the last;
// this counts users so every AudioOutput (and device listing) can share one initialisation.
class PortAudioSession
{
public:
    static void acquire();
    static void release();
};

} // namespace liner::engine
