#include "library/CueTracks.h"

#include "library/TagReader.h"

namespace liner::library {

namespace {

QString firstNonEmpty(const QString& a, const QString& b)
{
    return a.isEmpty() ? b : a;
}

Track cueTrack(const Track& file, const CueSheet& sheet, const CueTrack& entry, qint64 endUs)
{
    Track track = file;
    track.cueSheet = sheet.path;
    track.title = entry.title;
    track.artist = firstNonEmpty(entry.performer, firstNonEmpty(sheet.performer, file.artist));
    track.albumArtist = firstNonEmpty(sheet.performer, file.albumArtist);
    track.album = firstNonEmpty(sheet.title, file.album);
    track.genre = firstNonEmpty(sheet.genre, file.genre);
    track.composer = firstNonEmpty(entry.songwriter, file.composer);
    track.year = sheet.year > 0 ? sheet.year : file.year;
    track.trackNumber = entry.number;
    track.startUs = entry.startUs;
    track.endUs = endUs;
    const qint64 fileEndUs = file.durationMs * 1000;
    track.durationMs = ((endUs < 0 ? fileEndUs : endUs) - entry.startUs) / 1000;
    // The file's own ReplayGain describes the whole rip, that is the album.
    track.replayGain = entry.replayGain;
    track.replayGain.albumGainDb =
        sheet.albumGain.albumGainDb ? sheet.albumGain.albumGainDb : file.replayGain.trackGainDb;
    track.replayGain.albumPeak =
        sheet.albumGain.albumPeak ? sheet.albumGain.albumPeak : file.replayGain.trackPeak;
    // Lyrics, mood and comment of a whole-album file do not belong to any one of its tracks.
    track.lyrics.clear();
    track.mood.clear();
    track.comment.clear();
    return track;
}

} // namespace

QList<Track> tracksOfCueSheet(const CueSheet& sheet)
{
    QList<Track> tracks;
    int trackTotal = 0;
    for (const CueFile& file : sheet.files)
        trackTotal += int(file.tracks.size());
    for (const CueFile& file : sheet.files) {
        const Track audio = TagReader::read(file.path);
        if (!audio.isReadable()) {
            Track failed = audio;
            failed.cueSheet = sheet.path;
            failed.error = QStringLiteral("%1 (named by %2)").arg(audio.error, sheet.path);
            tracks << failed;
            continue;
        }
        for (qsizetype i = 0; i < file.tracks.size(); ++i) {
            const qint64 endUs = i + 1 < file.tracks.size() ? file.tracks[i + 1].startUs : -1;
            tracks << cueTrack(audio, sheet, file.tracks[i], endUs);
            tracks.last().trackTotal = trackTotal;
        }
    }
    return tracks;
}

} // namespace liner::library
