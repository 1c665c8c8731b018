#include "support/DecodedAudio.h"

#include "engine/Decoder.h"

namespace liner::testing {

DecodedAudio decodeFile(const QString& path)
{
    DecodedAudio result;
    engine::Decoder decoder;
    result.error = decoder.open(path);
    if (!result.error.isEmpty())
        return result;
    result.format = decoder.format();
    std::vector<float> block;
    while (decoder.decodeNext(block))
        result.samples.insert(result.samples.end(), block.begin(), block.end());
    result.error = decoder.error();
    return result;
}

} // namespace liner::testing
