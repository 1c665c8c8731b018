#include "gui/AlbumImages.h"

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
    return QImage(file);
}

} // namespace liner::gui
