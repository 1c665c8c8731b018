#include "engine/FeedPhase.h"

#include <algorithm>
#include <initializer_list>

namespace liner::engine::feed {

std::optional<Phase> after(Phase phase, Event event)
{
    const auto from = [phase](std::initializer_list<Phase> phases) {
        return std::find(phases.begin(), phases.end(), phase) != phases.end();
    };
    // Every phase where a track is being heard, or is about to be.
    const bool streaming =
        from({Phase::Decoding, Phase::AwaitingNext, Phase::Switching, Phase::Draining});
    switch (event) {
    case Event::Started:
        if (streaming || from({Phase::Idle, Phase::OutputLost}))
            return Phase::Decoding;
        break;
    case Event::OpenFailed:
        if (from({Phase::Idle}))
            return Phase::StartingWithNext;
        break;
    case Event::TrackEnded:
        if (from({Phase::Decoding}))
            return Phase::AwaitingNext;
        break;
    case Event::NextOpened:
        if (from({Phase::AwaitingNext}))
            return Phase::Decoding;
        break;
    case Event::NextNeedsStream:
        if (from({Phase::AwaitingNext}))
            return Phase::Switching;
        break;
    case Event::NextFailed:
        if (from({Phase::AwaitingNext}))
            return Phase::AwaitingNext;
        break;
    case Event::NothingFollows:
        if (from({Phase::AwaitingNext}))
            return Phase::Draining;
        if (from({Phase::StartingWithNext}))
            return Phase::Idle;
        break;
    case Event::NextNamed:
        if (from({Phase::Draining}))
            return Phase::AwaitingNext;
        break;
    case Event::StreamSwitched:
        if (from({Phase::Switching}))
            return Phase::Decoding;
        break;
    case Event::SwitchFailed:
        if (from({Phase::Switching}))
            return Phase::Draining;
        break;
    case Event::Drained:
        if (from({Phase::Draining}))
            return Phase::Idle;
        break;
    case Event::OutputFailed:
        if (streaming)
            return Phase::OutputLost;
        break;
    case Event::Stopped:
        return Phase::Idle;
    }
    return std::nullopt;
}

} // namespace liner::engine::feed
