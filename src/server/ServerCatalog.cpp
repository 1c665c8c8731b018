#include "server/ServerCatalog.h"

#include "library/LibraryScanner.h"
#include "server/ServerLocation.h"
#include "server/SongTracks.h"
#include "server/SubsonicResponse.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

namespace liner::server {

namespace {

// Servers cap a page at 500 (Navidrome, the specification's maximum).
constexpr int kPageSize = 500;
// getAlbum calls under way together: a listing of thousands of albums waits for the network a
// few times over rather than once per album, and no server is asked for more than a few at once.
constexpr int kAlbumsAtOnce = 4;
// Albums asked for before their answers are read, so that a server that fails stops the listing
// soon and no more than these answers are held at once.
constexpr int kAlbumBatch = 64;

// What the listing says of an album, less the counters that change with every play: when this is
// unchanged, so are its songs.
QByteArray stampOf(QJsonObject album)
{
    for (const char* volatileField : {"playCount", "played", "starred", "userRating"})
        album.remove(QLatin1String(volatileField));
    return QCryptographicHash::hash(QJsonDocument(album).toJson(QJsonDocument::Compact),
                                    QCryptographicHash::Sha1);
}

QList<library::Track> songsOf(const ServerAccount& account, const QJsonObject& album,
                              const QString& coverFile = {})
{
    QList<library::Track> tracks;
    for (const auto& song : listOf(album, QStringLiteral("song"))) {
        if (!isSong(song.toObject()))
            continue;
        tracks << trackFromSong(account, song.toObject(), album);
        if (tracks.last().hasCover)
            tracks.last().coverFile = coverFile;
    }
    library::LibraryScanner::sortForPlayback(tracks);
    return tracks;
}

// Where an album's cover is kept: named after the server and the cover's id, which servers
// change when the picture changes (Navidrome adds a time to it).
QString coverFileFor(const QString& folder, const ServerAccount& account, const QString& coverId)
{
    if (folder.isEmpty() || coverId.isEmpty())
        return {};
    return folder + u'/' +
           QString::fromLatin1(QCryptographicHash::hash((account.key() + u'|' + coverId).toUtf8(),
                                                        QCryptographicHash::Sha1)
                                   .toHex()) +
           QStringLiteral(".image");
}

// The albums of getAlbumList2, page after page until an empty one (a server may give fewer than
// asked for without being at the end), or one with nothing new (a server that ignores offset).
QList<QJsonObject> listAlbums(SubsonicClient& client, QString& error)
{
    QList<QJsonObject> albums;
    QSet<QString> seen;
    for (;;) {
        const ServerReply reply =
            client.call(QStringLiteral("getAlbumList2"),
                        {{QStringLiteral("type"), QStringLiteral("alphabeticalByName")},
                         {QStringLiteral("size"), QString::number(kPageSize)},
                         {QStringLiteral("offset"), QString::number(albums.size())}});
        if (!reply.isOk()) {
            error = reply.error;
            return {};
        }
        const QJsonArray page =
            listOf(objectOf(reply.body, QStringLiteral("albumList2")), QStringLiteral("album"));
        bool anyNew = false;
        for (const auto& value : page) {
            const QString id = textOf(value.toObject(), QStringLiteral("id"));
            if (!id.isEmpty() && !seen.contains(id)) {
                seen.insert(id);
                albums << value.toObject();
                anyNew = true;
            }
        }
        if (!anyNew)
            return albums;
    }
}

// Albums of artists whose count (getArtists) is more than the pages gave for them.
QList<QJsonObject> albumsPagesMissed(SubsonicClient& client, const QList<QJsonObject>& listed,
                                     QString& error)
{
    const ServerReply artists = client.call(QStringLiteral("getArtists"));
    if (!artists.isOk()) {
        error = artists.error;
        return {};
    }
    QHash<QString, int> listedPerArtist;
    QSet<QString> listedIds;
    for (const QJsonObject& album : listed) {
        ++listedPerArtist[textOf(album, QStringLiteral("artistId"))];
        listedIds.insert(textOf(album, QStringLiteral("id")));
    }
    QList<QJsonObject> missed;
    const QJsonObject index = objectOf(artists.body, QStringLiteral("artists"));
    for (const auto& letter : listOf(index, QStringLiteral("index"))) {
        for (const auto& value : listOf(letter.toObject(), QStringLiteral("artist"))) {
            const QJsonObject artist = value.toObject();
            const QString id = textOf(artist, QStringLiteral("id"));
            if (integerOf(artist, QStringLiteral("albumCount")) <= listedPerArtist.value(id))
                continue;
            const ServerReply albums =
                client.call(QStringLiteral("getArtist"), {{QStringLiteral("id"), id}});
            if (!albums.isOk())
                continue; // an artist gone meanwhile; the pages still count
            for (const auto& album :
                 listOf(objectOf(albums.body, QStringLiteral("artist")), QStringLiteral("album"))) {
                const QString albumId = textOf(album.toObject(), QStringLiteral("id"));
                if (!listedIds.contains(albumId)) {
                    listedIds.insert(albumId);
                    missed << album.toObject();
                }
            }
        }
    }
    return missed;
}

} // namespace

library::FolderTracksPtr albumFolder(const QString& location, const QByteArray& stamp,
                                     const QList<library::Track>& songs,
                                     const std::shared_ptr<library::StringPool>& strings)
{
    auto folder = std::make_shared<library::FolderTracks>();
    folder->path = location;
    folder->strings = strings;
    folder->sheets << library::FolderTracks::Sheet{location, stamp};
    folder->tracks.reserve(std::size_t(songs.size()));
    for (const library::Track& song : songs)
        folder->tracks.append(library::compactTrack(song, location, {}, 0, *strings));
    return folder;
}

QByteArray albumStamp(const library::FolderTracks& album)
{
    return album.isRemote() && album.sheets.size() == 1 ? album.sheets.first().stamp : QByteArray();
}

QList<library::FolderTracksPtr> Catalog::folders() const
{
    QList<library::FolderTracksPtr> all;
    all.reserve(order.size());
    for (const QString& location : order)
        all << albums.value(location);
    return all;
}

QList<library::Track> Catalog::tracks() const
{
    return library::tracksOf(folders());
}

Catalog ServerCatalog::fetch(SubsonicClient& client,
                             const QHash<QString, library::FolderTracksPtr>& known,
                             const Progress& progress, const QString& coverFolder,
                             std::shared_ptr<library::StringPool> strings)
{
    if (!strings)
        strings = std::make_shared<library::StringPool>();
    Catalog catalog;
    QList<QJsonObject> albums = listAlbums(client, catalog.error);
    if (catalog.error.isEmpty())
        albums << albumsPagesMissed(client, albums, catalog.error);
    if (!catalog.error.isEmpty())
        return catalog;
    const ServerAccount& account = client.account();
    struct Listed
    {
        QString location;
        QByteArray stamp;
        QString coverFile;
        library::FolderTracksPtr known; // null: to be read with getAlbum
    };
    for (qsizetype batch = 0; batch < albums.size(); batch += kAlbumBatch) {
        if (progress)
            progress(int(batch), int(albums.size()));
        QList<Listed> listed;
        QList<Parameters> asked;
        for (qsizetype i = batch; i < std::min(batch + kAlbumBatch, albums.size()); ++i) {
            const QString id = textOf(albums[i], QStringLiteral("id"));
            Listed album{ServerLocation::album(account, id), stampOf(albums[i]), {}, {}};
            const QString coverId = textOf(albums[i], QStringLiteral("coverArt"));
            album.coverFile = coverFileFor(coverFolder, account, coverId);
            if (!album.coverFile.isEmpty())
                catalog.covers.insert(album.coverFile, coverId);
            if (const auto cached = known.constFind(album.location);
                cached != known.cend() && albumStamp(**cached) == album.stamp)
                album.known = *cached;
            else
                asked.append({{QStringLiteral("id"), id}});
            listed << album;
        }
        const QList<ServerReply> replies =
            client.callEach(QStringLiteral("getAlbum"), asked, kAlbumsAtOnce);
        catalog.albumsFetched += int(asked.size());
        qsizetype answer = 0;
        for (const Listed& album : std::as_const(listed)) {
            if (album.known) {
                // The known folder's own copy of the URL: 10,000 new copies would stay for as
                // long as the catalog, among what the listing freed.
                catalog.albums.insert(album.known->path, album.known);
                catalog.order << album.known->path;
                continue;
            }
            const ServerReply& reply = replies[answer++];
            if (reply.errorCode == 70)
                continue; // removed since the listing
            if (!reply.isOk()) {
                catalog.error = reply.error;
                return catalog;
            }
            const QList<library::Track> songs =
                songsOf(account, objectOf(reply.body, QStringLiteral("album")), album.coverFile);
            if (!songs.isEmpty()) {
                catalog.albums.insert(album.location,
                                      albumFolder(album.location, album.stamp, songs, strings));
                catalog.order << album.location;
            }
        }
    }
    if (progress)
        progress(int(albums.size()), int(albums.size()));
    return catalog;
}

QList<library::Track> ServerCatalog::album(SubsonicClient& client, const QString& id,
                                           QString& error)
{
    const ServerReply reply = client.call(QStringLiteral("getAlbum"), {{QStringLiteral("id"), id}});
    if (!reply.isOk()) {
        error = reply.error;
        return {};
    }
    return songsOf(client.account(), objectOf(reply.body, QStringLiteral("album")));
}

} // namespace liner::server
