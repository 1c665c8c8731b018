#pragma once

#include "playlist/PlaylistEntry.h"

#include <QList>
#include <algorithm>

namespace liner::playlist {

struct Playlist
{
    QString title; // XSPF <title>, M3U #PLAYLIST:; empty when the file gives none
    QList<PlaylistEntry> entries;

    qsizetype missingCount() const
    {
        return std::ranges::count_if(entries, [](const PlaylistEntry& e) { return e.missing; });
    }
    qsizetype streamCount() const
    {
        return std::ranges::count_if(entries, [](const PlaylistEntry& e) { return e.isStream; });
    }
};

// Something in the file a reader skipped or could not make sense of; reading carries on past it.
struct PlaylistProblem
{
    int line = 0; // 1-based; 0 when it concerns the whole file
    QString message;
};

struct ReadResult
{
    Playlist playlist;
    QList<PlaylistProblem> problems;
    // Set only when the file could not be read at all; the playlist is then empty.
    QString error;

    bool ok() const { return error.isEmpty(); }
};

struct WriteOptions
{
    // Tracks under this folder are written relative to it, all others absolute; empty writes every
    // path absolute. A reader resolves relative paths against the playlist's own folder, so this is
    // that folder unless the caller reads the file back with the same base.
    QString relativeTo;
    QString title;
};

} // namespace liner::playlist
