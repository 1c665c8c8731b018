#pragma once

#include <deque>
#include <functional>
#include <mutex>
#include <utility>

namespace liner::engine {

class PlaybackWorker;

// Commands from the UI thread to the engine thread, in order. A plain mutex-guarded queue rather
// than Qt's queued-call events: the hand-over is then visible to ThreadSanitizer (Qt's own locks
// are not instrumented), so a real race in the engine cannot hide among false reports. Never
// touched by the audio callback.
class CommandQueue
{
public:
    using Command = std::function<void(PlaybackWorker&)>;

    // `wakeUp` runs under the queue's lock, so the engine thread cannot take the command (say,
    // "shut down") and destroy what wakeUp talks to before wakeUp has returned.
    template <typename WakeUp> void push(Command command, WakeUp wakeUp)
    {
        const std::lock_guard lock(m_mutex);
        m_commands.push_back(std::move(command));
        wakeUp();
    }

    std::deque<Command> takeAll()
    {
        const std::lock_guard lock(m_mutex);
        return std::exchange(m_commands, {});
    }

private:
    std::mutex m_mutex;
    std::deque<Command> m_commands;
};

} // namespace liner::engine
