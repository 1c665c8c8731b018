#include "library/CoverArt.h"

#include "common/InputFile.h"
#include "library/TagReader.h"

#include <QDir>
#include <QFileInfo>

namespace liner::library {

QString CoverArt::folderImagePath(const QString& trackPath)
{
    // A URL (a song on a server) has no folder to look in.
    if (trackPath.contains(u"://"))
        return {};
    const QDir folder = QFileInfo(trackPath).absoluteDir();
    const QStringList candidates = folder.entryList(
        {QStringLiteral("cover.*"), QStringLiteral("folder.*"), QStringLiteral("front.*")},
        QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
    for (const QString& name : candidates) {
        const QString suffix = QFileInfo(name).suffix().toLower();
        if (suffix == u"jpg" || suffix == u"jpeg" || suffix == u"png")
            return folder.filePath(name);
    }
    return {};
}

bool CoverArt::hasCover(const Track& track)
{
    return track.hasCover || !folderImagePath(track.path).isEmpty();
}

QImage CoverArt::load(const Track& track)
{
    QImage image;
    if (!track.coverFile.isEmpty()) {
        image.loadFromData(readInputFile(track.coverFile, InputKind::Image).bytes);
        return image;
    }
    if (track.hasCover)
        image.loadFromData(TagReader::embeddedCover(track.path));
    if (image.isNull()) {
        const QString folderImage = folderImagePath(track.path);
        if (!folderImage.isEmpty())
            image.loadFromData(readInputFile(folderImage, InputKind::Image).bytes);
    }
    return image;
}

} // namespace liner::library
