#include "library/AlbumGrouping.h"

#include "common/FileName.h"
#include "common/MatchKey.h"
#include "library/SoundtrackTitle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace liner::library {

namespace {

// "CD1", "CD 2", "cd01", "Disc 2", "Disc 2 - Bonus", "Disk1of2", "Album (Disc 3)", "[Disc 1]".
bool isDiscFolder(QStringView name)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:.*?[\s_\-.(\[])?(?:cd|disc|disk|disque|disco|디스크|ディスク))"
                       R"(\s*[-_.#]?\s*\d{1,2}(?:\s*(?:of|/)\s*\d{1,2})?(?:[\s_\-.)\]:].*)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(name.toString()).hasMatch();
}

// A folder's album folder: its parent when it is a disc's subfolder, else itself.
QString albumFolderOfFolder(const QString& folder)
{
    const qsizetype parentSlash = folder.lastIndexOf(u'/');
    if (parentSlash > 0 && isDiscFolder(QStringView(folder).sliced(parentSlash + 1)))
        return folder.left(parentSlash);
    return folder;
}

bool isVariousArtists(const QString& name)
{
    static const QSet<QString> names{QStringLiteral("variousartists"),
                                     QStringLiteral("various"),
                                     QStringLiteral("va"),
                                     QStringLiteral("여러아티스트"),
                                     QStringLiteral("verschiedeneinterpreten"),
                                     QStringLiteral("artistesdivers"),
                                     QStringLiteral("variosartistas"),
                                     QStringLiteral("オムニバス"),
                                     QStringLiteral("群星")};
    return names.contains(matchKey(name));
}

// The artist without a featured one: "Crush (feat. Joy)", "Crush feat. Joy", "Crush ft. Joy".
QString primaryArtist(const QString& artist)
{
    static const QRegularExpression featuring(
        QStringLiteral(R"(\s*[(\[]?\s*(?:feat\.?|ft\.|featuring)\s.*$)"),
        QRegularExpression::CaseInsensitiveOption);
    QString primary = artist;
    primary.remove(featuring);
    return primary.trimmed();
}

// How an album folder is named to tell two albums apart: a folder by its name ("Heize - Happen")
// or, `longer`, with its parent's ("Backup/Heize - Happen"); a server's album (a URL, see
// Track::albumFolder) by its server ("music.home") or, `longer`, with the album's place on it
// ("music.home/album/3f2a").
QString folderLabel(const QString& folder, bool longer)
{
    if (folder.contains(u"://")) {
        const QUrl url(folder);
        return longer ? url.host() + url.path() : url.host();
    }
    const QFileInfo info(folder);
    return longer ? info.dir().dirName() + u'/' + info.fileName() : info.fileName();
}

QString soundtrackKey(const QString& workKey, const WorkTitles& works)
{
    return QStringLiteral("ost\x01") + works.canonical(workKey);
}

QString plainAlbumKey(const AlbumFields& track, const QString& albumFolder)
{
    if (track.album.isEmpty())
        return QStringLiteral("folder\x01") + albumFolder;
    return QStringLiteral("album\x01") + albumFolder + u'\x01' +
           track.album.simplified().toCaseFolded();
}

// Calls `run(value, count)` for each run of consecutive tracks whose `field` says the same,
// passing over empty values: an album's tracks mostly say the same, and what is made of a value
// (case folding it, finding its count) is then made once per run, not once per track.
template <typename Run>
void forEachRun(const QList<const AlbumFields*>& tracks, QString AlbumFields::*field, Run run)
{
    const QString* value = nullptr;
    int count = 0;
    for (const AlbumFields* track : tracks) {
        const QString& next = track->*field;
        if (next.isEmpty())
            continue;
        if (value != nullptr && *value == next) {
            ++count;
            continue;
        }
        if (value != nullptr)
            run(*value, count);
        value = &next;
        count = 1;
    }
    if (value != nullptr)
        run(*value, count);
}

