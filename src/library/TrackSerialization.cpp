#include "library/TrackSerialization.h"

namespace liner::library {

namespace {

void writeOptional(QDataStream& out, const std::optional<double>& value)
{
    out << value.has_value() << value.value_or(0.0);
}

void readOptional(QDataStream& in, std::optional<double>& value)
{
    bool present = false;
    double number = 0;
    in >> present >> number;
    value = present ? std::optional(number) : std::nullopt;
}

// One list of every field, so that writing and reading cannot disagree on the order.
template <typename Stream, typename T> void streamFields(Stream& stream, T& track)
{
    stream& track.path& track.title& track.artist& track.albumArtist& track.album& track
        .genre& track.mood& track.lyrics& track.comment& track.composer& track.lyricist& track
        .conductor& track.performer& track.musicBrainzTrackId& track.musicBrainzAlbumId& track
        .musicBrainzArtistId& track.trackNumber& track.trackTotal& track.discNumber& track
        .discTotal& track.year& track.durationMs& track.sampleRate& track.bitDepth& track
        .channels& track.bitrateKbps& track.codec& track.cueSheet& track.startUs& track.endUs& track
        .hasCover& track.coverFile& track.error& track.albumSort& track.artistSort& track
        .albumArtistSort& track.compilation& track.albumFolder;
}

struct Writer
{
    QDataStream& out;
    template <typename T> Writer& operator&(const T& value)
    {
        out << value;
        return *this;
    }
};

struct Reader
{
    QDataStream& in;
    template <typename T> Reader& operator&(T& value)
    {
        in >> value;
        return *this;
    }
};

} // namespace

QDataStream& operator<<(QDataStream& out, const Track& track)
{
    Writer writer{out};
    streamFields(writer, track);
    writeOptional(out, track.replayGain.trackGainDb);
    writeOptional(out, track.replayGain.trackPeak);
    writeOptional(out, track.replayGain.albumGainDb);
    writeOptional(out, track.replayGain.albumPeak);
    return out;
}

QDataStream& operator>>(QDataStream& in, Track& track)
{
    Reader reader{in};
    streamFields(reader, track);
    readOptional(in, track.replayGain.trackGainDb);
    readOptional(in, track.replayGain.trackPeak);
    readOptional(in, track.replayGain.albumGainDb);
    readOptional(in, track.replayGain.albumPeak);
    return in;
}

} // namespace liner::library
