#include "app/CommandLine.h"
#include "app/DataFolders.h"
#include "app/HeadlessPlayer.h"
#include "app/PlayOrder.h"
#include "app/PlaylistConversion.h"
#include "app/ScanReport.h"
#include "app/ServerSession.h"
#include "common/FileName.h"
#include "desktop/Settings.h"
#include "engine/AudioOutput.h"
#include "engine/PlaybackEngine.h"
#include "gui/MainWindow.h"
#include "gui/PlaylistSidebar.h"
#include "gui/TrackContextMenu.h"
#include "gui/TracksWithNotes.h"
#include "gui/Translation.h"
#include "library/LibraryScanner.h"
#include "library/LibraryStore.h"
#include "library/LibraryUpdater.h"
#include "notes/NotesRepository.h"
#include "playlist/PlayStats.h"
#include "playlist/PlaybackController.h"
#include "playlist/PlaylistStore.h"
#include "playlist/SmartPlaylistStore.h"
#include "server/ServerLibrary.h"
#include "server/ServerLocation.h"
#include "server/ServerMedia.h"
#include "server/ServerPlaylists.h"
#include "server/ServerPrefetch.h"
#include "server/ServerSettings.h"
#include "server/ServerWriteBack.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QJsonDocument>
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

int runScan(const app::CommandLine& command)
{
    QList<library::Track> tracks;
    if (!command.paths.isEmpty())
        tracks = library::LibraryScanner::scan(command.paths);
    if (!command.serverUrl.isEmpty()) {
        const app::ServerSession servers(command);
        QString error;
        tracks << servers.listTracks(error);
        if (!error.isEmpty()) {
            std::fprintf(stderr, "liner: %s\n", qPrintable(error));
            return 1;
        }
    }
    QTextStream out(stdout);
    if (command.json) {
        app::ScanReport report(app::DataFolders::notesPacks());
        out << QJsonDocument(report.toJson(tracks)).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const library::Track& track : tracks) {
        out << track.path << "\n  ";
        if (track.isReadable())
            out << track.displayTitle() << " — " << track.displayArtist() << " ("
                << library::TrackModel::formatDuration(track.durationMs) << ")\n";
        else
            out << "error: " << track.error << "\n";
    }
    return 0;
}

int runHeadless(const app::CommandLine& command)
{
    QStringList problems;
    app::ServerSession servers(command);
    QList<engine::TrackSource> files;
    bool anyServer = false;
    for (const QString& argument : pathsOrBundledAlbum(command.paths)) {
        if (server::ServerLocation::isServerLocation(argument)) {
            anyServer = true;
            files << servers.sourcesFor(argument, problems);
        } else {
            files << app::playOrder({argument}, problems);
        }
    }
    playlist::SmartPlaylistStore smartPlaylists;
    if (const QString problem = smartPlaylists.load(); !problem.isEmpty())
        problems << problem;
    for (const QString& problem : std::as_const(problems))
        std::fprintf(stderr, "liner: %s\n", qPrintable(problem));
    app::HeadlessPlayer player;
    if (anyServer)
        player.setServerMedia(servers.media());
    player.start(files, command.device);
    return QCoreApplication::exec();
}

int runWindow(const app::CommandLine& command)
{
    desktop::Settings settings;
    // Before the engine, which reads server songs through it until the engine is gone.
    server::ServerMedia serverMedia(QString(), qint64(server::ServerSettings().cacheMegabytes())
                                                   << 20);
    engine::PlaybackEngine engine;
    engine.setDevice(command.device.isEmpty() ? settings.outputDevice() : command.device);
    engine.setByteSourceOpener(QLatin1String(server::ServerLocation::kScheme),
                               serverMedia.opener());
    playlist::PlaybackController controller(engine);
    gui::MainWindow window(controller, settings, app::DataFolders::notesPacks());

    // Tracks under the Music folder are written relative to it, so playlists stay whole when it
    // moves (a new home folder, another user name).
    playlist::PlaylistStore playlists(
        {}, QStandardPaths::writableLocation(QStandardPaths::MusicLocation));
    QStringList problems = playlists.load();
    playlist::PlayStats stats;
    if (const QString problem = stats.load(); !problem.isEmpty())
        problems << problem;
    playlist::SmartPlaylistStore smartPlaylists;
    if (const QString problem = smartPlaylists.load(); !problem.isEmpty())
        problems << problem;
    for (const QString& problem : std::as_const(problems))
        std::fprintf(stderr, "liner: %s\n", qPrintable(problem));
    QObject::connect(&controller, &playlist::PlaybackController::trackStarted, &stats,
                     [&stats, &controller](int index) {
                         if (index >= 0 && index < controller.queue().size())
                             stats.recordPlay(controller.queue().at(index).path);
                     });
    QUndoStack playlistEdits;
    notes::NotesRepository libraryNotes(app::DataFolders::notesPacks());
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
    QObject::connect(&window, &gui::MainWindow::outputDeviceChanged, &engine,
                     &engine::PlaybackEngine::setDevice);
    const auto applyReplayGain = [&engine, &settings] {
        engine.setReplayGain(settings.replayGainMode(), settings.replayGainPreampDb(), true);
    };
    applyReplayGain();
    QObject::connect(&window, &gui::MainWindow::replayGainChanged, &engine, applyReplayGain);
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
    window.connectLibrary(library, preferred);
    // Smart playlists match the moods and characters the liner notes give, as the window does.
    QObject::connect(&window, &gui::MainWindow::libraryTracksChanged, sidebar,
                     [sidebar, &libraryNotes](QList<library::Track> tracks) {
                         gui::applyNotes(libraryNotes, tracks);
                         sidebar->setLibraryTracks(tracks);
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
    trackMenu.setServers(servers, writeBack);
    QObject::connect(&servers, &server::ServerLibrary::accountsChanged, &writeBack,
                     &server::ServerWriteBack::setAccounts);
    QObject::connect(
        &writeBack, &server::ServerWriteBack::problem, &window,
        [&window](const QString& message) { window.statusBar()->showMessage(message); });
    QObject::connect(&controller, &playlist::PlaybackController::trackStarted, &writeBack,
                     [&controller, &writeBack](int index) {
                         if (index >= 0 && index < controller.queue().size())
                             writeBack.nowPlaying(controller.queue().at(index).path);
                     });
    // The servers' playlists under Playlists, their edits (and undos) sent back.
    server::ServerPlaylists serverPlaylists(playlists, writeBack);
    QObject::connect(&servers, &server::ServerLibrary::accountsChanged, &serverPlaylists,
                     &server::ServerPlaylists::setAccounts);
    QObject::connect(&servers, &server::ServerLibrary::tracksChanged, &serverPlaylists,
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
    library.setFolders(folders);
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
    QApplication app(argc, argv);
    gui::installTranslations(gui::interfaceLocale(desktop::Settings().language()));
    QApplication::setApplicationDisplayName(QStringLiteral("Liner"));
    QApplication::setDesktopFileName(QStringLiteral(LINER_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(LINER_APP_ID)));
    return runWindow(command);
}
