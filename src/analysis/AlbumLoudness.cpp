#include "analysis/AlbumLoudness.h"

#include "analysis/LoudnessMeter.h"
#include "library/AlbumGrouping.h"

#include <QCryptographicHash>
#include <algorithm>

namespace liner::analysis {

namespace {

// What an album's measure was made of: its tracks and their files' versions.
QByteArray membersOf(QList<TrackKey> keys,
                     const std::function<FileVersion(const QString&)>& versionOf)
{
    std::sort(keys.begin(), keys.end(), [](const TrackKey& a, const TrackKey& b) {
        return std::tie(a.path, a.startUs, a.endUs) < std::tie(b.path, b.startUs, b.endUs);
    });
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const TrackKey& key : keys) {
        const FileVersion version = versionOf(key.path);
        hash.addData(key.path.toUtf8());
        hash.addData(QStringLiteral("\n%1 %2 %3 %4\n")
                         .arg(key.startUs)
                         .arg(key.endUs)
                         .arg(version.size)
                         .arg(version.modifiedNs)
                         .toUtf8());
    }
    return hash.result();
}

AlbumLoudness measure(AnalysisStore& store, const QList<TrackKey>& keys)
{
    AlbumLoudness album;
    std::vector<std::vector<float>> blocks;
    for (const TrackKey& key : keys) {
        std::optional<StoredTrack> stored = store.load(key, true);
        if (!stored || !stored->analysis.isValid())
            continue;
        album.truePeak = std::max(album.truePeak, stored->analysis.truePeak);
        blocks.push_back(std::move(stored->analysis.blockEnergies));
    }
    std::vector<const std::vector<float>*> tracks;
    tracks.reserve(blocks.size());
    for (const std::vector<float>& track : blocks)
        tracks.push_back(&track);
    album.loudnessLufs = gatedLoudness(tracks);
    return album;
}

} // namespace

QList<AlbumMeasure> measureAlbums(AnalysisStore& store,
                                  const QList<library::FolderTracksPtr>& folders,
                                  const std::function<FileVersion(const QString&)>& versionOf)
{
    // Album gain is a release's: its album title in its album folder. A soundtrack the library
    // assembles from singles keeps each single's own gain, as its tags would have it.
    QHash<QString, QList<TrackKey>> albums;
    for (const library::FolderTracksPtr& folder : folders) {
        for (int i = 0; i < folder->size(); ++i) {
            if (!folder->tracks[std::size_t(i)].readable)
                continue;
            const library::AlbumFields fields = folder->albumFields(i);
            albums[library::albumFolderOf(fields) + u'\n' + fields.album].append(keyOf(*folder, i));
        }
    }
    QList<AlbumMeasure> measures;
    for (auto it = albums.cbegin(); it != albums.cend(); ++it) {
        const QByteArray members = membersOf(it.value(), versionOf);
        std::optional<AlbumLoudness> album = store.album(it.key());
        if (!album || album->members != members) {
            album = measure(store, it.value());
            album->members = members;
            store.saveAlbum(it.key(), *album);
        }
        measures.append({it.value(), album->loudnessLufs, album->truePeak});
    }
    return measures;
}

} // namespace liner::analysis