// The most common of the non-empty values (case aside), in the form it was first met.
QString mostCommon(const QList<const AlbumFields*>& tracks, QString AlbumFields::*field)
{
    // Mostly every track says the same, which needs no counting.
    const QString* only = nullptr;
    bool several = false;
    forEachRun(tracks, field, [&only, &several](const QString& value, int) {
        several = several || (only != nullptr && *only != value);
        if (only == nullptr)
            only = &value;
    });
    if (!several)
        return only != nullptr ? *only : QString();
    QHash<QString, std::pair<int, QString>> counts;
    QString best;
    int bestCount = 0;
    forEachRun(tracks, field, [&](const QString& value, int runLength) {
        auto& [count, form] = counts[value.toCaseFolded()];
        if (count == 0)
            form = value;
        count += runLength;
        if (count > bestCount) {
            bestCount = count;
            best = form;
        }
    });
    return best;
}

QString firstNonEmpty(const QList<const AlbumFields*>& tracks, QString AlbumFields::*field)
{
    for (const AlbumFields* track : tracks) {
        if (!(track->*field).isEmpty())
            return track->*field;
    }
    return {};
}

void describeArtist(AlbumInfo& info, const QList<const AlbumFields*>& tracks, bool flagged)
{
    info.artist.clear();
    info.variousArtists = false;
    QSet<QString> albumArtists;
    forEachRun(tracks, &AlbumFields::albumArtist, [&albumArtists](const QString& artist, int) {
        albumArtists.insert(artist.toCaseFolded());
    });
    // A soundtrack's singles each name their singer as album artist.
    const QString albumArtist =
        albumArtists.size() > 1 ? QString() : mostCommon(tracks, &AlbumFields::albumArtist);
    if (albumArtists.size() > 1 || (albumArtist.isEmpty() && flagged)) {
        info.variousArtists = true;
    } else if (!albumArtist.isEmpty()) {
        info.variousArtists = isVariousArtists(albumArtist);
        info.artist = info.variousArtists ? QString() : albumArtist;
        info.artistSortKey = firstNonEmpty(tracks, &AlbumFields::albumArtistSort);
    } else {
        QSet<QString> primaries;
        forEachRun(tracks, &AlbumFields::artist, [&primaries](const QString& artist, int) {
            primaries.insert(primaryArtist(artist).toCaseFolded());
        });
        info.variousArtists = primaries.size() > 1;
        info.artist = info.variousArtists ? QString()
                                          : primaryArtist(mostCommon(tracks, &AlbumFields::artist));
        info.artistSortKey = firstNonEmpty(tracks, &AlbumFields::artistSort);
    }
    if (info.variousArtists)
        info.artistSortKey = QStringLiteral("Various Artists");
    else if (info.artistSortKey.isEmpty())
        info.artistSortKey = info.artist;
}

} // namespace

QString albumKindName(AlbumKind kind)
{
    switch (kind) {
    case AlbumKind::Compilation:
        return QStringLiteral("compilation");
    case AlbumKind::Soundtrack:
        return QStringLiteral("soundtrack");
    case AlbumKind::Album:
        break;
    }
    return QStringLiteral("album");
}

void WorkTitles::join(const QStringList& keys)
{
    for (qsizetype i = 1; i < keys.size(); ++i) {
        const QString a = canonical(keys.first());
        const QString b = canonical(keys[i]);
        // The smaller key stands for both, so the result does not depend on the order of joins.
        if (a != b)
            m_parent.insert(std::max(a, b), std::min(a, b));
    }
}

QString WorkTitles::canonical(const QString& key) const
{
    QString root = key;
    for (auto it = m_parent.constFind(root); it != m_parent.cend(); it = m_parent.constFind(root))
        root = *it;
    return root;
}

size_t WorkTitles::digest(size_t seed) const
{
    // Summed, so that the order the titles are held in does not count.
    size_t digest = seed;
    for (auto it = m_parent.cbegin(); it != m_parent.cend(); ++it)
        digest += qHashMulti(seed, it.key(), canonical(it.key()));
    return digest;
}

QString albumFolderOf(const QString& trackPath)
{
    const qsizetype slash = trackPath.lastIndexOf(u'/');
    return albumFolderOfFolder(trackPath.left(std::max<qsizetype>(slash, 0)));
}

QString albumFolderOf(const Track& track)
{
    return track.albumFolder.isEmpty() ? albumFolderOf(track.path) : track.albumFolder;
}

