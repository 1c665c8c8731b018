#include "server/ServerMedia.h"

#include "server/MediaDownloads.h"
#include "server/ServerLocation.h"

#include <QFile>
#include <algorithm>
#include <chrono>

namespace liner::server {

namespace {

// A song the cache holds whole.
class CachedSong : public engine::ByteSource
{
public:
    explicit CachedSong(const QString& path) : m_file(path) {}
    bool open() { return m_file.open(QIODevice::ReadOnly); }

    qint64 read(qint64 offset, char* data, qint64 size) override
    {
        if (!m_file.seek(offset))
            return 0;
        const qint64 read = m_file.read(data, size);
        if (read < 0)
            m_error = m_file.errorString();
        return read;
    }
    qint64 size() const override { return m_file.size(); }
    QString error() const override { return m_error; }

private:
    QFile m_file;
    QString m_error;
};

// A song being downloaded: reads wait for their bytes.
class DownloadingSong : public engine::ByteSource
{
public:
    // Adopts the interest download() took.
    DownloadingSong(std::shared_ptr<RemoteFile> file, int waitMs)
        : m_file(std::move(file)), m_waitMs(waitMs)
    {}
    ~DownloadingSong() override { --m_file->interest; }
    DownloadingSong(const DownloadingSong&) = delete;
    DownloadingSong& operator=(const DownloadingSong&) = delete;

    qint64 read(qint64 offset, char* data, qint64 size) override
    {
        return m_file->read(offset, data, size, waitMs(), m_error);
    }
    qint64 size() const override { return m_file->size(waitMs()); }
    qint64 available(qint64 offset) const override { return m_file->available(offset); }
    void setDeadline(std::chrono::steady_clock::time_point until) override { m_deadline = until; }
    QString error() const override { return m_error; }

private:
    int waitMs() const
    {
        if (m_deadline == std::chrono::steady_clock::time_point::max())
            return m_waitMs;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            m_deadline - std::chrono::steady_clock::now());
        return int(std::clamp<qint64>(left.count(), 0, m_waitMs));
    }

    std::shared_ptr<RemoteFile> m_file;
    int m_waitMs;
    std::chrono::steady_clock::time_point m_deadline = std::chrono::steady_clock::time_point::max();
    QString m_error;
};

// How a song is fetched, as part of its cache key: a transcoded copy is another file.
QString fetchedAs(const ServerAccount& account)
{
    return account.transcodeFormat.isEmpty()
               ? QStringLiteral("raw")
               : QStringLiteral("%1@%2").arg(account.transcodeFormat).arg(account.transcodeKbps);
}

} // namespace

ServerMedia::ServerMedia(const QString& cacheFolder, qint64 cacheLimitBytes)
    : m_cache(cacheFolder, cacheLimitBytes), m_downloads(new MediaDownloads(m_cache))
{
    m_network.setObjectName(QStringLiteral("Liner server media"));
    m_downloads->moveToThread(&m_network);
    QObject::connect(&m_network, &QThread::finished, m_downloads, &QObject::deleteLater);
    m_network.start();
}

ServerMedia::~ServerMedia()
{
    m_network.quit();
    m_network.wait();
}

void ServerMedia::setAccounts(const QList<ServerAccount>& accounts)
{
    const std::lock_guard lock(m_mutex);
    m_accounts.clear();
    for (const ServerAccount& account : accounts)
        m_accounts.insert(account.key(), account);
}

engine::ByteSourceOpener ServerMedia::opener()
{
    return [this](const QString& location, QString& error) {
        return open(location, error);
    };
}

std::optional<ServerMedia::Song> ServerMedia::songAt(const QString& location, QString& error) const
{
    const std::optional<ServerLocation> parsed = ServerLocation::parse(location);
    if (!parsed || parsed->kind != ServerLocation::Kind::Song) {
        error = tr("not a song on a server");
        return std::nullopt;
    }
    const std::lock_guard lock(m_mutex);
    const auto account = m_accounts.constFind(parsed->serverKey);
    if (account == m_accounts.cend()) {
        error = tr("no server %1 is set up").arg(parsed->serverKey);
        return std::nullopt;
    }
    return Song{*account, parsed->id, MediaCache::keyFor(location + u'|' + fetchedAs(*account))};
}

std::unique_ptr<engine::ByteSource> ServerMedia::open(const QString& location, QString& error)
{
    const std::optional<Song> song = songAt(location, error);
    if (!song) {
        // Without its server, a song heard before still plays from the cache.
        const QString cached =
            m_cache.find(MediaCache::keyFor(location + u'|' + fetchedAs(ServerAccount())));
        if (cached.isEmpty())
            return nullptr;
        error.clear();
        auto source = std::make_unique<CachedSong>(cached);
        return source->open() ? std::move(source) : nullptr;
    }
    if (const QString cached = m_cache.find(song->cacheKey); !cached.isEmpty()) {
        auto source = std::make_unique<CachedSong>(cached);
        if (source->open())
            return source;
    }
    std::shared_ptr<RemoteFile> file = download(location, *song, false, error);
    if (!file)
        return nullptr;
    // Long enough for the download to retry a dropped connection and give its own reason.
    const int waitMs = 2 * song->account.timeoutMs + 3000;
    return std::make_unique<DownloadingSong>(std::move(file), waitMs);
}

void ServerMedia::prefetch(const QString& location)
{
    QString error;
    const std::optional<Song> song = songAt(location, error);
    if (song && m_cache.find(song->cacheKey).isEmpty())
        download(location, *song, true, error);
}

std::shared_ptr<RemoteFile> ServerMedia::download(const QString& location, const Song& song,
                                                  bool prefetch, QString& error)
{
    const std::lock_guard lock(m_mutex);
    std::shared_ptr<RemoteFile> file = m_downloading.value(location).lock();
    if (file && file->error().isEmpty()) {
        // A prefetch of a song already coming adds nothing; a reader joins it.
        if (!prefetch)
            ++file->interest;
        return file;
    }
    file = std::make_shared<RemoteFile>(m_cache.partialPath(song.cacheKey));
    if (!file->error().isEmpty()) {
        error = file->error();
        return nullptr;
    }
    ++file->interest;
    m_downloading.insert(location, file);
    QMetaObject::invokeMethod(
        m_downloads,
        [downloads = m_downloads, file, song, prefetch] {
            downloads->start(file, song.account, song.id, song.cacheKey, prefetch);
        },
        Qt::QueuedConnection);
    return file;
}

} // namespace liner::server
