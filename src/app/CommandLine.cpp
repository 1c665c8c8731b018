#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

namespace liner::app {

CommandLine CommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Liner plays albums and shows their liner notes. With no PATH it opens the bundled "
                "demo album."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption headlessOption(
        QStringLiteral("headless"),
        QCoreApplication::translate("main", "Open no window (with --play)."));
    const QCommandLineOption playOption(
        QStringLiteral("play"),
        QCoreApplication::translate("main", "Play the tracks of PATH (files, folders) or of the "
                                            "bundled album, one after another."));
    const QCommandLineOption scanOption(
        QStringLiteral("scan"),
        QCoreApplication::translate("main", "Read the tags of every audio file under PATH."));
    const QCommandLineOption albumsOption(
        QStringLiteral("albums"),
        QCoreApplication::translate("main", "List the albums under PATH as the library groups "
                                            "them (soundtracks assembled from their parts)."));
    const QCommandLineOption analyzeOption(
        QStringLiteral("analyze"),
        QCoreApplication::translate("main", "Measure every track under PATH: loudness, true "
                                            "peak, ReplayGain, tempo, key, energy, waveform."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate(
            "main", "With --scan, --albums or --analyze: print the result as a JSON array."));
    const QCommandLineOption convertOption(
        QStringLiteral("convert-playlist"),
        QCoreApplication::translate("main", "Convert the playlist IN to OUT (M3U, M3U8, PLS, XSPF, "
                                            "by extension), keeping every entry in order."));
    const QCommandLineOption listDevicesOption(
        QStringLiteral("list-devices"),
        QCoreApplication::translate("main", "List the audio output devices, one name a line."));
    const QCommandLineOption deviceOption(
        QStringLiteral("device"),
        QCoreApplication::translate("main", "Play through the output device NAME (see "
                                            "--list-devices) instead of the default one."),
        QStringLiteral("NAME"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate(
            "main", "With --scan: list the tracks of the Subsonic server at URL; with --headless "
                    "--play: play its subsonic:// songs and albums. The password comes from "
                    "LINER_SERVER_PASSWORD, else from the keyring."),
        QStringLiteral("URL"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QCoreApplication::translate("main", "The user name on the --server."),
        QStringLiteral("NAME"));
    parser.addOptions({headlessOption, playOption, scanOption, albumsOption, analyzeOption,
                       jsonOption, convertOption, listDevicesOption, deviceOption, serverOption,
                       userOption});
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QCoreApplication::translate("main", "Audio files or folders."),
                                 QStringLiteral("[PATH...]"));

    CommandLine result;
    result.helpText = parser.helpText();
    auto badUsage = [&result](const QString& error) {
        result.mode = Mode::BadUsage;
        result.error = error;
        return result;
    };
    if (!parser.parse(arguments))
        return badUsage(parser.errorText());
    if (parser.isSet(helpOption)) {
        result.mode = Mode::Help;
        return result;
    }
    if (parser.isSet(versionOption)) {
        result.mode = Mode::Version;
        return result;
    }
    result.paths = parser.positionalArguments();
    result.json = parser.isSet(jsonOption);
    result.play = parser.isSet(playOption);
    const bool headless = parser.isSet(headlessOption);
    const bool scan = parser.isSet(scanOption);
    const bool albums = parser.isSet(albumsOption);
    const bool analyze = parser.isSet(analyzeOption);
    const bool listing = scan || albums || analyze;
    result.device = parser.value(deviceOption);
    result.serverUrl = parser.value(serverOption);
    result.serverUser = parser.value(userOption);
    const bool server = parser.isSet(serverOption) || parser.isSet(userOption);
    if (server) {
        if (result.serverUrl.isEmpty() || result.serverUser.isEmpty())
            return badUsage(QStringLiteral("--server URL and --user NAME go together"));
        const QUrl url(result.serverUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
            url.host().isEmpty())
            return badUsage(QStringLiteral("--server needs an http:// or https:// URL"));
        if (!scan && !albums && !headless)
            return badUsage(
                QStringLiteral("--server goes with --scan, --albums or --headless --play"));
    }

    if (parser.isSet(listDevicesOption)) {
        if (listing || headless || result.play || result.json || !result.paths.isEmpty())
            return badUsage(QStringLiteral("--list-devices takes no other mode or PATH"));
        result.mode = Mode::ListDevices;
        return result;
    }

    if (parser.isSet(convertOption)) {
        if (listing || headless || result.play || result.json)
            return badUsage(QStringLiteral("--convert-playlist takes no other mode"));
        if (result.paths.size() != 2)
            return badUsage(QStringLiteral("--convert-playlist needs IN and OUT"));
        result.mode = Mode::ConvertPlaylist;
        return result;
    }

    if (int(scan) + int(albums) + int(analyze) > 1)
        return badUsage(
            QStringLiteral("--scan, --albums and --analyze are separate modes: choose one"));
    if (listing) {
        const QString mode = scan     ? QStringLiteral("--scan")
                             : albums ? QStringLiteral("--albums")
                                      : QStringLiteral("--analyze");
        if (headless || result.play)
            return badUsage(
                QStringLiteral("%1 cannot be combined with --headless or --play").arg(mode));
        if (result.paths.isEmpty() && !(server && !analyze))
            return badUsage(QStringLiteral("%1 needs at least one PATH").arg(mode));
        result.mode = scan ? Mode::Scan : albums ? Mode::Albums : Mode::Analyze;
        return result;
    }
    if (result.json)
        return badUsage(QStringLiteral("--json only goes with --scan, --albums or --analyze"));
    if (headless) {
        if (!result.play)
            return badUsage(QStringLiteral("--headless needs --play"));
        result.mode = Mode::HeadlessPlay;
        return result;
    }
    result.mode = Mode::Window;
    return result;
}

} // namespace liner::app
