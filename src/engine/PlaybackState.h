#pragma once

#include <QObject>

namespace liner::engine {
Q_NAMESPACE

enum class PlaybackState
{
    Stopped,
    Playing,
    Paused
};
Q_ENUM_NS(PlaybackState)

} // namespace liner::engine
