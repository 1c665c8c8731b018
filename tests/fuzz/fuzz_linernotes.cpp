#include "FuzzBytes.h"
#include "notes/LinerNotesDocument.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const liner::notes::LinerNotesDocument document =
        liner::notes::LinerNotesDocument::parse(fuzzBytes(data, size));
    // Lookups walk what the parser built.
    document.find(1, 1, u"Title", u"Artist");
    document.find(0, 0, document.title(), {});
    return 0;
}
