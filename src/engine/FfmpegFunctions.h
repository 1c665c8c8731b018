#pragma once

#include "common/LateLibraries.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
#include <libavutil/mathematics.h>
#include <libavutil/mem.h>
#include <libavutil/opt.h>
#include <libswresample/swresample.h>
}

#include <QString>

namespace liner::engine {

// Every FFmpeg function the engine calls. FFmpeg is loaded when the first file is opened, not
// when Liner starts (common/LateLibraries.h says why), so the engine calls it through pointers:
// ffmpeg().avformat_open_input(...), under FFmpeg's own names and types.
#define LINER_FFMPEG_FUNCTIONS(X)                                                                  \
    X(av_channel_layout_compare)                                                                   \
    X(av_channel_layout_copy)                                                                      \
    X(av_channel_layout_default)                                                                   \
    X(av_channel_layout_uninit)                                                                    \
    X(av_find_best_stream)                                                                         \
    X(av_frame_alloc)                                                                              \
    X(av_frame_free)                                                                               \
    X(av_frame_unref)                                                                              \
    X(av_free)                                                                                     \
    X(av_freep)                                                                                    \
    X(av_log_set_level)                                                                            \
    X(av_malloc)                                                                                   \
    X(av_opt_set)                                                                                  \
    X(av_opt_set_double)                                                                           \
    X(av_opt_set_int)                                                                              \
    X(av_packet_alloc)                                                                             \
    X(av_packet_free)                                                                              \
    X(av_packet_unref)                                                                             \
    X(av_read_frame)                                                                               \
    X(av_rescale)                                                                                  \
    X(av_rescale_q)                                                                                \
    X(av_rescale_rnd)                                                                              \
    X(av_seek_frame)                                                                               \
    X(av_strerror)                                                                                 \
    X(av_version_info)                                                                             \
    X(avcodec_alloc_context3)                                                                      \
    X(avcodec_flush_buffers)                                                                       \
    X(avcodec_free_context)                                                                        \
    X(avcodec_open2)                                                                               \
    X(avcodec_parameters_to_context)                                                               \
    X(avcodec_receive_frame)                                                                       \
    X(avcodec_send_packet)                                                                         \
    X(avcodec_version)                                                                             \
    X(avformat_alloc_context)                                                                      \
    X(avformat_close_input)                                                                        \
    X(avformat_find_stream_info)                                                                   \
    X(avformat_open_input)                                                                         \
    X(avformat_version)                                                                            \
    X(avio_alloc_context)                                                                          \
    X(avio_context_free)                                                                           \
    X(swr_alloc_set_opts2)                                                                         \
    X(swr_convert)                                                                                 \
    X(swr_free)                                                                                    \
    X(swr_get_out_samples)                                                                         \
    X(swr_init)

struct FfmpegFunctions
{
    LINER_FFMPEG_FUNCTIONS(LINER_LATE_POINTER)

    void resolveFrom(common::LateLibraries& libraries)
    {
        LINER_FFMPEG_FUNCTIONS(LINER_LATE_RESOLVE)
    }
};

// Loads FFmpeg the first time it is called, from whichever thread calls first. Empty when FFmpeg
// is there, else why it is not.
QString loadFfmpeg();

// FFmpeg's functions; only once loadFfmpeg() has said yes.
const FfmpegFunctions& ffmpeg();

} // namespace liner::engine
