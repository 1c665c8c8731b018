#include "library/ReplayGainWriter.h"

#include "common/AtomicWrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cmath>
#include <filesystem>
#include <memory>
#include <taglib/fileref.h>
#include <taglib/mp4file.h>
#include <taglib/opusfile.h>
#include <taglib/tpropertymap.h>

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

} // namespace

QString writeReplayGainTags(const QString& path, const ReplayGainTags& gains)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return QStringLiteral("%1 is not a file").arg(path);
    // What a crash left of an earlier tag write in this folder goes first.
    common::removeUnfinishedWrites(QFileInfo(info.canonicalFilePath()).absolutePath());
    const QString error = common::replaceFileAtomically(path, [&](int, const QString& copy) {
        std::error_code copyError;
        std::filesystem::copy_file(QFile::encodeName(path).toStdString(),
                                   QFile::encodeName(copy).toStdString(),
                                   std::filesystem::copy_options::overwrite_existing, copyError);
        if (copyError)
            return QStringLiteral("cannot copy it: %1")
                .arg(QString::fromStdString(copyError.message()));
        return tagCopy(copy, gains);
    });
    return error.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(path, error);
}

} // namespace liner::library
