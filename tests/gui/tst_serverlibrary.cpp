#include "ServerProcesses.h"
#include "demo/FixtureWriter.h"
#include "desktop/Settings.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "gui/TrackContextMenu.h"
#include "library/AlbumModel.h"
#include "library/LibraryScanner.h"
#include "library/LibraryUpdater.h"
#include "playlist/PlayStats.h"
#include "playlist/PlaybackController.h"
#include "playlist/PlaylistStore.h"
#include "server/ServerLibrary.h"
#include "server/ServerLocation.h"
#include "server/ServerMedia.h"
#include "server/ServerWriteBack.h"
#include "support/AudioCapture.h"
#include "support/KoreanInterface.h"
#include "support/Palettes.h"
#include "support/PrivateHome.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace liner;
using testing::FakeServerProcess;

namespace {

// The longest the event loop went without running a 10 ms timer while `done` was false: how
// long the window would have been frozen.
qint64 longestStall(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 longest = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout,
                     [&] { longest = std::max(longest, sinceTick.restart()); });
    tick.start(10);
    static_cast<void>(QTest::qWaitFor(done, timeoutMs)); // the caller checks what it waited for
    return std::max(longest, sinceTick.elapsed());
}

int songCount(const QList<library::FolderTracksPtr>& folders)
{
    int count = 0;
    for (const library::FolderTracksPtr& folder : folders)
        count += folder->size();
    return count;
}

int remoteAlbums(const library::AlbumModel& albums)
{
    int count = 0;
    for (int row = 0; row < albums.rowCount(); ++row)
        count += albums.index(row).data(library::AlbumModel::RemoteRole).toBool() ? 1 : 0;
    return count;
}

// The window as the program builds it over a library of folders and servers: a real engine that
// reads server songs through the media cache, the folders' library and the servers' listing.
struct ServerWindow
{
    explicit ServerWindow(const QString& home)
        : media(home + QStringLiteral("/media")), folders(home + QStringLiteral("/library.sqlite"))
    {
        engine.setByteSourceOpener(QLatin1String(server::ServerLocation::kScheme), media.opener());
        window.resize(1200, 780);
        window.connectServers(servers);
        QObject::connect(
            &servers, &server::ServerLibrary::accountsChanged,
            [this](const QList<server::ServerAccount>& accounts) { media.setAccounts(accounts); });
    }

    // Shows the window, then lists `albumFolder`'s album (under `root`) and the server's.
    bool open(const QString& root, const QString& albumFolder, const server::ServerAccount& account)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        window.connectLibrary(folders, albumFolder);
        folders.setFolders({root});
        servers.setAccounts({account});
        return true;
    }

    desktop::Settings settings;
    server::ServerMedia media;
    engine::PlaybackEngine engine;
    playlist::PlaybackController controller{engine};
    gui::MainWindow window{controller, settings,
                           QStringLiteral(LINER_BUILD_DATA_DIR "/notes-packs")};
    library::LibraryUpdater folders;
    server::ServerLibrary servers;
    QSignalSpy covers{&servers, &server::ServerLibrary::coversChanged};
};

} // namespace

// A server's albums in the window: beside the folders' albums in the list, grid and search, with
// a mark, with the covers the server gives; shown from the cache at the next start before the
// server answers; and a server that stalls or is down never freezes the window.
class TestServerLibrary : public QObject
{
    Q_OBJECT

    testing::PrivateHome m_home;
    QTemporaryDir m_local;
    QTemporaryDir m_remote;
    testing::AudioCapture m_capture;

