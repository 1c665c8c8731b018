#pragma once

#include "library/AlbumFields.h"
#include "library/StringPool.h"
#include "library/Track.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <memory>
#include <vector>

namespace liner::library {

// One track as the library keeps it for the window: about a fifth of a Track. Text many tracks
// share is a number in the library's StringPool; the texts the window shows only for the track
// at hand (comment, credits, MusicBrainz ids, a server song's cover file) are packed into one
// UTF-8 field, empty for most tracks; lyrics are not kept at all (`lyricsInTags` says the file has
// some: they are read from it when shown).
struct CompactTrack
{
    // The file's name in its folder; its whole path when it lies elsewhere (the audio of a CUE
    // sheet in another folder); a server song's path on its server ("/song/ID"); empty for a
    // folder's own problem (it cannot be read).
    QString name;
    QString title;
    StringPool::Id artist = StringPool::kEmpty;
    StringPool::Id albumArtist = StringPool::kEmpty;
    StringPool::Id album = StringPool::kEmpty;
    StringPool::Id albumSort = StringPool::kEmpty;
    StringPool::Id artistSort = StringPool::kEmpty;
    StringPool::Id albumArtistSort = StringPool::kEmpty;
    StringPool::Id genre = StringPool::kEmpty;
    StringPool::Id mood = StringPool::kEmpty;
    StringPool::Id codec = StringPool::kEmpty;
    StringPool::Id moods = StringPool::kEmpty;      // joined by '\n'
    StringPool::Id characters = StringPool::kEmpty; // joined by '\n'
    StringPool::Id scenes = StringPool::kEmpty;     // joined by '\n'
    QByteArray details;
    qint64 startUs = 0;
    qint64 endUs = -1;
    // The FileStamp of the file it was read from (size, seconds, nanoseconds); size -1 when the
    // file could not be looked at, -2 when it has none (a problem, a CUE track: see `sheet`).
    std::array<qint64, 3> stamp{-2, 0, 0};
    std::array<double, 4> replayGain{}; // track gain, track peak, album gain, album peak; NaN: none
    qint32 durationMs = 0;
    qint32 sampleRate = 0;
    quint16 trackNumber = 0;
    quint16 trackTotal = 0;
    quint16 discNumber = 0;
    quint16 discTotal = 0;
    quint16 year = 0;
    quint16 bitrateKbps = 0;
    quint8 bitDepth = 0;
    quint8 channels = 0;
    bool hasCover = false;
    bool lyricsInTags = false;
    bool compilation = false;
    bool readable = true; // the error is among the details
    // The CUE sheet it is a track of, an index into FolderTracks::sheets; -1 for a whole file.
    qint16 sheet = -1;
};

// A folder's tracks, filled in playing order by appending. A track whose packed details are the
// same as the one's before it keeps no copy of its own but shares that one's: a server album's
// songs all name its cover file, an album's files often one composer or comment. Whoever fills a
// folder gets that by appending; nothing else can change a track once it is in.
class CompactTracks
{
public:
    void reserve(std::size_t count) { m_tracks.reserve(count); }
    void append(CompactTrack track);

    std::size_t size() const { return m_tracks.size(); }
    const CompactTrack& operator[](std::size_t index) const { return m_tracks[index]; }
    auto begin() const { return m_tracks.cbegin(); }
    auto end() const { return m_tracks.cend(); }
    auto cbegin() const { return m_tracks.cbegin(); }
    auto cend() const { return m_tracks.cend(); }

    // The one change to tracks already in, before their folder is shared: their shared texts
    // numbered in the pool (FolderTracks::Decoded::numberedIn).
    template <typename Number> void renumber(const Number& number)
    {
        for (CompactTrack& track : m_tracks)
            number(track);
    }

private:
    std::vector<CompactTrack> m_tracks;
};

// The tracks of one folder, in playing order, as one pass of the library found them. Immutable
// once made and shared: a folder that did not change between passes is the very same object, so
// whoever shows the library can tell at once what changed.
struct FolderTracks
{
    // What some of the folder's tracks were read from as one: a CUE sheet (its name and the
    // stamps of the sheet and its audio), or a server's album (its URL and the stamp of what the
    // server's listing said of it).
    struct Sheet
    {
        QString name;
        QByteArray stamp;
    };

