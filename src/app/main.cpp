#include "analysis/AnalysisCatalog.h"
#include "analysis/LibraryAnalyzer.h"
#include "app/AlbumReport.h"
#include "app/AnalyzeCommand.h"
#include "app/CommandLine.h"
#include "app/DataFolders.h"
#include "app/HeadlessPlayer.h"
#include "app/PlayOrder.h"
#include "app/PlaylistConversion.h"
#include "app/ScanReport.h"
#include "app/ServerSession.h"
#include "common/FileName.h"
#include "common/HeapTuning.h"
#include "desktop/MprisService.h"
#include "desktop/Settings.h"
#include "desktop/SingleInstance.h"
#include "desktop/TrackNotifier.h"
#include "engine/AudioOutput.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "gui/PlaylistSidebar.h"
#include "gui/TrackContextMenu.h"
#include "gui/Translation.h"
#include "library/LibraryScanner.h"
#include "library/LibraryStore.h"
#include "library/LibraryUpdater.h"
#include "playlist/PlayCounter.h"
#include "playlist/PlayStats.h"
#include "playlist/PlaybackController.h"
#include "playlist/PlaylistStore.h"
#include "playlist/SmartPlaylistStore.h"
#include "server/ServerLibrary.h"
#include "server/ServerLocation.h"
#include "server/ServerMedia.h"
#include "server/ServerPlaylists.h"
#include "server/ServerPlays.h"
#include "server/ServerPrefetch.h"
#include "server/ServerSettings.h"
#include "server/ServerWriteBack.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextStream>
#include <QUndoStack>
#include <cstdio>

using namespace liner;

