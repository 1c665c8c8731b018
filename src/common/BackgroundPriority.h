#pragma once

class QThread;

namespace liner::common {

// Lowers the calling thread to nice 10, once: on a busy machine the window's thread (and the
// audio's) then get about nine times its share of a core, so background work (a library pass's
// readers, the analysis's workers) never holds both cores when the window wakes. Only for threads
// made for that work: an unprivileged thread cannot raise its priority again, so never a thread
// of the global pool. `kept` is left as it is: a thread that waits for a pool's task may run it
// itself (QFuture does), and it outlives the work.
void lowerThreadPriority(const QThread* kept = nullptr);

} // namespace liner::common
