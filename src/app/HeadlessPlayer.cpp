#include "app/HeadlessPlayer.h"

#include "common/FileName.h"
#include "server/ServerLocation.h"
#include "server/ServerMedia.h"
#include "server/ServerPrefetch.h"

#include <QCoreApplication>
#include <QTextStream>

namespace liner::app {

namespace {

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace

HeadlessPlayer::HeadlessPlayer(QObject* parent) : QObject(parent)
{
    connect(&m_controller, &playlist::PlaybackController::currentIndexChanged, this,
            [this](int index) {
                if (index < 0)
                    return;
                ++m_tracksStarted;
                err() << "Playing " << index + 1 << "/" << m_controller.queue().size() << ": "
                      << readableFileName(m_controller.queue().track(index).path) << Qt::endl;
            });
    connect(&m_controller, &playlist::PlaybackController::trackFailed, this,
            [](int, const QString& path, const QString& reason) {
                err() << "liner: cannot play " << readableFileName(path) << ": " << reason
                      << Qt::endl;
            });
    connect(&m_controller, &playlist::PlaybackController::outputFailed, this,
            [this](const QString& reason) {
                err() << "liner: audio output failed: " << reason << Qt::endl;
                finish(1);
            });
    connect(&m_controller, &playlist::PlaybackController::finished, this,
            [this] { finish(m_tracksStarted > 0 ? 0 : 1); });
}

void HeadlessPlayer::setServerMedia(server::ServerMedia& media)
{
    m_engine.setByteSourceOpener(QLatin1String(server::ServerLocation::kScheme), media.opener());
    server::prefetchAhead(m_controller, media);
}

void HeadlessPlayer::start(const QList<library::Track>& tracks, const QString& device)
{
    m_engine.setDevice(device);
    if (tracks.isEmpty()) {
        err() << "liner: nothing to play" << Qt::endl;
        QMetaObject::invokeMethod(
            this, [this] { finish(1); }, Qt::QueuedConnection);
        return;
    }
    m_controller.setQueue(tracks);
    m_controller.playIndex(0);
}

void HeadlessPlayer::finish(int exitCode)
{
    if (exitCode == 0)
        err() << "Played " << m_tracksStarted << (m_tracksStarted == 1 ? " track." : " tracks.")
              << Qt::endl;
    QCoreApplication::exit(exitCode);
}

} // namespace liner::app
