#pragma once

#include <QString>
#include <QStringList>

namespace liner::app {

// What the user asked for on the command line. Parsed before any QCoreApplication exists, so the
// program can choose between a windowed and a display-free application.
struct CommandLine
{
    enum class Mode
    {
        Window,
        HeadlessPlay,
        Scan,
        Albums,
        Analyze,
        ConvertPlaylist,
        ListDevices,
        Help,
        Version,
        BadUsage
    };

    Mode mode = Mode::Window;
    QStringList paths;
    bool json = false;
    bool play = false;
    QString device; // --device NAME; empty for PortAudio's default output
    // --server URL --user NAME: a music server to list (--scan) or play from (--headless --play).
    QString serverUrl;
    QString serverUser;
    QString error; // for BadUsage
    QString helpText;

    static CommandLine parse(const QStringList& arguments);
};

} // namespace liner::app
