#include "app/ScanReport.h"

#include "common/FileName.h"
#include "library/CoverArt.h"
#include "notes/TrackNotesLookup.h"

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

QJsonValue optionalJson(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue replayGainJson(const ReplayGainTags& gain)
{
    if (gain == ReplayGainTags{})
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("trackGain"), optionalJson(gain.trackGainDb)},
                       {QStringLiteral("trackPeak"), optionalJson(gain.trackPeak)},
                       {QStringLiteral("albumGain"), optionalJson(gain.albumGainDb)},
                       {QStringLiteral("albumPeak"), optionalJson(gain.albumPeak)}};
}

QJsonObject creditsJson(const QList<notes::Credit>& credits)
{
    QJsonObject object;
    for (const notes::Credit& credit : credits)
        object.insert(credit.role, QJsonArray::fromStringList(credit.names));
    return object;
}

// Synced lines in time order, layers as separate entries with the same time; null when the track
// has no timed lyrics (plain lyrics are in `lyrics`).
QJsonValue syncedLyricsJson(const notes::SyncedLyrics& lyrics)
{
    if (!lyrics.isSynced())
        return QJsonValue::Null;
    QJsonArray lines;
    for (const notes::LyricLine& line : lyrics.lines())
        lines.append(QJsonObject{{QStringLiteral("timeMs"), line.timeMs},
                                 {QStringLiteral("text"), line.text}});
    return lines;
}

// The notes' commentary in time order: what the window shows at each moment of the track.
QJsonArray timedNotesJson(const QList<notes::TimedNote>& timedNotes)
{
    QJsonArray array;
    for (const notes::TimedNote& note : timedNotes)
        array.append(QJsonObject{{QStringLiteral("timeMs"), note.timeMs},
                                 {QStringLiteral("text"), note.text}});
    return array;
}

} // namespace

ScanReport::ScanReport(const QString& notesPacksFolder) : m_notes(notesPacksFolder) {}

QJsonObject ScanReport::toJson(const library::Track& track)
{
    const bool readable = track.isReadable();
    QJsonObject object{
        {QStringLiteral("path"), readableFileName(track.path)},
        {QStringLiteral("title"), textOrNull(track.title)},
        {QStringLiteral("artist"), textOrNull(track.artist)},
        {QStringLiteral("albumArtist"), textOrNull(track.albumArtist)},
        {QStringLiteral("album"), textOrNull(track.album)},
        {QStringLiteral("trackNumber"), numberOrNull(track.trackNumber)},
        {QStringLiteral("trackTotal"), numberOrNull(track.trackTotal)},
        {QStringLiteral("discNumber"), numberOrNull(track.discNumber)},
        {QStringLiteral("discTotal"), numberOrNull(track.discTotal)},
        {QStringLiteral("year"), numberOrNull(track.year)},
        {QStringLiteral("genre"), textOrNull(track.genre)},
        {QStringLiteral("composer"), textOrNull(track.composer)},
        {QStringLiteral("comment"), textOrNull(track.comment)},
        {QStringLiteral("durationMs"), readable ? numberOrNull(track.durationMs) : QJsonValue()},
        {QStringLiteral("sampleRate"), numberOrNull(track.sampleRate)},
        {QStringLiteral("bitDepth"), numberOrNull(track.bitDepth)},
        {QStringLiteral("channels"), numberOrNull(track.channels)},
        {QStringLiteral("bitrate"), numberOrNull(track.bitrateKbps)},
        {QStringLiteral("codec"), textOrNull(track.codec)},
        {QStringLiteral("replayGain"), replayGainJson(track.replayGain)},
        {QStringLiteral("musicBrainzTrackId"), textOrNull(track.musicBrainzTrackId)},
        {QStringLiteral("musicBrainzAlbumId"), textOrNull(track.musicBrainzAlbumId)},
        {QStringLiteral("musicBrainzArtistId"), textOrNull(track.musicBrainzArtistId)},
        {QStringLiteral("cueSheet"), textOrNull(track.cueSheet)},
        {QStringLiteral("startMs"),
         track.cueSheet.isEmpty() ? QJsonValue() : QJsonValue(track.startUs / 1000)},
        {QStringLiteral("mood"), textOrNull(track.mood)},
        {QStringLiteral("hasCover"),
         readable ? QJsonValue(library::CoverArt::hasCover(track)) : QJsonValue()},
        {QStringLiteral("lyrics"), textOrNull(track.lyrics)},
        {QStringLiteral("notes"), QJsonValue()},
        {QStringLiteral("moods"), QJsonArray()},
        {QStringLiteral("characters"), QJsonArray()},
        {QStringLiteral("credits"), QJsonObject()},
        {QStringLiteral("syncedLyrics"), QJsonValue()},
        {QStringLiteral("timedNotes"), QJsonArray()},
        {QStringLiteral("albumNotes"), QJsonValue()},
        {QStringLiteral("error"), textOrNull(track.error)},
    };
    if (!readable)
        return object;
    const notes::ResolvedNotes resolved = notes::notesForTrack(m_notes, track);
    if (!resolved.fileProblem.isEmpty() && !m_warnings.contains(resolved.fileProblem))
        m_warnings << resolved.fileProblem;
    object[QStringLiteral("notes")] = textOrNull(resolved.track.prose);
    object[QStringLiteral("moods")] =
        QJsonArray::fromStringList(notes::moodsFor(track, resolved.track));
    object[QStringLiteral("characters")] = QJsonArray::fromStringList(resolved.track.characters);
    object[QStringLiteral("credits")] = creditsJson(resolved.track.credits);
    const notes::SyncedLyrics lyrics = notes::lyricsFor(track);
    object[QStringLiteral("syncedLyrics")] = syncedLyricsJson(lyrics);
    if (!lyrics.fileProblem().isEmpty() && !m_warnings.contains(lyrics.fileProblem()))
        m_warnings << lyrics.fileProblem();
    object[QStringLiteral("timedNotes")] = timedNotesJson(resolved.track.timedNotes);
    object[QStringLiteral("albumNotes")] = textOrNull(resolved.albumProse);
    return object;
}

QJsonArray ScanReport::toJson(const QList<library::Track>& tracks)
{
    QJsonArray array;
    for (const library::Track& track : tracks)
        array.append(toJson(track));
    return array;
}

} // namespace liner::app
