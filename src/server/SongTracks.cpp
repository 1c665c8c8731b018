#include "server/SongTracks.h"

#include "server/ServerLocation.h"
#include "server/SubsonicResponse.h"

#include <QJsonArray>

namespace liner::server {

namespace {

// Liner's codec names (see library::Track::codec) by file suffix; an MP4 file is ALAC when the
// server knows its sample depth (lossy codecs have none), else AAC.
QString codecFor(const QString& suffix, int bitDepth)
{
    const QString lower = suffix.toLower();
    if (lower == u"flac")
        return QStringLiteral("FLAC");
    if (lower == u"mp3")
        return QStringLiteral("MP3");
    if (lower == u"m4a" || lower == u"mp4" || lower == u"aac")
        return bitDepth > 0 && lower != u"aac" ? QStringLiteral("ALAC") : QStringLiteral("AAC");
    if (lower == u"ogg" || lower == u"oga")
        return QStringLiteral("Vorbis");
    if (lower == u"opus")
        return QStringLiteral("Opus");
    if (lower == u"wv")
        return QStringLiteral("WavPack");
    if (lower == u"wav" || lower == u"aif" || lower == u"aiff")
        return QStringLiteral("PCM");
    if (lower == u"ape")
        return QStringLiteral("APE");
    return {};
}

// The specification counts bitRate in kbit/s, but some servers (Supysonic) count bit/s. No audio
// file reaches 100,000 kbit/s (DSD1024 is about 90,000), so a larger number is bit/s.
int kilobitsPerSecond(qint64 bitRate)
{
    constexpr qint64 kMostKbps = 100'000;
    return int(bitRate > kMostKbps ? (bitRate + 500) / 1000 : bitRate);
}

std::optional<double> optionalNumber(const QJsonObject& object, const QString& key)
{
    return hasNumber(object, key) ? std::optional<double>(realOf(object, key)) : std::nullopt;
}

ReplayGainTags replayGainOf(const QJsonObject& song)
{
    const QJsonObject gain = objectOf(song, QStringLiteral("replayGain"));
    ReplayGainTags tags;
    tags.trackGainDb = optionalNumber(gain, QStringLiteral("trackGain"));
    tags.albumGainDb = optionalNumber(gain, QStringLiteral("albumGain"));
    // A peak of 0 is what servers send when they do not know it.
    if (realOf(gain, QStringLiteral("trackPeak")) > 0)
        tags.trackPeak = realOf(gain, QStringLiteral("trackPeak"));
    if (realOf(gain, QStringLiteral("albumPeak")) > 0)
        tags.albumPeak = realOf(gain, QStringLiteral("albumPeak"));
    return tags;
}

QStringList namesOf(const QJsonArray& items)
{
    QStringList names;
    for (const auto& item : items) {
        const QString name =
            item.isObject() ? textOf(item.toObject(), QStringLiteral("name")) : item.toString();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

} // namespace

bool isSong(const QJsonObject& child)
{
    return !child.value(QStringLiteral("isDir")).toVariant().toBool() &&
           !child.value(QStringLiteral("isVideo")).toVariant().toBool() &&
           textOf(child, QStringLiteral("type")) != u"video" &&
           !textOf(child, QStringLiteral("id")).isEmpty();
}

library::Track trackFromSong(const ServerAccount& account, const QJsonObject& song,
                             const QJsonObject& album)
{
    library::Track track;
    track.path = ServerLocation::song(account, textOf(song, QStringLiteral("id")));
    track.title = textOf(song, QStringLiteral("title"));
    track.artist = textOf(song, QStringLiteral("artist"));
    track.album = textOf(song, QStringLiteral("album"));
    // The server's album is the album's folder: the server has already told its releases apart
    // (a song without one groups by its album title on its server, as files in one folder do).
    QString albumId = textOf(song, QStringLiteral("albumId"));
    if (albumId.isEmpty())
        albumId = textOf(album, QStringLiteral("id"));
    if (!albumId.isEmpty())
        track.albumFolder = ServerLocation::album(account, albumId);
    track.albumArtist = textOf(song, QStringLiteral("displayAlbumArtist"));
    if (track.albumArtist.isEmpty())
        track.albumArtist = namesOf(listOf(song, QStringLiteral("albumArtists"))).join(u", ");
    if (track.albumArtist.isEmpty())
        track.albumArtist = textOf(album, QStringLiteral("artist"));
    track.genre = textOf(song, QStringLiteral("genre"));
    track.mood = namesOf(song.value(QStringLiteral("moods")).toArray()).join(u", ");
    track.comment = textOf(song, QStringLiteral("comment"));
    track.composer = textOf(song, QStringLiteral("displayComposer"));
    track.musicBrainzTrackId = textOf(song, QStringLiteral("musicBrainzId"));
    track.musicBrainzAlbumId = textOf(album, QStringLiteral("musicBrainzId"));
    track.trackNumber = int(integerOf(song, QStringLiteral("track")));
    track.discNumber = int(integerOf(song, QStringLiteral("discNumber")));
    track.year = int(integerOf(song, QStringLiteral("year")));
    track.durationMs = integerOf(song, QStringLiteral("duration")) * 1000;
    track.sampleRate = int(integerOf(song, QStringLiteral("samplingRate")));
    track.bitDepth = int(integerOf(song, QStringLiteral("bitDepth")));
    track.channels = int(integerOf(song, QStringLiteral("channelCount")));
    track.bitrateKbps = kilobitsPerSecond(integerOf(song, QStringLiteral("bitRate")));
    track.codec = codecFor(textOf(song, QStringLiteral("suffix")), track.bitDepth);
    track.replayGain = replayGainOf(song);
    track.hasCover = !textOf(song, QStringLiteral("coverArt")).isEmpty() ||
                     !textOf(album, QStringLiteral("coverArt")).isEmpty();
    return track;
}

} // namespace liner::server
