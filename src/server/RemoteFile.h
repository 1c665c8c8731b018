#pragma once

#include <QCoreApplication>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>

namespace liner::server {

// One song being downloaded into a sparse file while it is played: the network thread writes the
// ranges it receives (in order, or from wherever a seek asked for), the engine thread reads what
// has arrived and waits for what has not. Thread-safe.
class RemoteFile
{
    Q_DECLARE_TR_FUNCTIONS(liner::server::RemoteFile)

public:
    // Opens (creates) `partialPath`; error() says why when it cannot.
    explicit RemoteFile(const QString& partialPath);
    ~RemoteFile();
    RemoteFile(const RemoteFile&) = delete;
    RemoteFile& operator=(const RemoteFile&) = delete;

    // --- the reader (engine thread)
    // Copies bytes at `offset` once they are in, waiting at most `waitMs` for them. Returns the
    // count, 0 past the end, -1 on failure (`error` set).
    qint64 read(qint64 offset, char* data, qint64 size, int waitMs, QString& error);
    // The length once the server has said it (waits as read() does); -1 when it never says.
    qint64 size(int waitMs) const;
    // See engine::ByteSource::available().
    qint64 available(qint64 offset) const;
    // Called (on the reader's thread) when a read waits for bytes far from where the download
    // is: the downloader may jump there.
    void setWantedHandler(std::function<void()> handler);
    qint64 wantedOffset() const;

    // --- the downloader (network thread)
    // The response has begun: its total length, or -1 when the server does not say.
    void setSize(qint64 bytes);
    bool write(qint64 offset, const char* data, qint64 size);
    // Nothing more will come: every byte is in (size known), or the transfer failed.
    void finish(qint64 endOfData);
    void fail(const QString& error);
    // The first byte at or after `from` not yet received; size() when there is none.
    qint64 firstMissing(qint64 from) const;
    bool isComplete() const;
    QString path() const { return m_path; }
    QString error() const;

    // Who still wants the bytes (readers, a prefetch): the download stops when nobody does.
    std::atomic<int> interest{0};

private:
    QString m_path;
    int m_fd = -1;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::map<qint64, qint64> m_ranges; // start -> end (exclusive), disjoint and merged
    qint64 m_size = -1;
    bool m_sizeKnown = false; // the first response has begun (m_size may still be -1)
    bool m_finished = false;
    QString m_error;
    qint64 m_wanted = -1;
    std::function<void()> m_onWanted;
};

} // namespace liner::server
