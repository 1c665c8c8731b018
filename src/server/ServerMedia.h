#pragma once

#include "engine/ByteSource.h"
#include "server/MediaCache.h"
#include "server/RemoteFile.h"
#include "server/ServerAccount.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QThread>
#include <memory>
#include <mutex>

namespace liner::server {

class MediaDownloads;

// Where the engine's bytes for subsonic:// songs come from: the cache when the song is there,
// else a download on a network thread of its own that the decoder reads as it arrives (so play
// starts with the first bytes, and a seek ahead of the download asks the server for that range).
// Register opener() with the engine for the "subsonic" scheme; the engine then plays server songs
// through its own decoder, gapless and bit-perfect, without knowing HTTP.
//
// Must outlive every engine it serves. Thread-safe.
class ServerMedia
{
    Q_DECLARE_TR_FUNCTIONS(liner::server::ServerMedia)

public:
    // An empty folder means the cache's default place.
    explicit ServerMedia(const QString& cacheFolder = {},
                         qint64 cacheLimitBytes = MediaCache::kDefaultLimitBytes);
    ~ServerMedia();
    ServerMedia(const ServerMedia&) = delete;
    ServerMedia& operator=(const ServerMedia&) = delete;

    void setAccounts(const QList<ServerAccount>& accounts);
    MediaCache& cache() { return m_cache; }

    engine::ByteSourceOpener opener();
    std::unique_ptr<engine::ByteSource> open(const QString& location, QString& error);
    // Starts fetching a song into the cache unless it is there or coming: the track after the
    // one playing, so the join is as exact as with files.
    void prefetch(const QString& location);

private:
    struct Song
    {
        ServerAccount account;
        QString id;
        QString cacheKey;
    };
    std::optional<Song> songAt(const QString& location, QString& error) const;
    // The download of `song`, joined when one is under way; one interest in it is taken for the
    // caller.
    std::shared_ptr<RemoteFile> download(const QString& location, const Song& song, bool prefetch,
                                         QString& error);

    MediaCache m_cache;
    QThread m_network;
    MediaDownloads* m_downloads; // lives on m_network
    mutable std::mutex m_mutex;
    QHash<QString, ServerAccount> m_accounts;                // by key
    QHash<QString, std::weak_ptr<RemoteFile>> m_downloading; // by location
};

} // namespace liner::server
