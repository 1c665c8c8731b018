#pragma once

#include "library/AlbumGrouping.h"

#include <QString>

namespace liner::gui {

// What an album is, as the album page and the booklet label it ("SOUNDTRACK"), in the interface's
// language. Not its genre tag, which is the listener's data and shown as tagged.
QString albumKindLabel(library::AlbumKind kind);

} // namespace liner::gui
