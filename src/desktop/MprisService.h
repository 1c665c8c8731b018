#pragma once

#include "library/Track.h"

#include <QDBusContext>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QVariantMap>

namespace liner::playlist {
class PlaybackController;
class PlayQueue;
} // namespace liner::playlist

namespace liner::desktop {

// Liner on the session bus as an MPRIS2 media player (org.mpris.MediaPlayer2.liner), so desktop
// media keys, panel widgets and playerctl drive it, with a window or without (--headless --play).
// It drives the PlaybackController as the window does and reads the controller's queue. The D-Bus
// interfaces themselves are the adaptors (MprisRootAdaptor, MprisPlayerAdaptor,
// MprisTrackListAdaptor) it owns; as QtDBus hands the context of a call to the adaptors' parent,
// error replies are sent from here.
class MprisService : public QObject, public QDBusContext
{
    Q_OBJECT

public:
    static constexpr const char* kObjectPath = "/org/mpris/MediaPlayer2";

    // `canRaise`: there is a window to raise.
    explicit MprisService(playlist::PlaybackController& controller, bool canRaise = true,
                          QObject* parent = nullptr);
    ~MprisService() override;

    // Claims the bus name (org.mpris.MediaPlayer2.liner, or a per-process name beside it when
    // another Liner holds that) and exports the object. False, with a warning, without a bus.
    bool registerOnSessionBus();
    QString serviceName() const { return m_serviceName; }

    playlist::PlaybackController& controller() { return m_controller; }
    const playlist::PlayQueue& queue() const;
    bool canRaise() const { return m_canRaise; }
    // The row's metadata; empty for a row outside the queue.
    QVariantMap metadataFor(int row);
    // Tells listeners (PropertiesChanged) that these properties of `interface` now hold these
    // values.
    void announce(const QString& interface, const QVariantMap& changed);
    // OpenUri's file or folder: its tracks are read off the UI thread, then openRequested().
    void open(const QString& path);

signals:
    // The cover of the tracks in this folder has been found (or found missing) since their
    // metadata was last given out.
    void artFound(const QString& folder);
    void raiseRequested();
    void quitRequested();
    // OpenUri: the tracks of a local file or folder the listener wants to hear, in order.
    void openRequested(const QList<liner::library::Track>& tracks);

private:
    // A URL of the track's cover: its folder's image, else the embedded picture saved to the
    // cache. Found off the UI thread, once per folder: empty until then (artFound() follows).
    QString artUrl(const library::Track& track);

    playlist::PlaybackController& m_controller;
    bool m_canRaise;
    QString m_serviceName;
    QHash<QString, QString> m_artUrls; // by album folder
    QSet<QString> m_artPending;
};

} // namespace liner::desktop
