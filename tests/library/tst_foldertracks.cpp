#include "demo/FixtureWriter.h"
#include "library/AlbumGrouping.h"
#include "library/FolderTracks.h"
#include "library/LibraryIndexer.h"
#include "library/TagReader.h"
#include "notes/NotesRepository.h"
#include "notes/TrackNotesLookup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;

namespace {

// Every field of the two tracks that differs, "name: a | b", for a failure to say what was lost.
QStringList differences(const library::Track& a, const library::Track& b)
{
    QStringList found;
    const auto text = [&found](const char* name, const auto& left, const auto& right) {
        if (left != right)
            found << QStringLiteral("%1: %2 | %3")
                         .arg(QLatin1StringView(name), QVariant::fromValue(left).toString(),
                              QVariant::fromValue(right).toString());
    };
    text("path", a.path, b.path);
    text("title", a.title, b.title);
    text("artist", a.artist, b.artist);
    text("albumArtist", a.albumArtist, b.albumArtist);
    text("album", a.album, b.album);
    text("albumSort", a.albumSort, b.albumSort);
    text("artistSort", a.artistSort, b.artistSort);
    text("albumArtistSort", a.albumArtistSort, b.albumArtistSort);
    text("compilation", a.compilation, b.compilation);
    text("year", a.year, b.year);
    text("discNumber", a.discNumber, b.discNumber);
    text("trackNumber", a.trackNumber, b.trackNumber);
    text("moods", a.moods.join(u';'), b.moods.join(u';'));
    text("characters", a.characters.join(u';'), b.characters.join(u';'));
    text("scenes", a.scenes.join(u';'), b.scenes.join(u';'));
    text("lyricsInTags", a.lyricsInTags, b.lyricsInTags);
    if (found.isEmpty() && a != b)
        found << QStringLiteral("another field");
    return found;
}

QString describeGroups(const QList<library::AlbumGroup>& groups)
{
    QStringList lines;
    for (const library::AlbumGroup& group : groups) {
        QStringList rows;
        for (const qsizetype row : group.rows)
            rows << QString::number(row);
        lines << QStringList{group.key,          library::albumKindName(group.kind),
                             group.title,        group.artist,
                             group.titleSortKey, group.artistSortKey,
                             group.distinction,  rows.join(u',')}
                     .join(u'|');
    }
    return lines.join(u'\n');
}

} // namespace

