#pragma once

#include "library/Track.h"

#include <QString>

namespace liner::library {

// What places a track in an album (see AlbumGrouping): where it lies and the tags grouping looks
// at, and nothing else. A library folder makes one for each of its tracks without copying a text
// (FolderTracks::albumFields): grouping 100,000 tracks as whole Tracks took 200 MB.
struct AlbumFields
{
    // The track's path is `folder` + '/' + `name`: the folder its file lies in and the file's
    // name there. A server's song kept in its album's folder (FolderTracks) has that folder, the
    // album's URL, and its URL's path on the server (or its whole URL) as its name.
    QString folder;
    QString name;
    QString albumFolder; // Track::albumFolder
    QString album;
    QString albumArtist;
    QString artist;
    QString albumSort;
    QString albumArtistSort;
    QString artistSort;
    qint64 startUs = 0;
    int year = 0;
    int discNumber = 0;
    int trackNumber = 0;
    bool compilation = false;
    bool readable = true;

    static AlbumFields of(const Track& track);
    // Splits a path into `folder` and `name`.
    void setPath(const QString& path);
    bool isRemote() const { return folder.contains(u"://"); }
    // Whom the track's album is credited to: its album artist, else its artist.
    const QString& albumCredit() const { return albumArtist.isEmpty() ? artist : albumArtist; }
};

} // namespace liner::library
