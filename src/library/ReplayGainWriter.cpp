#include "library/ReplayGainWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <taglib/fileref.h>
#include <taglib/mp4file.h>
#include <taglib/opusfile.h>
#include <taglib/tpropertymap.h>
#include <unistd.h>

namespace liner::library {

namespace {

const char* const kTrackGain = "REPLAYGAIN_TRACK_GAIN";
const char* const kTrackPeak = "REPLAYGAIN_TRACK_PEAK";
const char* const kAlbumGain = "REPLAYGAIN_ALBUM_GAIN";
const char* const kAlbumPeak = "REPLAYGAIN_ALBUM_PEAK";
// Opus gains are relative to -23 LUFS, ReplayGain's to -18.
constexpr double kR128BelowReplayGainDb = 5.0;

TagLib::String text(const QString& value)
{
    return {value.toUtf8().constData(), TagLib::String::UTF8};
}

QString gainText(double db)
{
    return QString::asprintf("%.2f dB", db);
}

QString peakText(double peak)
{
    return QString::asprintf("%.6f", peak);
}

QString r128Text(double replayGainDb)
{
    return QString::number(std::lround((replayGainDb - kR128BelowReplayGainDb) * 256.0));
}

// The tags by property name: what Vorbis comments, ID3v2 and APEv2 understand alike.
QList<std::pair<const char*, QString>> replayGainProperties(const ReplayGainTags& gains)
{
    QList<std::pair<const char*, QString>> properties;
    if (gains.trackGainDb)
        properties.append({kTrackGain, gainText(*gains.trackGainDb)});
    if (gains.trackPeak)
        properties.append({kTrackPeak, peakText(*gains.trackPeak)});
    if (gains.albumGainDb)
        properties.append({kAlbumGain, gainText(*gains.albumGainDb)});
    if (gains.albumPeak)
        properties.append({kAlbumPeak, peakText(*gains.albumPeak)});
    return properties;
}

bool tagMp4(TagLib::MP4::File& file, const ReplayGainTags& gains)
{
    TagLib::MP4::Tag* tag = file.tag();
    if (tag == nullptr)
        return false;
    for (const auto& [name, value] : replayGainProperties(gains))
        tag->setItem("----:com.apple.iTunes:" + text(QString::fromLatin1(name).toLower()),
                     TagLib::MP4::Item(TagLib::StringList(text(value))));
    return file.save();
}

bool tagOpus(TagLib::Ogg::Opus::File& file, const ReplayGainTags& gains)
{
    TagLib::Ogg::XiphComment* comment = file.tag();
    if (comment == nullptr)
        return false;
    for (const char* name : {kTrackGain, kTrackPeak, kAlbumGain, kAlbumPeak})
        comment->removeFields(name);
    if (gains.trackGainDb)
        comment->addField("R128_TRACK_GAIN", text(r128Text(*gains.trackGainDb)), true);
    if (gains.albumGainDb)
        comment->addField("R128_ALBUM_GAIN", text(r128Text(*gains.albumGainDb)), true);
    return file.save();
}

bool tagOther(TagLib::File& file, const ReplayGainTags& gains)
{
    TagLib::PropertyMap properties = file.properties();
    for (const auto& [name, value] : replayGainProperties(gains))
        properties.replace(name, TagLib::StringList(text(value)));
    const TagLib::PropertyMap rejected = file.setProperties(properties);
    for (const auto& [name, value] : replayGainProperties(gains)) {
        if (rejected.contains(name))
            return false;
    }
    return file.save();
}

QString tagCopy(const QString& copy, const ReplayGainTags& gains)
{
    const TagLib::FileRef ref(QFile::encodeName(copy).constData(), false);
    if (ref.isNull() || ref.file() == nullptr || !ref.file()->isValid())
        return QStringLiteral("TagLib cannot read this file's tags");
    TagLib::File* file = ref.file();
    bool saved = false;
    if (auto* mp4 = dynamic_cast<TagLib::MP4::File*>(file))
        saved = tagMp4(*mp4, gains);
    else if (auto* opus = dynamic_cast<TagLib::Ogg::Opus::File*>(file))
        saved = tagOpus(*opus, gains);
    else
        saved = tagOther(*file, gains);
    return saved ? QString() : QStringLiteral("TagLib cannot save the tags");
}

// The copy's bytes reach the disk before it takes the original's name.
bool flush(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

QString writeReplayGainTags(const QString& path, const ReplayGainTags& gains)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return QStringLiteral("%1 is not a file").arg(path);
    const QString copy = info.dir().filePath(
        QStringLiteral(".%1.%2.liner-tags")
            .arg(info.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (!QFile::copy(path, copy))
        return QStringLiteral("cannot copy %1 beside itself (is the folder writable?)").arg(path);
    QString error = tagCopy(copy, gains);
    if (error.isEmpty() && !flush(copy))
        error = QStringLiteral("cannot write the copy to the disk");
    if (error.isEmpty() &&
        std::rename(QFile::encodeName(copy).constData(), QFile::encodeName(path).constData()) != 0)
        error = QStringLiteral("cannot put the tagged copy in place");
    if (!error.isEmpty()) {
        QFile::remove(copy);
        return QStringLiteral("%1: %2").arg(path, error);
    }
    return {};
}

} // namespace liner::library
