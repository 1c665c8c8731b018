#pragma once

#include <QString>

namespace liner::app {

// Where the demo album rendered at build time lives: beside an installed binary in
// ../share/liner/album, or in the build tree when run from there.
class BundledAlbum
{
public:
    // Empty when neither place holds it.
    static QString folder();
};

} // namespace liner::app
