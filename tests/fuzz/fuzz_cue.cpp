#include "FuzzBytes.h"
#include "library/CueSheet.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    liner::library::CueSheet::parse(fuzzBytes(data, size), QStringLiteral("/fuzz/album.cue"));
    return 0;
}
