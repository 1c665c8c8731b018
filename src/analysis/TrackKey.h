#pragma once

#include "library/FolderTracks.h"
#include "library/Track.h"

#include <QHashFunctions>
#include <QString>

namespace liner::analysis {

// A track as the analysis knows it: a file, or a CUE sheet's range of one.
struct TrackKey
{
    QString path;
    qint64 startUs = 0;
    qint64 endUs = -1;

    friend bool operator==(const TrackKey&, const TrackKey&) = default;
};

inline TrackKey keyOf(const library::Track& track)
{
    return {track.path, track.startUs, track.endUs};
}

inline TrackKey keyOf(const library::FolderTracks& folder, int index)
{
    const library::CompactTrack& track = folder.tracks[std::size_t(index)];
    return {folder.pathOf(index), track.startUs, track.endUs};
}

inline size_t qHash(const TrackKey& key, size_t seed = 0)
{
    return qHashMulti(seed, key.path, key.startUs, key.endUs);
}

// What a file was when it was analysed: a different size or modification time means it changed.
struct FileVersion
{
    qint64 size = -1;
    qint64 modifiedNs = 0;

    bool isValid() const { return size >= 0; }
    friend bool operator==(const FileVersion&, const FileVersion&) = default;
};

// The file's version now; invalid when it cannot be read.
FileVersion fileVersionOf(const QString& path);

} // namespace liner::analysis
