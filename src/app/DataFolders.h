#pragma once

#include <QString>

namespace liner::app {

// Where the data Liner ships lives: under ../share/liner beside an installed binary, or in the
// build tree when run from there. Both hold `album/` (the demo album rendered at build time) and
// `notes-packs/` (liner notes for albums Liner knows of).
class DataFolders
{
public:
    // Empty when neither place holds the album.
    static QString bundledAlbum();
    // Empty when neither place holds the packs.
    static QString notesPacks();
};

} // namespace liner::app
