#pragma once

#include <QImage>
#include <QUrl>

namespace liner::gui {

// An image that liner notes name, read only when it lies inside the album's own folder (no
// "../../" walk elsewhere on the disk, nothing from the network). Null otherwise.
QImage loadAlbumImage(const QString& albumFolder, const QUrl& url);

} // namespace liner::gui
