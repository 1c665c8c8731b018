#pragma once

#include <QPixmap>

class QPalette;

namespace liner::gui {

// What stands in for a cover an album does not have: a plain sleeve in the palette's colours with
// a note on it, `size` device-independent pixels at `ratio`.
QPixmap sleeve(const QSize& size, const QPalette& palette, qreal ratio = 1.0);

} // namespace liner::gui
