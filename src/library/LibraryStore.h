#pragma once

#include "library/Track.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace liner::library {

// What the cache remembers of one scan unit (a file or a CUE sheet): the stamp of the files it
// was read from, and the tracks read.
struct CachedUnit
{
    QByteArray stamp;
    QList<Track> tracks;
};

// The library cache: SQLite through QtSql, one row per scan unit. It only ever saves a rescan's
// work, so it is safe to delete; a cache that is damaged, unreadable or of another schema version
// is moved aside (library.sqlite.damaged, .schema-N) and started afresh rather than trusted; one
// the user made read-only is read and never written. A store is used from the thread that made it
// (QtSql connections are per thread).
class LibraryStore
{
public:
    // Bump when the table, the stamp (FileStamp) or the track layout (TrackSerialization) changes.
    static constexpr int kSchemaVersion = 5;

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

    QHash<QString, CachedUnit> load();
    // One transaction: all of it lands, or none.
    bool save(const QHash<QString, CachedUnit>& changed, const QStringList& removed);

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
