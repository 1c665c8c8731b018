#include "engine/AudioLibraryVersions.h"

#include "engine/FfmpegFunctions.h"

#include <portaudio.h>

namespace liner::engine {

namespace {
QString libraryVersion(const char* name, unsigned version)
{
    return QStringLiteral("%1 %2.%3.%4")
        .arg(QLatin1String(name))
        .arg(AV_VERSION_MAJOR(version))
        .arg(AV_VERSION_MINOR(version))
        .arg(AV_VERSION_MICRO(version));
}
} // namespace

QString ffmpegVersion()
{
    if (QString missing = loadFfmpeg(); !missing.isEmpty())
        return missing;
    return QStringLiteral("%1 (%2, %3)")
        .arg(QString::fromUtf8(ffmpeg().av_version_info()),
             libraryVersion("libavformat", ffmpeg().avformat_version()),
             libraryVersion("libavcodec", ffmpeg().avcodec_version()));
}

QString portAudioVersion()
{
    return QString::fromUtf8(Pa_GetVersionText());
}

} // namespace liner::engine
