#include "engine/FfmpegFunctions.h"

namespace liner::engine {

namespace {

const common::LateFunctions<FfmpegFunctions>& loaded()
{
    // libavutil first: the others need it.
    return common::loadOnce<FfmpegFunctions>(
        "FFmpeg",
        {LINER_SONAME_AVUTIL, LINER_SONAME_SWRESAMPLE, LINER_SONAME_AVCODEC, LINER_SONAME_AVFORMAT},
        [](const FfmpegFunctions& ffmpeg) {
            // FFmpeg logs recoverable oddities of damaged or unusual files straight to stderr
            // ("could not update timestamps", "read_timestamp() failed"). Liner reports every
            // failure itself, with the file's name, so only FFmpeg's fatal messages are let
            // through.
            ffmpeg.av_log_set_level(AV_LOG_FATAL);
        });
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
