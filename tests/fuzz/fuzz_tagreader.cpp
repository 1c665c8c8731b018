#include "FuzzBytes.h"
#include "library/TagReader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString path = fuzzFile(data, size);
    const liner::library::Track track = liner::library::TagReader::read(path);
    if (track.hasCover)
        liner::library::TagReader::embeddedCover(path);
    return 0;
}
