#pragma once

#include <QString>

namespace liner::engine {

// The versions of the audio libraries loaded at run time, for the About dialog and bug reports.
// "5.1.6 (libavformat 59.27.100, libavcodec 59.37.100)", or why FFmpeg cannot be loaded.
QString ffmpegVersion();
QString portAudioVersion(); // PortAudio's own version text

} // namespace liner::engine
