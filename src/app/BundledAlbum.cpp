#include "BundledAlbum.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace liner::app {

QString BundledAlbum::folder()
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral("../" LINER_ALBUM_INSTALL_DIR));
    for (const QString& candidate : {installed, QStringLiteral(LINER_BUILD_ALBUM_DIR)}) {
        const QDir dir(candidate);
        if (!dir.entryList({QStringLiteral("*.flac")}, QDir::Files).isEmpty())
            return QFileInfo(dir.absolutePath()).canonicalFilePath();
    }
    return {};
}

} // namespace liner::app