namespace {

QStringList pathsOrBundledAlbum(const QStringList& paths)
{
    if (!paths.isEmpty())
        return paths;
    const QString album = app::DataFolders::bundledAlbum();
    return album.isEmpty() ? QStringList() : QStringList{album};
}

// The --server's songs (none without one). False (and said on stderr) when it cannot list them.
bool serverTracks(const app::CommandLine& command, QList<library::Track>& tracks)
{
    if (command.serverUrl.isEmpty())
        return true;
    const app::ServerSession servers(command);
    QString error;
    tracks = servers.listTracks(error);
    if (error.isEmpty())
        return true;
    std::fprintf(stderr, "liner: %s\n", qPrintable(error));
    return false;
}

// What --albums lists: the tracks under the PATHs, then the --server's. False when the server
// cannot give its listing.
bool listedTracks(const app::CommandLine& command, QList<library::Track>& tracks)
{
    QList<library::Track> songs;
    if (!serverTracks(command, songs))
        return false;
    if (!command.paths.isEmpty())
        tracks = library::LibraryScanner::scan(command.paths);
    tracks << songs;
    return true;
}

int runScan(const app::CommandLine& command)
{
    // The server's songs are asked for first, so that a server that cannot list them fails the
    // scan before anything is printed; they follow the PATHs' tracks, which are streamed.
    QList<library::Track> songs;
    if (!serverTracks(command, songs))
        return 1;
    if (command.json) {
        app::ScanReport report(app::DataFolders::notesPacks());
        report.writeJson(command.paths, songs, stdout);
        for (const QString& warning : report.warnings())
            std::fprintf(stderr, "liner: %s\n", qPrintable(warning));
    } else {
        app::ScanReport::writeText(command.paths, songs, stdout);
    }
    return 0;
}

int runAlbums(const app::CommandLine& command)
{
    QList<library::Track> tracks;
    if (!listedTracks(command, tracks))
        return 1;
    for (const library::Track& track : tracks) {
        if (!track.isReadable())
            std::fprintf(stderr, "liner: %s: %s\n", qPrintable(track.path),
                         qPrintable(track.error));
    }
    app::ScanReport report(app::DataFolders::notesPacks());
    const QJsonArray albums = app::albumsJson(tracks, report);
    QTextStream out(stdout);
    if (command.json) {
        out << QJsonDocument(albums).toJson(QJsonDocument::Indented);
    } else {
        for (const auto& value : albums) {
            const QJsonObject album = value.toObject();
            out << album[u"title"].toString() << " — " << album[u"artist"].toString() << " ("
                << album[u"kind"].toString() << ", " << album[u"trackCount"].toInt()
                << " tracks)\n";
            for (const auto& folder : album[u"folders"].toArray())
                out << "  " << folder.toString() << "\n";
        }
    }
    out.flush();
    for (const QString& warning : report.warnings())
        std::fprintf(stderr, "liner: %s\n", qPrintable(warning));
    return 0;
}

int runHeadless(const app::CommandLine& command)
{
    QStringList problems;
    app::ServerSession servers(command);
    QList<library::Track> tracks;
    bool anyServer = false;
    for (const QString& argument : pathsOrBundledAlbum(command.paths)) {
        if (server::ServerLocation::isServerLocation(argument)) {
            anyServer = true;
            tracks << servers.tracksFor(argument, problems);
        } else {
            tracks << app::playOrder({argument}, problems);
        }
    }
    for (const QString& problem : std::as_const(problems))
        std::fprintf(stderr, "liner: %s\n", qPrintable(problem));
    app::HeadlessPlayer player;
    if (anyServer)
        player.setServerMedia(servers.media());
    // Media keys and playerctl reach a player without a window too.
    desktop::MprisService mpris(player.controller(), false);
    QObject::connect(&mpris, &desktop::MprisService::quitRequested, &player,
                     [] { QCoreApplication::exit(0); });
    QObject::connect(&mpris, &desktop::MprisService::openRequested, &player,
                     [&player](const QList<library::Track>& tracks) {
                         player.controller().playTracks(tracks, 0);
                     });
    mpris.registerOnSessionBus();
    player.start(tracks, command.device);
    return QCoreApplication::exec();
}

int runWindow(const app::CommandLine& command, desktop::Settings& settings,
              desktop::SingleInstance& instance)
{
    // Before the engine, which reads server songs through it until the engine is gone.
    server::ServerMedia serverMedia(QString(), qint64(server::ServerSettings().cacheMegabytes())
                                                   << 20);
    engine::PlaybackEngine engine;
    engine.setDevice(command.device.isEmpty() ? settings.outputDevice() : command.device);
    engine.setByteSourceOpener(QLatin1String(server::ServerLocation::kScheme),
                               serverMedia.opener());
    playlist::PlaybackController controller(engine);
    // Every track of the library is measured in the background; what is measured fills the arcs
    // and seek bar, and gives untagged tracks their ReplayGain.
    analysis::LibraryAnalyzer analyzer(library::LibraryStore::defaultPath());
    analysis::AnalysisCatalog catalog;
    catalog.follow(analyzer);
    controller.setGainFallback([&catalog](const engine::TrackSource& source) {
        return catalog.gainsFor({source.path, source.startUs, source.endUs});
    });
    gui::MainWindow window(controller, settings, app::DataFolders::notesPacks());
    window.connectAnalysis(analyzer, catalog);

    // Tracks under the Music folder are written relative to it, so playlists stay whole when it
    // moves (a new home folder, another user name).
    playlist::PlaylistStore playlists(
        {}, QStandardPaths::writableLocation(QStandardPaths::MusicLocation));
    QStringList problems = playlists.load();
    playlist::PlayStats stats;
    playlist::SmartPlaylistStore smartPlaylists;
    for (const QString& problem :
         {settings.problem(), stats.load(), smartPlaylists.load(), instance.publish()}) {
        if (!problem.isEmpty())
            problems << problem;
    }
    for (const QString& problem : std::as_const(problems))
        std::fprintf(stderr, "liner: %s\n", qPrintable(problem));
    QObject::connect(&stats, &playlist::PlayStats::saveFailed, &window,
                     &gui::MainWindow::showProblem);
    // A play counts once it was heard, not when it starts.
    playlist::PlayCounter playCounter(controller);
    QObject::connect(&playCounter, &playlist::PlayCounter::heard, &stats,
                     [&stats](const library::Track& track) { stats.recordPlay(track.path); });
    QUndoStack playlistEdits;
    auto* sidebar = new gui::PlaylistSidebar(playlists, controller, playlistEdits);
    sidebar->setSmartPlaylists(smartPlaylists, stats);
    window.addSidebar(sidebar);
    // A smart playlist shows its tracks where an album does, playable from there, until the
    // listener picks an album again.
    QObject::connect(sidebar, &gui::PlaylistSidebar::smartPlaylistShown, &window,
                     &gui::MainWindow::showSmartPlaylist);
    QObject::connect(&window.libraryPane(), &gui::LibraryPane::albumChosen, sidebar,
                     &gui::PlaylistSidebar::smartPlaylistHidden);
    gui::TrackContextMenu trackMenu(playlists, playlistEdits, controller, stats);
    window.setTrackMenu(trackMenu);
    // Media keys, playerctl and the desktop's panel drive the controller as the window does.
    desktop::MprisService mpris(controller);
    QObject::connect(&mpris, &desktop::MprisService::raiseRequested, &window,
                     &gui::MainWindow::raiseToFront);
    QObject::connect(&mpris, &desktop::MprisService::quitRequested, &window, &QWidget::close);
    QObject::connect(&mpris, &desktop::MprisService::openRequested, &window,
                     &gui::MainWindow::playAlbum);
    mpris.registerOnSessionBus();
    desktop::TrackNotifier notifier(controller, settings);
    window.connectEngine(engine);
    window.show();

    // The library is read off the UI thread, from its cache first; the window shows the album
    // it was started on as soon as that album's tracks are in.
    QStringList folders = pathsOrBundledAlbum(command.paths);
    if (command.paths.isEmpty())
        folders << settings.libraryFolders();
    // The album of the last session's track, else the first folder asked for.
    const QFileInfo lastTrack(settings.lastTrackPath());
    const QFileInfo first(folders.value(0));
    const QString preferred = command.paths.isEmpty() && lastTrack.isFile()
                                  ? lastTrack.absolutePath()
                              : first.isDir() ? first.absoluteFilePath()
                                              : first.absolutePath();
    library::LibraryUpdater library(library::LibraryStore::defaultPath());
    window.setBundledAlbum(app::DataFolders::bundledAlbum());
    window.connectLibrary(library, preferred);
    // Smart playlists match the moods and characters the liner notes give: the window has the
    // library's passes put them on the tracks. Its library is the folders' and the servers'.
    QObject::connect(&window, &gui::MainWindow::libraryChanged, sidebar,
                     &gui::PlaylistSidebar::setLibrary);
    // The analysis takes the library as its folders keep it; a pass that changed nothing (the
    // same folder objects) leaves it be.
    QObject::connect(&library, &library::LibraryUpdater::finished, &analyzer,
                     [&analyzer, analysed = QList<library::FolderTracksPtr>()](
                         const QList<library::FolderTracksPtr>& folders) mutable {
                         if (folders == analysed)
                             return;
                         analysed = folders;
                         analyzer.analyse(folders);
                     });
    // The servers' albums join the library; their songs play through the engine's opener.
    server::ServerLibrary servers;
    window.connectServers(servers);
    QObject::connect(&servers, &server::ServerLibrary::accountsChanged,
                     [&serverMedia](const QList<server::ServerAccount>& accounts) {
                         serverMedia.setAccounts(accounts);
                     });
    QObject::connect(&window, &gui::MainWindow::serversChanged,
                     [&servers, &serverMedia](const QList<server::ServerAccount>& accounts) {
                         serverMedia.cache().setLimit(
                             qint64(server::ServerSettings().cacheMegabytes()) << 20);
                         servers.setAccounts(accounts);
                     });
    server::prefetchAhead(controller, serverMedia);
    // Plays, ratings and stars of server songs go back to their servers.
    server::ServerWriteBack writeBack;
    server::reportPlays(controller, playCounter, writeBack);
    trackMenu.setServers(servers, writeBack);
    QObject::connect(&servers, &server::ServerLibrary::accountsChanged, &writeBack,
                     &server::ServerWriteBack::setAccounts);
    QObject::connect(
        &writeBack, &server::ServerWriteBack::problem, &window,
        [&window](const QString& message) { window.statusBar()->showMessage(message); });
    // The servers' playlists under Playlists, their edits (and undos) sent back.
    server::ServerPlaylists serverPlaylists(playlists, writeBack);
    QObject::connect(&servers, &server::ServerLibrary::accountsChanged, &serverPlaylists,
                     &server::ServerPlaylists::setAccounts);
    QObject::connect(&servers, &server::ServerLibrary::listed, &serverPlaylists,
                     &server::ServerPlaylists::refresh);
    QObject::connect(
        &serverPlaylists, &server::ServerPlaylists::problem, &window,
        [&window](const QString& message) { window.statusBar()->showMessage(message); });
    servers.setAccounts(server::ServerSettings().accounts());
    if (command.play) {
        QObject::connect(
            &window.libraryPane(), &gui::LibraryPane::albumChosen, &controller,
            [&controller] { controller.playIndex(0); }, Qt::SingleShotConnection);
    }
    // What a later `liner [--play] PATH...` hands over: the same as at start, in this window.
    QObject::connect(&instance, &desktop::SingleInstance::openRequested, &window,
                     [&window, &library, &controller](const QStringList& paths, bool play) {
                         const QFileInfo first(paths.value(0));
                         window.libraryPane().showAlbumOf(first.isDir() ? first.absoluteFilePath()
                                                                        : first.absolutePath());
                         if (play)
                             QObject::connect(
                                 &window.libraryPane(), &gui::LibraryPane::albumChosen, &controller,
                                 [&controller] { controller.playIndex(0); },
                                 Qt::SingleShotConnection);
                         QStringList folders = library.folders();
                         for (const QString& path : paths) {
                             if (!folders.contains(path))
                                 folders << path;
                         }
                         library.setFolders(folders);
                         window.raiseToFront();
                     });
    QObject::connect(&instance, &desktop::SingleInstance::activateRequested, &window,
                     &gui::MainWindow::raiseToFront);
    library.setFolders(folders);
    if (!problems.isEmpty())
        window.showProblem(problems.join(QStringLiteral("; ")));
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("liner"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LINER_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Liner"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << decodeFileName(argv[i]); // names are bytes; see common/FileName.h
    const app::CommandLine command = app::CommandLine::parse(arguments);

    switch (command.mode) {
    case app::CommandLine::Mode::Help:
        std::fputs(qPrintable(command.helpText), stdout);
        return 0;
    case app::CommandLine::Mode::Version:
        std::printf("liner %s\n", LINER_VERSION);
        return 0;
    case app::CommandLine::Mode::BadUsage:
        std::fprintf(stderr, "liner: %s\nTry 'liner --help'.\n", qPrintable(command.error));
        return 2;
    case app::CommandLine::Mode::Scan: {
        QCoreApplication app(argc, argv);
        return runScan(command);
    }
    case app::CommandLine::Mode::Albums: {
        QCoreApplication app(argc, argv);
        return runAlbums(command);
    }
    case app::CommandLine::Mode::Analyze: {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return app::runAnalyze(command.paths, command.json, library::LibraryStore::defaultPath(),
                               out, err);
    }
    case app::CommandLine::Mode::ListDevices: {
        QCoreApplication app(argc, argv);
        const QStringList devices = engine::AudioOutput::deviceNames();
        for (const QString& device : devices)
            std::printf("%s\n", qPrintable(device));
        if (devices.isEmpty())
            std::fprintf(stderr, "liner: no audio output device found\n");
        return devices.isEmpty() ? 1 : 0;
    }
    case app::CommandLine::Mode::ConvertPlaylist: {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return app::convertPlaylist(command.paths.at(0), command.paths.at(1), out, err);
    }
    case app::CommandLine::Mode::HeadlessPlay: {
        QCoreApplication app(argc, argv);
        return runHeadless(command);
    }
    case app::CommandLine::Mode::Window:
        break;
    }
    common::keepFreedMemoryReturnable(); // before any thread starts
    QApplication app(argc, argv);
    // One window at a time: a later one hands its paths to the first and ends, before it reads
    // or writes anything of the listener's.
    desktop::SingleInstance instance(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    if (!instance.isFirst()) {
        const QString error = instance.handOver(command.paths, command.play);
        if (!error.isEmpty())
            std::fprintf(stderr, "liner: %s\n", qPrintable(error));
        return error.isEmpty() ? 0 : 1;
    }
    desktop::Settings settings;
    gui::installTranslations(gui::interfaceLocale(settings.language()));
    QApplication::setApplicationDisplayName(QStringLiteral("Liner"));
    QApplication::setDesktopFileName(QStringLiteral(LINER_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(LINER_APP_ID)));
    return runWindow(command, settings, instance);
}