// The library keeps tracks compactly and caches them in that form: what it gives back from the
// cache must be what a fresh scan gave, field for field, or albums would group differently after
// a restart.
class TestFolderTracks : public QObject
{
    Q_OBJECT

private slots:
    void theCacheKeepsEveryField()
    {
        QTemporaryDir dir;
        const QString music = dir.filePath(QStringLiteral("music"));
        const QString compilation = music + QStringLiteral("/OST");
        const QString single = music + QStringLiteral("/Single");
        QVERIFY(QDir().mkpath(compilation));
        QVERIFY(QDir().mkpath(single));
        // Sort names and the compilation flag in each tag format's own form.
        const std::vector<demo::FixtureFormat> formats{
            demo::FixtureFormat::Flac, demo::FixtureFormat::Mp3, demo::FixtureFormat::Aac,
            demo::FixtureFormat::Vorbis};
        for (std::size_t i = 0; i < formats.size(); ++i) {
            demo::FixtureTags tags;
            tags.title = QStringLiteral("Song %1").arg(i + 1);
            tags.artist = QStringLiteral("The Singer %1").arg(i + 1);
            tags.album = QStringLiteral("눈물의 여왕 OST");
            tags.trackNumber = int(i) + 1;
            tags.discNumber = 1;
            tags.year = 2024;
            tags.lyrics = QStringLiteral("[00:01.00]첫 줄");
            tags.extra.insert(QStringLiteral("ARTISTSORT"),
                              QStringLiteral("Singer %1, The").arg(i + 1));
            tags.extra.insert(QStringLiteral("ALBUMSORT"), QStringLiteral("Nunmurui Yeowang OST"));
            tags.extra.insert(QStringLiteral("COMPILATION"), QStringLiteral("1"));
            const QString path = QStringLiteral("%1/%2.%3")
                                     .arg(compilation)
                                     .arg(i + 1, 2, 10, QLatin1Char('0'))
                                     .arg(demo::fileExtension(formats[i]));
            const QString error =
                demo::writeFixture(path, formats[i], demo::fixtureSignal(44100, 2, 4410), tags);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        demo::FixtureTags tags;
        tags.title = QStringLiteral("Alone");
        tags.artist = QStringLiteral("Beatles, The");
        tags.albumArtist = QStringLiteral("The Beatles");
        tags.album = QStringLiteral("A Single");
        tags.extra.insert(QStringLiteral("ALBUMARTISTSORT"), QStringLiteral("Beatles, The"));
        QVERIFY(demo::writeFixture(single + QStringLiteral("/01.flac"), demo::FixtureFormat::Flac,
                                   demo::fixtureSignal(44100, 2, 4410), tags)
                    .isEmpty());
        // What only the liner notes say of a track: its moods, characters and scenes.
        QFile notes(compilation + QStringLiteral("/liner-notes.md"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("# 눈물의 여왕 OST\n\n## 1. Song 1\nMood: Tender, Longing\n"
                    "Characters: Hong Hae-in\nScenes: Episode 1; Episode 16\n\n"
                    "## 3. Song 3\nScenes: The sunset on the subway\n");
        notes.close();

        const notes::NotesRepository repository;
        const library::LibraryIndexer::Annotate annotate =
            [&repository](const QString& folder, QList<library::Track>& tracks) {
                notes::annotateFolder(repository, folder, tracks);
            };
        const QString database = dir.filePath(QStringLiteral("library.sqlite"));
        const library::IndexResult fresh =
            library::LibraryIndexer(database, annotate).update({music});
        QVERIFY2(fresh.problems.isEmpty(), qPrintable(fresh.problems.join(u'\n')));
        QCOMPARE(fresh.unitsRead, 5);
        // A new process: everything from the cache, nothing read again.
        const library::IndexResult cached =
            library::LibraryIndexer(database, annotate).update({music});
        QCOMPARE(cached.unitsRead, 0);
        QCOMPARE(cached.unitsReused, 5);

        const QList<library::Track> scanned = fresh.tracks();
        const QList<library::Track> reloaded = cached.tracks();
        QCOMPARE(reloaded.size(), scanned.size());
        for (qsizetype i = 0; i < scanned.size(); ++i) {
            // What TagReader read and the notes added, but the lyrics, which stay in the file.
            library::Track read = library::TagReader::read(scanned[i].path);
            read.lyricsInTags = !read.lyrics.isEmpty();
            read.lyrics.clear();
            QList<library::Track> annotated{read};
            annotate(QFileInfo(read.path).path(), annotated);
            QVERIFY2(differences(scanned[i], annotated.first()).isEmpty(),
                     qPrintable(differences(scanned[i], annotated.first()).join(u'\n')));
            QVERIFY2(differences(reloaded[i], scanned[i]).isEmpty(),
                     qPrintable(differences(reloaded[i], scanned[i]).join(u'\n')));
        }
        // The fields are there to be compared, not empty on both sides.
        const library::Track& first = reloaded.first();
        QCOMPARE(first.artistSort, QStringLiteral("Singer 1, The"));
        QCOMPARE(first.albumSort, QStringLiteral("Nunmurui Yeowang OST"));
        QVERIFY(first.compilation);
        QVERIFY(first.lyricsInTags);
        QCOMPARE(first.scenes,
                 (QStringList{QStringLiteral("Episode 1"), QStringLiteral("Episode 16")}));
        QCOMPARE(first.characters, QStringList{QStringLiteral("Hong Hae-in")});
        QCOMPARE(reloaded.last().albumArtistSort, QStringLiteral("Beatles, The"));
        QVERIFY(!reloaded.last().compilation);

        const QList<library::AlbumGroup> fromCache = library::groupAlbums(reloaded);
        QCOMPARE(describeGroups(fromCache), describeGroups(library::groupAlbums(scanned)));
        QCOMPARE(fromCache.size(), 2);
        QCOMPARE(fromCache.last().kind, library::AlbumKind::Compilation);
    }

    // Tracks that say the same in their details (a server album's cover file, one composer for
    // an album) keep one copy of them, in the folders made from tracks and in those read back
    // from the cache; each track still gives its own whole.
    void repeatedDetailsAreKeptOnce()
    {
        QList<library::Track> tracks;
        for (int number = 1; number <= 3; ++number) {
            library::Track track;
            track.path = QStringLiteral("/music/a/%1.flac").arg(number);
            track.album = QStringLiteral("A");
            track.composer = QStringLiteral("Nam Hye-seung");
            track.coverFile = QStringLiteral("/cache/servers/3f2a.image");
            tracks << track;
        }
        tracks[2].comment = QStringLiteral("bonus");
        const library::FolderTracksPtr made = library::foldersOf(tracks).first();
        const library::FolderTracksPtr read = library::FolderTracks::fromBytes(
            made->path, made->toBytes(), std::make_shared<library::StringPool>());
        QVERIFY(read);
        for (const library::FolderTracksPtr& folder : {made, read}) {
            // The same bytes, not an equal copy of them.
            QVERIFY(folder->tracks[1].details.constData() == folder->tracks[0].details.constData());
            QVERIFY(folder->tracks[2].details.constData() != folder->tracks[1].details.constData());
            for (int i = 0; i < 3; ++i)
                QCOMPARE(folder->track(i), tracks[i]);
        }
    }

    // A server's songs lie in their album's folder, named by their paths on the server rather
    // than their whole URLs; each still gives its whole URL and album, also from the cache and
    // from a cache that kept whole URLs.
    void serverSongsAreKeptByTheirPathOnTheServer()
    {
        const QString server = QStringLiteral("subsonic://alice@music.example.org:4533");
        const QString album = server + QStringLiteral("/album/al-7");
        QList<library::Track> songs;
        for (const QString& id : {QStringLiteral("s-1"), QStringLiteral("s-2")}) {
            library::Track song;
            song.path = server + QStringLiteral("/song/") + id;
            song.albumFolder = album;
            song.album = QStringLiteral("눈물의 여왕 OST");
            song.title = QStringLiteral("Song ") + id;
            songs << song;
        }
        const library::FolderTracksPtr made = library::foldersOf(songs).first();
        QCOMPARE(made->path, album);
        QCOMPARE(made->tracks[0].name, QStringLiteral("/song/s-1"));
        const library::FolderTracksPtr read = library::FolderTracks::fromBytes(
            made->path, made->toBytes(), std::make_shared<library::StringPool>());
        QVERIFY(read);
        // The same folder as a cache before kept it: its songs by their whole URLs.
        auto earlier = std::make_shared<library::FolderTracks>();
        earlier->path = made->path;
        earlier->strings = made->strings;
        earlier->sheets = made->sheets;
        for (int i = 0; i < 2; ++i) {
            library::CompactTrack song = made->tracks[std::size_t(i)];
            song.name = songs[i].path;
            earlier->tracks.append(std::move(song));
        }
        for (const library::FolderTracksPtr& folder :
             {made, read, library::FolderTracksPtr(earlier)}) {
            for (int i = 0; i < 2; ++i) {
                QCOMPARE(folder->pathOf(i), songs[i].path);
                QCOMPARE(folder->track(i), songs[i]);
                QCOMPARE(folder->albumFields(i).albumFolder, album);
                QCOMPARE(folder->albumFields(i).folder, album);
            }
        }
    }

    // A cache row of an earlier layout is not misread as this one.
    void anEarlierLayoutIsNotTrusted()
    {
        library::Track track;
        track.path = QStringLiteral("/music/a/01.flac");
        track.album = QStringLiteral("A");
        const library::FolderTracksPtr folder = library::foldersOf({track}).first();
        QByteArray bytes = folder->toBytes();
        QVERIFY(library::FolderTracks::fromBytes(folder->path, bytes,
                                                 std::make_shared<library::StringPool>()));
        // QDataStream writes the layout number first, as one byte.
        bytes[0] = char(1);
        QVERIFY(!library::FolderTracks::fromBytes(folder->path, bytes,
                                                  std::make_shared<library::StringPool>()));
    }

    // A row cut short anywhere (a cache written by a Liner that was killed, a damaged disk) is
    // not read as a folder, and nothing beyond its bytes is read.
    void aRowCutShortIsNotTrusted()
    {
        QList<library::Track> tracks;
        for (int number = 1; number <= 3; ++number) {
            library::Track track;
            track.path = QStringLiteral("/music/눈물의 여왕/%1.flac").arg(number);
            track.title = QStringLiteral("Track %1").arg(number);
            track.album = QStringLiteral("눈물의 여왕 OST");
            track.artist = QStringLiteral("Crush");
            track.moods = QStringList{QStringLiteral("longing")};
            track.replayGain.trackGainDb = -6.5;
            tracks << track;
        }
        tracks[1].comment = QStringLiteral("bonus");
        const library::FolderTracksPtr folder = library::foldersOf(tracks).first();
        const QByteArray bytes = folder->toBytes();
        QVERIFY(library::FolderTracks::fromBytes(folder->path, bytes,
                                                 std::make_shared<library::StringPool>()));
        for (qsizetype size = 0; size < bytes.size(); ++size)
            QVERIFY2(!library::FolderTracks::fromBytes(folder->path, bytes.left(size),
                                                       std::make_shared<library::StringPool>()),
                     qPrintable(QString::number(size)));
    }
};

QTEST_GUILESS_MAIN(TestFolderTracks)
#include "tst_foldertracks.moc"
