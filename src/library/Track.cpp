#include "library/Track.h"

#include <QFileInfo>

namespace liner::library {

QString Track::displayTitle() const
{
    return title.isEmpty() ? QFileInfo(path).completeBaseName() : title;
}

QString Track::displayArtist() const
{
    return artist.isEmpty() ? albumArtist : artist;
}

} // namespace liner::library
