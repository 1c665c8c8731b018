#pragma once

#include <QByteArray>

namespace liner::testing {

// Audio files made hostile the ways real files are: built from good files written by the fixture
// writer, byte by byte, as a damaged or malicious tagger would leave them.

// `flac` with a Vorbis comment block of `count` distinct comments (FFmpeg stores each one by
// searching all before it).
QByteArray flacWithComments(const QByteArray& flac, int count);
// `audio` behind an ID3v2.3 tag of `count` TXXX frames, each with its own description.
QByteArray withId3Frames(const QByteArray& audio, int count);
// `flac` whose STREAMINFO claims `channels` channels while its frames carry what they carry.
QByteArray flacClaimingChannels(const QByteArray& flac, int channels);

} // namespace liner::testing
