#pragma once

#include "playlist/PlaylistStore.h"

#include <QJsonArray>
#include <QJsonObject>

// A store's playlists as JSON ({"name": ["path|title|seconds", ...]}), to compare what was on disk
// with what the crash-test editor meant to write. Header-only: the editor and the test share it.
inline QString describeEntry(const liner::playlist::PlaylistEntry& entry)
{
    return QStringLiteral("%1|%2|%3")
        .arg(entry.isStream ? entry.location : entry.localPath, entry.title)
        .arg(entry.durationSeconds);
}

inline QJsonArray describeEntries(const QList<liner::playlist::PlaylistEntry>& entries)
{
    QJsonArray described;
    for (const liner::playlist::PlaylistEntry& entry : entries)
        described.append(describeEntry(entry));
    return described;
}

inline QJsonObject storeSnapshot(const liner::playlist::PlaylistStore& store)
{
    QJsonObject snapshot;
    for (const QString& name : store.names())
        snapshot.insert(name, describeEntries(store.entries(name)));
    return snapshot;
}
