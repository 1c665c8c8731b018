#include "desktop/MprisMetadata.h"

#include <QUrl>

namespace liner::desktop {

namespace {
// Not under /org/mpris: the specification reserves that namespace for itself.
const QString kTrackPrefix = QStringLiteral("/app/liner/track/");
} // namespace

QDBusObjectPath mprisTrackId(quint64 entryId)
{
    return QDBusObjectPath(kTrackPrefix + QString::number(entryId));
}

quint64 mprisEntryId(const QDBusObjectPath& trackId)
{
    const QString path = trackId.path();
    if (!path.startsWith(kTrackPrefix))
        return 0;
    bool ok = false;
    const quint64 id = path.mid(kTrackPrefix.size()).toULongLong(&ok);
    return ok ? id : 0;
}

QDBusObjectPath mprisNoTrack()
{
    return QDBusObjectPath(QStringLiteral("/org/mpris/MediaPlayer2/TrackList/NoTrack"));
}

QVariantMap mprisMetadata(const library::Track& track, quint64 entryId, const QString& artUrl)
{
    QVariantMap metadata{
        {QStringLiteral("mpris:trackid"), QVariant::fromValue(mprisTrackId(entryId))},
        {QStringLiteral("mpris:length"), qlonglong(track.durationMs) * 1000},
        {QStringLiteral("xesam:title"), track.displayTitle()},
        // A stream (or a server's track) is named by its URL already.
        {QStringLiteral("xesam:url"), track.path.contains(QStringLiteral("://"))
                                          ? track.path
                                          : QUrl::fromLocalFile(track.path).toString()},
    };
    if (!track.artist.isEmpty())
        metadata.insert(QStringLiteral("xesam:artist"), QStringList{track.artist});
    if (!track.albumArtist.isEmpty())
        metadata.insert(QStringLiteral("xesam:albumArtist"), QStringList{track.albumArtist});
    if (!track.album.isEmpty())
        metadata.insert(QStringLiteral("xesam:album"), track.album);
    if (track.trackNumber > 0)
        metadata.insert(QStringLiteral("xesam:trackNumber"), track.trackNumber);
    if (track.discNumber > 0)
        metadata.insert(QStringLiteral("xesam:discNumber"), track.discNumber);
    if (!artUrl.isEmpty())
        metadata.insert(QStringLiteral("mpris:artUrl"), artUrl);
    return metadata;
}

} // namespace liner::desktop