    // A folder's path, or the URL of a server's album (subsonic://USER@HOST:PORT/album/ID), whose
    // songs are named by their paths on that server (their whole URLs in earlier caches) and name
    // it as their Track::albumFolder.
    QString path;
    std::shared_ptr<const StringPool> strings;
    QList<Sheet> sheets;
    CompactTracks tracks;
    // The FileStamp of the folder's liner-notes.md when its tracks were annotated; empty when it
    // had none.
    QByteArray notesStamp;
    // A hash of the cache row it was read from, telling what its tracks are without comparing
    // them (see GroupingCache); 0 when it was not read from the cache.
    quint64 digest = 0;

    int size() const { return int(tracks.size()); }
    bool isRemote() const { return path.contains(u"://"); }
    // Files and sheets the tracks were read from.
    int unitCount() const;
    // Whether a track's unit (its file, or its sheet) still has this FileStamp.
    bool stampMatches(int index, const QByteArray& stamp) const;
    // The unit's path relative to the folder (a sheet's name for its tracks), or whole when the
    // file lies elsewhere.
    QStringView unitNameOf(int index) const;
    // The whole track, as TagReader read it (but for its lyrics, see CompactTrack).
    Track track(int index) const;
    // What places it in an album (see AlbumGrouping), its texts shared with the folder: cheap
    // enough to make for every track of a large library.
    AlbumFields albumFields(int index) const;
    QString pathOf(int index) const;
    const QString& text(StringPool::Id id) const { return strings->at(id); }

    // How the library cache keeps a folder. Strings are stored as text and numbered anew in
    // `strings` when read back; nullptr when the bytes are damaged or of another layout.
    QByteArray toBytes() const;
    static std::shared_ptr<FolderTracks> fromBytes(const QString& path, const QByteArray& bytes,
                                                   const std::shared_ptr<StringPool>& strings);

    // fromBytes in two steps, so that a large cache is decoded on every core: decoding needs no
    // pool and may run on any thread, numbering the texts in the pool is the pool's one thread's.
    struct Decoded
    {
        // Its shared texts numbered as the row numbers them: indexes into `texts`. Null when the
        // bytes are damaged or of another layout.
        std::shared_ptr<FolderTracks> folder;
        QStringList texts;

        std::shared_ptr<FolderTracks> numberedIn(const std::shared_ptr<StringPool>& strings) &&;
    };
    static Decoded decode(const QString& path, const QByteArray& bytes);
};

using FolderTracksPtr = std::shared_ptr<const FolderTracks>;

// A Track as a folder keeps it. `stamp` is the FileStamp it was read with (whole files only).
CompactTrack compactTrack(const Track& track, const QString& folder, const QByteArray& stamp,
                          qint16 sheet, StringPool& strings);

// Tracks known whole (a scan of a few files, a server's songs, a test) as folders: the tracks of
// each folder (Track::albumFolder when a track names one) become one, in the order given, folders
// in the order first met, without stamps.
QList<FolderTracksPtr> foldersOf(const QList<Track>& tracks);

// Every track of the folders, whole (for a small library, a test, or what needs them all).
QList<Track> tracksOf(const QList<FolderTracksPtr>& folders);

// A track of a folder: how a view of the whole library refers to one without holding it whole.
struct TrackRef
{
    FolderTracksPtr folder;
    int index = 0;

    Track track() const { return folder->track(index); }
    const CompactTrack& compact() const { return folder->tracks[std::size_t(index)]; }
    friend bool operator==(const TrackRef&, const TrackRef&) = default;
};

} // namespace liner::library
