#pragma once

#include <QString>

namespace liner::bench {

// Libraries for the benchmarks, written by Liner's own fixture code (no audio is downloaded).

// ALBUMS folders ("Artist N/Album M") of TRACKS small FLAC files, each tagged with its own title,
// artist, album, track number, year and genre, as a tagger leaves them. Written as bytes
// (FlacCopies), so 100,000 files take seconds. Empty on success, else what went wrong.
QString generateFlacLibrary(const QString& root, int albums, int tracks);

// A library as people have them: albums in FLAC, MP3 (ID3v2), AAC in MP4 and Ogg Vorbis in turn,
// tagged as Korean and international stores and MusicBrainz Picard tag them (Hangul titles and
// artists, album artists, disc numbers, ReplayGain, MusicBrainz IDs), with a cover embedded in
// most files and a cover.jpg beside the others, lyrics in a `.lrc` beside every other track and
// embedded in the rest, and a liner-notes.md in every tenth album. Tagged through TagLib.
QString generateMixedLibrary(const QString& root, int albums, int tracks);

} // namespace liner::bench
