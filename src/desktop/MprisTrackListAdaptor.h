#pragma once

#include <QDBusAbstractAdaptor>
#include <QDBusObjectPath>
#include <QList>
#include <QVariantMap>

namespace liner::desktop {

class MprisService;

// org.mpris.MediaPlayer2.TrackList: the play queue in the order it plays, read-only from the bus.
// Every change of the queue is told: tracks added and removed one by one, a new order as a new
// list, new metadata of a track.
class MprisTrackListAdaptor : public QDBusAbstractAdaptor
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.mpris.MediaPlayer2.TrackList")
    Q_PROPERTY(QList<QDBusObjectPath> Tracks READ tracks)
    Q_PROPERTY(bool CanEditTracks READ canEditTracks)

public:
    explicit MprisTrackListAdaptor(MprisService* service);

    QList<QDBusObjectPath> tracks() const;
    bool canEditTracks() const { return false; }

public slots:
    QList<QVariantMap> GetTracksMetadata(const QList<QDBusObjectPath>& trackIds);
    void AddTrack(const QString& uri, const QDBusObjectPath& afterTrack, bool setAsCurrent);
    void RemoveTrack(const QDBusObjectPath& trackId);
    void GoTo(const QDBusObjectPath& trackId);

signals:
    void TrackListReplaced(const QList<QDBusObjectPath>& tracks,
                           const QDBusObjectPath& currentTrack);
    void TrackAdded(const QVariantMap& metadata, const QDBusObjectPath& afterTrack);
    void TrackRemoved(const QDBusObjectPath& trackId);
    void TrackMetadataChanged(const QDBusObjectPath& trackId, const QVariantMap& metadata);

private:
    void refuseEdit();
    void replaceList();

    MprisService* m_service;
    QList<quint64> m_leaving; // entries being removed, told once they are gone
};

} // namespace liner::desktop
