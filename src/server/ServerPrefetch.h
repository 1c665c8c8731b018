#pragma once

namespace liner::playlist {
class PlaybackController;
}

namespace liner::server {

class ServerMedia;

// Each time a track begins to be heard, starts fetching the track that follows it in the play
// order when that is a server song, so it is on disk (or well under way) by the time the engine
// opens it for a gapless join. Lasts as long as the controller.
void prefetchAhead(playlist::PlaybackController& controller, ServerMedia& media);

} // namespace liner::server
