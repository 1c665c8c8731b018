#pragma once

#include <QByteArrayView>
#include <QMetaType>
#include <QString>

namespace liner::playlist {

// How a playlist spells a location. M3U and PLS lines are file paths as the player wrote them, so
// "%20" or "Artist: Song.mp3" is taken literally and only "scheme://..." or "file:..." is a URL.
// XSPF locations are URI references (RFC 3986): percent-encoded, and "name:..." is a scheme.
enum class LocationSyntax
{
    Path,
    UriReference,
};

// Where a location points once resolved; computing it touches no file.
struct ResolvedLocation
{
    // Absolute and clean, except a Windows drive path ("C:/Music/a.flac"), which is kept as written
    // with '/' because it names nothing on this system. Empty for streams.
    QString localPath;
    // A URL other than a local file: a stream, or a file: URL that names no path.
    bool isStream = false;
};

// Backslashes in anything but an absolute POSIX path become '/': Windows players write relative
// paths that way, and a backslash inside a Linux file name is rare enough to give up for that.
ResolvedLocation resolveLocation(const QString& location, const QString& baseDir,
                                 LocationSyntax syntax);

// One line of a playlist. Readers keep every entry in file order, whether its file exists or not.
struct PlaylistEntry
{
    // As the playlist wrote it: an absolute or relative path, a file:// URL, or a stream URL.
    QString location;
    // Empty when unknown; "Artist - Title" where the format has only one field for it (#EXTINF).
    QString title;
    int durationSeconds = -1; // -1 when unknown
    QString localPath;        // see ResolvedLocation
    bool isStream = false;
    bool missing = false; // a local path with no file there; never set for streams

    // Resolves `location` against `baseDir` (the playlist's folder) and looks for the file.
    static PlaylistEntry fromLocation(const QString& location, const QString& baseDir,
                                      LocationSyntax syntax = LocationSyntax::Path);
    // A plain path line read from a playlist in a text encoding, with the line's own `bytes`: a
    // file named in bytes that are not UTF-8 (written by a tool that copies names as they are,
    // as mpv or `ls > list.m3u` do) is found by them when the decoded text names nothing.
    static PlaylistEntry fromLocation(const QString& location, QByteArrayView bytes,
                                      const QString& baseDir);
    // A track Liner knows by path, as playlists are built in the application.
    static PlaylistEntry fromLocalFile(const QString& path, const QString& title = {},
                                       int durationSeconds = -1);

    bool operator==(const PlaylistEntry&) const = default;
};

} // namespace liner::playlist

Q_DECLARE_METATYPE(liner::playlist::PlaylistEntry)
