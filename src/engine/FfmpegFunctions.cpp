#include "engine/FfmpegFunctions.h"

namespace liner::engine {

namespace {

const common::LateFunctions<FfmpegFunctions>& loaded()
{
    static const common::LateFunctions<FfmpegFunctions> functions = [] {
        // libavutil first: the others need it.
        auto loaded =
            common::loadLate<FfmpegFunctions>({LINER_SONAME_AVUTIL, LINER_SONAME_SWRESAMPLE,
                                               LINER_SONAME_AVCODEC, LINER_SONAME_AVFORMAT});
        if (!loaded.error.isEmpty())
            loaded.error = QStringLiteral("FFmpeg cannot be loaded: %1").arg(loaded.error);
        else
            // FFmpeg logs recoverable oddities of damaged or unusual files straight to stderr
            // ("could not update timestamps", "read_timestamp() failed"). Liner reports every
            // failure itself, with the file's name, so only FFmpeg's fatal messages are let
            // through.
            loaded.functions.av_log_set_level(AV_LOG_FATAL);
        return loaded;
    }();
    return functions;
}

} // namespace

QString loadFfmpeg()
{
    return loaded().error;
}

const FfmpegFunctions& ffmpeg()
{
    return loaded().functions;
}

} // namespace liner::engine
