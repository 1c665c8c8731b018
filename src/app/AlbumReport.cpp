#include "app/AlbumReport.h"

#include "library/AlbumGrouping.h"
#include "notes/TrackNotesLookup.h"

#include <QJsonObject>

namespace liner::app {

namespace {

QJsonValue notesSourceJson(notes::NotesRepository& notes,
                           const QList<const library::Track*>& tracks)
{
    // The most particular notes any of its tracks has: a soundtrack's parts may lie in folders
    // of which one has its own notes file.
    bool pack = false;
    bool tags = false;
    for (const library::Track* track : tracks) {
        const notes::ResolvedNotes resolved = notes::notesForTrack(notes, *track);
        if (resolved.albumSource == notes::NotesSource::File)
            return QStringLiteral("file");
        pack = pack || resolved.albumSource == notes::NotesSource::Pack;
        tags = tags || resolved.trackSource == notes::NotesSource::Tags;
    }
    return pack   ? QJsonValue(QStringLiteral("pack"))
           : tags ? QJsonValue(QStringLiteral("tags"))
                  : QJsonValue(QJsonValue::Null);
}

QJsonArray partsJson(const library::AlbumInfo& album)
{
    QJsonArray parts;
    for (const library::SoundtrackPart& part : album.parts)
        parts.append(QJsonObject{{QStringLiteral("part"), part.part},
                                 {QStringLiteral("album"), part.album},
                                 {QStringLiteral("artist"), part.artist},
                                 {QStringLiteral("folder"), part.folder},
                                 {QStringLiteral("trackCount"), part.rowCount}});
    return parts;
}

} // namespace

QJsonArray albumsJson(const QList<library::Track>& tracks, ScanReport& report)
{
    QJsonArray albums;
    for (const library::AlbumGroup& album :
         library::groupAlbums(tracks, report.notes().workTitles())) {
        QList<const library::Track*> members;
        QJsonArray trackObjects;
        qint64 durationMs = 0;
        for (const qsizetype row : album.rows) {
            members.append(&tracks[row]);
            trackObjects.append(report.toJson(tracks[row]));
            durationMs += tracks[row].durationMs;
        }
        albums.append(QJsonObject{
            {QStringLiteral("title"), album.title},
            {QStringLiteral("artist"),
             album.variousArtists ? QStringLiteral("Various Artists") : album.artist},
            {QStringLiteral("year"), album.year > 0 ? QJsonValue(album.year) : QJsonValue()},
            {QStringLiteral("kind"), library::albumKindName(album.kind)},
            {QStringLiteral("folders"), QJsonArray::fromStringList(album.folders)},
            {QStringLiteral("trackCount"), album.rows.size()},
            {QStringLiteral("durationMs"), durationMs},
            {QStringLiteral("notesSource"), notesSourceJson(report.notes(), members)},
            {QStringLiteral("parts"), partsJson(album)},
            {QStringLiteral("distinction"),
             album.distinction.isEmpty() ? QJsonValue() : QJsonValue(album.distinction)},
            {QStringLiteral("tracks"), trackObjects},
        });
    }
    return albums;
}

} // namespace liner::app
