#include "library/AlbumFields.h"

namespace liner::library {

AlbumFields AlbumFields::of(const Track& track)
{
    AlbumFields fields;
    fields.setPath(track.path);
    fields.albumFolder = track.albumFolder;
    fields.album = track.album;
    fields.albumArtist = track.albumArtist;
    fields.artist = track.artist;
    fields.albumSort = track.albumSort;
    fields.albumArtistSort = track.albumArtistSort;
    fields.artistSort = track.artistSort;
    fields.startUs = track.startUs;
    fields.year = track.year;
    fields.discNumber = track.discNumber;
    fields.trackNumber = track.trackNumber;
    fields.compilation = track.compilation;
    fields.readable = track.isReadable();
    return fields;
}

void AlbumFields::setPath(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    folder = path.left(std::max<qsizetype>(slash, 0));
    name = path.mid(slash + 1);
}

} // namespace liner::library
