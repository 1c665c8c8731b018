#include "desktop/MprisTrackListAdaptor.h"

#include "desktop/MprisMetadata.h"
#include "desktop/MprisService.h"
#include "library/TrackModel.h"
#include "playlist/PlaybackController.h"

#include <QDBusError>
#include <QDBusMetaType>

namespace liner::desktop {

MprisTrackListAdaptor::MprisTrackListAdaptor(MprisService* service)
    : QDBusAbstractAdaptor(service), m_service(service)
{
    qDBusRegisterMetaType<QList<QVariantMap>>();
    connect(&service->tracks(), &QAbstractItemModel::modelReset, this, [this] {
        const int current = m_service->controller().currentIndex();
        emit TrackListReplaced(tracks(), current >= 0 ? mprisTrackId(current) : mprisNoTrack());
    });
}

QList<QDBusObjectPath> MprisTrackListAdaptor::tracks() const
{
    QList<QDBusObjectPath> ids;
    for (int row = 0; row < m_service->tracks().rowCount(); ++row)
        ids << mprisTrackId(row);
    return ids;
}

QList<QVariantMap> MprisTrackListAdaptor::GetTracksMetadata(const QList<QDBusObjectPath>& trackIds)
{
    QList<QVariantMap> metadata;
    for (const QDBusObjectPath& id : trackIds) {
        // Unknown ids are left out, as the specification allows.
        if (QVariantMap map = m_service->metadataFor(mprisTrackRow(id)); !map.isEmpty())
            metadata << map;
    }
    return metadata;
}

void MprisTrackListAdaptor::AddTrack(const QString&, const QDBusObjectPath&, bool)
{
    refuseEdit();
}

void MprisTrackListAdaptor::RemoveTrack(const QDBusObjectPath&)
{
    refuseEdit();
}

void MprisTrackListAdaptor::GoTo(const QDBusObjectPath& trackId)
{
    m_service->controller().playIndex(mprisTrackRow(trackId));
}

void MprisTrackListAdaptor::refuseEdit()
{
    if (m_service->calledFromDBus())
        m_service->sendErrorReply(
            QDBusError::NotSupported,
            QStringLiteral("The queue is the album shown; CanEditTracks is false"));
}

} // namespace liner::desktop
