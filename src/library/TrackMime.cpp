#include "library/TrackMime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QUrl>
#include <algorithm>

namespace liner::library {

QMimeData* tracksMimeData(const QList<Track>& tracks)
{
    QJsonArray described;
    QList<QUrl> urls;
    for (const Track& track : tracks) {
        described.append(QJsonObject{{QStringLiteral("path"), track.path},
                                     {QStringLiteral("title"), track.title},
                                     {QStringLiteral("artist"), track.artist},
                                     {QStringLiteral("durationMs"), track.durationMs}});
        urls << QUrl::fromLocalFile(track.path);
    }
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(kTracksMimeType),
                  QJsonDocument(described).toJson(QJsonDocument::Compact));
    data->setUrls(urls);
    return data;
}

QStringList tracksMimeTypes()
{
    return {QString::fromLatin1(kTracksMimeType), QStringLiteral("text/uri-list")};
}

QMimeData* rowsMimeData(const QModelIndexList& indexes, const std::function<Track(int)>& trackOfRow)
{
    QList<int> rows;
    for (const QModelIndex& index : indexes) {
        if (index.isValid() && !rows.contains(index.row()))
            rows << index.row();
    }
    std::ranges::sort(rows);
    QList<Track> tracks;
    for (const int row : std::as_const(rows))
        tracks << trackOfRow(row);
    return tracksMimeData(tracks);
}

QList<Track> tracksFromMimeData(const QMimeData* data)
{
    QList<Track> tracks;
    if (!data)
        return tracks;
    const QJsonArray described =
        QJsonDocument::fromJson(data->data(QString::fromLatin1(kTracksMimeType))).array();
    for (const auto& value : described) {
        const QJsonObject object = value.toObject();
        Track track;
        track.path = object.value(QStringLiteral("path")).toString();
        track.title = object.value(QStringLiteral("title")).toString();
        track.artist = object.value(QStringLiteral("artist")).toString();
        track.durationMs = object.value(QStringLiteral("durationMs")).toInteger();
        if (!track.path.isEmpty())
            tracks << track;
    }
    return tracks;
}

} // namespace liner::library
