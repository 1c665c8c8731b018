#include "FuzzBytes.h"
#include "notes/SyncedLyrics.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    liner::notes::SyncedLyrics lyrics =
        liner::notes::SyncedLyrics::parse(QString::fromUtf8(fuzzBytes(data, size)));
    lyrics.applyUserOffset(500);
    const int line = lyrics.currentLineIndex(1000);
    lyrics.currentWordIndex(line, 1000);
    return 0;
}
