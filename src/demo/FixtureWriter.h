#pragma once

#include <QByteArray>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <cstdint>
#include <vector>

namespace liner::demo {

// Every container/codec pair Liner promises to play; tests write one file of each.
enum class FixtureFormat
{
    Flac,
    Wav,
    Mp3,
    Aac,
    Alac,
    Vorbis,
    Opus,
    WavPack,
    Aiff
};

std::vector<FixtureFormat> allFixtureFormats();
QString fileExtension(
    FixtureFormat format); // "flac", "wav", "mp3", "m4a", "m4a", "ogg", "opus", "wv", "aiff"
QString formatName(FixtureFormat format); // "FLAC", "WAV", "MP3", "AAC", "ALAC", ...
bool isLossless(FixtureFormat format);

// Interleaved float PCM in [-1, 1].
struct PcmBuffer
{
    int sampleRate = 44100;
    int channels = 2;
    std::vector<float> samples;
    qint64 frames() const { return channels > 0 ? qint64(samples.size()) / channels : 0; }
};

struct FixtureTags
{
    QString title;
    QString artist;
    QString albumArtist;
    QString album;
    QString genre;
    QString mood;
    QString lyrics;
    QString comment;
    int trackNumber = 0; // 0: not written
    int discNumber = 0;  // 0: not written
    int year = 0;        // 0: not written
    // Further tags by TagLib property name (REPLAYGAIN_TRACK_GAIN, DISCTOTAL, MUSICBRAINZ_...).
    QMap<QString, QString> extra;
    bool embedCover = false;
    QByteArray cover; // JPEG to embed when embedCover; empty: a code-rendered default cover
};

// A short, deterministic, musical test signal (not silence, not a pure tone).
PcmBuffer fixtureSignal(int sampleRate, int channels, qint64 frames, std::uint32_t seed = 1);

// Encodes pcm through FFmpeg into `path` (16-bit for lossless formats unless bitsPerSample is 24);
// a pcm without frames makes a file of headers only (FLAC, WAV and AIFF then open as a stream
// without a single frame).
// Returns an empty string on success, otherwise a readable reason.
QString encodeAudioFile(const QString& path, FixtureFormat format, const PcmBuffer& pcm,
                        int bitsPerSample = 16);
// AAC as a bare ADTS stream, as broadcast rips, `.aac` downloads and some converters leave it
// (whatever `path` is called: such files are often renamed `.m4a`). No tags.
QString encodeAdtsAac(const QString& path, const PcmBuffer& pcm);
// Writes tags (and, when asked, a code-rendered cover) through TagLib into an existing file.
QString writeTags(const QString& path, FixtureFormat format, const FixtureTags& tags);
// encodeAudioFile + writeTags.
QString writeFixture(const QString& path, FixtureFormat format, const PcmBuffer& pcm,
                     const FixtureTags& tags, int bitsPerSample = 16);

} // namespace liner::demo

// Test tables (QTest::addColumn) name formats as data.
Q_DECLARE_METATYPE(liner::demo::FixtureFormat)
