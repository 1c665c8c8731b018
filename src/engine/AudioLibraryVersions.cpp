#include "engine/AudioLibraryVersions.h"

#include <portaudio.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
}

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
    return QStringLiteral("%1 (%2, %3)")
        .arg(QString::fromUtf8(av_version_info()),
             libraryVersion("libavformat", avformat_version()),
             libraryVersion("libavcodec", avcodec_version()));
}

QString portAudioVersion()
{
    return QString::fromUtf8(Pa_GetVersionText());
}

} // namespace liner::engine
