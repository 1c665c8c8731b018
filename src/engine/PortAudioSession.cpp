#include "engine/PortAudioSession.h"

#include <fcntl.h>
#include <mutex>
#include <portaudio.h>
#include <unistd.h>

namespace liner::engine {

namespace {

std::mutex sessionMutex;
int sessionUsers = 0;

// PortAudio's host APIs (ALSA, JACK) print probing chatter straight to stderr while they look for
// devices that are usually absent. Keep it off the terminal; real errors come back as codes.
void initializeQuietly()
{
    const int savedStderr = dup(STDERR_FILENO);
    const int devNull = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (savedStderr >= 0 && devNull >= 0)
        dup2(devNull, STDERR_FILENO);
    Pa_Initialize();
    if (savedStderr >= 0 && devNull >= 0)
        dup2(savedStderr, STDERR_FILENO);
    if (devNull >= 0)
        ::close(devNull);
    if (savedStderr >= 0)
        ::close(savedStderr);
}

} // namespace

void PortAudioSession::acquire()
{
    const std::lock_guard lock(sessionMutex);
    if (sessionUsers++ == 0)
        initializeQuietly();
}

void PortAudioSession::release()
{
    const std::lock_guard lock(sessionMutex);
    if (--sessionUsers == 0)
        Pa_Terminate();
}

} // namespace liner::engine
