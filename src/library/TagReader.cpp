#include "library/TagReader.h"

#include "common/FileName.h"
#include "library/AdtsStream.h"
#include "library/FolderWalk.h"
#include "library/ReadOnlyFileStream.h"
#include "library/ReplayGainText.h"

#include <optional>
#include <taglib/aifffile.h>
#include <taglib/apefile.h>
#include <taglib/apetag.h>
#include <taglib/attachedpictureframe.h>
#include <taglib/fileref.h>
#include <taglib/flacfile.h>
#include <taglib/id3v2tag.h>
#include <taglib/mp4file.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/tpropertymap.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>
#include <taglib/wavpackfile.h>
#include <taglib/xiphcomment.h>
#include <tuple>

namespace liner::library {

namespace {

// TagLib keeps its text as wide characters: converting from them directly costs no temporary
// UTF-8 copy.
QString toQString(const TagLib::String& s)
{
    return QString::fromWCharArray(s.toCWString(), qsizetype(s.size()));
}

// PropertyMap::find() makes an upper-cased copy of the key on every call, which cost more than
// the rest of reading a tag; the map's keys are upper-case already, so a plain walk finds them.
const TagLib::StringList* valuesOf(const TagLib::SimplePropertyMap& properties, const char* key)
{
    for (const auto& [name, values] : properties) {
        if (name == key)
            return &values;
    }
    return nullptr;
}

QString firstValue(const TagLib::SimplePropertyMap& properties, const char* key)
{
    const TagLib::StringList* values = valuesOf(properties, key);
    if (values == nullptr || values->isEmpty())
        return {};
    return toQString(values->front()).trimmed();
}

QString allValues(const TagLib::SimplePropertyMap& properties, const char* key)
{
    const TagLib::StringList* found = valuesOf(properties, key);
    if (found == nullptr)
        return {};
    QStringList values;
    for (const TagLib::String& value : *found)
        values << toQString(value).trimmed();
    values.removeAll(QString());
    return values.join(QStringLiteral(", "));
}

// PERFORMER, and the role-qualified PERFORMER:VIOLIN keys TagLib makes of ID3 TMCL and Vorbis
// comments, as "Name, Name (violin)".
QString performers(const TagLib::SimplePropertyMap& properties)
{
    static const TagLib::String performerKey = "PERFORMER";
    QStringList names;
    for (const auto& [key, values] : properties) {
        if (!key.startsWith(performerKey))
            continue;
        const QString name = toQString(key);
        if (name != u"PERFORMER" && !name.startsWith(u"PERFORMER:"))
            continue;
        const QString role = name.section(QLatin1Char(':'), 1).toLower();
        for (const TagLib::String& value : values) {
            const QString performer = toQString(value).trimmed();
            if (!performer.isEmpty())
                names << (role.isEmpty() ? performer
                                         : QStringLiteral("%1 (%2)").arg(performer, role));
        }
    }
    return names.join(QStringLiteral(", "));
}

// The Vorbis comment of a FLAC or Ogg file, when it is what properties() would give.
const TagLib::Ogg::XiphComment* xiphCommentOf(TagLib::File* file)
{
    const TagLib::Ogg::XiphComment* comment = nullptr;
    if (auto* flac = dynamic_cast<TagLib::FLAC::File*>(file))
        comment = flac->hasXiphComment() ? flac->xiphComment() : nullptr;
    else if (auto* vorbis = dynamic_cast<TagLib::Ogg::Vorbis::File*>(file))
        comment = vorbis->tag();
    else if (auto* opus = dynamic_cast<TagLib::Ogg::Opus::File*>(file))
        comment = opus->tag();
    return comment != nullptr && !comment->isEmpty() ? comment : nullptr;
}

// The file's tags by TagLib's property names. TagLib 1.13 leaves iTunes' freeform MP4 atoms
// (where ReplayGain lives) out of the map; they are added under their own names, upper-cased.
TagLib::PropertyMap propertiesOf(TagLib::File* file)
{
    TagLib::PropertyMap properties = file->properties();
    auto* mp4 = dynamic_cast<TagLib::MP4::File*>(file);
    if (mp4 == nullptr || mp4->tag() == nullptr)
        return properties;
    static const TagLib::String freeform = "----:com.apple.iTunes:";
    for (const auto& [atom, item] : mp4->tag()->itemMap()) {
        if (!atom.startsWith(freeform))
            continue;
        const TagLib::String name = atom.substr(freeform.size()).upper();
        if (!properties.contains(name))
            properties.insert(name, item.toStringList());
    }
    return properties;
}

// iTunes writes "1", foobar2000 and Mp3tag "1" or "true", some rippers "yes".
bool isSet(const QString& flag)
{
    return flag == u"1" || flag.compare(u"true", Qt::CaseInsensitive) == 0 ||
           flag.compare(u"yes", Qt::CaseInsensitive) == 0;
}

// "3", "3/12" and "03" all mean 3.
int leadingNumber(const QString& text)
{
    return text.section(QLatin1Char('/'), 0, 0).trimmed().toInt();
}

// "12" from TRACKTOTAL, else from "3/12" in TRACKNUMBER.
int totalOf(const TagLib::SimplePropertyMap& properties, const char* totalKey,
            const char* numberKey)
{
    const int total = firstValue(properties, totalKey).toInt();
    return total > 0 ? total
                     : firstValue(properties, numberKey).section(QLatin1Char('/'), 1, 1).toInt();
}

// Opus keeps its gains as R128_*_GAIN: Q7.8 fixed point relative to -23 LUFS, 5 dB below the
// ReplayGain reference level.
std::optional<double> r128Gain(const QString& text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? std::optional(value / 256.0 + 5.0) : std::nullopt;
}

ReplayGainTags replayGainOf(const TagLib::SimplePropertyMap& properties)
{
    ReplayGainTags gain{
        replayGainValue(firstValue(properties, "REPLAYGAIN_TRACK_GAIN")),
        replayGainValue(firstValue(properties, "REPLAYGAIN_TRACK_PEAK")),
        replayGainValue(firstValue(properties, "REPLAYGAIN_ALBUM_GAIN")),
        replayGainValue(firstValue(properties, "REPLAYGAIN_ALBUM_PEAK")),
    };
    if (!gain.trackGainDb)
        gain.trackGainDb = r128Gain(firstValue(properties, "R128_TRACK_GAIN"));
    if (!gain.albumGainDb)
        gain.albumGainDb = r128Gain(firstValue(properties, "R128_ALBUM_GAIN"));
    return gain;
}

// The codec and, for lossless ones, the sample depth.
std::pair<QString, int> codecOf(TagLib::File* file)
{
    if (auto* flac = dynamic_cast<TagLib::FLAC::File*>(file))
        return {QStringLiteral("FLAC"), flac->audioProperties()->bitsPerSample()};
    if (dynamic_cast<TagLib::MPEG::File*>(file))
        return {QStringLiteral("MP3"), 0};
    if (auto* mp4 = dynamic_cast<TagLib::MP4::File*>(file)) {
        if (mp4->audioProperties()->codec() == TagLib::MP4::Properties::ALAC)
            return {QStringLiteral("ALAC"), mp4->audioProperties()->bitsPerSample()};
        return {QStringLiteral("AAC"), 0};
    }
    if (dynamic_cast<TagLib::Ogg::Vorbis::File*>(file))
        return {QStringLiteral("Vorbis"), 0};
    if (dynamic_cast<TagLib::Ogg::Opus::File*>(file))
        return {QStringLiteral("Opus"), 0};
    if (auto* wav = dynamic_cast<TagLib::RIFF::WAV::File*>(file))
        return {QStringLiteral("PCM"), wav->audioProperties()->bitsPerSample()};
    if (auto* aiff = dynamic_cast<TagLib::RIFF::AIFF::File*>(file))
        return {QStringLiteral("PCM"), aiff->audioProperties()->bitsPerSample()};
    if (auto* wavpack = dynamic_cast<TagLib::WavPack::File*>(file))
        return {QStringLiteral("WavPack"), wavpack->audioProperties()->bitsPerSample()};
    if (auto* ape = dynamic_cast<TagLib::APE::File*>(file))
        return {QStringLiteral("APE"), ape->audioProperties()->bitsPerSample()};
    return {};
}

// "2024", "2024-03-09" and "2024-03-09T12:00" all mean 2024.
int yearOf(const QString& text)
{
    return text.left(4).toInt();
}

// The cover helpers hand back TagLib's own implicitly shared bytes: telling whether a track has a
// cover then copies no image.
TagLib::ByteVector id3Cover(TagLib::ID3v2::Tag* tag)
{
    if (tag == nullptr)
        return {};
    TagLib::ByteVector any;
    for (TagLib::ID3v2::Frame* frame : tag->frameListMap()["APIC"]) {
        auto* picture = dynamic_cast<TagLib::ID3v2::AttachedPictureFrame*>(frame);
        if (picture == nullptr)
            continue;
        if (picture->type() == TagLib::ID3v2::AttachedPictureFrame::FrontCover)
            return picture->picture();
        if (any.isEmpty())
            any = picture->picture();
    }
    return any;
}

TagLib::ByteVector flacPictureCover(const TagLib::List<TagLib::FLAC::Picture*>& pictures)
{
    TagLib::ByteVector any;
    for (const TagLib::FLAC::Picture* picture : pictures) {
        if (picture->type() == TagLib::FLAC::Picture::FrontCover)
            return picture->data();
        if (any.isEmpty())
            any = picture->data();
    }
    return any;
}

TagLib::ByteVector apeCover(TagLib::APE::Tag* tag)
{
    if (tag == nullptr)
        return {};
    const auto& items = tag->itemListMap();
    const auto it = items.find("COVER ART (FRONT)");
    if (it == items.end())
        return {};
    // An APE cover item is "file name", a zero byte, then the image.
    const TagLib::ByteVector value = it->second.binaryData();
    const int nameEnd = value.find('\0');
    return nameEnd < 0 ? TagLib::ByteVector() : value.mid(nameEnd + 1);
}

TagLib::ByteVector mp4Cover(TagLib::MP4::Tag* tag)
{
    if (tag == nullptr || !tag->contains("covr"))
        return {};
    const TagLib::MP4::CoverArtList covers = tag->item("covr").toCoverArtList();
    return covers.isEmpty() ? TagLib::ByteVector() : covers.front().data();
}

TagLib::ByteVector coverOf(TagLib::File* file)
{
    if (auto* mpeg = dynamic_cast<TagLib::MPEG::File*>(file))
        return id3Cover(mpeg->ID3v2Tag());
    if (auto* flac = dynamic_cast<TagLib::FLAC::File*>(file)) {
        const TagLib::ByteVector cover = flacPictureCover(flac->pictureList());
        return !cover.isEmpty() || flac->xiphComment() == nullptr
                   ? cover
                   : flacPictureCover(flac->xiphComment()->pictureList());
    }
    if (auto* mp4 = dynamic_cast<TagLib::MP4::File*>(file))
        return mp4Cover(mp4->tag());
    if (auto* vorbis = dynamic_cast<TagLib::Ogg::Vorbis::File*>(file))
        return vorbis->tag() ? flacPictureCover(vorbis->tag()->pictureList())
                             : TagLib::ByteVector();
    if (auto* opus = dynamic_cast<TagLib::Ogg::Opus::File*>(file))
        return opus->tag() ? flacPictureCover(opus->tag()->pictureList()) : TagLib::ByteVector();
    if (auto* wav = dynamic_cast<TagLib::RIFF::WAV::File*>(file))
        return wav->hasID3v2Tag() ? id3Cover(wav->ID3v2Tag()) : TagLib::ByteVector();
    if (auto* aiff = dynamic_cast<TagLib::RIFF::AIFF::File*>(file))
        return aiff->hasID3v2Tag() ? id3Cover(aiff->tag()) : TagLib::ByteVector();
    if (auto* wavpack = dynamic_cast<TagLib::WavPack::File*>(file))
        return apeCover(wavpack->APETag());
    if (auto* ape = dynamic_cast<TagLib::APE::File*>(file))
        return apeCover(ape->APETag());
    return {};
}

bool hasAudio(const TagLib::FileRef& file)
{
    return !file.isNull() && file.file()->isValid() && file.audioProperties() != nullptr &&
           file.audioProperties()->sampleRate() > 0;
}

// The reader for what the first bytes of the file are, or nullptr. MPEG is not asked: its test
// accepts a frame sync anywhere near the start, and TagLib has tried it already.
TagLib::File* readerForContent(TagLib::IOStream* stream)
{
    constexpr bool readProperties = true;
    constexpr auto style = TagLib::AudioProperties::Average;
    // The RIFF readers take the stream's position as the file's start, and a reader that failed
    // before left it anywhere.
    stream->seek(0);
    if (TagLib::FLAC::File::isSupported(stream))
        return new TagLib::FLAC::File(stream, TagLib::ID3v2::FrameFactory::instance(),
                                      readProperties, style);
    if (TagLib::MP4::File::isSupported(stream))
        return new TagLib::MP4::File(stream, readProperties, style);
    if (TagLib::Ogg::Vorbis::File::isSupported(stream))
        return new TagLib::Ogg::Vorbis::File(stream, readProperties, style);
    if (TagLib::Ogg::Opus::File::isSupported(stream))
        return new TagLib::Ogg::Opus::File(stream, readProperties, style);
    if (TagLib::RIFF::WAV::File::isSupported(stream))
        return new TagLib::RIFF::WAV::File(stream, readProperties, style);
    if (TagLib::RIFF::AIFF::File::isSupported(stream))
        return new TagLib::RIFF::AIFF::File(stream, readProperties, style);
    if (TagLib::WavPack::File::isSupported(stream))
        return new TagLib::WavPack::File(stream, readProperties, style);
    if (TagLib::APE::File::isSupported(stream))
        return new TagLib::APE::File(stream, readProperties, style);
    return nullptr;
}

// Files lie about what they are: an MP3 renamed .flac, FLAC named .mp3, Ogg Vorbis named .opus.
// TagLib picks its reader by the name's extension and asks the content only when that reader
// refuses the file; the MPEG reader refuses little, so FLAC named .mp3 opened as an MP3 without
// audio. A file whose reader finds no audio is opened again as what its first bytes say.
TagLib::FileRef openTagFile(ReadOnlyFileStream& stream)
{
    TagLib::FileRef byName(&stream, true, TagLib::AudioProperties::Average);
    if (hasAudio(byName))
        return byName;
    if (TagLib::File* byContent = readerForContent(&stream))
        return TagLib::FileRef(byContent);
    return byName;
}

// Why TagLib could not open a file, in words a user can act on.
QString openFailure(ReadOnlyFileStream& stream)
{
    if (!stream.isOpen())
        return stream.error();
    if (stream.length() == 0)
        return QStringLiteral("empty file");
    return QStringLiteral("not an audio file Liner can read, or damaged");
}

// The file is looked at only when TagLib fails: a scan opens thousands of good files, and asking
// about each one first cost a fifth of reading it.
Track readFrom(ReadOnlyFileStream& stream, const QString& path)
{
    Track track;
    track.path = path;
    TagLib::FileRef file = openTagFile(stream);
    // TagLib 1.13 reads an ADTS AAC stream's ID3 tags as MPEG's, but not its audio.
    std::optional<AdtsProperties> adts;
    if (stream.isOpen() && !hasAudio(file) && (adts = readAdtsProperties(stream)) &&
        (file.isNull() || !file.file()->isValid())) {
        stream.seek(0, TagLib::IOStream::Beginning);
        file = TagLib::FileRef(
            new TagLib::MPEG::File(&stream, TagLib::ID3v2::FrameFactory::instance(), false));
    }
    if (file.isNull() || file.file() == nullptr || !file.file()->isValid()) {
        track.error = openFailure(stream);
        return track;
    }
    // A Vorbis comment is kept by TagLib as the very map properties() would copy for FLAC and
    // Ogg: it is read in place.
    TagLib::PropertyMap copied;
    const TagLib::Ogg::XiphComment* xiph = xiphCommentOf(file.file());
    if (xiph == nullptr)
        copied = propertiesOf(file.file());
    const TagLib::SimplePropertyMap& properties =
        xiph != nullptr ? xiph->fieldListMap()
                        : static_cast<const TagLib::SimplePropertyMap&>(copied);
    track.title = firstValue(properties, "TITLE");
    track.artist = firstValue(properties, "ARTIST");
    track.albumArtist = firstValue(properties, "ALBUMARTIST");
    track.album = firstValue(properties, "ALBUM");
    track.albumSort = firstValue(properties, "ALBUMSORT");
    track.artistSort = firstValue(properties, "ARTISTSORT");
    track.albumArtistSort = firstValue(properties, "ALBUMARTISTSORT");
    track.compilation = isSet(firstValue(properties, "COMPILATION"));
    track.genre = firstValue(properties, "GENRE");
    track.mood = firstValue(properties, "MOOD");
    track.lyrics = firstValue(properties, "LYRICS");
    track.comment = firstValue(properties, "COMMENT");
    if (track.comment.isEmpty())
        track.comment = firstValue(properties, "DESCRIPTION");
    track.composer = allValues(properties, "COMPOSER");
    track.lyricist = allValues(properties, "LYRICIST");
    track.conductor = allValues(properties, "CONDUCTOR");
    track.performer = performers(properties);
    track.musicBrainzTrackId = firstValue(properties, "MUSICBRAINZ_TRACKID");
    track.musicBrainzAlbumId = firstValue(properties, "MUSICBRAINZ_ALBUMID");
    track.musicBrainzArtistId = firstValue(properties, "MUSICBRAINZ_ARTISTID");
    track.trackNumber = leadingNumber(firstValue(properties, "TRACKNUMBER"));
    track.trackTotal = totalOf(properties, "TRACKTOTAL", "TRACKNUMBER");
    track.discNumber = leadingNumber(firstValue(properties, "DISCNUMBER"));
    track.discTotal = totalOf(properties, "DISCTOTAL", "DISCNUMBER");
    track.year = yearOf(firstValue(properties, "DATE"));
    track.replayGain = replayGainOf(properties);
    if (const TagLib::AudioProperties* audio = file.audioProperties()) {
        track.durationMs = audio->lengthInMilliseconds();
        track.sampleRate = audio->sampleRate();
        track.channels = audio->channels();
        track.bitrateKbps = audio->bitrate();
    }
    std::tie(track.codec, track.bitDepth) = codecOf(file.file());
    if (adts) {
        track.durationMs = adts->durationMs;
        track.sampleRate = adts->sampleRate;
        track.channels = adts->channels;
        track.bitrateKbps = adts->bitrateKbps;
        track.codec = QStringLiteral("AAC");
        track.bitDepth = 0;
    }
    if (track.sampleRate <= 0 || track.channels <= 0) {
        track.error = QStringLiteral("no audio stream found");
        return track;
    }
    track.hasCover = !coverOf(file.file()).isEmpty();
    return track;
}

} // namespace

Track TagReader::read(const QString& path)
{
    ReadOnlyFileStream stream(encodeFileName(path));
    return readFrom(stream, path);
}

Track TagReader::readListed(const QString& path, QByteArray& stamp)
{
    ReadOnlyFileStream stream(encodeFileName(path), InputFile::Seen::AsRegularFile);
    Track track = readFrom(stream, path);
    stamp = stream.isOpen() ? FileStamp::of(stream.file()) : FileStamp::of(path);
    return track;
}

QByteArray TagReader::embeddedCover(const QString& path)
{
    ReadOnlyFileStream stream(encodeFileName(path));
    const TagLib::FileRef file = openTagFile(stream);
    if (file.file() == nullptr || !file.file()->isValid())
        return {};
    const TagLib::ByteVector cover = coverOf(file.file());
    return {cover.data(), qsizetype(cover.size())};
}

QString TagReader::lyrics(const QString& path)
{
    return read(path).lyrics;
}

} // namespace liner::library
