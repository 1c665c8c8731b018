#include "library/CoverArt.h"

#include "common/InputFile.h"
#include "library/FolderSidecars.h"
#include "library/TagReader.h"

#include <QFileInfo>

namespace liner::library {

QString CoverArt::folderImagePath(const QString& trackPath)
{
    // A URL (a song on a server) has no folder to look in.
    if (trackPath.contains(u"://"))
        return {};
    return FolderSidecars::of(QFileInfo(trackPath).absolutePath()).coverImage();
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
