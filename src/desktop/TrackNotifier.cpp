#include "desktop/TrackNotifier.h"

#include "desktop/Settings.h"
#include "playlist/PlaybackController.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace liner::desktop {

TrackNotifier::TrackNotifier(const playlist::PlaybackController& controller,
                             const Settings& settings, QObject* parent)
    : QObject(parent), m_controller(controller), m_settings(settings)
{
    connect(&controller, &playlist::PlaybackController::currentIndexChanged, this,
            &TrackNotifier::notify);
}

void TrackNotifier::notify()
{
    const library::Track* current = m_controller.currentTrack();
    if (!m_settings.notifyOnTrackChange() || current == nullptr)
        return;
    const library::Track& track = *current;
    QStringList body;
    if (!track.displayArtist().isEmpty())
        body << track.displayArtist();
    if (!track.album.isEmpty())
        body << track.album;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"),
        QStringLiteral("org.freedesktop.Notifications"), QStringLiteral("Notify"));
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QStringLiteral(LINER_APP_ID)},
        {QStringLiteral("category"), QStringLiteral("x-liner.track")},
        {QStringLiteral("transient"), true},
    };
    call << QStringLiteral("Liner") << m_lastId << QStringLiteral(LINER_APP_ID)
         << track.displayTitle() << body.join(QStringLiteral(" — ")) << QStringList() << hints
         << -1;
    // Asynchronous: a slow or absent notification server must never hold up the window.
    auto* watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        const QDBusPendingReply<uint> reply = *watcher;
        if (reply.isValid())
            m_lastId = reply.value();
        watcher->deleteLater();
    });
}

} // namespace liner::desktop
