#pragma once

#include "library/FolderTracks.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace liner::library {

// The library cache: SQLite through QtSql, one row per folder with the tracks a pass found in it
// (FolderTracks, stamps included). It only ever saves a rescan's work, so it is safe to delete; a
// cache that is damaged, unreadable or of another schema version is moved aside
// (library.sqlite.damaged, .schema-N) and started afresh rather than trusted; one the user made
// read-only is read and never written. A store is used from the thread that made it (QtSql
// connections are per thread).
class LibraryStore
{
public:
    // Bump when the table, the stamp (FileStamp) or the folder layout (FolderTracks) changes.
    // 6: a row per folder (5 was a row per file on main, with the server's cover files).
    static constexpr int kSchemaVersion = 6;

    explicit LibraryStore(const QString& databasePath);
    ~LibraryStore();
    LibraryStore(const LibraryStore&) = delete;
    LibraryStore& operator=(const LibraryStore&) = delete;

    // `CacheLocation/library.sqlite`.
    static QString defaultPath();

    bool isOpen() const { return m_open; }
    // Why the cache could not be used (it then behaves as empty), or why it was rebuilt.
    const QString& problem() const { return m_problem; }
    // The cache was started afresh (at opening, or on damage found by load()): it holds nothing
    // that load() returned.
    bool wasRebuilt() const { return m_rebuilt; }

    // Every folder the cache holds, in the order they were saved; their texts numbered in
    // `strings`.
    QList<FolderTracksPtr> load(const std::shared_ptr<StringPool>& strings);
    // One transaction: all of it lands, or none.
    bool save(const QList<FolderTracksPtr>& changed, const QStringList& removedFolders);

private:
    bool open();
    bool createSchema();
    bool rebuild(const QString& reason);

    QString m_path;
    QString m_connection;
    QString m_problem;
    QString m_asideSuffix = QStringLiteral("damaged");
    bool m_open = false;
    bool m_readOnly = false;
    bool m_rebuilt = false;
};

} // namespace liner::library
