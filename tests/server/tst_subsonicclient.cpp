#include "ServerProcesses.h"
#include "demo/FixtureWriter.h"
#include "library/AlbumGrouping.h"
#include "server/ServerCatalog.h"
#include "server/ServerCovers.h"
#include "server/ServerLocation.h"
#include "server/SongTracks.h"
#include "server/SubsonicClient.h"
#include "server/SubsonicResponse.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace liner;
using testing::FakeServerProcess;

// The Subsonic client against the tests' own server (written from the OpenSubsonic
// specification): each way of signing in, both answer formats, the OpenSubsonic fields, and
// every way a server can fail, each with a message a listener can act on.
class TestSubsonicClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_library;

private slots:
    void initTestCase()
    {
        const demo::PcmBuffer pcm = demo::fixtureSignal(48000, 2, 4800);
        for (int number = 1; number <= 3; ++number) {
            demo::FixtureTags tags;
            tags.title = QStringLiteral("Song %1").arg(number);
            tags.artist = QStringLiteral("Singer %1").arg(number);
            tags.albumArtist = QStringLiteral("The Album Artist");
            tags.album = QStringLiteral("Remote Album");
            tags.trackNumber = number;
            tags.discNumber = 1;
            tags.year = 2024;
            tags.extra.insert(QStringLiteral("REPLAYGAIN_TRACK_GAIN"), QStringLiteral("-6.5 dB"));
            tags.extra.insert(QStringLiteral("REPLAYGAIN_TRACK_PEAK"), QStringLiteral("0.9"));
            tags.extra.insert(QStringLiteral("MUSICBRAINZ_TRACKID"),
                              QStringLiteral("00000000-0000-0000-0000-00000000000%1").arg(number));
            tags.embedCover = number == 1;
            QVERIFY(demo::writeFixture(m_library.filePath(QStringLiteral("%1.flac").arg(number)),
                                       demo::FixtureFormat::Flac, pcm, tags, 24)
                        .isEmpty());
        }
        demo::FixtureTags other;
        other.title = QStringLiteral("첫눈");
        other.artist = QStringLiteral("가수");
        other.album = QStringLiteral("두 번째 앨범");
        other.trackNumber = 1;
        QVERIFY(demo::writeFixture(m_library.filePath(QStringLiteral("other.mp3")),
                                   demo::FixtureFormat::Mp3, pcm, other)
                    .isEmpty());
    }

    void responsesReadAlikeFromJsonAndXml()
    {
        const auto json = server::SubsonicResponse::parse(
            "{\"subsonic-response\":{\"status\":\"ok\",\"version\":\"1.16.1\","
            "\"album\":{\"id\":\"7\",\"song\":{\"id\":\"1\",\"track\":\"3\"}}}}");
        QVERIFY(json.isOk());
        const QJsonObject album = server::objectOf(json.body, QStringLiteral("album"));
        // A single song where an array is meant, a number as a string: both as servers send them.
        QCOMPARE(server::listOf(album, QStringLiteral("song")).size(), 1);
        QCOMPARE(server::integerOf(server::listOf(album, QStringLiteral("song")).at(0).toObject(),
                                   QStringLiteral("track")),
                 3);
        const auto xml = server::SubsonicResponse::parse(
            "<?xml version='1.0'?><subsonic-response xmlns='http://subsonic.org/restapi' "
            "status='ok' version='1.16.1'><album id='7'><song id='1' track='3'/>"
            "<song id='2' track='4'/></album></subsonic-response>");
        QVERIFY(xml.isOk());
        QCOMPARE(server::listOf(server::objectOf(xml.body, QStringLiteral("album")),
                                QStringLiteral("song"))
                     .size(),
                 2);
        const auto failed = server::SubsonicResponse::parse(
            "<subsonic-response status='failed'><error code='70' message='gone'/>"
            "</subsonic-response>");
        QCOMPARE(failed.errorCode, 70);
        QCOMPARE(failed.errorMessage, QStringLiteral("gone"));
        QVERIFY(
            !server::SubsonicResponse::parse("<html>502 Bad Gateway</html>").malformed.isEmpty());
        QVERIFY(!server::SubsonicResponse::parse("{\"subsonic-response\": {").malformed.isEmpty());
        QVERIFY(!server::SubsonicResponse::parse("").malformed.isEmpty());
    }

    void locationsRoundTrip()
    {
        server::ServerAccount account;
        account.url = QUrl(QStringLiteral("https://music.example.org/navidrome/"));
        account.user = QStringLiteral("kim@home");
        const QString song = server::ServerLocation::song(account, QStringLiteral("al/1?x"));
        QCOMPARE(song,
                 QStringLiteral("subsonic://kim%40home@music.example.org:443/song/al%2F1%3Fx"));
        const auto parsed = server::ServerLocation::parse(song);
        QVERIFY(parsed);
        QCOMPARE(parsed->kind, server::ServerLocation::Kind::Song);
        QCOMPARE(parsed->id, QStringLiteral("al/1?x"));
        QCOMPARE(parsed->serverKey, account.key());
        QVERIFY(!server::ServerLocation::parse(QStringLiteral("subsonic://host/song/1")));
        QVERIFY(!server::ServerLocation::parse(QStringLiteral("/music/song/1.flac")));
    }

    // Navidrome and Gonic: a salted token, never the password.
    void signsInWithAToken()
    {
        FakeServerProcess fake(m_library.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        server::SubsonicClient client(fake.account());
        const server::ServerReply reply = client.call(QStringLiteral("ping"));
        QVERIFY2(reply.isOk(), qPrintable(reply.error));
        for (const QString& request : fake.requests()) {
            if (request.contains(u"getOpenSubsonicExtensions"))
                continue;
            QVERIFY2(request.contains(u"&t=") && request.contains(u"&s="), qPrintable(request));
            QVERIFY2(!request.contains(u"&p="), qPrintable(request));
        }
    }

    // A cover the server names but cannot give (the MP3 album has none) is asked for once, not
    // at every listing, and remembered by the server's coverArt id; one it gives is kept on disk
    // and not asked for again either.
    void aMissingCoverIsAskedForOnce()
    {
        FakeServerProcess fake(m_library.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        server::SubsonicClient client(fake.account());
        QTemporaryDir covers;
        const server::Catalog catalog = server::ServerCatalog::fetch(client, {}, {}, covers.path());
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        QCOMPARE(catalog.covers.size(), 2);
        QSet<QString> coverless;
        QCOMPARE(server::ServerCovers::fetchMissing(client, catalog, coverless), 1);
        QCOMPARE(coverless.size(), 1);
        QVERIFY(catalog.covers.values().contains(*coverless.cbegin()));
        QCOMPARE(server::ServerCovers::fetchMissing(client, catalog, coverless), 0);
        QCOMPARE(fake.requests().filter(u"getCoverArt").size(), 2);
    }

    // Supysonic knows no tokens and asks for the password (error 10): the client falls back to
    // the password form, and keeps to it. The password has characters URLs treat specially.
    void fallsBackToThePasswordForm()
    {
        FakeServerProcess fake(m_library.path(),
                               {QStringLiteral("--auth"), QStringLiteral("password")});
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        server::ServerAccount account = fake.account();
        server::SubsonicClient client(account);
        const server::Catalog catalog = server::ServerCatalog::fetch(client);
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        QCOMPARE(catalog.tracks().size(), 4);
        const QStringList requests = fake.requests();
        QVERIFY(requests.first().contains(u"&t="));
        QVERIFY(requests.last().contains(u"&p=enc%3A") || requests.last().contains(u"&p=enc:"));
        QCOMPARE(requests.filter(u"&t=").size(), 1);
    }

    void signsInWithAnApiKey()
    {
        FakeServerProcess fake(m_library.path(),
                               {QStringLiteral("--auth"), QStringLiteral("apikey"),
                                QStringLiteral("--api-key"), QStringLiteral("k+ey/1")});
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        server::ServerAccount account = fake.account({});
        account.apiKey = QStringLiteral("k+ey/1");
        server::SubsonicClient client(account);
        QVERIFY(client.extensions().contains(QStringLiteral("apiKeyAuthentication")));
        const server::Catalog catalog = server::ServerCatalog::fetch(client);
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        QCOMPARE(catalog.tracks().size(), 4);
        for (const QString& request : fake.requests())
            QVERIFY2(!request.contains(u"u=alice"), qPrintable(request));

        account.apiKey = QStringLiteral("wrong");
        server::SubsonicClient wrongKey(account);
        QVERIFY(
            wrongKey.call(QStringLiteral("ping")).error.contains(u"does not accept this API key"));

        // A server that has dropped passwords says so, and where to read how to make a key.
        server::SubsonicClient withPassword(fake.account());
        const QString error = withPassword.call(QStringLiteral("ping")).error;
        QVERIFY2(error.contains(u"does not accept this way of signing in"), qPrintable(error));
        QVERIFY2(error.contains(u"https://example.org/how-to-make-an-api-key"), qPrintable(error));
    }

    void wrongPasswordIsNamed()
    {
        FakeServerProcess fake(m_library.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        server::SubsonicClient client(fake.account(QStringLiteral("nope")));
        const server::ServerReply reply = client.call(QStringLiteral("ping"));
        QCOMPARE(reply.errorCode, 40);
        QVERIFY2(reply.error.contains(u"does not accept this user name and password"),
                 qPrintable(reply.error));
    }

    // The catalog reads the OpenSubsonic fields into the tracks: ReplayGain, depth, rate,
    // channels, MusicBrainz id, the album artist.
    void catalogCarriesOpenSubsonicFields_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("json") << QStringList();
        QTest::newRow("xml") << QStringList{QStringLiteral("--xml-only")};
    }

    void catalogCarriesOpenSubsonicFields()
    {
        QFETCH(QStringList, options);
        FakeServerProcess fake(m_library.path(), options);
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        server::SubsonicClient client(fake.account());
        const server::Catalog catalog = server::ServerCatalog::fetch(client);
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        const QList<library::Track> tracks = catalog.tracks();
        QCOMPARE(tracks.size(), 4);
        const auto first =
            std::find_if(tracks.cbegin(), tracks.cend(),
                         [](const library::Track& t) { return t.title == u"Song 1"; });
        QVERIFY(first != tracks.cend());
        QVERIFY(first->path.startsWith(
            QStringLiteral("subsonic://alice@127.0.0.1:%1/song/").arg(fake.port())));
        QCOMPARE(first->album, QStringLiteral("Remote Album"));
        QCOMPARE(first->albumArtist, QStringLiteral("The Album Artist"));
        QCOMPARE(first->artist, QStringLiteral("Singer 1"));
        QCOMPARE(first->trackNumber, 1);
        QCOMPARE(first->bitDepth, 24);
        QCOMPARE(first->sampleRate, 48000);
        QCOMPARE(first->channels, 2);
        QCOMPARE(first->codec, QStringLiteral("FLAC"));
        QVERIFY(first->hasCover);
        QCOMPARE(first->musicBrainzTrackId, QStringLiteral("00000000-0000-0000-0000-000000000001"));
        QVERIFY(first->replayGain.trackGainDb);
        QCOMPARE(*first->replayGain.trackGainDb, -6.5);
        // Korean tags come through either format intact.
        QVERIFY(std::any_of(tracks.cbegin(), tracks.cend(), [](const library::Track& t) {
            return t.title == QStringLiteral("첫눈") && t.album == QStringLiteral("두 번째 앨범");
        }));
    }

    // A listing of many albums (more than are asked for in one round) keeps the server's order,
    // each album read once.
    void manyAlbumsKeepTheServersOrder()
    {
        QTemporaryDir many;
        const demo::PcmBuffer pcm = demo::fixtureSignal(8000, 1, 800);
        QStringList titles;
        for (int album = 1; album <= 70; ++album) {
            demo::FixtureTags tags;
            tags.title = QStringLiteral("Song of %1").arg(album);
            tags.artist = QStringLiteral("Band %1").arg(album % 7);
            tags.album = QStringLiteral("Album %1").arg(album, 2, 10, QLatin1Char('0'));
            tags.trackNumber = 1;
            titles << tags.album;
            QVERIFY(demo::writeFixture(many.filePath(QStringLiteral("%1.flac").arg(album)),
                                       demo::FixtureFormat::Flac, pcm, tags)
                        .isEmpty());
        }
        FakeServerProcess fake(many.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        server::SubsonicClient client(fake.account());
        const server::Catalog catalog = server::ServerCatalog::fetch(client);
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        QCOMPARE(catalog.albumsFetched, 70);
        QStringList listed;
        for (const library::FolderTracksPtr& album : catalog.folders())
            listed << album->track(0).album;
        QCOMPARE(listed, titles);
        QCOMPARE(fake.requests().filter(QStringLiteral("getAlbum?")).size(), 70);
    }

    // Calls made together are under way together, and a server that does not answer is not
    // asked again in that round: each call says why it failed.
    void callsMadeTogetherAreUnderWayTogether()
    {
        FakeServerProcess fake(m_library.path(),
                               {QStringLiteral("--stall-api"), QStringLiteral("--auth"),
                                QStringLiteral("apikey"), QStringLiteral("--api-key"),
                                QStringLiteral("key")});
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        server::ServerAccount account = fake.account();
        account.apiKey = QStringLiteral("key");
        account.timeoutMs = 2000;
        server::SubsonicClient client(account);
        const QList<server::ServerReply> replies =
            client.callEach(QStringLiteral("getAlbum"), QList<server::Parameters>(10), 4);
        QCOMPARE(replies.size(), 10);
        for (const server::ServerReply& reply : replies)
            QVERIFY2(reply.error.contains(u"did not answer within 2 s"), qPrintable(reply.error));
        // Four asked at once, none answered: the other six were never sent.
        QTRY_COMPARE_WITH_TIMEOUT(fake.requests().filter(QStringLiteral("getAlbum?")).size(), 4,
                                  10000);
        QTest::qWait(200);
        QCOMPARE(fake.requests().filter(QStringLiteral("getAlbum?")).size(), 4);
    }

    // A refresh reads again only the albums whose listing changed.
    void unchangedAlbumsAreNotReadAgain()
    {
        FakeServerProcess fake(m_library.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        server::SubsonicClient client(fake.account());
        const server::Catalog first = server::ServerCatalog::fetch(client);
        QCOMPARE(first.albumsFetched, 2);
        const server::Catalog second = server::ServerCatalog::fetch(client, first.albums);
        QVERIFY(second.error.isEmpty());
        QCOMPARE(second.albumsFetched, 0);
        QCOMPARE(second.tracks(), first.tracks());
        // Kept as they were: the very same folders.
        QCOMPARE(second.folders(), first.folders());
    }

    // Every way a server fails ends in a message that says what happened, in bounded time.
    void failuresAreExplained_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("stopped");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage") << QStringList{QStringLiteral("--garbage")} << false
                                 << QStringLiteral("did not answer as a Subsonic server does");
        QTest::newRow("stall") << QStringList{QStringLiteral("--stall-api")} << false
                               << QStringLiteral("did not answer within 0.5 s");
        QTest::newRow("down") << QStringList() << true << QStringLiteral("cannot reach 127.0.0.1");
    }

    void failuresAreExplained()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, stopped);
        QFETCH(QString, expected);
        FakeServerProcess fake(m_library.path(), options);
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        if (stopped)
            fake.kill();
        server::ServerAccount account = fake.account();
        account.timeoutMs = 500;
        server::SubsonicClient client(account);
        QElapsedTimer timer;
        timer.start();
        const server::Catalog catalog = server::ServerCatalog::fetch(client);
        QVERIFY2(catalog.error.contains(expected), qPrintable(catalog.error));
        QVERIFY(catalog.tracks().isEmpty());
        // One timeout for the sign-in, no more.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    // HTTPS is verified: a server whose certificate nobody vouches for is refused, and says why.
    void aCertificateNobodyVouchesForIsRefused()
    {
        QTemporaryDir tls;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"),
                       tls.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       tls.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        FakeServerProcess fake(m_library.path(), {QStringLiteral("--tls-cert"),
                                                  tls.filePath(QStringLiteral("cert.pem")),
                                                  QStringLiteral("--tls-key"),
                                                  tls.filePath(QStringLiteral("key.pem"))});
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        QVERIFY(fake.url().startsWith(u"https://"));
        server::SubsonicClient client(fake.account());
        const server::ServerReply reply = client.call(QStringLiteral("ping"));
        QVERIFY2(reply.error.contains(u"cannot reach 127.0.0.1") &&
                     reply.error.contains(u"certificate", Qt::CaseInsensitive),
                 qPrintable(reply.error));
        QVERIFY(fake.requests().isEmpty()); // nothing was sent before the refusal
    }

    // A playlist too long for a URL goes as a form (the formPost extension).
    void longRequestsGoAsForms()
    {
        FakeServerProcess fake(m_library.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        server::SubsonicClient client(fake.account());
        server::Parameters parameters{{QStringLiteral("name"), QStringLiteral("Long & winding")}};
        for (int i = 0; i < 600; ++i)
            parameters.append({QStringLiteral("songId"), QStringLiteral("so-%1").arg(i % 4)});
        const server::ServerReply reply = client.call(QStringLiteral("createPlaylist"), parameters);
        QVERIFY2(reply.isOk(), qPrintable(reply.error));
        QVERIFY(fake.requests().last().startsWith(u"POST createPlaylist"));
        const QJsonObject playlist = server::objectOf(reply.body, QStringLiteral("playlist"));
        QCOMPARE(server::textOf(playlist, QStringLiteral("name")),
                 QStringLiteral("Long & winding"));
        QCOMPARE(server::integerOf(playlist, QStringLiteral("songCount")), 600);
    }

    // Songs that name no album id (a playlist's entries; a server that omits albumId) group as
    // files loose in one folder do: by album title and album artist, and those without an album
    // title as the server's songs without an album, never as one album named "song".
    void songsWithoutAnAlbumIdGroupByTheirAlbumTitle()
    {
        const QTemporaryDir loose;
        const demo::PcmBuffer pcm = demo::fixtureSignal(44100, 2, 4410);
        const struct
        {
            const char* file;
            const char* album;
            const char* albumArtist;
            const char* artist;
        } songs[] = {{"a1.flac", "Loose Album", "Artist A", "Artist A"},
                     {"a2.flac", "Loose Album", "Artist A", "Artist A"},
                     {"b1.flac", "Loose Album", "Artist B", "Artist B"},
                     {"busk1.flac", "", "", "Busker"},
                     {"busk2.ogg", "", "", "Busker"}};
        for (const auto& song : songs) {
            demo::FixtureTags tags;
            tags.title = QString::fromUtf8(song.file).section(u'.', 0, 0);
            tags.album = QString::fromUtf8(song.album);
            tags.albumArtist = QString::fromUtf8(song.albumArtist);
            tags.artist = QString::fromUtf8(song.artist);
            const QString file = loose.filePath(QString::fromUtf8(song.file));
            QVERIFY(demo::writeFixture(file,
                                       file.endsWith(u".ogg") ? demo::FixtureFormat::Vorbis
                                                              : demo::FixtureFormat::Flac,
                                       pcm, tags)
                        .isEmpty());
        }
        FakeServerProcess fake(loose.path(), {QStringLiteral("--no-album-ids")});
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        const server::ServerAccount account = fake.account();
        server::SubsonicClient client(account);

        // getAlbum's songs still know their album from the answer they came in.
        const server::Catalog catalog = server::ServerCatalog::fetch(client);
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        server::Parameters parameters{{QStringLiteral("name"), QStringLiteral("Mix")}};
        for (const library::Track& track : catalog.tracks()) {
            QVERIFY2(track.albumFolder.contains(u"/album/"), qPrintable(track.path));
            parameters.append(
                {QStringLiteral("songId"), server::ServerLocation::parse(track.path)->id});
        }
        QCOMPARE(parameters.size(), 6);
        const server::ServerReply created =
            client.call(QStringLiteral("createPlaylist"), parameters);
        QVERIFY2(created.isOk(), qPrintable(created.error));
        const server::ServerReply reply =
            client.call(QStringLiteral("getPlaylist"),
                        {{QStringLiteral("id"),
                          server::textOf(server::objectOf(created.body, QStringLiteral("playlist")),
                                         QStringLiteral("id"))}});
        QVERIFY2(reply.isOk(), qPrintable(reply.error));

        // A playlist's entries name no album id: nothing but their tags tells their album.
        QList<library::Track> entries;
        for (const auto& entry : server::listOf(
                 server::objectOf(reply.body, QStringLiteral("playlist")), QStringLiteral("entry")))
            entries << server::trackFromSong(account, entry.toObject());
        QCOMPARE(entries.size(), 5);
        QHash<QString, QStringList> titlesOfAlbum;
        for (const library::AlbumGroup& album : library::groupAlbums(entries)) {
            QStringList titles;
            for (const qsizetype row : album.rows)
                titles << entries[row].title;
            titles.sort();
            titlesOfAlbum.insert(album.title + QStringLiteral(" / ") + album.artist, titles);
        }
        const QString songsWithoutAlbum = QStringLiteral("Songs without an album on 127.0.0.1");
        const QHash<QString, QStringList> expected{
            {QStringLiteral("Loose Album / Artist A"),
             {QStringLiteral("a1"), QStringLiteral("a2")}},
            {QStringLiteral("Loose Album / Artist B"), {QStringLiteral("b1")}},
            {songsWithoutAlbum + QStringLiteral(" / Busker"),
             {QStringLiteral("busk1"), QStringLiteral("busk2")}}};
        QCOMPARE(titlesOfAlbum, expected);
    }
};

QTEST_GUILESS_MAIN(TestSubsonicClient)
#include "tst_subsonicclient.moc"
