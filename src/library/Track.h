#pragma once

#include "common/ReplayGainTags.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace liner::library {

// What Liner knows about one audio file. Numbers are 0 and strings empty where a tag is absent.
struct Track
{
    QString path;
    QString title;
    QString artist;
    QString albumArtist;
    QString album;
    // How the library orders these names where the tags say (ALBUMSORT, ARTISTSORT,
    // ALBUMARTISTSORT and their ID3 TSOA/TSOP/TSO2 and MP4 soal/soar/soaa forms): "Beatles, The".
    QString albumSort;
    QString artistSort;
    QString albumArtistSort;
    QString genre;
    QString mood;
    QString lyrics;
    QString comment;
    // Credits as the tags give them (several names may share one field).
    QString composer;
    QString lyricist;
    QString conductor;
    QString performer;
    QString musicBrainzTrackId;
    QString musicBrainzAlbumId;
    QString musicBrainzArtistId;
    int trackNumber = 0;
    int trackTotal = 0;
    int discNumber = 0;
    int discTotal = 0;
    int year = 0;
    qint64 durationMs = 0;
    int sampleRate = 0;
    // 0 for lossy codecs, which have no sample depth of their own.
    int bitDepth = 0;
    int channels = 0;
    int bitrateKbps = 0;
    // "FLAC", "MP3", "AAC", "ALAC", "Vorbis", "Opus", "WavPack", "PCM", "APE".
    QString codec;
    ReplayGainTags replayGain;
    // A track of a CUE sheet is a range of `path`; `cueSheet` names the sheet. Whole files have
    // startUs 0 and endUs -1.
    QString cueSheet;
    qint64 startUs = 0;
    qint64 endUs = -1;
    bool hasCover = false;
    // A picture file that is the track's cover, for a track with no file of its own to hold one
    // or sit beside (a song on a server: the cover the server gave, kept in the cache). It may
    // not be there yet.
    QString coverFile;
    // The album folder of a track whose path has none to give (see albumFolderOf): a song on a
    // server names its server's album, subsonic://NAME@HOST:PORT/album/ID, so that two albums of
    // one title and artist on a server stay two, as two folders keep them apart on disk. Empty
    // for files.
    QString albumFolder;
    // The compilation flag (ID3 TCMP, MP4 cpil, Vorbis and APE COMPILATION): one album of various
    // artists, whatever each track's artist says.
    bool compilation = false;
    // From the album's liner notes where it has them (else the MOOD tag): what the window filters
    // the album by and the library search sees.
    QStringList moods;
    QStringList characters;
    QStringList scenes;
    // Why the file could not be read; the other fields are then unreliable.
    QString error;

    bool isReadable() const { return error.isEmpty(); }
    friend bool operator==(const Track&, const Track&) = default;
    // The title to show: the tag, or the file name when the file has none.
    QString displayTitle() const;
    QString displayArtist() const;
    // Whom the track's album is credited to: its album artist, else its artist.
    QString albumCredit() const;
};

} // namespace liner::library

Q_DECLARE_METATYPE(liner::library::Track)
