#include "library/Track.h"

#include "common/FileName.h"

#include <QFileInfo>

namespace liner::library {

QString Track::displayTitle() const
{
    return title.isEmpty() ? readableFileName(QFileInfo(path).completeBaseName()) : title;
}

QString Track::displayArtist() const
{
    return artist.isEmpty() ? albumArtist : artist;
}

QString Track::albumCredit() const
{
    return albumArtist.isEmpty() ? artist : albumArtist;
}

} // namespace liner::library
