#include "demo/CoverRenderer.h"
#include "demo/FixtureWriter.h"

#include <QFile>
#include <taglib/aifffile.h>
#include <taglib/apefile.h>
#include <taglib/apeitem.h>
#include <taglib/apetag.h>
#include <taglib/attachedpictureframe.h>
#include <taglib/flacfile.h>
#include <taglib/flacpicture.h>
#include <taglib/id3v2tag.h>
#include <taglib/mp4coverart.h>
#include <taglib/mp4file.h>
#include <taglib/mp4tag.h>
#include <taglib/mpegfile.h>
#include <taglib/opusfile.h>
#include <taglib/tpropertymap.h>
#include <taglib/vorbisfile.h>
#include <taglib/wavfile.h>
#include <taglib/wavpackfile.h>
#include <taglib/xiphcomment.h>

namespace liner::demo {

namespace {

TagLib::String toTagString(const QString& text)
{
    return TagLib::String(text.toUtf8().constData(), TagLib::String::UTF8);
}

TagLib::ByteVector toBytes(const QByteArray& bytes)
{
    return TagLib::ByteVector(bytes.constData(), unsigned(bytes.size()));
}

TagLib::PropertyMap propertiesOf(const FixtureTags& tags)
{
    TagLib::PropertyMap map;
    const auto put = [&map](const char* key, const QString& value) {
        if (!value.isEmpty())
            map.replace(key, toTagString(value));
    };
    put("TITLE", tags.title);
    put("ARTIST", tags.artist);
    put("ALBUMARTIST", tags.albumArtist);
    put("ALBUM", tags.album);
    put("GENRE", tags.genre);
    put("MOOD", tags.mood);
    put("LYRICS", tags.lyrics);
    put("COMMENT", tags.comment);
    const auto number = [&put](const char* key, int value) {
        if (value > 0)
            put(key, QString::number(value));
    };
    number("TRACKNUMBER", tags.trackNumber);
    number("DISCNUMBER", tags.discNumber);
    number("DATE", tags.year);
    for (auto it = tags.extra.cbegin(); it != tags.extra.cend(); ++it)
        map.replace(toTagString(it.key()), toTagString(it.value()));
    return map;
}

// Every TagLib format takes the PropertyMap; this reports the keys a format would drop.
QString unsupported(const TagLib::PropertyMap& rejected)
{
    QStringList keys;
    for (const auto& [key, values] : rejected)
        keys << QString::fromStdString(key.to8Bit(true));
    return keys.isEmpty() ? QString()
                          : QStringLiteral("tags not supported: %1").arg(keys.join(u", "));
}

TagLib::FLAC::Picture* flacPicture(const QByteArray& jpeg)
{
    auto* picture = new TagLib::FLAC::Picture;
    picture->setType(TagLib::FLAC::Picture::FrontCover);
    picture->setMimeType("image/jpeg");
    picture->setDescription("Front cover");
    picture->setData(toBytes(jpeg));
    return picture;
}

void addApic(TagLib::ID3v2::Tag* tag, const QByteArray& jpeg)
{
    auto* frame = new TagLib::ID3v2::AttachedPictureFrame;
    frame->setType(TagLib::ID3v2::AttachedPictureFrame::FrontCover);
    frame->setMimeType("image/jpeg");
    frame->setDescription("Front cover");
    frame->setPicture(toBytes(jpeg));
    tag->addFrame(frame);
}

template <typename Tag> QString setProperties(Tag* tag, const TagLib::PropertyMap& map)
{
    if (!tag)
        return QStringLiteral("the file cannot hold the tag");
    return unsupported(tag->setProperties(map));
}

QString tagMpeg(const QByteArray& file, const TagLib::PropertyMap& map, const QByteArray& cover)
{
    TagLib::MPEG::File f(file.constData());
    TagLib::ID3v2::Tag* tag = f.ID3v2Tag(true);
    if (QString error = setProperties(tag, map); !error.isEmpty())
        return error;
    if (!cover.isEmpty())
        addApic(tag, cover);
    const bool saved =
        f.save(TagLib::MPEG::File::ID3v2, TagLib::File::StripOthers, TagLib::ID3v2::v4);
    return saved ? QString() : QStringLiteral("TagLib cannot save");
}

QString tagWav(const QByteArray& file, const TagLib::PropertyMap& map, const QByteArray& cover)
{
    TagLib::RIFF::WAV::File f(file.constData());
    TagLib::ID3v2::Tag* tag = f.ID3v2Tag();
    if (QString error = setProperties(tag, map); !error.isEmpty())
        return error;
    if (!cover.isEmpty())
        addApic(tag, cover);
    const bool saved =
        f.save(TagLib::RIFF::WAV::File::ID3v2, TagLib::File::StripOthers, TagLib::ID3v2::v4);
    return saved ? QString() : QStringLiteral("TagLib cannot save");
}

QString tagAiff(const QByteArray& file, const TagLib::PropertyMap& map, const QByteArray& cover)
{
    TagLib::RIFF::AIFF::File f(file.constData());
    TagLib::ID3v2::Tag* tag = f.tag();
    if (QString error = setProperties(tag, map); !error.isEmpty())
        return error;
    if (!cover.isEmpty())
        addApic(tag, cover);
    return f.save(TagLib::ID3v2::v4) ? QString() : QStringLiteral("TagLib cannot save");
}

QString tagFlac(const QByteArray& file, const TagLib::PropertyMap& map, const QByteArray& cover)
{
    TagLib::FLAC::File f(file.constData());
    if (QString error = setProperties(f.xiphComment(true), map); !error.isEmpty())
        return error;
    if (!cover.isEmpty())
        f.addPicture(flacPicture(cover));
    return f.save() ? QString() : QStringLiteral("TagLib cannot save");
}

// Vorbis and Opus share the Xiph comment; pictures go in as base64 METADATA_BLOCK_PICTURE.
template <typename OggFile>
QString tagOgg(const QByteArray& file, const TagLib::PropertyMap& map, const QByteArray& cover)
{
    OggFile f(file.constData());
    if (QString error = setProperties(f.tag(), map); !error.isEmpty())
        return error;
    if (!cover.isEmpty())
        f.tag()->addPicture(flacPicture(cover));
    return f.save() ? QString() : QStringLiteral("TagLib cannot save");
}

// TagLib 1.13 maps neither totals nor ReplayGain between property names and MP4 atoms: totals go
// into the trkn/disk pairs, anything else into iTunes' freeform atoms, as iTunes and foobar2000
// write them.
TagLib::PropertyMap setMp4Properties(TagLib::MP4::Tag* tag, TagLib::PropertyMap map)
{
    const auto takeTotal = [&map](const char* key) {
        const auto it = map.find(key);
        const int total = it == map.end() ? 0 : it->second.front().toInt();
        map.erase(key);
        return total;
    };
    const int trackTotal = takeTotal("TRACKTOTAL");
    const int discTotal = takeTotal("DISCTOTAL");
    TagLib::PropertyMap rejected = tag->setProperties(map);
    if (trackTotal > 0)
        tag->setItem("trkn", TagLib::MP4::Item(tag->item("trkn").toIntPair().first, trackTotal));
    if (discTotal > 0)
        tag->setItem("disk", TagLib::MP4::Item(tag->item("disk").toIntPair().first, discTotal));
    for (const auto& [key, values] : TagLib::PropertyMap(rejected)) {
        tag->setItem("----:com.apple.iTunes:" +
                         toTagString(QString::fromStdString(key.to8Bit(true)).toLower()),
                     TagLib::MP4::Item(values));
        rejected.erase(key);
    }
    return rejected;
}

QString tagMp4(const QByteArray& file, const TagLib::PropertyMap& map, const QByteArray& cover)
{
    TagLib::MP4::File f(file.constData());
    if (QString error = unsupported(setMp4Properties(f.tag(), map)); !error.isEmpty())
        return error;
    if (!cover.isEmpty()) {
        TagLib::MP4::CoverArtList covers;
        covers.append(TagLib::MP4::CoverArt(TagLib::MP4::CoverArt::JPEG, toBytes(cover)));
        f.tag()->setItem("covr", covers);
    }
    return f.save() ? QString() : QStringLiteral("TagLib cannot save");
}

QString tagWavPack(const QByteArray& file, const TagLib::PropertyMap& map, const QByteArray& cover)
{
    TagLib::WavPack::File f(file.constData());
    TagLib::APE::Tag* tag = f.APETag(true);
    if (QString error = setProperties(tag, map); !error.isEmpty())
        return error;
    if (!cover.isEmpty()) {
        // APE binary items hold a file name, a NUL, then the image.
        TagLib::ByteVector value("cover.jpg", 9);
        value.append('\0');
        value.append(toBytes(cover));
        tag->setItem("Cover Art (Front)", TagLib::APE::Item("Cover Art (Front)", value, true));
    }
    f.strip(TagLib::WavPack::File::ID3v1);
    return f.save() ? QString() : QStringLiteral("TagLib cannot save");
}

} // namespace

QString writeTags(const QString& path, FixtureFormat format, const FixtureTags& tags)
{
    if (!QFile::exists(path))
        return QStringLiteral("%1 does not exist").arg(path);
    const QByteArray file = QFile::encodeName(path);
    const TagLib::PropertyMap map = propertiesOf(tags);
    QByteArray cover;
    if (tags.embedCover) {
        cover = tags.cover.isEmpty() ? renderCoverJpeg(300, 0) : tags.cover;
        if (cover.isEmpty())
            return QStringLiteral("cannot render the cover (is Qt's JPEG plugin installed?)");
    }

    QString error;
    switch (format) {
    case FixtureFormat::Mp3:
        error = tagMpeg(file, map, cover);
        break;
    case FixtureFormat::Wav:
        error = tagWav(file, map, cover);
        break;
    case FixtureFormat::Flac:
        error = tagFlac(file, map, cover);
        break;
    case FixtureFormat::Vorbis:
        error = tagOgg<TagLib::Ogg::Vorbis::File>(file, map, cover);
        break;
    case FixtureFormat::Opus:
        error = tagOgg<TagLib::Ogg::Opus::File>(file, map, cover);
        break;
    case FixtureFormat::Aac:
    case FixtureFormat::Alac:
        error = tagMp4(file, map, cover);
        break;
    case FixtureFormat::WavPack:
        error = tagWavPack(file, map, cover);
        break;
    case FixtureFormat::Aiff:
        error = tagAiff(file, map, cover);
        break;
    }
    return error.isEmpty() ? error : QStringLiteral("%1: %2").arg(path, error);
}

} // namespace liner::demo
