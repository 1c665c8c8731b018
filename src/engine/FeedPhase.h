#pragma once

#include <QObject>
#include <optional>

// The state machine of PlaybackWorker's decoding side, as pure data: what the engine is doing
// between the tracks the controller names, and the events that move it on. The worker carries out
// each event's work (opening files, streams, signals); these only say which phase follows, so
// every transition can be tested without a thread or a device.
namespace liner::engine::feed {
Q_NAMESPACE

enum class Phase
{
    Idle,         // nothing to decode or to hear: stopped, or everything has been heard
    Decoding,     // the decoder fills the ring with the newest track
    AwaitingNext, // the newest track is decoded to its end; the next opens once it is named
    Switching,    // the next track is open, in a format of its own: the old stream plays out first
    Draining,     // nothing follows: the last frames play out, then the engine has finished
    StartingWithNext, // play() could not open its track: the one named to follow it plays instead
    OutputLost,       // the device has gone: tried again now and then, to go on where it was
};
Q_ENUM_NS(Phase)

enum class Event
{
    Started,         // a track opened to be heard from some point (play, seek, device, retry)
    OpenFailed,      // play() could not open its track
    TrackEnded,      // the decoder has given the newest track's last frame
    NextOpened,      // the named next track continues the stream
    NextNeedsStream, // the named next track is open, in another format than the stream's
    NextFailed,      // the named next track cannot be played: what follows it is asked for
    NothingFollows,  // the controller has said that nothing follows
    NextNamed,       // ... and then, while the last frames play out, that something does
    StreamSwitched,  // the old stream has played out and the next track's has started
    SwitchFailed,    // the device took no stream for the next track
    Drained,         // the last frame has been heard
    OutputFailed,    // the stream stopped or could not be opened
    Stopped,         // everything is dropped
};
Q_ENUM_NS(Event)

// The phase `event` leads to from `phase`; nothing when it cannot happen there.
std::optional<Phase> after(Phase phase, Event event);

} // namespace liner::engine::feed
