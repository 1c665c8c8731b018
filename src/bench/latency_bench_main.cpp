// liner-latency-bench [--server URL --user NAME] LOCATION...: how long the engine takes from play()
// to the first frame reaching the device (trackStarted) and from seek() to the first frame at the
// target being heard (the position report that passes it), as the engine's own signals tell.
// Prints the median and the worst of each over every location, in milliseconds, for scripts/bench
// (first-frame-ms, first-frame-worst-ms, seek-ms, seek-worst-ms). Locations are files, or
// subsonic:// songs of the --server (password from LINER_SERVER_PASSWORD), fetched through a cache
// of the run's own that starts empty, so each is timed from the server.
#include "engine/PlaybackEngine.h"
#include "server/ServerLocation.h"
#include "server/ServerMedia.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using liner::engine::PlaybackEngine;

namespace {

// Runs the event loop until `done` holds or ten seconds pass; false on timeout.
template <typename Done> bool waitFor(Done done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.hasExpired(10'000))
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? -1 : values[values.size() / 2];
}

double worst(const std::vector<double>& values)
{
    return values.empty() ? -1 : *std::max_element(values.begin(), values.end());
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    liner::server::ServerAccount account;
    if (files.size() > 4 && files[0] == u"--server" && files[2] == u"--user") {
        account.url = QUrl(files[1]);
        account.user = files[3];
        account.password = qEnvironmentVariable("LINER_SERVER_PASSWORD");
        files = files.mid(4);
    }
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: liner-latency-bench [--server URL --user NAME] LOCATION...\n");
        return 2;
    }
    const QTemporaryDir cache;
    liner::server::ServerMedia media(cache.path());
    media.setAccounts({account});
    PlaybackEngine engine;
    engine.setByteSourceOpener(QLatin1String(liner::server::ServerLocation::kScheme),
                               media.opener());
    QObject::connect(&engine, &PlaybackEngine::nextWanted, &engine,
                     [&engine](int current) { engine.setNext(current, {}, 0); });
    int startedSerial = 0;
    qint64 durationMs = 0;
    qint64 positionMs = -1;
    QObject::connect(&engine, &PlaybackEngine::trackStarted, &engine,
                     [&](int serial, qint64 duration) {
                         startedSerial = serial;
                         durationMs = duration;
                     });
    QObject::connect(&engine, &PlaybackEngine::positionChanged, &engine,
                     [&](int, qint64 position) { positionMs = position; });
    std::vector<double> firstFrame;
    std::vector<double> seekToHeard;
    int serial = 0;
    for (const QString& file : files) {
        QElapsedTimer timer;
        timer.start();
        engine.play({file}, ++serial);
        if (!waitFor([&] { return startedSerial == serial; }))
            return 1;
        firstFrame.push_back(double(timer.nsecsElapsed()) / 1e6);
        // Pause first, so the track cannot end before the seek lands: the seek restarts it paused
        // and the resume makes it heard.
        const qint64 target = durationMs / 2;
        engine.pause();
        positionMs = -1;
        timer.restart();
        engine.seek(target);
        engine.resume();
        if (!waitFor([&] { return positionMs >= target; }))
            return 1;
        seekToHeard.push_back(double(timer.nsecsElapsed()) / 1e6);
        engine.stop();
    }
    std::printf(
        "first-frame-ms %.1f\nfirst-frame-worst-ms %.1f\nseek-ms %.1f\nseek-worst-ms %.1f\n",
        median(firstFrame), worst(firstFrame), median(seekToHeard), worst(seekToHeard));
    return 0;
}
