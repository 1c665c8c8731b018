#include "gui/AlbumImages.h"

#include "common/InputFile.h"

#include <QDir>
#include <QFileInfo>

namespace liner::gui {

QImage loadAlbumImage(const QString& albumFolder, const QUrl& url)
{
    if (albumFolder.isEmpty())
        return {};
    const QUrl base = QUrl::fromLocalFile(QDir(albumFolder).absolutePath() + QLatin1Char('/'));
    const QUrl resolved = base.resolved(url);
    if (!resolved.isLocalFile())
        return {};
    const QString file = QFileInfo(resolved.toLocalFile()).canonicalFilePath();
    const QString folder = QFileInfo(albumFolder).canonicalFilePath();
    if (file.isEmpty() || folder.isEmpty() || !file.startsWith(folder + QLatin1Char('/')))
        return {};
    // Under the one rule for files users bring: a regular file, an image's size cap.
    return QImage::fromData(readInputFile(file, InputKind::Image).bytes);
}

} // namespace liner::gui
