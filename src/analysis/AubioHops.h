#pragma once

#include <algorithm>
#include <aubio/aubio.h>
#include <cstddef>

namespace liner::analysis {

// Hands a stream of samples to aubio a hop at a time: `input` (one hop long) fills up across
// calls, and `process` runs each time it is full.
template <typename Process>
void feedHops(const float* samples, std::size_t count, fvec_t* input, unsigned& filled,
              Process&& process)
{
    while (count > 0) {
        const std::size_t take = std::min<std::size_t>(count, input->length - filled);
        std::copy_n(samples, take, input->data + filled);
        filled += unsigned(take);
        samples += take;
        count -= take;
        if (filled == input->length) {
            filled = 0;
            process();
        }
    }
}

} // namespace liner::analysis
