#include "common/BackgroundPriority.h"

#include <QThread>
#include <sys/resource.h>
#include <unistd.h>
#include <utility>

namespace liner::common {

void lowerThreadPriority(const QThread* kept)
{
    if (QThread::currentThread() == kept)
        return;
    constexpr int kNiceness = 10;
    // One system call a thread, not one a task: a pass hands its readers thousands.
    thread_local bool lowered = false;
    if (!std::exchange(lowered, true))
        ::setpriority(PRIO_PROCESS, id_t(::gettid()), kNiceness);
}

} // namespace liner::common
