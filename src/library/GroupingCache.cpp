#include "library/GroupingCache.h"

#include "library/DataStreamReader.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <algorithm>
#include <tuple>

namespace liner::library::GroupingCache {

namespace {

constexpr quint32 kMagic = 0x4c4e5247; // "LNRG"
// The file's own layout; the grouping's rules are in the fingerprint.
constexpr quint32 kLayout = 1;
// Groupings kept: the library's with and without the notes packs' work titles, and one more.
constexpr qsizetype kKept = 3;
constexpr size_t kSeed = 0x4c696e6572;
// The fewest bytes a group, a part and a row take in the file: damaged counts are refused before
// anything is allocated for them.
constexpr qsizetype kLeastGroupBytes = 50;
constexpr qsizetype kLeastPartBytes = 32;
constexpr qsizetype kRowBytes = 8;

QString fileOf(const QString& folder, quint64 fingerprint)
{
    return QStringLiteral("%1/albums-%2.bin")
        .arg(folder)
        .arg(fingerprint, 16, 16, QLatin1Char('0'));
}

// The fields of AlbumInfo the file keeps, in its order.
template <typename Info> auto keptOf(Info& album)
{
    return std::tie(album.key, album.title, album.artist, album.variousArtists, album.year,
                    album.discs, album.folders, album.distinction, album.titleSortKey,
                    album.artistSortKey);
}

template <typename Part> auto keptOfPart(Part& part)
{
    return std::tie(part.part, part.album, part.artist, part.folder, part.firstRow, part.rowCount);
}

} // namespace

quint64 fingerprintOf(const QList<FolderTracksPtr>& folders, const WorkTitles& works)
{
    size_t digest = qHashMulti(kSeed, kAlbumGroupingRules, libraryCollator().locale().name(),
                               works.digest(kSeed), folders.size());
    for (const FolderTracksPtr& folder : folders) {
        if (folder->digest == 0)
            return 0;
        digest = qHashMulti(digest, folder->path, folder->digest);
    }
    return std::max<quint64>(digest, 1);
}

std::optional<QList<AlbumGroup>> load(const QString& folder, quint64 fingerprint,
                                      qsizetype rowCount)
{
    QFile file(fileOf(folder, fingerprint));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    DataStreamReader in(bytes);
    quint32 magic = 0;
    quint32 layout = 0;
    quint64 keptFingerprint = 0;
    qint64 keptRows = 0;
    quint32 count = 0;
    in >> magic >> layout >> keptFingerprint >> keptRows >> count;
    if (!in.ok() || magic != kMagic || layout != kLayout || keptFingerprint != fingerprint ||
        keptRows != rowCount || count > bytes.size() / kLeastGroupBytes)
        return std::nullopt;
    QList<AlbumGroup> groups(count);
    for (AlbumGroup& group : groups) {
        quint8 kind = 0;
        quint32 parts = 0;
        quint32 rows = 0;
        in >> kind;
        std::apply([&in](auto&... fields) { ((in >> fields), ...); }, keptOf(group));
        in >> parts;
        if (!in.ok() || kind > quint8(AlbumKind::Soundtrack) ||
            parts > bytes.size() / kLeastPartBytes)
            return std::nullopt;
        group.kind = AlbumKind(kind);
        group.parts.resize(parts);
        for (SoundtrackPart& part : group.parts)
            std::apply([&in](auto&... fields) { ((in >> fields), ...); }, keptOfPart(part));
        in >> rows;
        if (!in.ok() || rows == 0 || rows > bytes.size() / kRowBytes)
            return std::nullopt;
        group.rows.resize(rows);
        for (qsizetype& row : group.rows) {
            in >> row;
            if (row < 0 || row >= rowCount)
                in.fail();
        }
        for (const SoundtrackPart& part : std::as_const(group.parts)) {
            if (part.firstRow < 0 || part.rowCount < 0 || part.firstRow + part.rowCount > rows)
                in.fail();
        }
        if (!in.ok())
            return std::nullopt;
    }
    if (!in.atEnd())
        return std::nullopt;
    return groups;
}

bool save(const QString& folder, quint64 fingerprint, qsizetype rowCount,
          const QList<AlbumGroup>& groups)
{
    if (!QDir().mkpath(folder))
        return false;
    QSaveFile file(fileOf(folder, fingerprint));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << kLayout << fingerprint << qint64(rowCount) << quint32(groups.size());
    for (const AlbumGroup& group : groups) {
        out << quint8(group.kind);
        std::apply([&out](const auto&... fields) { ((out << fields), ...); }, keptOf(group));
        out << quint32(group.parts.size());
        for (const SoundtrackPart& part : group.parts)
            std::apply([&out](const auto&... fields) { ((out << fields), ...); }, keptOfPart(part));
        out << quint32(group.rows.size());
        for (const qsizetype row : group.rows)
            out << qint64(row);
    }
    if (out.status() != QDataStream::Ok || !file.commit())
        return false;
    const QFileInfoList kept =
        QDir(folder).entryInfoList({QStringLiteral("albums-*.bin")}, QDir::Files, QDir::Time);
    for (qsizetype i = kKept; i < kept.size(); ++i)
        QFile::remove(kept[i].filePath());
    return true;
}

} // namespace liner::library::GroupingCache
