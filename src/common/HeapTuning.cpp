#include "common/HeapTuning.h"

#include <cstdlib> // says whether the C library is glibc (__GLIBC__)
#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace liner::common {

void keepFreedMemoryReturnable()
{
#ifdef __GLIBC__
    constexpr int kOwnPagesFrom = 128 * 1024;
    mallopt(M_MMAP_THRESHOLD, kOwnPagesFrom);
    mallopt(M_ARENA_MAX, 2);
#endif
}

void returnFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

} // namespace liner::common
