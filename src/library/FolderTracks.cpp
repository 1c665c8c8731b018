#include "library/FolderTracks.h"

#include "library/DataStreamReader.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <tuple>

namespace liner::library {

namespace {

// The packed texts of CompactTrack::details, in this order; trailing empty ones are left out.
constexpr int kDetailCount = 11;

template <typename SomeTrack> auto detailsOf(SomeTrack& track)
{
    return std::array{&track.comment,
                      &track.composer,
                      &track.lyricist,
                      &track.conductor,
                      &track.performer,
                      &track.musicBrainzTrackId,
                      &track.musicBrainzAlbumId,
                      &track.musicBrainzArtistId,
                      &track.cueSheet,
                      &track.error,
                      &track.coverFile};
}

QByteArray packDetails(const Track& track)
{
    const auto fields = detailsOf(track);
    int count = kDetailCount;
    while (count > 0 && fields[std::size_t(count - 1)]->isEmpty())
        --count;
    QByteArray packed;
    for (int i = 0; i < count; ++i) {
        const QByteArray text = fields[std::size_t(i)]->toUtf8();
        // A length of any size in 7-bit groups, low first.
        for (auto length = quint32(text.size());; length >>= 7) {
            packed += char((length & 0x7f) | (length > 0x7f ? 0x80 : 0));
            if (length <= 0x7f)
                break;
        }
        packed += text;
    }
    return packed;
}

void unpackDetails(const QByteArray& packed, Track& track)
{
    const auto fields = detailsOf(track);
    qsizetype at = 0;
    for (QString* field : fields) {
        if (at >= packed.size())
            break;
        quint32 length = 0;
        for (int shift = 0; at < packed.size(); shift += 7) {
            const auto byte = static_cast<unsigned char>(packed[at++]);
            length |= quint32(byte & 0x7f) << shift;
            if ((byte & 0x80) == 0)
                break;
        }
        *field = QString::fromUtf8(packed.constData() + at, qsizetype(length));
        at += qsizetype(length);
    }
}

template <typename Small> Small clamped(qint64 value)
{
    return Small(std::clamp<qint64>(value, 0, std::numeric_limits<Small>::max()));
}

double gainOrNan(const std::optional<double>& value)
{
    return value ? *value : std::numeric_limits<double>::quiet_NaN();
}

std::optional<double> gainOf(double value)
{
    return std::isnan(value) ? std::nullopt : std::optional(value);
}

std::array<qint64, 3> stampFields(const QByteArray& stamp)
{
    if (stamp.isEmpty())
        return {-2, 0, 0};
    if (stamp.size() != 3 * qsizetype(sizeof(qint64)))
        return {-1, 0, 0};
    std::array<qint64, 3> fields{};
    std::memcpy(fields.data(), stamp.constData(), sizeof fields);
    return fields;
}

QString joined(const QStringList& values)
{
    return values.join(u'\n');
}

QStringList split(const QString& joinedValues)
{
    return joinedValues.isEmpty() ? QStringList() : joinedValues.split(u'\n');
}

// "scheme://authority" of a URL, without its path; empty for a local path.
QStringView originOf(const QString& url)
{
    const qsizetype scheme = url.indexOf(u"://");
    if (scheme < 0)
        return {};
    const qsizetype path = url.indexOf(u'/', scheme + 3);
    return QStringView(url).left(path < 0 ? url.size() : path);
}

// A server's song kept in its album's folder, which its URL does not name: by its URL's path on
// the folder's server ("/song/ID"), or by its whole URL as caches before kept it.
bool keptByUrl(const FolderTracks& folder, const CompactTrack& track)
{
    return folder.isRemote() && (track.name.startsWith(u'/') || track.name.contains(u"://"));
}

// Track::albumFolder of a folder's track: the album's folder of a song kept there by its URL
// (keptByUrl); one kept under its own URL's parent (no album id) has none to give.
QString albumFolderOf(const FolderTracks& folder, bool byUrl)
{
    return byUrl ? folder.path : QString();
}

// 2: issue 17's sort names, scenes and compilation flag.
constexpr quint8 kLayout = 2;

// How the cache keeps a track, after its name and title: the texts it shares with other tracks,
// each by its number in the folder's list, in this order...
template <typename SomeTrack> auto sharedTextsOf(SomeTrack& t)
{
    return std::tie(t.artist, t.albumArtist, t.album, t.genre, t.mood, t.codec, t.moods,
                    t.characters, t.albumSort, t.artistSort, t.albumArtistSort, t.scenes);
}

// ...then these, as they are.
template <typename SomeTrack> auto keptAsTheyAre(SomeTrack& t)
{
    return std::tie(t.details, t.startUs, t.endUs, t.stamp[0], t.stamp[1], t.stamp[2],
                    t.replayGain[0], t.replayGain[1], t.replayGain[2], t.replayGain[3],
                    t.durationMs, t.sampleRate, t.trackNumber, t.trackTotal, t.discNumber,
                    t.discTotal, t.year, t.bitrateKbps, t.bitDepth, t.channels, t.hasCover,
                    t.lyricsInTags, t.compilation, t.readable, t.sheet);
}

} // namespace

CompactTrack compactTrack(const Track& track, const QString& folder, const QByteArray& stamp,
                          qint16 sheet, StringPool& strings)
{
    CompactTrack compact;
    if (track.path == folder)
        compact.name.clear();
    else if (track.path.size() > folder.size() && track.path.startsWith(folder) &&
             track.path[folder.size()] == u'/')
        compact.name = track.path.mid(folder.size() + 1);
    else if (const QStringView origin = originOf(folder);
             !origin.isEmpty() && track.path.size() > origin.size() &&
             track.path.startsWith(origin) && track.path[origin.size()] == u'/')
        // A song of a server's album: its path there, not its whole URL, which would repeat the
        // server's name and account in each of 100,000 songs.
        compact.name = track.path.mid(origin.size());
    else
        compact.name = track.path;
    compact.title = track.title;
    compact.artist = strings.intern(track.artist);
    compact.albumArtist = strings.intern(track.albumArtist);
    compact.album = strings.intern(track.album);
    compact.albumSort = strings.intern(track.albumSort);
    compact.artistSort = strings.intern(track.artistSort);
    compact.albumArtistSort = strings.intern(track.albumArtistSort);
    compact.genre = strings.intern(track.genre);
    compact.mood = strings.intern(track.mood);
    compact.codec = strings.intern(track.codec);
    compact.moods = strings.intern(joined(track.moods));
    compact.characters = strings.intern(joined(track.characters));
    compact.scenes = strings.intern(joined(track.scenes));
    compact.details = packDetails(track);
    compact.startUs = track.startUs;
    compact.endUs = track.endUs;
    compact.stamp = stampFields(stamp);
    compact.replayGain = {
        gainOrNan(track.replayGain.trackGainDb), gainOrNan(track.replayGain.trackPeak),
        gainOrNan(track.replayGain.albumGainDb), gainOrNan(track.replayGain.albumPeak)};
    compact.durationMs = clamped<qint32>(track.durationMs);
    compact.sampleRate = clamped<qint32>(track.sampleRate);
    compact.trackNumber = clamped<quint16>(track.trackNumber);
    compact.trackTotal = clamped<quint16>(track.trackTotal);
    compact.discNumber = clamped<quint16>(track.discNumber);
    compact.discTotal = clamped<quint16>(track.discTotal);
    compact.year = clamped<quint16>(track.year);
    compact.bitrateKbps = clamped<quint16>(track.bitrateKbps);
    compact.bitDepth = clamped<quint8>(track.bitDepth);
    compact.channels = clamped<quint8>(track.channels);
    compact.hasCover = track.hasCover;
    compact.compilation = track.compilation;
    compact.readable = track.isReadable();
    compact.lyricsInTags = !track.lyrics.isEmpty() || track.lyricsInTags;
    compact.sheet = sheet;
    return compact;
}

QString FolderTracks::pathOf(int index) const
{
    const QString& name = tracks[std::size_t(index)].name;
    if (name.isEmpty())
        return path;
    if (name.startsWith(u'/'))
        return isRemote() ? originOf(path).toString() + name : name;
    return name.contains(u"://") ? name : path + u'/' + name;
}

void CompactTracks::append(CompactTrack track)
{
    if (!m_tracks.empty() && !track.details.isEmpty() && track.details == m_tracks.back().details)
        track.details = m_tracks.back().details;
    m_tracks.push_back(std::move(track));
}

int FolderTracks::unitCount() const
{
    return int(sheets.size() + std::count_if(tracks.cbegin(), tracks.cend(),
                                             [](const CompactTrack& t) { return t.sheet < 0; }));
}

bool FolderTracks::stampMatches(int index, const QByteArray& stamp) const
{
    const CompactTrack& compact = tracks[std::size_t(index)];
    return compact.sheet >= 0 ? sheets[compact.sheet].stamp == stamp
                              : compact.stamp == stampFields(stamp);
}

QStringView FolderTracks::unitNameOf(int index) const
{
    const CompactTrack& compact = tracks[std::size_t(index)];
    return compact.sheet >= 0 ? QStringView(sheets[compact.sheet].name) : QStringView(compact.name);
}

Track FolderTracks::track(int index) const
{
    const CompactTrack& compact = tracks[std::size_t(index)];
    Track track;
    track.path = pathOf(index);
    track.albumFolder = albumFolderOf(*this, keptByUrl(*this, compact));
    track.title = compact.title;
    track.artist = text(compact.artist);
    track.albumArtist = text(compact.albumArtist);
    track.album = text(compact.album);
    track.albumSort = text(compact.albumSort);
    track.artistSort = text(compact.artistSort);
    track.albumArtistSort = text(compact.albumArtistSort);
    track.genre = text(compact.genre);
    track.mood = text(compact.mood);
    track.codec = text(compact.codec);
    track.moods = split(text(compact.moods));
    track.characters = split(text(compact.characters));
    track.scenes = split(text(compact.scenes));
    unpackDetails(compact.details, track);
    track.startUs = compact.startUs;
    track.endUs = compact.endUs;
    track.replayGain = {gainOf(compact.replayGain[0]), gainOf(compact.replayGain[1]),
                        gainOf(compact.replayGain[2]), gainOf(compact.replayGain[3])};
    track.durationMs = compact.durationMs;
    track.sampleRate = compact.sampleRate;
    track.trackNumber = compact.trackNumber;
    track.trackTotal = compact.trackTotal;
    track.discNumber = compact.discNumber;
    track.discTotal = compact.discTotal;
    track.year = compact.year;
    track.bitrateKbps = compact.bitrateKbps;
    track.bitDepth = compact.bitDepth;
    track.channels = compact.channels;
    track.hasCover = compact.hasCover;
    track.lyricsInTags = compact.lyricsInTags;
    track.compilation = compact.compilation;
    return track;
}

AlbumFields FolderTracks::albumFields(int index) const
{
    const CompactTrack& compact = tracks[std::size_t(index)];
    AlbumFields fields;
    const bool byUrl = keptByUrl(*this, compact);
    // Shared, not copied: the folder's path and the file's name as the folder keeps them (a
    // server's song, named by its URL, lies in its album's folder). A file kept by its whole path
    // (a CUE sheet's audio elsewhere) is split anew.
    if (compact.name.isEmpty() || (!byUrl && compact.name.contains(u'/'))) {
        fields.setPath(pathOf(index));
    } else {
        fields.folder = path;
        fields.name = compact.name;
    }
    fields.albumFolder = albumFolderOf(*this, byUrl);
    fields.artist = text(compact.artist);
    fields.albumArtist = text(compact.albumArtist);
    fields.album = text(compact.album);
    fields.albumSort = text(compact.albumSort);
    fields.artistSort = text(compact.artistSort);
    fields.albumArtistSort = text(compact.albumArtistSort);
    fields.compilation = compact.compilation;
    fields.year = compact.year;
    fields.discNumber = compact.discNumber;
    fields.trackNumber = compact.trackNumber;
    fields.startUs = compact.startUs;
    fields.readable = compact.readable;
    return fields;
}

QByteArray FolderTracks::toBytes() const
{
    // The folder's shared texts once, each track naming them by their place in this list.
    QStringList texts;
    QHash<StringPool::Id, quint32> local;
    const auto number = [&](StringPool::Id id) {
        const auto found = local.constFind(id);
        if (found != local.cend())
            return *found;
        const auto next = quint32(texts.size());
        local.insert(id, next);
        texts << text(id);
        return next;
    };
    QByteArray trackBytes;
    QDataStream out(&trackBytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint32(tracks.size());
    for (const CompactTrack& t : tracks) {
        out << t.name << t.title;
        std::apply([&](auto... shared) { ((out << number(shared)), ...); }, sharedTextsOf(t));
        std::apply([&out](const auto&... fields) { ((out << fields), ...); }, keptAsTheyAre(t));
    }
    QByteArray bytes;
    QDataStream header(&bytes, QIODevice::WriteOnly);
    header.setVersion(QDataStream::Qt_6_4);
    header << kLayout << texts << notesStamp << quint32(sheets.size());
    for (const Sheet& sheet : sheets)
        header << sheet.name << sheet.stamp;
    return bytes + trackBytes;
}

FolderTracks::Decoded FolderTracks::decode(const QString& path, const QByteArray& bytes)
{
    DataStreamReader in(bytes);
    quint8 layout = 0;
    Decoded decoded;
    QByteArray notesStamp;
    quint32 sheetCount = 0;
    in >> layout >> decoded.texts >> notesStamp >> sheetCount;
    if (layout != kLayout || !in.ok())
        return {};
    auto folder = std::make_shared<FolderTracks>();
    folder->path = path;
    folder->notesStamp = notesStamp;
    for (quint32 i = 0; i < sheetCount && in.ok(); ++i) {
        Sheet sheet;
        in >> sheet.name >> sheet.stamp;
        folder->sheets << sheet;
    }
    const auto texts = quint32(decoded.texts.size());
    const auto nextNumber = [texts, &in] {
        quint32 local = 0;
        in >> local;
        if (local < texts)
            return local;
        in.fail();
        return quint32(0);
    };
    quint32 count = 0;
    in >> count;
    // A damaged count must not make it reserve gigabytes: each track takes dozens of bytes.
    if (!in.ok() || count > quint32(bytes.size()))
        return {};
    folder->tracks.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        CompactTrack t;
        in >> t.name >> t.title;
        std::apply([&nextNumber](auto&... shared) { ((shared = nextNumber()), ...); },
                   sharedTextsOf(t));
        std::apply([&in](auto&... fields) { ((in >> fields), ...); }, keptAsTheyAre(t));
        if (t.sheet >= qint16(folder->sheets.size()))
            in.fail();
        if (!in.ok())
            return {};
        folder->tracks.append(std::move(t));
    }
    if (!in.atEnd())
        return {};
    // Seed 0: Qt mixes the process's random seed into a hash with any other, and the next start
    // must compute the same.
    folder->digest = std::max<quint64>(qHash(QByteArrayView(bytes), 0), 1);
    decoded.folder = std::move(folder);
    return decoded;
}

std::shared_ptr<FolderTracks>
FolderTracks::Decoded::numberedIn(const std::shared_ptr<StringPool>& strings) &&
{
    if (!folder)
        return nullptr;
    std::vector<StringPool::Id> ids;
    ids.reserve(std::size_t(texts.size()));
    for (const QString& text : std::as_const(texts))
        ids.push_back(strings->intern(text));
    folder->tracks.renumber([&ids](CompactTrack& t) {
        std::apply([&ids](auto&... shared) { ((shared = ids[shared]), ...); }, sharedTextsOf(t));
    });
    folder->strings = strings;
    return std::move(folder);
}

std::shared_ptr<FolderTracks> FolderTracks::fromBytes(const QString& path, const QByteArray& bytes,
                                                      const std::shared_ptr<StringPool>& strings)
{
    return decode(path, bytes).numberedIn(strings);
}

QList<FolderTracksPtr> foldersOf(const QList<Track>& tracks)
{
    auto strings = std::make_shared<StringPool>();
    QList<std::shared_ptr<FolderTracks>> made;
    QHash<QString, qsizetype> madeFor;
    for (const Track& track : tracks) {
        const QString folder = track.albumFolder.isEmpty()
                                   ? track.path.left(track.path.lastIndexOf(u'/'))
                                   : track.albumFolder;
        auto found = madeFor.constFind(folder);
        if (found == madeFor.cend()) {
            found = madeFor.insert(folder, made.size());
            made << std::make_shared<FolderTracks>();
            made.back()->path = folder;
            made.back()->strings = strings;
        }
        FolderTracks* current = made[*found].get();
        qint16 sheet = -1;
        if (!track.cueSheet.isEmpty()) {
            const QString name = track.cueSheet.mid(track.cueSheet.lastIndexOf(u'/') + 1);
            const auto found =
                std::find_if(current->sheets.cbegin(), current->sheets.cend(),
                             [&name](const auto& known) { return known.name == name; });
            sheet = qint16(found - current->sheets.cbegin());
            if (found == current->sheets.cend())
                current->sheets << FolderTracks::Sheet{name, {}};
        }
        current->tracks.append(compactTrack(track, folder, {}, sheet, *strings));
    }
    return {made.cbegin(), made.cend()};
}

QList<Track> tracksOf(const QList<FolderTracksPtr>& folders)
{
    QList<Track> tracks;
    qsizetype count = 0;
    for (const FolderTracksPtr& folder : folders)
        count += folder->size();
    tracks.reserve(count);
    for (const FolderTracksPtr& folder : folders) {
        for (int i = 0; i < folder->size(); ++i)
            tracks << folder->track(i);
    }
    return tracks;
}

} // namespace liner::library
