#include "server/RemoteFile.h"

#include <QFile>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace liner::server {

RemoteFile::RemoteFile(const QString& partialPath) : m_path(partialPath)
{
    m_fd = ::open(QFile::encodeName(partialPath).constData(),
                  O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (m_fd < 0)
        m_error = tr("cannot write the download to %1: %2")
                      .arg(partialPath, QString::fromLocal8Bit(std::strerror(errno)));
}

RemoteFile::~RemoteFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    // Committed files have been renamed away; anything left here is an abandoned download.
    ::unlink(QFile::encodeName(m_path).constData());
}

void RemoteFile::setWantedHandler(std::function<void()> handler)
{
    const std::lock_guard lock(m_mutex);
    m_onWanted = std::move(handler);
}

qint64 RemoteFile::wantedOffset() const
{
    const std::lock_guard lock(m_mutex);
    return m_wanted;
}

qint64 RemoteFile::read(qint64 offset, char* data, qint64 size, int waitMs, QString& error)
{
    std::unique_lock lock(m_mutex);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(waitMs);
    bool asked = false;
    for (;;) {
        if (!m_error.isEmpty()) {
            error = m_error;
            return -1;
        }
        if (m_size >= 0 && offset >= m_size)
            return 0;
        auto range = m_ranges.upper_bound(offset);
        if (range != m_ranges.begin() && (--range)->second > offset) {
            const qint64 available = std::min(size, range->second - offset);
            lock.unlock();
            // Written bytes are never rewritten differently, so they can be read unlocked.
            const ssize_t read = ::pread(m_fd, data, std::size_t(available), offset);
            if (read < 0) {
                error = QString::fromLocal8Bit(std::strerror(errno));
                return -1;
            }
            return read;
        }
        if (m_finished) {
            if (m_size < 0)
                return 0; // a stream of unknown length ended here
            error = tr("the download stopped before the end of the song");
            return -1;
        }
        if (!asked) {
            asked = true;
            m_wanted = offset;
            const std::function<void()> handler = m_onWanted;
            lock.unlock();
            if (handler)
                handler();
            lock.lock();
            continue;
        }
        if (m_changed.wait_until(lock, deadline) == std::cv_status::timeout) {
            error = tr("no data arrived for %1 s").arg(waitMs / 1000.0, 0, 'g', 3);
            return -1;
        }
    }
}

qint64 RemoteFile::size(int waitMs) const
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_for(lock, std::chrono::milliseconds(waitMs),
                       [this] { return m_sizeKnown || m_finished || !m_error.isEmpty(); });
    return m_size;
}

qint64 RemoteFile::available(qint64 offset) const
{
    const std::lock_guard lock(m_mutex);
    if (!m_error.isEmpty() || m_finished || (m_size >= 0 && offset >= m_size))
        return -1;
    auto range = m_ranges.upper_bound(offset);
    if (range == m_ranges.begin() || (--range)->second <= offset)
        return 0;
    // Arrived up to the end: nothing will wait.
    return m_size >= 0 && range->second >= m_size ? -1 : range->second - offset;
}

void RemoteFile::setSize(qint64 bytes)
{
    const std::lock_guard lock(m_mutex);
    if (!m_sizeKnown || m_size < 0)
        m_size = bytes;
    m_sizeKnown = true;
    m_changed.notify_all();
}

bool RemoteFile::write(qint64 offset, const char* data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t written =
            ::pwrite(m_fd, data + done, std::size_t(size - done), offset + done);
        if (written < 0) {
            fail(tr("cannot write the download to %1: %2")
                     .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
            return false;
        }
        done += written;
    }
    const std::lock_guard lock(m_mutex);
    qint64 start = offset;
    qint64 end = offset + size;
    // Merge with every range that touches [start, end).
    auto it = m_ranges.upper_bound(start);
    if (it != m_ranges.begin() && std::prev(it)->second >= start)
        --it;
    while (it != m_ranges.end() && it->first <= end) {
        start = std::min(start, it->first);
        end = std::max(end, it->second);
        it = m_ranges.erase(it);
    }
    m_ranges.emplace(start, end);
    m_changed.notify_all();
    return true;
}

void RemoteFile::finish(qint64 endOfData)
{
    const std::lock_guard lock(m_mutex);
    if (m_size < 0)
        m_size = endOfData;
    m_sizeKnown = true;
    m_finished = true;
    m_changed.notify_all();
}

void RemoteFile::fail(const QString& error)
{
    const std::lock_guard lock(m_mutex);
    if (m_error.isEmpty())
        m_error = error;
    m_changed.notify_all();
}

qint64 RemoteFile::firstMissing(qint64 from) const
{
    const std::lock_guard lock(m_mutex);
    auto range = m_ranges.upper_bound(from);
    if (range != m_ranges.begin() && std::prev(range)->second > from)
        from = std::prev(range)->second;
    return from;
}

bool RemoteFile::isComplete() const
{
    const std::lock_guard lock(m_mutex);
    return m_size >= 0 && !m_ranges.empty() && m_ranges.begin()->first == 0 &&
           m_ranges.begin()->second >= m_size;
}

QString RemoteFile::error() const
{
    const std::lock_guard lock(m_mutex);
    return m_error;
}

} // namespace liner::server
