#pragma once

#include "common/LateLibraries.h"

#include <QString>
#include <aubio/aubio.h>

namespace liner::analysis {

// Every aubio function the analysis calls. aubio links FFmpeg, so it is loaded when the first track
// is analysed rather than when Liner starts (common/LateLibraries.h says why), and called through
// pointers: aubio().new_fvec(...), under aubio's own names and types.
#define LINER_AUBIO_FUNCTIONS(X)                                                                   \
    X(aubio_onset_do)                                                                              \
    X(aubio_onset_get_descriptor)                                                                  \
    X(aubio_pvoc_do)                                                                               \
    X(del_aubio_onset)                                                                             \
    X(del_aubio_pvoc)                                                                              \
    X(del_cvec)                                                                                    \
    X(del_fvec)                                                                                    \
    X(new_aubio_onset)                                                                             \
    X(new_aubio_pvoc)                                                                              \
    X(new_cvec)                                                                                    \
    X(new_fvec)

struct AubioFunctions
{
    LINER_AUBIO_FUNCTIONS(LINER_LATE_POINTER)

    void resolveFrom(common::LateLibraries& libraries) { LINER_AUBIO_FUNCTIONS(LINER_LATE_RESOLVE) }
};

// Loads aubio the first time it is called, from whichever thread calls first. Empty when aubio is
// there, else why it is not.
QString loadAubio();

// aubio's functions; only once loadAubio() has said yes.
const AubioFunctions& aubio();

} // namespace liner::analysis
