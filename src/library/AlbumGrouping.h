#pragma once

#include "common/InParts.h"
#include "library/AlbumFields.h"
#include "library/Track.h"

#include <QCollator>
#include <QHash>
#include <QList>
#include <QStringList>
#include <numeric>

namespace liner::library {

enum class AlbumKind
{
    Album,       // one artist's release
    Compilation, // one release of various artists (flagged, so tagged, or guessed from its artists)
    Soundtrack,  // a work's soundtrack assembled from the singles it was released in
};

// "album", "compilation", "soundtrack", as `liner --albums --json` names them.
QString albumKindName(AlbumKind kind);

// One single of an assembled soundtrack, as released: rows [firstRow, firstRow + rowCount) of it.
struct SoundtrackPart
{
    int part = 0;
    QString
        album; // the single's album name, "Queen of Tears (Original Television Soundtrack), Pt. 3"
    QString artist;
    QString folder;
    qsizetype firstRow = 0;
    qsizetype rowCount = 0;
};

// What the library shows of an album, whoever holds its tracks.
struct AlbumInfo
{
    // Stays the same while the album's tracks change (a rescan, a file added).
    QString key;
    AlbumKind kind = AlbumKind::Album;
    QString title;
    // Empty when variousArtists: the window and --albums name that each in their own words.
    QString artist;
    bool variousArtists = false;
    int year = 0;
    int discs = 0;
    // Album folders (a disc's subfolder counts as its album's folder), in play order.
    QStringList folders;
    // Set when another album shows the same title and artist (two copies, a remaster): the year
    // when theirs differ, else the folder's name (a server's album: its server, see
    // folderLabel), so that the listener can tell them apart.
    QString distinction;
    // The title and artist as sort tags order them.
    QString titleSortKey;
    QString artistSortKey;
    QList<SoundtrackPart> parts;
};

// Work titles that name one work ("Queen of Tears" and "눈물의 여왕"), as notes packs know them,
// and those that soundtrack parts naming two titles join. By matchKey().
class WorkTitles
{
public:
    // The keys name one work from now on.
    void join(const QStringList& keys);
    // The one key that stands for the work `key` names.
    QString canonical(const QString& key) const;
    // The same for titles that name the same works, however they were joined.
    size_t digest(size_t seed) const;

private:
    QHash<QString, QString> m_parent;
};

// The album a track belongs to. The rules (documented in the README):
// - a soundtrack part ("눈물의 여왕 OST Part.3", "Queen of Tears (Original Television Soundtrack),
//   Pt. 3"; see SoundtrackTitle) joins its work's soundtrack, whatever its folder and artist;
// - else tracks with the same album title in the same album folder are one album, whatever their
//   artists (a compilation tagged with each singer as ARTIST and no ALBUMARTIST is one album); a
//   disc's subfolder ("CD1", "Disc 2", "Album [Disc 3]") is part of its parent's album;
// - the same tags in unrelated folders are separate albums (two copies stay two), and so are
//   two albums of a server (each its own album folder, Track::albumFolder);
// - untagged files make one album per folder, named after it;
// - a server's songs that name no album id (Track::albumFolder empty: a playlist's entries, a
//   server that omits albumId) are as files loose in one folder of that server: one album per
//   album title, and those without one make "Songs without an album on HOST".
// A folder holding two albums of one title by different album artists is split by album artist
// when the whole library is grouped (groupAlbums); keyOf alone does not see the other tracks.
QString albumKeyOf(const AlbumFields& track, const WorkTitles& works);

// The folder of a track's album: its own, or the parent of a disc's subfolder.
QString albumFolderOf(const QString& trackPath);
// The same for a track, which may name its album folder itself (Track::albumFolder).
QString albumFolderOf(const Track& track);
QString albumFolderOf(const AlbumFields& track);

// Puts an album's tracks in play order (a soundtrack's by part, then each single's own order:
// disc, folder, track number, file name, place in the file) and describes the album they make.
// `info.key` is kept; the distinction is left to markDistinctions().
void describeAlbum(AlbumInfo& info, QList<const AlbumFields*>& tracks);
// The same for the tracks `rows` of `tracks` names.
void describeAlbum(AlbumInfo& info, const QList<AlbumFields>& tracks, QList<qsizetype>& rows);
void describeAlbum(AlbumInfo& info, QList<const Track*>& tracks);

// Fewer tracks than this are described on one core: waking another would cost more.
constexpr qsizetype kLeastFieldsPerCore = 1000;

// The same for tracks held in another form (a Track, a reference into a folder): `fieldsOf(item)`
// gives an item's AlbumFields (called on every core at once), and the items are put in play order.
template <typename Item, typename FieldsOf>
void describeAlbumOf(AlbumInfo& info, QList<Item>& items, FieldsOf fieldsOf)
{
    // On every core: a folder of 10,000 tracks took 12 ms to copy out on one, each time it was
    // shown.
    QList<AlbumFields> fields(items.size());
    common::inParts(
        items.size(),
        [&fieldsOf, in = std::as_const(items).data(), out = fields.data()](qsizetype from,
                                                                           qsizetype to) {
            for (qsizetype i = from; i < to; ++i)
                out[i] = fieldsOf(in[i]);
        },
        kLeastFieldsPerCore);
    QList<qsizetype> rows(fields.size());
    std::iota(rows.begin(), rows.end(), qsizetype(0));
    describeAlbum(info, fields, rows);
    QList<Item> ordered;
    ordered.reserve(rows.size());
    for (const qsizetype row : std::as_const(rows))
        ordered << std::as_const(items)[row];
    items = std::move(ordered);
}

// Sets AlbumInfo::distinction on albums that would otherwise look the same.
void markDistinctions(const QList<AlbumInfo*>& albums);

// The order of the library: title (ALBUMSORT first), then artist (ALBUMARTISTSORT, ARTISTSORT),
// year and folder, compared as `collator` does.
bool isBefore(const AlbumInfo& a, const AlbumInfo& b, const QCollator& collator);

// The collator the library is ordered with: the interface language's rules (Korean dictionary
// order for Hangul, whatever the language; decomposed Hangul as macOS writes it sorts as its
// composed form), numbers by value. The C locale falls back to English.
QCollator libraryCollator();

// An album as grouping found it: rows of the track list it was given, in play order.
// Bump when what groupAlbumsAsFound makes of the same tracks changes (its rules, AlbumInfo): the
// groupings kept from before (GroupingCache) are then not used.
constexpr int kAlbumGroupingRules = 1;

struct AlbumGroup : AlbumInfo
{
    QList<qsizetype> rows;
};

// The library's albums, in library order: what the window lists and `liner --albums` prints.
// Unreadable tracks belong to none. O(n log n); no track is copied.
QList<AlbumGroup> groupAlbums(const QList<AlbumFields>& tracks, WorkTitles works = {});
// The same in the order the albums were first met, for whoever orders them itself.
QList<AlbumGroup> groupAlbumsAsFound(const QList<AlbumFields>& tracks, WorkTitles works = {});
QList<AlbumGroup> groupAlbums(const QList<Track>& tracks, WorkTitles works = {});

} // namespace liner::library
