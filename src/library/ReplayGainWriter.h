#pragma once

#include "common/ReplayGainTags.h"

#include <QString>

namespace liner::library {

// Writes ReplayGain tags into an audio file: REPLAYGAIN_TRACK_GAIN/PEAK and, where given,
// REPLAYGAIN_ALBUM_GAIN/PEAK ("-3.21 dB", "0.912345") in whatever tag the format carries (Vorbis
// comments, ID3v2 TXXX frames, APEv2 items, iTunes' freeform MP4 atoms). Opus gets R128_TRACK_GAIN
// and R128_ALBUM_GAIN instead (RFC 7845: Q7.8 fixed point relative to -23 LUFS, no peaks), and
// loses any REPLAYGAIN_* tags.
//
// The file is never changed in place: a copy gets the tags and is renamed over it
// (common/AtomicWrite), so a crash or a full disk leaves the old file or the new one, whole; a
// symbolic link is followed and stays a link; a read-only file is not replaced. Returns an empty
// string on success, otherwise why nothing was written.
QString writeReplayGainTags(const QString& path, const ReplayGainTags& gains);

} // namespace liner::library