    // A cover of its own for each album: a colour and the album's name.
    static QByteArray coverFor(const QString& album, const QColor& colour)
    {
        QImage image(600, 600, QImage::Format_RGB32);
        QPainter painter(&image);
        QLinearGradient gradient(0, 0, 600, 600);
        gradient.setColorAt(0, colour.lighter(140));
        gradient.setColorAt(1, colour.darker(160));
        painter.fillRect(image.rect(), gradient);
        QFont font = painter.font();
        font.setPixelSize(64);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(image.rect().adjusted(40, 40, -40, -40),
                         Qt::AlignCenter | Qt::TextWordWrap, album);
        painter.end();
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 90);
        return jpeg;
    }

    static bool writeAlbum(const QString& folder, const QString& album, const QString& artist,
                           const QList<std::pair<QString, QString>>& songs, const QColor& colour)
    {
        QDir().mkpath(folder);
        const QByteArray cover = coverFor(album, colour);
        for (int i = 0; i < songs.size(); ++i) {
            demo::FixtureTags tags;
            tags.album = album;
            tags.albumArtist = artist;
            tags.title = songs[i].first;
            tags.artist = songs[i].second.isEmpty() ? artist : songs[i].second;
            tags.trackNumber = i + 1;
            tags.year = 2024;
            tags.embedCover = true;
            tags.cover = cover;
            if (!demo::writeFixture(
                     QStringLiteral("%1/%2.flac").arg(folder).arg(i + 1), demo::FixtureFormat::Flac,
                     demo::fixtureSignal(44100, 2, 2 * 44100, std::uint32_t(i) + 1), tags)
                     .isEmpty())
                return false;
        }
        return true;
    }

    // Plays the server's "Home Server Songs" and pauses, then goes home to the grid with every
    // cover in.
    static bool playFromHome(ServerWindow& app)
    {
        library::AlbumModel& albums = app.window.libraryPane().albums();
        if (!QTest::qWaitFor([&] { return albums.rowCount() == 3; }, 30000))
            return false;
        for (int row = 0; row < albums.rowCount(); ++row) {
            if (albums.album(row).title == u"Home Server Songs")
                app.window.setAlbum(albums.album(row).wholeTracks());
        }
        app.controller.playIndex(0);
        if (!QTest::qWaitFor([&] { return app.controller.position() > 0; }, 30000))
            return false;
        app.controller.playPause();
        auto* home = app.window.findChild<QToolButton*>(QStringLiteral("homeButton"));
        if (home == nullptr)
            return false;
        home->click();
        app.window.libraryPane().setGridShown(true);
        return QTest::qWaitFor(
            [&] {
                for (int row = 0; row < albums.rowCount(); ++row) {
                    if (albums.index(row).data(Qt::DecorationRole).isNull())
                        return false;
                }
                return true;
            },
            30000);
    }

    // Lists the server once, so that the next start finds its four songs in the cache.
    static bool listIntoTheCache(const server::ServerAccount& account)
    {
        server::ServerLibrary first;
        first.setAccounts({account});
        return QTest::qWaitFor([&first] { return songCount(first.folders()) == 4; }, 30000);
    }

    // The window as it looks now, saved as window-server-albums-VARIANT.png under
    // LINER_SCREENSHOT_DIR when that is set.
    static QImage shoot(QWidget& window, const QString& variant)
    {
        QTest::qWait(300);
        const QImage shot = window.grab().toImage();
        const QString shots = qEnvironmentVariable("LINER_SCREENSHOT_DIR");
        if (!shots.isEmpty())
            shot.save(
                QDir(shots).filePath(QStringLiteral("window-server-albums-%1.png").arg(variant)));
        return shot;
    }

