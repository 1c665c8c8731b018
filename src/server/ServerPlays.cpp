#include "server/ServerPlays.h"

#include "playlist/PlayCounter.h"
#include "playlist/PlaybackController.h"
#include "server/ServerWriteBack.h"

namespace liner::server {

void reportPlays(playlist::PlaybackController& controller, playlist::PlayCounter& counter,
                 ServerWriteBack& writeBack)
{
    QObject::connect(&counter, &playlist::PlayCounter::heard, &writeBack,
                     [&writeBack](const library::Track& track) { writeBack.scrobble(track.path); });
    QObject::connect(&controller, &playlist::PlaybackController::trackStarted, &writeBack,
                     [&controller, &writeBack](int index) {
                         if (index >= 0 && index < controller.queue().size())
                             writeBack.nowPlaying(controller.queue().track(index).path);
                     });
}

} // namespace liner::server
