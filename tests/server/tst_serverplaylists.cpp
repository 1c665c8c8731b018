#include "ServerProcesses.h"
#include "demo/FixtureWriter.h"
#include "engine/PlaybackEngine.h"
#include "playlist/PlayCounter.h"
#include "playlist/PlaybackController.h"
#include "playlist/PlaylistEdits.h"
#include "playlist/PlaylistStore.h"
#include "server/ServerCatalog.h"
#include "server/ServerLocation.h"
#include "server/ServerMedia.h"
#include "server/ServerPlaylists.h"
#include "server/ServerPlays.h"
#include "server/ServerWriteBack.h"
#include "server/SubsonicClient.h"
#include "server/SubsonicResponse.h"
#include "support/AudioCapture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>
#include <QUrlQuery>

using namespace liner;
using testing::FakeServerProcess;

// A server's playlists among the listener's: read in, edited through the same undoable commands
// as local ones, and every edit (and every undo) found on the server afterwards; an edit on the
// server comes in at the next refresh. Plays, ratings and stars reach the server too, and wait
// for it while it is down.
class TestServerPlaylists : public QObject
{
    Q_OBJECT

    QTemporaryDir m_library;
    QTemporaryDir m_data;

    // The songs of the server's playlist `id`, as ids.
    static QStringList songsOnServer(const server::ServerAccount& account, const QString& id)
    {
        server::SubsonicClient client(account);
        const server::ServerReply reply =
            client.call(QStringLiteral("getPlaylist"), {{QStringLiteral("id"), id}});
        QStringList ids;
        for (const QJsonValue& entry : server::listOf(
                 server::objectOf(reply.body, QStringLiteral("playlist")), QStringLiteral("entry")))
            ids << server::textOf(entry.toObject(), QStringLiteral("id"));
        return ids;
    }

    // The scrobble calls the server got, in order: "ID now" (now playing) or "ID heard".
    static QStringList scrobblesOnServer(const FakeServerProcess& fake)
    {
        QStringList scrobbles;
        for (const QString& request : fake.requests()) {
            if (!request.startsWith(u"GET scrobble?") && !request.startsWith(u"POST scrobble?"))
                continue;
            const QUrlQuery query(request.section(u'?', 1).section(u' ', 0, 0));
            scrobbles << query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded) +
                             (query.queryItemValue(QStringLiteral("submission")) == u"false"
                                  ? QStringLiteral(" now")
                                  : QStringLiteral(" heard"));
        }
        return scrobbles;
    }

    static QStringList playlistNamesOnServer(const server::ServerAccount& account)
    {
        server::SubsonicClient client(account);
        QStringList names;
        for (const QJsonValue& playlist :
             server::listOf(server::objectOf(client.call(QStringLiteral("getPlaylists")).body,
                                             QStringLiteral("playlists")),
                            QStringLiteral("playlist")))
            names << server::textOf(playlist.toObject(), QStringLiteral("name"));
        return names;
    }