QString albumFolderOf(const AlbumFields& track)
{
    return track.albumFolder.isEmpty() ? albumFolderOfFolder(track.folder) : track.albumFolder;
}

QString albumKeyOf(const AlbumFields& track, const WorkTitles& works)
{
    if (!track.album.isEmpty()) {
        const SoundtrackTitle soundtrack = parseSoundtrackTitle(track.album);
        if (soundtrack.isPart())
            return soundtrackKey(soundtrack.workKeys.first(), works);
    }
    return plainAlbumKey(track, albumFolderOf(track));
}

void describeAlbum(AlbumInfo& info, QList<const Track*>& tracks)
{
    describeAlbumOf(info, tracks, [](const Track* track) { return AlbumFields::of(*track); });
}

void describeAlbum(AlbumInfo& info, const QList<AlbumFields>& tracks, QList<qsizetype>& rows)
{
    QList<const AlbumFields*> members;
    members.reserve(rows.size());
    for (const qsizetype row : std::as_const(rows))
        members.append(&tracks[row]);
    describeAlbum(info, members);
    for (qsizetype i = 0; i < members.size(); ++i)
        rows[i] = members[i] - tracks.constData();
}

void describeAlbum(AlbumInfo& info, QList<const AlbumFields*>& tracks)
{
    info.parts.clear();
    info.folders.clear();
    if (tracks.isEmpty())
        return;
    struct Entry
    {
        const AlbumFields* track;
        int part;
    };
    QHash<QString, int> partOfAlbum;
    std::vector<Entry> entries;
    entries.reserve(tracks.size());
    for (const AlbumFields* track : std::as_const(tracks)) {
        auto part = partOfAlbum.constFind(track->album);
        if (part == partOfAlbum.cend())
            part = partOfAlbum.insert(track->album, parseSoundtrackTitle(track->album).part);
        entries.push_back({track, *part});
    }
    thread_local const QCollator collator = libraryCollator();
    const auto inPlayOrder = [](const Entry& a, const Entry& b) {
        if (a.part != b.part)
            return a.part < b.part;
        if (a.part > 0 && a.track->album != b.track->album)
            return collator.compare(a.track->album, b.track->album) < 0;
        if (a.track->discNumber != b.track->discNumber)
            return a.track->discNumber < b.track->discNumber;
        if (a.track->folder != b.track->folder)
            return collator.compare(a.track->folder, b.track->folder) < 0;
        if (a.track->trackNumber != b.track->trackNumber)
            return a.track->trackNumber < b.track->trackNumber;
        if (a.track->name != b.track->name)
            return collator.compare(a.track->name, b.track->name) < 0;
        return a.track->startUs < b.track->startUs;
    };
    // Tracks nearly always come in play order already (a folder's files, an album shown again):
    // checking costs one comparison a track where sorting costs a dozen, most of them collated.
    if (!std::is_sorted(entries.begin(), entries.end(), inPlayOrder))
        std::stable_sort(entries.begin(), entries.end(), inPlayOrder);
    bool flagged = false;
    QSet<int> discs;
    info.year = 0;
    // Worked out once per folder the tracks lie in, not once per track.
    const AlbumFields* lastOfFolder = nullptr;
    QString folder;
    for (qsizetype i = 0; i < qsizetype(entries.size()); ++i) {
        const AlbumFields& track = *entries[i].track;
        tracks[i] = &track;
        flagged = flagged || track.compilation;
        discs.insert(track.discNumber);
        if (track.year > 0 && (info.year == 0 || track.year < info.year))
            info.year = track.year;
        if (lastOfFolder == nullptr || lastOfFolder->folder != track.folder ||
            lastOfFolder->albumFolder != track.albumFolder) {
            folder = albumFolderOf(track);
            lastOfFolder = &track;
        }
        if (!info.folders.contains(folder))
            info.folders.append(folder);
        if (entries[i].part == 0)
            continue;
        if (info.parts.isEmpty() || info.parts.last().part != entries[i].part ||
            info.parts.last().album != track.album || info.parts.last().folder != folder)
            info.parts.append({entries[i].part, track.album, track.artist, folder, i, 0});
        ++info.parts.last().rowCount;
    }
    info.discs = int(discs.size());
    const AlbumFields& first = *tracks.first();
    if (!info.parts.isEmpty()) {
        info.kind = AlbumKind::Soundtrack;
        info.title = parseSoundtrackTitle(first.album).soundtrackTitle;
    } else if (!first.album.isEmpty()) {
        info.title = mostCommon(tracks, &AlbumFields::album);
    } else if (first.albumFolder.isEmpty() && first.isRemote()) {
        // A server's songs that name no album, nor an album id (a playlist's entries, a server
        // that omits albumId): they have no folder whose name could stand for one.
        info.title = QCoreApplication::translate("liner::library::AlbumGrouping",
                                                 "Songs without an album on %1")
                         .arg(QUrl(first.folder).host());
    } else {
        info.title = readableFileName(QFileInfo(info.folders.first()).fileName());
    }
    describeArtist(info, tracks, flagged);
    if (info.kind != AlbumKind::Soundtrack)
        info.kind = flagged || info.variousArtists ? AlbumKind::Compilation : AlbumKind::Album;
    info.titleSortKey = firstNonEmpty(tracks, &AlbumFields::albumSort);
    if (info.titleSortKey.isEmpty())
        info.titleSortKey = info.title;
}

