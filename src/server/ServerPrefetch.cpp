#include "server/ServerPrefetch.h"

#include "playlist/PlaybackController.h"
#include "server/ServerLocation.h"
#include "server/ServerMedia.h"

namespace liner::server {

void prefetchAhead(playlist::PlaybackController& controller, ServerMedia& media)
{
    QObject::connect(&controller, &playlist::PlaybackController::trackStarted, &controller,
                     [&controller, &media](int row) {
                         const QList<int>& order = controller.playOrder();
                         const qsizetype at = order.indexOf(row);
                         if (at < 0 || at + 1 >= order.size())
                             return;
                         const QString& next = controller.queue().at(order[at + 1]).path;
                         if (ServerLocation::isServerLocation(next))
                             media.prefetch(next);
                     });
}

} // namespace liner::server