private slots:
    void initTestCase()
    {
        for (int number = 1; number <= 3; ++number) {
            demo::FixtureTags tags;
            tags.title = QStringLiteral("Song %1").arg(number);
            tags.artist = QStringLiteral("Singer");
            tags.album = QStringLiteral("Album");
            tags.trackNumber = number;
            QVERIFY(demo::writeFixture(m_library.filePath(QStringLiteral("%1.flac").arg(number)),
                                       demo::FixtureFormat::Flac,
                                       demo::fixtureSignal(44100, 2, 4410, number), tags)
                        .isEmpty());
        }
    }

    void editsGoBackToTheServerWithUndo()
    {
        FakeServerProcess fake(m_library.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        const server::ServerAccount account = fake.account();
        server::SubsonicClient client(account);
        QVERIFY(client
                    .call(QStringLiteral("createPlaylist"),
                          {{QStringLiteral("name"), QStringLiteral("Road Trip")},
                           {QStringLiteral("songId"), QStringLiteral("so-0")},
                           {QStringLiteral("songId"), QStringLiteral("so-2")}})
                    .isOk());

        QTemporaryDir folder;
        playlist::PlaylistStore store(folder.path());
        QVERIFY(store.create(QStringLiteral("Road Trip")).isEmpty()); // a local one of that name
        server::ServerWriteBack writeBack;
        writeBack.setAccounts({account});
        server::ServerPlaylists playlists(store, writeBack,
                                          m_data.filePath(QStringLiteral("links.json")));
        QSignalSpy refreshed(&playlists, &server::ServerPlaylists::refreshed);
        playlists.setAccounts({account});
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 20000);
        // The local playlist keeps its name; the server's gets its server's beside it.
        const QString name = QStringLiteral("Road Trip (127.0.0.1)");
        QVERIFY(store.contains(name));
        QCOMPARE(store.entries(name).size(), 2);
        QVERIFY(store.entries(name).first().location.startsWith(u"subsonic://alice@127.0.0.1:"));
        QCOMPARE(store.entries(name).first().title, QStringLiteral("Singer - Song 1"));

        QUndoStack undo;
        undo.push(playlist::removeEntries(store, name, {0}).release());
        QTRY_COMPARE(songsOnServer(account, QStringLiteral("pl-1")),
                     QStringList{QStringLiteral("so-2")});
        undo.undo();
        QTRY_COMPARE(songsOnServer(account, QStringLiteral("pl-1")),
                     (QStringList{QStringLiteral("so-0"), QStringLiteral("so-2")}));

        undo.push(playlist::renamePlaylist(store, name, QStringLiteral("Long Drive")).release());
        QTRY_COMPARE(playlistNamesOnServer(account), QStringList{QStringLiteral("Long Drive")});

        // Deleted here, deleted there; undone, it is there again with its songs.
        undo.push(playlist::deletePlaylist(store, QStringLiteral("Long Drive")).release());
        QTRY_VERIFY(playlistNamesOnServer(account).isEmpty());
        undo.undo();
        QTRY_COMPARE(playlistNamesOnServer(account), QStringList{QStringLiteral("Long Drive")});
        QTRY_COMPARE(playlists.linkedNames(), QStringList{QStringLiteral("Long Drive")});

        // Changed on the server by another client: in at the next refresh.
        const QStringList recreated = [&] {
            QStringList ids;
            for (const QJsonValue& playlist :
                 server::listOf(server::objectOf(client.call(QStringLiteral("getPlaylists")).body,
                                                 QStringLiteral("playlists")),
                                QStringLiteral("playlist")))
                ids << server::textOf(playlist.toObject(), QStringLiteral("id"));
            return ids;
        }();
        QCOMPARE(recreated.size(), 1);
        QVERIFY(client
                    .call(QStringLiteral("updatePlaylist"),
                          {{QStringLiteral("playlistId"), recreated.first()},
                           {QStringLiteral("songIdToAdd"), QStringLiteral("so-1")}})
                    .isOk());
        playlists.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 2, 20000);
        QCOMPARE(store.entries(QStringLiteral("Long Drive")).size(), 3);
        // The local playlist of the same name was never touched.
        QVERIFY(store.contains(QStringLiteral("Road Trip")));
        QVERIFY(store.entries(QStringLiteral("Road Trip")).isEmpty());
    }

    // Through the real engine, controller and play counter as the window wires them: a server
    // song skipped at once is announced as playing but never scrobbled; one heard past half its
    // length is scrobbled, once, and the server has both in order.
    void aSongHeardIsScrobbled()
    {
        const testing::AudioCapture capture(testing::AudioCapture::Pace::Paced, 4.0);
        capture.applyToThisProcess();
        QTemporaryDir music;
        for (int number = 1; number <= 2; ++number) {
            demo::FixtureTags tags;
            tags.title = QStringLiteral("Eight Seconds %1").arg(number);
            tags.artist = QStringLiteral("Singer");
            tags.album = QStringLiteral("Heard");
            tags.trackNumber = number;
            QVERIFY(demo::writeFixture(music.filePath(QStringLiteral("%1.flac").arg(number)),
                                       demo::FixtureFormat::Flac,
                                       demo::fixtureSignal(44100, 2, 8 * 44100, number), tags)
                        .isEmpty());
        }
        FakeServerProcess fake(music.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        const server::ServerAccount account = fake.account();
        server::SubsonicClient client(account);
        const server::Catalog catalog = server::ServerCatalog::fetch(client);
        QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
        const QList<library::Track> songs = catalog.tracks();
        QCOMPARE(songs.size(), 2);
        QCOMPARE(songs[0].durationMs, qint64(8000));
        const QString skipped = server::ServerLocation::parse(songs[0].path)->id;
        const QString heard = server::ServerLocation::parse(songs[1].path)->id;

        QTemporaryDir cache;
        server::ServerMedia media(cache.path());
        media.setAccounts({account});
        engine::PlaybackEngine engine;
        engine.setByteSourceOpener(QLatin1String(server::ServerLocation::kScheme), media.opener());
        playlist::PlaybackController controller(engine);
        playlist::PlayCounter counter(controller);
        server::ServerWriteBack writeBack;
        writeBack.setAccounts({account});
        server::reportPlays(controller, counter, writeBack);
        QSignalSpy started(&controller, &playlist::PlaybackController::trackStarted);
        QSignalSpy counted(&counter, &playlist::PlayCounter::heard);

        controller.setQueue(songs);
        controller.playIndex(0);
        QVERIFY(started.wait(60'000));
        controller.next();
        QTRY_COMPARE_WITH_TIMEOUT(started.size(), 2, 60'000);
        QVERIFY(counted.wait(60'000));
        QVERIFY2(controller.position() >= 4000, qPrintable(QString::number(controller.position())));
        QTRY_COMPARE_WITH_TIMEOUT(
            scrobblesOnServer(fake),
            (QStringList{skipped + QStringLiteral(" now"), heard + QStringLiteral(" now"),
                         heard + QStringLiteral(" heard")}),
            20'000);
        controller.stop();
        // The server records a scrobble before its reply reaches the client, which then clears it.
        QTRY_COMPARE_WITH_TIMEOUT(writeBack.pending(), 0, 20'000);
    }

    // Scrobbles made while the server is down are sent when it is back; a rating and a star
    // reach it.
    void writeBackWaitsForTheServer()
    {
        FakeServerProcess fake(m_library.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        const server::ServerAccount account = fake.account();
        server::SubsonicClient client(account);
        const QString song = server::ServerCatalog::fetch(client).tracks().first().path;
        fake.kill();

        server::ServerWriteBack writeBack;
        writeBack.setRetryInterval(200);
        writeBack.setAccounts({account});
        QSignalSpy sent(&writeBack, &server::ServerWriteBack::sent);
        writeBack.scrobble(song);
        QTest::qWait(500);
        QCOMPARE(writeBack.pending(), 1);
        QCOMPARE(sent.count(), 0);
        QVERIFY2(fake.restart(), qPrintable(fake.error()));
        writeBack.setRating(song, 4);
        writeBack.setStarred(song, true);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 3, 20000);
        QCOMPARE(writeBack.pending(), 0);
        const QStringList requests = fake.requests();
        QVERIFY(!requests.filter(QRegularExpression(QStringLiteral("scrobble\\?.*submission=true")))
                     .isEmpty());
        QVERIFY(!requests.filter(QRegularExpression(QStringLiteral("setRating\\?.*rating=4")))
                     .isEmpty());
        QVERIFY(!requests.filter(u"GET star?").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerPlaylists)
#include "tst_serverplaylists.moc"
