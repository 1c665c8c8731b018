#include "demo/FixtureWriter.h"

namespace liner::demo {

std::vector<FixtureFormat> allFixtureFormats()
{
    return {FixtureFormat::Flac, FixtureFormat::Wav,     FixtureFormat::Mp3,
            FixtureFormat::Aac,  FixtureFormat::Alac,    FixtureFormat::Vorbis,
            FixtureFormat::Opus, FixtureFormat::WavPack, FixtureFormat::Aiff};
}

QString fileExtension(FixtureFormat format)
{
    switch (format) {
    case FixtureFormat::Flac:
        return QStringLiteral("flac");
    case FixtureFormat::Wav:
        return QStringLiteral("wav");
    case FixtureFormat::Mp3:
        return QStringLiteral("mp3");
    case FixtureFormat::Aac:
    case FixtureFormat::Alac:
        return QStringLiteral("m4a");
    case FixtureFormat::Vorbis:
        return QStringLiteral("ogg");
    case FixtureFormat::Opus:
        return QStringLiteral("opus");
    case FixtureFormat::WavPack:
        return QStringLiteral("wv");
    case FixtureFormat::Aiff:
        return QStringLiteral("aiff");
    }
    return {};
}

QString formatName(FixtureFormat format)
{
    switch (format) {
    case FixtureFormat::Flac:
        return QStringLiteral("FLAC");
    case FixtureFormat::Wav:
        return QStringLiteral("WAV");
    case FixtureFormat::Mp3:
        return QStringLiteral("MP3");
    case FixtureFormat::Aac:
        return QStringLiteral("AAC");
    case FixtureFormat::Alac:
        return QStringLiteral("ALAC");
    case FixtureFormat::Vorbis:
        return QStringLiteral("Vorbis");
    case FixtureFormat::Opus:
        return QStringLiteral("Opus");
    case FixtureFormat::WavPack:
        return QStringLiteral("WavPack");
    case FixtureFormat::Aiff:
        return QStringLiteral("AIFF");
    }
    return {};
}

bool isLossless(FixtureFormat format)
{
    switch (format) {
    case FixtureFormat::Flac:
    case FixtureFormat::Wav:
    case FixtureFormat::Alac:
    case FixtureFormat::WavPack:
    case FixtureFormat::Aiff:
        return true;
    case FixtureFormat::Mp3:
    case FixtureFormat::Aac:
    case FixtureFormat::Vorbis:
    case FixtureFormat::Opus:
        break;
    }
    return false;
}

QString writeFixture(const QString& path, FixtureFormat format, const PcmBuffer& pcm,
                     const FixtureTags& tags, int bitsPerSample)
{
    if (QString error = encodeAudioFile(path, format, pcm, bitsPerSample); !error.isEmpty())
        return error;
    return writeTags(path, format, tags);
}

} // namespace liner::demo