private slots:
    void initTestCase()
    {
        m_home.applyToThisProcess();
        m_capture.applyToThisProcess();
        QApplication::setStyle(QStringLiteral("Fusion"));
        QVERIFY(writeAlbum(m_local.filePath(QStringLiteral("a")), QStringLiteral("On This Disk"),
                           QStringLiteral("Liner Demo Ensemble"),
                           {{QStringLiteral("Morning"), {}}, {QStringLiteral("Evening"), {}}},
                           QColor(0x8e, 0x4f, 0xa8)));
        // Two parts of the real OST as a server has them: the notes pack attaches to them.
        QVERIFY(writeAlbum(m_remote.filePath(QStringLiteral("ost")),
                           QStringLiteral("눈물의 여왕 OST"), QStringLiteral("Various Artists"),
                           {{QStringLiteral("Hold Me Back"), QStringLiteral("Heize")},
                            {QStringLiteral("Promise"), QStringLiteral("Choi Yu-ree")}},
                           QColor(0x2f, 0x4b, 0x8c)));
        QVERIFY(writeAlbum(m_remote.filePath(QStringLiteral("b")),
                           QStringLiteral("Home Server Songs"), QStringLiteral("The Server Band"),
                           {{QStringLiteral("Remote Rain"), {}}, {QStringLiteral("Far Away"), {}}},
                           QColor(0x2a, 0x8c, 0x7a)));
    }

    void serverAlbumsJoinTheLibrary()
    {
        FakeServerProcess fake(m_remote.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        ServerWindow app(m_home.path());
        QVERIFY(app.open(m_local.path(), m_local.filePath(QStringLiteral("a")), fake.account()));
        gui::MainWindow& window = app.window;
        playlist::PlaybackController& controller = app.controller;
        QSignalSpy& covers = app.covers;

        library::AlbumModel& albums = window.libraryPane().albums();
        QTRY_COMPARE_WITH_TIMEOUT(albums.rowCount(), 3, 30000);
        QCOMPARE(remoteAlbums(albums), 2);
        QTRY_VERIFY_WITH_TIMEOUT(covers.count() > 0, 30000);
        for (int row = 0; row < albums.rowCount(); ++row) {
            const QModelIndex album = albums.index(row);
            QTRY_VERIFY_WITH_TIMEOUT(!album.data(Qt::DecorationRole).isNull(), 30000);
            if (album.data(library::AlbumModel::RemoteRole).toBool())
                QVERIFY(album.data(Qt::ToolTipRole).toString().contains(u"127.0.0.1"));
        }

        // The search box finds a server's song as it finds a file's.
        auto* search = window.findChild<QLineEdit*>(QStringLiteral("librarySearch"));
        QVERIFY(search);
        search->setText(QStringLiteral("Remote Rain"));
        auto* list = window.libraryPane().albumView();
        QTRY_COMPARE(list->model()->rowCount(), 1);
        search->clear();

        // The OST from the server, opened: the notes pack's notes show for its songs.
        window.libraryPane().setGridShown(true);
        QTRY_COMPARE(list->model()->rowCount(), 3);
        for (int row = 0; row < albums.rowCount(); ++row) {
            if (albums.album(row).title.startsWith(QStringLiteral("눈물의 여왕 OST")))
                window.setAlbum(albums.album(row).wholeTracks());
        }
        auto* notes = window.findChild<QTextBrowser*>(QStringLiteral("trackNotesBrowser"));
        QVERIFY(notes);
        // The tracks show at once, their notes when the notes loader has read them.
        QTRY_VERIFY_WITH_TIMEOUT(notes->toPlainText().contains(u"Heize"), 30000);
        QTRY_VERIFY2_WITH_TIMEOUT(!notes->toPlainText().contains(u"No liner notes"),
                                  qPrintable(notes->toPlainText()), 30000);

        // A server's album plays from the window, through the engine.
        for (int row = 0; row < albums.rowCount(); ++row) {
            if (albums.album(row).title == u"Home Server Songs")
                window.setAlbum(albums.album(row).wholeTracks());
        }
        controller.playIndex(0);
        QTRY_VERIFY_WITH_TIMEOUT(controller.position() > 0, 30000);
        QVERIFY(controller.queue().track(0).path.startsWith(u"subsonic://"));
        controller.stop();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), engine::PlaybackState::Stopped, 20000);
        window.libraryPane().setGridShown(false);
    }

    // Home's grid with a server's albums beside the one on disk, a server album playing (its
    // cloud mark and the playing badge both show), in the light palette, a dark one and Korean.
    // With LINER_SCREENSHOT_DIR set, the pictures are saved there (docs/ is made this way).
    void serverAlbumsInLightDarkAndKorean()
    {
        FakeServerProcess fake(m_remote.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        const QPalette light = QApplication::style()->standardPalette();
        QImage lightShot;
        QImage darkShot;
        {
            ServerWindow app(m_home.path());
            QVERIFY(
                app.open(m_local.path(), m_local.filePath(QStringLiteral("a")), fake.account()));
            QVERIFY(playFromHome(app));
            lightShot = shoot(app.window, QStringLiteral("light"));
            QApplication::setPalette(testing::darkPalette());
            darkShot = shoot(app.window, QStringLiteral("dark"));
            QApplication::setPalette(light);
            app.controller.stop();
        }
        QVERIFY2(testing::meanLightness(darkShot) < testing::meanLightness(lightShot) * 0.6,
                 qPrintable(QStringLiteral("%1 vs %2")
                                .arg(testing::meanLightness(darkShot))
                                .arg(testing::meanLightness(lightShot))));

        {
            const testing::KoreanInterface korean;
            QVERIFY(korean.isLoaded());
            ServerWindow app(m_home.path());
            QVERIFY(
                app.open(m_local.path(), m_local.filePath(QStringLiteral("a")), fake.account()));
            QVERIFY(playFromHome(app));
            const library::AlbumModel& albums = app.window.libraryPane().albums();
            for (int row = 0; row < albums.rowCount(); ++row) {
                const QModelIndex album = albums.index(row);
                if (album.data(library::AlbumModel::RemoteRole).toBool())
                    QVERIFY2(album.data(Qt::ToolTipRole).toString().contains(u"서버"),
                             qPrintable(album.data(Qt::ToolTipRole).toString()));
            }
            shoot(app.window, QStringLiteral("ko"));
            app.controller.stop();
        }
    }

    // The next start shows the server's albums from the cache before the server answers, and
    // keeps them when it does not answer at all.
    void theListingShowsAtOnceAtTheNextStart()
    {
        FakeServerProcess fake(m_remote.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        const server::ServerAccount account = fake.account();
        QVERIFY(listIntoTheCache(account));
        fake.kill();
        server::ServerLibrary next;
        QSignalSpy problems(&next, &server::ServerLibrary::problem);
        next.setAccounts({account});
        QTRY_COMPARE_WITH_TIMEOUT(songCount(next.folders()), 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(problems.count(), 1, 30000);
        QVERIFY2(problems.first().first().toString().contains(u"cannot reach"),
                 qPrintable(problems.first().first().toString()));
        QCOMPARE(songCount(next.folders()), 4);
    }

    // At a start from the caches the folders' albums show, then the server's join them: none
    // leaves meanwhile, whichever side's pass ends first.
    void noAlbumLeavesWhileTheServersJoin()
    {
        FakeServerProcess fake(m_remote.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        for (int start = 0; start < 2; ++start) {
            ServerWindow app(m_home.path());
            library::AlbumModel& albums = app.window.libraryPane().albums();
            QSignalSpy removed(&albums, &QAbstractItemModel::rowsRemoved);
            QSignalSpy listed(&app.servers, &server::ServerLibrary::listed);
            QSignalSpy passed(&app.folders, &library::LibraryUpdater::finished);
            QVERIFY(
                app.open(m_local.path(), m_local.filePath(QStringLiteral("a")), fake.account()));
            QTRY_VERIFY_WITH_TIMEOUT(listed.count() >= 2 && passed.count() >= 1, 30000);
            QTRY_COMPARE_WITH_TIMEOUT(albums.rowCount(), 3, 30000);
            QCOMPARE(removed.count(), 0);
        }
    }

    // A start from a large server's cache: the window groups its albums aside, and the listing
    // waits until they show, so that the grouping has both cores; it waits two seconds at most.
    void theListingWaitsForTheCachedAlbumsToShow()
    {
        FakeServerProcess fake(m_remote.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        const server::ServerAccount account = fake.account();
        QVERIFY(listIntoTheCache(account));
        const auto listings = [&fake] {
            return fake.requests().filter(QStringLiteral("getAlbumList2?")).size();
        };
        for (const bool shownInTime : {true, false}) {
            const qsizetype before = listings();
            server::ServerLibrary next;
            bool showing = true;
            next.setShowing([&showing] { return showing; });
            QSignalSpy listed(&next, &server::ServerLibrary::listed);
            QElapsedTimer clock;
            clock.start();
            next.setAccounts({account});
            QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 1, 10000);
            // Time for a listing that did not wait to reach the server.
            QTest::qWait(300);
            QCOMPARE(listed.count(), 1);
            QCOMPARE(listings(), before);
            if (shownInTime) {
                showing = false;
                next.firstFoldersShown();
            }
            QTRY_COMPARE_WITH_TIMEOUT(listed.count(), 2, 30000);
            QVERIFY(listings() > before);
            // Two seconds, by a coarse timer, which may fire up to 5% early.
            if (!shownInTime)
                QVERIFY2(clock.elapsed() >= 1900, qPrintable(QString::number(clock.elapsed())));
        }
    }

    // The server's albums arrive compact, one folder per album named by its URL, made on the
    // pass's thread, so the window takes them as they are; a listing that finds them as they
    // were keeps the very same folders, publishes nothing and asks for no album again.
    void eachServerAlbumArrivesAsOneFolder()
    {
        FakeServerProcess fake(m_remote.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        server::ServerLibrary servers;
        QSignalSpy changed(&servers, &server::ServerLibrary::foldersChanged);
        QSignalSpy listed(&servers, &server::ServerLibrary::listed);
        servers.setAccounts({fake.account()});
        // The cache's pass, then the server's.
        QTRY_VERIFY_WITH_TIMEOUT(listed.count() >= 2, 30000);
        const QList<library::FolderTracksPtr> folders = servers.folders();
        QCOMPARE(folders.size(), 2);
        QStringList titles;
        for (const library::FolderTracksPtr& folder : folders) {
            QVERIFY2(folder->path.startsWith(u"subsonic://alice@127.0.0.1:") &&
                         folder->path.contains(u"/album/"),
                     qPrintable(folder->path));
            QCOMPARE(folder->size(), 2);
            for (int i = 0; i < folder->size(); ++i) {
                const library::Track song = folder->track(i);
                QCOMPARE(song.albumFolder, folder->path);
                QVERIFY2(song.path.contains(u"/song/"), qPrintable(song.path));
                titles << song.title;
            }
        }
        titles.sort();
        QCOMPARE(titles, QStringList({QStringLiteral("Far Away"), QStringLiteral("Hold Me Back"),
                                      QStringLiteral("Promise"), QStringLiteral("Remote Rain")}));

        const qsizetype albumCalls = fake.requests().filter(QStringLiteral("getAlbum?")).size();
        const qsizetype published = changed.count();
        const qsizetype passes = listed.count();
        servers.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(listed.count() > passes, 30000);
        QCOMPARE(servers.folders(), folders);
        QCOMPARE(changed.count(), published);
        QCOMPARE(fake.requests().filter(QStringLiteral("getAlbum?")).size(), albumCalls);
        QVERIFY(fake.requests().filter(QStringLiteral("getAlbumList2?")).size() >= 2);

        // A window fed by it shows them as the folders they are.
        desktop::Settings settings;
        engine::PlaybackEngine engine;
        playlist::PlaybackController controller(engine);
        gui::MainWindow window(controller, settings);
        window.connectServers(servers);
        servers.setAccounts(servers.accounts());
        library::AlbumModel& albums = window.libraryPane().albums();
        QTRY_COMPARE(remoteAlbums(albums), 2);
        for (int row = 0; row < albums.rowCount(); ++row)
            QCOMPARE(albums.album(row).wholeTracks().size(), 2);
    }

    // The track menu of server songs stars them on the server and rates them there too.
    void starsAndRatingsGoToTheServer()
    {
        FakeServerProcess fake(m_remote.path());
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        server::ServerLibrary servers;
        servers.setAccounts({fake.account()});
        QTRY_VERIFY_WITH_TIMEOUT(songCount(servers.folders()) == 4, 30000);
        server::ServerWriteBack writeBack;
        writeBack.setAccounts(servers.accounts());
        QTemporaryDir data;
        playlist::PlaylistStore playlists(data.filePath(QStringLiteral("playlists")));
        playlist::PlayStats stats(data.filePath(QStringLiteral("stats.json")));
        QUndoStack undo;
        engine::PlaybackEngine engine;
        playlist::PlaybackController controller(engine);
        gui::TrackContextMenu menu(playlists, undo, controller, stats);
        menu.setServers(servers, writeBack);
        const QList<library::Track> song{servers.folders().first()->track(0)};
        QSignalSpy sent(&writeBack, &server::ServerWriteBack::sent);

        std::unique_ptr<QMenu> shown(menu.menuFor(song, nullptr));
        QAction* starred = nullptr;
        for (QAction* action : shown->actions()) {
            if (action->text() == u"Starred on the server")
                starred = action;
        }
        QVERIFY(starred);
        QVERIFY(!starred->isChecked());
        starred->trigger();
        QVERIFY(servers.isStarred(song.first().path));
        menu.rate(song, 5);
        QCOMPARE(stats.rating(song.first().path), 5);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 2, 20000);
        const QString id = server::ServerLocation::parse(song.first().path)->id;
        QVERIFY(!fake.requests().filter(QStringLiteral("GET star?")).filter(id).isEmpty());
        QVERIFY(
            !fake.requests().filter(QStringLiteral("setRating?")).filter(u"rating=5").isEmpty());
        // A file's menu has no such item.
        std::unique_ptr<QMenu> local(
            menu.menuFor(library::LibraryScanner::scan({m_local.path()}), nullptr));
        for (QAction* action : local->actions())
            QVERIFY(action->text() != u"Starred on the server");
    }

    void aStalledServerNeverFreezesTheWindow()
    {
        FakeServerProcess fake(m_remote.path(), {QStringLiteral("--stall-api")});
        QVERIFY2(fake.start(), qPrintable(fake.error()));
        desktop::Settings settings;
        engine::PlaybackEngine engine;
        playlist::PlaybackController controller(engine);
        gui::MainWindow window(controller, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        server::ServerLibrary servers;
        window.connectServers(servers);
        server::ServerAccount account = fake.account();
        account.timeoutMs = 2000;
        QSignalSpy problems(&servers, &server::ServerLibrary::problem);
        servers.setAccounts({account});
        const qint64 stall = longestStall([&] { return problems.count() > 0; }, 30000);
        QCOMPARE(problems.count(), 1);
        QVERIFY2(problems.first().first().toString().contains(u"did not answer within 2 s"),
                 qPrintable(problems.first().first().toString()));
        QVERIFY2(window.statusBar()->currentMessage().contains(u"did not answer"),
                 qPrintable(window.statusBar()->currentMessage()));
        // Some slack for a loaded, sanitised build: a frozen window would show the whole 2 s.
        QVERIFY2(stall < 1000, qPrintable(QString::number(stall)));
    }
};

QTEST_MAIN(TestServerLibrary)
#include "tst_serverlibrary.moc"