void markDistinctions(const QList<AlbumInfo*>& albums)
{
    QHash<QString, QList<AlbumInfo*>> alike;
    for (AlbumInfo* album : albums) {
        album->distinction.clear();
        alike[matchKey(album->title) + u'\x01' +
              (album->variousArtists ? QStringLiteral("\x02") : matchKey(album->artist))]
            .append(album);
    }
    for (const QList<AlbumInfo*>& same : std::as_const(alike)) {
        if (same.size() < 2)
            continue;
        QSet<int> years;
        QHash<QString, int> names;
        for (const AlbumInfo* album : same) {
            years.insert(album->year);
            ++names[folderLabel(album->folders.value(0), false)];
        }
        const bool byYear = years.size() == same.size() && !years.contains(0);
        for (AlbumInfo* album : same) {
            const QString folder = album->folders.value(0);
            const QString name = folderLabel(folder, false);
            album->distinction = byYear                  ? QString::number(album->year)
                                 : names.value(name) > 1 ? folderLabel(folder, true)
                                                         : name;
        }
    }
}

bool isBefore(const AlbumInfo& a, const AlbumInfo& b, const QCollator& collator)
{
    if (const int title = collator.compare(a.titleSortKey, b.titleSortKey); title != 0)
        return title < 0;
    if (const int artist = collator.compare(a.artistSortKey, b.artistSortKey); artist != 0)
        return artist < 0;
    if (a.year != b.year)
        return a.year < b.year;
    if (const int folder = collator.compare(a.folders.value(0), b.folders.value(0)); folder != 0)
        return folder < 0;
    return a.key < b.key;
}

