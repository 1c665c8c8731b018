#include "server/ServerPrefetch.h"

#include "playlist/PlaybackController.h"
#include "server/ServerLocation.h"
#include "server/ServerMedia.h"

namespace liner::server {

void prefetchAhead(playlist::PlaybackController& controller, ServerMedia& media)
{
    QObject::connect(&controller, &playlist::PlaybackController::trackStarted, &controller,
                     [&controller, &media](int row) {
                         // The queue is in the order it plays.
                         if (row < 0 || row + 1 >= controller.queue().size())
                             return;
                         const QString& next = controller.queue().track(row + 1).path;
                         if (ServerLocation::isServerLocation(next))
                             media.prefetch(next);
                     });
}

} // namespace liner::server
