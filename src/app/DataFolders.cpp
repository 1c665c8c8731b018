#include "app/DataFolders.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace liner::app {

namespace {

// The first data root (installed, then build tree) whose `name` folder has files matching
// `pattern`.
QString findDataFolder(const QString& name, const QString& pattern)
{
    const QString installed = QDir(QCoreApplication::applicationDirPath())
                                  .filePath(QStringLiteral(LINER_DATA_FROM_PROGRAM));
    for (const QString& root : {installed, QStringLiteral(LINER_BUILD_DATA_DIR)}) {
        const QDir dir(QDir(root).filePath(name));
        if (!dir.entryList({pattern}, QDir::Files).isEmpty())
            return QFileInfo(dir.absolutePath()).canonicalFilePath();
    }
    return {};
}

} // namespace

QString DataFolders::bundledAlbum()
{
    return findDataFolder(QStringLiteral("album"), QStringLiteral("*.flac"));
}

QString DataFolders::notesPacks()
{
    return findDataFolder(QStringLiteral("notes-packs"), QStringLiteral("*.md"));
}

} // namespace liner::app
