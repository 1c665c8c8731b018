#pragma once

#include <QString>
#include <mutex>

namespace liner::server {

// Songs fetched from servers, kept on disk so an album heard twice is fetched once: one file per
// song (and per transcoding choice), the least recently played removed first once the whole is
// over its limit. A download in progress is a ".part" file of its own process; it becomes a
// cache file only when every byte is in. Safe to use from any thread.
class MediaCache
{
public:
    static constexpr qint64 kDefaultLimitBytes = qint64(2) << 30;

    // An empty folder means CacheLocation/server-media. Removes what crashed downloads left.
    explicit MediaCache(const QString& folder = {}, qint64 limitBytes = kDefaultLimitBytes);

    const QString& folder() const { return m_folder; }
    void setLimit(qint64 bytes);
    qint64 limit() const;

    // The complete file for `key` (marked as just used), or empty when it is not cached.
    QString find(const QString& key) const;
    // A new file for this process to download `key` into before it is complete.
    QString partialPath(const QString& key);
    // Makes the finished download at `partialPath` the cache file of `key`, then trims the cache
    // to its limit.
    bool commit(const QString& partialPath, const QString& key);
    // Removes the least recently used files until the cache fits its limit.
    void trim();
    // Bytes the complete files take.
    qint64 sizeOnDisk() const;

    // A file name for whatever identifies a song and how it is fetched.
    static QString keyFor(const QString& identity);

private:
    QString completePath(const QString& key) const;
    void removeAbandonedParts() const;

    QString m_folder;
    mutable std::mutex m_mutex;
    qint64 m_limit;
    int m_partsMade = 0;
};

} // namespace liner::server