QCollator libraryCollator()
{
    const QLocale locale;
    QCollator collator(locale.language() == QLocale::C ? QLocale(QLocale::English) : locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}

QList<AlbumGroup> groupAlbums(const QList<Track>& tracks, WorkTitles works)
{
    QList<AlbumFields> fields;
    fields.reserve(tracks.size());
    for (const Track& track : tracks)
        fields << AlbumFields::of(track);
    return groupAlbums(fields, std::move(works));
}

QList<AlbumGroup> groupAlbums(const QList<AlbumFields>& tracks, WorkTitles works)
{
    QList<AlbumGroup> groups = groupAlbumsAsFound(tracks, std::move(works));
    const QCollator collator = libraryCollator();
    std::sort(groups.begin(), groups.end(), [&collator](const AlbumGroup& a, const AlbumGroup& b) {
        return isBefore(a, b, collator);
    });
    return groups;
}

QList<AlbumGroup> groupAlbumsAsFound(const QList<AlbumFields>& tracks, WorkTitles works)
{
    // Parsed once per album name and folder, not once per track.
    QHash<QString, SoundtrackTitle> soundtracks;
    QHash<QString, QString> albumFolders;
    std::vector<QString> keys(tracks.size());
    const QString* lastAlbum = nullptr;
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        const AlbumFields& track = tracks[i];
        if (!track.readable || track.album.isEmpty() ||
            (lastAlbum != nullptr && *lastAlbum == track.album))
            continue;
        lastAlbum = &track.album;
        auto soundtrack = soundtracks.constFind(track.album);
        if (soundtrack == soundtracks.cend())
            soundtrack = soundtracks.insert(track.album, parseSoundtrackTitle(track.album));
        if (soundtrack->isPart())
            works.join(soundtrack->workKeys);
    }
    // The album artist first met under each plain key, and every one under the keys met with
    // more than one: those albums are split by album artist. Most keys have one, and a set each
    // was a fifth of the grouping's time.
    QHash<QString, QString> firstAlbumArtist;
    QHash<QString, QSet<QString>> albumArtists;
    // A folder's tracks mostly name one album and one album artist: a track like the one before
    // takes its key, made once.
    const AlbumFields* previous = nullptr;
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        const AlbumFields& track = tracks[i];
        if (!track.readable)
            continue;
        if (previous != nullptr && previous->folder == track.folder &&
            previous->album == track.album && previous->albumFolder == track.albumFolder &&
            previous->albumArtist == track.albumArtist &&
            previous->compilation == track.compilation) {
            keys[i] = keys[previous - tracks.constData()];
            continue;
        }
        previous = &track;
        if (const auto soundtrack = soundtracks.constFind(track.album);
            soundtrack != soundtracks.cend() && soundtrack->isPart()) {
            keys[i] = soundtrackKey(soundtrack->workKeys.first(), works);
            continue;
        }
        if (track.albumFolder.isEmpty()) {
            auto albumFolder = albumFolders.constFind(track.folder);
            if (albumFolder == albumFolders.cend())
                albumFolder = albumFolders.insert(track.folder, albumFolderOfFolder(track.folder));
            keys[i] = plainAlbumKey(track, *albumFolder);
        } else {
            keys[i] = plainAlbumKey(track, track.albumFolder);
        }
        if (!track.albumArtist.isEmpty() && !track.compilation) {
            const QString artist = track.albumArtist.toCaseFolded();
            const auto first = firstAlbumArtist.constFind(keys[i]);
            if (first == firstAlbumArtist.cend()) {
                firstAlbumArtist.insert(keys[i], artist);
            } else if (*first != artist) {
                QSet<QString>& all = albumArtists[keys[i]];
                all.insert(*first);
                all.insert(artist);
            }
        }
    }
    QList<AlbumGroup> groups;
    QHash<QString, qsizetype> groupOfKey;
    // A track that took the key of the one before (see above) joins its group, unless album
    // artists split that key: the key is looked up once per run of tracks, not once per track.
    const QString* runKey = nullptr;
    qsizetype runGroup = -1;
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        if (keys[i].isEmpty())
            continue;
        if (runGroup >= 0 && keys[i].constData() == runKey->constData() &&
            keys[i].size() == runKey->size()) {
            groups[runGroup].rows.append(i);
            continue;
        }
        QString key = keys[i];
        const AlbumFields& track = tracks[i];
        if (const auto artists = albumArtists.constFind(key); artists != albumArtists.cend()) {
            // A track with no album artist of its own joins the one its artist names, else the
            // first (in code point order, so every pass chooses the same).
            QString artist = track.albumCredit().toCaseFolded();
            if (!artists->contains(artist))
                artist = *std::min_element(artists->cbegin(), artists->cend());
            key += u'\x01' + artist;
        }
        auto group = groupOfKey.constFind(key);
        if (group == groupOfKey.cend()) {
            group = groupOfKey.insert(key, groups.size());
            groups.append(AlbumGroup());
            groups.last().key = key;
        }
        groups[*group].rows.append(i);
        runKey = &keys[i];
        runGroup = key.constData() == keys[i].constData() ? *group : -1;
    }
    QList<AlbumInfo*> infos;
    for (AlbumGroup& group : groups) {
        describeAlbum(group, tracks, group.rows);
        infos.append(&group);
    }
    markDistinctions(infos);
    return groups;
}

} // namespace liner::library
