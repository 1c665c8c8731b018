#include "desktop/MprisTrackListAdaptor.h"

#include "desktop/MprisMetadata.h"
#include "desktop/MprisService.h"
#include "playlist/PlayQueue.h"
#include "playlist/PlaybackController.h"

#include <QDBusError>
#include <QDBusMetaType>
#include <QFileInfo>
#include <utility>

namespace liner::desktop {

MprisTrackListAdaptor::MprisTrackListAdaptor(MprisService* service)
    : QDBusAbstractAdaptor(service), m_service(service)
{
    qDBusRegisterMetaType<QList<QVariantMap>>();
    const playlist::PlayQueue& queue = service->queue();
    // MPRIS has no signal for a new order: the list is replaced.
    connect(&queue, &QAbstractItemModel::modelReset, this, &MprisTrackListAdaptor::replaceList);
    connect(&queue, &QAbstractItemModel::layoutChanged, this, &MprisTrackListAdaptor::replaceList);
    connect(&queue, &QAbstractItemModel::rowsMoved, this, &MprisTrackListAdaptor::replaceList);
    connect(&queue, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) {
                for (int row = first; row <= last; ++row)
                    emit TrackAdded(m_service->metadataFor(row),
                                    row > 0 ? mprisTrackId(m_service->queue().idAt(row - 1))
                                            : mprisNoTrack());
            });
    connect(&queue, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) {
                for (int row = first; row <= last; ++row)
                    m_leaving << m_service->queue().idAt(row);
            });
    connect(&queue, &QAbstractItemModel::rowsRemoved, this, [this] {
        for (const quint64 id : std::exchange(m_leaving, {}))
            emit TrackRemoved(mprisTrackId(id));
    });
    connect(service, &MprisService::artFound, this, [this](const QString& folder) {
        for (int row = 0; row < m_service->queue().size(); ++row) {
            if (QFileInfo(m_service->queue().track(row).path).absolutePath() == folder)
                emit TrackMetadataChanged(mprisTrackId(m_service->queue().idAt(row)),
                                          m_service->metadataFor(row));
        }
    });
    connect(&queue, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& top, const QModelIndex& bottom, const QList<int>& roles) {
                // Which entry is current is the player's Metadata, not the track's.
                if (roles == QList<int>{playlist::PlayQueue::CurrentRole})
                    return;
                for (int row = top.row(); row <= bottom.row(); ++row)
                    emit TrackMetadataChanged(mprisTrackId(m_service->queue().idAt(row)),
                                              m_service->metadataFor(row));
            });
}

void MprisTrackListAdaptor::replaceList()
{
    const quint64 current = m_service->queue().currentId();
    emit TrackListReplaced(tracks(), current != 0 ? mprisTrackId(current) : mprisNoTrack());
}

QList<QDBusObjectPath> MprisTrackListAdaptor::tracks() const
{
    QList<QDBusObjectPath> ids;
    const playlist::PlayQueue& queue = m_service->queue();
    for (int row = 0; row < queue.size(); ++row)
        ids << mprisTrackId(queue.idAt(row));
    return ids;
}

QList<QVariantMap> MprisTrackListAdaptor::GetTracksMetadata(const QList<QDBusObjectPath>& trackIds)
{
    QList<QVariantMap> metadata;
    for (const QDBusObjectPath& id : trackIds) {
        // Unknown ids are left out, as the specification allows.
        const int row = m_service->queue().rowOf(mprisEntryId(id));
        if (QVariantMap map = m_service->metadataFor(row); !map.isEmpty())
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
    m_service->controller().playIndex(m_service->queue().rowOf(mprisEntryId(trackId)));
}

void MprisTrackListAdaptor::refuseEdit()
{
    if (m_service->calledFromDBus())
        m_service->sendErrorReply(
            QDBusError::NotSupported,
            QStringLiteral("The queue is edited in Liner; CanEditTracks is false"));
}

} // namespace liner::desktop
