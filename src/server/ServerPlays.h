#pragma once

namespace liner::playlist {
class PlaybackController;
class PlayCounter;
} // namespace liner::playlist

namespace liner::server {

class ServerWriteBack;

// The plays of server songs go back to their servers: "now playing" when a song begins to be
// heard, a scrobble once the play counter says it has been heard (half its length or four
// minutes, see PlayCounter); a song skipped before that is never scrobbled. Files are left alone
// (ServerWriteBack ignores what is not a server's song). Lasts as long as the three.
void reportPlays(playlist::PlaybackController& controller, playlist::PlayCounter& counter,
                 ServerWriteBack& writeBack);

} // namespace liner::server
