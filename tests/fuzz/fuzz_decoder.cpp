#include "FuzzBytes.h"
#include "engine/Decoder.h"

#include <vector>

// Through our Decoder, as the engine uses it: open, decode, seek back, decode again.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    liner::engine::Decoder decoder;
    if (!decoder.open(fuzzFile(data, size)).isEmpty())
        return 0;
    std::vector<float> block;
    for (int blocks = 0; blocks < 256 && decoder.decodeNext(block); ++blocks) {
    }
    if (decoder.seek(0))
        decoder.decodeNext(block);
    return 0;
}
