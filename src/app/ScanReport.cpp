#include "ScanReport.h"

#include "CoverArt.h"

namespace liner::app {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue numberOrNull(qint64 number)
{
    return number > 0 ? QJsonValue(number) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject ScanReport::toJson(const library::Track& track)
{
    const bool readable = track.isReadable();
    return {
        {QStringLiteral("path"), track.path},
        {QStringLiteral("title"), textOrNull(track.title)},
        {QStringLiteral("artist"), textOrNull(track.artist)},
        {QStringLiteral("albumArtist"), textOrNull(track.albumArtist)},
        {QStringLiteral("album"), textOrNull(track.album)},
        {QStringLiteral("trackNumber"), numberOrNull(track.trackNumber)},
        {QStringLiteral("discNumber"), numberOrNull(track.discNumber)},
        {QStringLiteral("year"), numberOrNull(track.year)},
        {QStringLiteral("genre"), textOrNull(track.genre)},
        {QStringLiteral("durationMs"), readable ? numberOrNull(track.durationMs) : QJsonValue()},
        {QStringLiteral("mood"), textOrNull(track.mood)},
        {QStringLiteral("hasCover"),
         readable ? QJsonValue(library::CoverArt::hasCover(track)) : QJsonValue()},
        {QStringLiteral("lyrics"), textOrNull(track.lyrics)},
        // Filled once liner notes are read per track.
        {QStringLiteral("notes"), QJsonValue()},
        {QStringLiteral("error"), textOrNull(track.error)},
    };
}

QJsonArray ScanReport::toJson(const QList<library::Track>& tracks)
{
    QJsonArray array;
    for (const library::Track& track : tracks)
        array.append(toJson(track));
    return array;
}

} // namespace liner::app
