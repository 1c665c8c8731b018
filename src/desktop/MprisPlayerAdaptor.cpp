#include "desktop/MprisPlayerAdaptor.h"

#include "desktop/MprisMetadata.h"
#include "desktop/MprisService.h"
#include "playlist/PlayQueue.h"
#include "playlist/PlaybackController.h"

#include <QDBusError>
#include <QFileInfo>
#include <QUrl>

namespace liner::desktop {

using engine::PlaybackState;
using playlist::PlaybackController;

namespace {
const QString kInterface = QStringLiteral("org.mpris.MediaPlayer2.Player");
} // namespace

MprisPlayerAdaptor::MprisPlayerAdaptor(MprisService* service)
    : QDBusAbstractAdaptor(service), m_service(service)
{
    PlaybackController& controller = service->controller();
    connect(&controller, &PlaybackController::stateChanged, this,
            &MprisPlayerAdaptor::announceChanges);
    connect(&controller, &PlaybackController::currentIndexChanged, this,
            &MprisPlayerAdaptor::announceChanges);
    connect(&controller, &PlaybackController::volumeChanged, this,
            &MprisPlayerAdaptor::announceChanges);
    connect(&controller, &PlaybackController::playModeChanged, this,
            &MprisPlayerAdaptor::announceChanges);
    // Rows around the current one change what Next can do.
    const playlist::PlayQueue& queue = service->queue();
    connect(&queue, &QAbstractItemModel::modelReset, this, &MprisPlayerAdaptor::announceChanges);
    connect(&queue, &QAbstractItemModel::layoutChanged, this, &MprisPlayerAdaptor::announceChanges);
    connect(&queue, &QAbstractItemModel::rowsInserted, this, &MprisPlayerAdaptor::announceChanges);
    connect(&queue, &QAbstractItemModel::rowsRemoved, this, &MprisPlayerAdaptor::announceChanges);
    connect(&queue, &QAbstractItemModel::rowsMoved, this, &MprisPlayerAdaptor::announceChanges);
    connect(&queue, &QAbstractItemModel::dataChanged, this, &MprisPlayerAdaptor::announceChanges);
    connect(service, &MprisService::artFound, this, &MprisPlayerAdaptor::announceChanges);
    connect(&controller, &PlaybackController::seeked, this,
            [this](qint64 positionMs) { emit Seeked(positionMs * 1000); });
    m_announced = announcedProperties();
}

QString MprisPlayerAdaptor::playbackStatus() const
{
    switch (m_service->controller().state()) {
    case PlaybackState::Playing:
        return QStringLiteral("Playing");
    case PlaybackState::Paused:
        return QStringLiteral("Paused");
    case PlaybackState::Stopped:
        break;
    }
    return QStringLiteral("Stopped");
}

QVariantMap MprisPlayerAdaptor::metadata() const
{
    const int row = m_service->controller().currentIndex();
    if (row < 0)
        return {{QStringLiteral("mpris:trackid"), QVariant::fromValue(mprisNoTrack())}};
    return m_service->metadataFor(row);
}

double MprisPlayerAdaptor::volume() const
{
    return m_service->controller().volume();
}

void MprisPlayerAdaptor::setVolume(double volume)
{
    m_service->controller().setVolume(volume);
}

qlonglong MprisPlayerAdaptor::position() const
{
    const PlaybackController& controller = m_service->controller();
    return controller.state() == PlaybackState::Stopped ? 0 : controller.position() * 1000;
}

bool MprisPlayerAdaptor::canGoNext() const
{
    const PlaybackController& controller = m_service->controller();
    return controller.currentIndex() + 1 < controller.queue().size() ||
           (controller.repeat() == playlist::RepeatMode::All && !controller.queue().isEmpty());
}

bool MprisPlayerAdaptor::canGoPrevious() const
{
    // Previous restarts the first track, so it is never a dead button while something is current.
    return m_service->controller().currentIndex() >= 0;
}

bool MprisPlayerAdaptor::canPlay() const
{
    return !m_service->controller().queue().isEmpty();
}

bool MprisPlayerAdaptor::canPause() const
{
    return canPlay();
}

bool MprisPlayerAdaptor::canSeek() const
{
    return m_service->controller().currentIndex() >= 0;
}

void MprisPlayerAdaptor::Next()
{
    m_service->controller().next();
}

void MprisPlayerAdaptor::Previous()
{
    m_service->controller().previous();
}

void MprisPlayerAdaptor::Pause()
{
    if (m_service->controller().state() == PlaybackState::Playing)
        m_service->controller().playPause();
}

void MprisPlayerAdaptor::PlayPause()
{
    m_service->controller().playPause();
}

void MprisPlayerAdaptor::Stop()
{
    m_service->controller().stop();
}

void MprisPlayerAdaptor::Play()
{
    if (m_service->controller().state() != PlaybackState::Playing)
        m_service->controller().playPause();
}

void MprisPlayerAdaptor::Seek(qlonglong offsetUs)
{
    PlaybackController& controller = m_service->controller();
    if (!canSeek())
        return;
    const qint64 target = std::max<qint64>(0, controller.position() + offsetUs / 1000);
    // The specification: seeking past the end acts like Next.
    if (target > currentLengthMs())
        controller.next();
    else
        controller.seek(target);
}

void MprisPlayerAdaptor::SetPosition(const QDBusObjectPath& trackId, qlonglong positionUs)
{
    // A stale request, made for a track that is no longer current, is ignored.
    const quint64 id = mprisEntryId(trackId);
    if (id == 0 || id != m_service->queue().currentId())
        return;
    if (positionUs < 0 || positionUs / 1000 > currentLengthMs())
        return;
    m_service->controller().seek(positionUs / 1000);
}

void MprisPlayerAdaptor::OpenUri(const QString& uri)
{
    const QUrl url(uri);
    const QString path = url.toLocalFile();
    if (url.isLocalFile() && QFileInfo::exists(path)) {
        m_service->open(path);
        return;
    }
    if (!m_service->calledFromDBus())
        return;
    if (!url.isLocalFile())
        m_service->sendErrorReply(QDBusError::NotSupported,
                                  QStringLiteral("Liner opens file:// URIs only, not %1").arg(uri));
    else
        m_service->sendErrorReply(QDBusError::InvalidArgs,
                                  QStringLiteral("No such file: %1").arg(path));
}

void MprisPlayerAdaptor::announceChanges()
{
    const QVariantMap now = announcedProperties();
    QVariantMap changed;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (m_announced.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    m_announced = now;
    m_service->announce(kInterface, changed);
}

QString MprisPlayerAdaptor::loopStatus() const
{
    switch (m_service->controller().repeat()) {
    case playlist::RepeatMode::One:
        return QStringLiteral("Track");
    case playlist::RepeatMode::All:
        return QStringLiteral("Playlist");
    case playlist::RepeatMode::Off:
        break;
    }
    return QStringLiteral("None");
}

void MprisPlayerAdaptor::setLoopStatus(const QString& status)
{
    if (status == u"Track")
        m_service->controller().setRepeat(playlist::RepeatMode::One);
    else if (status == u"Playlist")
        m_service->controller().setRepeat(playlist::RepeatMode::All);
    else if (status == u"None")
        m_service->controller().setRepeat(playlist::RepeatMode::Off);
}

bool MprisPlayerAdaptor::shuffle() const
{
    return m_service->controller().shuffle();
}

void MprisPlayerAdaptor::setShuffle(bool on)
{
    m_service->controller().setShuffle(on);
}

QVariantMap MprisPlayerAdaptor::announcedProperties() const
{
    return {
        {QStringLiteral("PlaybackStatus"), playbackStatus()},
        {QStringLiteral("Metadata"), metadata()},
        {QStringLiteral("Volume"), volume()},
        {QStringLiteral("LoopStatus"), loopStatus()},
        {QStringLiteral("Shuffle"), shuffle()},
        {QStringLiteral("CanGoNext"), canGoNext()},
        {QStringLiteral("CanGoPrevious"), canGoPrevious()},
        {QStringLiteral("CanPlay"), canPlay()},
        {QStringLiteral("CanPause"), canPause()},
        {QStringLiteral("CanSeek"), canSeek()},
    };
}

qint64 MprisPlayerAdaptor::currentLengthMs() const
{
    const library::Track* current = m_service->controller().currentTrack();
    return current != nullptr ? current->durationMs : 0;
}

} // namespace liner::desktop
