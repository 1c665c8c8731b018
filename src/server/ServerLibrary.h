#pragma once

#include "library/FolderTracks.h"
#include "library/StringPool.h"
#include "server/ServerAccount.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPromise>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>

namespace liner::server {

// The servers' side of the window's library: for each server the listener added, its secrets
// from the keyring, then what the last session knew of its library (its own SQLite cache, so the
// window shows it at once), then a fresh listing and the covers, all read off the UI thread. Each
// server album comes compact from there, as a folder of the library does (ServerCatalog's
// albumFolder); an album whose listing did not change stays the very same object. A server that
// cannot be reached keeps showing what was known and says why once.
class ServerLibrary : public QObject
{
    Q_OBJECT

public:
    explicit ServerLibrary(QObject* parent = nullptr);
    // Waits for passes under way: they write the caches.
    ~ServerLibrary() override;

    // The servers to show (secrets are read from the keyring here), then a refresh of each.
    void setAccounts(const QList<ServerAccount>& accounts);
    // Accounts with their secrets, as far as the keyring gave them.
    QList<ServerAccount> accounts() const;
    // A new listing of every server (also on a timer while the window is open).
    void refresh();
    // Every server's albums, server after server.
    QList<library::FolderTracksPtr> folders() const;
    // Whether the listener starred the song on its server (as the last listing found, or as set
    // since).
    bool isStarred(const QString& location) const;
    void setStarred(const QString& location, bool starred);
    // Where the covers and listings are kept.
    static QString cacheFolder();

    // The window may show a server's cached albums after they are published (it groups a large
    // library on worker threads): `showing` then says so, and the window calls
    // firstFoldersShown() once they show. The listing that follows the cache waits for that (two
    // seconds at most), so that the grouping has both cores, as the folders' first pass does.
    void setShowing(std::function<bool()> showing) { m_showing = std::move(showing); }
    void firstFoldersShown();

signals:
    // Some server's albums changed (a listing that found all as they were says nothing).
    void foldersChanged(const QList<liner::library::FolderTracksPtr>& folders);
    // A pass over a server went through (its albums changed or not): what else it lists may be
    // read again. Its covers follow.
    void listed();
    void coversChanged();
    void accountsChanged(const QList<liner::server::ServerAccount>& accounts);
    // Once per failed pass, in words for the status bar.
    void problem(const QString& message);

private:
    // What a pass found, in up to two results: the albums (from the cache, or the server's
    // listing), then, after a listing, the covers.
    struct Pass
    {
        enum class Stage
        {
            Cache,
            Listing,
            Covers
        };
        Stage stage = Stage::Cache;
        QList<library::FolderTracksPtr> folders;
        QString error;
        QSet<QString> starred; // song locations
        int coversArrived = 0;
        QSet<QString> coverless; // see ServerCovers::fetchMissing
    };
    struct Source
    {
        ServerAccount account;
        QList<library::FolderTracksPtr> folders;
        // The texts of its albums; only its passes add to it, one at a time.
        std::shared_ptr<library::StringPool> strings = std::make_shared<library::StringPool>();
        std::unique_ptr<QFutureWatcher<Pass>> pass;
        bool again = false;         // refresh asked for while a pass ran
        bool cached = false;        // the cache has been read
        bool awaitingShown = false; // its listing waits for firstFoldersShown()
        QSet<QString> starred;
        QSet<QString> coverless;
    };

    void readSecrets(Source& source);
    void start(Source& source);
    void arrived(Source& source, const Pass& pass);
    void finished(Source& source);
    void publish();
    static void run(QPromise<Pass>& promise, const ServerAccount& account, bool cacheOnly,
                    const QList<library::FolderTracksPtr>& known,
                    const std::shared_ptr<library::StringPool>& strings,
                    const QSet<QString>& coverless);

    static constexpr int kRefreshMinutes = 30;
    static constexpr int kShowWaitMs = 2000;

    QList<std::shared_ptr<Source>> m_sources;
    QTimer m_refresh;
    std::function<bool()> m_showing;
    int m_generation = 0; // setAccounts() calls, so late keyring answers for old lists are dropped
};

} // namespace liner::server
